package io.patchbay.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.capture.CaptureDetector;
import io.patchbay.discovery.capture.CaptureKind;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.export.TopologyJson;
import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.PortVlan;
import io.patchbay.testsupport.TestCaptures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host with a VLAN-filtering Linux bridge br0 (ports vnet0 access 100, vnet1 pvid 10 + tagged
 * 200-202, 300) and a bridge br1 without filtering (vnet2 keeps the kernel's default pvid 1): from
 * captures, a sosreport and the collection exec's framing. The ip outputs are real (lab bridges,
 * renamed, vlan_filtering set); the bridge vlan outputs are shaped as iproute2 prints them.
 */
class VlanAwareBridgeTest {
    private static final String DIR = "vlan-bridge/";

    private static Device device(HostTopology h, String name) {
        return h.device(name).orElseThrow(() -> new AssertionError("no device " + name + " in " + h.devices()));
    }

    private static HostTopology captures(String... files) throws PatchbayException {
        return new CaptureSource("vlan", java.util.Arrays.stream(files).map(f -> TestCaptures.path(DIR + f)).toList())
                .refresh();
    }

    private static void assertVlanPicture(HostTopology h) {
        assertThat(device(h, "br0").bridge().vlanFiltering()).isTrue();
        assertThat(device(h, "br1").bridge().vlanFiltering()).isFalse();
        assertThat(device(h, "vnet0").portVlan()).isEqualTo(PortVlan.linux(100, List.of(100), List.of()));
        assertThat(device(h, "vnet1").portVlan()).isEqualTo(PortVlan.linux(10, List.of(10), List.of(200, 201, 202, 300)));
        assertThat(device(h, "br0").portVlan()).isEqualTo(PortVlan.linux(1, List.of(1), List.of()));
        assertThat(device(h, "vnet2").portVlan()).as("br1 does not filter VLANs: its ports' table means nothing").isNull();
        assertThat(device(h, "br1").portVlan()).isNull();
        assertThat(device(h, "vnet1").master()).isEqualTo("br0");
        assertThat(h.warnings()).isEmpty();
    }

    @Test
    void ipJsonAndBridgeVlanJson() throws PatchbayException {
        HostTopology h = captures("ip-j-d-link.json", "bridge-j-vlan.json");
        assertVlanPicture(h);
        assertThat(device(h, "vnet1").provenance().get("vlan.tagged")).endsWith("vlan-bridge/bridge-j-vlan.json");
    }

    @Test
    void ipTextAndBridgeVlanTextOfIproute2Four() throws PatchbayException {
        HostTopology h = captures("ip-d-link.txt", "bridge-vlan-show-iproute2-4.txt");
        assertThat(device(h, "vnet0").portVlan()).isEqualTo(PortVlan.linux(100, List.of(100), List.of()));
        assertThat(device(h, "vnet1").portVlan().tagged()).containsExactly(200, 201, 202, 300);
        assertThat(device(h, "br0").bridge().vlanFiltering()).isTrue();
    }

