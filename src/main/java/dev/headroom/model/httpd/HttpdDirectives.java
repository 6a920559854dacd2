package dev.headroom.model.httpd;

import java.util.Locale;
import java.util.Set;

/**
 * What {@code <IfDirective>} and {@code <IfSection>} test: whether a directive or a section is
 * registered by the core or by a module loaded so far. headroom knows the core's own set and
 * the MPMs'; a directive of another module counts as registered when that module is loaded.
 */
public final class HttpdDirectives {

    private static final Set<String> CORE = Set.of("acceptfilter", "acceptpathinfo",
            "accessfilename", "adddefaultcharset", "allowencodedslashes",
            "allowoverride", "allowoverridelist", "cgimapextension", "cgipassauth", "cgivar",
            "contentdigest", "defaultruntimedir", "defaulttype", "define", "documentroot",
            "enablemmap", "enablesendfile", "error", "errordocument", "errorlog", "errorlogformat",
            "extendedstatus", "fileetag", "flushmaxpipelined", "flushmaxthreshold",
            "forcetype", "hostnamelookups", "httpprotocoloptions", "include", "includeoptional",
            "keepalive", "keepalivetimeout", "limitinternalrecursion", "limitrequestbody",
            "limitrequestfields", "limitrequestfieldsize", "limitrequestline",
            "limitxmlrequestbody", "listen", "listenbacklog", "listencoresbucketsratio",
            "loadfile", "loadmodule", "loglevel", "maxconnectionsperchild", "maxkeepaliverequests",
            "maxmemfree", "maxrangeoverlaps", "maxrangereversals", "maxranges",
            "maxrequestsperchild", "mergeslashes", "mergetrailers", "mutex", "namevirtualhost",
            "options", "pidfile", "protocol", "protocols", "protocolshonororder", "qualifyredirecturl",
            "readbuffersize", "regexdefaultoptions", "registerhttpmethod", "rlimitcpu",
            "rlimitmem", "rlimitnproc", "scoreboardfile", "scriptinterpretersource",
            "seerequesttail", "sendbuffersize", "serveradmin", "serveralias", "servername",
            "serverpath", "serverroot", "serversignature", "servertokens", "setoutputfilter",
            "setinputfilter", "sethandler", "stricthostcheck", "threadstacksize", "timeout",
            "traceenable", "undefine", "usecanonicalname", "usecanonicalphysicalport",
            "gracefulshutdowntimeout", "user", "group", "customlog", "logformat", "transferlog",
            "bufferedlogs", "globallog", "logiotrackttfb", "chrootdir", "suexec");
    private static final Set<String> CORE_SECTIONS = Set.of("directory", "directorymatch",
            "files", "filesmatch", "location", "locationmatch", "virtualhost", "limit",
            "limitexcept", "if", "elseif", "else", "ifmodule", "ifdefine", "iffile",
            "ifdirective", "ifsection", "ifversion");

    private static final java.util.regex.Pattern SECTION_TAG = java.util.regex.Pattern.compile("</?[a-z].*");

    private HttpdDirectives() {
    }

    /**
     * True when some line of the text starts with a section tag or a directive httpd's core or
     * an MPM registers: how a file named on the command line is recognised as httpd's.
     */
    public static boolean looksLikeHttpd(String text) {
        // The head of the file is enough to tell, and a huge file is not split whole.
        String head = text.length() > 64 * 1024 ? text.substring(0, 64 * 1024) : text;
        for (String line : head.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String word = t.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (SECTION_TAG.matcher(word).matches() || CORE.contains(word)
                    || MpmDirective.byName(word) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean isRegistered(String name, Set<String> modules) {
        String l = name.toLowerCase(Locale.ROOT);
        if (CORE.contains(l)) {
            return true;
        }
        MpmDirective md = MpmDirective.byName(name);
        if (md != null) {
            for (Mpm m : Mpm.values()) {
                if (md.validFor(m) && modules.contains(m.moduleId())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isSection(String name, Set<String> modules) {
        String l = name.toLowerCase(Locale.ROOT);
        if (l.startsWith("<")) {
            return false;
        }
        if (CORE_SECTIONS.contains(l)) {
            return true;
        }
        if ((l.equals("proxy") || l.equals("proxymatch")) && modules.contains("proxy_module")) {
            return true;
        }
        return l.equals("macro") && modules.contains("macro_module");
    }
}
