package dev.headroom.model.mysql;

import java.util.List;

import dev.headroom.source.RootedFs;

/**
 * Finds a MySQL/MariaDB server's option files under a root and reads them as mariadbd 10.11 does
 * ({@link OptionFileReader}). The files of the search path, later ones overriding earlier ones,
 * are those mariadbd 10.11 lists ({@code --help --verbose}: "Default options are read from the
 * following files in the given order: /etc/my.cnf /etc/mysql/my.cnf ~/.my.cnf"); the built-in
 * {@code SYSCONFDIR} of Debian's and RHEL's builds is one of the first two. {@code ~/.my.cnf} is
 * left out: the service runs as {@code mysql}, whose home has none. {@code $MYSQL_HOME} and
 * {@code --defaults-file}/{@code --defaults-extra-file} given to the service are not known offline.
 *
 * <p>Debian's {@code /etc/mysql/my.cnf} is a link (update-alternatives) to {@code mariadb.cnf},
 * whose {@code !includedir /etc/mysql/conf.d/} and {@code /etc/mysql/mariadb.conf.d/} bring the
 * rest; RHEL's {@code /etc/my.cnf} has {@code !includedir /etc/my.cnf.d}.
 */
public final class MysqlReader {

    static final List<String> SEARCH_PATH = List.of("/etc/my.cnf", "/etc/mysql/my.cnf");

    private MysqlReader() {
    }

    /** Null when no file of the search path exists under the root. */
    public static MysqlConfig read(RootedFs fs) {
        OptionFileReader r = new OptionFileReader(fs);
        boolean any = false;
        for (String p : SEARCH_PATH) {
            any |= r.read(p, List.of(), 0, null);
        }
        return any ? new MysqlConfig(r.files(), r.options(), r.problems()) : null;
    }

    /** One file named on the command line, read as {@code --defaults-file} would. */
    public static MysqlConfig readFile(RootedFs fs, String serverPath) {
        OptionFileReader r = new OptionFileReader(fs);
        r.read(serverPath, List.of(), 0, null);
        return new MysqlConfig(r.files(), r.options(), r.problems());
    }
}
