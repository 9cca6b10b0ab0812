package io.patchbay.discovery;

import io.patchbay.core.PatchbayException;
import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureDetector;
import io.patchbay.discovery.capture.CaptureKind;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.PortVlan;
import io.patchbay.testsupport.TestCaptures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host with Open vSwitch on the userspace datapath, from the real outputs in
 * captures/ovs-netdev: as captures (the folder, or the JSON tables alone, or the show text
 * alone) and as the one collection exec frames them.
 */
class OvsTopologyTest {
    private static final String DIR = "ovs-netdev/";

    private static HostTopology captures(String... files) throws PatchbayException {
        return new CaptureSource("ovs", java.util.Arrays.stream(files).map(f -> TestCaptures.path(DIR + f)).toList())
                .refresh();
    }

    private static Device device(HostTopology h, String name) {
        return h.device(name).orElseThrow(() -> new AssertionError("no device " + name + " in " + h.devices()));
    }

    /** What every source of OVS facts must give, whichever of the outputs it had. */
    private static void assertOvsPicture(HostTopology h) {
        assertThat(device(h, "br-int").kind()).isEqualTo(DeviceKind.OVS);
        assertThat(device(h, "br-ex").kind()).isEqualTo(DeviceKind.OVS);
        assertThat(device(h, "br-int").bridge().ports())
                .containsExactlyInAnyOrder("vnet10", "vnet11", "vnet12", "patch-int", "vxlan0", "geneve0");
        assertThat(device(h, "br-ex").bridge().ports()).containsExactlyInAnyOrder("ex-mgmt", "bond0", "patch-ex");
        for (String tap : List.of("vnet10", "vnet11", "vnet12")) {
            assertThat(device(h, tap).kind()).isEqualTo(DeviceKind.TAP);
            assertThat(device(h, tap).master()).isEqualTo("br-int");
            assertThat(h.links()).contains(new Link(tap, "br-int", LinkKind.PORT));
        }
        assertThat(device(h, "vnet10").portVlan()).isEqualTo(PortVlan.ovs(100, List.of(), null));
        assertThat(device(h, "vnet11").portVlan()).isEqualTo(PortVlan.ovs(null, List.of(200, 201), null));
        assertThat(device(h, "ex-mgmt").portVlan().tag()).isEqualTo(10);
        Device bond = device(h, "bond0");
        assertThat(bond.kind()).isEqualTo(DeviceKind.BOND);
        assertThat(bond.bond().mode()).isEqualTo("active-backup");
        assertThat(bond.bond().activeSlave()).isEqualTo("vethA");
        assertThat(bond.bond().slaves()).extracting(s -> s.name()).containsExactlyInAnyOrder("vethA", "vethB");
        assertThat(h.links()).contains(new Link("vethA", "bond0", LinkKind.SLAVE), new Link("vethB", "bond0",
                LinkKind.SLAVE), new Link("bond0", "br-ex", LinkKind.PORT));
        assertThat(h.links()).contains(new Link("patch-ex", "patch-int", LinkKind.PATCH));
        assertThat(h.links().stream().filter(l -> l.kind() == LinkKind.PATCH)).hasSize(1);
        assertThat(device(h, "vxlan0").kind()).isEqualTo(DeviceKind.VXLAN);
        assertThat(device(h, "vxlan0").ovs().remoteIp()).isEqualTo("127.0.0.2");
        assertThat(device(h, "geneve0").kind()).isEqualTo(DeviceKind.TUNNEL);
        assertThat(device(h, "geneve0").ovs().remoteIp()).isEqualTo("127.0.0.3");
        assertThat(device(h, "patch-int").peer()).isEqualTo("patch-ex");
        assertThat(device(h, "ex-mgmt").ovs().type()).isEqualTo("internal");
        assertThat(device(h, "ex-mgmt").kind()).isNotIn(DeviceKind.TAP, DeviceKind.OVS, DeviceKind.NIC);
        assertThat(h.warnings()).isEmpty();
    }

