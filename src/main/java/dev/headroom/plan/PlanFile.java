package dev.headroom.plan;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A PLAN.json read back for {@code apply --plan}: the edits with the text each expects to
 * replace (its SHA-256) and its new text. Anything that is not such a file is a message, never
 * an exception.
 */
public final class PlanFile {

    /** One edit of the file. */
    public record Edit(String file, boolean create, String beforeSha256, String after, List<String> fixes) {
    }

    /** The edits, or why the file is not a plan headroom can apply. */
    public record Parsed(List<Edit> edits, String problem) {
    }

    private PlanFile() {
    }

    public static Parsed parse(String json, int format) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            if (!o.has("format") || o.get("format").getAsInt() != format) {
                return new Parsed(List.of(), "not a headroom plan of format " + format);
            }
            List<Edit> edits = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("edits")) {
                JsonObject m = e.getAsJsonObject();
                String file = m.get("file").getAsString();
                if (file.startsWith("/") || file.contains("..") || file.indexOf('\0') >= 0) {
                    return new Parsed(List.of(), "edit of " + file + ": not a path relative to the root");
                }
                List<String> fixes = new ArrayList<>();
                m.getAsJsonArray("fixes").forEach(x -> fixes.add(x.getAsString()));
                edits.add(new Edit(file, m.get("create").getAsBoolean(),
                        m.get("beforeSha256").isJsonNull() ? null : m.get("beforeSha256").getAsString(),
                        m.get("after").getAsString(), fixes));
            }
            return new Parsed(edits, null);
        } catch (RuntimeException e) {
            return new Parsed(List.of(), "not a headroom plan: " + e.getMessage());
        }
    }
}
