package dev.headroom.model.httpd;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.headroom.source.RootedFs;

/**
 * Debian's {@code /etc/apache2/envvars}, which {@code apache2ctl} sources before starting
 * httpd: it defines {@code APACHE_RUN_DIR}, {@code APACHE_LOG_DIR} and the other variables
 * apache2.conf uses. Only plain assignments are evaluated (with {@code $VAR}/{@code ${VAR}}
 * substitution), plus the {@code SUFFIX} logic for {@code /etc/apache2-NAME} instances; the
 * file is never executed.
 */
public final class Envvars {

    private static final Pattern ASSIGN =
            Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$");
    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Envvars() {
    }

    public static Map<String, String> read(RootedFs fs, String confDir) {
        Map<String, String> env = new HashMap<>();
        env.put("APACHE_CONFDIR", confDir);
        String suffix = confDir.startsWith("/etc/apache2-") ? "-" + confDir.substring(13) : "";
        env.put("SUFFIX", suffix);
        String text;
        try {
            text = fs.read(confDir + "/envvars").text();
        } catch (IOException e) {
            return env;
        }
        for (String line : text.split("\r?\n")) {
            Matcher m = ASSIGN.matcher(line);
            if (!m.matches() || m.group(1).equals("SUFFIX")) {
                continue;
            }
            env.put(m.group(1), substitute(unquote(m.group(2).trim()), env));
        }
        return env;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"")
                || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        int hash = v.indexOf(" #");
        return hash >= 0 ? v.substring(0, hash).trim() : v;
    }

    private static String substitute(String v, Map<String, String> env) {
        Matcher m = REF.matcher(v);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(name, "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
