package dev.headroom.budget;

/** The named moments whose peaks coincide (DESIGN.md §3). */
public enum Scenario {
    STEADY("steady", false, false),
    WEB_PEAK("web peak", true, false),
    SIGNATURE_UPDATE("signature update", false, true),
    /** Web peak and a signature update at once: what killed the seed's server. */
    WORST("worst", true, true);

    private final String label;
    private final boolean web;
    private final boolean update;

    Scenario(String label, boolean web, boolean update) {
        this.label = label;
        this.web = web;
        this.update = update;
    }

    public String label() {
        return label;
    }

    /** Whether httpd, php-fpm and MySQL are at their peaks. */
    public boolean web() {
        return web;
    }

    /** Whether a signature update is under way (its stages one after the other). */
    public boolean update() {
        return update;
    }
}
