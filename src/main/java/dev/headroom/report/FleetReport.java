package dev.headroom.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleInfo;

/**
 * {@code lint --hosts DIR}: one report for many hosts, host by host in the order given (by name),
 * each host's findings in {@code lint}'s own order, so the report does not depend on which host
 * finished first. Where a format has only a file name to say where (text, SARIF, GitHub,
 * Checkstyle), the host is the first segment of the path, {@code web1/etc/httpd/...}: a path
 * relative to DIR, the directory the snapshots are in. JSON keeps {@code file} as
 * {@code lint} writes it and adds a {@code host} field, and lists every host with its exit code.
 */
public final class FleetReport {

    private final List<HostOutcome> hosts;
    private final String version;

    /** @param hosts in the order the report lists them */
    public FleetReport(List<HostOutcome> hosts, String version) {
        this.hosts = List.copyOf(hosts);
        this.version = version;
    }

    /** Every finding of every host, files prefixed with the host's name. */
    public List<Finding> prefixed() {
        List<Finding> all = new ArrayList<>();
        for (HostOutcome h : hosts) {
            all.addAll(h.prefixed());
        }
        return all;
    }

    private Map<Severity, Integer> counts() {
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, 0);
        }
        for (HostOutcome h : hosts) {
            for (Finding f : h.findings()) {
                c.merge(f.severity(), 1, Integer::sum);
            }
        }
        return c;
    }

    /** {@code web1/file:line:col: severity: message [ID]} per finding, then one summary line for the fleet. */
    public String text(Style style) {
        StringBuilder out = new StringBuilder();
        int total = 0;
        int withFindings = 0;
        int unreadable = 0;
        for (HostOutcome h : hosts) {
            for (Finding f : h.prefixed()) {
                out.append(FindingsReport.line(f, style)).append('\n');
            }
            total += h.findings().size();
            withFindings += h.findings().isEmpty() ? 0 : 1;
            unreadable += h.errors().isEmpty() ? 0 : 1;
        }
        String fleet = hosts.size() == 1 ? "1 host" : hosts.size() + " hosts";
        if (total == 0) {
            out.append("no findings on ").append(fleet);
        } else {
            out.append(total).append(total == 1 ? " finding on " : " findings on ")
                    .append(withFindings == hosts.size() ? fleet : withFindings + " of " + fleet)
                    .append(": ").append(FindingsReport.tally(counts()));
        }
        if (unreadable > 0) {
            out.append("; ").append(unreadable).append(unreadable == 1 ? " host" : " hosts")
                    .append(" not fully read (see the errors)");
        }
        return out.append('\n').toString();
    }

    /**
     * {@code lint -f json}'s shape with a {@code host} first in every finding, and a
     * {@code hosts} array: each host's name, exit code, number of findings and the inputs that
     * could not be read.
     */
    public String json() {
        Map<String, Object> root = FindingsReport.rootWithTool(version);
        List<Map<String, Object>> hostList = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        for (HostOutcome h : hosts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("host", h.host());
            m.put("exit", h.exit());
            m.put("findings", h.findings().size());
            if (!h.errors().isEmpty()) {
                m.put("errors", h.errors());
            }
            hostList.add(m);
            for (Finding f : h.findings()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("host", h.host());
                x.putAll(FindingsReport.fields(f));
                findings.add(x);
            }
        }
        root.put("hosts", hostList);
        root.put("findings", findings);
        Map<String, Object> summary = new LinkedHashMap<>();
        counts().forEach((s, n) -> summary.put(s.label(), n));
        root.put("summary", summary);
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root) + "\n";
    }

    /** SARIF with every artifact URI relative to DIR ({@code %SRCROOT%}), the host its first segment. */
    public String sarif(List<RuleInfo> rules, Path dir) {
        return new SarifReport(prefixed(), rules, version, new ArtifactUris(dir, dir)).sarif();
    }

    public String github() {
        return new GithubReport(prefixed()).github();
    }

    public String checkstyle() {
        return new CheckstyleReport(prefixed()).checkstyle();
    }
}
