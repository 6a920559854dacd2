package dev.headroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

import dev.headroom.budget.Budget;
import dev.headroom.budget.Moment;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.budget.ServiceMemory;
import dev.headroom.model.Sizes;

/** {@code budget}: the table per service, the table per scenario and the chart; or DESIGN.md's JSON. */
public final class BudgetReport {

    private final Budget budget;

    public BudgetReport(Budget budget) {
        this.budget = budget;
    }

    public String text(Style style) {
        Budget b = budget;
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Memory budget")).append(": ").append(Sizes.human(b.ram())).append(" RAM")
                .append(b.ramSource() == null ? "" : " (" + b.ramSource() + ")").append(" less ")
                .append(Sizes.human(b.reserve())).append(" reserve")
                .append(b.swapCounted() && b.swap() != null ? " plus " + Sizes.human(b.swap()) + " of swap" : "")
                .append(" = ").append(Sizes.human(b.usable())).append(" for services");
        if (b.swap() != null && !b.swapCounted()) {
            out.append("; swap ").append(Sizes.human(b.swap())).append(" (not counted)");
        }
        out.append("\n\n");
        int w = Math.max(16, b.services().stream().mapToInt(s -> s.name().length()).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%-" + w + "s %10s %10s  %s%n", "service", "steady", "peak",
                "peak during"));
        for (ServiceMemory s : b.services()) {
            out.append(String.format(Locale.ROOT, "%-" + w + "s %10s %10s  %s%s%n", s.name(),
                    Sizes.human(s.steady()), Sizes.human(s.peak()), moment(s.moment()),
                    s.estimated() ? style.dim("  (estimated)") : ""));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-17s %10s %10s  %s%n", "scenario", "total", "room", "biggest"));
        for (ScenarioTotal t : b.scenarios()) {
            long room = b.usable() - t.total();
            String roomText = room >= 0 ? Sizes.human(room) : "-" + Sizes.human(-room);
            String padded = String.format(Locale.ROOT, "%10s", roomText);
            out.append(String.format(Locale.ROOT, "%-17s %10s %s  %s%n", t.scenario().label(),
                    Sizes.human(t.total()), t.fits() ? padded : style.alarm(padded), biggest(t)));
        }
        out.append('\n').append(BudgetChart.draw(b, style));
        out.append('\n').append("how each figure was obtained:\n");
        for (ServiceMemory s : b.services()) {
            out.append("  ").append(s.name()).append(": ").append(style.dim(s.basis())).append('\n');
        }
        for (String n : b.notes()) {
            out.append(style.dim("note: " + n)).append('\n');
        }
        long over = b.scenarios().stream().filter(t -> !t.fits()).count();
        out.append(over == 0 ? "every scenario fits\n"
                : over + (over == 1 ? " scenario does" : " scenarios do") + " not fit\n");
        return out.toString();
    }

    /** The largest part of a scenario, e.g. "httpd 3.07 GiB (62 %)". */
    private static String biggest(ScenarioTotal t) {
        Map.Entry<String, Long> top = null;
        for (Map.Entry<String, Long> e : t.parts().entrySet()) {
            if (top == null || e.getValue() > top.getValue()) {
                top = e;
            }
        }
        if (top == null || t.total() == 0) {
            return "";
        }
        return top.getKey() + " " + Sizes.human(top.getValue())
                + String.format(Locale.ROOT, " (%d %%)", Math.round(100.0 * top.getValue() / t.total()));
    }

    static String moment(Moment m) {
        return switch (m) {
            case ALWAYS -> "-";
            case WEB -> "web peak";
            case UPDATE_TEST -> "update (test load)";
            case UPDATE_RELOAD -> "update (reload)";
        };
    }

    /** DESIGN.md §2: ram, reserve, services[] (name, steady, peak, basis), scenarios[] (name, total, fits), fits. */
    public String json() {
        return json(List.of());
    }

    /** The same, with the OpenBSD kernels' budgets ({@link KernelBudgetReport#json()}) when there are any. */
    public String json(List<Map<String, Object>> kernels) {
        Budget b = budget;
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ram", b.ram());
        root.put("reserve", b.reserve());
        root.put("usable", b.usable());
        root.put("swap", b.swap());
        root.put("swapCounted", b.swapCounted());
        root.put("ramSource", b.ramSource());
        List<Map<String, Object>> services = new ArrayList<>();
        for (ServiceMemory s : b.services()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("kind", s.kind());
            m.put("steady", s.steady());
            m.put("peak", s.peak());
            m.put("peakDuring", s.moment().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("basis", s.basis());
            m.put("estimated", s.estimated());
            services.add(m);
        }
        root.put("services", services);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ScenarioTotal t : b.scenarios()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.scenario().label());
            m.put("total", t.total());
            m.put("fits", t.fits());
            m.put("parts", t.parts());
            scenarios.add(m);
        }
        root.put("scenarios", scenarios);
        if (!kernels.isEmpty()) {
            root.put("kernels", kernels);
        }
        root.put("fits", b.fits() && kernels.stream().noneMatch(k -> Boolean.FALSE.equals(k.get("fits"))));
        root.put("notes", b.notes());
        return new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create().toJson(root)
                + "\n";
    }
}
