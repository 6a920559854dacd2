package dev.headroom.model.openbsd;

/**
 * One pool row of {@code vmstat -m}, as plain numbers (shared/domain.md §E.4). Units as vmstat
 * prints them: the size of an item in bytes; requests and failures in items; Npage, Hiwat and
 * Maxpg in pool pages. Hiwat is the most pages the pool ever held; Maxpg its limit, printed
 * {@code inf} when there is none.
 *
 * @param name     the pool, e.g. {@code mclpl} (3.x) or {@code mcl2k}
 * @param size     Size: bytes per item
 * @param requests Requests: items ever asked for
 * @param fail     Fail: requests refused
 * @param npage    Npage: pages held now
 * @param hiwat    Hiwat: the most pages held
 * @param maxpg    Maxpg: the page limit, or null for {@code inf}
 */
public record PoolNumbers(String name, long size, long requests, long fail, long npage, long hiwat, Long maxpg) {

    public PoolNumbers {
        if (size <= 0 || requests < 0 || fail < 0 || npage < 0 || hiwat < 0 || maxpg != null && maxpg < 0) {
            throw new IllegalArgumentException("not a vmstat -m pool row: " + name);
        }
    }
}
