package dev.headroom.model.httpd;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.httpd.HttpdEvent.Kind;
import dev.headroom.source.Origin;

/**
 * The MPM directives of a configuration as httpd's command handlers take them, after the whole
 * tree is read: an MPM directive of another MPM is an invalid command, one inside a section is
 * refused, each takes exactly one argument, and the numbers go through atoi.
 */
final class MpmValues {

    private MpmValues() {
    }

    /**
     * The last value of each MPM directive (httpd: the last occurrence wins; order does not
     * matter because validation runs after reading), plus the events httpd's command handlers
     * would produce for each occurrence.
     */
    static Map<MpmDirective, Configured> collect(Mpm mpm, List<HttpdDirective> directives,
            List<HttpdEvent> events) {
        Map<MpmDirective, Configured> values = new EnumMap<>(MpmDirective.class);
        Map<MpmDirective, Origin> first = new EnumMap<>(MpmDirective.class);
        for (HttpdDirective d : directives) {
            MpmDirective md = MpmDirective.byName(d.name());
            if (md == null) {
                continue;
            }
            if (!md.validFor(mpm)) {
                events.add(new HttpdEvent(Kind.OTHER_MPM_DIRECTIVE, d.origin(), "Invalid command '"
                        + d.name() + "', perhaps misspelled or defined by a module not included in the server configuration"
                        + " (" + md.directive + " belongs to another MPM; the " + mpm.label() + " MPM is loaded)"));
                continue;
            }
            String where = innermostContainer(d.context());
            if (where != null) {
                events.add(new HttpdEvent(Kind.WRONG_CONTEXT, d.origin(),
                        where.equalsIgnoreCase("<VirtualHost")
                                ? md.directive + " cannot occur within <VirtualHost> section"
                                : md.directive + " not allowed in " + where + "> context"));
                continue;
            }
            if (!Arity.take1(d.args())) {
                events.add(new HttpdEvent(Kind.ARGUMENT_COUNT, d.origin(),
                        d.name() + " takes one argument, " + md.help(mpm)));
                continue;
            }
            String raw = d.args().get(0);
            if (!accepted(md, raw, d, events)) {
                continue;
            }
            MpmDirective canon = md.canonical();
            if (canon != md) {
                deprecated(mpm, md, d.origin(), events);
            }
            Origin earlier = first.get(canon);
            if (earlier != null) {
                events.add(new HttpdEvent(Kind.DIRECTIVE_REPEATED, d.origin(), canon.directive
                        + " is set again here; httpd uses this value and ignores the one at " + earlier));
            }
            first.put(canon, d.origin());
            values.put(canon, new Configured(raw, d.origin(), d.name()));
        }
        return values;
    }

    private static boolean accepted(MpmDirective md, String raw, HttpdDirective d,
            List<HttpdEvent> events) {
        switch (md) {
            case ASYNC_REQUEST_WORKER_FACTOR: {
                // event.c set_worker_factor: strtod, the whole string, then val <= 0 refused.
                java.util.OptionalDouble v = CNumber.strtodWhole(raw);
                if (v.isEmpty()) {
                    events.add(new HttpdEvent(Kind.VALUE_INVALID, d.origin(), "error parsing value"));
                    return false;
                }
                if (v.getAsDouble() <= 0) {
                    events.add(new HttpdEvent(Kind.VALUE_INVALID, d.origin(),
                            "AsyncRequestWorkerFactor argument must be a positive number"));
                    return false;
                }
                return true;
            }
            case MAX_MEM_FREE:
                if (CNumber.strtol(raw) < 0 || CNumber.outOfLongRange(raw)) {
                    events.add(new HttpdEvent(Kind.VALUE_INVALID, d.origin(),
                            "Invalid MaxMemFree value: " + raw));
                    return false;
                }
                break;
            case LISTEN_CORES_BUCKETS_RATIO:
                if (CNumber.atoi(raw) <= 0) {
                    events.add(new HttpdEvent(Kind.VALUE_INVALID, d.origin(),
                            "ListenCoresBucketsRatio must be > 0"));
                    return false;
                }
                break;
            case GRACEFUL_SHUTDOWN_TIMEOUT:
            case LISTEN_BACKLOG:
                return true;
            default:
                break;
        }
        if (!CNumber.isCleanInt(raw)) {
            events.add(new HttpdEvent(Kind.NUMBER_READ_DIFFERENTLY, d.origin(), d.name() + " "
                    + raw + " is read by httpd (atoi) as " + CNumber.atoi(raw)));
        }
        return true;
    }

    private static void deprecated(Mpm mpm, MpmDirective md, Origin at, List<HttpdEvent> events) {
        if (md == MpmDirective.MAX_CLIENTS) {
            String code = mpm == Mpm.EVENT ? "AH00521" : mpm == Mpm.WORKER ? "AH00324" : "AH00188";
            events.add(new HttpdEvent(Kind.DEPRECATED_ALIAS, at,
                    "MaxClients is deprecated, use MaxRequestWorkers instead.", code));
        } else {
            events.add(new HttpdEvent(Kind.DEPRECATED_ALIAS, at,
                    "MaxRequestsPerChild is deprecated, use MaxConnectionsPerChild instead.", "AH00545"));
        }
    }

    /** The container whose rules refuse a server-wide directive, or null at top level. */
    private static String innermostContainer(List<String> context) {
        if (context.isEmpty()) {
            return null;
        }
        // invoke_cmd refuses RSRC_CONF directives in per-directory sections first; a
        // <VirtualHost> alone lets the handler's GLOBAL_ONLY check speak.
        for (int i = context.size() - 1; i >= 0; i--) {
            if (!context.get(i).equalsIgnoreCase("<VirtualHost")) {
                return context.get(i);
            }
        }
        return context.get(0);
    }

}
