package dev.headroom.model.clamav.db;

/**
 * The clamd.conf settings that decide which database files load and which lines count, and the
 * engine's functionality level (signatures carry a level range; outside it they are skipped).
 *
 * @param functionalityLevel   the engine's level ({@code cl_retflevel()}): 216 for ClamAV 1.4.6
 *                             (sigtool's default --flevel), 215 for 1.4.5
 * @param detectPua            DetectPUA (default no): loads {@code .hdu .hsu .mdu .msu .ndu .ldu}
 * @param phishingSignatures   PhishingSignatures (default yes): without it the .ndb lines named
 *                             {@code HTML.Phishing*} or {@code Email.Phishing*} are skipped
 * @param phishingScanUrls     PhishingScanURLs (default yes): loads {@code .pdb .gdb .wdb}
 * @param bytecode             Bytecode (default yes): loads {@code .cbc}
 * @param bytecodeUnsigned     BytecodeUnsigned (default no): without it a plain {@code .cbc}
 *                             file is skipped with a warning
 * @param officialDatabaseOnly OfficialDatabaseOnly (default no): only {@code .cvd}/{@code .cld},
 *                             the {@code .ign}/{@code .ign2} files, {@code local.gdb} and
 *                             {@code daily.cfg} load, unless the directory's path contains
 *                             {@code clamav-} (freshclam's temporary directories)
 */
public record LoadOptions(int functionalityLevel, boolean detectPua, boolean phishingSignatures,
        boolean phishingScanUrls, boolean bytecode, boolean bytecodeUnsigned, boolean officialDatabaseOnly) {

    /** ClamAV 1.4.6's level ({@code CL_FLEVEL}). */
    public static final int CLAMAV_1_4_6_LEVEL = 216;

    /** clamd's and clamscan's defaults, ClamAV 1.4.6. */
    public static final LoadOptions DEFAULTS = new LoadOptions(CLAMAV_1_4_6_LEVEL, false, true, true, true, false, false);

    public LoadOptions withFunctionalityLevel(int level) {
        return new LoadOptions(level, detectPua, phishingSignatures, phishingScanUrls, bytecode, bytecodeUnsigned,
                officialDatabaseOnly);
    }

    public LoadOptions withDetectPua(boolean on) {
        return new LoadOptions(functionalityLevel, on, phishingSignatures, phishingScanUrls, bytecode, bytecodeUnsigned,
                officialDatabaseOnly);
    }

    public LoadOptions withOfficialDatabaseOnly(boolean on) {
        return new LoadOptions(functionalityLevel, detectPua, phishingSignatures, phishingScanUrls, bytecode,
                bytecodeUnsigned, on);
    }

    /**
     * The options as a short text, for keys of caches: equal exactly when the options are
     * (written out, where the record's toString would be bootstrapped through invokedynamic).
     */
    public String key() {
        return functionalityLevel + ":" + (detectPua ? 'p' : '-') + (phishingSignatures ? 's' : '-')
                + (phishingScanUrls ? 'u' : '-') + (bytecode ? 'b' : '-') + (bytecodeUnsigned ? 'x' : '-')
                + (officialDatabaseOnly ? 'o' : '-');
    }

    /** The level as libclamav compares it: an {@code unsigned int}. */
    long level() {
        return Integer.toUnsignedLong(functionalityLevel);
    }
}
