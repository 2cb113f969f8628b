import Foundation

/// One unit of work for an engine worker: a page of a file, or a file that failed before any
/// page could be read.
enum PageJob: Sendable {
    case page(file: Int, path: String, format: InputFormat, index: Int)
    case failure(file: Int, OCRError)
}

/// Hands out pages to workers in input order, probing each file (format, page count) only when
/// the first worker reaches it, so a long list of files or a 300-page PDF is never loaded whole.
final class PageJobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let files: [String]
    private let reader: ImageReader
    private let collector: ResultCollector
    private var fileIndex = 0
    private var pageIndex = 0
    private var current: (format: InputFormat, pages: Int)?
    private let maxPages: Int?

    init(files: [String], reader: ImageReader, collector: ResultCollector, maxPages: Int? = nil) {
        self.maxPages = maxPages
        self.files = files
        self.reader = reader
        self.collector = collector
    }

    /// The next job, or `nil` when every page has been handed out.
    func next() -> PageJob? {
        lock.lock()
        defer { lock.unlock() }
        while fileIndex < files.count {
            let path = files[fileIndex]
            if current == nil {
                do {
                    let probed = try probe(path)
                    current = probed
                    pageIndex = 0
                    collector.expect(file: fileIndex, path: path, format: probed.format, pages: probed.pages)
                } catch let error as OCRError {
                    let job = PageJob.failure(file: fileIndex, error)
                    advance()
                    return job
                } catch {
                    let job = PageJob.failure(file: fileIndex, OCRError(.undecodable, path: path, reason: "\(error)"))
                    advance()
                    return job
                }
            }
            guard let probed = current else { continue }
            if pageIndex < probed.pages, !collector.hasFailed(file: fileIndex) {
                let job = PageJob.page(file: fileIndex, path: path, format: probed.format, index: pageIndex)
                pageIndex += 1
                return job
            }
            advance()
        }
        return nil
    }

    private func advance() {
        fileIndex += 1
        current = nil
    }

    private func probe(_ path: String) throws -> (format: InputFormat, pages: Int) {
        let format = try InputFormat.sniff(path: path)
        let count: Int
        switch format {
        case .text:
            throw OCRError(.unsupportedFormat, path: path, reason: "this is a text file, not a scan (PDF or image)")
        case .pdf:
            count = try PDFFile(path: path).pageCount
            // Before any page is decoded: an embedded image beyond the limits refuses the file.
            try PDFImageSizes.check(path: path, limits: reader.limits)
        case .png, .jpeg, .tiff:
            count = try reader.pageCount(path: path, format: format)
        }
        if let maxPages, count > maxPages {
            throw OCRError(.tooLarge, path: path, reason: "the file has \(count) pages, more than the limit of \(maxPages) (--max-pages)")
        }
        return (format, count)
    }
}
