package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import io.patchbay.testsupport.TapFrames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live state of a real guest in {@code patchbay topology --libvirt URI --format json}: the lab's
 * DHCP guest (pbguest3, on the isolated network pbdhcp) shows the address dnsmasq leased it with
 * source {@code lease}, and frames sent into its tap show in {@code stats.rxPackets} as in
 * {@code virsh domifstat}.
 */
@Tag("lab")
class LiveStateJsonLabTest {
    private static final Lab LAB = Lab.load();
    /** A boot (3-7 s, more under load) plus udhcpc's first exchange, with room for a loaded machine. */
    private static final Duration LEASE_WAIT = Duration.ofSeconds(90);
    private static final int FRAMES = 200;
    /** What the guest may receive on its own besides our frames between two reads (IPv6/ARP chatter). */
    private static final int SLACK = 10;

    @TempDir
    Path home;

    private JsonNode dhcpVnic() throws Exception {
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--format", "json", "--home", home.toString(),
                "--name", "lab", "--libvirt", LAB.libvirtUri());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode host = new ObjectMapper().readTree(r.out()).get("hosts").get(0);
        for (JsonNode vm : host.get("vms")) {
            if (vm.get("name").asText().equals(LAB.dhcpGuest())) {
                for (JsonNode n : vm.get("vnics")) {
                    if (n.path("mac").asText().equalsIgnoreCase(LAB.dhcpMac())) {
                        return n;
                    }
                }
            }
        }
        throw new AssertionError("no vNIC " + LAB.dhcpMac() + " of " + LAB.dhcpGuest() + " in " + host.get("vms"));
    }

    private Optional<String> leased(JsonNode vnic) {
        for (JsonNode a : vnic.path("addresses")) {
            if (a.get("source").asText().equals("lease")) {
                return Optional.of(a.get("address").asText());
            }
        }
        return Optional.empty();
    }

    @Test
    void theDhcpGuestsVnicShowsTheAddressItLeased() {
        String address = Await.value(LAB.dhcpGuest() + "'s vNIC to show a lease in the topology JSON", LEASE_WAIT, () -> {
            try {
                return leased(dhcpVnic());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String inGuest = LAB.guestSerial(LAB.dhcpGuest()).awaitLease("eth0", LEASE_WAIT);
        assertThat(address).as("the lease libvirt reports is the one the guest's udhcpc took").isEqualTo(inGuest);
        String prefix = LAB.dhcpSubnet().substring(0, LAB.dhcpSubnet().lastIndexOf('.') + 1);
        assertThat(address).startsWith(prefix).endsWith("/24");
        int host = Integer.parseInt(address.substring(prefix.length(), address.indexOf('/')));
        assertThat(host).as("within the network's DHCP range").isBetween(100, 200);
        assertThat(LAB.virsh(Duration.ofSeconds(20), "net-dhcp-leases", LAB.dhcpNetwork()))
                .anyMatch(l -> l.contains(LAB.dhcpMac()) && l.contains(address));
    }

    @Test
    void framesSentIntoTheGuestsTapShowAsReceivedPackets() throws Exception {
        // a lease means udhcpc brought the guest's NIC up: the tap now delivers frames
        LAB.guestSerial(LAB.dhcpGuest()).awaitLease("eth0", LEASE_WAIT);
        JsonNode before = dhcpVnic();
        String tap = before.get("target").asText();
        long rxBefore = before.get("stats").get("rxPackets").asLong();

        TapFrames.send(tap, LAB.dhcpMac(), FRAMES, Duration.ofSeconds(30));

        // QEMU takes the frames off the tap as the guest posts buffers: counted then
        JsonNode after = Await.value("rxPackets of " + tap + " to grow by " + FRAMES, Duration.ofSeconds(60), () -> {
            try {
                JsonNode v = dhcpVnic();
                return v.get("stats").get("rxPackets").asLong() >= rxBefore + FRAMES ? Optional.of(v) : Optional.empty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Map<String, Long> virsh = LAB.domifstat(LAB.dhcpGuest(), tap);
        long rxJson = after.get("stats").get("rxPackets").asLong();
        assertThat(after.get("target").asText()).isEqualTo(tap);
        assertThat(rxJson - rxBefore).as("packets received since before").isBetween((long) FRAMES, (long) FRAMES + SLACK);
        assertThat(virsh.get("rx_packets")).as("virsh domifstat read right after the JSON")
                .isBetween(rxJson, rxJson + SLACK);
        assertThat(virsh.get("rx_bytes")).isGreaterThanOrEqualTo(after.get("stats").get("rxBytes").asLong());
        assertThat(after.get("stats").get("rxBytes").asLong() - before.get("stats").get("rxBytes").asLong())
                .as("60-byte frames").isGreaterThanOrEqualTo(60L * FRAMES);
    }
}
