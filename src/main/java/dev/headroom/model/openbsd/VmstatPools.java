package dev.headroom.model.openbsd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Memory resource pool statistics" part of a saved {@code vmstat -m}: one {@link Pool} per
 * row and the totals line. The malloc statistics that come before it are skipped.
 *
 * <p>vmstat prints each row with {@code PRWORD}, which lets a wide value push the columns to its
 * right, so rows are split on blanks, never cut at columns. Each field after the name starts with
 * a space ({@code " %*lu"}), so a long name never runs into the size. A row that is not twelve
 * fields of the right kind is a problem and left out. Only pools that were ever used are shown
 * unless {@code vmstat -mv}.
 */
public final class VmstatPools {

    private static final Pattern HEADER = Pattern.compile(
            "[ \t]*Name[ \t]+Size[ \t]+Requests[ \t]+Fail[ \t]+(Releases|InUse)[ \t]+Pgreq[ \t]+Pgrel[ \t]+Npage"
                    + "[ \t]+Hiwat[ \t]+Minpg[ \t]+Maxpg[ \t]+Idle[ \t]*");
    private static final Pattern TOTALS = Pattern.compile(
            "[ \t]*In use (-?[0-9]+)K, total allocated (-?[0-9]+)K; utilization (-?[0-9]+(?:\\.[0-9]+)?|-?nan|-?inf)%[ \t]*");
    private static final String HEADING = "Memory resource pool statistics";
    private static final String[] COLUMNS = {"Name", "Size", "Requests", "Fail", "Releases", "Pgreq", "Pgrel",
        "Npage", "Hiwat", "Minpg", "Maxpg", "Idle"};

    private final List<Pool> pools;
    private final PoolTotals totals;
    private final List<OutputProblem> problems;

    private VmstatPools(List<Pool> pools, PoolTotals totals, List<OutputProblem> problems) {
        this.pools = pools;
        this.totals = totals;
        this.problems = problems;
    }

    /** Whether the text holds the pool statistics header of {@code vmstat -m}, either version. */
    public static boolean recognises(String text) {
        for (String line : OutputText.lines(text)) {
            if (HEADER.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Reads every pool table in the text; never throws. */
    public static VmstatPools read(String text) {
        List<Pool> pools = new ArrayList<>();
        List<OutputProblem> problems = new ArrayList<>();
        PoolTotals totals = null;
        Boolean inUseColumn = null;
        boolean anyHeader = false;
        List<String> lines = OutputText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                inUseColumn = header.group(1).equals("InUse");
                anyHeader = true;
                continue;
            }
            if (inUseColumn == null || line.isBlank() || line.strip().equals(HEADING)) {
                continue;
            }
            Matcher total = TOTALS.matcher(line);
            if (total.matches()) {
                totals = totals(total, number, problems);
                inUseColumn = null;
                continue;
            }
            Pool pool = row(line, number, inUseColumn, problems);
            if (pool != null) {
                pools.add(pool);
            }
        }
        if (!anyHeader) {
            problems.add(new OutputProblem(1, "no pool statistics: the header line 'Name Size Requests Fail"
                    + " Releases Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle' of vmstat -m is missing"));
        }
        return new VmstatPools(List.copyOf(pools), totals, List.copyOf(problems));
    }

    private static Pool row(String line, int number, boolean inUseColumn, List<OutputProblem> problems) {
        List<String> f = OutputText.fields(line);
        if (f.size() != COLUMNS.length) {
            problems.add(new OutputProblem(number, "a pool row has " + COLUMNS.length + " fields (Name Size"
                    + " Requests Fail Releases Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle), this line has " + f.size()));
            return null;
        }
        long[] v = new long[COLUMNS.length];
        Long maxpg = null;
        for (int c = 1; c < COLUMNS.length; c++) {
            String s = f.get(c);
            if (c == 10 && s.equals("inf")) {
                continue;
            }
            Long n = OutputText.count(s);
            if (n == null) {
                problems.add(new OutputProblem(number, "pool " + f.get(0) + ": " + COLUMNS[c] + " '" + s + "' is "
                        + (OutputText.isCount(s) ? "too large" : "not a number")
                        + (c == 10 ? " nor 'inf'" : "")));
                return null;
            }
            v[c] = n;
            if (c == 10) {
                maxpg = n;
            }
        }
        return new Pool(f.get(0), v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], maxpg, v[11], number,
                inUseColumn);
    }

    private static PoolTotals totals(Matcher m, int number, List<OutputProblem> problems) {
        Long inUse = OutputText.count(m.group(1));
        Long allocated = OutputText.count(m.group(2));
        if (inUse == null || allocated == null) {
            problems.add(new OutputProblem(number, "the totals line holds a number too large"));
            return null;
        }
        // %.1f of 100 * inuse / total: nan or inf when nothing is allocated.
        Double utilization = null;
        if (Character.isDigit(m.group(3).charAt(m.group(3).length() - 1))) {
            double u = Double.parseDouble(m.group(3));
            utilization = Double.isInfinite(u) ? null : u;
        }
        return new PoolTotals(inUse, allocated, utilization, number);
    }

    /** The pools in output order. */
    public List<Pool> pools() {
        return pools;
    }

    /** The first pool of that name ({@code mclpl}, {@code mbpl}). */
    public Optional<Pool> pool(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The totals line; null when the output has none (cut short). */
    public PoolTotals totals() {
        return totals;
    }

    /** Rows and lines that could not be read, in output order. */
    public List<OutputProblem> problems() {
        return problems;
    }
}
