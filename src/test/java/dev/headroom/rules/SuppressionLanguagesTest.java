package dev.headroom.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.source.SourceFile;
import dev.headroom.testing.CliRun;

/**
 * An inline suppression is a comment in the language of the file it sits in, as that file's
 * daemon reads comments: {@code #} for httpd and ClamAV, {@code #} or {@code ;} for systemd
 * units and MySQL option files, {@code ;} only for php-fpm (PHP 7 dropped {@code #} from INI
 * files). A line the daemon would not take for a comment suppresses nothing.
 */
class SuppressionLanguagesTest {

    @TempDir
    Path dir;

    /** "RULE@line:col" of each finding of {@code headroom lint -f json ARGS}. */
    private static List<String> findings(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        List<String> out = new ArrayList<>();
        for (JsonElement f : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("findings")) {
            var o = f.getAsJsonObject();
            out.add(o.get("rule").getAsString() + "@" + o.get("line").getAsInt() + ":" + o.get("column").getAsInt());
        }
        return out;
    }

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path phpFpm(String pool) throws IOException {
        write("root/etc/php/8.2/fpm/php-fpm.conf", "[global]\npid = /run/php/php8.2-fpm.pid\n"
                + "include=/etc/php/8.2/fpm/pool.d/*.conf\n");
        write("root/etc/php/8.2/fpm/pool.d/www.conf", pool);
        return write("host.ini", "[host]\nram = 512M\n");
    }

    private String[] lintRoot() {
        return new String[] {"lint", "-f", "json", "--root", dir.resolve("root").toString(),
            "--facts", dir.resolve("host.ini").toString()};
    }

    @Test
    void phpFpmPoolSuppressesWithASemicolonComment() throws IOException {
        phpFpm("[www]\nuser = www-data\nlisten = /run/php/php8.2-fpm.sock\npm = static\n; headroom: ignore=MB301 -- a test box\npm.max_children = 200\n");
        assertThat(findings(lintRoot())).isEmpty();
    }

    @Test
    void aLineTheLanguageDoesNotCommentOutIsNoSuppression() {
        // php-fpm would refuse "# ..." in a pool (PHP 7 dropped # comments), so it silences nothing
        // and is not even reported as an unused suppression; ";" is.
        SourceFile pool = SourceFile.fromBytes("/etc/php/8.2/fpm/pool.d/www.conf", "www.conf",
                "[www]\n# headroom: ignore=MB301\n; headroom: ignore=MB302\n".getBytes(StandardCharsets.UTF_8));
        Suppressions s = new Suppressions();
        s.scan(pool, Suppressions.SEMICOLON);
        assertThat(s.unused(RuleFilter.all())).extracting(f -> f.origin().line()).containsExactly(3);
        Suppressions hash = new Suppressions();
        hash.scan(pool, Suppressions.HASH);
        assertThat(hash.unused(RuleFilter.all())).extracting(f -> f.origin().line()).containsExactly(2);
    }

    @Test
    void phpFpmFileIgnoreAndItsUnusedFindingAtTheSemicolon() throws IOException {
        phpFpm("[www]\n  ; headroom: file-ignore=MB301,MB302\nuser = www-data\nlisten = /run/php/php8.2-fpm.sock\npm = static\npm.max_children = 200\n");
        assertThat(findings(lintRoot())).containsExactly("GE401@2:3");
    }

    @Test
    void mysqlOptionFileSuppressesWithEitherComment() throws IOException {
        write("host.ini", "[host]\nram = 512M\n");
        write("root/etc/mysql/my.cnf", "[mysqld]\n# headroom: ignore=MB301\nmax_connections = 2000\n"
                + "sort_buffer_size = 64M\n");
        assertThat(findings(lintRoot())).isEmpty();
        write("root/etc/mysql/my.cnf", "[mysqld]\n; headroom: ignore=MB301\nmax_connections = 2000\n"
                + "sort_buffer_size = 64M\n");
        assertThat(findings(lintRoot())).isEmpty();
        write("root/etc/mysql/my.cnf", "[mysqld]\nmax_connections = 2000\nsort_buffer_size = 64M\n");
        assertThat(findings(lintRoot())).containsExactly("MB301@2:1");
    }

    @Test
    void systemdUnitSuppressesWithEitherComment() throws IOException {
        for (String leader : List.of("#", ";")) {
            Path unit = write("varnish.service", "[Service]\nExecStart=/usr/bin/varnishd -F -s malloc,256M\n"
                    + leader + " headroom: ignore=SD401 -- kept for the old systemd on the standby\n"
                    + "MemoryLimit=512M\n");
            assertThat(findings("lint", "-f", "json", "--root", dir.toString(), unit.toString()))
                    .as(leader).doesNotContain("SD401@4:1").noneMatch(f -> f.startsWith("GE401"));
        }
    }

    @Test
    void clamdConfSuppressesWithAHashComment() throws IOException {
        Path conf = write("clamd.conf", "# headroom: ignore=CL001 -- a template, not a live config\nExample\n"
                + "LocalSocket /run/clamd.scan/clamd.sock\n");
        assertThat(findings("lint", "-f", "json", "--root", dir.toString(), conf.toString()))
                .noneMatch(f -> f.startsWith("CL001") || f.startsWith("GE401"));
    }

    @Test
    void httpdDoesNotTakeASemicolonLineForAComment() throws IOException {
        Path conf = write("httpd.conf", "LoadModule mpm_event_module modules/mod_mpm_event.so\nServerLimit 12\n"
                + "ThreadsPerChild 10\n# headroom: ignore=HT301\nMaxRequestWorkers 85\n");
        assertThat(findings("lint", "-f", "json", "--root", dir.toString(), conf.toString()))
                .noneMatch(f -> f.startsWith("HT301"));
        Files.writeString(conf, Files.readString(conf).replace("# headroom", "; headroom"));
        assertThat(findings("lint", "-f", "json", "--root", dir.toString(), conf.toString()))
                .anyMatch(f -> f.startsWith("HT301"));
    }
}
