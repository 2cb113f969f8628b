import PostgresNIO

/// Plain SQL with its bound values, built piece by piece: ``bind(_:)`` appends a value and returns
/// its `$n` placeholder, which may appear several times in the text.
struct SQLBuilder {
    private(set) var binds = PostgresBindings()

    /// The placeholder of a new bound value (`NULL` for `nil`).
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// The statement `sql`, whose placeholders were made by this builder.
    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
