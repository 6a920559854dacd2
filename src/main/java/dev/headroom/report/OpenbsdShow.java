package dev.headroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelOption;
import dev.headroom.model.openbsd.OpenbsdKernel;

/**
 * {@code show} for OpenBSD kernel configurations: each one a service of kind
 * {@code openbsd-kernel} (DESIGN.md §2) with {@code machine}, {@code maxusers} and every option
 * config(8) ends up with, its value (a number where config(8) reads one) and its origin.
 */
final class OpenbsdShow {

    private final OpenbsdKernel kernel;

    OpenbsdShow(OpenbsdKernel kernel) {
        this.kernel = kernel;
    }

    List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        if (kernel == null) {
            return out;
        }
        for (KernelConfig k : kernel.kernels()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", k.display());
            s.put("kind", "openbsd-kernel");
            s.put("machine", k.machine());
            s.put("maxusers", k.maxusers());
            Map<String, Object> settings = new LinkedHashMap<>();
            for (KernelOption o : k.options().values()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", o.number() != null ? o.number() : o.valueText());
                m.put("origin", o.origin().toString());
                settings.put(o.name(), m);
            }
            s.put("settings", settings);
            out.add(s);
        }
        return out;
    }

    void text(StringBuilder out, Style style) {
        if (kernel == null) {
            return;
        }
        for (KernelConfig k : kernel.kernels()) {
            out.append(style.bold(k.display())).append("  OpenBSD kernel configuration")
                    .append(k.machine() == null ? "" : ", machine " + k.machine())
                    .append(k.maxusers() == null ? "" : ", maxusers " + k.maxusers())
                    .append(", ").append(k.files().size()).append(k.files().size() == 1 ? " file\n" : " files\n");
            for (KernelOption o : k.options().values()) {
                String v = o.number() != null ? String.valueOf(o.number()) : o.valueText() == null ? "(set)" : o.valueText();
                out.append(String.format("  %-26s %10s  %s%n", o.name(), v, style.dim(o.origin().toString())));
            }
        }
    }

    boolean isEmpty() {
        return kernel == null || kernel.kernels().isEmpty();
    }
}
