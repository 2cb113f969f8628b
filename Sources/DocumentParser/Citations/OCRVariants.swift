import VietnameseText

/// Merges citations that are one OCR slip apart: the same instrument read twice, once cleanly and
/// once with a damaged number ("Nghị định số 1 34/2020/NĐ-CP ngày 31 tháng 12 năm 2020" beside
/// "154/2020/NĐ-CP ngày 31 tháng 12 năm 2020"; "38/TTr- SGƠDĐT" beside "38/TTr-SGDĐT").
///
/// Two citations merge only when all of these hold: the same type and the same date (both known),
/// canonical numbers one edit apart, and exactly one of them was read cleanly — its number stands
/// verbatim in its text — while the other needed repair (spaces, stray characters). Two clean
/// readings one digit apart on the same day (418/QĐ-UBND and 419/QĐ-UBND) stay two instruments,
/// unless a digit put in sets them 100 or more apart ("81/QĐ-TTg" and "891/QĐ-TTg" of one day):
/// see ``serialsTooFarForOneDay(_:_:)``.
enum OCRVariants {
    /// Merges OCR variants; linear in the number of citations: only pairs that share a type, a
    /// date and a one-deletion form of their numbers are compared (two numbers one edit apart
    /// always share one), in the order a comparison of every pair would visit them.
    static func merge(_ citations: [Citation]) -> [Citation] {
        var result = citations
        var removed = Set<Int>()
        // Keys are hashes of (type, date, number with at most one character left out): a collision
        // only adds a candidate, which the full test below then turns down.
        var buckets: [Int: [Int]] = [:]
        var keys: [[Int]] = Array(repeating: [], count: result.count)
        for i in result.indices {
            guard let number = result[i].number, let date = result[i].date else { continue }
            let characters = Array(number.text)
            var own = Set<Int>()
            for skipped in -1..<characters.count {
                var hasher = Hasher()
                hasher.combine(result[i].type)
                hasher.combine(date)
                for (k, character) in characters.enumerated() where k != skipped {
                    for scalar in character.unicodeScalars { hasher.combine(scalar.value) }
                }
                own.insert(hasher.finalize())
            }
            keys[i] = Array(own)
            for key in own { buckets[key, default: []].append(i) }
        }
        // Whether each number stands verbatim in its text, worked out once (normalising costs).
        var cleanCache: [Bool?] = Array(repeating: nil, count: result.count)
        func clean(_ index: Int) -> Bool {
            if let known = cleanCache[index] { return known }
            let value = isClean(result[index])
            cleanCache[index] = value
            return value
        }
        for i in result.indices where !removed.contains(i) {
            var candidates = Set<Int>()
            for key in keys[i] { candidates.formUnion(buckets[key, default: []].lazy.filter { $0 > i }) }
            for j in candidates.sorted() where !removed.contains(j) {
                let a = result[i]
                let b = result[j]
                guard let na = a.number, let nb = b.number, na != nb, let date = a.date, date == b.date,
                    a.type == b.type, editDistanceAtMostOne(Array(na.text), Array(nb.text))
                else { continue }
                let cleanA = clean(i)
                let cleanB = clean(j)
                let keep: Int
                let drop: Int
                if cleanA != cleanB {
                    (keep, drop) = cleanA ? (i, j) : (j, i)
                    // The slip must be where the damage is: "223/HĐÐĐND-KTNS" (damaged code) is not a
                    // misreading of "222/HĐND-KTNS" (another serial).
                    guard slipIsInDamagedPart(clean: result[keep], damaged: result[drop]) else { continue }
                } else {
                    guard serialsTooFarForOneDay(na.text, nb.text), sameSeries(a.issuer, b.issuer) else { continue }
                    // Nothing tells which reading is right: the one mentioned more often, else the
                    // first (the body's, before an attachment list).
                    (keep, drop) = (b.mentions ?? 1) > (a.mentions ?? 1) ? (j, i) : (i, j)
                }
                var kept = result[keep]
                kept.mentions = (kept.mentions ?? 1) + (result[drop].mentions ?? 1)
                if result[drop].relation == .basis { kept.relation = .basis }
                if (result[drop].page ?? Int.max) < (kept.page ?? Int.max) { kept.page = result[drop].page }
                result[keep] = kept
                removed.insert(drop)
                if drop == i { break }
            }
        }
        return result.indices.filter { !removed.contains($0) }.map { result[$0] }
    }

    /// Two serials of the same code on the same day, one the other with a digit put in ("81/QĐ-TTg"
    /// and "891/QĐ-TTg", both dated 19/01/2021), at least 100 apart: no office's running series
    /// moves that far in a day, so one is a misreading. Serials closer than that ("5" and "15")
    /// may be two documents.
    static func serialsTooFarForOneDay(_ a: String, _ b: String) -> Bool {
        func split(_ number: String) -> (serial: Substring, rest: Substring) {
            let cut = number.firstIndex { $0 == "/" || $0 == "-" } ?? number.endIndex
            return (number[..<cut], number[cut...])
        }
        let (sa, ra) = split(a)
        let (sb, rb) = split(b)
        guard ra == rb, sa.count != sb.count, let va = Int(sa), let vb = Int(sb) else { return false }
        return abs(va - vb) >= 100
    }

    /// Both issuers known and the same: one series. The Chairman's decisions and the committee's
    /// run as two series ("Chủ tịch Ủy ban nhân dân tỉnh …" beside "Ủy ban nhân dân tỉnh …"), and
    /// an unknown issuer may be either.
    static func sameSeries(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a == b
    }

    /// The number appears verbatim in the citation's text (after Ð/Đ and dash normalisation).
    static func isClean(_ citation: Citation) -> Bool {
        guard let number = citation.number else { return false }
        return VietnameseFolding.normalize(citation.text).contains(number.text)
    }

    /// True when the part of the numbers that differs (the serial before the first "/" or "-",
    /// or the rest) is the part that does not stand verbatim in the damaged reading's text.
    static func slipIsInDamagedPart(clean: Citation, damaged: Citation) -> Bool {
        guard let good = clean.number, let bad = damaged.number else { return false }
        func split(_ number: String) -> (serial: Substring, rest: Substring) {
            let cut = number.firstIndex { $0 == "/" || $0 == "-" } ?? number.endIndex
            return (number[..<cut], number[cut...])
        }
        let (goodSerial, goodRest) = split(good.text)
        let (badSerial, badRest) = split(bad.text)
        let text = VietnameseFolding.normalize(damaged.text)
        if goodSerial != badSerial {
            return !text.contains(badSerial + (badRest.first.map { String($0) } ?? ""))
        }
        return goodRest != badRest && !text.contains(badRest)
    }

    /// Levenshtein distance ≤ 1, in linear time.
    static func editDistanceAtMostOne(_ a: [Character], _ b: [Character]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        var j = 0
        var edits = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count {
                i += 1
            } else if b.count > a.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
