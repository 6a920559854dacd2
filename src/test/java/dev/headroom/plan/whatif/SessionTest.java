package dev.headroom.plan.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.config.FactsFile;
import dev.headroom.model.Finding;
import dev.headroom.model.Workspace;
import dev.headroom.plan.FileEdit;
import dev.headroom.rules.Linter;
import dev.headroom.rules.RuleFilter;
import dev.headroom.source.RootedFs;
import dev.headroom.testing.TreeCopy;

class SessionTest {

    @TempDir
    Path tmp;

    static Path example(String name) {
        return Path.of("examples", name);
    }

    static Session open(String example) throws Exception {
        Path root = example(example).resolve("root");
        Workspace ws = Workspace.discover(root);
        Path facts = example(example).resolve("host.ini");
        if (Files.exists(facts)) {
            ws = ws.withFacts(FactsFile.parse(facts.toString(), Files.readString(facts, StandardCharsets.ISO_8859_1)));
        }
        return Session.open(new RootedFs(root), ws);
    }

    @Test
    void whatIfsOnTarragonMoveTheBudgetUntilItFits() throws Exception {
        Session s = open("tarragon");
        assertThat(s.now().budget().fits()).isFalse();
        Session.Outcome o = s.set("httpd", "maxrequestworkers", "60");
        assertThat(o.ok()).isTrue();
        assertThat(o.step()).isEqualTo(new Step("httpd", "MaxRequestWorkers", "60"));
        assertThat(Values.of(s.now().workspace(), s.targets().find("httpd"), "MaxRequestWorkers")).isEqualTo("60");
        assertThat(s.now().budget().fits()).isFalse();
        s.set("clamd", "ConcurrentDatabaseReload", "no");
        s.set("httpd", "MaxRequestWorkers", "30");
        assertThat(s.now().steps()).extracting(Step::command).containsExactly(
                "set clamd ConcurrentDatabaseReload no", "set httpd MaxRequestWorkers 30");
        assertThat(s.now().budget().fits()).isTrue();
        assertThat(s.now().edits()).extracting(FileEdit::file).containsExactly("etc/clamd.d/scan.conf",
                "etc/httpd/conf.modules.d/10-mpmconfig.conf");
        // nothing on disk changed
        assertThat(Files.readString(example("tarragon").resolve("root/etc/httpd/conf.modules.d/10-mpmconfig.conf")))
                .contains("MaxRequestWorkers        80");
    }

    @Test
    void theHostTakesTheSizeOfAServiceMeasuredOrInTheBudget() throws Exception {
        Session s = open("tarragon");
        assertThat(s.sizeNames()).contains("httpd.child", "amavis", "clamd@scan.service");
        assertThat(s.set("host", "httpd.child", "200M").error()).isNull();
        assertThat(s.now().budget().service("httpd").peak()).isLessThan(s.baseline().budget().service("httpd").peak());
    }

    @Test
    void aLargerReserveLeavesLessRoomForBudgetAndLintAlike() throws Exception {
        Session s = open("tarragon");
        s.set("httpd", "MaxRequestWorkers", "30");
        assertThat(s.now().budget().fits()).isTrue();
        assertThat(s.set("host", "reserve", "2G").error()).isNull();
        assertThat(s.now().budget().reserve()).isEqualTo(2L << 30);
        assertThat(s.now().budget().fits()).isFalse();
        assertThat(s.now().findings()).extracting(f -> f.rule()).contains("MB301");
        assertThat(Values.of(s.now().workspace(), s.targets().find("host"), "reserve")).isEqualTo("2 GiB");
    }

    @Test
    void aRehearsalAnswersAWhatIfAndChangesNothing() throws Exception {
        for (String example : List.of("tarragon", "copr", "blog512")) {
            Session s = open(example);
            Session.Outcome o = s.rehearse();
            assertThat(o).as(example).isNotNull();
            assertThat(o.after().edits()).as(example).isNotEmpty();
            assertThat(s.now()).isSameAs(s.baseline());
            assertThat(s.undo().ok()).isFalse();
        }
    }

    @Test
    void undoStepsBackThroughSetUnsetAndUndo() throws Exception {
        Session s = open("tarragon");
        s.set("httpd", "MaxRequestWorkers", "30");
        s.set("host", "ram", "2G");
        assertThat(s.now().budget().ram()).isEqualTo(2L << 30);
        s.unset("host", null);
        assertThat(s.now().budget().ram()).isEqualTo(s.baseline().budget().ram());
        s.undo();
        assertThat(s.now().budget().ram()).isEqualTo(2L << 30);
        s.undo();
        s.undo();
        assertThat(s.now().steps()).isEmpty();
        assertThat(s.undo().ok()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nginx|x|1|no service 'nginx' here",
        "httpd|StartServer|2|httpd has no setting 'StartServer'",
        "httpd|MinSpareServers|2|httpd has no setting 'MinSpareServers'",
        "httpd|MaxRequestWorkers|sixty|MaxRequestWorkers takes a whole number",
        "clamd|OOMPolicy|bogus|OOMPolicy is one of continue, stop, kill",
        "clamd|ConcurrentDatabaseReload|maybe|ConcurrentDatabaseReload is one of yes, no",
        "host|ram|lots|ram: 'lots' is not a size",
        "host|rams|2G|host has no setting 'rams' (ram, swap, cpus, reserve, or the size of a service: clamd, httpd, amavis",
        "host|reserve|lots|reserve: 'lots' is neither a size",
        "clamav-freshclam.service|masked|no|masked: only yes",
    })
    void refusesWhatTheDaemonsCouldNotTake(String target, String setting, String value, String why) throws Exception {
        Session s = open("tarragon");
        Session.Outcome o = s.set(target, setting, value);
        assertThat(o.ok()).isFalse();
        assertThat(o.error()).contains(why);
        assertThat(s.now().steps()).isEmpty();
    }

