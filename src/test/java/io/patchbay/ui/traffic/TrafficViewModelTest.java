package io.patchbay.ui.traffic;

import static io.patchbay.ui.traffic.TrafficSnapshots.HOST;
import static io.patchbay.ui.traffic.TrafficSnapshots.counters;
import static io.patchbay.ui.traffic.TrafficSnapshots.host;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.patchbay.model.HostTopology;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counters turned into rates between refreshes: the first reading, resets, loss, bounded history, forgetting. */
class TrafficViewModelTest {
    private static final String MAC = "52:54:00:aa:00:01";
    private static final TrafficKey KEY = new TrafficKey(HOST, "web1", MAC);
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
    private final TrafficViewModel vm = new TrafficViewModel(Clock.systemUTC());

    private VnicTraffic traffic() {
        return vm.of(KEY).orElseThrow(() -> new AssertionError("no traffic for " + KEY));
    }

    private void read(long rx, long tx, Instant at) {
        vm.observe(List.of(host(HOST, "web1", MAC, counters(rx, tx, 0, 0))), at);
    }

    @Test
    void theFirstReadingGivesNoRateTheSecondTheAverageSinceIt() {
        read(1_000_000, 50_000, T0);
        assertThat(traffic().points()).isEmpty();
        assertThat(traffic().latest()).isNull();
        read(3_500_000, 60_000, T0.plusSeconds(10));
        RatePoint p = traffic().latest();
        // 2.5 MB received and 10 kB sent in 10 s
        assertThat(p.rxBitsPerSecond()).isCloseTo(2_000_000, within(0.001));
        assertThat(p.txBitsPerSecond()).isCloseTo(8_000, within(0.001));
        assertThat(p.at()).isEqualTo(T0.plusSeconds(10));
        assertThat(ThroughputStep.of(p.totalBitsPerSecond())).isEqualTo(ThroughputStep.LIGHT);
    }

    @Test
    void aCounterResetRestartsTheRateAndNoRateIsEverNegative() {
        read(9_000_000, 9_000_000, T0);
        read(9_800_000, 9_100_000, T0.plusSeconds(10));
        assertThat(traffic().points()).hasSize(1);
        // the VM restarted: its counters begin again near 0
        read(4_000, 2_000, T0.plusSeconds(20));
        assertThat(traffic().points()).as("a reset only starts the next rate").hasSize(1);
        read(14_000, 4_000, T0.plusSeconds(30));
        assertThat(traffic().points()).hasSize(2);
        assertThat(traffic().latest().rxBitsPerSecond()).isCloseTo(8_000, within(0.001));
        assertThat(traffic().latest().txBitsPerSecond()).isCloseTo(1_600, within(0.001));
        assertThat(traffic().points()).allSatisfy(p -> {
            assertThat(p.rxBitsPerSecond()).isNotNegative();
            assertThat(p.txBitsPerSecond()).isNotNegative();
        });
    }

    @Test
    void theHistoryKeepsTheLastMinutesAndABoundedNumberOfRates() {
        // one reading a second for half an hour: far more than the window and the cap
        for (int i = 0; i <= 1800; i++) {
            read(i * 1000L, i * 10L, T0.plusSeconds(i));
        }
        List<RatePoint> points = traffic().points();
        assertThat(points).hasSize(VnicHistory.MAX_POINTS);
        assertThat(points.get(points.size() - 1).at()).isEqualTo(T0.plusSeconds(1800));
        assertThat(points.get(0).at()).isEqualTo(T0.plusSeconds(1800 - VnicHistory.MAX_POINTS + 1));
        // readings a minute apart: the window (not the cap) bounds them
        TrafficViewModel slow = new TrafficViewModel(Clock.systemUTC());
        for (int i = 0; i <= 60; i++) {
            slow.observe(List.of(host(HOST, "web1", MAC, counters(i * 1000L, 0, 0, 0))), T0.plusSeconds(60L * i));
        }
        List<RatePoint> kept = slow.of(KEY).orElseThrow().points();
        Instant last = T0.plusSeconds(3600);
        assertThat(kept).hasSize((int) VnicHistory.WINDOW.toMinutes() + 1)
                .allSatisfy(p -> assertThat(Duration.between(p.at(), last)).isLessThanOrEqualTo(VnicHistory.WINDOW));
    }

    @Test
    void dropsOrErrorsThatGrewAreTheLossOfTheLastRefreshOnly() {
        vm.observe(List.of(host(HOST, "web1", MAC, counters(1000, 1000, 5, 1))), T0);
        vm.observe(List.of(host(HOST, "web1", MAC, counters(2000, 2000, 8, 1))), T0.plusSeconds(5));
        assertThat(traffic().loss()).isEqualTo(new LossGrowth(3, 0, 0, 0));
        assertThat(traffic().loss().any()).isTrue();
        vm.observe(List.of(host(HOST, "web1", MAC, counters(3000, 3000, 8, 1))), T0.plusSeconds(10));
        assertThat(traffic().loss().any()).isFalse();
    }

    @Test
    void theSameSnapshotIsReadOnceAndGoneVnicsAndHostsAreForgotten() {
        HostTopology first = host(HOST, "web1", MAC, counters(1000, 1000, 0, 0), "52:54:00:aa:00:02", counters(5, 5, 0, 0));
        vm.observe(List.of(first), T0);
        long revision = vm.revisionProperty().get();
        vm.observe(List.of(first), T0.plusSeconds(10));
        assertThat(vm.revisionProperty().get()).as("the same snapshot is no new reading").isEqualTo(revision);
        assertThat(traffic().points()).isEmpty();
        HostTopology other = host("kvm2", "db1", "52:54:00:bb:00:01", counters(1, 1, 0, 0));
        // web1 lost its second vNIC
        vm.observe(List.of(host(HOST, "web1", MAC, counters(2000, 1000, 0, 0)), other), T0.plusSeconds(20));
        assertThat(vm.revisionProperty().get()).isGreaterThan(revision);
        assertThat(vm.all()).extracting(VnicTraffic::key).containsExactlyInAnyOrder(KEY,
                new TrafficKey("kvm2", "db1", "52:54:00:bb:00:01"));
        vm.observe(List.of(other), T0.plusSeconds(30));
        assertThat(vm.all()).extracting(VnicTraffic::key).containsExactly(new TrafficKey("kvm2", "db1", "52:54:00:bb:00:01"));
    }

    @Test
    void ratesAreWrittenInBitsPerSecondWithTheirPrefix() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("i18n.strings", java.util.Locale.ROOT);
        assertThat(RateText.rate(en, 640)).isEqualTo("640 bit/s");
        assertThat(RateText.rate(en, 8_000)).isEqualTo("8.0 kbit/s");
        assertThat(RateText.rate(en, 2_450_000)).isEqualTo("2.5 Mbit/s");
        assertThat(RateText.rate(en, 9_410_000_000.0)).isEqualTo("9.41 Gbit/s");
        assertThat(ThroughputStep.of(0)).isEqualTo(ThroughputStep.IDLE);
        assertThat(ThroughputStep.of(10e6)).isEqualTo(ThroughputStep.BUSY);
        assertThat(ThroughputStep.of(1e9)).isEqualTo(ThroughputStep.HEAVY);
    }
}
