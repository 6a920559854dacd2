package dev.headroom.model.httpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.source.RootedFs;

/** Resolution as httpd does it (shared/domain.md A.3–A.9), on small trees. */
class HttpdReaderTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private HttpdConfig read(String main) {
        return new HttpdReader(new RootedFs(root), "httpd", "/srv", Map.of(), HttpdVersion.DEFAULT, null, 1)
                .read(main);
    }

    private static List<HttpdEvent.Kind> kinds(HttpdConfig c) {
        return c.events().stream().map(HttpdEvent::kind).collect(Collectors.toList());
    }

    private static List<String> names(HttpdConfig c) {
        return c.directives().stream().map(d -> d.name() + " " + String.join(" ", d.args()))
                .collect(Collectors.toList());
    }

    private static final String EVENT = "LoadModule mpm_event_module m.so\n";

    @Test
    void includeWildcardOrderIsStrcmpAndDirectoriesRecurse() throws IOException {
        write("srv/main.conf", EVENT + "Include inc/*.conf\n");
        for (String n : List.of("10.conf", "9.conf", "B.conf", "_x.conf", "a.conf", ".hidden.conf")) {
            write("srv/inc/" + n, "ServerAdmin " + n + "\n");
        }
        write("srv/inc/d.conf/in.conf", "ServerAdmin in\n");
        HttpdConfig c = read("/srv/main.conf");
        assertThat(names(c)).containsExactly("ServerAdmin 10.conf", "ServerAdmin 9.conf", "ServerAdmin B.conf",
                "ServerAdmin _x.conf", "ServerAdmin a.conf", "ServerAdmin in");
        assertThat(c.events()).isEmpty();
    }

    @Test
    void includingADirectoryTakesEveryEntryEvenDotfiles() throws IOException {
        write("srv/main.conf", EVENT + "Include dir\n");
        write("srv/dir/.hidden.conf", "ServerAdmin hidden\n");
        write("srv/dir/a.conf~", "ServerAdmin backup\n");
        assertThat(names(read("/srv/main.conf"))).containsExactly("ServerAdmin hidden", "ServerAdmin backup");
    }

    @Test
    void includeFailuresAndIncludeOptional() throws IOException {
        write("srv/main.conf", EVENT + "Include nope.conf\nInclude inc/*.nomatch\nIncludeOptional x/*.conf\n"
                + "IncludeOptional missing.conf\n");
        write("srv/inc/a.conf", "\n");
        HttpdConfig c = read("/srv/main.conf");
        assertThat(kinds(c)).containsExactly(HttpdEvent.Kind.INCLUDE_FAILED, HttpdEvent.Kind.INCLUDE_FAILED);
        assertThat(c.events().get(1).message()).contains("No matches for the wildcard '*.nomatch'");
    }

    @Test
    void anIncludeCycleIsReportedAndNotFollowed() throws IOException {
        write("srv/a.conf", EVENT + "Include b.conf\n");
        write("srv/b.conf", "Include a.conf\n");
        HttpdConfig c = read("/srv/a.conf");
        assertThat(kinds(c)).containsExactly(HttpdEvent.Kind.INCLUDE_CYCLE);
        assertThat(c.events().get(0).origin().file()).isEqualTo("srv/b.conf");
    }

    @Test
    void ifModuleMatchesIdentifierOrSourceNameCaseSensitively() throws IOException {
        write("srv/m.conf", EVENT
                + "<IfModule event.c>\nA 1\n</IfModule>\n"
                + "<IfModule mpm_event_module>\nB 1\n</IfModule>\n"
                + "<IfModule mod_mpm_event.c>\nC 1\n</IfModule>\n"
                + "<IfModule Event.c>\nD 1\n</IfModule>\n"
                + "<IfModule !prefork.c>\nE 1\n</IfModule>\n"
                + "<IfModule ! info_module>\nF 1\n</IfModule>\n"
                + "<IfModule \"mod_version.c\" mod_nonexist.c>\nG 1\n</IfModule>\n");
        assertThat(names(read("/srv/m.conf"))).containsExactly("A 1", "B 1", "E 1", "F 1", "G 1");
    }

    @Test
    void ifModuleIsTrueOnlyAfterTheLoadModuleLine() throws IOException {
        write("srv/m.conf", "<IfModule info_module>\nA 1\n</IfModule>\nLoadModule info_module i.so\n"
                + "<IfModule info_module>\nB 1\n</IfModule>\n" + EVENT);
        assertThat(names(read("/srv/m.conf"))).containsExactly("B 1");
    }

    @Test
    void defineWorksFromItsLineOnAndVariablesExpandBeforeTokenising() throws IOException {
        write("srv/m.conf", EVENT + "<IfDefine X>\nA 1\n</IfDefine>\nDefine X\nDefine W \"two words\"\n"
                + "<IfDefine X>\nB ${W}\n</IfDefine>\nC ${X}\nUnDefine X\n<IfDefine !X>\nD 1\n</IfDefine>\n");
        HttpdConfig c = read("/srv/m.conf");
        assertThat(names(c)).containsExactly("B two words", "C ${X}", "D 1");
        assertThat(kinds(c)).containsExactly(HttpdEvent.Kind.VARIABLE_UNDEFINED);
        assertThat(c.events().get(0).daemonCode()).isEqualTo("AH00111");
    }

    @Test
    void unclosedTrueConditionalIsAcceptedAndRunsToTheEndOfItsFileOnly() throws IOException {
        write("srv/m.conf", EVENT + "Include unc.conf\nServerAdmin after@x\n");
        write("srv/unc.conf", "<IfModule event.c>\nServerAdmin inner@x\n");
        HttpdConfig c = read("/srv/m.conf");
        assertThat(names(c)).containsExactly("ServerAdmin inner@x", "ServerAdmin after@x");
        assertThat(kinds(c)).containsExactly(HttpdEvent.Kind.CONDITIONAL_OPEN_AT_EOF);
    }

    @Test
    void unclosedFalseConditionalIsRefused() throws IOException {
        write("srv/m.conf", EVENT + "<IfModule prefork.c>\nServerAdmin x\n");
        HttpdConfig c = read("/srv/m.conf");
        assertThat(kinds(c)).containsExactly(HttpdEvent.Kind.CONDITIONAL_NOT_CLOSED);
        assertThat(c.events().get(0).message()).isEqualTo("Expected </IfModule> before end of configuration");
    }

    @Test
    void aCloserWithASpaceDoesNotCloseATrueConditional() throws IOException {
        write("srv/m.conf", EVENT + "<IfModule event.c>\nServerAdmin x\n</IfModule >\n");
        HttpdConfig c = read("/srv/m.conf");
        assertThat(c.events().get(0).message()).isEqualTo("</IfModule without matching <IfModule section");
    }

    @Test
    void ordinarySectionsAreMatchedPerFile() throws IOException {
        write("srv/m.conf", EVENT + "Include v.conf\n</VirtualHost>\n");
        write("srv/v.conf", "<VirtualHost *:80>\n");
        HttpdConfig c = read("/srv/m.conf");
        assertThat(c.events()).extracting(HttpdEvent::message).containsExactly(
                "srv/v.conf:1: <VirtualHost> was not closed.",
                "</VirtualHost> without matching <VirtualHost> section");
    }

    @Test
    void skippedBodiesMustStillBeBalanced() throws IOException {
        write("srv/m.conf", EVENT + "<IfModule nonexist>\n<VirtualHost *:80>\n</IfModule>\n");
        assertThat(read("/srv/m.conf").events()).extracting(HttpdEvent::message)
                .contains("Expected </VirtualHost> but saw </IfModule>");
    }

    @Test
    void ifVersionComparesWithMissingComponentsAsZero() throws IOException {
        write("srv/m.conf", EVENT + "<IfVersion = 2.4>\nA 1\n</IfVersion>\n<IfVersion >= 2.4>\nB 1\n</IfVersion>\n"
                + "<IfVersion ~ ^2\\.4>\nC 1\n</IfVersion>\n<IfVersion !< 3>\nD 1\n</IfVersion>\n");
        assertThat(names(read("/srv/m.conf"))).containsExactly("B 1", "C 1");
    }

    @Test
    void mpmDirectivesOfAnotherMpmOrInAVirtualHostAreRefused() throws IOException {
        write("srv/m.conf", "LoadModule mpm_prefork_module p.so\nThreadsPerChild 5\n"
                + "<VirtualHost *:80>\nMaxRequestWorkers 10\n</VirtualHost>\nServerLimit 16 # comment\n");
        assertThat(kinds(read("/srv/m.conf"))).containsExactly(HttpdEvent.Kind.OTHER_MPM_DIRECTIVE,
                HttpdEvent.Kind.WRONG_CONTEXT, HttpdEvent.Kind.ARGUMENT_COUNT);
    }

    @Test
    void absoluteSymlinksStayInsideTheRoot() throws IOException {
        write("srv/main.conf", EVENT + "IncludeOptional /srv/enabled/*.conf\n");
        write("srv/available/site.conf", "ServerAdmin site\n");
        Files.createDirectories(root.resolve("srv/enabled"));
        Files.createSymbolicLink(root.resolve("srv/enabled/site.conf"), Path.of("/srv/available/site.conf"));
        assertThat(names(read("/srv/main.conf"))).containsExactly("ServerAdmin site");
    }

    @Test
    void lastValueWinsWhateverTheOrder() throws IOException {
        write("srv/m.conf", EVENT + "ServerLimit 10\nServerLimit 20\nMaxClients 30\n");
        HttpdConfig c = read("/srv/m.conf");
        assertThat(c.mpm().value(MpmDirective.SERVER_LIMIT)).isEqualTo(20);
        assertThat(kinds(c)).contains(HttpdEvent.Kind.DIRECTIVE_REPEATED, HttpdEvent.Kind.DEPRECATED_ALIAS);
    }
}
