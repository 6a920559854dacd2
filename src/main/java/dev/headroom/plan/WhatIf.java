package dev.headroom.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Remedy;
import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamTool;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.MpmSettings;
import dev.headroom.model.httpd.MpmWhatIf;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.SystemdConfig;

/**
 * The model as it would be with the plan's edits, without touching a file: httpd's MPM through
 * its own start-up arithmetic, ClamAV's files read again from their edited text. A size measured
 * under the old httpd settings no longer applies and is dropped. A masked unit is masked; other
 * unit settings do not change the budget and are not modelled here.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * @param remedies the httpd directives to set
     * @param texts    edited texts of ClamAV files, by displayed file
     */
    public static Workspace apply(Workspace ws, List<Remedy> remedies, Map<String, String> texts) {
        List<HttpdConfig> httpd = new ArrayList<>();
        Map<String, Long> measured = new LinkedHashMap<>(ws.facts() == null ? Map.of() : ws.facts().measured());
        for (HttpdConfig c : ws.httpd()) {
            Map<MpmDirective, Integer> values = new EnumMap<>(MpmDirective.class);
            for (Remedy r : remedies) {
                MpmDirective d = MpmDirective.byName(r.key());
                if (r.kind() == Remedy.Kind.HTTPD_DIRECTIVE && d != null && shows(c, r.target())) {
                    values.put(d, Integer.parseInt(r.value()));
                }
            }
            MpmSettings s = values.isEmpty() || c.mpm() == null ? null : MpmWhatIf.run(c, values);
            if (s == null) {
                httpd.add(c);
                continue;
            }
            httpd.add(new HttpdConfig(c.name(), c.mainFile(), c.mainDisplay(), c.files(), c.directives(), c.modules(),
                    s, c.mpmAssumed(), c.mpmOrigin(), c.events()));
            measured.remove(c.name());
            measured.remove("httpd");
        }
        HostFacts f = ws.facts() == null ? HostFacts.UNKNOWN : ws.facts();
        HostFacts facts = new HostFacts(f.ram(), f.swap(), f.cpus(), measured, f.source(), f.live(), f.openbsd(),
                f.reserve());
        return new Workspace(httpd, systemd(ws.systemd(), remedies), ws.sysctl(), clamav(ws.clamav(), texts),
                ws.phpfpm(), ws.mysql(), ws.openbsd(), facts, ws.inputErrors());
    }

    /** Units the plan masks, masked. */
    private static SystemdConfig systemd(SystemdConfig systemd, List<Remedy> remedies) {
        if (systemd == null || remedies.stream().noneMatch(r -> r.kind() == Remedy.Kind.UNIT_MASK)) {
            return systemd;
        }
        List<ServiceUnit> services = new ArrayList<>();
        for (ServiceUnit u : systemd.services()) {
            boolean mask = remedies.stream().anyMatch(r -> r.kind() == Remedy.Kind.UNIT_MASK && r.target().equals(u.name()));
            services.add(!mask ? u : new ServiceUnit(u.name(), u.fragment(), u.dropIns(), false, true, u.loadFailed(),
                    u.execStart(), u.settings(), u.at()));
        }
        return new SystemdConfig(services, systemd.defaults(), systemd.files(), systemd.events());
    }

    private static boolean shows(HttpdConfig c, String file) {
        return c.files().stream().anyMatch(sf -> sf.display().equals(file));
    }

    private static ClamavSetup clamav(ClamavSetup setup, Map<String, String> texts) {
        if (setup == null || texts.isEmpty()) {
            return setup;
        }
        List<ClamdInstance> clamd = new ArrayList<>();
        for (ClamdInstance c : setup.clamd()) {
            String t = texts.get(c.config().file());
            clamd.add(t == null ? c : new ClamdInstance(c.path(), ClamConfig.read(c.config().file(), t, ClamTool.CLAMD),
                    c.unit(), c.database()));
        }
        List<FreshclamInstance> freshclam = new ArrayList<>();
        for (FreshclamInstance fi : setup.freshclam()) {
            String t = texts.get(fi.config().file());
            freshclam.add(t == null ? fi : new FreshclamInstance(fi.path(),
                    ClamConfig.read(fi.config().file(), t, ClamTool.FRESHCLAM), fi.unit()));
        }
        return new ClamavSetup(clamd, freshclam, setup.files(), setup.unreadable());
    }
}
