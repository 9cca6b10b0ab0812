package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.TrafficCounters;
import io.patchbay.testsupport.Lab;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bulk statistics call against the lab's real libvirtd agrees with {@code virsh domifstat}. */
@Tag("lab")
class LiveStateReaderLabTest {
    @Test
    void oneBulkCallGivesEveryRunningGuestsCountersAsVirshDomifstat() throws Exception {
        Lab lab = Lab.load();
        try (LibvirtConnection c = LibvirtConnection.open(lab.libvirtUri())) {
            Map<String, Map<String, TrafficCounters>> stats = new LiveStateReader(c).interfaceStats();
            assertThat(stats).containsKeys(lab.guests().toArray(String[]::new));
            for (String guest : lab.guests()) {
                assertThat(stats.get(guest)).as(guest).isNotEmpty();
                for (Map.Entry<String, TrafficCounters> e : stats.get(guest).entrySet()) {
                    Map<String, Long> virsh = lab.domifstat(guest, e.getKey());
                    long rxPkts = virsh.get("rx_packets");
                    long txPkts = virsh.get("tx_packets");
                    // counters only grow between the two reads; a guest's own traffic is a few packets a minute
                    assertThat(rxPkts).as(guest + " " + e.getKey() + " rx_packets")
                            .isBetween(e.getValue().rxPackets(), e.getValue().rxPackets() + 20);
                    assertThat(txPkts).as(guest + " " + e.getKey() + " tx_packets")
                            .isBetween(e.getValue().txPackets(), e.getValue().txPackets() + 20);
                    assertThat(virsh.get("rx_bytes")).isGreaterThanOrEqualTo(e.getValue().rxBytes());
                }
            }
        }
    }
}
