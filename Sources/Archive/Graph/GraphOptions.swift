/// What to export of the citation graph, and how.
public struct GraphOptions: Sendable, Hashable {
    /// The file formats analysts' tools load.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// GraphML (NetworkX `read_graphml`, yEd).
        case graphml
        /// GEXF 1.3 (Gephi).
        case gexf
        /// Graphviz (`dot -Tsvg`).
        case dot
        /// d3-style node-link JSON (`{"nodes": [...], "links": [...]}`).
        case json
        /// CSV: a node list, then an empty line, then an edge list (both tables in one file).
        case csv
        /// CSV of the nodes alone (Gephi's "nodes table", a spreadsheet).
        case nodesCSV = "nodes-csv"
        /// CSV of the edges alone (Gephi's "edges table": Source, Target, Type, Weight).
        case edgesCSV = "edges-csv"
    }

    public var format: Format
    /// Only the neighbourhood of this instrument (number or id), following citations both ways.
    public var around: String?
    /// How many citation steps around `around` to include.
    public var depth: Int

    /// Creates export options.
    public init(format: Format = .graphml, around: String? = nil, depth: Int = 1) {
        self.format = format
        self.around = around
        self.depth = depth
    }
}
