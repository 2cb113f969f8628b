import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebServer

@Suite("Graph")
struct GraphRouteTests {
    @Test("the neighbourhood is drawn by Graphviz as SVG with nodes linking to documents")
    func svg() async throws {
        let server = try TestServer()
        try await server.test { client in
            let ids = try await SearchRouteTests.seeded(server, client)
            let (status, svg, headers) = try await TestServer.get(client, "/documents/\(ids.plan)/graph.svg")
            #expect(status == .ok)
            #expect(headers[.contentType]?.hasPrefix("image/svg+xml") == true)
            #expect(svg.contains("<svg"))
            #expect(svg.contains("href=\"/documents/\(ids.cited)\""))
            #expect(svg.contains("71/KH&#45;UBND"), "Graphviz writes the hyphen as an entity")
            let (_, page, _) = try await TestServer.get(client, "/documents/\(ids.plan)/graph?depth=2")
            #expect(page.contains("<svg"))
            for format in ["graphml", "gexf", "dot", "json", "csv"] {
                #expect(page.contains("format=\(format)"))
                let (exportStatus, export, _) = try await TestServer.get(client, "/api/documents/\(ids.plan)/graph?format=\(format)")
                #expect(exportStatus == .ok)
                #expect(export.contains("71/KH-UBND"))
            }
            let got1 = try await TestServer.get(client, "/api/graph?format=pdf").0
            #expect(got1 == .badRequest)
        }
    }

    @Test("document links are added to archived nodes only, the focus filled")
    func linkedDot() {
        let dot = """
            digraph citations {
              node [shape=box];
              "d3" [label="63/KH-THNH", in_archive=true];
              "x:59/2023/nd-cp" [label="59/2023/NĐ-CP", in_archive=false, style=dashed];
              "d3" -> "x:59/2023/nd-cp" [relation="basis", mentions=1, style=bold];
            }
            """
        let linked = GraphRenderer.linked(dot, focus: 3)
        #expect(linked.contains("\"d3\" [URL=\"/documents/3\", target=\"_top\", style=\"filled,bold\""))
        #expect(!linked.contains("URL=\"/documents/x"))
        #expect(linked.hasSuffix("}"))
    }
}
