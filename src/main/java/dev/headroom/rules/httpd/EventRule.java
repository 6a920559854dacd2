package dev.headroom.rules.httpd;

import java.util.EnumSet;
import java.util.Set;

import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;

/** A rule that reports what the resolver noticed of one or more kinds, as httpd words it. */
abstract class EventRule implements Rule<HttpdConfig> {

    private final Set<HttpdEvent.Kind> kinds;

    EventRule(HttpdEvent.Kind first, HttpdEvent.Kind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    @Override
    public void check(HttpdConfig model, Reporter out) {
        for (HttpdEvent e : model.events()) {
            if (kinds.contains(e.kind())) {
                out.report(e.origin(), message(e), e.daemonCode());
            }
        }
    }

    /** The finding's text; by default httpd's own words. */
    String message(HttpdEvent e) {
        return e.message();
    }
}
