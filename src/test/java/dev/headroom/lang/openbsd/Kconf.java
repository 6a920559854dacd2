package dev.headroom.lang.openbsd;

import dev.headroom.source.SourceFile;

/** Parses text as a kernel configuration file named {@code GENERIC}. */
final class Kconf {

    private Kconf() {
    }

    static KconfFile parse(String text) {
        return KconfSyntax.parse(new SourceFile("/sys/arch/i386/conf/GENERIC", "sys/arch/i386/conf/GENERIC", text));
    }
}
