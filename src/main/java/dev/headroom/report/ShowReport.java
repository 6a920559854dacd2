package dev.headroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import dev.headroom.model.HostFacts;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmSettings;
import dev.headroom.model.httpd.Setting;
import dev.headroom.model.systemd.Daemons;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.model.systemd.UnitSetting;

/** {@code show}: the values each daemon will really run with, and where each comes from. */
public final class ShowReport {

    private final List<HttpdConfig> httpd;
    private final SystemdConfig systemd;
    private final ClamavShow clamav;
    private final OpenbsdShow openbsd;

    public ShowReport(List<HttpdConfig> httpd, SystemdConfig systemd) {
        this(httpd, systemd, null, HostFacts.UNKNOWN);
    }

    public ShowReport(List<HttpdConfig> httpd, SystemdConfig systemd, ClamavSetup clamav, HostFacts facts) {
        this(httpd, systemd, clamav, facts, null);
    }

    /** @param openbsd OpenBSD kernel configurations, or null */
    public ShowReport(List<HttpdConfig> httpd, SystemdConfig systemd, ClamavSetup clamav, HostFacts facts,
            dev.headroom.model.openbsd.OpenbsdKernel openbsd) {
        this.httpd = httpd;
        this.systemd = systemd;
        this.clamav = new ClamavShow(clamav, facts);
        this.openbsd = new OpenbsdShow(openbsd);
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
        services.addAll(clamav.json());
        services.addAll(openbsd.json());
        if (systemd != null) {
            for (ServiceUnit u : systemd.services()) {
                services.add(unit(u));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("services", services);
        return new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting()
                .create().toJson(root) + "\n";
    }

    private static Map<String, Object> unit(ServiceUnit u) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", u.name());
        s.put("kind", "unit");
        s.put("fragment", u.fragment());
        s.put("dropIns", u.dropIns());
        s.put("enabled", u.enabled());
        s.put("masked", u.masked());
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Map.Entry<String, UnitSetting> e : u.settings().entrySet()) {
            UnitSetting v = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", UnitValues.json(v.value()));
            m.put("origin", v.origin() == null ? "default" : v.origin().toString());
            if (v.basis() != null) {
                m.put("basis", v.basis());
            }
            settings.put(e.getKey(), m);
        }
        s.put("settings", settings);
        return s;
    }

    /** One line per unit people care about: enabled ones and the daemons headroom knows. */
    private void unitsText(StringBuilder out, Style style) {
        int others = 0;
        for (ServiceUnit u : systemd.services()) {
            if (!u.enabled() && !u.masked() && !Daemons.isKnown(u.executable())) {
                others++;
                continue;
            }
            out.append(style.bold(u.name())).append(u.enabled() ? "  enabled" : "").append(u.masked() ? "  masked\n" : "\n");
            if (u.masked()) {
                continue;
            }
            for (String key : List.of("Type", "TimeoutStartSec", "OOMPolicy", "MemoryMax", "LimitNOFILE")) {
                UnitSetting v = u.get(key);
                String where = v.origin() == null ? "default" : v.origin().toString();
                out.append(String.format("  %-26s %10s  %s%n", key, UnitValues.text(v.value()),
                        style.dim(where + (v.basis() != null ? " (" + v.basis() + ")" : ""))));
            }
        }
        if (others > 0) {
            out.append(others).append(" other services (show -f json lists every one)\n");
        }
    }

    public String text(Style style) {
        StringBuilder out = new StringBuilder();
        if (httpd.isEmpty() && systemd == null && clamav.json().isEmpty() && openbsd.isEmpty()) {
            return "no services found\n";
        }
        openbsd.text(out, style);
        if (systemd != null) {
            unitsText(out, style);
        }
        clamav.text(out, style);
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
