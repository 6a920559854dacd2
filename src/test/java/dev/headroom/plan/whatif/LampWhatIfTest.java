package dev.headroom.plan.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.budget.BudgetBuilder;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.model.HostFacts;
import dev.headroom.model.Workspace;
import dev.headroom.plan.FileEdit;
import dev.headroom.source.RootedFs;
import dev.headroom.testing.ScratchTree;
import dev.headroom.testing.TreeCopy;

/** What-ifs on php-fpm pools and the MySQL/MariaDB memory formula: set where written, or added to the pool or group. */
class LampWhatIfTest {

    private static final long M = 1L << 20;

    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void lamp() throws IOException {
        root = tmp.resolve("root");
        write("etc/php/8.2/fpm/php-fpm.conf", "[global]\ninclude=/etc/php/8.2/fpm/pool.d/*.conf\n");
        write("etc/php/8.2/fpm/pool.d/www.conf", "; the site\n[www]\nuser = www-data\nlisten = /run/php.sock\n"
                + "pm = dynamic\npm.max_children = 40 ; far too many\npm.start_servers = 3\npm.min_spare_servers = 2\n"
                + "pm.max_spare_servers = 4\n");
        write("lib/systemd/system/php8.2-fpm.service", "[Service]\nExecStart=/usr/sbin/php-fpm8.2 --nodaemonize\n");
        enable("php8.2-fpm.service");
        write("etc/mysql/my.cnf", "[client]\nport = 3306\n\n[mysqld]\nmax-connections = 151\ninnodb_buffer_pool_size = 256M\n");
        write("lib/systemd/system/mariadb.service", "[Service]\nExecStart=/usr/sbin/mariadbd\n");
        enable("mariadb.service");
    }

    private Session open() throws IOException {
        Workspace ws = Workspace.discover(root).withFacts(new HostFacts(1024 * M, 0L, 1,
                Map.of("php-fpm.child", 40 * M), "test"));
        return Session.open(new RootedFs(root), ws);
    }

    @Test
    void poolsAndTheServerAreTargetsWithTheirOwnSettings() throws IOException {
        Session s = open();
        Target www = s.targets().find("php-fpm:www");
        assertThat(www.kind()).isEqualTo(Target.Kind.PHPFPM_POOL);
        assertThat(www.unit().name()).isEqualTo("php8.2-fpm.service");
        assertThat(Settings.names(www, List.of())).startsWith("pm", "pm.max_children");
        assertThat(Settings.values(www, "pm")).containsExactly("static", "dynamic", "ondemand");
        Target mysql = s.targets().find("mysql");
        assertThat(mysql.unit().name()).isEqualTo("mariadb.service");
        assertThat(Settings.names(mysql, List.of())).contains("max_connections", "innodb_buffer_pool_size");
        assertThat(Values.of(s.now().workspace(), mysql, "max_connections")).isEqualTo("151");
    }

    @Test
    void fewerChildrenAndConnectionsAreEditedWhereWrittenAndTheBudgetFollows() throws IOException {
        Session s = open();
        long before = s.now().budget().scenarios().get(3).total();
        assertThat(s.set("php-fpm:www", "pm.max_children", "8").error()).isNull();
        assertThat(s.set("mysql", "max_connections", "30").error()).isNull();
        assertThat(s.now().budget().scenarios().get(3).total()).isLessThan(before);
        FileEdit pool = edit(s, "etc/php/8.2/fpm/pool.d/www.conf");
        assertThat(pool.after()).contains("pm.max_children = 8 ; far too many\n");
        FileEdit cnf = edit(s, "etc/mysql/my.cnf");
        assertThat(cnf.after()).contains("[mysqld]\nmax-connections = 30\n");
    }

    @Test
    void anUnsetSettingIsAddedUnderThePoolOrAfterTheServersLastOption() throws IOException {
        Session s = open();
        assertThat(s.set("php-fpm:www", "pm.max_requests", "500").error()).isNull();
        assertThat(s.set("mysql", "key_buffer_size", "8M").error()).isNull();
        assertThat(edit(s, "etc/php/8.2/fpm/pool.d/www.conf").after()).startsWith("; the site\n[www]\npm.max_requests = 500\n");
        assertThat(edit(s, "etc/mysql/my.cnf").after()).endsWith("innodb_buffer_pool_size = 256M\nkey_buffer_size = 8M\n");
        assertThat(Values.of(s.now().workspace(), s.targets().find("php-fpm:www"), "pm.max_requests")).isEqualTo("500");
    }

    @Test
    void refusesWhatPhpFpmAndMysqldWouldNotTake() throws IOException {
        Session s = open();
        assertThat(s.set("php-fpm:www", "pm.max_kids", "8").error()).contains("has no setting 'pm.max_kids'");
        assertThat(s.set("php-fpm:www", "pm", "lazy").error()).contains("pm is one of static, dynamic, ondemand");
        assertThat(s.set("mysql", "max_connections", "lots").error()).contains("takes a number");
    }

    @Test
    void theModelOfTheWhatIfsIsTheModelOfTheWrittenTree() throws IOException {
        Session s = open();
        s.set("php-fpm:www", "pm", "static");
        s.set("php-fpm:www", "pm.max_children", "6");
        s.set("mysql", "innodb-buffer-pool-size", "128M");
        s.set("mysql", "sort_buffer_size", "1M");
        Path copy = TreeCopy.copy(root, tmp.resolve("copy"));
        for (FileEdit e : s.now().edits()) {
            Files.write(copy.resolve(e.file()), e.after().getBytes(StandardCharsets.ISO_8859_1));
        }
        Workspace written = Workspace.discover(copy).withFacts(s.now().workspace().facts());
        assertThat(BudgetBuilder.of(written, null, null).scenarios()).extracting(ScenarioTotal::total)
                .isEqualTo(s.now().budget().scenarios().stream().map(ScenarioTotal::total).toList());
        assertThat(s.now().steps()).extracting(Step::setting).contains("innodb_buffer_pool_size");
    }

    @Test
    void appliedTheWhatIfsNameTheUnitsToReload() throws IOException {
        Session s = open();
        s.set("php-fpm:www", "pm.max_children", "8");
        s.set("mysql", "max_connections", "30");
        Path plan = tmp.resolve("plan.json");
        Files.writeString(plan, new dev.headroom.report.PlanReport(s.asPlan()).json(root.toString(), "test"));
        dev.headroom.testing.CliRun r = dev.headroom.testing.CliRun.of("apply", "--root", root.toString(), "--plan",
                plan.toString(), "--no-validate");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("systemctl try-reload-or-restart mariadb.service php8.2-fpm.service");
        assertThat(Files.readString(root.resolve("etc/php/8.2/fpm/pool.d/www.conf"))).contains("pm.max_children = 8 ");
    }

    private static FileEdit edit(Session s, String file) {
        return s.now().edits().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    }

    private void write(String path, String text) throws IOException {
        ScratchTree.write(root, path, text);
    }

    private void enable(String unit) throws IOException {
        ScratchTree.enable(root, unit);
    }
}
