// Parse time against the number of distinct citations in one text (issue 13, item 3): a hostile
// "Căn cứ" list of N different numbers, dates, codes and named laws, built from a seed. Built with
// -O outside the package by `Benchmarks/citation-scaling.sh`; prints seconds per stage for each N.
import DocumentParser
import Foundation

let environment = ProcessInfo.processInfo.environment
let counts = CommandLine.arguments.dropFirst().compactMap { Int($0) }
var seed = UInt64(environment["SEED"] ?? "") ?? 13

/// xorshift64*: the same corpus for the same seed on every machine.
func next(_ bound: Int) -> Int {
    seed ^= seed >> 12
    seed ^= seed << 25
    seed ^= seed >> 27
    return Int((seed &* 2_685_821_657_736_338_717) % UInt64(bound))
}

let types = [("Quyết định", "QĐ-UBND"), ("Công văn", "UBND-VX"), ("Kế hoạch", "KH-UBND"), ("Thông tư", "TT-BNV"),
             ("Nghị định", "NĐ-CP"), ("Chỉ thị", "CT-TTg"), ("Báo cáo", "BC-STP"), ("Tờ trình", "TTr-SNV")]
let laws = ["Đất đai", "Xây dựng", "Đầu tư công", "Ngân sách nhà nước", "Tổ chức chính quyền địa phương", "Cán bộ, công chức"]

let shape = environment["SHAPE"] ?? "basis"

/// A dispatch whose body cites `n` distinct instruments. `SHAPE=basis` (default): one "Căn cứ" line
/// each, same dates repeat (the worst case for merging OCR variants), a quarter named laws;
/// `prose`: one paragraph of "theo Công văn số ... và Quyết định số ..." without line breaks;
/// `list`: a list heading "các Quyết định của UBND tỉnh: Số ..., số ..."; `short`: full numbers and
/// short forms ("QĐ 123") that refer to them.
func corpus(_ n: Int) -> String {
    let head = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 1/QĐ-UBND\nQuảng Ngãi, ngày 2 tháng 3 năm 2024\n"
    switch shape {
    case "prose":
        return head + (0..<n).map { i in
            let (type, code) = types[next(types.count)]
            return "theo \(type) số \(i + 1)/\(code) ngày \(1 + next(28)) tháng \(1 + next(12)) năm \(2000 + next(25)) và"
        }.joined(separator: " ") + " các văn bản khác."
    case "list":
        return head + "Thực hiện các Quyết định của UBND tỉnh: " + (0..<n).map { "Số \($0 + 1)/QĐ-UBND ngày \(1 + next(28))/\(1 + next(12))/2023" }
            .joined(separator: ", ") + ".\n"
    case "short":
        return head + (0..<n).map { i in
            "Căn cứ Quyết định số \(i + 1)/QĐ-UBND ngày 1/1/2024 của UBND tỉnh; QĐ \(i + 1) và Quyết định số \(i + 1) đã nêu;"
        }.joined(separator: "\n")
    default:
        break
    }
    var lines = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 1/QĐ-UBND", "Quảng Ngãi, ngày 2 tháng 3 năm 2024", "QUYẾT ĐỊNH"]
    for i in 0..<n {
        let (type, code) = types[next(types.count)]
        let year = 2000 + next(25)
        let date = "\(1 + next(3))/\(1 + next(2))/\(year)"
        if i % 4 == 3 {
            lines.append("Căn cứ Luật \(laws[next(laws.count)]) số \(i + 1)/\(year)/QH\(10 + next(6)) ngày \(date);")
        } else if type == "Nghị định" || type == "Thông tư" {
            lines.append("Căn cứ \(type) số \(i + 1)/\(year)/\(code) ngày \(date) của cơ quan;")
        } else {
            lines.append("Căn cứ \(type) số \(i + 1)/\(code) ngày \(date) của Ủy ban nhân dân tỉnh;")
        }
    }
    lines.append("QUYẾT ĐỊNH:")
    lines.append("Điều 1. Ban hành kèm theo Quyết định này.")
    return lines.joined(separator: "\n")
}

/// CPU seconds of this process spent in `body` (wall time is meaningless on a busy 2-core machine).
func seconds(_ body: () -> Void) -> Double {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    body()
    return now() - start
}
print("CPU seconds\ncitations   MB     parse s   header s  citations s  deadlines s  found")
for n in counts {
    let body = corpus(n)
    let text = DocumentText(path: "hostile.txt", sha256: String(repeating: "0", count: 64), pages: [.init(number: 1, text: body)])
    var found = 0
    let whole = seconds { found = DocumentParser().parse(text).citations.count }
    let header = seconds { _ = HeaderExtractor().extract(from: text) }
    let cites = seconds { _ = CitationExtractor().extract(from: text, ownNumber: nil) }
    let deadlines = seconds { _ = DeadlineExtractor().extract(from: text, issueDate: nil) }
    print(String(format: "%9d  %5.2f  %8.3f  %8.3f  %11.3f  %11.3f  %5d", n, Double(body.utf8.count) / 1e6, whole, header, cites, deadlines, found))
}
