package dev.headroom.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of one configuration file, held as a string with one char per byte (ISO-8859-1),
 * which is how the daemons themselves see their files: no decoding error is possible, any
 * Latin-1 or UTF-8 sequence survives untouched, and encoding the text back gives the very
 * same bytes. Text shown to people goes through {@link #readable}.
 *
 * @param path    the file as the daemon names it (absolute, as seen from inside the root)
 * @param display the path shown to people and in JSON: relative to the root being checked
 */
public record SourceFile(String path, String display, String text) {

    public static SourceFile fromBytes(String path, String display, byte[] bytes) {
        return new SourceFile(path, display, new String(bytes, StandardCharsets.ISO_8859_1));
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Binary data rather than text: NUL bytes together with many other control characters in
     * the first 64 KiB. A stray NUL alone is not enough, because the daemons read their files
     * as C strings and simply lose the rest of that line (httpd accepts such a file).
     */
    public boolean looksBinary() {
        if (text.indexOf('\0') < 0) {
            return false;
        }
        int n = Math.min(text.length(), 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
                control++;
            }
        }
        return control * 50 > n;
    }

    /**
     * Text taken from a file (held one char per byte) decoded as UTF-8, an invalid sequence
     * becoming U+FFFD: how a program that compares UTF-8 byte sequences sees it (a raw byte that
     * is not UTF-8 matches none of them).
     */
    public static String utf8(String s) {
        if (!hasHighByte(s)) {
            return s;
        }
        return StandardCharsets.UTF_8.decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1))).toString();
    }

    private static boolean hasHighByte(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text taken from a file (held one char per byte) made readable: shown as UTF-8 when its
     * bytes are valid UTF-8, as they are read otherwise.
     */
    public static String readable(String s) {
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return s;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
