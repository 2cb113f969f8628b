/// The word boxes of one recognised page, in the pixels of the image the OCR read (after its
/// rotation and deskew), for marking matched words on the page image.
public struct PageWords: Sendable, Hashable, Codable {
    /// One word and its box.
    public struct Word: Sendable, Hashable, Codable {
        public var text: String
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int

        /// Creates a word.
        public init(text: String, x: Int, y: Int, width: Int, height: Int) {
            self.text = text
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }

    /// 1-based page number.
    public var page: Int
    /// The recognised image's size.
    public var width: Int
    public var height: Int
    /// Clockwise rotation applied before recognition (0, 90, 180, 270).
    public var rotation: Int
    /// Skew corrected, in degrees.
    public var deskewAngle: Double?
    public var words: [Word]

    /// Creates a page's words.
    public init(page: Int, width: Int, height: Int, rotation: Int = 0, deskewAngle: Double? = nil, words: [Word]) {
        self.page = page
        self.width = width
        self.height = height
        self.rotation = rotation
        self.deskewAngle = deskewAngle
        self.words = words
    }
}

/// A store that keeps word boxes beside documents (``SQLiteArchive`` does).
public protocol PageWordStore: Sendable {
    /// Stores the word boxes of a stored document's pages, replacing any kept before.
    func storeWords(documentID: Int64, pages: [PageWords]) async throws

    /// The word boxes of a document's pages, by page number order; empty when none were kept.
    func words(documentID: Int64) async throws -> [PageWords]
}
