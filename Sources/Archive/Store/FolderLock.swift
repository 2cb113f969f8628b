import Foundation

/// An exclusive `flock` on a folder, held while an archive is created and migrated, so that two
/// processes opening a new archive at the same moment take turns. SQLite locks the database file
/// (POSIX locks, which closing any other descriptor of that file would drop), never its folder,
/// so locking the folder cannot disturb it. Best effort: a folder that cannot be opened is not locked.
final class FolderLock {
    private var descriptor: Int32

    /// Blocks until the folder's lock is ours.
    init(_ folder: String) {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        }
    }

    /// Releases the lock (also done on deinit).
    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
