package dev.headroom.budget;

/** When a service reaches its peak (DESIGN.md §3): the moments that scenarios combine. */
public enum Moment {
    /** Its peak is its steady size (amavis, Tor, a full Varnish cache). */
    ALWAYS,
    /** At full web load: httpd, php-fpm and MySQL at their limits. */
    WEB,
    /**
     * A signature update, first stage: freshclam test-loads the new database in its own
     * process ({@code TestDatabases yes}) and frees it again.
     */
    UPDATE_TEST,
    /** A signature update, second stage: clamd reloads, after freshclam is done with it. */
    UPDATE_RELOAD;

    /** Whether this is a stage of a signature update (stages follow each other, they do not add up). */
    public boolean update() {
        return this == UPDATE_TEST || this == UPDATE_RELOAD;
    }
}
