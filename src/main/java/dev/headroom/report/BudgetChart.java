package dev.headroom.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.headroom.budget.Budget;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.budget.ServiceMemory;
import dev.headroom.model.Sizes;

/**
 * The budget as a stacked bar per scenario, read at a glance: each service its own segment
 * (its own colour on a terminal, its own glyph otherwise), a {@code │} where RAM less the
 * reserve ends and a {@code ┃} at RAM, and how far over the line a scenario goes.
 */
final class BudgetChart {

    static final int WIDTH = 56;
    /** Glyphs for services when there is no colour, most distinct first. */
    private static final String GLYPHS = "█▓▒░#=+*%@&~";

    private BudgetChart() {
    }

    /** The glyph (or coloured block) of the i-th service. */
    static String glyph(Style style, int i) {
        return style.colored() ? style.palette(i, "█") : String.valueOf(GLYPHS.charAt(Math.floorMod(i, GLYPHS.length())));
    }

    static String draw(Budget b, Style style) {
        long scale = Math.max(b.ram(), b.usable());
        for (ScenarioTotal t : b.scenarios()) {
            scale = Math.max(scale, t.total());
        }
        int usableAt = column(b.usable(), scale);
        int ramAt = column(b.ram(), scale);
        List<String> names = b.services().stream().map(ServiceMemory::name).toList();
        StringBuilder out = new StringBuilder();
        for (ScenarioTotal t : b.scenarios()) {
            out.append(String.format(Locale.ROOT, "%-17s ", t.scenario().label()));
            // cumulative boundaries, so rounding never loses or adds a column
            long sum = 0;
            int drawn = 0;
            StringBuilder bar = new StringBuilder();
            List<String> cells = new ArrayList<>();
            for (Map.Entry<String, Long> e : t.parts().entrySet()) {
                sum += e.getValue();
                int end = column(sum, scale);
                String g = glyph(style, names.indexOf(e.getKey()));
                for (; drawn < end; drawn++) {
                    cells.add(g);
                }
            }
            for (int c = 0; c < Math.max(WIDTH, Math.max(ramAt, usableAt) + 1); c++) {
                String cell = c < cells.size() ? cells.get(c) : " ";
                if (c == usableAt && c >= cells.size()) {
                    cell = "│";
                } else if (c == ramAt && c >= cells.size()) {
                    cell = "┃";
                } else if (c >= usableAt && c < cells.size()) {
                    cell = style.colored() ? style.alarm("█") : "!";
                }
                bar.append(cell);
            }
            out.append(bar).append(' ').append(String.format(Locale.ROOT, "%9s", Sizes.human(t.total())));
            long room = b.usable() - t.total();
            out.append("  ").append(room >= 0 ? style.dim(Sizes.human(room) + " left")
                    : style.alarm(Sizes.human(-room) + " over")).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%-17s ", ""));
        StringBuilder axis = new StringBuilder(" ".repeat(Math.max(WIDTH, Math.max(ramAt, usableAt) + 1)));
        if (usableAt < axis.length()) {
            axis.setCharAt(usableAt, '│');
        }
        if (ramAt < axis.length()) {
            axis.setCharAt(ramAt, '┃');
        }
        out.append(axis.toString().stripTrailing()).append('\n');
        out.append(String.format(Locale.ROOT, "%-17s ", "")).append(style.dim("│ " + Sizes.human(b.usable())
                + " for services (RAM less " + Sizes.human(b.reserve()) + " reserve"
                + (b.swapCounted() && b.swap() != null && b.swap() > 0 ? ", plus swap" : "") + ")   ┃ " + Sizes.human(b.ram())
                + " RAM" + (style.colored() ? "" : "   ! over the line"))).append('\n');
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            legend.append(i == 0 ? "" : "  ").append(glyph(style, i)).append(' ').append(names.get(i));
        }
        out.append(String.format(Locale.ROOT, "%-17s ", "")).append(legend).append('\n');
        return out.toString();
    }

    /** The column where a byte count ends, on a bar of WIDTH columns for {@code scale} bytes. */
    static int column(long bytes, long scale) {
        return (int) Math.round((double) bytes * WIDTH / scale);
    }
}
