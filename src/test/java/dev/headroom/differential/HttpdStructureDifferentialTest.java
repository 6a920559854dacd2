package dev.headroom.differential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.differential.HttpdOracle.HFinding;
import dev.headroom.differential.HttpdOracle.HttpdRun;
import dev.headroom.differential.HttpdOracle.Lint;

/**
 * Hand-written structural cases (containers, conditionals, Include, Define, comments, line
 * continuation, CRLF; shared/domain.md A.1–A.9, B.2), each compared only on httpd's verdict:
 * {@code apache2 -t} exit code 0 must hold exactly when headroom reports no error-severity
 * finding.
 *
 * <p>Each case also records the verdict domain.md documents for it. That is a check of the
 * oracle, not of headroom: if apache2 ever decides otherwise, the case is reported as an oracle
 * surprise (the document, or this test, needs fixing), not as a headroom bug.
 *
 * <p>Several cases detect whether a block is live by putting {@code MaxSpareServers} (a
 * prefork directive) in it while the event MPM is loaded: httpd refuses it as an invalid
 * command only if it reads the block.
 */
class HttpdStructureDifferentialTest {

    private static final boolean ACCEPT = true;
    private static final boolean REFUSE = false;

    /** A prefork-only directive: an invalid command wherever event reads it. */
    private static final String LIVE = "MaxSpareServers 10\n";

    /** How the main file is written: LF lines, CRLF lines, or LF with a UTF-8 byte order mark. */
    enum Encoding { LF, CRLF, BOM }

    record Case(String name, String mpm, boolean httpdAccepts, String body, Map<String, String> files,
            Encoding encoding) {
    }

    private static Case ev(String name, boolean accepts, String body) {
        return new Case(name, "event", accepts, body, Map.of(), Encoding.LF);
    }

    private static Case ev(String name, boolean accepts, String body, Map<String, String> files) {
        return new Case(name, "event", accepts, body, files, Encoding.LF);
    }

    private static Case other(String name, String mpm, boolean accepts, String body) {
        return new Case(name, mpm, accepts, body, Map.of(), Encoding.LF);
    }

    private static Case encoded(String name, Encoding encoding, boolean accepts, String body) {
        return new Case(name, "event", accepts, body, Map.of(), encoding);
    }

