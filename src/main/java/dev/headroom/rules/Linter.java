package dev.headroom.rules;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.model.Finding;
import dev.headroom.model.Remedy;
import dev.headroom.model.Workspace;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.source.Origin;
import dev.headroom.source.SourceFile;

/** Runs the enabled rules over the loaded models and applies inline suppressions. */
public final class Linter {

    private <M> void run(List<Rule<M>> rules, M model, List<Finding> raw, String fallbackFile) {
        for (Rule<M> rule : rules) {
            RuleInfo info = rule.info();
            if (!filter.enabled(info.id())) {
                continue;
            }
            rule.check(model, (Origin origin, String message, String code, List<Remedy> remedies) -> raw.add(
                    new Finding(info.id(), info.name(), info.severity(), SourceFile.readable(message),
                            origin == null ? Origin.file(fallbackFile) : origin, code, remedies)));
        }
    }

    /** File, line, column, rule (a method, not Comparator.comparing chains: fewer lambdas to spin at start). */
    private static int order(Finding a, Finding b) {
        int c = a.origin().file().compareTo(b.origin().file());
        if (c == 0) {
            c = Integer.compare(a.origin().line(), b.origin().line());
        }
        if (c == 0) {
            c = Integer.compare(a.origin().column(), b.origin().column());
        }
        return c != 0 ? c : a.rule().compareTo(b.rule());
    }

    private final RuleFilter filter;

    public Linter(RuleFilter filter) {
        this.filter = filter;
    }

    public List<Finding> check(List<HttpdConfig> httpd) {
        return check(Workspace.ofHttpd(httpd));
    }

    public List<Finding> check(Workspace ws) {
        List<Finding> raw = new ArrayList<>();
        Suppressions suppressions = new Suppressions();
        SystemdConfig systemd = ws.systemd();
        if (systemd != null) {
            for (SourceFile f : systemd.files()) {
                suppressions.scan(f, Suppressions.HASH_OR_SEMICOLON);
            }
            run(RuleRegistry.systemd(), systemd, raw, "");
        }
        if (ws.clamav() != null) {
            for (SourceFile f : ws.clamav().files()) {
                suppressions.scan(f);
            }
            run(RuleRegistry.clamav(), ws.clamav(), raw, "");
        }
        if (ws.openbsd() != null) {
            for (var k : ws.openbsd().kernels()) {
                k.files().forEach(f -> suppressions.scan(f, Suppressions.HASH));
            }
            run(RuleRegistry.openbsd(), ws, raw, "");
        }
        // Cross-file rules also report in php-fpm pools and MySQL option files (the budget's levers).
        if (ws.phpfpm() != null) {
            for (SourceFile f : ws.phpfpm().files()) {
                suppressions.scan(f, Suppressions.SEMICOLON);
            }
        }
        if (ws.mysql() != null) {
            for (SourceFile f : ws.mysql().files()) {
                suppressions.scan(f, Suppressions.HASH_OR_SEMICOLON);
            }
        }
        run(RuleRegistry.crossFile(), ws, raw, "");
        for (HttpdConfig config : ws.httpd()) {
            for (SourceFile f : config.files()) {
                suppressions.scan(f);
            }
            run(RuleRegistry.httpd(), config, raw, config.mainDisplay());
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : new java.util.LinkedHashSet<>(raw)) {
            if (!suppressions.suppresses(f)) {
                kept.add(f);
            }
        }
        if (filter.enabled(SuppressionRules.UNUSED_SUPPRESSION.id())) {
            kept.addAll(suppressions.unused(filter));
        }
        kept.sort(Linter::order);
        return kept;
    }
}
