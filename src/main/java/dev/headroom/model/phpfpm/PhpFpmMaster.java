package dev.headroom.model.phpfpm;

import java.util.List;

/**
 * One php-fpm master process: the configuration file it starts from, the pools that file and
 * its includes define, and what php-fpm would say about them.
 *
 * @param file       the master configuration file (display path)
 * @param prefix     the install prefix relative includes resolve against (php-fpm's {@code PHP_PREFIX}
 *                   without {@code -p}; see {@link PhpFpmReader})
 * @param pools      the pools, in the order php-fpm creates them
 * @param processMax {@code process.max} of {@code [global]}: at most that many children in all (0: no cap)
 * @param problems   php-fpm's errors, warnings and notices, and headroom's own, in reading order
 */
public record PhpFpmMaster(String file, String prefix, List<PhpFpmPool> pools, PoolSetting<Integer> processMax,
        List<PhpFpmProblem> problems) {

    public PhpFpmMaster {
        pools = List.copyOf(pools);
        problems = List.copyOf(problems);
    }

    /** The most children this master runs at once: the pools' sum, capped by {@code process.max} when set. */
    public int maxProcesses() {
        long sum = 0;
        for (PhpFpmPool p : pools) {
            sum += p.maxProcesses();
        }
        int cap = processMax.value() == null ? 0 : processMax.value();
        if (cap > 0 && cap < sum) {
            return cap;
        }
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    /** True when php-fpm would refuse to start with this configuration. */
    public boolean refused() {
        return problems.stream().anyMatch(p -> p.severity() == dev.headroom.model.Severity.ERROR);
    }
}
