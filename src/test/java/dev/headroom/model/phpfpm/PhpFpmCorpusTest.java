package dev.headroom.model.phpfpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.Oracles;

/**
 * The real php-fpm files of shared/corpus/php-fpm, placed where their packages put them. The
 * expected values were read off the files by hand; php-fpm 8.2 {@code -tt} shows the same
 * numbers (it refuses the RHEL pools here only because their users do not exist on this machine).
 */
class PhpFpmCorpusTest {

    @TempDir
    Path root;

    private static Path corpus() {
        return Oracles.corpus("php-fpm");
    }

    private static String text(String name) throws IOException {
        return new String(Files.readAllBytes(corpus().resolve(name)), StandardCharsets.ISO_8859_1);
    }

    private FpmTree tree() {
        return new FpmTree(root);
    }

    @Test
    void everyCorpusFileReadsAsMasterAndAsPoolWithoutThrowing() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path f : files) {
            String text = text(f.getFileName().toString());
            Path r = root.resolve(f.getFileName().toString());
            FpmTree t = new FpmTree(r);
            t.write("/etc/php-fpm.conf", text);
            PhpFpmSetup asMaster = t.read();
            assertThat(asMaster.files()).as(f.toString()).isNotEmpty();
            t.write("/etc/php-fpm.conf", "[global]\ninclude=/etc/php-fpm.d/*.conf\n").write("/etc/php-fpm.d/x.conf", text);
            PhpFpmSetup asPool = t.read();
            for (PhpFpmProblem p : asPool.problems()) {
                assertThat(p.origin()).as(f + ": " + p).isNotNull();
            }
        }
    }

    @Test
    void iusMasterWithItsWwwPool() throws IOException {
        tree().write("/etc/php-fpm.conf", text("ius-php74-php-fpm.conf"))
                .write("/etc/php-fpm.d/www.conf", text("ius-php74-php-fpm.d-www.conf"));
        PhpFpmSetup s = tree().read();
        assertThat(s.problems()).isEmpty();
        PhpFpmPool www = s.pools().get(0);
        assertThat(www.name()).isEqualTo("www");
        assertThat(www.pm().value()).isEqualTo(ProcessManager.DYNAMIC);
        assertThat(www.pm().origin().toString()).isEqualTo("etc/php-fpm.d/www.conf:107:1");
        assertThat(www.maxChildren().value()).isEqualTo(50);
        assertThat(www.maxChildren().origin().toString()).isEqualTo("etc/php-fpm.d/www.conf:118:1");
        assertThat(www.startServers().value()).isEqualTo(5);
        assertThat(www.minSpareServers().value()).isEqualTo(5);
        assertThat(www.maxSpareServers().value()).isEqualTo(35);
        assertThat(www.maxRequests()).isEqualTo(PoolSetting.byDefault(0));
        assertThat(www.memoryLimit()).isNull();
        assertThat(s.maxProcesses()).isEqualTo(50);
    }

    @Test
    void softwareCollectionPhp54Pool() throws IOException {
        tree().write("/opt/rh/php54/root/etc/php-fpm.conf", "[global]\ninclude=etc/php-fpm.d/*.conf\n")
                .write("/opt/rh/php54/root/usr/etc/php-fpm.d/www.conf", text("rhscl-php54-el6-php-fpm.d-www.conf"));
        PhpFpmSetup s = tree().read();
        assertThat(s.problems()).isEmpty();
        PhpFpmPool www = s.pools().get(0);
        assertThat(www.maxChildren().value()).isEqualTo(50);
        assertThat(www.maxChildren().origin().line()).isEqualTo(70);
        assertThat(www.maxSpareServers().value()).isEqualTo(35);
    }

    @Test
    void upstreamTemplatesHavePlaceholdersThatIncludeNothing() throws IOException {
        tree().write("/usr/local/etc/php-fpm.conf", text("php-src-sapi-fpm-php-fpm.conf.in"));
        PhpFpmSetup s = tree().read();
        assertThat(s.problems().stream().map(PhpFpmProblem::kind)).containsExactly(
                PhpFpmProblem.Kind.INCLUDE_NO_MATCH, PhpFpmProblem.Kind.NO_POOL);
        assertThat(s.problems().get(0).origin().line()).isEqualTo(146);
        assertThat(s.masters().get(0).prefix()).isEqualTo("/usr/local");

        tree().write("/usr/local/etc/php-fpm.d/www.conf", text("php-src-sapi-fpm-www.conf.in"))
                .write("/usr/local/etc/php-fpm.conf", "[global]\ninclude=etc/php-fpm.d/*.conf\n");
        PhpFpmPool www = tree().read().pools().get(0);
        assertThat(www.maxChildren().value()).isEqualTo(5);
        assertThat(www.startServers().value()).isEqualTo(2);
        assertThat(www.minSpareServers().value()).isEqualTo(1);
        assertThat(www.maxSpareServers().value()).isEqualTo(3);
    }

    @Test
    void virtuboxOndemandPoolsOfTwoPhpVersions() throws IOException {
        tree().write("/etc/php/7.0/fpm/php-fpm.conf", "[global]\ninclude=/etc/php/7.0/fpm/pool.d/*.conf\n")
                .write("/etc/php/7.0/fpm/pool.d/www-two-sock.conf", text("virtubox-php7.0-fpm-pool.d-www-two-sock.conf"))
                .write("/etc/php/7.3/fpm/php-fpm.conf", "[global]\ninclude=/etc/php/7.3/fpm/pool.d/*.conf\n")
                .write("/etc/php/7.3/fpm/pool.d/www-sock.conf", text("virtubox-php7.3-fpm-pool.d-www-sock.conf"));
        PhpFpmSetup s = tree().read();
        assertThat(s.problems()).isEmpty();
        assertThat(s.pools().stream().map(PhpFpmPool::name)).containsExactly("php70-fpm-two-sock", "php73-fpm-sock");
        PhpFpmPool p = s.pools().get(0);
        assertThat(p.pm().value()).isEqualTo(ProcessManager.ONDEMAND);
        assertThat(p.maxChildren().value()).isEqualTo(50);
        // pm.start_servers = 20 is written, but ondemand ignores it (php-fpm -tt: 0).
        assertThat(p.startServers()).isEqualTo(PoolSetting.byDefault(0));
        assertThat(p.maxRequests().value()).isEqualTo(500);
        assertThat(p.maxRequests().origin().toString()).isEqualTo("etc/php/7.0/fpm/pool.d/www-two-sock.conf:22:1");
        assertThat(p.processIdleTimeout()).isEqualTo(PoolSetting.byDefault(10));
        assertThat(s.maxProcesses()).isEqualTo(100);
    }
}
