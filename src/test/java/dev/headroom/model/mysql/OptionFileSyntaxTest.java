package dev.headroom.model.mysql;

import static dev.headroom.model.mysql.MyTree.kinds;
import static dev.headroom.model.mysql.MyTree.problems;
import static dev.headroom.model.mysql.MyTree.server;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The option-file syntax of mysys/my_default.c (shared/domain.md F.2), one rule a test. Each
 * expectation was first seen with MariaDB 10.11's {@code my_print_defaults --mysqld}.
 */
class OptionFileSyntaxTest {

    @TempDir
    Path root;

    private MyTree tree() {
        return new MyTree(root);
    }

    @Test
    void noOptionFileMeansNoConfig() {
        assertThat(tree().read()).isNull();
    }

    @Test
    void keyWithoutValueIsAFlag() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nskip-external-locking\n  skip-name-resolve  \n");
        assertThat(server(c)).containsExactly("skip-external-locking", "skip-name-resolve");
        assertThat(c.serverOptions().get(1).origin().toString()).isEqualTo("etc/mysql/my.cnf:3:3");
    }

    @Test
    void hashEndsTheLineOutsideQuotesOnly() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nk1 = \"a # b\" # c\nk2 = a # b\nk3 = \"x\\\"#y\" # z\nk4 = 'it''s' # q\n");
        assertThat(server(c)).containsExactly("k1=a # b", "k2=a", "k3=x\"#y", "k4=it''s");
    }

    @Test
    void semicolonIsACommentOnlyAtTheStartOfALine() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\n; k0 = 1\n   ;k1 = 1\nk2 = ;not a comment\nk3 = a;b\n  # k4 = 1\n");
        assertThat(server(c)).containsExactly("k2=;not a comment", "k3=a;b");
    }

    @Test
    void quotesAreRemovedInPairsAndEscapesApplyEverywhere() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nk1 = 'x\\ty'\nk2=\\n\\s\\q\\\\\nk3 = \"unbalanced\nk4=\"a\"b\"\n"
                + "k5 = a\\\nk6 =   \t spaced \t \nk7 =\nk8 = \"\n");
        assertThat(server(c)).containsExactly("k1=x\ty", "k2=\n \\q\\", "k3=\"unbalanced", "k4=a\"b", "k5=a\\",
                "k6=spaced", "k7=", "k8=\"");
    }

    @Test
    void dashAndUnderscoreAreTheSameAndLooseIsNotPartOfTheName() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nkey-buffer-size = 8M\nloose-max_connections = 20\nkey_buffer_size=9M\n");
        assertThat(c.effective().keySet()).containsExactly("max_connections", "key_buffer_size");
        assertThat(c.option("key_buffer_size").value()).isEqualTo("9M");
        assertThat(c.memory().global().get(0).value()).isEqualTo(9L << 20);
        assertThat(c.maxConnections()).isEqualTo(20);
    }

    @Test
    void skipDisableAndEnablePrefixes() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nskip-name-resolve\nskip-innodb-file-per-table\nenable-foo\n");
        assertThat(c.effective().keySet()).containsExactly("skip_name_resolve", "innodb_file_per_table", "foo");
        assertThat(c.option("innodb_file_per_table").variable()).isEqualTo("innodb_file_per_table");
    }

    @Test
    void sizeSuffixesAreBase1024AndOnlyTheFirstSuffixCharacterCounts() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nkey_buffer_size = 16K\ninnodb_buffer_pool_size = 2g\n"
                + "innodb_log_buffer_size = 16MB\nquery_cache_size = 1T\naria_pagecache_buffer_size = 1e3\n");
        assertThat(c.memory().global().stream().map(MysqlSetting::value)).containsExactly(16L << 10, 2L << 30,
                16L << 20, 1L << 40, 1L << 60);
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void sizesTheServerRefuses() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nkey_buffer_size = 1.5G\nsort_buffer_size = 0x10\nread_buffer_size = 16 M\n"
                + "join_buffer_size = -1\nthread_stack\n");
        assertThat(problems(c)).containsExactly(
                "etc/mysql/my.cnf:2:1: error: Unknown suffix '.' used for variable 'key_buffer_size' (value '1.5G')."
                        + " Legal suffix characters are: K, M, G, T, P, E",
                "etc/mysql/my.cnf:3:1: error: Unknown suffix 'x' used for variable 'sort_buffer_size' (value '0x10')."
                        + " Legal suffix characters are: K, M, G, T, P, E",
                "etc/mysql/my.cnf:4:1: error: Unknown suffix ' ' used for variable 'read_buffer_size' (value '16 M')."
                        + " Legal suffix characters are: K, M, G, T, P, E",
                "etc/mysql/my.cnf:5:1: error: Error while setting value '-1' to 'join_buffer_size'",
                "etc/mysql/my.cnf:6:1: error: option '--thread_stack' requires an argument");
        assertThat(c.memory().global().get(0).isSet()).isFalse();
    }

    @Test
    void includeReadsTheFileWhereItStands() throws IOException {
        tree().write("/etc/mysql/extra.cnf", "[mysqld]\nmax_connections = 50\n");
        MysqlConfig c = tree().my("[mysqld]\nmax_connections = 10\n!include /etc/mysql/extra.cnf\n"
                + "key_buffer_size = 1M\n");
        assertThat(server(c)).containsExactly("max_connections=10", "max_connections=50", "key_buffer_size=1M");
        MysqlSetting m = c.memory().maxConnections();
        assertThat(m.value()).isEqualTo(50);
        assertThat(m.origin().toString()).isEqualTo("etc/mysql/extra.cnf:2:1");
        assertThat(m.origin().via()).containsExactly("etc/mysql/my.cnf");
    }

    @Test
    void includedFileStartsOutsideAnyGroup() throws IOException {
        tree().write("/etc/mysql/extra.cnf", "max_connections = 50\n");
        MysqlConfig c = tree().my("[mysqld]\n!include /etc/mysql/extra.cnf\n");
        assertThat(problems(c)).containsExactly("etc/mysql/extra.cnf:1:1: error: Found option without preceding group"
                + " in config file — add [mysqld] (or the group meant) above it");
    }

    @Test
    void includedirReadsDotCnfFilesSorted() throws IOException {
        tree().write("/etc/mysql/conf.d/b.cnf", "[mysqld]\nb=1\n").write("/etc/mysql/conf.d/a.cnf", "[mysqld]\na=1\n")
                .write("/etc/mysql/conf.d/B.cnf", "[mysqld]\nB=1\n").write("/etc/mysql/conf.d/c.conf", "[mysqld]\nc=1\n")
                .write("/etc/mysql/conf.d/d.cnf.bak", "[mysqld]\nd=1\n").write("/etc/mysql/conf.d/.e.cnf", "[mysqld]\ne=1\n");
        MysqlConfig c = tree().my("[mysqld]\n!includedir /etc/mysql/conf.d/\nafter=1\n");
        assertThat(server(c)).containsExactly("e=1", "B=1", "a=1", "b=1", "after=1");
    }

    @Test
    void missingIncludeIsSilentButMissingIncludedirIsFatal() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\n!include /etc/mysql/none.cnf\n!includedir /etc/mysql/none.d\n");
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.INCLUDE_MISSING, MysqlProblem.Kind.INCLUDEDIR_UNREADABLE);
        assertThat(c.problems().get(1).severity()).isEqualTo(dev.headroom.model.Severity.ERROR);
    }

    @Test
    void directiveArgumentRunsToTheEndOfTheLineCommentIncluded() throws IOException {
        tree().mkdir("/etc/mysql/conf.d");
        MysqlConfig c = tree().my("[mysqld]\n!includedir /etc/mysql/conf.d # local\n");
        assertThat(problems(c)).containsExactly("etc/mysql/my.cnf:2:13: error: Can't read dir of '/etc/mysql/conf.d # local'"
                + " (Errcode: 2 \"No such file or directory\"): the server does not start");
    }

    @Test
    void lastLineWithoutNewlineLosesItsLastCharacter() throws IOException {
        tree().write("/etc/mysql/extra.cnf", "[mysqld]\nx=1\n");
        MysqlConfig c = tree().my("[mysqld]\nbefore=1\n!include /etc/mysql/extra.cnf");
        assertThat(server(c)).containsExactly("before=1");
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.DIRECTIVE_TRUNCATED, MysqlProblem.Kind.INCLUDE_MISSING);
        assertThat(c.problems().get(1).message()).contains("/etc/mysql/extra.cn:");
    }

    @Test
    void directivesNeedABlankAfterThemAndAnArgument() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\n!include\n!includex /a\n!foo\n");
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.BAD_DIRECTIVE, MysqlProblem.Kind.UNKNOWN_DIRECTIVE,
                MysqlProblem.Kind.UNKNOWN_DIRECTIVE);
    }

    @Test
    void optionBeforeAnyGroupAndUnclosedGroupAreFatal() throws IOException {
        MysqlConfig c = tree().my("a=1\n[mysqld\nb=1\n[mysqld] trailing text\nc=1\n");
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.OPTION_WITHOUT_GROUP, MysqlProblem.Kind.BAD_GROUP,
                MysqlProblem.Kind.OPTION_WITHOUT_GROUP);
        assertThat(server(c)).containsExactly("c=1");
    }

    @Test
    void groupsTheServerReadsInAnyCaseButNotWithBlanksOrOtherVersions() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\na=1\n[server]\nb=1\n[mysqld-10.11]\nc=1\n[mariadb]\nd=1\n[mariadb-10.11]\ne=1\n"
                + "[mariadbd]\nf=1\n[mariadbd-10.11]\ng=1\n[client-server]\nh=1\n[galera]\ni=1\n[mariadb-10]\nj=1\n"
                + "[MYSQLD]\nl=1\n[ mysqld ]\nm=1\n[embedded]\nn=1\n[mysqld-8.0]\no=1\n[client]\np=1\n[mysqld_safe]\nq=1\n");
        assertThat(server(c)).containsExactly("a=1", "b=1", "c=1", "d=1", "e=1", "f=1", "g=1", "h=1", "i=1", "l=1");
        assertThat(c.options()).hasSize(16);
    }

    @Test
    void laterFilesOfTheSearchPathOverrideEarlierOnes() throws IOException {
        tree().write("/etc/my.cnf", "[mysqld]\nmax_connections = 300\nkey_buffer_size = 1M\n");
        MysqlConfig c = tree().my("[mysqld]\nmax_connections = 40\n");
        assertThat(c.maxConnections()).isEqualTo(40);
        assertThat(c.memory().global().get(0).origin().file()).isEqualTo("etc/my.cnf");
    }

    @Test
    void worldWritableFileIsIgnored() throws IOException {
        tree().write("/etc/mysql/conf.d/ww.cnf", "[mysqld]\nmax_connections = 999\n");
        Files.setPosixFilePermissions(tree().path("/etc/mysql/conf.d/ww.cnf"), PosixFilePermissions.fromString("rw-rw-rw-"));
        MysqlConfig c = tree().my("[mysqld]\n!includedir /etc/mysql/conf.d\n");
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.WORLD_WRITABLE);
        assertThat(c.maxConnections()).isEqualTo(151);
    }

    @Test
    void fileOverTheSizeLimitIsAProblemNotAnException() throws IOException {
        tree().write("/etc/mysql/conf.d/big.cnf", "[mysqld]\n" + "#".repeat(5000) + "\n");
        tree().write("/etc/mysql/my.cnf", "[mysqld]\n!includedir /etc/mysql/conf.d\n");
        MysqlConfig c = MysqlReader.read(new dev.headroom.source.RootedFs(root, "/", 1000));
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.FILE_UNREADABLE);
        assertThat(c.problems().get(0).origin().toString()).isEqualTo("etc/mysql/my.cnf:2:13");
    }

    @Test
    void selfIncludeStopsAtTheRecursionLimit() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\nself=1\n!include /etc/mysql/my.cnf\n");
        assertThat(server(c)).hasSize(11);
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.INCLUDE_TOO_DEEP);
        assertThat(c.files()).hasSize(1);
    }

    @Test
    void crlfNulLatin1AndLongLines() throws IOException {
        MysqlConfig c = tree().my("[mysqld]\r\nc1 = 5 \r\nc2=\"q\"\r\nn1=ab\0cd\nl1=caf\u00e9\nlong=" + "x".repeat(5000)
                + "=tail\nz=1\n");
        assertThat(server(c).subList(0, 4)).containsExactly("c1=5", "c2=q", "n1=ab", "l1=caf\u00e9");
        assertThat(server(c).get(4)).hasSize(4094);
        assertThat(server(c).get(5)).endsWith("x=tail");
        assertThat(server(c).get(6)).isEqualTo("z=1");
        assertThat(kinds(c)).containsExactly(MysqlProblem.Kind.LINE_SPLIT);
    }
}
