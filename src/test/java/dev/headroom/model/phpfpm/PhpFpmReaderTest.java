package dev.headroom.model.phpfpm;

import static dev.headroom.model.phpfpm.FpmTree.kinds;
import static dev.headroom.model.phpfpm.FpmTree.messages;
import static dev.headroom.model.phpfpm.FpmTree.pool;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.source.Origin;

/**
 * php-fpm's reading rules (php-src sapi/fpm/fpm/fpm_conf.c; shared/domain.md F.1), each on a
 * small tree. The expected messages are php-fpm 8.2's own, seen with {@code php-fpm8.2 -tt}.
 */
class PhpFpmReaderTest {

    private static final String STATIC5 = "pm = static\npm.max_children = 5\n";

    @TempDir
    Path root;

    private FpmTree tree() {
        return new FpmTree(root);
    }

    @Test
    void noMasterMeansNoSetup() throws IOException {
        tree().write("/etc/php/8.2/fpm/pool.d/www.conf", pool("www", STATIC5));
        assertThat(tree().read()).isNull();
    }

    @Test
    void debianMasterBringsItsPoolsThroughTheIncludeGlobSorted() throws IOException {
        FpmTree t = tree().debian(pool("b", STATIC5), pool("a", "pm = static\npm.max_children = 3\n"));
        t.write("/etc/php/8.2/fpm/pool.d/.hidden.conf", pool("hidden", STATIC5));
        t.write("/etc/php/8.2/fpm/pool.d/x.conf.dpkg-old", pool("old", STATIC5));
        t.write("/etc/php/8.2/fpm/pool.d/dir.conf/in.conf", pool("dir", STATIC5));
        PhpFpmSetup s = t.read();
        assertThat(s.masters()).hasSize(1);
        assertThat(s.masters().get(0).file()).isEqualTo("etc/php/8.2/fpm/php-fpm.conf");
        assertThat(s.pools().stream().map(PhpFpmPool::name)).containsExactly("b", "a");
        assertThat(s.problems()).isEmpty();
        assertThat(s.maxProcesses()).isEqualTo(8);
        Origin o = t.pool("a").maxChildren().origin();
        assertThat(o.toString()).isEqualTo("etc/php/8.2/fpm/pool.d/p1.conf:5:1");
        assertThat(o.via()).containsExactly("etc/php/8.2/fpm/php-fpm.conf");
    }

    @Test
    void eachPhpVersionIsItsOwnMaster() throws IOException {
        FpmTree t = tree().debian(pool("www", STATIC5));
        t.write("/etc/php/7.4/fpm/php-fpm.conf", "[global]\ninclude=/etc/php/7.4/fpm/pool.d/*.conf\n");
        t.write("/etc/php/7.4/fpm/pool.d/www.conf", pool("www", "pm = static\npm.max_children = 2\n"));
        PhpFpmSetup s = t.read();
        assertThat(s.masters().stream().map(PhpFpmMaster::file)).containsExactly("etc/php/7.4/fpm/php-fpm.conf",
                "etc/php/8.2/fpm/php-fpm.conf");
        assertThat(s.maxProcesses()).isEqualTo(7);
    }

