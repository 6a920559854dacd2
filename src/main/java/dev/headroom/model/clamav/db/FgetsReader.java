package dev.headroom.model.clamav.db;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a database file as {@code fgets(buffer, size, file)} hands them to libclamav's
 * loaders ({@code cli_dbgets} on a plain file): at most {@code size - 1} bytes each, the newline
 * kept. A longer line comes out in pieces, and ClamAV parses each piece as a line of its own.
 * Streams: memory use is the buffer, whatever the file size.
 */
final class FgetsReader implements Closeable {

    /** {@code FILEBUFF}, the line buffer of most loaders. */
    static final int FILEBUFF = 8192;
    /** {@code CLI_DEFAULT_LSIG_BUFSIZE + 1}, the line buffer of {@code cli_loadldb}. */
    static final int LSIG_BUFFER = 32768 + 1;

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[65536];
    private int pos;
    private int len;
    private boolean eof;
    private boolean split;

    FgetsReader(InputStream in, int bufferSize) {
        this.in = in;
        this.max = bufferSize - 1;
    }

    /** The next piece, one char per byte, or null at the end of the file. */
    String next() throws IOException {
        StringBuilder sb = null;
        int taken = 0;
        split = false;
        while (taken < max) {
            if (pos == len) {
                if (eof || !fill()) {
                    break;
                }
            }
            int start = pos;
            int limit = Math.min(len, pos + (max - taken));
            int nl = -1;
            for (int i = start; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl >= 0 ? nl + 1 : limit;
            if (sb == null) {
                sb = new StringBuilder(end - start);
            }
            for (int i = start; i < end; i++) {
                sb.append((char) (buf[i] & 0xff));
            }
            taken += end - start;
            pos = end;
            if (nl >= 0) {
                return sb.toString();
            }
        }
        if (sb == null) {
            return null;
        }
        split = taken == max && !atEnd();
        return sb.toString();
    }

    /** Whether the last piece ended because the buffer was full, in the middle of a line. */
    boolean wasSplit() {
        return split;
    }

    int maxLineBytes() {
        return max;
    }

    private boolean atEnd() throws IOException {
        return pos == len && (eof || !fill());
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
