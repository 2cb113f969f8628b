/// Writes nodes, then edges, in one of the ``GraphOptions/Format``s, streaming to a text output.
package struct GraphSerializer {
    let format: GraphOptions.Format
    private var first = true

    package init(format: GraphOptions.Format) {
        self.format = format
    }

    package mutating func begin(_ out: inout some TextOutputStream) {
        switch format {
        case .graphml:
            out.write(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="number" for="node" attr.name="number" attr.type="string"/>
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <key id="type" for="node" attr.name="type" attr.type="string"/>
                  <key id="date" for="node" attr.name="date" attr.type="string"/>
                  <key id="issuer" for="node" attr.name="issuer" attr.type="string"/>
                  <key id="subject" for="node" attr.name="subject" attr.type="string"/>
                  <key id="in_archive" for="node" attr.name="in_archive" attr.type="boolean"/>
                  <key id="status" for="node" attr.name="status" attr.type="string"/>
                  <key id="scans" for="node" attr.name="scans" attr.type="int"/>
                  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
                  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>
                  <key id="action" for="edge" attr.name="action" attr.type="string"/>
                  <graph id="citations" edgedefault="directed">

                """
            )
        case .gexf:
            out.write(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
                  <meta><creator>vanthu</creator><description>Citation graph</description></meta>
                  <graph defaultedgetype="directed" mode="static">
                    <attributes class="node">
                      <attribute id="number" title="number" type="string"/>
                      <attribute id="name" title="name" type="string"/>
                      <attribute id="type" title="type" type="string"/>
                      <attribute id="date" title="date" type="string"/>
                      <attribute id="issuer" title="issuer" type="string"/>
                      <attribute id="subject" title="subject" type="string"/>
                      <attribute id="in_archive" title="in_archive" type="boolean"/>
                      <attribute id="status" title="status" type="string"/>
                      <attribute id="scans" title="scans" type="integer"/>
                    </attributes>
                    <attributes class="edge">
                      <attribute id="relation" title="relation" type="string"/>
                      <attribute id="mentions" title="mentions" type="integer"/>
                      <attribute id="action" title="action" type="string"/>
                    </attributes>
                    <nodes>

                """
            )
        case .dot:
            out.write("digraph citations {\n  node [shape=box];\n")
        case .json:
            // One edge per citing pair (mentions are its weight): not a multigraph.
            out.write("{\"directed\": true, \"multigraph\": false, \"graph\": {}, \"nodes\": [\n")
        case .csv:
            out.write("id,label,number,name,type,date,issuer,subject,in_archive,status,scans\r\n")
        case .nodesCSV:
            out.write("Id,Label,number,name,type,date,issuer,subject,in_archive,status,scans\r\n")
        case .edgesCSV:
            out.write("Source,Target,Type,Weight,relation,action\r\n")
        }
    }

    package mutating func node(_ node: GraphNode, _ out: inout some TextOutputStream) {
        let fields: [(String, String?)] = [
            ("number", node.number), ("name", node.name), ("type", node.type), ("date", node.date),
            ("issuer", node.issuer), ("subject", node.subject),
        ]
        let scans = node.scans.map(String.init)
        switch format {
        case .graphml:
            out.write("    <node id=\"\(Escaping.xml(node.id))\"><data key=\"label\">\(Escaping.xml(node.label))</data>")
            for (key, value) in fields { if let value { out.write("<data key=\"\(key)\">\(Escaping.xml(value))</data>") } }
            out.write("<data key=\"in_archive\">\(node.inArchive)</data>")
            for (key, value) in [("status", node.status), ("scans", scans)] {
                if let value { out.write("<data key=\"\(key)\">\(Escaping.xml(value))</data>") }
            }
            out.write("</node>\n")
        case .gexf:
            out.write("      <node id=\"\(Escaping.xml(node.id))\" label=\"\(Escaping.xml(node.label))\"><attvalues>")
            for (key, value) in fields { if let value { out.write("<attvalue for=\"\(key)\" value=\"\(Escaping.xml(value))\"/>") } }
            out.write("<attvalue for=\"in_archive\" value=\"\(node.inArchive)\"/>")
            for (key, value) in [("status", node.status), ("scans", scans)] {
                if let value { out.write("<attvalue for=\"\(key)\" value=\"\(Escaping.xml(value))\"/>") }
            }
            out.write("</attvalues></node>\n")
        case .dot:
            out.write("  \(Escaping.dot(node.id)) [label=\(Escaping.dot(node.label))")
            for (key, value) in fields { if let value { out.write(", \(key)=\(Escaping.dot(value))") } }
            if let status = node.status { out.write(", status=\(Escaping.dot(status))") }
            if let scans { out.write(", scans=\(scans)") }
            // A document no longer standing is drawn grey.
            let standing = node.status.map { $0 != "replaced" && $0 != "repealed" } ?? true
            out.write(", in_archive=\(node.inArchive)\(node.inArchive ? "" : ", style=dashed")\(standing ? "" : ", color=gray, fontcolor=gray")];\n")
        case .json:
            out.write(first ? "  " : ",\n  ")
            out.write("{\"id\": \(Escaping.json(node.id)), \"label\": \(Escaping.json(node.label))")
            for (key, value) in fields { out.write(", \"\(key)\": \(value.map(Escaping.json) ?? "null")") }
            out.write(", \"in_archive\": \(node.inArchive), \"status\": \(node.status.map(Escaping.json) ?? "null")")
            out.write(", \"scans\": \(scans ?? "null")}")
        case .csv, .nodesCSV:
            let values = [node.id, node.label] + fields.map { $0.1 ?? "" } + [node.inArchive ? "true" : "false", node.status ?? "", scans ?? ""]
            out.write(values.map(Escaping.csv).joined(separator: ",") + "\r\n")
        case .edgesCSV: break
        }
        first = false
    }

    package mutating func beginEdges(_ out: inout some TextOutputStream) {
        switch format {
        case .graphml, .dot: break
        case .gexf: out.write("    </nodes>\n    <edges>\n")
        case .json: out.write("\n], \"links\": [\n")
        case .csv: out.write("\r\nsource,target,relation,mentions\r\n")
        case .nodesCSV, .edgesCSV: break
        }
        first = true
    }

    package mutating func edge(_ edge: GraphEdge, _ out: inout some TextOutputStream) {
        switch format {
        case .graphml:
            let action = edge.action.map { "<data key=\"action\">\(Escaping.xml($0))</data>" } ?? ""
            out.write(
                "    <edge id=\"\(Escaping.xml(edge.id))\" source=\"\(Escaping.xml(edge.source))\" target=\"\(Escaping.xml(edge.target))\"><data key=\"relation\">\(Escaping.xml(edge.relation))</data><data key=\"mentions\">\(edge.mentions)</data>\(action)</edge>\n"
            )
        case .gexf:
            out.write(
                "      <edge id=\"\(Escaping.xml(edge.id))\" source=\"\(Escaping.xml(edge.source))\" target=\"\(Escaping.xml(edge.target))\" weight=\"\(edge.mentions)\"><attvalues><attvalue for=\"relation\" value=\"\(Escaping.xml(edge.relation))\"/><attvalue for=\"mentions\" value=\"\(edge.mentions)\"/>\(edge.action.map { "<attvalue for=\"action\" value=\"\(Escaping.xml($0))\"/>" } ?? "")</attvalues></edge>\n"
            )
        case .dot:
            // Acts drawn apart: replaced and repealed in red, amended in orange, guided and
            // implemented dashed.
            let style: String =
                switch edge.action {
                case "replaces", "repeals": ", color=red, penwidth=2"
                case "amends", "corrects": ", color=orange"
                case "guides", "implements", "responds-to": ", style=dashed"
                default: edge.relation == "basis" ? ", style=bold" : ""
                }
            let action = edge.action.map { ", action=\(Escaping.dot($0))" } ?? ""
            out.write(
                "  \(Escaping.dot(edge.source)) -> \(Escaping.dot(edge.target)) [relation=\(Escaping.dot(edge.relation)), mentions=\(edge.mentions)\(action)\(style)];\n"
            )
        case .json:
            out.write(first ? "  " : ",\n  ")
            out.write(
                "{\"source\": \(Escaping.json(edge.source)), \"target\": \(Escaping.json(edge.target)), \"relation\": \(Escaping.json(edge.relation)), \"mentions\": \(edge.mentions), \"action\": \(edge.action.map(Escaping.json) ?? "null")}"
            )
        case .csv:
            out.write([edge.source, edge.target, edge.relation, String(edge.mentions)].map(Escaping.csv).joined(separator: ",") + "\r\n")
        case .edgesCSV:
            out.write(
                [edge.source, edge.target, "Directed", String(edge.mentions), edge.relation, edge.action ?? ""].map(Escaping.csv).joined(
                    separator: ","
                ) + "\r\n"
            )
        case .nodesCSV: break
        }
        first = false
    }

    package mutating func end(_ out: inout some TextOutputStream) {
        switch format {
        case .graphml: out.write("  </graph>\n</graphml>\n")
        case .gexf: out.write("    </edges>\n  </graph>\n</gexf>\n")
        case .dot: out.write("}\n")
        case .json: out.write("\n]}\n")
        case .csv, .nodesCSV, .edgesCSV: break
        }
    }
}
