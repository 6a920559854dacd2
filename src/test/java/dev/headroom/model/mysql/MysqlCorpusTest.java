package dev.headroom.model.mysql;

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
 * The real option files of shared/corpus/mysql as /etc/mysql/my.cnf. The expected values were
 * read off the files by hand and the sums done by hand; my_print_defaults --mysqld of MariaDB
 * 10.11 lists the same server options.
 */
class MysqlCorpusTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path root;

    private static String text(String name) throws IOException {
        return new String(Files.readAllBytes(Oracles.corpus("mysql").resolve(name)), StandardCharsets.ISO_8859_1);
    }

    private MysqlConfig my(String name) throws IOException {
        return new MyTree(root).mkdir("/etc/mysql/conf.d").mkdir("/etc/mysql/mariadb.conf.d").my(text(name));
    }

    @Test
    void everyCorpusFileReadsWithoutThrowing() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Oracles.corpus("mysql"))) {
            files = s.sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path f : files) {
            MysqlConfig c = new MyTree(root.resolve(f.getFileName().toString()))
                    .my(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            assertThat(c.files()).as(f.toString()).hasSize(1);
            assertThat(c.maxPossibleBytes()).as(f.toString()).isPositive();
            for (MysqlProblem p : c.problems()) {
                assertThat(p.origin()).as(f + ": " + p).isNotNull();
            }
        }
    }

    @Test
    void virtuboxMariadbTuning() throws IOException {
        MysqlConfig c = my("virtubox-etc-mysql-my.cnf");
        assertThat(c.maxConnections()).isEqualTo(100);
        assertThat(c.memory().maxConnections().origin().toString()).isEqualTo("etc/mysql/my.cnf:48:1");
        assertThat(c.memory().global().stream().map(MysqlSetting::value))
                .containsExactly(64 * MIB, 1024 * MIB, 256 * MIB, 0L, 128 * MIB);
        assertThat(c.globalBuffersBytes()).isEqualTo(1_543_503_872L);
        assertThat(c.perThreadBytes()).isEqualTo(41_488_384L);
        assertThat(c.maxPossibleBytes()).isEqualTo(5_692_342_272L);
        assertThat(c.option("bind_address").value()).isEqualTo("::ffff:127.0.0.1");
        // The file ends with !include /etc/mysql/mariadb.cnf, absent from this tree: skipped silently.
        assertThat(c.problems().stream().map(MysqlProblem::kind)).containsExactly(MysqlProblem.Kind.INCLUDE_MISSING);
    }

    @Test
    void debianSqueezeUsesTheKeyBufferPrefix() throws IOException {
        MysqlConfig c = my("debian-squeeze-mysql5.5-my.cnf");
        MysqlSetting key = c.memory().global().get(0);
        assertThat(key.value()).isEqualTo(16 * MIB);
        assertThat(key.text()).isEqualTo("16M");
        assertThat(key.origin().line()).isEqualTo(52);
        assertThat(c.memory().perThread().get(3).value()).isEqualTo(192 * 1024);
        assertThat(c.memory().global().get(3).value()).isEqualTo(16 * MIB);
        assertThat(c.maxConnections()).isEqualTo(151);
        assertThat(c.maxPossibleBytes()).isEqualTo(3_302_391_808L);
        assertThat(c.problems().stream().map(MysqlProblem::kind)).containsExactly(MysqlProblem.Kind.OPTION_PREFIX);
    }

    @Test
    void innodbHeavy4gTemplate() throws IOException {
        MysqlConfig c = my("mysql-pre5.6-support-files-my-innodb-heavy-4G.cnf");
        assertThat(c.maxConnections()).isEqualTo(100);
        assertThat(c.globalBuffersBytes()).isEqualTo(2_390_753_280L);
        assertThat(c.perThreadBytes()).isEqualTo(104_005_632L);
        assertThat(c.maxPossibleBytes()).isEqualTo(12_791_316_480L);
        // innodb_additional_mem_pool_size (line 355) is gone from MariaDB 10.11: it would not start.
        assertThat(c.problems().stream().map(p -> p.kind() + "@" + p.origin().line()))
                .containsExactly("REMOVED_VARIABLE@355");
    }

    @Test
    void mariadbServerCnfOnlyPaths() throws IOException {
        MysqlConfig c = my("mariadb-debian-mariadb.conf.d-50-server.cnf");
        assertThat(c.problems()).isEmpty();
        assertThat(c.option("pid_file").value()).isEqualTo("/run/mysqld/mysqld.pid");
        assertThat(c.option("pid_file").group()).isEqualTo("mariadbd");
        assertThat(c.maxPossibleBytes()).isEqualTo(3_419_566_080L);
    }

    @Test
    void templatePlaceholdersAreOptionsWithoutValue() throws IOException {
        MysqlConfig c = my("mysql-5.6-support-files-my-default.cnf");
        assertThat(c.serverOptions().stream().map(MysqlOption::name)).contains("@CNF_SOCKET_LINE@", "sql_mode");
        assertThat(c.option("sql_mode").value()).isEqualTo("NO_ENGINE_SUBSTITUTION,STRICT_TRANS_TABLES");
    }
}
