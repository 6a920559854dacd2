package dev.headroom.model.clamav.db;

import java.util.List;

/**
 * The attribute field of a logical signature ({@code .ldb}) or a password entry ({@code .pwdb}),
 * {@code Engine:51-255,Target:1,...}, as far as it decides whether the line loads:
 * {@code lsigattribs} and {@code init_tdb} in {@code libclamav/readdb.c} (Cisco-Talos/clamav
 * rel/1.4 e8b337754d18). File type names ({@code Container:CL_TYPE_ZIP}) are taken as known;
 * ClamAV skips a line naming an unknown one.
 */
final class TargetDescription {

    /** {@code CLI_MTARGETS}: targets 0 to 14. */
    static final long TARGETS = 15;
    private static final long TARGET_PE = 1;
    private static final long TARGET_ELF = 6;
    private static final long TARGET_MACHO = 9;
    private static final List<String> RANGES = List.of("Engine", "FileSize", "EntryPoint", "NumberOfSections");
    private static final List<String> STRINGS = List.of("IconGroup1", "IconGroup2");
    private static final List<String> FILE_TYPES = List.of("Container", "HandlerType", "Intermediates");

    private TargetDescription() {
    }

    /** What the line comes to: loaded, skipped (not an error), or malformed (the whole load fails). */
    static LineOutcome judge(String attributes, long level) {
        Long target = null;
        long[] engine = null;
        boolean icon = false;
        boolean entryPoint = false;
        boolean newExtension = false;
        List<String> tokens = CText.tokenize(attributes, ',', 10);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            int colon = t.indexOf(':');
            if (colon < 0) {
                return LineOutcome.malformed("Incorrect format of attribute '" + t + "'");
            }
            String name = t.substring(0, colon);
            String value = t.substring(colon + 1);
            boolean known = name.equals("Target") || RANGES.contains(name) || STRINGS.contains(name)
                    || FILE_TYPES.contains(name);
            if (!known) {
                return LineOutcome.skipped("unknown attribute " + name);
            }
            if (name.equals("Engine")) {
                if (i != 0) {
                    return LineOutcome.malformed("the Engine attribute must be on the first position");
                }
            } else if (!name.equals("Target")) {
                newExtension = true;
            }
            if (name.equals("Target")) {
                if (!CText.isNumber(value)) {
                    return LineOutcome.malformed("Invalid argument for Target");
                }
                target = CText.atoiUnsigned(value);
            } else if (RANGES.contains(name)) {
                int dash = value.indexOf('-');
                if (dash < 0) {
                    return LineOutcome.malformed("Incorrect parameters in '" + name + "'");
                }
                String lo = value.substring(0, dash);
                String hi = value.substring(dash + 1);
                if (!CText.isNumber(lo) || !CText.isNumber(hi)) {
                    return LineOutcome.malformed("Invalid argument for " + name);
                }
                if (name.equals("Engine")) {
                    engine = new long[] {CText.atoiUnsigned(lo), CText.atoiUnsigned(hi)};
                } else if (!name.equals("FileSize")) {
                    entryPoint = true;
                }
            } else if (STRINGS.contains(name)) {
                icon = true;
            }
        }
        if (newExtension && (engine == null || engine[0] < 51)) {
            return LineOutcome.malformed("signatures using new attributes must have Engine with a minimum of at least 51");
        }
        if (engine != null && (engine[0] > level || engine[1] < level)) {
            return LineOutcome.skipped("functionality level " + engine[0] + "-" + engine[1]);
        }
        if (target == null) {
            return LineOutcome.malformed("No target specified in TDB");
        }
        if (target >= TARGETS) {
            return LineOutcome.skipped("target " + target);
        }
        if (icon && target != TARGET_PE) {
            return LineOutcome.malformed("IconGroup is only supported in PE (target 1) signatures");
        }
        if (entryPoint && target != TARGET_PE && target != TARGET_ELF && target != TARGET_MACHO) {
            return LineOutcome.malformed("EntryPoint/NumberOfSections is only supported in PE/ELF/Mach-O signatures");
        }
        return LineOutcome.LOADED;
    }
}
