package dev.headroom.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.headroom.model.Finding;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.source.Origin;
import dev.headroom.source.SourceFile;

/** Runs the enabled rules over the loaded models and applies inline suppressions. */
public final class Linter {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.origin().file())
            .thenComparingInt(f -> f.origin().line())
            .thenComparingInt(f -> f.origin().column())
            .thenComparing(Finding::rule);

    private final RuleFilter filter;

    public Linter(RuleFilter filter) {
        this.filter = filter;
    }

    public List<Finding> check(List<HttpdConfig> httpd) {
        List<Finding> raw = new ArrayList<>();
        Suppressions suppressions = new Suppressions();
        for (HttpdConfig config : httpd) {
            for (SourceFile f : config.files()) {
                suppressions.scan(f);
            }
            for (Rule<HttpdConfig> rule : RuleRegistry.httpd()) {
                RuleInfo info = rule.info();
                if (!filter.enabled(info.id())) {
                    continue;
                }
                rule.check(config, (Origin origin, String message, String code) -> raw.add(
                        new Finding(info.id(), info.name(), info.severity(), SourceFile.readable(message),
                                origin == null ? Origin.file(config.mainDisplay()) : origin, code)));
            }
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
        kept.sort(ORDER);
        return kept;
    }
}
