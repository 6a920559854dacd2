package dev.headroom.model.proc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What ran on the host at one moment: every process read, and the services they add up to,
 * in unit-name order. Processes outside any service (kernel threads are not even read;
 * login sessions, {@code init.scope}) are kept but belong to no service.
 *
 * @param processes every user-space process found, in PID order
 * @param services  one per service unit, in unit-name order
 */
public record ProcessSample(List<ProcessReading> processes, List<ServiceSample> services) {

    public static final ProcessSample EMPTY = new ProcessSample(List.of(), List.of());

    public ProcessSample {
        processes = List.copyOf(processes);
        services = List.copyOf(services);
    }

    /** The services of these processes. */
    public static ProcessSample of(List<ProcessReading> processes) {
        Map<String, List<ProcessReading>> byUnit = new TreeMap<>();
        for (ProcessReading p : processes) {
            if (p.unit() != null) {
                byUnit.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p);
            }
        }
        List<ServiceSample> services = new ArrayList<>();
        byUnit.forEach((unit, ps) -> services.add(ServiceSample.of(unit, ps)));
        return new ProcessSample(processes, services);
    }

    public Optional<ServiceSample> service(String unit) {
        return services.stream().filter(s -> s.unit().equals(unit)).findFirst();
    }

    public Optional<ProcessReading> process(int pid) {
        return processes.stream().filter(p -> p.pid() == pid).findFirst();
    }

    /** The processes in no service. */
    public List<ProcessReading> outsideServices() {
        return processes.stream().filter(p -> p.unit() == null).toList();
    }

    /**
     * Sizes in the facts file's {@code [measured]} convention: {@code apache2} the whole service,
     * {@code apache2.child} its average child. Only complete services are given, since the sum
     * of the readable part would pass for the whole; the others are in {@link #services()} with
     * {@link ServiceSample#unreadableNote()}.
     */
    public Map<String, Long> measuredSizes() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (ServiceSample s : services) {
            if (s.complete()) {
                m.put(s.key(), s.totalBytes());
                if (s.childAverageBytes() != null) {
                    m.put(s.key() + ".child", s.childAverageBytes());
                }
            }
        }
        return m;
    }
}
