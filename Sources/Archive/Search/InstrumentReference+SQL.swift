import GRDB

extension InstrumentReference {
    /// The condition "is this instrument" on a table with `number_key`, `number_head`,
    /// `number_year`, `number_code` and `type_key` columns, under `alias` (`d` for documents, `c`
    /// for citations).
    func sql(alias: String) -> SQL {
        if let key {
            return "\(sql: alias).number_key = \(key)"
        }
        var parts: [SQL] = ["\(sql: alias).number_head = \(head)"]
        if let year {
            parts.append("\(sql: alias).number_year = \(year)")
        }
        switch (code, typeName) {
        case let (code?, name?):
            parts.append("(\(sql: alias).number_code = \(code) OR \(sql: alias).type_key = \(name))")
        case let (code?, nil):
            parts.append("\(sql: alias).number_code = \(code)")
        case let (nil, name?):
            parts.append("\(sql: alias).type_key = \(name)")
        case (nil, nil):
            break
        }
        return parts.joined(separator: " AND ")
    }
}
