import DocumentParser
import Foundation
import Testing

@testable import Archive

#if canImport(FoundationXML)
import FoundationXML
import ArchiveSynthetic
#endif

/// Collects elements and attributes from an XML document.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text: [String] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
    {
        elements.append((name, attributes))
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text.append(string) }

    static func parse(_ xml: String) throws -> XMLCollector {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        if !ok { Issue.record("XML does not parse: \(String(describing: parser.parserError))") }
        try #require(ok)
        return collector
    }
}

@Suite struct GraphTests {
    /// Plan (cites 71/KH-UBND external, 59/2023 archived, a named law) + decree, with XML-hostile text.
    private func archive() throws -> (SQLiteArchive, TemporaryDirectory, plan: Int64, decree: Int64) {
        let (archive, directory) = try Fixtures.archive()
        var (plan, planText) = Fixtures.seedPlan()
        plan.subject = "Dân chủ <cơ sở> & \"quy chế\" 'năm' 2024"
        let planID = try archive.store(plan, text: planText).documentID
        let (decree, decreeText) = Fixtures.decree59()
        let decreeID = try archive.store(decree, text: decreeText).documentID
        return (archive, directory, planID, decreeID)
    }

    private func export(_ archive: SQLiteArchive, _ format: GraphOptions.Format, around: String? = nil, depth: Int = 1) throws -> String {
        var out = ""
        try archive.exportGraph(GraphOptions(format: format, around: around, depth: depth), to: &out)
        return out
    }

    @Test func graphMLParsesBackWithNodesAndEdges() throws {
        let (archive, _, plan, decree) = try archive()
        let xml = try XMLCollector.parse(export(archive, .graphml))
        let nodes = xml.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] }
        #expect(Set(nodes) == ["d\(plan)", "d\(decree)", "x:71/kh-ubnd", "n:luật thực hiện dân chủ ở cơ sở"])
        let edges = xml.elements.filter { $0.name == "edge" }
        #expect(edges.count == 3)
        #expect(edges.contains { $0.attributes["source"] == "d\(plan)" && $0.attributes["target"] == "d\(decree)" })
        #expect(xml.text.joined().contains("Dân chủ <cơ sở> & \"quy chế\""))
    }

    @Test func gexfParsesBackAsVersion13() throws {
        let (archive, _, plan, decree) = try archive()
        let xml = try XMLCollector.parse(export(archive, .gexf))
        #expect(xml.elements.first?.name == "gexf")
        #expect(xml.elements.first?.attributes["version"] == "1.3")
        let nodeIDs = Set(xml.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] })
        for edge in xml.elements.filter({ $0.name == "edge" }) {
            #expect(nodeIDs.contains(edge.attributes["source"] ?? ""))
            #expect(nodeIDs.contains(edge.attributes["target"] ?? ""))
        }
        #expect(
            xml.elements.contains {
                $0.name == "edge" && $0.attributes["source"] == "d\(plan)" && $0.attributes["target"] == "d\(decree)"
                    && $0.attributes["weight"] == "2"
            }
        )
    }

    @Test func nodeLinkJSONParsesBack() throws {
        let (archive, _, plan, decree) = try archive()
        let data = Data(try export(archive, .json).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.count == 4)
        let external = try #require(nodes.first { ($0["id"] as? String) == "x:71/kh-ubnd" })
        #expect(external["in_archive"] as? Bool == false)
        #expect(
            links.contains { ($0["source"] as? String) == "d\(plan)" && ($0["target"] as? String) == "d\(decree)" && ($0["mentions"] as? Int) == 2 }
        )
    }

    @Test func csvHasNodesThenEdges() throws {
        let (archive, _, plan, _) = try archive()
        let csv = try export(archive, .csv)
        let sections = csv.components(separatedBy: "\r\n\r\n")
        #expect(sections.count == 2)
        #expect(sections[0].hasPrefix("id,label,number"))
        #expect(sections[0].contains("\"Dân chủ <cơ sở> & \"\"quy chế\"\" 'năm' 2024\""))
        let edges = sections[1].split(separator: "\r\n")
        #expect(edges.first == "source,target,relation,mentions")
        #expect(edges.count == 4)
        #expect(edges.dropFirst().allSatisfy { $0.hasPrefix("d\(plan),") })
    }

    @Test func nodesAndEdgesAsTablesOfTheirOwn() throws {
        let (archive, _, plan, decree) = try archive()
        let nodes = try export(archive, .nodesCSV).split(separator: "\r\n")
        #expect(nodes.first == "Id,Label,number,name,type,date,issuer,subject,in_archive,status,scans")
        #expect(nodes.count == 5)
        let edges = try export(archive, .edgesCSV).split(separator: "\r\n")
        #expect(edges.first == "Source,Target,Type,Weight,relation,action")
        #expect(edges.contains("d\(plan),d\(decree),Directed,2,basis,") || edges.contains("d\(plan),d\(decree),Directed,2,reference,"))
        #expect(edges.count == 4)
    }

    @Test func jsonSaysItIsNoMultigraphAndANumberlessDocumentIsNamedByItsFile() throws {
        let (archive, _, _, _) = try archive()
        var (note, noteText) = Fixtures.decree59()
        note.number = nil
        note.source.path = "/scans/2024/giay-moi-hop.pdf"
        note.source.sha256 = String(repeating: "7", count: 64)
        let id = try archive.store(note, text: noteText).documentID
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try export(archive, .json).utf8)) as? [String: Any])
        #expect(object["multigraph"] as? Bool == false)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.first { ($0["id"] as? String) == "d\(id)" }?["label"] as? String == "giay-moi-hop.pdf")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func dotIsAcceptedByGraphviz() throws {
        let (archive, directory, _, _) = try archive()
        let path = directory.path("graph.dot")
        try export(archive, .dot).write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg", path, "-o", directory.path("graph.svg")]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
        let svg = try String(contentsOfFile: directory.path("graph.svg"), encoding: .utf8)
        #expect(svg.contains("59/2023/NĐ&#45;CP"))
    }

    @Test func aroundLimitsTheGraphToTheNeighbourhood() throws {
        let (archive, _, plan, decree) = try archive()
        let (lonely, lonelyText) = Fixtures.document(
            path: "x.txt",
            number: "9/TB-X",
            type: "Thông báo",
            date: "2024-05-01",
            issuer: "X",
            subject: "Khác",
            pages: ["khác"]
        )
        let lonelyID = try archive.store(lonely, text: lonelyText).documentID
        let zero = try XMLCollector.parse(export(archive, .graphml, around: "59/2023/NĐ-CP", depth: 0))
        #expect(zero.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] } == ["d\(decree)"])
        let one = try XMLCollector.parse(export(archive, .graphml, around: "NĐ 59/2023", depth: 1))
        #expect(Set(one.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] }) == ["d\(decree)", "d\(plan)"])
        let two = try XMLCollector.parse(export(archive, .graphml, around: "59/2023/NĐ-CP", depth: 2))
        let ids = Set(two.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] })
        #expect(ids.contains("x:71/kh-ubnd") && !ids.contains("d\(lonelyID)"))
        #expect(throws: ArchiveError.self) { try export(archive, .graphml, around: "999/2099/NĐ-CP") }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func networkXReadsTheGraphML() throws {
        let (archive, directory, _, _) = try archive()
        let path = directory.path("graph.graphml")
        try export(archive, .graphml).write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            "-c",
            "import sys\ntry:\n import networkx as nx\nexcept ImportError:\n sys.exit(3)\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())",
            path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus == 3 { return }  // NetworkX not installed
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).hasPrefix("4 3"))
    }
}
