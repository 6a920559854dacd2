package dev.headroom.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import dev.headroom.model.Finding;
import dev.headroom.rules.RuleInfo;

/**
 * {@code lint -f sarif}: a SARIF 2.1.0 log as GitHub code scanning accepts it. One run; the
 * driver lists every registered rule (not only those found) with its doc as help, so an alert
 * can always be explained; each result points at its rule by ID and index, at its file relative
 * to {@code %SRCROOT%}, and carries a fingerprint of rule, file and message so GitHub can follow
 * an alert from one run to the next even when lines move.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/headroom-dev/headroom";
    /** The key of our fingerprint; the "/v1" lets a later way of computing it live beside this one. */
    static final String FINGERPRINT = "headroomFindingHash/v1";

    private final List<Finding> findings;
    private final List<RuleInfo> rules;
    private final String version;
    private final ArtifactUris uris;

    /**
     * @param rules every registered rule, in the order the log lists them
     */
    public SarifReport(List<Finding> findings, List<RuleInfo> rules, String version, ArtifactUris uris) {
        this.findings = findings;
        this.rules = rules;
        this.version = version;
        this.uris = uris;
    }

    public String sarif() {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "headroom");
        driver.put("version", version);
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", SarifRules.descriptors(rules));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", uris.originalUriBaseIds());
        run.put("results", results());
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(log) + "\n";
    }

    private List<Map<String, Object>> results() {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", f.rule());
            Integer i = index.get(f.rule());
            if (i != null) {
                r.put("ruleIndex", i);
            }
            r.put("level", SarifRules.level(f.severity()));
            r.put("message", Map.of("text", f.message()));
            r.put("locations", List.of(Map.of("physicalLocation", physicalLocation(f))));
            r.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(f)));
            if (f.daemonCode() != null) {
                r.put("properties", Map.of("daemonCode", f.daemonCode()));
            }
            out.add(r);
        }
        return out;
    }

    private Map<String, Object> physicalLocation(Finding f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("artifactLocation", uris.location(f.origin().file()));
        if (f.origin().line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", f.origin().line());
            if (f.origin().column() > 0) {
                region.put("startColumn", f.origin().column());
            }
            p.put("region", region);
        }
        return p;
    }

    /** SHA-256 of rule, file and message: no line number, so an edit above it keeps the alert. */
    static String fingerprint(Finding f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = f.rule() + '\0' + f.origin().file() + '\0' + f.message();
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