    @Test
    void rhelMasterWithIncludeBeforeAnySection() throws IOException {
        tree().write("/etc/php-fpm.conf", "include=/etc/php-fpm.d/*.conf\n[global]\ndaemonize = yes\n")
                .write("/etc/php-fpm.d/www.conf", pool("www", STATIC5));
        PhpFpmSetup s = tree().read();
        assertThat(s.pools()).hasSize(1);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void relativeIncludeIsTakenFromThePrefixNotTheFilesDirectory() throws IOException {
        tree().write("/etc/php-fpm.conf", "[global]\ninclude=etc/fpm.d/*.conf\n")
                .write("/usr/etc/fpm.d/a.conf", pool("a", STATIC5))
                .write("/etc/etc/fpm.d/b.conf", pool("b", STATIC5));
        assertThat(tree().read().pools().stream().map(PhpFpmPool::name)).containsExactly("a");
        tree().write("/etc/opt/rh/rh-php73/php-fpm.conf", "[global]\ninclude=etc/fpm.d/*.conf\n")
                .write("/opt/rh/rh-php73/root/usr/etc/fpm.d/c.conf", pool("c", STATIC5));
        PhpFpmMaster scl = tree().read().masters().get(1);
        assertThat(scl.prefix()).isEqualTo("/opt/rh/rh-php73/root/usr");
        assertThat(scl.pools().stream().map(PhpFpmPool::name)).containsExactly("c");
    }

    @Test
    void includeMatchingNothingIsAWarningAndTheTemplatePlaceholderIsRelative() throws IOException {
        tree().write("/etc/php-fpm.conf", "[global]\ninclude=@php_fpm_sysconfdir@/php-fpm.d/*.conf\n"
                + "include=/etc/none/x.conf\n" + pool("www", STATIC5));
        PhpFpmSetup s = tree().read();
        assertThat(messages(s)).containsExactly(
                "etc/php-fpm.conf:2:1: warning: Nothing matches the include pattern "
                        + "'/usr/@php_fpm_sysconfdir@/php-fpm.d/*.conf' (relative, so taken from the prefix /usr)",
                "etc/php-fpm.conf:3:1: warning: Nothing matches the include pattern '/etc/none/x.conf'");
        assertThat(s.pools()).hasSize(1);
    }

    @Test
    void includeDeeperThanFiveFilesIsAnError() throws IOException {
        tree().write("/etc/php-fpm.conf", pool("www", STATIC5) + "include=/etc/php-fpm.conf\n");
        PhpFpmSetup s = tree().read();
        assertThat(kinds(s)).containsExactly(PhpFpmProblem.Kind.INCLUDE_FAILED);
        assertThat(s.problems().get(0).origin().via()).hasSize(4);
        assertThat(s.pools()).hasSize(1);
    }

    @Test
    void sectionsOfTheSameNameInAnyCaseAreOnePoolAndGlobalReturnsToGlobal() throws IOException {
        tree().debian(pool("www", "pm = static\npm.max_children = 3\n[GLOBAL]\nprocess.max = 4\n")
                + "[WWW]\npm.max_children = 9\n");
        PhpFpmSetup s = tree().read();
        assertThat(s.pools()).hasSize(1);
        assertThat(s.pools().get(0).name()).isEqualTo("www");
        assertThat(s.pools().get(0).maxChildren().value()).isEqualTo(9);
        assertThat(s.masters().get(0).processMax().value()).isEqualTo(4);
        assertThat(s.masters().get(0).maxProcesses()).isEqualTo(4);
    }

    @Test
    void theIncludingFileGoesOnInTheSectionTheIncludedOneEndedIn() throws IOException {
        // php-fpm 8.2 -tt: [a] max_children 1, [b] max_children 7.
        tree().write("/etc/php-fpm.conf", pool("a", "pm = static\npm.max_children = 1\ninclude=/etc/b.conf\n"
                + "pm.max_children = 7\n")).write("/etc/b.conf", pool("b", "pm = static\npm.max_children = 2\n"));
        assertThat(tree().read().pools().stream().map(PhpFpmPool::maxProcesses)).containsExactly(1, 7);
    }

    @Test
    void poolExpandsInStringsAndIsAnErrorInGlobal() throws IOException {
        tree().debian("[global]\nerror_log = /var/log/$pool.log\n"
                + pool("www", STATIC5 + "php_admin_value[error_log] = /var/log/$pool.err\n"));
        assertThat(messages(tree().read())).containsExactly("etc/php/8.2/fpm/pool.d/p0.conf:2:1: error: unable to"
                + " parse value for entry 'error_log': Can't use '$pool' when the pool is not defined");
    }

    @Test
    void missingProcessManager() throws IOException {
        tree().debian(pool("www", "pm.max_children = 5\n"));
        assertThat(messages(tree().read())).containsExactly(
                "etc/php/8.2/fpm/pool.d/p0.conf:1:1: error: [pool www] the process manager is missing (static, dynamic or ondemand)");
    }

    @Test
    void maxChildrenIsRequired() throws IOException {
        tree().debian(pool("www", "pm = ondemand\n"));
        assertThat(messages(tree().read())).containsExactly(
                "etc/php/8.2/fpm/pool.d/p0.conf:1:1: error: [pool www] pm.max_children must be a positive value");
        assertThat(tree().pool("www").maxProcesses()).isZero();
    }

    @Test
    void spareServersAboveMaxChildren() throws IOException {
        tree().debian(pool("www", "pm = dynamic\npm.max_children = 5\npm.min_spare_servers = 1\n"
                + "pm.max_spare_servers = 8\n"));
        assertThat(messages(tree().read())).containsExactly("etc/php/8.2/fpm/pool.d/p0.conf:7:1: error: [pool www] "
                + "pm.min_spare_servers(1) and pm.max_spare_servers(8) cannot be greater than pm.max_children(5)");
    }

    @Test
    void spareServersMustBePositiveAndOrdered() throws IOException {
        tree().debian(pool("a", "pm = dynamic\npm.max_children = 5\npm.max_spare_servers = 3\n"),
                pool("b", "pm = dynamic\npm.max_children = 5\npm.min_spare_servers = 4\npm.max_spare_servers = 3\n"),
                pool("c", "pm = dynamic\npm.max_children = 9\npm.min_spare_servers = 2\npm.max_spare_servers = 4\n"
                        + "pm.start_servers = 5\n"));
        assertThat(tree().read().problems().stream().map(PhpFpmProblem::message).collect(Collectors.toList()))
                .containsExactly("[pool a] pm.min_spare_servers(0) must be a positive value",
                        "[pool b] pm.max_spare_servers(3) must not be less than pm.min_spare_servers(4)",
                        "[pool c] pm.start_servers(5) must not be less than pm.min_spare_servers(2) and not greater"
                                + " than pm.max_spare_servers(4)");
    }

    @Test
    void startServersDefaultIsANotice() throws IOException {
        tree().debian(pool("www", "pm = dynamic\npm.max_children = 5\npm.min_spare_servers = 1\npm.max_spare_servers = 4\n"));
        PhpFpmSetup s = tree().read();
        assertThat(messages(s)).containsExactly(
                "etc/php/8.2/fpm/pool.d/p0.conf:1:1: info: [pool www] pm.start_servers is not set. It's been set to 2.");
        PhpFpmPool p = s.pools().get(0);
        assertThat(p.startServers().value()).isEqualTo(2);
        assertThat(p.startServers().origin()).isNull();
    }

    @Test
    void ondemandIgnoresSpareSettingsAndNeedsAnIdleTimeout() throws IOException {
        tree().debian(pool("www", "pm = OnDemand\npm.max_children = 50\npm.start_servers = 20\n"
                + "pm.process_idle_timeout = 0s\n"));
        PhpFpmSetup s = tree().read();
        assertThat(messages(s)).containsExactly("etc/php/8.2/fpm/pool.d/p0.conf:7:1: error: [pool www] "
                + "pm.process_idle_timeout(0s) must be greater than 0s");
        PhpFpmPool p = s.pools().get(0);
        assertThat(p.pm().value()).isEqualTo(ProcessManager.ONDEMAND);
        assertThat(p.startServers().value()).isZero();
        assertThat(p.maxProcesses()).isEqualTo(50);
    }

    @Test
    void idleTimeoutUnitsAndDefault() throws IOException {
        tree().debian(pool("a", "pm = ondemand\npm.max_children = 2\npm.process_idle_timeout = 2m\n"),
                pool("b", "pm = ondemand\npm.max_children = 2\n"));
        assertThat(tree().pool("a").processIdleTimeout().value()).isEqualTo(120);
        assertThat(tree().pool("b").processIdleTimeout()).isEqualTo(PoolSetting.byDefault(10));
    }

    @Test
    void invalidValuesAreTheSettersMessages() throws IOException {
        tree().debian(pool("www", "pm = Static\npm.max_children = 5a\npm.max_children = 0x10\npm = dynamik\n"
                + "catch_workers_output = maybe\npm.max_childre = 5\nfoo[x] = 1\nphp_value[] = 1\n"
                + "pm.max_requests = 500\npm.max_requests = -\n"));
        assertThat(tree().read().problems().stream().map(PhpFpmProblem::message).collect(Collectors.toList()))
                .containsExactly(
                        "unable to parse value for entry 'pm.max_children': is not a valid number (greater or equal than zero)",
                        "unable to parse value for entry 'pm.max_children': is not a valid number (greater or equal than zero)",
                        "unable to parse value for entry 'pm': invalid process manager (static, dynamic or ondemand)",
                        "unable to parse value for entry 'catch_workers_output': invalid boolean value",
                        "unknown entry 'pm.max_childre'",
                        "unknown directive 'foo'",
                        "You must provide a key for field 'php_value'");
    }

    @Test
    void poolEntryInGlobalIsUnknown() throws IOException {
        tree().debian("pm.max_children = 5\n" + pool("www", STATIC5));
        assertThat(tree().read().problems().get(0).message())
                .isEqualTo("unknown entry 'pm.max_children' in [global]: it belongs in a pool");
    }

    @Test
    void namesIgnoreCaseAndTheLastValueWins() throws IOException {
        tree().debian(pool("www", "pm = static\nPM.MAX_CHILDREN = 10\npm.max_children = 11\n"));
        assertThat(tree().pool("www").maxChildren().value()).isEqualTo(11);
    }

    @Test
    void iniValuesAreDecodedAsPhpDoes() throws IOException {
        tree().debian(pool("a", "pm = static\npm.max_children = yes\n"),
                pool("b", "pm = static\npm.max_children = \"7\" ; seven\n"),
                pool("c", "pm = static\npm.max_children = '8'\n"),
                pool("d", "pm = static\npm.max_children = 9;nine\n"));
        assertThat(tree().read().pools().stream().map(PhpFpmPool::maxProcesses)).containsExactly(1, 7, 8, 9);
        assertThat(tree().read().problems()).isEmpty();
    }

    @Test
    void hashLineIsNotAComment() throws IOException {
        tree().debian(pool("www", STATIC5 + "# pm.max_children = 50\n"));
        PhpFpmSetup s = tree().read();
        assertThat(kinds(s)).containsExactly(PhpFpmProblem.Kind.HASH_COMMENT);
        assertThat(s.problems().get(0).origin().line()).isEqualTo(6);
        assertThat(s.pools().get(0).maxChildren().value()).isEqualTo(5);
    }

    @Test
    void syntaxErrors() throws IOException {
        tree().debian(pool("www", STATIC5 + "pm.max_requests\n[other\nslowlog = a\"b\nslowlog = a = b\n"));
        assertThat(tree().read().problems().stream().map(p -> p.origin().line() + " " + p.kind())
                .collect(Collectors.toList())).containsExactly("6 SYNTAX", "7 SYNTAX", "8 SYNTAX", "9 SYNTAX");
    }

    @Test
    void environmentAndExpressionsAreKeptAsWrittenAndSaidSo() throws IOException {
        tree().debian(pool("www", STATIC5 + "php_value[memory_limit] = ${PHP_MEMORY}\n"));
        PhpFpmSetup s = tree().read();
        assertThat(kinds(s)).containsExactly(PhpFpmProblem.Kind.VALUE_NOT_EVALUATED);
        assertThat(s.pools().get(0).memoryLimit().value()).isEqualTo("${PHP_MEMORY}");
        assertThat(s.pools().get(0).memoryLimitBytes()).isNull();
    }

    @Test
    void memoryLimitAdminWinsAndTheFirstOfRepeatedLinesStays() throws IOException {
        tree().debian(pool("a", STATIC5 + "php_value[memory_limit] = 64M\nphp_value[memory_limit] = 96M\n"),
                pool("b", STATIC5 + "php_value[memory_limit] = 64M\nphp_admin_value[memory_limit] = 256M\n"
                        + "php_admin_value[memory_limit] = 1G\n"),
                pool("c", STATIC5 + "php_admin_value[memory_limit] = -1\nphp_value[Memory_Limit] = 8M\n"));
        PhpFpmPool a = tree().pool("a");
        assertThat(a.memoryLimit().value()).isEqualTo("64M");
        assertThat(a.memoryLimit().origin().line()).isEqualTo(6);
        assertThat(a.memoryLimitBytes()).isEqualTo(64L << 20);
        PhpFpmPool b = tree().pool("b");
        assertThat(b.phpValueMemoryLimit().value()).isEqualTo("64M");
        assertThat(b.memoryLimit().value()).isEqualTo("256M");
        assertThat(tree().pool("c").memoryLimitBytes()).isEqualTo(-1L);
        assertThat(tree().pool("c").phpValueMemoryLimit()).isNull();
    }

    @Test
    void noPoolAtAll() throws IOException {
        tree().write("/etc/php-fpm.conf", "[global]\npid = /run/php-fpm.pid\n");
        assertThat(messages(tree().read())).containsExactly(
                "etc/php-fpm.conf: error: No pool defined. at least one pool section must be specified in config file");
    }

    @Test
    void userAndListenAreRequired() throws IOException {
        tree().debian("[a]\nlisten = x.sock\n" + STATIC5, "[b]\nuser = u\n" + STATIC5);
        assertThat(tree().read().problems().stream().map(PhpFpmProblem::message).collect(Collectors.toList()))
                .containsExactly("[pool a] user has not been defined", "[pool b] no listen address have been defined!");
    }

    @Test
    void crlfLinesReadLikeLfAndALoneCrEndsAStatement() throws IOException {
        tree().debian(pool("a", STATIC5).replace("\n", "\r\n"),
                pool("b", "pm = static\rpm.max_children = 3\rpm.max_requests = 7\n"));
        PhpFpmSetup s = tree().read();
        assertThat(s.problems()).isEmpty();
        assertThat(s.pools().stream().map(PhpFpmPool::maxProcesses)).containsExactly(5, 3);
        PhpFpmPool b = tree().pool("b");
        assertThat(b.maxRequests().origin().toString()).isEqualTo("etc/php/8.2/fpm/pool.d/p1.conf:4:33");
    }

    @Test
    void nulEndsTheLineAndLatin1Passes() throws IOException {
        tree().debian(pool("caf\u00e9", "pm = static\npm.max_children = 4\0 garbage\nslowlog = /var/log/\u00b5.log\n"));
        PhpFpmSetup s = tree().read();
        assertThat(s.problems()).isEmpty();
        assertThat(s.pools().get(0).name()).isEqualTo("caf\u00e9");
        assertThat(s.pools().get(0).maxProcesses()).isEqualTo(4);
    }

    @Test
    void fileOverTheSizeLimitIsAProblemNotAnException() throws IOException {
        tree().write("/etc/php-fpm.conf", "[global]\ninclude=/etc/php-fpm.d/*.conf\n")
                .write("/etc/php-fpm.d/big.conf", pool("www", STATIC5 + ";".repeat(5000) + "\n"));
        PhpFpmSetup s = PhpFpmReader.read(new dev.headroom.source.RootedFs(root, "/", 1000));
        assertThat(kinds(s)).containsExactly(PhpFpmProblem.Kind.INCLUDE_FAILED, PhpFpmProblem.Kind.NO_POOL);
        assertThat(s.problems().get(0).message()).contains("over headroom's limit of 1000 bytes");
    }

    @Test
    void unreadableAndBinaryFiles() throws IOException {
        tree().write("/etc/php-fpm.conf", "[global]\ninclude=/etc/php-fpm.d/*.conf\n")
                .write("/etc/php-fpm.d/bin.conf", "\0\1\2\3\4\5\6\7\0\1\2\3\4\5\6\7\0\0\0\0");
        assertThat(kinds(tree().read())).containsExactly(PhpFpmProblem.Kind.FILE_BINARY, PhpFpmProblem.Kind.NO_POOL);
    }
}
