package dev.headroom.model.clamav;

import dev.headroom.model.clamav.db.LoadOptions;
import dev.headroom.model.clamav.db.SignatureDatabase;
import dev.headroom.model.systemd.ServiceUnit;

/**
 * One clamd as it will run: the configuration file it reads, the unit that starts it (null
 * when no unit runs it, e.g. a configuration file found on disk or named on the command line),
 * and the signature database it loads.
 *
 * @param path     the configuration file as clamd names it (its server path)
 * @param config   what clamd makes of that file
 * @param unit     the service running this clamd, or null
 * @param database its {@code DatabaseDirectory} read without loading it; null when it is not
 *                 there to read (a configuration tree without {@code /var/lib}, a configuration
 *                 file named on its own)
 */
public record ClamdInstance(String path, ClamConfig config, ServiceUnit unit, SignatureDatabase database) {

    /** Where a clamd built by Debian, Fedora or upstream looks when DatabaseDirectory is not set. */
    public static final String DEFAULT_DATABASE_DIRECTORY = "/var/lib/clamav";

    /** What to call it in messages: the unit when there is one, else the file. */
    public String name() {
        return unit != null ? unit.name() : config.file();
    }

    /** The directory clamd loads its signatures from. */
    public String databaseDirectory() {
        return databaseDirectory(config);
    }

    /** The directory a clamd or freshclam configuration names (the compiled-in one when unset). */
    public static String databaseDirectory(ClamConfig config) {
        return config.value("DatabaseDirectory").map(ClamValue::string).orElse(DEFAULT_DATABASE_DIRECTORY);
    }

    /** The settings that decide which database files and lines clamd loads. */
    public LoadOptions loadOptions() {
        return loadOptions(config);
    }

    /** The load settings of a clamd configuration. */
    public static LoadOptions loadOptions(ClamConfig config) {
        return new LoadOptions(LoadOptions.CLAMAV_1_4_6_LEVEL, on(config, "DetectPUA"),
                on(config, "PhishingSignatures"), on(config, "PhishingScanURLs"), on(config, "Bytecode"),
                on(config, "BytecodeUnsigned"), on(config, "OfficialDatabaseOnly"));
    }

    /** Whether a reload builds the new engine beside the old one (the default) or frees the old one first. */
    public boolean concurrentReload() {
        return on(config, "ConcurrentDatabaseReload");
    }

    /**
     * The memory and load time its database needs; for the official databases when the directory
     * was not there to read ({@link EngineEstimate#mixAssumed()} is then true).
     */
    public EngineEstimate estimate() {
        return database == null ? EngineModel.calibrated().official() : EngineModel.calibrated().estimate(database);
    }

    private static boolean on(ClamConfig config, String option) {
        return config.value(option).map(ClamValue::enabled).orElse(false);
    }
}
