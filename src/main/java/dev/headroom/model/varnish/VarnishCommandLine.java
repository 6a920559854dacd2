package dev.headroom.model.varnish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code varnishd}'s command line says about memory and where it listens (varnishd(1),
 * Varnish 7.1, checked against the installed man page): {@code -s [name=]kind[,options]},
 * repeatable; without any {@code -s}, {@code -s default,100m}; {@code Transient} unbound
 * unless named; {@code -l} the shared-memory log ({@code vsl_space}, 80M by default); {@code -a}
 * the listening addresses. Options may be glued to their letter ({@code -smalloc,1G}).
 *
 * @param storages  the storages, in order
 * @param listens   the {@code -a} arguments
 * @param vslBytes  the shared-memory log
 * @param transientBounded whether a {@code Transient} storage with a size was named
 */
public record VarnishCommandLine(List<Storage> storages, List<String> listens, long vslBytes,
        boolean transientBounded) {

    /** varnishd(1): "If no -s options are given, the default is -s default,100m". */
    static final long DEFAULT_STORAGE = 100L << 20;
    /** vsl_space's default. */
    static final long DEFAULT_VSL = 80L << 20;

    /**
     * One {@code -s}.
     *
     * @param name     the storage's name ({@code s0}, {@code Transient}, ...)
     * @param kind     malloc, file, default, umem, persistent, deprecated_persistent
     * @param bytes    its size in bytes; -1 when unbounded or not a size
     * @param inMemory whether it lives in process memory (malloc, default, umem), not in a file
     * @param argument the argument as written
     */
    public record Storage(String name, String kind, long bytes, boolean inMemory, String argument) {
    }

    /** The words after the executable, as systemd split them. */
    public static VarnishCommandLine parse(List<String> argv) {
        List<Storage> storages = new ArrayList<>();
        List<String> listens = new ArrayList<>();
        long vsl = DEFAULT_VSL;
        boolean transientBounded = false;
        for (int i = 1; i < argv.size(); i++) {
            String w = argv.get(i);
            if (w.length() < 2 || w.charAt(0) != '-' || "salp".indexOf(w.charAt(1)) < 0) {
                continue;
            }
            char opt = w.charAt(1);
            String arg = w.length() > 2 ? w.substring(2) : i + 1 < argv.size() ? argv.get(++i) : null;
            if (arg == null) {
                break;
            }
            switch (opt) {
                case 's' -> {
                    Storage s = storage(arg, storages.size());
                    storages.add(s);
                    transientBounded |= s.name().equals("Transient") && s.bytes() >= 0;
                }
                case 'a' -> listens.add(arg);
                case 'l' -> vsl = size(arg, vsl);
                case 'p' -> {
                    if (arg.startsWith("vsl_space=")) {
                        vsl = size(arg.substring("vsl_space=".length()), vsl);
                    }
                }
                default -> {
                }
            }
        }
        if (storages.stream().noneMatch(s -> !s.name().equals("Transient"))) {
            storages.add(0, new Storage("s0", "default", DEFAULT_STORAGE, true, "default,100m (no -s)"));
        }
        return new VarnishCommandLine(List.copyOf(storages), List.copyOf(listens), vsl, transientBounded);
    }

    /** The storages' memory: every in-memory storage with a size (Transient unbound is not counted). */
    public long storageBytes() {
        return storages.stream().filter(s -> s.inMemory() && s.bytes() > 0).mapToLong(Storage::bytes).sum();
    }

    /** The TCP ports it listens on ({@code :6081}, {@code 127.0.0.1:80}, {@code [::1]:8080}); 80 when none is given. */
    public List<Integer> ports() {
        List<Integer> out = new ArrayList<>();
        for (String a : listens) {
            String addr = a.split(",", 2)[0];
            int colon = addr.lastIndexOf(':');
            if (colon >= 0) {
                try {
                    out.add(Integer.parseInt(addr.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    // a service name (http) or a socket path: not a number
                }
            }
        }
        if (listens.isEmpty()) {
            out.add(80);
        }
        return out;
    }

    private static Storage storage(String arg, int index) {
        String name = "s" + index;
        String spec = arg;
        int eq = arg.indexOf('=');
        int comma = arg.indexOf(',');
        if (eq > 0 && (comma < 0 || eq < comma)) {
            name = arg.substring(0, eq);
            spec = arg.substring(eq + 1);
        }
        String[] parts = spec.split(",");
        String kind = parts[0].toLowerCase(Locale.ROOT);
        boolean memory = kind.equals("malloc") || kind.equals("default") || kind.equals("umem");
        long bytes = -1;
        if (memory && parts.length > 1) {
            bytes = size(parts[1], -1);
        } else if (!memory && parts.length > 2) {
            bytes = size(parts[2], -1);
        }
        return new Storage(name, kind, bytes, memory, arg);
    }

    /** varnishd's sizes: digits with an optional k, m, g or t (base 1024), a trailing b allowed. */
    static long size(String text, long fallback) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("b") && t.length() > 1) {
            t = t.substring(0, t.length() - 1);
        }
        long mult = 1;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> mult = 1L << 10;
                case 'm' -> mult = 1L << 20;
                case 'g' -> mult = 1L << 30;
                case 't' -> mult = 1L << 40;
                default -> mult = 1;
            }
            if (mult != 1) {
                t = t.substring(0, t.length() - 1);
            }
        }
        try {
            double v = Double.parseDouble(t);
            return v < 0 ? fallback : (long) (v * mult);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
