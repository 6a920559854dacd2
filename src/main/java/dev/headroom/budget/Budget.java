package dev.headroom.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every service's steady and peak memory against the machine's RAM less a reserve, added up for
 * each scenario (DESIGN.md §3).
 *
 * @param ram       bytes of RAM (or the cgroup limit, if lower)
 * @param reserve   bytes kept free for the kernel, page cache and what is not modelled
 * @param swap      bytes of swap, null when unknown
 * @param swapCounted whether swap counts as room ({@code --count-swap}); by default it does not
 * @param ramSource where RAM came from: the facts file, /proc/meminfo, --ram
 * @param services  each service's figures, in report order
 * @param scenarios each scenario added up, in {@link Scenario} order
 * @param notes     what the report must say besides the figures (estimates used, what could not be read)
 */
public record Budget(long ram, long reserve, Long swap, boolean swapCounted, String ramSource,
        List<ServiceMemory> services, List<ScenarioTotal> scenarios, List<String> notes) {

    public Budget {
        services = List.copyOf(services);
        scenarios = List.copyOf(scenarios);
        notes = List.copyOf(notes);
    }

    /** Adds the services up for every scenario. */
    public static Budget of(long ram, long reserve, Long swap, String ramSource, List<ServiceMemory> services,
            List<String> notes) {
        return of(ram, reserve, swap, false, ramSource, services, notes);
    }

    /** As {@link #of(long, long, Long, String, List, List)}, with swap counted as room when asked. */
    public static Budget of(long ram, long reserve, Long swap, boolean swapCounted, String ramSource,
            List<ServiceMemory> services, List<String> notes) {
        long usable = ram - reserve + (swapCounted && swap != null ? swap : 0);
        List<ScenarioTotal> totals = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            totals.add(total(s, services, usable));
        }
        return new Budget(ram, reserve, swap, swapCounted, ramSource, services, totals, notes);
    }

    /**
     * One scenario: every service's steady size, plus the web services' extra at a web peak,
     * plus the larger of the two update stages' extras (freshclam's test load ends before clamd
     * reloads) during a signature update.
     */
    static ScenarioTotal total(Scenario s, List<ServiceMemory> services, long usable) {
        Map<String, Long> parts = new LinkedHashMap<>();
        Map<Moment, Long> stageExtra = new LinkedHashMap<>();
        for (ServiceMemory m : services) {
            long v = m.steady();
            if (s.web() && m.moment() == Moment.WEB) {
                v = m.peak();
            }
            parts.merge(m.name(), v, Long::sum);
            if (s.update() && m.moment().update()) {
                stageExtra.merge(m.moment(), m.extra(), Long::sum);
            }
        }
        // the stage with the larger extra is the one the scenario is at
        Moment stage = null;
        for (Map.Entry<Moment, Long> e : stageExtra.entrySet()) {
            if (stage == null || e.getValue() > stageExtra.get(stage)) {
                stage = e.getKey();
            }
        }
        for (ServiceMemory m : services) {
            if (stage != null && m.moment() == stage) {
                parts.merge(m.name(), m.extra(), Long::sum);
            }
        }
        long total = parts.values().stream().mapToLong(Long::longValue).sum();
        return new ScenarioTotal(s, total, parts, total <= usable);
    }

    /** RAM less the reserve, plus swap when it is counted. */
    public long usable() {
        return ram - reserve + (swapCounted && swap != null ? swap : 0);
    }

    public boolean fits() {
        return scenarios.stream().allMatch(ScenarioTotal::fits);
    }

    public ScenarioTotal scenario(Scenario s) {
        return scenarios.get(s.ordinal());
    }

    /** The service of that name, or null. */
    public ServiceMemory service(String name) {
        return services.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
