package dev.headroom.overlay.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code clamconf -c DIR} (shared/domain.md D.6): the changed clamd or freshclam file is copied
 * into a scratch directory under the name clamconf reads ({@code clamd.conf},
 * {@code freshclam.conf}); clamconf prints its parse errors and warnings, and exits 0 even then.
 */
final class ClamavChecker implements Checker {

    @Override
    public String name() {
        return "clamconf";
    }

    @Override
    public boolean concerns(List<String> changed) {
        return changed.stream().anyMatch(f -> kind(f) != null);
    }

    @Override
    public List<String> messages(Path root, List<String> changed) {
        Path clamconf = Programs.find("clamconf");
        if (clamconf == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String f : changed) {
            String kind = kind(f);
            if (kind == null) {
                continue;
            }
            Path dir = null;
            try {
                dir = Files.createTempDirectory("headroom-clamconf");
                Path source = root.resolve(f.substring(1));
                if (Files.exists(source)) {
                    Files.copy(source, dir.resolve(kind));
                }
                for (String l : Programs.run(List.of(clamconf.toString(), "-c", dir.toString()), root)) {
                    if (l.startsWith("ERROR") || l.startsWith("WARNING")) {
                        out.add(f + ": " + l.replace(dir.toString() + "/", ""));
                    }
                }
            } catch (IOException e) {
                out.add(f + ": could not check: " + e.getMessage());
            } finally {
                delete(dir);
            }
        }
        return out;
    }

    /** The name clamconf reads the file under, or null when it is not a ClamAV file. */
    static String kind(String f) {
        String name = f.substring(f.lastIndexOf('/') + 1);
        if (name.equals("freshclam.conf")) {
            return "freshclam.conf";
        }
        if (name.equals("clamd.conf") || f.startsWith("/etc/clamd.d/") && name.endsWith(".conf")) {
            return "clamd.conf";
        }
        return null;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch directory left in /tmp is harmless
        }
    }
}
