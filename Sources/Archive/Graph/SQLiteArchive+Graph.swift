import GRDB

extension SQLiteArchive {
    public func exportGraph<Output: TextOutputStream>(_ options: GraphOptions, to output: inout Output) throws {
    }
}
