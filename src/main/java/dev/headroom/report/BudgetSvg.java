package dev.headroom.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.headroom.budget.Budget;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.budget.ServiceMemory;
import dev.headroom.model.Sizes;

/** The budget chart as a standalone SVG: the same stacked bars, the line at RAM less the reserve, a legend. */
public final class BudgetSvg {

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#b07aa1", "#76b7b2", "#59a14f", "#edc948",
        "#9c755f", "#bab0ac", "#e15759", "#ff9da7", "#86bcb6", "#d37295"};
    private static final int LABEL = 140;
    private static final int BAR = 520;
    private static final int ROW = 34;
    private static final int TOP = 48;

    private final Budget budget;

    public BudgetSvg(Budget budget) {
        this.budget = budget;
    }

    public String svg() {
        Budget b = budget;
        long scale = Math.max(b.ram(), b.usable());
        for (ScenarioTotal t : b.scenarios()) {
            scale = Math.max(scale, t.total());
        }
        List<String> names = b.services().stream().map(ServiceMemory::name).toList();
        int rows = b.scenarios().size();
        int legendTop = TOP + rows * ROW + 36;
        int height = legendTop + 22 * ((names.size() + 2) / 3) + 16;
        int width = LABEL + BAR + 170;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append(text(10, 24, "Memory budget: " + Sizes.human(b.ram()) + " RAM, " + Sizes.human(b.usable())
                + " for services after a " + Sizes.human(b.reserve()) + " reserve", "font-weight=\"bold\""));
        for (int i = 0; i < rows; i++) {
            ScenarioTotal t = b.scenarios().get(i);
            int y = TOP + i * ROW;
            s.append(text(10, y + 17, t.scenario().label(), ""));
            double x = LABEL;
            for (Map.Entry<String, Long> e : t.parts().entrySet()) {
                double w = (double) e.getValue() * BAR / scale;
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"24\" fill=\"%s\"><title>%s: %s</title></rect>\n",
                        x, y, w, COLOURS[names.indexOf(e.getKey()) % COLOURS.length], escape(e.getKey()),
                        Sizes.human(e.getValue())));
                x += w;
            }
            long room = b.usable() - t.total();
            s.append(text(LABEL + BAR + 10, y + 17, Sizes.human(t.total()) + (room >= 0 ? "  " + Sizes.human(room)
                    + " left" : "  " + Sizes.human(-room) + " over"), room >= 0 ? "" : "fill=\"#c00000\""));
        }
        double usableX = LABEL + (double) b.usable() * BAR / scale;
        double ramX = LABEL + (double) b.ram() * BAR / scale;
        int bottom = TOP + rows * ROW;
        s.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#c00000\" "
                + "stroke-width=\"2\" stroke-dasharray=\"5,3\"/>\n", usableX, TOP - 6, usableX, bottom));
        s.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#000000\" "
                + "stroke-width=\"2\"/>\n", ramX, TOP - 6, ramX, bottom));
        s.append(text((int) usableX - 60, bottom + 16, "RAM − reserve", "fill=\"#c00000\" font-size=\"11\""));
        s.append(text((int) ramX + 4, bottom + 16, "RAM", "font-size=\"11\""));
        for (int i = 0; i < names.size(); i++) {
            int x = 10 + (i % 3) * 260;
            int y = legendTop + (i / 3) * 22;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>\n",
                    x, y, COLOURS[i % COLOURS.length]));
            s.append(text(x + 20, y + 12, names.get(i), ""));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String text(int x, int y, String t, String attrs) {
        return "<text x=\"" + x + "\" y=\"" + y + "\"" + (attrs.isEmpty() ? "" : " " + attrs) + ">" + escape(t)
                + "</text>\n";
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
