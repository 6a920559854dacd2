package dev.headroom.model.phpfpm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Finds php-fpm under a root and reads each master configuration as php-fpm does
 * ({@link FpmConfLoader}, checks of {@link PoolCheck}). Layouts ({@link FpmLayout}):
 * <ul>
 * <li>Debian/Ubuntu: {@code /etc/php/VERSION/fpm/php-fpm.conf}, one master per version, whose
 * {@code include=/etc/php/VERSION/fpm/pool.d/*.conf} brings the pools;</li>
 * <li>RHEL/Fedora, IUS: {@code /etc/php-fpm.conf} with {@code include=/etc/php-fpm.d/*.conf};</li>
 * <li>Software Collections and Remi: {@code /etc/opt/rh/rh-phpXY/php-fpm.conf},
 * {@code /opt/rh/phpXY/root/etc/php-fpm.conf}, {@code /etc/opt/remi/phpXY/php-fpm.conf};</li>
 * <li>upstream {@code make install}: {@code /usr/local/etc/php-fpm.conf}.</li>
 * </ul>
 * The result is one {@link PhpFpmSetup} holding one {@link PhpFpmMaster} per file found, each with
 * its own pools: masters are separate processes, and Debian runs one per PHP version.
 *
 * <p>Assumed, not known offline: the service starts php-fpm without {@code -p} or {@code -y}
 * (the packages' units do), so relative includes resolve against the layout's prefix; php-fpm runs
 * as root (so a pool without {@code user} is refused).
 */
public final class PhpFpmReader {

    private PhpFpmReader() {
    }

    /** Null when no php-fpm master configuration is under the root. */
    public static PhpFpmSetup read(RootedFs fs) {
        IncludeGlob glob = new IncludeGlob(fs);
        Set<String> seen = new LinkedHashSet<>();
        List<SourceFile> files = new ArrayList<>();
        List<PhpFpmMaster> masters = new ArrayList<>();
        for (FpmLayout layout : FpmLayout.KNOWN) {
            for (String master : glob.files(layout.pattern())) {
                if (seen.add(master)) {
                    masters.add(new FpmConfLoader(fs, layout.prefixFor(master), files).load(master));
                }
            }
        }
        return masters.isEmpty() ? null : new PhpFpmSetup(masters, files);
    }

    /** One master file named on the command line, read with the given prefix (such as {@code /usr}). */
    public static PhpFpmSetup readFile(RootedFs fs, String serverPath, String prefix) {
        List<SourceFile> files = new ArrayList<>();
        PhpFpmMaster m = new FpmConfLoader(fs, prefix, files).load(serverPath);
        return new PhpFpmSetup(List.of(m), files);
    }
}