    @Test
    void theWholeFolderOfCaptures() throws PatchbayException {
        HostTopology h = new CaptureSource("ovs", List.of(TestCaptures.path("ovs-netdev"))).refresh();
        assertOvsPicture(h);
        assertThat(device(h, "vnet12").portVlan()).isEqualTo(PortVlan.ovs(300, List.of(301, 302), "native-untagged"));
        assertThat(device(h, "vnet10").ovs().attachedMac()).isEqualTo("52:54:00:aa:00:10");
        assertThat(device(h, "br-int").provenance().get("kind")).contains("ovs-vsctl");
    }

    @Test
    void ipAndTheThreeJsonTables() throws PatchbayException {
        HostTopology h = captures("ip-j-d-addr-show.json", "ovs-vsctl-list-bridge.json", "ovs-vsctl-list-port.json",
                "ovs-vsctl-list-interface.json");
        assertOvsPicture(h);
        assertThat(device(h, "vnet12").portVlan()).isEqualTo(PortVlan.ovs(300, List.of(301, 302), "native-untagged"));
        assertThat(device(h, "bond0").provenance().get("bond.activeSlave")).contains("matched by MAC");
    }

    @Test
    void ipTextAndTheShowTextWithBondShow() throws PatchbayException {
        HostTopology h = captures("ip-d-link-show.txt", "ovs-vsctl-show.txt", "ovs-appctl-bond-show.txt");
        assertOvsPicture(h);
    }

    @Test
    void withoutOvsOutputsTheUserspaceBridgeIsATapAndNothingIsInvented() throws PatchbayException {
        HostTopology h = captures("ip-j-d-addr-show.json");
        assertThat(device(h, "br-int").kind()).isEqualTo(DeviceKind.TAP);
        assertThat(device(h, "vnet10").master()).isNull();
        assertThat(device(h, "vnet10").portVlan()).isNull();
        assertThat(h.device("bond0")).isEmpty();
    }

    @Test
    void eachOvsCaptureIsRecognisedByItsContent() {
        assertThat(CaptureDetector.recognise(TestCaptures.read(DIR + "ovs-vsctl-list-port.json")))
                .contains(CaptureKind.OVSDB_JSON);
        assertThat(CaptureDetector.recognise(TestCaptures.read(DIR + "ovs-vsctl-show.txt")))
                .contains(CaptureKind.OVS_SHOW);
        assertThat(CaptureDetector.recognise(TestCaptures.read(DIR + "ovs-appctl-bond-show.txt")))
                .contains(CaptureKind.OVS_BOND_SHOW);
    }

    @Test
    void theCollectionExecCarriesTheOvsTables() throws PatchbayException {
        String raw = "@@patchbay hostname\n|ovshost\n@@patchbay ip-json\n" + TestCaptures.read(DIR + "ip-j-d-addr-show.json")
                + "@@patchbay ovs-json Bridge\n" + TestCaptures.read(DIR + "ovs-vsctl-list-bridge.json")
                + "@@patchbay ovs-json Port\n" + TestCaptures.read(DIR + "ovs-vsctl-list-port.json")
                + "@@patchbay ovs-json Interface\n" + TestCaptures.read(DIR + "ovs-vsctl-list-interface.json")
                + "@@patchbay ovs-bond\n" + TestCaptures.read(DIR + "ovs-appctl-bond-show.txt").lines()
                .map(l -> "|" + l + "\n").reduce("", String::concat)
                + "@@patchbay end\n";
        HostTopology h = Collection.toTopology(raw, null, "ssh", "ssh ovshost");
        assertThat(h.name()).isEqualTo("ovshost");
        assertOvsPicture(h);
    }

    @Test
    void anEmptyOvsSectionIsAWarningNotAFailure() throws PatchbayException {
        String raw = "@@patchbay ip-json\n" + TestCaptures.read(DIR + "ip-j-d-addr-show.json")
                + "@@patchbay ovs-json Bridge\n@@patchbay end\n";
        HostTopology h = Collection.toTopology(raw, "h", "ssh", "ssh h");
        assertThat(h.warnings()).singleElement().asString().contains("ovs-vsctl printed nothing");
    }

    @Test
    void theCollectionScriptAsksOvsOnlyWhenItIsThere() {
        assertThat(Collection.SCRIPT).contains("command -v ovs-vsctl", "[ -S /run/openvswitch/db.sock ]", "ovs-vsctl --timeout=5 -f json list $t",
                "ovs-appctl --timeout=5 bond/show");
    }
}
