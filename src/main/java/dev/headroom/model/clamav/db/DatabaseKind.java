package dev.headroom.model.clamav.db;

/**
 * The database files libclamav loads from a directory, by extension: {@code CLI_DBEXT} in
 * {@code libclamav/readdb.h} (YARA compiled in, as in every 1.x build), and the loader
 * {@code cli_load} in {@code libclamav/readdb.c} picks for each (Cisco-Talos/clamav rel/1.4
 * e8b337754d18). The extension is matched at the end of the name, ASCII case ignored
 * ({@code cli_strbcasestr}); {@code .info} is not in the list: it is read only inside containers.
 */
public enum DatabaseKind {
    DB(".db", Format.DB, false),
    HDB(".hdb", Format.HASH, false),
    HDU(".hdu", Format.HASH, true),
    FP(".fp", Format.HASH, false),
    MDB(".mdb", Format.SECTION_HASH, false),
    MDU(".mdu", Format.SECTION_HASH, true),
    HSB(".hsb", Format.HASH, false),
    HSU(".hsu", Format.HASH, true),
    SFP(".sfp", Format.HASH, false),
    MSB(".msb", Format.SECTION_HASH, false),
    MSU(".msu", Format.SECTION_HASH, true),
    NDB(".ndb", Format.NDB, false),
    NDU(".ndu", Format.NDB, true),
    LDB(".ldb", Format.LDB, false),
    LDU(".ldu", Format.LDB, true),
    SDB(".sdb", Format.NDB, false),
    ZMD(".zmd", Format.ARCHIVE_METADATA, false),
    RMD(".rmd", Format.ARCHIVE_METADATA, false),
    PDB(".pdb", Format.PHISHING_DOMAINS, false),
    GDB(".gdb", Format.PHISHING_DOMAINS, false),
    WDB(".wdb", Format.PHISHING_ALLOW, false),
    CBC(".cbc", Format.BYTECODE, false),
    FTM(".ftm", Format.FILE_TYPES, false),
    CFG(".cfg", Format.ENGINE_CONFIG, false),
    CVD(".cvd", Format.CONTAINER, false),
    CLD(".cld", Format.CONTAINER, false),
    CUD(".cud", Format.CONTAINER, false),
    CDB(".cdb", Format.CONTAINER_METADATA, false),
    CAT(".cat", Format.CATALOG, false),
    CRB(".crb", Format.CERTIFICATES, false),
    IDB(".idb", Format.ICONS, false),
    IOC(".ioc", Format.OPENIOC, false),
    YAR(".yar", Format.YARA, false),
    YARA(".yara", Format.YARA, false),
    PWDB(".pwdb", Format.PASSWORDS, false),
    IGN(".ign", Format.IGNORE, false),
    IGN2(".ign2", Format.IGNORE, false),
    IMP(".imp", Format.IMPORT_HASH, false);

    /** How the file is read, one value per libclamav loader. */
    public enum Format {
        /** A 512-byte header and a (gzip'd) tar; {@code cli_cvdload}. */
        CONTAINER,
        /** {@code Name=HexSignature}; {@code cli_loaddb}. */
        DB,
        /** {@code Hash:Size:Name[:MinFL[:MaxFL]]}; {@code cli_loadhash} MD5_HDB and MD5_FP. */
        HASH,
        /** {@code Size:Hash:Name[:MinFL[:MaxFL]]}; {@code cli_loadhash} MD5_MDB. */
        SECTION_HASH,
        /** {@code Hash:Size:Name[...]}, size may be {@code *} without a level; MD5_IMP. */
        IMPORT_HASH,
        /** {@code Name:Target:Offset:Hex[:MinFL[:MaxFL]]}; {@code cli_loadndb}. */
        NDB,
        /** {@code Name;Attributes;Logic;Subsig...}; {@code cli_loadldb}. */
        LDB,
        /** Compiled bytecode; {@code cli_loadcbc}. */
        BYTECODE,
        /** Nine {@code :} fields; {@code cli_loadmd} (zip/rar metadata). */
        ARCHIVE_METADATA,
        /** Ten to twelve {@code :} fields; {@code cli_loadcdb}. */
        CONTAINER_METADATA,
        /** Phishing domain list, {@code R}/{@code H}/{@code S} lines; {@code load_regex_matcher}. */
        PHISHING_DOMAINS,
        /** Phishing allow list, {@code X}/{@code Y}/{@code M}/{@code S} lines; counts no signature. */
        PHISHING_ALLOW,
        /** File type magic; {@code cli_loadftm}; counts no signature. */
        FILE_TYPES,
        /** Engine switches ({@code PE:0x...}); {@code cli_dconf_load}; counts no signature. */
        ENGINE_CONFIG,
        /** A signed Windows catalog (binary); {@code cli_loadmscat}; counts no signature. */
        CATALOG,
        /** Trusted and blocked certificates; {@code cli_loadcrt}; counts no signature. */
        CERTIFICATES,
        /** Icon fuzzy hashes; {@code cli_loadidb}. */
        ICONS,
        /** OpenIOC XML; {@code cli_loadopenioc}; counts no signature. */
        OPENIOC,
        /** YARA rules; {@code cli_loadyara}. */
        YARA,
        /** Archive passwords; {@code cli_loadpwdb}; counts no signature. */
        PASSWORDS,
        /** Names of signatures not to load; {@code cli_loadign}; counts no signature. */
        IGNORE
    }

    private final String extension;
    private final Format format;
    private final boolean pua;

    DatabaseKind(String extension, Format format, boolean pua) {
        this.extension = extension;
        this.format = format;
        this.pua = pua;
    }

    public String extension() {
        return extension;
    }

    public Format format() {
        return format;
    }

    /** A "PUA" database ({@code .hdu}, {@code .ndu}, ...): loaded only with DetectPUA. */
    public boolean pua() {
        return pua;
    }

    public boolean isContainer() {
        return format == Format.CONTAINER;
    }

    /** The kind of a file name, or null when libclamav does not load such a file from a directory. */
    public static DatabaseKind of(String fileName) {
        for (DatabaseKind k : values()) {
            if (CText.endsWithIgnoreCase(fileName, k.extension)) {
                return k;
            }
        }
        return null;
    }
}
