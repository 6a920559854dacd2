package dev.headroom.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file a run reads: named, nearest upward, else the user's; one for the whole run. */
class ConfigLocationTest {

    @TempDir
    Path dir;

    private Path touch(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "[rules]\n");
        return p;
    }

    @Test
    void theNearestFileUpwardWins() throws IOException {
        Path outer = touch("srv/.headroom.ini");
        Path inner = touch("srv/host1/etc/.headroom.ini");
        Files.createDirectories(dir.resolve("srv/host1/etc/apache2/sites"));
        Files.createDirectories(dir.resolve("srv/host2/etc"));
        assertThat(ConfigLocation.find(null, dir.resolve("srv/host1/etc/apache2/sites"), Map.of())).isEqualTo(inner);
        assertThat(ConfigLocation.find(null, dir.resolve("srv/host1/etc"), Map.of())).isEqualTo(inner);
        assertThat(ConfigLocation.find(null, dir.resolve("srv/host2/etc"), Map.of())).isEqualTo(outer);
    }

    @Test
    void aDirectoryNamedLikeTheFileIsNotIt() throws IOException {
        Files.createDirectories(dir.resolve("a/.headroom.ini"));
        Path outer = touch(".headroom.ini");
        assertThat(ConfigLocation.find(null, dir.resolve("a"), Map.of())).isEqualTo(outer);
    }

    @Test
    void withNoneUpwardTheUsersXdgFileIsRead() throws IOException {
        Path xdg = touch("xdg/headroom/config.ini");
        Path home = touch("home/.config/headroom/config.ini");
        Files.createDirectories(dir.resolve("empty"));
        Path start = dir.resolve("empty");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString(),
                "HOME", dir.resolve("home").toString());
        // (the temp directory's parents hold no .headroom.ini on a test machine)
        assertThat(ConfigLocation.find(null, start, env)).isEqualTo(xdg);
        assertThat(ConfigLocation.find(null, start, Map.of("HOME", dir.resolve("home").toString()))).isEqualTo(home);
        assertThat(ConfigLocation.find(null, start, Map.of("XDG_CONFIG_HOME", "relative/dir",
                "HOME", dir.resolve("home").toString()))).as("a relative XDG_CONFIG_HOME is ignored").isEqualTo(home);
        assertThat(ConfigLocation.find(null, start, Map.of())).isNull();
    }

    @Test
    void aNamedFileStopsTheSearch() throws IOException {
        touch("p/.headroom.ini");
        Path named = touch("elsewhere.ini");
        assertThat(ConfigLocation.find(named, dir.resolve("p"), Map.of("HEADROOM_CONFIG", "/x.ini"))).isEqualTo(named);
        assertThat(ConfigLocation.find(null, dir.resolve("p"), Map.of("HEADROOM_CONFIG", named.toString())))
                .isEqualTo(named);
        assertThat(ConfigLocation.find(dir.resolve("missing.ini"), dir.resolve("p"), Map.of()))
                .as("returned, so that reading it says it is missing").isEqualTo(dir.resolve("missing.ini"));
    }

    @Test
    void theSearchStartsAtTheFirstPathsDirectoryElseTheRoot() {
        Path root = dir.resolve("root");
        assertThat(ConfigLocation.start(List.of(), root)).isEqualTo(root);
        assertThat(ConfigLocation.start(List.of(dir.resolve("a/b.conf"), dir.resolve("c/d.conf")), root))
                .isEqualTo(dir.resolve("a"));
    }
}