    /**
     * The model of a what-if is the model of the tree with its edits written: the same findings
     * and the same budget as reading a copy of the tree with the files really changed.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tarragon|httpd MaxRequestWorkers 45;clamd ConcurrentDatabaseReload no;clamd TimeoutStartSec 5min;freshclam TestDatabases no",
        "tarragon|httpd ThreadsPerChild 16;httpd ServerLimit 4;clamd@scan.service OOMPolicy continue;clamd MaxThreads 40",
        "copr|httpd MaxRequestWorkers 10;httpd OOMPolicy continue;host ram 1G",
        "blog512|varnish masked yes",
        "blog512|varnish.service MemoryMax 200M;blog.service LimitNOFILE 64",
    })
    void theModelOfAWhatIfIsTheModelOfTheTreeWithItsEditsWritten(String example, String steps) throws Exception {
        Session s = open(example);
        for (String step : steps.split(";")) {
            String[] w = step.split(" ");
            assertThat(s.set(w[0], w[1], w[2]).error()).isNull();
        }
        Path copy = TreeCopy.copy(example(example).resolve("root"), tmp.resolve("root"));
        for (FileEdit e : s.now().edits()) {
            Path p = copy.resolve(e.file());
            Files.createDirectories(p.getParent());
            Files.write(p, e.after().getBytes(StandardCharsets.ISO_8859_1));
        }
        Workspace written = Workspace.discover(copy).withFacts(s.now().workspace().facts());
        assertThat(messages(new Linter(new RuleFilter(List.of(), List.of())).check(written)))
                .isEqualTo(messages(s.now().findings()));
        Budget b = BudgetBuilder.of(written, null, null);
        if (b == null) {
            assertThat(s.now().budget()).isNull();
        } else {
            assertThat(b.scenarios()).extracting(ScenarioTotal::total)
                    .isEqualTo(s.now().budget().scenarios().stream().map(ScenarioTotal::total).toList());
        }
        assertThat(s.now().edits()).isNotEmpty();
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.origin() + " " + f.message()).toList();
    }

    @Test
    void theSavedPlanNamesTheRulesItsEditsFix() throws Exception {
        Session s = open("tarragon");
        s.set("clamd", "TimeoutStartSec", "420");
        s.set("httpd", "MaxRequestWorkers", "30");
        List<FileEdit> edits = s.asPlan().edits();
        assertThat(edits).extracting(FileEdit::file).containsExactly("etc/httpd/conf.modules.d/10-mpmconfig.conf",
                "etc/systemd/system/clamd@scan.service.d/zz-headroom.conf");
        assertThat(edits.get(0).fixes()).contains("MB304", "HT321");
        assertThat(edits.get(1).fixes()).containsExactly("CL301");
        assertThat(edits.get(1).after()).startsWith("# Written by headroom tune.\n[Service]\nTimeoutStartSec=420\n");
    }

    @Test
    void takeProposalsAreThePlansRemediesAsWhatIfs() throws Exception {
        Session s = open("tarragon");
        List<Step> steps = s.proposals();
        assertThat(steps).extracting(Step::command).contains("set httpd MaxRequestWorkers 30",
                "set clamd TimeoutStartSec 420");
        for (Step x : steps) {
            assertThat(s.set(x.target(), x.setting(), x.value()).error()).isNull();
        }
        assertThat(s.now().budget().fits()).isTrue();
    }

    @Test
    void completionOffersEachTargetsOwnSettingsAndClosedValues() throws Exception {
        Session s = open("tarragon");
        Target httpd = s.targets().find("httpd");
        assertThat(Settings.names(httpd, List.of())).contains("MaxRequestWorkers", "ThreadsPerChild")
                .doesNotContain("MinSpareServers", "MaxClients");
        Target clamd = s.targets().find("clamd");
        assertThat(Settings.names(clamd, List.of())).contains("ConcurrentDatabaseReload", "MaxThreads",
                "TimeoutStartSec", "OOMPolicy");
        assertThat(Settings.values(clamd, "OOMPolicy")).containsExactly("continue", "stop", "kill");
        assertThat(Settings.values(clamd, "ConcurrentDatabaseReload")).containsExactly("yes", "no");
        assertThat(s.targets().find("clamd@scan")).isNotNull();
        assertThat(s.targets().find("clamd@scan").kind()).isEqualTo(Target.Kind.UNIT);
    }
}
