package io.patchbay.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.discovery.parse.IpJsonParser;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.ParseException;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No device is drawn under a name the kernel could not have; a renamed bonding file finds its bond. */
class PhantomDeviceTest {
    private static final String IP = "json/bond-vlan-transcribed-ip-j-d-link.json";

    /**
     * The corpus bonding file BONDINFO_MODE_5 (active-backup over enp17s0f0/enp17s0f1) with its two
     * slaves renamed to the members of bond0 in the ip capture (enp1s0, enp2s0), saved as a user would.
     */
    private static Path renamedBondingFile(Path dir, String fileName, String mode) throws Exception {
        String text = Shared.read(Shared.corpus("bond", "BONDINFO_MODE_5.txt"))
                .replace("enp17s0f0", "enp1s0").replace("enp17s0f1", "enp2s0")
                .replace("fault-tolerance (active-backup)", mode);
        Path f = dir.resolve(fileName);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aBondingFileUnderAnotherNameIsReadAsTheBondWithItsMembersAndMode(@TempDir Path dir) throws Exception {
        Path bonding = renamedBondingFile(dir, "proc-net-bonding-bond0", "fault-tolerance (active-backup)");
        HostTopology h = new CaptureSource("h", List.of(TestCaptures.path(IP), bonding)).refresh();
        assertThat(h.devices()).extracting(Device::name).containsExactlyInAnyOrder("enp1s0", "enp2s0", "bond0",
                "bond0.57");
        Device bond = h.device("bond0").orElseThrow();
        assertThat(bond.bond().activeSlave()).isEqualTo("enp1s0");
        assertThat(bond.bond().slaves()).extracting(s -> s.permanentMac()).containsExactly("00:1f:f3:af:d3:f0",
                "00:1f:f3:af:d3:f1");
        assertThat(h.warnings()).singleElement().asString().contains("proc-net-bonding-bond0")
                .contains("read as bond0");
    }

    @Test
    void aBondingFileMatchingNoBondIsWarnedAndNotDrawn(@TempDir Path dir) throws Exception {
        Path bonding = renamedBondingFile(dir, "proc-net-bonding-bond0", "IEEE 802.3ad Dynamic link aggregation");
        HostTopology h = new CaptureSource("h", List.of(TestCaptures.path(IP), bonding)).refresh();
        assertThat(h.devices()).extracting(Device::name).containsExactlyInAnyOrder("enp1s0", "enp2s0", "bond0",
                "bond0.57");
        assertThat(h.devices()).filteredOn(d -> d.kind() == DeviceKind.BOND).hasSize(1);
        assertThat(h.warnings()).singleElement().asString().contains("no bond of this host has its members and mode");
    }

    @Test
    void namesNoInterfaceCanHaveAreLeftOutWithAWarning() throws ParseException {
        String ip = "[{\"ifindex\":2,\"ifname\":\"eth0\",\"flags\":[\"UP\"],\"mtu\":1500,\"operstate\":\"UP\","
                + "\"link_type\":\"ether\",\"address\":\"52:54:00:00:00:01\"},"
                + "{\"ifindex\":3,\"ifname\":\"a-name-far-too-long\",\"flags\":[],\"mtu\":1500,\"master\":\"eth0\","
                + "\"link_type\":\"ether\",\"address\":\"52:54:00:00:00:02\"},"
                + "{\"ifindex\":4,\"ifname\":\"has space\",\"flags\":[],\"mtu\":1500,\"link_type\":\"ether\"},"
                + "{\"ifindex\":5,\"ifname\":\"a/b\",\"flags\":[],\"mtu\":1500,\"link_type\":\"ether\"},"
                + "{\"ifindex\":6,\"ifname\":\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\",\"flags\":[],"
                + "\"mtu\":1500,\"link_type\":\"ether\"}]";
        Observation obs = new IpJsonParser().parse(ip, "capture ip.json");
        HostTopology h = TopologyMerger.merge("h", List.of("capture"), List.of(obs));
        assertThat(h.devices()).extracting(Device::name).containsExactly("eth0");
        assertThat(h.links()).isEmpty();
        assertThat(h.warnings()).hasSize(4).allSatisfy(w -> assertThat(w).contains("not drawn"));
    }
}
