extension Notice {
    /// The notice as the office reads it, in Vietnamese. A notice stored before codes existed
    /// (``Code/other``) is shown as it was written.
    public var vietnamese: String {
        let v = values
        func value(_ key: String) -> String { v[key] ?? "?" }
        let confidence = v["confidence"].map { " (độ tin cậy \($0))" } ?? ""
        switch code {
        case .emptyDocument: return "Văn bản không có chữ nào đọc được"
        case .headerLost: return "Mất phần đầu văn bản: không có quốc hiệu, không có tên cơ quan ban hành"
        case .issuerMissing: return "Không thấy tên cơ quan ban hành và văn bản cũng không nêu"
        case .issuerInferred: return "Không thấy dòng tên cơ quan; suy ra \"\(value("value"))\" từ nội dung\(confidence)"
        case .subjectMissing: return "Không thấy trích yếu"
        case .numberLineMissing: return "Không thấy dòng \"Số: …\": số văn bản để trống"
        case .numberUnreadable: return "Không đọc được chữ số của số văn bản; phần in sẵn: \(value("printed"))"
        case .numberHandwritten: return "Số văn bản viết tay, đọc là \(value("value"))\(confidence): cần kiểm tra"
        case .numberReadingsDisagree:
            return "Các cách đọc số văn bản không khớp (\(value("readings"))); giữ \(value("value"))\(confidence): cần kiểm tra"
        case .numberFromFileName: return "Số \(value("value")) lấy từ tên tệp \"\(value("file"))\": cần kiểm tra"
        case .numberProbablyHandwritten: return "Số \(value("value")) có thể là chữ viết tay (ngày bên cạnh không đọc được): cần kiểm tra"
        case .numberCodeRestored: return "Phần in sẵn của số đọc là \"\(value("raw"))\", khôi phục thành \(value("value")): cần kiểm tra"
        case .numberCodeUnknown: return "Phần in sẵn của số đọc là \"\(value("raw"))\", không phải ký hiệu văn bản: cần kiểm tra"
        case .numberRepaired: return "Chữ số \"\(value("raw"))\" được đọc thành \"\(value("value"))\" (nhầm chữ và số khi nhận dạng)"
        case .numberOutOfSeries: return "Số \(value("value")) ngày \(value("date")) không khớp dãy số của cơ quan: \(value("series")): cần kiểm tra"
        case .numberCitedOtherwise:
            return "\(value("citer")) dẫn chiếu \(value("cited")) cùng cơ quan, cùng ngày; văn bản này đọc là \(value("value")): cần kiểm tra"
        case .numberFromCitingDocument: return "Số \(value("value")) lấy từ \(value("citer")), văn bản dẫn chiếu văn bản này"
        case .dateNotFound: return "Không thấy dòng ngày tháng (ngày … tháng … năm …)"
        case .dateUnreadable:
            return "Không đọc được ngày ban hành: ngày \"\(value("day"))\" tháng \"\(value("month"))\" năm \(value("year")) (viết tay?)"
        case .dateImpossible: return "Ngày ban hành ngày \(value("day")) tháng \(value("month")) năm \(value("year")) không có thật"
        case .dateHandwritten: return "Ngày ban hành viết tay, đọc là \(value("value"))\(confidence): cần kiểm tra"
        case .dateReadingsDisagree:
            return "Ngày ban hành: nhận dạng chữ đọc là \(value("value")), bộ đọc chữ viết tay đọc là \(value("reading")): cần kiểm tra"
        case .dateMonthFromSigning: return "Không đọc được tháng: tháng của \(value("value")) lấy theo thời gian ký số \(value("signed"))"
        case .dateFromSigning: return "Ngày ban hành \(value("value")) lấy theo thời gian ký số: ngày ghi trên văn bản có thể sớm hơn vài ngày"
        case .dateSignedBound: return "Ký số ngày \(value("signed")): ngày ban hành là ngày đó hoặc trước đó"
        case .dateAfterSigning: return "Ngày ban hành \(value("value")) sau thời gian ký số \(value("signed"))"
        case .dateBeforeCitation:
            return "Ngày ban hành \(value("value")) trước ngày \(value("cited date")) của văn bản được dẫn chiếu \(value("cited")): cần kiểm tra"
        case .dateYearRepaired:
            return
                "Năm ban hành đọc thành \(value("reading")) lẫn một chữ số thừa; chọn \(value("value")), cách đọc không dẫn chiếu văn bản nào ban hành sau nó: cần kiểm tra"
        case .citedNumberHandwritten:
            return
                "Số văn bản được dẫn chiếu \(value("value")) (trang \(value("page"))) viết tay, đọc là \"\(value("reading"))\"\(confidence): cần kiểm tra"
        case .staleBasis:
            return "Căn cứ văn bản đã bị \(value("act")): \(value("cited")) đã bị \(value("act")) bởi \(value("by")) trước ngày ban hành văn bản này"
        case .other: return message
        }
    }
}
