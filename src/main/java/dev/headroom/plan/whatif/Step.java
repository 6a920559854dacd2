package dev.headroom.plan.whatif;

/**
 * One what-if: a setting of a target given a value, as the user typed it (names as the daemon
 * spells them).
 */
public record Step(String target, String setting, String value) {

    /** The command that makes it: {@code set httpd MaxRequestWorkers 60}. */
    public String command() {
        return "set " + target + " " + setting + " " + value;
    }

    boolean sameSetting(Step o) {
        return target.equals(o.target) && setting.equals(o.setting);
    }
}
