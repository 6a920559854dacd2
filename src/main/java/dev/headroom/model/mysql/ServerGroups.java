package dev.headroom.model.mysql;

import java.util.List;
import java.util.Locale;

/**
 * The groups mariadbd 10.11 reads, as it lists them ({@code mariadbd --help --verbose}: "The
 * following groups are read: mysqld server mysqld-10.11 mariadb mariadb-10.11 mariadbd
 * mariadbd-10.11 client-server galera"; {@code include/mysqld_default_groups.h}, galera being
 * there in WSREP builds such as Debian's). Names are compared without regard to case
 * ({@code find_type}), blanks included: {@code [ mysqld ]} is another group. Options of all
 * these groups go into one list in reading order, so which group a line is in does not make
 * it win; only its place does.
 */
final class ServerGroups {

    static final String VERSION = "10.11";
    static final List<String> NAMES = List.of("mysqld", "server", "mysqld-" + VERSION, "mariadb", "mariadb-" + VERSION,
            "mariadbd", "mariadbd-" + VERSION, "client-server", "galera");

    private ServerGroups() {
    }

    static boolean readByServer(String group) {
        return NAMES.contains(group.toLowerCase(Locale.ROOT));
    }
}
