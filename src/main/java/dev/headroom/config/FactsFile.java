package dev.headroom.config;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;

/**
 * A facts file (DESIGN.md §5), e.g. {@code examples/tarragon/host.ini}:
 * {@code [host] ram = 3.75G, swap = 0, cpus = 1} and {@code [measured] clamd = 800M,
 * httpd.child = 375M}: {@code NAME = SIZE} is a whole service (all its processes, as {@code top} or
 * smaps_rollup add them up), {@code NAME.child = SIZE} one worker process of it; entries keep
 * the file's order; {@code [openbsd] release = 3.1, arch = i386, peers = 2} describe the machine
 * an OpenBSD kernel configuration is for ({@link FactsOpenbsd}). An unknown key or a value that is not a size is an error with its place:
 * a facts file is small and written by hand, so a typo must not silently drop a fact.
 */
public final class FactsFile {

    private FactsFile() {
    }

    public static HostFacts parse(String display, String text) throws IniFile.IniException {
        IniFile ini = IniFile.parse(display, text);
        for (String s : ini.sectionNames()) {
            if (!s.equals("host") && !s.equals("measured") && !s.equals("openbsd")) {
                throw new IniFile.IniException(ini.where(s, null) + ": error: unknown section [" + s
                        + "] (a facts file has [host], [measured] and [openbsd])");
            }
        }
        Map<String, String> host = ini.section("host");
        for (String k : host.keySet()) {
            if (!k.equals("ram") && !k.equals("swap") && !k.equals("cpus")) {
                throw new IniFile.IniException(ini.where("host", k) + ": error: unknown key '" + k
                        + "' in [host] (ram, swap, cpus)");
            }
        }
        Long ram = size(ini, "host", "ram");
        Long swap = size(ini, "host", "swap");
        Integer cpus = null;
        if (host.containsKey("cpus")) {
            try {
                cpus = Integer.valueOf(host.get("cpus"));
            } catch (NumberFormatException e) {
                cpus = -1;
            }
            if (cpus < 1) {
                throw new IniFile.IniException(ini.where("host", "cpus") + ": error: cpus = '" + host.get("cpus")
                        + "' is not a positive whole number");
            }
        }
        Map<String, Long> measured = new LinkedHashMap<>();
        for (String k : ini.section("measured").keySet()) {
            measured.put(k, size(ini, "measured", k));
        }
        return new HostFacts(ram, swap, cpus, measured, display, null, FactsOpenbsd.read(ini));
    }

    private static Long size(IniFile ini, String section, String key) throws IniFile.IniException {
        String v = ini.section(section).get(key);
        if (v == null) {
            return null;
        }
        Long bytes = Sizes.parse(v);
        if (bytes == null) {
            throw new IniFile.IniException(ini.where(section, key) + ": error: " + key + " = '" + v
                    + "' is not a size (512M, 3.75G, 1536K or bytes)");
        }
        return bytes;
    }
}
