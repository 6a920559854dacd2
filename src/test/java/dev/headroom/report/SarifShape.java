package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The SARIF 2.1.0 schema (sarif-schema-2.1.0.json, OASIS) checked by hand for the objects
 * headroom writes, since the schema cannot be fetched here: each object's required properties,
 * its closed set of property names (the schema says additionalProperties: false), the types,
 * the level enum, integers' minimums, uniqueItems, and URI formats — plus what the schema cannot
 * say: ruleIndex names the rule with the result's ruleId, and a uriBaseId is defined.
 */
public final class SarifShape {

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    // The property names each object may have, as the schema lists them.
    private static final Map<String, Set<String>> KEYS = Map.of(
            "sarifLog", Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties"),
            "run", Set.of("tool", "invocations", "conversion", "language", "versionControlProvenance",
                    "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results",
                    "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding",
                    "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
                    "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests",
                    "webResponses", "specialLocations", "properties"),
            "tool", Set.of("driver", "extensions", "properties"),
            "toolComponent", Set.of("guid", "name", "organization", "product", "productSuite", "shortDescription",
                    "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion",
                    "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications",
                    "rules", "taxa", "locations", "language", "contents", "isComprehensive",
                    "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
                    "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"),
            "reportingDescriptor", Set.of("id", "deprecatedIds", "guid", "deprecatedGuids", "name",
                    "deprecatedNames", "shortDescription", "fullDescription", "messageStrings",
                    "defaultConfiguration", "helpUri", "help", "relationships", "properties"),
            "multiformatMessageString", Set.of("text", "markdown", "properties"),
            "reportingConfiguration", Set.of("enabled", "level", "rank", "parameters", "properties"),
            "result", Set.of("ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget",
                    "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints",
                    "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations",
                    "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
                    "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"),
            "message", Set.of("text", "markdown", "id", "arguments", "properties"),
            "location", Set.of("id", "physicalLocation", "logicalLocations", "message", "annotations",
                    "relationships", "properties"));

    private static final Map<String, Set<String>> MORE_KEYS = Map.of(
            "physicalLocation", Set.of("address", "artifactLocation", "region", "contextRegion", "properties"),
            "artifactLocation", Set.of("uri", "uriBaseId", "index", "description", "properties"),
            "region", Set.of("startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength",
                    "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"));

    private SarifShape() {
    }

    public static void check(JsonObject log) {
        keys(log, "sarifLog");
        assertThat(string(log, "version")).isEqualTo("2.1.0");
        absoluteUri(string(log, "$schema"));
        JsonArray runs = array(log, "runs");
        assertThat(runs).isNotEmpty();
        for (JsonElement r : runs) {
            run(object(r, "run"));
        }
    }

    private static void run(JsonObject run) {
        keys(run, "run");
        JsonObject tool = run.getAsJsonObject("tool");
        assertThat(tool).as("run.tool (required)").isNotNull();
        keys(tool, "tool");
        JsonObject driver = tool.getAsJsonObject("driver");
        assertThat(driver).as("tool.driver (required)").isNotNull();
        keys(driver, "toolComponent");
        assertThat(string(driver, "name")).isNotEmpty();
        string(driver, "version");
        absoluteUri(string(driver, "informationUri"));
        JsonArray rules = array(driver, "rules");
        unique(rules, "toolComponent.rules");
        for (JsonElement e : rules) {
            rule(object(e, "reportingDescriptor"));
        }
        Set<String> baseIds = new HashSet<>();
        if (run.has("originalUriBaseIds")) {
            for (Map.Entry<String, JsonElement> b : object(run.get("originalUriBaseIds"), "originalUriBaseIds")
                    .entrySet()) {
                JsonObject loc = object(b.getValue(), "artifactLocation");
                keys(loc, "artifactLocation");
                // §3.14.14: an absolute URI ending with a slash
                String uri = string(loc, "uri");
                absoluteUri(uri);
                assertThat(uri).endsWith("/");
                baseIds.add(b.getKey());
            }
        }
        for (JsonElement e : array(run, "results")) {
            result(object(e, "result"), rules, baseIds);
        }
    }

