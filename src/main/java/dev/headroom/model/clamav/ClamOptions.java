package dev.headroom.model.clamav;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ClamAV's option catalogue, read from the resource {@code options.tsv} (generated from
 * {@code __clam_options[]}; its header names the commit): every option clamd, freshclam or
 * clamav-milter reads from its file, in table order.
 */
public final class ClamOptions {

    static final String RESOURCE = "/dev/headroom/clamav/options.tsv";

    private static volatile ClamOptions catalogue;

    private final List<ClamOption> all;
    private final Map<ClamTool, List<ClamOption>> byTool;

    private ClamOptions(List<ClamOption> all) {
        this.all = List.copyOf(all);
        Map<ClamTool, List<ClamOption>> m = new EnumMap<>(ClamTool.class);
        for (ClamTool t : ClamTool.values()) {
            List<ClamOption> l = new ArrayList<>();
            for (ClamOption o : all) {
                if (o.readBy(t)) {
                    l.add(o);
                }
            }
            m.put(t, List.copyOf(l));
        }
        this.byTool = m;
    }

    public static ClamOptions catalogue() {
        ClamOptions c = catalogue;
        if (c == null) {
            synchronized (ClamOptions.class) {
                c = catalogue;
                if (c == null) {
                    c = load();
                    catalogue = c;
                }
            }
        }
        return c;
    }

    /** Every entry, in table order. */
    public List<ClamOption> all() {
        return all;
    }

    /**
     * The entries a tool registers when it reads its file ({@code optparse()}: an owner bit of the
     * tool), in table order, command-line-only entries included.
     */
    public List<ClamOption> of(ClamTool tool) {
        return byTool.get(tool);
    }

    /**
     * The entry a line starting with {@code written} sets for this tool: the first registered
     * entry whose file name or long command-line name is exactly {@code written}
     * ({@code optget_i()}: names are case-sensitive, and a later entry with the same name, such
     * as clamav-milter's deprecated {@code TemporaryDirectory}, is never reached).
     */
    public Optional<ClamOption> find(ClamTool tool, String written) {
        for (ClamOption o : byTool.get(tool)) {
            if (o.answersTo(written)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The entry with this file name for this tool (exact case), if the tool has one. */
    public Optional<ClamOption> named(ClamTool tool, String name) {
        for (ClamOption o : byTool.get(tool)) {
            if (name.equals(o.name())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private static ClamOptions load() {
        List<ClamOption> out = new ArrayList<>();
        try (InputStream in = ClamOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(row(out.size(), l.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClamOptions(out);
    }

    private static ClamOption row(int index, String[] f) {
        if (f.length != 10) {
            throw new IllegalStateException(RESOURCE + ": row " + index + " has " + f.length + " columns");
        }
        Set<ClamTool> tools = EnumSet.noneOf(ClamTool.class);
        for (String t : f[2].split(",")) {
            tools.add(ClamTool.ofId(t));
        }
        Set<String> flags = Set.of(f[7].split(","));
        String help = text(f[9]);
        return new ClamOption(index, text(f[0]), text(f[1]), tools, ClamType.valueOf(f[3]), text(f[4]),
                Long.parseLong(f[5]), text(f[6]), flags.contains("multiple"), flags.contains("required"),
                flags.contains("hidden"), flags.contains("regcase"), f[8].equals("yes"), help == null ? "" : help);
    }

    /** A text column: {@code \N} is null; {@code \\}, {@code \t}, {@code \n} are escapes. */
    private static String text(String s) {
        if (s.equals("\\N")) {
            return null;
        }
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