    private static final String LDAP = "LoadModule ldap_module /usr/lib/apache2/modules/mod_ldap.so\n";

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // A.6 ordinary containers
        c.add(ev("unclosed <VirtualHost>", REFUSE, "<VirtualHost *:80>\nServerAdmin a@example.org\n"));
        c.add(ev("mismatched closer </Directory> for <VirtualHost>", REFUSE,
                "<VirtualHost *:80>\n</Directory>\n"));
        c.add(ev("stray </VirtualHost>", REFUSE, "</VirtualHost>\n"));
        c.add(ev("stray </IfModule>", REFUSE, "</IfModule>\n"));
        c.add(ev("</VirtualHost missing '>'", REFUSE, "<VirtualHost *:80>\n</VirtualHost\n"));
        c.add(ev("<VirtualHost *:80> # trailing text after '>'", ACCEPT,
                "<VirtualHost *:80> # web\nServerAdmin a@example.org\n</VirtualHost>\n"));
        // A.6 conditionals: true ones end quietly at end of file, false ones do not
        c.add(ev("unclosed true <IfModule mpm_event_module>", ACCEPT,
                "<IfModule mpm_event_module>\nMaxRequestWorkers 400\n"));
        c.add(ev("unclosed true <IfModule event.c>", ACCEPT,
                "<IfModule event.c>\nMaxRequestWorkers 401\n"));
        c.add(ev("unclosed false <IfModule nonexist_module>", REFUSE,
                "<IfModule nonexist_module>\nServerLimit 16\n"));
        c.add(ev("unclosed false <IfModule mpm_prefork_module>", REFUSE,
                "<IfModule mpm_prefork_module>\nMaxSpareServers 10\n"));
        c.add(ev("unclosed false <IfModule !event.c>", REFUSE, "<IfModule !event.c>\n"));
        c.add(ev("</IfModule > with a space closing a true block", REFUSE,
                "<IfModule mpm_event_module>\nMaxRequestWorkers 400\n</IfModule >\n"));
        c.add(ev("</IfModule > with a space closing a false block", REFUSE,
                "<IfModule nonexist_module>\nServerLimit 1\n</IfModule >\n"));
        c.add(ev("</IfModule> # comment closing a true block", REFUSE,
                "<IfModule mpm_event_module>\nMaxRequestWorkers 400\n</IfModule> # end\n"));
        c.add(ev("lower-case </ifmodule>", ACCEPT,
                "<IfModule mpm_event_module>\nMaxRequestWorkers 400\n</ifmodule>\n"));
        c.add(ev("upper-case </IFMODULE>", ACCEPT,
                "<IfModule mpm_event_module>\nMaxRequestWorkers 400\n</IFMODULE>\n"));
        c.add(ev("unbalanced <VirtualHost> inside a false block", REFUSE,
                "<IfModule nonexist_module>\n<VirtualHost *:80>\n</IfModule>\n"));
        c.add(ev("</IfModule> while a <VirtualHost> is open in a true block", REFUSE,
                "<IfModule mpm_event_module>\n<VirtualHost *:80>\n</IfModule>\n</VirtualHost>\n"));
        c.add(ev("<IfModule> with no argument", REFUSE, "<IfModule>\nServerLimit 16\n</IfModule>\n"));
        c.add(ev("<IfModule missing '>'", REFUSE,
                "<IfModule mpm_event_module\nServerLimit 16\n</IfModule>\n"));
        c.add(ev("<IfModule mpm_event_module> # trailing text is ignored, block live", REFUSE,
                "<IfModule mpm_event_module> # tuning\n" + LIVE + "</IfModule>\n"));
        // A.6/A.7 negation and names
        c.add(ev("<IfModule !mpm_event_module> skipped", ACCEPT,
                "<IfModule !mpm_event_module>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule !mpm_prefork_module> live", REFUSE,
                "<IfModule !mpm_prefork_module>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule ! mpm_prefork_module> (space after !) live", REFUSE,
                "<IfModule ! mpm_prefork_module>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule ! mpm_event_module> (space after !) skipped", ACCEPT,
                "<IfModule ! mpm_event_module>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule !nonexist_module> live, valid body", ACCEPT,
                "<IfModule !nonexist_module>\nThreadsPerChild 25\n</IfModule>\n"));
        c.add(ev("<IfModule mpm_event_module mod_nonexist.c>: only the first word counts", REFUSE,
                "<IfModule mpm_event_module mod_nonexist.c>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule \"mpm_event_module\"> quoted", REFUSE,
                "<IfModule \"mpm_event_module\">\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule Event.c> wrong case is false", ACCEPT,
                "<IfModule Event.c>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule mod_mpm_event.c> is false", ACCEPT,
                "<IfModule mod_mpm_event.c>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule event> is false", ACCEPT, "<IfModule event>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("nested true blocks", REFUSE, "<IfModule mpm_event_module>\n<IfModule !nonexist_module>\n"
                + LIVE + "</IfModule>\n</IfModule>\n"));
        // A.3/A.8 IfDefine, Define, IfVersion, IfFile, IfDirective, IfSection
        c.add(ev("<IfDefine FOO> after Define FOO", REFUSE,
                "Define FOO\n<IfDefine FOO>\n" + LIVE + "</IfDefine>\n"));
        c.add(ev("<IfDefine FOO> before Define FOO", ACCEPT,
                "<IfDefine FOO>\n" + LIVE + "</IfDefine>\nDefine FOO\n"));
        c.add(ev("<IfDefine !FOO>", REFUSE, "<IfDefine !FOO>\n" + LIVE + "</IfDefine>\n"));
        c.add(ev("Define then UnDefine", ACCEPT,
                "Define FOO\nUnDefine FOO\n<IfDefine FOO>\n" + LIVE + "</IfDefine>\n"));
        c.add(ev("Define inside a false block never runs", ACCEPT,
                "<IfModule nonexist_module>\nDefine FOO\n</IfModule>\n<IfDefine FOO>\n" + LIVE
                        + "</IfDefine>\n"));
        c.add(ev("Define A:B c", REFUSE, "Define A:B c\n"));
        c.add(ev("<IfVersion >= 2.4> is true", REFUSE, "<IfVersion >= 2.4>\n" + LIVE + "</IfVersion>\n"));
        c.add(ev("<IfVersion = 2.4> is false (2.4.0)", ACCEPT,
                "<IfVersion = 2.4>\n" + LIVE + "</IfVersion>\n"));
        c.add(ev("<IfVersion 2.4.71> (implied =) is true", REFUSE,
                "<IfVersion 2.4.71>\n" + LIVE + "</IfVersion>\n"));
        c.add(ev("<IfVersion < 2.4.10> is false", ACCEPT,
                "<IfVersion < 2.4.10>\n" + LIVE + "</IfVersion>\n"));
        c.add(ev("<IfFile /etc/passwd> is true", REFUSE, "<IfFile /etc/passwd>\n" + LIVE + "</IfFile>\n"));
        c.add(ev("<IfFile !/etc/passwd> is false", ACCEPT,
                "<IfFile !/etc/passwd>\n" + LIVE + "</IfFile>\n"));
        c.add(ev("<IfDirective MaxSpareServers> is false under event", ACCEPT,
                "<IfDirective MaxSpareServers>\n" + LIVE + "</IfDirective>\n"));
        c.add(ev("<IfSection VirtualHost> is true", REFUSE,
                "<IfSection VirtualHost>\n" + LIVE + "</IfSection>\n"));
        c.add(ev("undefined ${VAR} as an MPM value (warning only)", ACCEPT, "ServerLimit ${UNDEFINED_X}\n"));
        // A.2 no trailing comments; B.2 MPM directives and their contexts
        c.add(ev("ServerLimit 16 # comment", REFUSE, "ServerLimit 16 # comment\n"));
        c.add(ev("trailing comment inside a true block", REFUSE,
                "<IfModule mpm_event_module>\nThreadsPerChild 25 # tune\n</IfModule>\n"));
        c.add(ev("trailing comment inside a false block", ACCEPT,
                "<IfModule mpm_prefork_module>\nServerLimit 16 # comment\n</IfModule>\n"));
        c.add(ev("empty quoted argument MaxRequestWorkers \"\"", REFUSE, "MaxRequestWorkers \"\"\n"));
        c.add(ev("other MPM's directive at top level", REFUSE, LIVE));
        c.add(ev("other MPM's directive in a live block", REFUSE,
                "<IfModule mpm_event_module>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("other MPM's directive in a false block", ACCEPT,
                "<IfModule mpm_prefork_module>\n" + LIVE + "</IfModule>\n"));
        c.add(other("prefork: ThreadsPerChild at top level", "prefork", REFUSE, "ThreadsPerChild 25\n"));
        c.add(other("prefork: ThreadsPerChild in a false block", "prefork", ACCEPT,
                "<IfModule mpm_event_module>\nThreadsPerChild 25\n</IfModule>\n"));
        c.add(other("worker: MaxSpareThreads in <IfModule worker.c>", "worker", ACCEPT,
                "<IfModule worker.c>\nMaxSpareThreads 300\n</IfModule>\n"));
        c.add(ev("MaxRequestWorkers inside <VirtualHost *:80>", REFUSE,
                "<VirtualHost *:80>\nMaxRequestWorkers 10\n</VirtualHost>\n"));
        c.add(ev("ServerLimit inside <VirtualHost *:80>", REFUSE,
                "<VirtualHost *:80>\nServerLimit 10\n</VirtualHost>\n"));
        c.add(ev("ThreadsPerChild in <IfModule> inside <VirtualHost>", REFUSE,
                "<VirtualHost *:80>\n<IfModule mpm_event_module>\nThreadsPerChild 10\n</IfModule>\n</VirtualHost>\n"));
        c.add(ev("ServerLimit inside <Directory />", REFUSE, "<Directory />\nServerLimit 10\n</Directory>\n"));
        c.add(ev("a second MPM", REFUSE,
                "LoadModule mpm_worker_module /usr/lib/apache2/modules/mod_mpm_worker.so\n"));
        c.add(ev("the same MPM loaded twice (AH01574 warning)", ACCEPT,
                "LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so\n"));
        // Container arguments (core.c: missing_container_arg, unclosed_directive)
        c.add(ev("<IfModule \"\"> (empty argument)", REFUSE, "<IfModule \"\">\n</IfModule>\n"));
        c.add(ev("<IfDefine ''> (empty argument)", REFUSE, "<IfDefine ''>\n</IfDefine>\n"));
        c.add(ev("<IfModule !> (nothing after !)", REFUSE, "<IfModule !>\n</IfModule>\n"));
        c.add(ev("<VirtualHost> with no argument", REFUSE, "<VirtualHost>\n</VirtualHost>\n"));
        c.add(ev("<Directory> with no argument", REFUSE, "<Directory>\n</Directory>\n"));
        c.add(ev("<VirtualHost *:80 missing '>'", REFUSE, "<VirtualHost *:80\n</VirtualHost>\n"));
        c.add(ev("</VirtualHost> followed by text", ACCEPT,
                "<VirtualHost *:80>\n</VirtualHost> trailing\n"));
        c.add(ev("</IfModule foo> closing a false block", REFUSE,
                "<IfModule nonexist_module>\n</IfModule foo>\n"));
        // A.7 module names: LoadModule is read in order, and the name is the source file's
        c.add(ev("<IfModule info_module> before its LoadModule", ACCEPT, "<IfModule info_module>\n"
                + LIVE + "</IfModule>\nLoadModule info_module /usr/lib/apache2/modules/mod_info.so\n"));
        c.add(ev("<IfModule mod_info.c> after its LoadModule", REFUSE,
                "LoadModule info_module /usr/lib/apache2/modules/mod_info.so\n<IfModule mod_info.c>\n"
                        + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule mod_ldap.c>: mod_ldap's source file is util_ldap.c", ACCEPT,
                LDAP + "<IfModule mod_ldap.c>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfModule util_ldap.c> after LoadModule ldap_module", REFUSE,
                LDAP + "<IfModule util_ldap.c>\n" + LIVE + "</IfModule>\n"));
        c.add(ev("<IfVersion != 2.4.71> is false", ACCEPT, "<IfVersion != 2.4.71>\n" + LIVE + "</IfVersion>\n"));
        c.add(ev("<IfVersion !< 2.5> is false", ACCEPT, "<IfVersion !< 2.5>\n" + LIVE + "</IfVersion>\n"));
        c.add(ev("Define with three arguments", REFUSE, "Define A B C\n"));
        c.add(ev("ServerRoot that does not exist", REFUSE, "ServerRoot /nonexistent-headroom-dir\n"));
        c.add(ev("quoted value with a space is one argument", ACCEPT, "ServerLimit \"1 2\"\n"));
        // A.9 Include
        c.add(ev("Include of a missing file", REFUSE, "Include missing.conf\n"));
        c.add(ev("IncludeOptional of a missing file", ACCEPT, "IncludeOptional missing.conf\n"));
        c.add(ev("Include wildcard with no match", REFUSE, "Include conf.d/*.conf\n",
                Map.of("conf.d/readme.txt", "not a config\n")));
        c.add(ev("IncludeOptional wildcard with no match", ACCEPT, "IncludeOptional conf.d/*.conf\n",
                Map.of("conf.d/readme.txt", "not a config\n")));
        c.add(ev("Include wildcard in a missing directory", REFUSE, "Include nodir/*.conf\n"));
        c.add(ev("IncludeOptional wildcard in a missing directory", ACCEPT, "IncludeOptional nodir/*.conf\n"));
        c.add(ev("Include wildcard matching a file with a live error", REFUSE, "Include conf.d/*.conf\n",
                Map.of("conf.d/a.conf", LIVE)));
        c.add(ev("Include wildcard matching a good file", ACCEPT, "Include conf.d/*.conf\n",
                Map.of("conf.d/a.conf", "ThreadsPerChild 25\nMaxRequestWorkers 400\n")));
        c.add(ev("included file leaves a true <IfModule> open", ACCEPT,
                "Include inc.conf\nServerLimit 16\n",
                Map.of("inc.conf", "<IfModule mpm_event_module>\nThreadsPerChild 25\n")));
        c.add(ev("included file leaves a <VirtualHost> open", REFUSE, "Include inc.conf\n",
                Map.of("inc.conf", "<VirtualHost *:80>\n")));
        c.add(ev("included file leaves a false <IfModule> open", REFUSE, "Include inc.conf\n",
                Map.of("inc.conf", "<IfModule nonexist_module>\n")));
        c.add(ev("<VirtualHost> opened in the main file, closed in an included one", REFUSE,
                "<VirtualHost *:80>\nInclude close.conf\n", Map.of("close.conf", "</VirtualHost>\n")));
        c.add(ev("Include of a directory takes dotfiles too", REFUSE, "Include conf.d\n",
                Map.of("conf.d/.hidden.conf", LIVE)));
        c.add(ev("Include wildcard does not match a leading dot", REFUSE, "Include conf.d/*.conf\n",
                Map.of("conf.d/.hidden.conf", "ThreadsPerChild 25\n")));
        c.add(ev("Include wildcard matching a directory includes it whole", REFUSE,
                "Include conf.d/*.conf\n", Map.of("conf.d/sub.conf/in.txt", LIVE)));
        c.add(ev("true <IfModule> in the main file, closer in an included one", REFUSE,
                "<IfModule mpm_event_module>\nInclude close.conf\n", Map.of("close.conf", "</IfModule>\n")));
        // A.1 comments, continuation, CRLF
        c.add(ev("comment ending in a backslash swallows the next line", ACCEPT,
                "# a comment \\\n" + LIVE));
        c.add(ev("comment ending in a backslash swallows a </VirtualHost>", REFUSE,
                "<VirtualHost *:80>\n# a comment \\\n</VirtualHost>\n"));
        c.add(ev("comment ending in a backslash swallows the closer of a true block", ACCEPT,
                "<IfModule mpm_event_module>\n# a comment \\\n</IfModule>\n"));
        c.add(ev("comment ending in a backslash swallows the closer of a false block", REFUSE,
                "<IfModule nonexist_module>\n# a comment \\\n</IfModule>\n"));
        c.add(ev("continuation between name and value", ACCEPT, "ServerLimit \\\n16\n"));
        c.add(ev("continuation adding a second argument", REFUSE, "ServerLimit 16 \\\n32\n"));
        c.add(ev("continuation joining a closer", ACCEPT,
                "<IfModule nonexist_module>\n" + LIVE + "</IfModule\\\n>\n"));
        c.add(ev("backslash then space is not a continuation", ACCEPT,
                "ServerLimit 16\\ \nThreadsPerChild 25\n"));
        c.add(ev("backslash as the last byte of the file", ACCEPT, "ServerLimit 16\\"));
        c.add(encoded("CRLF line endings", Encoding.CRLF, ACCEPT,
                "<IfModule mpm_event_module>\nThreadsPerChild 25\nMaxRequestWorkers 401\n</IfModule>\n"));
        c.add(encoded("CRLF line endings, live other-MPM directive", Encoding.CRLF, REFUSE,
                "<IfModule mpm_event_module>\n" + LIVE + "</IfModule>\n"));
        c.add(encoded("CRLF continuation", Encoding.CRLF, ACCEPT, "MaxRequestWorkers \\\n400\n"));
        // A UTF-8 byte order mark is not stripped: the first directive becomes
        // "\xef\xbb\xbfServerRoot", an invalid command.
        c.add(encoded("UTF-8 byte order mark", Encoding.BOM, REFUSE, "ThreadsPerChild 25\n"));
        return c;
    }

    record Outcome(Case c, String text, HttpdRun httpd, Lint lint) {
        boolean httpdAccepted() {
            return httpd.rc() == 0;
        }

        /**
         * No error-severity finding, and a clean exit: with {@code --fail-on none} a non-zero
         * exit means headroom could not check the file at all.
         */
        boolean headroomAccepted() {
            return lint.exit() == 0 && !lint.hasError();
        }
    }

    @Test
    void structureVerdictsAgreeWithApache2(@TempDir Path tmp) throws Exception {
        Path apache2 = HttpdOracle.apache2();
        List<Case> cases = cases();
        List<Path> files = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Path dir = tmp.resolve(String.format(Locale.ROOT, "s%03d", i));
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : c.files().entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            String text = HttpdOracle.preamble(dir, c.mpm()) + c.body();
            if (c.encoding() == Encoding.CRLF) {
                text = text.replace("\n", "\r\n");
            } else if (c.encoding() == Encoding.BOM) {
                text = "\uFEFF" + text;
            }
            Path file = dir.resolve("httpd.conf");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files.add(file);
            texts.add(text);
        }

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<HttpdRun>> runs = new ArrayList<>();
            for (Path f : files) {
                runs.add(pool.submit(() -> HttpdOracle.runHttpd(apache2, f)));
            }
            List<Lint> lints = new ArrayList<>();
            for (Path f : files) {
                lints.add(HttpdOracle.lint(f));
            }
            for (int i = 0; i < cases.size(); i++) {
                outcomes.add(new Outcome(cases.get(i), texts.get(i), runs.get(i).get(), lints.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = System.nanoTime() - start;

        List<String> disagreements = new ArrayList<>();
        List<String> surprises = new ArrayList<>();
        int agree = 0;
        for (Outcome o : outcomes) {
            if (o.httpdAccepted() != o.c().httpdAccepts()) {
                surprises.add(o.c().name() + ": domain.md says apache2 "
                        + (o.c().httpdAccepts() ? "accepts" : "refuses") + " it, but apache2 -t exited "
                        + o.httpd().rc() + "\n" + HttpdOracle.indent(o.httpd().output()));
            }
            if (o.httpdAccepted() == o.headroomAccepted()) {
                agree++;
            } else {
                disagreements.add(describe(o));
            }
        }
        System.out.printf(Locale.ROOT,
                "structure differential: %d/%d cases agree (accept/refuse), %d oracle surprises, %.1f s%n",
                agree, outcomes.size(), surprises.size(), nanos / 1e9);

        StringBuilder report = new StringBuilder();
        if (!disagreements.isEmpty()) {
            report.append(disagreements.size()).append(" of ").append(outcomes.size())
                    .append(" structural cases: headroom's verdict differs from apache2 -t:\n");
            disagreements.forEach(report::append);
        }
        if (!surprises.isEmpty()) {
            report.append("\napache2 -t did not behave as shared/domain.md documents (fix the "
                    + "expectation in this test, or the document):\n");
            surprises.forEach(s -> report.append("  - ").append(s));
        }
        if (report.length() > 0) {
            throw new AssertionError(report.toString());
        }
    }

    private static String describe(Outcome o) {
        StringBuilder b = new StringBuilder();
        b.append("\n  * ").append(o.c().name()).append(" [").append(o.c().mpm()).append("]: apache2 ")
                .append(o.httpdAccepted() ? "accepts" : "refuses").append(" (rc ")
                .append(o.httpd().rc()).append("), headroom ")
                .append(o.headroomAccepted() ? "reports no error" : "reports an error").append('\n');
        b.append("    config:\n").append(HttpdOracle.numbered(o.text()));
        o.c().files().forEach((name, text) -> b.append("    ").append(name).append(":\n")
                .append(HttpdOracle.numbered(text)));
        b.append("    apache2 -t -e info:\n").append(HttpdOracle.indent(o.httpd().output()));
        b.append(o.lint().describe());
        return b.toString();
    }
}
