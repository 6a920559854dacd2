package dev.headroom.model.httpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.headroom.source.Origin;

/** The [RUN] examples of shared/domain.md B.3–B.5, observed on apache2 2.4.71. */
class MpmCheckTest {

    private static MpmSettings run(Mpm mpm, String... pairs) {
        Map<MpmDirective, Configured> c = new EnumMap<>(MpmDirective.class);
        for (int i = 0; i < pairs.length; i += 2) {
            MpmDirective d = MpmDirective.byName(pairs[i]);
            c.put(d.canonical(), new Configured(pairs[i + 1], Origin.of("t.conf", i + 1, 1), pairs[i]));
        }
        return MpmCheck.run(mpm, c, Origin.of("t.conf", 0, 0), 2);
    }

    private static List<String> codes(MpmSettings s) {
        return s.adjustments().stream().map(MpmAdjustment::daemonCode).filter(c -> c != null)
                .collect(Collectors.toList());
    }

    @Test
    void eventThreadsPerChildAboveThreadLimitThenNotAMultiple() {
        MpmSettings s = run(Mpm.EVENT, "ThreadsPerChild", "65");
        assertThat(codes(s)).containsExactly("AH00507", "AH00513");
        assertThat(s.value(MpmDirective.THREADS_PER_CHILD)).isEqualTo(64);
        assertThat(s.value(MpmDirective.MAX_REQUEST_WORKERS)).isEqualTo(384);
        assertThat(s.maxProcesses()).isEqualTo(6);
    }

    @Test
    void eventBelowThreadsPerChild() {
        MpmSettings s = run(Mpm.EVENT, "MaxRequestWorkers", "10");
        assertThat(codes(s)).containsExactly("AH00511");
        assertThat(s.value(MpmDirective.MAX_REQUEST_WORKERS)).isEqualTo(25);
    }

    @Test
    void eventAboveServerLimitLowersProcessesNotTheVariable() {
        MpmSettings s = run(Mpm.EVENT, "MaxRequestWorkers", "1000");
        assertThat(codes(s)).containsExactly("AH00515");
        assertThat(s.adjustments().get(0).message()).contains("would require 40 servers")
                .contains("ServerLimit of 16, decreasing to 400");
        assertThat(s.value(MpmDirective.MAX_REQUEST_WORKERS)).isEqualTo(400);
        assertThat(s.maxProcesses()).isEqualTo(16);
    }

    @Test
    void eventEverythingOutOfRange() {
        MpmSettings s = run(Mpm.EVENT, "ServerLimit", "0", "ThreadLimit", "100001", "ThreadsPerChild", "0");
        assertThat(codes(s)).containsExactly("AH00499", "AH00502", "AH00509", "AH00515");
        assertThat(s.adjustments().get(3).message())
                .isEqualTo("WARNING: MaxRequestWorkers of 400 would require 400 servers and would exceed ServerLimit of 1, decreasing to 1. To increase, please see the ServerLimit directive.");
        assertThat(s.value(MpmDirective.MAX_REQUEST_WORKERS)).isEqualTo(1);
    }

    @Test
    void eventThreeStepsInOrder() {
        MpmSettings s = run(Mpm.EVENT, "ThreadLimit", "32", "ThreadsPerChild", "50", "MaxRequestWorkers", "1000",
                "ServerLimit", "10");
        assertThat(codes(s)).containsExactly("AH00507", "AH00513", "AH00515");
        assertThat(s.adjustments().get(2).message()).contains("MaxRequestWorkers of 992 would require 31 servers")
                .contains("decreasing to 320");
        assertThat(s.value(MpmDirective.MAX_REQUEST_WORKERS)).isEqualTo(320);
    }

    @Test
    void eventSpareAndStartWithNoMessageForMaxSpare() {
        MpmSettings s = run(Mpm.EVENT, "StartServers", "0", "MinSpareThreads", "0", "MaxSpareThreads", "-5");
        assertThat(codes(s)).containsExactly("AH00517", "AH00519");
        // Silently raised at start-up: MinSpareThreads 1 + ThreadsPerChild 25 + 1.
        assertThat(s.value(MpmDirective.MAX_SPARE_THREADS)).isEqualTo(27);
    }

