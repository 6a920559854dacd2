package dev.headroom.model.clamav.db;

/**
 * One file of a signature database directory, as clamd would treat it.
 *
 * @param name       the file name in the directory
 * @param kind       what libclamav takes it for, by extension
 * @param bytes      its size; -1 when it cannot be read
 * @param signatures what loading it adds to ClamAV's signature count: the count a container's
 *                   header claims, the loaded lines of a plain file; 0 when it is skipped or has
 *                   a problem
 * @param header     a container's header; null for plain files and unreadable headers
 * @param skipped    why clamd passes over the file without failing (an older duplicate, a PUA
 *                   database without DetectPUA, ...); null when it loads
 * @param problem    why the file cannot be loaded (clamd then refuses the whole directory) or
 *                   counted, in ClamAV's words where it has some; null when it loads
 */
public record DatabaseFile(String name, DatabaseKind kind, long bytes, long signatures, CvdHeader header,
        String skipped, String problem) {

    /** Whether clamd loads it and it counts towards the total. */
    public boolean loads() {
        return skipped == null && problem == null;
    }

    public boolean hasProblem() {
        return problem != null;
    }
}