    private static void rule(JsonObject d) {
        keys(d, "reportingDescriptor");
        assertThat(string(d, "id")).matches("[A-Z]{2}\\d{3}");
        string(d, "name");
        for (String m : new String[] {"shortDescription", "fullDescription", "help"}) {
            JsonObject s = object(d.get(m), m);
            keys(s, "multiformatMessageString");
            assertThat(string(s, "text")).as(m + ".text").isNotBlank();
            if (s.has("markdown")) {
                string(s, "markdown");
            }
        }
        JsonObject config = object(d.get("defaultConfiguration"), "defaultConfiguration");
        keys(config, "reportingConfiguration");
        assertThat(LEVELS).contains(string(config, "level"));
        JsonArray tags = array(object(d.get("properties"), "properties"), "tags");
        unique(tags, "tags");
        tags.forEach(t -> assertThat(t.isJsonPrimitive() && t.getAsJsonPrimitive().isString()).isTrue());
    }

    private static void result(JsonObject r, JsonArray rules, Set<String> baseIds) {
        keys(r, "result");
        JsonObject message = object(r.get("message"), "message");
        keys(message, "message");
        assertThat(string(message, "text")).isNotBlank();
        String ruleId = string(r, "ruleId");
        int index = integer(r, "ruleIndex", -1);
        assertThat(index).as("ruleIndex").isLessThan(rules.size());
        assertThat(string(rules.get(index).getAsJsonObject(), "id")).as("the rule at ruleIndex").isEqualTo(ruleId);
        assertThat(LEVELS).contains(string(r, "level"));
        JsonArray locations = array(r, "locations");
        unique(locations, "locations");
        for (JsonElement l : locations) {
            JsonObject loc = object(l, "location");
            keys(loc, "location");
            JsonObject p = object(loc.get("physicalLocation"), "physicalLocation");
            keys(p, "physicalLocation");
            JsonObject a = object(p.get("artifactLocation"), "artifactLocation");
            keys(a, "artifactLocation");
            String uri = string(a, "uri");
            uriReference(uri);
            if (a.has("uriBaseId")) {
                assertThat(baseIds).as("uriBaseId defined in originalUriBaseIds").contains(string(a, "uriBaseId"));
                assertThat(URI.create(uri).isAbsolute()).as("a uri on a base id is relative: " + uri).isFalse();
            } else {
                assertThat(URI.create(uri).isAbsolute()).as("a uri without a base id is absolute: " + uri).isTrue();
            }
            if (p.has("region")) {
                JsonObject region = object(p.get("region"), "region");
                keys(region, "region");
                integer(region, "startLine", 1);
                if (region.has("startColumn")) {
                    integer(region, "startColumn", 1);
                }
            }
        }
        for (Map.Entry<String, JsonElement> f : object(r.get("partialFingerprints"), "partialFingerprints").entrySet()) {
            assertThat(f.getValue().isJsonPrimitive() && f.getValue().getAsJsonPrimitive().isString())
                    .as("partialFingerprints." + f.getKey() + " is a string").isTrue();
        }
    }

    private static void keys(JsonObject o, String type) {
        Set<String> allowed = KEYS.containsKey(type) ? KEYS.get(type) : MORE_KEYS.get(type);
        assertThat(allowed).as(type).isNotNull();
        assertThat(allowed).as("properties of a " + type).containsAll(o.keySet());
    }

    private static JsonObject object(JsonElement e, String what) {
        assertThat(e != null && e.isJsonObject()).as(what + " is an object").isTrue();
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        assertThat(e != null && e.isJsonArray()).as(key + " is an array").isTrue();
        return e.getAsJsonArray();
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        assertThat(e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString())
                .as(key + " is a string").isTrue();
        return e.getAsString();
    }

    private static int integer(JsonObject o, String key, int minimum) {
        JsonElement e = o.get(key);
        assertThat(e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())
                .as(key + " is a number").isTrue();
        double d = e.getAsDouble();
        assertThat(d).as(key + " is an integer").isEqualTo(Math.rint(d));
        assertThat((int) d).as(key + " >= " + minimum).isGreaterThanOrEqualTo(minimum);
        return (int) d;
    }

    private static void unique(JsonArray a, String what) {
        Set<JsonElement> seen = new HashSet<>();
        a.forEach(e -> assertThat(seen.add(e)).as(what + " has unique items").isTrue());
    }

    private static void absoluteUri(String s) {
        assertThat(uriReference(s).isAbsolute()).as(s + " is an absolute URI").isTrue();
    }

    private static URI uriReference(String s) {
        try {
            // java.net.URI implements RFC 2396, stricter than 3986 for what we write: no spaces,
            // no raw non-ASCII, percent-escapes well formed
            URI u = new URI(s);
            assertThat(s).as("plain ASCII").matches("[\\x21-\\x7e]+");
            return u;
        } catch (URISyntaxException e) {
            throw new AssertionError("not a URI reference: " + s, e);
        }
    }
}
