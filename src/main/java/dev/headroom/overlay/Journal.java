package dev.headroom.overlay;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The record of one change, written (and fsynced) before the tree is touched:
 * {@code ROOT/var/lib/headroom/changes/<id>/journal.json}. It holds every planned operation and
 * what undoing needs (the modification times of the directories the change touches; copies of
 * replaced files sit in {@code backup/} beside it). Each state change rewrites it atomically, so
 * a reader always sees one whole state.
 */
final class Journal {

    /** Where a change stands. Only {@code APPLIED} and {@code ROLLED_BACK} are finished. */
    enum State { PENDING, COMMITTED, APPLIED, ROLLING_BACK, ROLLED_BACK }

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .registerTypeAdapter(byte[].class, (JsonSerializer<byte[]>) (b, t, c) ->
                    new JsonPrimitive(Base64.getEncoder().encodeToString(b)))
            .registerTypeAdapter(byte[].class, (JsonDeserializer<byte[]>) (j, t, c) ->
                    Base64.getDecoder().decode(j.getAsString()))
            .registerTypeAdapter(OverlayOp.class, (JsonSerializer<OverlayOp>) (op, t, c) -> {
                JsonObject o = c.serialize(op, op.getClass()).getAsJsonObject();
                o.addProperty("op", op.getClass().getSimpleName());
                return o;
            })
            .registerTypeAdapter(OverlayOp.class, (JsonDeserializer<OverlayOp>) (j, t, c) -> {
                JsonObject o = j.getAsJsonObject();
                String kind = o.get("op").getAsString();
                for (Class<?> k : OverlayOp.class.getPermittedSubclasses()) {
                    if (k.getSimpleName().equals(kind)) {
                        return c.deserialize(o, k);
                    }
                }
                throw new JsonParseException("unknown operation " + kind);
            })
            .create();

    String id;
    State state;
    String note = "";
    List<String> why = new ArrayList<>();
    List<OverlayOp> ops = new ArrayList<>();
    /** Root-relative directory → modification time in nanoseconds before the change. */
    Map<String, Long> directoryTimes = new TreeMap<>();

    static Path changesDir(Path root) {
        return root.resolve("var/lib/headroom/changes");
    }

    static Path dir(Path root, String id) {
        return changesDir(root).resolve(id);
    }

    static Path backup(Path root, String id, String rel) {
        return dir(root, id).resolve("backup").resolve(rel);
    }

    void save(Path root, Disk disk) throws IOException {
        Path dir = dir(root, id);
        disk.createDirectories(dir);
        byte[] json = GSON.toJson(this).getBytes(StandardCharsets.UTF_8);
        disk.writeAtomically(dir.resolve("journal.json"), json, new FileAttrs("rw-------", uid(dir), gid(dir), 0));
        disk.fsyncDirectory(dir.getParent());
    }

    void set(State s, String why, Path root, Disk disk) throws IOException {
        state = s;
        note = why;
        save(root, disk);
    }

    static Journal read(Path root, String id) throws IOException {
        Path file = dir(root, id).resolve("journal.json");
        try {
            Journal j = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Journal.class);
            if (j == null || j.state == null || j.ops == null) {
                throw new IOException(file + ": not a headroom journal");
            }
            return j;
        } catch (JsonParseException e) {
            throw new IOException(file + ": unreadable journal: " + e.getMessage(), e);
        }
    }

    /** The ids of all journals, oldest first (ids sort by time). */
    static List<String> ids(Path root) throws IOException {
        Path dir = changesDir(root);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("journal.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int uid(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:uid");
    }

    private static int gid(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:gid");
    }
}
