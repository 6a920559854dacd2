package dev.headroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmSettings;
import dev.headroom.model.httpd.Setting;

/** {@code show}: the values each daemon will really run with, and where each comes from. */
public final class ShowReport {

    private final List<HttpdConfig> httpd;

    public ShowReport(List<HttpdConfig> httpd) {
        this.httpd = httpd;
    }

    public String json() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (HttpdConfig c : httpd) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", c.name());
            s.put("kind", "httpd");
            s.put("config", c.mainDisplay());
            MpmSettings mpm = c.mpm();
            s.put("mpm", mpm == null ? null : mpm.mpm().label());
            if (c.mpmAssumed()) {
                s.put("mpmAssumed", true);
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            if (mpm != null) {
                for (Map.Entry<String, Setting> e : mpm.settings().entrySet()) {
                    Setting v = e.getValue();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("value", v.value());
                    m.put("origin", v.origin() == null ? "default" : v.origin().toString());
                    if (v.configured() != null) {
                        m.put("configured", v.configured());
                    }
                    if (v.adjustedBy() != null) {
                        m.put("adjustedBy", v.adjustedBy());
                    }
                    settings.put(e.getKey(), m);
                }
                Map<String, Object> limits = new LinkedHashMap<>();
                limits.put("processes", mpm.maxProcesses());
                limits.put("workers", mpm.workers());
                s.put("limits", limits);
            }
            s.put("settings", settings);
            s.put("modules", c.modules());
            s.put("files", c.files().stream().map(f -> f.display()).toList());
            services.add(s);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("services", services);
        return new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting()
                .create().toJson(root) + "\n";
    }

    public String text(Style style) {
        StringBuilder out = new StringBuilder();
        if (httpd.isEmpty()) {
            return "no services found\n";
        }
        for (HttpdConfig c : httpd) {
            MpmSettings mpm = c.mpm();
            out.append(style.bold(c.name())).append("  httpd, ")
                    .append(mpm == null ? "no MPM" : mpm.mpm().label() + " MPM"
                            + (c.mpmAssumed() ? " (assumed: the file loads none)" : ""))
                    .append(", ").append(c.mainDisplay()).append(", ")
                    .append(c.files().size()).append(c.files().size() == 1 ? " file\n" : " files\n");
            if (mpm == null) {
                continue;
            }
            for (Map.Entry<String, Setting> e : mpm.settings().entrySet()) {
                Setting v = e.getValue();
                String where = v.origin() == null ? "default" : v.origin().toString();
                String note = v.adjustedBy() == null ? ""
                        : "  (" + (v.configured() != null ? "configured " + v.configured() + ", " : "")
                                + "adjusted " + v.adjustedBy() + ")";
                out.append(String.format("  %-26s %10s  %s%s%n", e.getKey(), v.value(),
                        style.dim(where), note));
            }
            out.append(String.format("  %-26s %10d  %s%n", "= processes at most", mpm.maxProcesses(), ""));
            out.append(String.format("  %-26s %10d  %s%n", "= requests at once", mpm.workers(), ""));
        }
        return out.toString();
    }
}