    @Test
    void theJsonOutputCarriesVlanAndVlanFiltering() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TopologyJson.write(List.of(captures("ip-j-d-link.json",
                "bridge-j-vlan.json"))));
        JsonNode devices = root.path("hosts").path(0).path("devices");
        JsonNode vnet1 = null;
        JsonNode br0 = null;
        JsonNode vnet2 = null;
        for (JsonNode d : devices) {
            switch (d.path("name").asText()) {
                case "vnet1" -> vnet1 = d;
                case "br0" -> br0 = d;
                case "vnet2" -> vnet2 = d;
                default -> { }
            }
        }
        assertThat(vnet1).isNotNull();
        assertThat(vnet1.path("vlan").toString()).isEqualTo("{\"pvid\":10,\"untagged\":[10],\"tagged\":[200,201,202,300]}");
        assertThat(br0.path("vlanFiltering").asBoolean()).isTrue();
        assertThat(vnet2.has("vlan")).isFalse();
    }

    @Test
    void eachFormIsRecognisedByItsContent() {
        assertThat(CaptureDetector.recognise(TestCaptures.read(DIR + "bridge-j-vlan.json")))
                .contains(CaptureKind.BRIDGE_VLAN_JSON);
        assertThat(CaptureDetector.recognise(TestCaptures.read(DIR + "bridge-j-vlan-iproute2-4.json")))
                .contains(CaptureKind.BRIDGE_VLAN_JSON);
        assertThat(CaptureDetector.recognise(TestCaptures.read(DIR + "bridge-d-vlan-show.txt")))
                .contains(CaptureKind.BRIDGE_VLAN_TEXT);
        assertThat(CaptureDetector.recognise(TestCaptures.read(DIR + "bridge-vlan-show-iproute2-4.txt")))
                .contains(CaptureKind.BRIDGE_VLAN_TEXT);
    }

    @Test
    void aSosreportsBridgeVlanShow(@TempDir Path tmp) throws IOException, PatchbayException {
        Path net = Files.createDirectories(tmp.resolve("sosreport-vlan/sos_commands/networking"));
        Files.writeString(net.resolve("ip_-d_link"), TestCaptures.read(DIR + "ip-d-link.txt"));
        Files.writeString(net.resolve("bridge_-d_vlan_show"), TestCaptures.read(DIR + "bridge-d-vlan-show.txt"));
        HostTopology h = new CaptureSource("sos", List.of(tmp.resolve("sosreport-vlan"))).refresh();
        assertVlanPicture(h);
        assertThat(device(h, "vnet0").provenance().get("vlan.pvid"))
                .isEqualTo("capture sosreport-vlan/sos_commands/networking/bridge_-d_vlan_show");
    }

    @Test
    void aSosreportOfAKernelWithoutFilteringHasNoPortVlans(@TempDir Path tmp) throws IOException, PatchbayException {
        Path net = Files.createDirectories(tmp.resolve("sos/sos_commands/networking"));
        Files.writeString(net.resolve("ip_-d_link"), TestCaptures.read(DIR + "ip-d-link.txt"));
        Files.writeString(net.resolve("bridge_-d_vlan_show"), "port              vlan-id  \nError: Unknown device type.\n");
        HostTopology h = new CaptureSource("sos", List.of(tmp.resolve("sos"))).refresh();
        assertThat(h.devices()).allSatisfy(d -> assertThat(d.portVlan()).isNull());
    }

    @Test
    void theCollectionExecCarriesBridgeVlanJson() throws PatchbayException {
        String raw = "@@patchbay hostname\n|vlanhost\n@@patchbay ip-json\n" + TestCaptures.read(DIR + "ip-j-d-link.json")
                + "@@patchbay bridge-vlan-json\n" + TestCaptures.read(DIR + "bridge-j-vlan.json")
                + "@@patchbay end\n";
        HostTopology h = Collection.toTopology(raw, null, "ssh", "ssh vlanhost");
        assertVlanPicture(h);
    }

    @Test
    void anUnreadableBridgeVlanSectionCostsTheVlansNotTheHost() throws PatchbayException {
        String raw = "@@patchbay ip-json\n" + TestCaptures.read(DIR + "ip-j-d-link.json")
                + "@@patchbay bridge-vlan-json\n[{\"ifname\":\"vnet0\",\"vlans\":[{\"vlan\":0}]}]\n@@patchbay end\n";
        HostTopology h = Collection.toTopology(raw, "h", "ssh", "ssh h");
        assertThat(device(h, "vnet0").portVlan()).isNull();
        assertThat(device(h, "vnet0").master()).isEqualTo("br0");
        assertThat(h.warnings()).singleElement().asString()
                .startsWith("ssh h [bridge-vlan-json], line 1: expected VLAN ids from 1 to 4094")
                .endsWith("; the bridge ports' VLANs are not shown");
    }

    @Test
    void theScriptAsksOnlyWhenABridgeFiltersVlansAndPassesOnlyJson() {
        assertThat(Collection.SCRIPT).contains("/sys/class/net/*/bridge/vlan_filtering", "[ \"$n\" = 1 ]",
                "bridge -j vlan show 2>/dev/null", "case $j in '['*|'{'*) echo '@@patchbay bridge-vlan-json'");
    }
}
