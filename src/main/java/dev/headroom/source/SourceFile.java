package dev.headroom.source;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of one configuration file, held as a string with one char per byte (ISO-8859-1),
 * which is how the daemons themselves see their files: no decoding error is possible, any
 * Latin-1 or UTF-8 sequence survives untouched, and encoding the text back gives the very
 * same bytes.
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

    /** A NUL byte never appears in a text configuration file. */
    public boolean looksBinary() {
        return text.indexOf('\0') >= 0;
    }
}
