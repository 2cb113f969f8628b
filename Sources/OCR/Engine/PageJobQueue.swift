import Foundation
import Synchronization

/// One unit of work for an engine worker: a page of a file, or a file that failed before any
/// page could be read.
enum PageJob: Sendable {
    case page(file: Int, path: String, format: InputFormat, index: Int)
    case failure(file: Int, OCRError)
}

/// Hands out pages to workers in input order, probing each file (format, page count) only when
/// the first worker reaches it, so a long list of files or a 300-page PDF is never loaded whole.
final class PageJobQueue: Sendable {
    /// Where the hand-out stands: the file, its next page, and its format and page count once probed.
    private struct Cursor {
        var fileIndex = 0
        var pageIndex = 0
        var current: (format: InputFormat, pages: Int)?

        mutating func advance() {
            fileIndex += 1
            current = nil
        }
    }

    private let cursor = Mutex(Cursor())
    private let files: [String]
    private let reader: ImageReader
    private let collector: ResultCollector
    private let maxPages: Int?

    init(files: [String], reader: ImageReader, collector: ResultCollector, maxPages: Int? = nil) {
        self.maxPages = maxPages
        self.files = files
        self.reader = reader
        self.collector = collector
    }

    /// The next job, or `nil` when every page has been handed out.
    func next() -> PageJob? {
        cursor.withLock { cursor in
            while cursor.fileIndex < files.count {
                let path = files[cursor.fileIndex]
                if cursor.current == nil {
                    do {
                        let probed = try probe(path)
                        cursor.current = probed
                        cursor.pageIndex = 0
                        collector.expect(file: cursor.fileIndex, path: path, format: probed.format, pages: probed.pages)
                    } catch let error as OCRError {
                        let job = PageJob.failure(file: cursor.fileIndex, error)
                        cursor.advance()
                        return job
                    } catch {
                        let job = PageJob.failure(file: cursor.fileIndex, OCRError(.undecodable, path: path, reason: "\(error)"))
                        cursor.advance()
                        return job
                    }
                }
                guard let probed = cursor.current else { continue }
                if cursor.pageIndex < probed.pages, !collector.hasFailed(file: cursor.fileIndex) {
                    let job = PageJob.page(file: cursor.fileIndex, path: path, format: probed.format, index: cursor.pageIndex)
                    cursor.pageIndex += 1
                    return job
                }
                cursor.advance()
            }
            return nil
        }
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
