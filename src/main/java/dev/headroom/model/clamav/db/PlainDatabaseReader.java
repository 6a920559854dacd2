package dev.headroom.model.clamav.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import dev.headroom.model.clamav.db.DatabaseKind.Format;

/**
 * Streams one plain (not container) database file line by line and counts what loading it would
 * add to ClamAV's signature count ({@code signo}, the "Known viruses" of clamscan), or finds
 * the line that makes the load fail. Lines are read as {@code fgets} reads them
 * ({@link FgetsReader}); a line starting with {@code #} is a comment in every format except
 * {@code .cfg}; blank lines are allowed only in {@code .pdb .gdb .wdb .crb .cfg} (elsewhere the
 * empty line has too few fields and the load fails).
 *
 * <p>Which formats count: {@code .db .hdb .hsb .fp .sfp .mdb .msb .imp .ndb .sdb .ldb .zmd .rmd
 * .cdb .idb .pdb .gdb} one per loaded line (the false-positive lists {@code .fp}/{@code .sfp}
 * too: {@code cli_loadhash} counts them, although {@code cl_countsigs} leaves them out); YARA
 * one per rule; {@code .wdb .ftm .cfg .crb .cat .ioc .pwdb .ign .ign2} none.
 */
final class PlainDatabaseReader {

    /**
     * @param signatures what the file adds to the count when it loads
     * @param problem    why ClamAV would refuse the file (and with it the whole directory), or
     *                   why headroom cannot count it; null when it loads
     */
    record Count(long signatures, String problem) {
    }

    private PlainDatabaseReader() {
    }

    /**
     * Reads the file. For {@code .ign}/{@code .ign2} the names go into {@code ignore}; every
     * other format consults it.
     */
    static Count read(DatabaseKind kind, InputStream in, LoadOptions o, IgnoreList ignore) throws IOException {
        Format f = kind.format();
        switch (f) {
            case CATALOG:
            case OPENIOC:
            case BYTECODE:
            case CONTAINER:
                return new Count(0, null);
            case YARA:
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
                    return new Count(YaraRuleCounter.count(r), null);
                }
            default:
                break;
        }
        if (f == Format.IGNORE) {
            ignore.startFile();
        }
        long pieces = 0;
        long loaded = 0;
        int size = f == Format.LDB ? FgetsReader.LSIG_BUFFER : FgetsReader.FILEBUFF;
        try (FgetsReader r = new FgetsReader(in, size)) {
            String raw;
            while ((raw = r.next()) != null) {
                pieces++;
                if (f == Format.ENGINE_CONFIG) {
                    // cli_dconf_load ignores the lines it does not know.
                    continue;
                }
                if (raw.indexOf('\0') >= 0) {
                    return new Count(0, "binary data (a NUL byte) at line " + pieces + "; not a text database");
                }
                if (r.wasSplit()) {
                    return new Count(0, "Problem parsing database at line " + pieces + ": longer than the "
                            + r.maxLineBytes() + " bytes ClamAV reads at once (it parses the rest as another line)");
                }
                LineOutcome out = judge(f, raw, o, ignore);
                if (out == null) {
                    continue;
                }
                if (out.kind() == LineOutcome.Kind.MALFORMED) {
                    return new Count(0, "Problem parsing database at line " + pieces + ": " + out.reason());
                }
                if (out.kind() == LineOutcome.Kind.LOADED) {
                    loaded++;
                }
            }
        }
        String empty = emptiness(f, pieces, loaded);
        if (empty != null) {
            return new Count(0, empty);
        }
        return new Count(counts(f) ? loaded : 0, null);
    }

    /** One piece as {@code fgets} returned it; null for a comment or a line the loader passes over. */
    private static LineOutcome judge(Format f, String raw, LoadOptions o, IgnoreList ign) {
        long level = o.level();
        if (f == Format.PHISHING_DOMAINS || f == Format.PHISHING_ALLOW) {
            // load_regex_matcher chomps first, then skips empty lines and comments.
            String line = CText.chomp(raw);
            if (line.isEmpty() || line.charAt(0) == '#') {
                return null;
            }
            return SignatureLines.phishing(line, f == Format.PHISHING_ALLOW, level);
        }
        if (f == Format.IGNORE) {
            // Every piece, comments too: they overwrite the line buffer the loader reads back.
            return ign.line(raw);
        }
        if (raw.charAt(0) == '#') {
            return null;
        }
        String line = CText.chomp(raw);
        switch (f) {
            case DB:
                return SignatureLines.db(line, ign);
            case HASH:
            case SECTION_HASH:
            case IMPORT_HASH:
                return SignatureLines.hash(line, f, level, ign);
            case NDB:
                return SignatureLines.ndb(line, raw, o, ign);
            case LDB:
                return SignatureLines.ldb(line, level, ign);
            case ARCHIVE_METADATA:
                return SignatureLines.archiveMetadata(line, ign);
            case CONTAINER_METADATA:
                return SignatureLines.containerMetadata(line, level, ign);
            case ICONS:
                return SignatureLines.icon(line, ign);
            case FILE_TYPES:
                return SignatureLines.fileType(line, level);
            case CERTIFICATES:
                return line.isEmpty() ? null : SignatureLines.certificate(line, level);
            case PASSWORDS:
                return SignatureLines.password(line, level, ign);
            default:
                return null;
        }
    }

    /**
     * The formats whose loader reads the file line by line into the engine (readdb.c's
     * cli_loaddb, cli_loadhash, cli_loadndb, cli_loadldb, cli_loadmd, cli_loadcdb, cli_loadidb):
     * each line is a signature, and a file with no line at all is refused.
     */
    private static final java.util.Set<Format> LINE_LOADERS = java.util.EnumSet.of(Format.DB, Format.HASH,
            Format.SECTION_HASH, Format.IMPORT_HASH, Format.NDB, Format.LDB, Format.ARCHIVE_METADATA,
            Format.CONTAINER_METADATA, Format.ICONS);

    /** The loaders that refuse a file with nothing in it, in their own words. */
    private static String emptiness(Format f, long pieces, long loaded) {
        if (LINE_LOADERS.contains(f)) {
            // "line" counts comments too: a file of comments only loads, with nothing in it.
            return pieces == 0 ? "Empty database file" : null;
        }
        switch (f) {
            case FILE_TYPES:
                return loaded == 0 ? "Empty external filetype database" : null;
            case PASSWORDS:
                return loaded == 0 ? "Empty external password database" : null;
            default:
                return null;
        }
    }

    /** Whether the loader adds its lines to the signature count. */
    private static boolean counts(Format f) {
        return LINE_LOADERS.contains(f) || f == Format.PHISHING_DOMAINS;
    }
}
