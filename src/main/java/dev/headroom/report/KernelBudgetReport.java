package dev.headroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.headroom.model.Sizes;
import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelMemory;
import dev.headroom.model.openbsd.Knob;
import dev.headroom.model.openbsd.Reservation;

/**
 * The second budget (DESIGN.md §3): each OpenBSD kernel configuration's reservations of kernel
 * virtual memory — mb_map, kmem_map, the buffer cache — against the window the architecture
 * and release leave, each figure with its arithmetic.
 */
public final class KernelBudgetReport {

    /** One kernel configuration and its budget. */
    public record Entry(KernelConfig config, KernelMemory memory) {
    }

    private final List<Entry> entries;

    public KernelBudgetReport(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Whether every kernel fits its window (an unknown answer does not count as a failure). */
    public boolean fits() {
        return entries.stream().noneMatch(e -> Boolean.FALSE.equals(e.memory().fits()));
    }

    public String text(Style style) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            KernelMemory m = e.memory();
            out.append(style.bold("Kernel memory: " + e.config().display())).append(" (OpenBSD")
                    .append(m.release() != null && m.release().known() ? " " + m.release() : ", release unknown")
                    .append(m.arch() == null ? "" : "/" + m.arch())
                    .append(m.physmem() == null ? "" : ", " + Sizes.human(m.physmem()) + " RAM").append(")\n");
            out.append(String.format(Locale.ROOT, "  %-14s %10s  %s%n", "window", size(m.window().bytes()),
                    after(m.window().basis(), ": ")));
            for (Reservation r : List.of(m.mbMap(), m.kmemMap(), m.bufferCache())) {
                if (r != null) {
                    out.append(String.format(Locale.ROOT, "  %-14s %10s  %s%n", r.what(), size(r.bytes()),
                            r.basis().startsWith(r.what() + " ") ? after(r.basis(), " = ") : r.basis()));
                }
            }
            String verdict;
            if (m.fits() == null) {
                verdict = m.window().bytes() == null ? "the window is not known" : "not every piece is known";
            } else if (m.fits()) {
                verdict = "fits, " + Sizes.human(m.window().bytes() - m.total()) + " to spare";
            } else {
                verdict = style.alarm("does not fit: " + Sizes.human(m.total() - m.window().bytes()) + " over");
            }
            out.append(String.format(Locale.ROOT, "  %-14s %10s  %s%n", "= reserved", Sizes.human(m.total()), verdict));
            Knob k = m.maxKmapent();
            if (k != null) {
                String basis = k.basis().startsWith("MAX_KMAPENT " + k.value() + " ")
                        ? k.basis().substring(("MAX_KMAPENT " + k.value() + " ").length()) : k.basis();
                out.append(String.format(Locale.ROOT, "  %-14s %10s  %s%n", "MAX_KMAPENT",
                        k.value() == null ? "?" : k.value(), basis));
            }
            for (String n : m.notes()) {
                out.append("  note: ").append(n).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The {@code kernels} array of {@code budget -f json}: bytes, with the arithmetic as text. */
    public List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : entries) {
            KernelMemory m = e.memory();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", e.config().display());
            o.put("release", m.release() != null && m.release().known() ? m.release().toString() : null);
            o.put("arch", m.arch());
            o.put("window", m.window().bytes());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (Reservation r : List.of(m.mbMap(), m.kmemMap(), m.bufferCache())) {
                if (r != null) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("name", r.what());
                    p.put("bytes", r.bytes());
                    p.put("basis", r.basis());
                    parts.add(p);
                }
            }
            o.put("reservations", parts);
            o.put("total", m.total());
            o.put("fits", m.fits());
            o.put("notes", m.notes());
            out.add(o);
        }
        return out;
    }

    /** The arithmetic after its figure: "512 MiB: i386 before 3.2" → "i386 before 3.2". */
    private static String after(String basis, String sep) {
        int i = basis.indexOf(sep);
        return i < 0 ? basis : basis.substring(i + sep.length());
    }

    private static String size(Long bytes) {
        return bytes == null ? "?" : Sizes.human(bytes);
    }
}
