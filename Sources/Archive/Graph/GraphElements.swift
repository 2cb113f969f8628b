/// A node of the citation graph: an archived document or an instrument cited but not archived.
public struct GraphNode: Sendable, Hashable {
    /// "d12" for archive document 12, "x:59/2023/nd-cp" for an external number, "n:luat ..." for a
    /// named-only instrument.
    public var id: String
    public var number: String?
    public var name: String?
    public var type: String?
    public var date: String?
    public var issuer: String?
    public var subject: String?
    public var inArchive: Bool
    /// For an archived document: the file it was read from (labels a document without a number).
    public var fileName: String?
    /// Whether it still stands (``DocumentStatus/State``'s raw value: "in-force", "amended",
    /// "partly-repealed", "partly-replaced", "repealed", "replaced"), from the archived documents acting on its number;
    /// `nil` for an instrument known only by name.
    public var status: String? = nil
    /// For an archived document: how many scans of it the archive holds (copies count once).
    public var scans: Int? = nil

    /// A short label: the number, else the name, else the file name.
    public var label: String { number ?? name ?? fileName ?? id }
}

/// A citation edge: `source` cites `target`.
public struct GraphEdge: Sendable, Hashable {
    public var id: String
    public var source: String
    public var target: String
    /// "basis" or "reference".
    public var relation: String
    public var mentions: Int
    /// What the citing document does to the target ("replaces", "repeals", "amends", "guides",
    /// "implements", "responds-to", "corrects"), `nil` when it only cites it.
    public var action: String? = nil
}

extension GraphNode {
    /// A node (other archive backends build it from their rows).
    package init(
        _ id: String,
        number: String?,
        name: String?,
        type: String?,
        date: String?,
        issuer: String?,
        subject: String?,
        inArchive: Bool,
        fileName: String?,
        status: String?,
        scans: Int?
    ) {
        self.init(
            id: id,
            number: number,
            name: name,
            type: type,
            date: date,
            issuer: issuer,
            subject: subject,
            inArchive: inArchive,
            fileName: fileName,
            status: status,
            scans: scans
        )
    }
}

extension GraphNode {
    /// The node of an archived document: its summary, its status and how many scans it has.
    package init(document summary: DocumentSummary, status: String?, scans: Int?) {
        self.init(
            id: "d\(summary.id)",
            number: summary.number,
            name: nil,
            type: summary.type,
            date: summary.date,
            issuer: summary.issuer,
            subject: summary.subject,
            inArchive: true,
            fileName: summary.sourcePath.split(separator: "/").last.map(String.init),
            status: status,
            scans: scans
        )
    }
}

extension GraphEdge {
    /// An edge (other archive backends build it from their rows).
    package init(_ id: String, source: String, target: String, relation: String, mentions: Int, action: String?) {
        self.init(id: id, source: source, target: target, relation: relation, mentions: mentions, action: action)
    }
}
