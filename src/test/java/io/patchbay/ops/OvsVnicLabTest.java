package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.discovery.local.LocalSource;
import io.patchbay.testsupport.GuestSerial;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * VLANs and Open vSwitch, live against the lab's real libvirtd, OVS (userspace datapath) and the
 * guest pbguest4, whose one vNIC is a port of pbovs0 with tag 100. Every test changes the live
 * definition only and puts the vNIC back on pbovs0 with tag 100.
 */
@Tag("lab")
class OvsVnicLabTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final ScopeRequest LIVE = new ScopeRequest(true, false);
    private static final String FAULT_BRIDGE = "pbovsfault";
    private static final String ADDED_MAC = "52:54:00:fb:04:77";

    @TempDir
    Path home;
    private final Lab lab = Lab.load();
    private LibvirtDomainDevices devices;
    private LocalSource local;
    private HostBridgeReads reads;

    @BeforeEach
    void up() throws Exception {
        local = new LocalSource("lab", T);
        reads = new HostBridgeReads(local);
        devices = new LibvirtDomainDevices(lab.libvirtUri(), reads::bridges, reads::ovsBridges);
        restore();
    }

    @AfterEach
    void down() throws Exception {
        try {
            restore();
        } finally {
            removeFaultBridge();
            devices.close();
            local.close();
        }
    }

    /** The lab's design: pbguest4's vNIC live on pbovs0 with tag 100, no extra vNIC. */
    private void restore() throws Exception {
        VnicService s = service(null, null);
        Element now = LabHost.iface(lab.ovsGuest(), false, ADDED_MAC);
        if (now != null) {
            s.apply(s.plan(new VnicIntent.Remove(lab.ovsGuest(), ADDED_MAC, LIVE, null), false));
        }
        Element nic = LabHost.iface(lab.ovsGuest(), false, lab.ovsMac());
        if (!"pbovs0".equals(DeviceXml.bridgeOf(nic))) {
            s.apply(s.plan(new VnicIntent.Move(lab.ovsGuest(), lab.ovsMac(), "pbovs0", LIVE,
                    VlanRequest.access(lab.ovsTag())), false));
        } else if (!VlanRequest.access(lab.ovsTag()).equals(DeviceXml.vlanOf(nic))) {
            s.apply(s.plan(new VnicIntent.Vlan(lab.ovsGuest(), lab.ovsMac(), VlanRequest.access(lab.ovsTag()), LIVE),
                    false));
        }
    }

    private VnicService service(Journal journal, Executor.StepHook hook) {
        return new VnicService(devices, "lab", List.of(), null, new HostTapVerifier(local), journal, hook);
    }

    private static String ovsTag(String port) {
        return String.join("", Lab.runCommand(T, "ovs-vsctl", "get", "port", port, "tag")).strip();
    }

    private Element liveNic() {
        return LabHost.iface(lab.ovsGuest(), false, lab.ovsMac());
    }

    private void removeFaultBridge() {
        if (Files.exists(Path.of("/sys/class/net", FAULT_BRIDGE))) {
            Lab.runCommand(T, "ip", "link", "del", "dev", FAULT_BRIDGE);
        }
    }

    @Test
    void theTagChangesLiveOnTheSamePortAndIsJournaled() throws Exception {
        Element before = liveNic();
        String tap = DeviceXml.targetOf(before);
        String pci = DeviceXml.pciOf(before);
        assertThat(ovsTag(tap)).isEqualTo(Integer.toString(lab.ovsTag()));
        Journal journal = new Journal(home);
        VnicService s = service(journal, null);

        Plan plan = s.plan(new VnicIntent.Vlan(lab.ovsGuest(), lab.ovsMac(), VlanRequest.access(200), LIVE), false);
        assertThat(plan.kind()).isEqualTo(Plan.Kind.VLAN);
        assertThat(plan.liveLimit()).isNull();
        assertThat(plan.steps()).extracting(Step::action).containsExactly(Step.Action.UPDATE);
        Outcome o = s.apply(plan);

        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.VERIFIED);
        Element after = liveNic();
        assertThat(DeviceXml.targetOf(after)).as("same tap").isEqualTo(tap);
        assertThat(DeviceXml.pciOf(after)).as("same PCI address").isEqualTo(pci);
        assertThat(ovsTag(tap)).as("ovs-vsctl get port " + tap + " tag").isEqualTo("200");
        assertThat(DeviceXml.vlanOf(after)).isEqualTo(VlanRequest.access(200));
        assertThat(journal.read().entries()).extracting(JournalEntry::kind, JournalEntry::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vlan", "VERIFIED"));
    }

    @Test
    void aVlanOnALinuxBridgeVnicIsRefusedLiveWithTheTypedLimit() throws Exception {
        VnicService s = service(null, null);
        String guest = lab.guests().get(0);
        String mac = DeviceXml.macOf(DeviceXml.interfaces(DeviceXml.parse(LabHost.virshXml(guest, false), "x")).get(0));
        assertThatThrownBy(() -> s.plan(new VnicIntent.Vlan(guest, mac, VlanRequest.access(5), LIVE), false))
                .isInstanceOfSatisfying(LiveChangeRefused.class, e -> {
                    assertThat(e.limit()).isEqualTo(LiveLimit.VLAN_NEEDS_OVS);
                    assertThat(e.configOnlyPossible()).isTrue();
                });
        Plan def = s.plan(new VnicIntent.Vlan(guest, mac, VlanRequest.access(5), ScopeRequest.DEFAULT), true);
        assertThat(def.liveLimit()).isEqualTo(LiveLimit.VLAN_NEEDS_OVS);
        assertThat(def.steps()).extracting(Step::flags).containsExactly(Step.CONFIG);
        assertThat(def.live()).isNull();
    }

    @Test
    void aMoveFromOvsToALinuxBridgeAndBackIsAReplugTheGuestSees() throws Exception {
        Element before = liveNic();
        String pci = DeviceXml.pciOf(before);
        String model = DeviceXml.modelOf(before);
        GuestSerial serial = lab.guestSerial(lab.ovsGuest());
        String guestPci = serial.awaitMac(lab.ovsMac()).pci();
        Journal journal = new Journal(home);
        VnicService s = service(journal, null);

        Plan out = s.plan(new VnicIntent.Move(lab.ovsGuest(), lab.ovsMac(), "pbbr1", LIVE), false);
        assertThat(out.kind()).isEqualTo(Plan.Kind.REPLUG);
        assertThat(out.liveLimit()).isEqualTo(LiveLimit.REPLUG);
        assertThat(out.steps()).extracting(Step::action).containsExactly(Step.Action.DETACH, Step.Action.ATTACH);
        assertThat(String.join(" ", out.impact()) + String.join(" ", out.noteTexts()))
                .contains("go and come back").doesNotContainIgnoringCase("seamless move");
        Outcome o1 = s.apply(out);
        assertThat(o1.state()).as(o1.message()).isEqualTo(PlanState.VERIFIED);
        Element onLinux = liveNic();
        assertThat(DeviceXml.bridgeOf(onLinux)).isEqualTo("pbbr1");
        assertThat(DeviceXml.pciOf(onLinux)).as("same PCI address").isEqualTo(pci);
        assertThat(DeviceXml.modelOf(onLinux)).isEqualTo(model);
        assertThat(DeviceXml.isOvs(onLinux)).isFalse();
        assertThat(LabHost.bridgePorts()).containsEntry(DeviceXml.targetOf(onLinux), "pbbr1");
        assertThat(serial.awaitMac(lab.ovsMac()).pci()).as("the guest has its NIC again, same PCI").isEqualTo(guestPci);

        Plan back = s.plan(new VnicIntent.Move(lab.ovsGuest(), lab.ovsMac(), "pbovs0", LIVE,
                VlanRequest.access(lab.ovsTag())), false);
        assertThat(back.kind()).isEqualTo(Plan.Kind.REPLUG);
        Outcome o2 = s.apply(back);
        assertThat(o2.state()).as(o2.message()).isEqualTo(PlanState.VERIFIED);
        Element onOvs = liveNic();
        assertThat(DeviceXml.bridgeOf(onOvs)).isEqualTo("pbovs0");
        assertThat(DeviceXml.pciOf(onOvs)).isEqualTo(pci);
        assertThat(ovsTag(DeviceXml.targetOf(onOvs))).isEqualTo(Integer.toString(lab.ovsTag()));
        assertThat(serial.awaitMac(lab.ovsMac()).pci()).isEqualTo(guestPci);
        assertThat(journal.read().entries()).extracting(JournalEntry::kind)
                .containsExactly("replug", "replug");
    }

    @Test
    void aBridgeVanishingMidReplugRollsBackToTheOriginalPortAndTag() throws Exception {
        Lab.runCommand(T, "ip", "link", "add", "name", FAULT_BRIDGE, "type", "bridge");
        Lab.runCommand(T, "ip", "link", "set", "dev", FAULT_BRIDGE, "up");
        Journal journal = new Journal(home);
        // between the unplug and the plug, the new bridge is deleted
        VnicService s = service(journal, (i, step) -> {
            if (i == 1) {
                removeFaultBridge();
            }
        });
        Plan plan = s.plan(new VnicIntent.Move(lab.ovsGuest(), lab.ovsMac(), FAULT_BRIDGE, LIVE), false);
        assertThat(plan.kind()).isEqualTo(Plan.Kind.REPLUG);
        Outcome o = s.apply(plan);

        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.ROLLED_BACK);
        Element nic = liveNic();
        assertThat(DeviceXml.bridgeOf(nic)).isEqualTo("pbovs0");
        assertThat(DeviceXml.vlanOf(nic)).isEqualTo(VlanRequest.access(lab.ovsTag()));
        assertThat(ovsTag(DeviceXml.targetOf(nic))).isEqualTo(Integer.toString(lab.ovsTag()));
        assertThat(journal.read().entries()).extracting(JournalEntry::kind, JournalEntry::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("replug", "ROLLED_BACK"));
    }

    @Test
    void aNewVnicOnOvsGetsItsVirtualportAndTag() throws Exception {
        Journal journal = new Journal(home);
        VnicService s = service(journal, null);
        Plan plan = s.plan(new VnicIntent.Add(lab.ovsGuest(), "bridge", "pbovs1", ADDED_MAC, null, "virtio", LIVE,
                VlanRequest.access(300), null), false);
        assertThat(plan.deviceXml()).contains("<virtualport type=\"openvswitch\"/>").contains("<tag id=\"300\"/>");
        Outcome o = s.apply(plan);
        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.VERIFIED);
        Element added = LabHost.iface(lab.ovsGuest(), false, ADDED_MAC);
        assertThat(DeviceXml.bridgeOf(added)).isEqualTo("pbovs1");
        assertThat(ovsTag(DeviceXml.targetOf(added))).isEqualTo("300");
        assertThat(journal.read().entries()).extracting(JournalEntry::kind).containsExactly("add");
    }
}
