package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.source.Origin;

/** {@code lint -f github}: one workflow command a finding, escaped as the Actions runner unescapes it. */
class GithubReportTest {

    @Test
    void oneCommandPerFindingWithTheSeverityAsCommand() {
        String out = new GithubReport(List.of(
                new Finding("HT301", "max-request-workers-not-multiple", Severity.WARNING, "lowered to 80",
                        Origin.of("etc/httpd.conf", 12, 5), "AH00513"),
                new Finding("HT001", "file-unreadable", Severity.ERROR, "cannot read", Origin.file("etc/x.conf"), null),
                new Finding("GE401", "unused-suppression", Severity.INFO, "unused", Origin.of("etc/y.conf", 3, 0),
                        null))).github();
        assertThat(out).isEqualTo(
                "::warning file=etc/httpd.conf,line=12,col=5,title=HT301 max-request-workers-not-multiple"
                        + "::lowered to 80 [AH00513]\n"
                        + "::error file=etc/x.conf,title=HT001 file-unreadable::cannot read\n"
                        + "::notice file=etc/y.conf,line=3,title=GE401 unused-suppression::unused\n");
    }

    @Test
    void dataAndPropertiesAreEscaped() {
        String out = new GithubReport(List.of(new Finding("HT301", "max-request-workers-not-multiple",
                Severity.WARNING, "100% of RAM:\r\nsee a,b::c", Origin.of("etc/odd, name:1%.conf", 2, 1), null)))
                .github();
        assertThat(out).isEqualTo("::warning file=etc/odd%2C name%3A1%25.conf,line=2,col=1,"
                + "title=HT301 max-request-workers-not-multiple::100%25 of RAM:%0D%0Asee a,b::c\n");
        assertThat(out.strip()).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void escapingIsUndoneByTheRunnersUnescaping() {
        String nasty = "50% a:b,c\nd\re %0A";
        assertThat(unescapeProperty(GithubReport.property(nasty))).isEqualTo(nasty);
        assertThat(unescapeData(GithubReport.data(nasty))).isEqualTo(nasty);
        assertThat(GithubReport.property(nasty)).doesNotContain(":").doesNotContain(",");
    }

    // The runner's unescaping (actions/runner ActionCommand.cs, _escapeDataMappings and
    // _escapePropertyMappings), in its order: %25 undone last.
    private static String unescapeData(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