    @Test
    void debianDefaultsAreUntouched() {
        MpmSettings s = run(Mpm.EVENT, "StartServers", "2", "MinSpareThreads", "25", "MaxSpareThreads", "75",
                "ThreadLimit", "64", "ThreadsPerChild", "25", "MaxRequestWorkers", "150",
                "MaxConnectionsPerChild", "0");
        assertThat(s.adjustments()).isEmpty();
        assertThat(s.maxProcesses()).isEqualTo(6);
    }

    @Test
    void workerCodes() {
        assertThat(codes(run(Mpm.WORKER, "ServerLimit", "20001", "ThreadLimit", "20001")))
                .containsExactly("AH00300", "AH00305");
        MpmSettings s = run(Mpm.WORKER, "ThreadsPerChild", "30", "MaxRequestWorkers", "100");
        assertThat(codes(s)).containsExactly("AH00316");
        assertThat(s.value(MpmDirective.MAX_REQUEST_WORKERS)).isEqualTo(90);
        assertThat(codes(run(Mpm.WORKER, "ThreadLimit", "0", "MaxRequestWorkers", "3000")))
                .containsExactly("AH00307", "AH00310", "AH00318");
    }

    @Test
    void preforkCodes() {
        assertThat(codes(run(Mpm.PREFORK, "ServerLimit", "200001"))).containsExactly("AH00175");
        MpmSettings s = run(Mpm.PREFORK, "MaxRequestWorkers", "300");
        assertThat(codes(s)).containsExactly("AH00180");
        assertThat(s.value(MpmDirective.MAX_REQUEST_WORKERS)).isEqualTo(256);
        assertThat(codes(run(Mpm.PREFORK, "MaxRequestWorkers", "0", "StartServers", "-1", "MinSpareServers", "0",
                "MaxSpareServers", "0"))).containsExactly("AH00182", "AH00184", "AH00186");
        assertThat(run(Mpm.PREFORK, "ServerLimit", "100000", "MaxRequestWorkers", "100000").adjustments()).isEmpty();
    }

    @Test
    void asyncFactorIsReadWithStrtod() {
        assertThat(CNumber.strtodWhole("1.5")).hasValue(1.5);
        assertThat(CNumber.strtodWhole("0x10")).hasValue(16.0);
        assertThat(CNumber.strtodWhole("0x1.8p1")).hasValue(3.0);
        assertThat(CNumber.strtodWhole(" 2e1")).hasValue(20.0);
        assertThat(CNumber.strtodWhole("1.5f")).isEmpty();
        assertThat(CNumber.strtodWhole("2.5d")).isEmpty();
        assertThat(CNumber.strtodWhole("1.5x")).isEmpty();
        assertThat(CNumber.strtodWhole("")).isEmpty();
        assertThat(run(Mpm.EVENT, "AsyncRequestWorkerFactor", "0x10").settings()
                .get("AsyncRequestWorkerFactor").value()).isEqualTo(16.0);
        assertThat(run(Mpm.EVENT, "AsyncRequestWorkerFactor", "0.5").settings()
                .get("AsyncRequestWorkerFactor").value()).isEqualTo(1.0);
    }

    @Test
    void startServersCappedIsBlamedOnWhatCappedIt() {
        MpmSettings s = run(Mpm.EVENT, "ThreadsPerChild", "10", "MaxRequestWorkers", "80", "ServerLimit", "1");
        MpmAdjustment capped = s.adjustments().stream()
                .filter(a -> a.kind() == MpmAdjustment.Kind.START_SERVERS_CAPPED).findFirst().orElseThrow();
        assertThat(capped.origin().line()).isEqualTo(5);
        MpmSettings t = run(Mpm.EVENT, "ServerLimit", "16", "MaxRequestWorkers", "25");
        MpmAdjustment low = t.adjustments().stream()
                .filter(a -> a.kind() == MpmAdjustment.Kind.START_SERVERS_CAPPED).findFirst().orElseThrow();
        assertThat(low.origin().line()).isEqualTo(3);
    }

    @Test
    void atoiReadsGarbageAsC() {
        assertThat(CNumber.atoi("abc")).isZero();
        assertThat(CNumber.atoi("10abc")).isEqualTo(10);
        assertThat(CNumber.atoi("-5")).isEqualTo(-5);
        assertThat(CNumber.atoi("999999999999")).isEqualTo(-727379969);
        assertThat(CNumber.atoi("  +7")).isEqualTo(7);
        assertThat(CNumber.atoi("99999999999999999999999")).isEqualTo(-1);
        assertThat(codes(run(Mpm.EVENT, "MaxRequestWorkers", "999999999999"))).containsExactly("AH00511");
    }
}
