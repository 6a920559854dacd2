package dev.headroom.model.clamav;

import java.util.ArrayList;
import java.util.List;

/**
 * clamd's start-up adjustment of its connection queue against the open-file limit it runs with
 * ({@code server-th.c}, shared/domain.md D.5; checked against clamd 1.4.6 by
 * ClamdQueueDifferentialTest). Every scanning thread may hold up to MaxRecursion descriptors
 * (one per nesting level of an archive), every queued connection one, clamd itself 6:
 * <pre>
 * max_max_queue = RLIMIT_NOFILE - MaxRecursion * MaxThreads - 6 + MaxThreads
 * </pre>
 * and MaxQueue is raised or lowered into range, with clamd's warnings.
 *
 * @param maxQueue the MaxQueue clamd runs with
 * @param warnings what clamd logs, in its order and words (without "WARNING: ")
 * @param fdShort  whether MaxThreads * MaxRecursion alone does not fit under the limit (the
 *                 first warning): a busy clamd then fails scans with "Too many open files"
 */
public record ClamdQueue(long maxQueue, List<String> warnings, boolean fdShort) {

    private static final int CLAMD_FILES = 6;

    /** The adjustment for a clamd configuration under a soft RLIMIT_NOFILE. */
    public static ClamdQueue of(ClamConfig config, long nofile) {
        long threads = number(config, "MaxThreads", 10);
        long maxrec = number(config, "MaxRecursion", 17);
        boolean queueSet = config.value("MaxQueue").map(ClamValue::set).orElse(false);
        long queue = number(config, "MaxQueue", 100);
        List<String> warnings = new ArrayList<>();
        // C arithmetic on ints, as clamd does it
        int maxThreads = (int) threads;
        int maxQueue = (int) queue;
        long maxMax = nofile - (long) (int) maxrec * maxThreads - CLAMD_FILES + maxThreads;
        if (maxQueue < maxThreads) {
            maxQueue = maxThreads;
            if (queueSet) {
                warnings.add("MaxQueue value too low, increasing to: " + maxQueue);
            }
        }
        boolean fdShort = false;
        if (maxMax < maxThreads) {
            warnings.add("MaxThreads * MaxRecursion is too high: " + ((int) maxrec * maxThreads)
                    + ", open file descriptor limit is: " + nofile);
            maxMax = maxThreads;
            fdShort = true;
        }
        if (maxQueue > maxMax) {
            maxQueue = (int) maxMax;
            if (queueSet) {
                warnings.add("MaxQueue value too high, lowering to: " + maxQueue);
            }
        } else if (maxQueue < 2 * maxThreads && maxQueue < maxMax) {
            maxQueue = (int) Math.min(2L * maxThreads, maxMax);
            warnings.add("MaxQueue is lower than twice MaxThreads, increasing to: " + maxQueue);
        }
        return new ClamdQueue(maxQueue, List.copyOf(warnings), fdShort);
    }

    private static long number(ClamConfig config, String option, long fallback) {
        return config.value(option).map(ClamValue::number).orElse(fallback);
    }
}
