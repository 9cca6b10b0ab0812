package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.testsupport.GuestSerial;
import io.patchbay.testsupport.GuestSerial.GuestNic;
import io.patchbay.testsupport.Lab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * vNIC plans against the lab's real libvirtd (Lab.libvirtUri()) and real TCG guests, checked from
 * outside the code under test: {@code bridge -j link}, {@code virsh dumpxml}, and what the guest
 * kernel itself reports on its serial log.
 */
@Tag("lab")
class VnicLabTest {
    private static final String VM = "pbguest1";
    private static final String OTHER_VM = "pbguest2";
    private static final String MAC = "52:54:00:fb:01:01";
    private static final Duration GUEST = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private Lab lab;
    private LibvirtDomainDevices devices;
    private LocalSource local;
    private VnicService service;

    @BeforeEach
    void open() throws PatchbayException {
        lab = Lab.load();
        LabHost.scrub(VM, MAC);
        local = new LocalSource("lab", Duration.ofSeconds(20));
        devices = new LibvirtDomainDevices(lab.libvirtUri(), null);
        service = service(null, null);
    }

    private VnicService service(MacSupply macs, Executor.StepHook hook) {
        return new VnicService(devices, "lab", List.of(), macs, new HostTapVerifier(local), new Journal(home), hook);
    }

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
        LabHost.scrub(VM, MAC);
        assertThat(LabHost.iface(VM, false, MAC)).as("test MAC left live on " + VM).isNull();
        assertThat(LabHost.iface(VM, true, MAC)).as("test MAC left in the persistent XML of " + VM).isNull();
    }

    private static VnicIntent.Add add(String vm, String bridge, String mac) {
        return new VnicIntent.Add(vm, "bridge", bridge, mac, null, "virtio", ScopeRequest.DEFAULT);
    }

    @Test
    void addPutsTheTapOnTheBridgeAndTheGuestSeesTheNic() throws Exception {
        Plan plan = service.plan(add(VM, "pbbr1", MAC), false);
        assertThat(plan.steps()).extracting(Step::flags).containsExactly(Step.LIVE, Step.CONFIG);

        Outcome o = service.apply(plan);

        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(LabHost.bridgePorts()).containsEntry(o.tap(), "pbbr1");
        Element live = LabHost.iface(VM, false, MAC);
        Element conf = LabHost.iface(VM, true, MAC);
        assertThat(DeviceXml.targetOf(live)).isEqualTo(o.tap());
        assertThat(DeviceXml.pciOf(conf)).as("live and config agree on the PCI address").isEqualTo(DeviceXml.pciOf(live));
        GuestNic nic = lab.guestSerial(VM).awaitMac(MAC, GUEST);
        assertThat(nic.pci()).isEqualTo(o.pci());
        assertThat(new Journal(home).read().entries()).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo("VERIFIED");
            assertThat(e.kind()).isEqualTo("add");
            assertThat(e.xml()).contains(MAC).contains("pbbr1");
        });
    }

    @Test
    void moveKeepsMacPciAndTheGuestsNicWithoutUnplug() throws Exception {
        Outcome added = service.apply(service.plan(add(VM, "pbbr0", MAC), false));
        assertThat(added.state()).as(added.message()).isEqualTo(PlanState.VERIFIED);
        GuestSerial serial = lab.guestSerial(VM);
        GuestNic before = serial.awaitMac(MAC, GUEST);
        long offset = LabHost.logSize(serial.log());

        Plan move = service.plan(new VnicIntent.Move(VM, MAC, "pbbr1", ScopeRequest.DEFAULT), false);
        assertThat(move.steps()).allSatisfy(s -> assertThat(s.action()).isEqualTo(Step.Action.UPDATE));
        Outcome moved = service.apply(move);

        assertThat(moved.state()).as(moved.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(moved.tap()).as("same tap: no unplug").isEqualTo(added.tap());
        assertThat(moved.pci()).isEqualTo(added.pci());
        assertThat(LabHost.bridgePorts()).containsEntry(moved.tap(), "pbbr1");
        assertThat(DeviceXml.sourceOf(LabHost.iface(VM, true, MAC))).isEqualTo("pbbr1");
        assertThat(DeviceXml.pciOf(LabHost.iface(VM, false, MAC))).isEqualTo(added.pci());
        // the guest kept reporting the same NIC in every round across the move
        io.patchbay.testsupport.Await.until("two complete guest rounds after the move", GUEST,
                () -> LabHost.roundsSince(serial.log(), offset).size() >= 2);
        assertThat(LabHost.roundsSince(serial.log(), offset)).allSatisfy(round ->
                assertThat(round).contains(before));
    }

    @Test
    void linkDownAndUpShowInTheLiveXml() throws Exception {
        assertThat(service.apply(service.plan(add(VM, "pbbr0", MAC), false)).state()).isEqualTo(PlanState.VERIFIED);

        Outcome down = service.apply(service.plan(new VnicIntent.Link(VM, MAC, false, ScopeRequest.DEFAULT), false));
        assertThat(down.state()).as(down.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(DeviceXml.linkOf(LabHost.iface(VM, false, MAC))).isEqualTo("down");
        assertThat(DeviceXml.linkOf(LabHost.iface(VM, true, MAC))).isEqualTo("down");

        Outcome up = service.apply(service.plan(new VnicIntent.Link(VM, MAC, true, new ScopeRequest(true, false)), false));
        assertThat(up.state()).as(up.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(DeviceXml.linkOf(LabHost.iface(VM, false, MAC))).isEqualTo("up");
        assertThat(DeviceXml.linkOf(LabHost.iface(VM, true, MAC))).as("--live only").isEqualTo("down");
    }

    @Test
    void aNetworkVnicStaysOnItsNetworkAcrossALinkChangeAndMovesToABridge() throws Exception {
        String net = lab.libvirtNetwork();
        Outcome added = service.apply(service.plan(new VnicIntent.Add(VM, "network", net, MAC, null, "virtio",
                ScopeRequest.DEFAULT), false));
        assertThat(added.state()).as(added.message()).isEqualTo(PlanState.VERIFIED);

        Outcome down = service.apply(service.plan(new VnicIntent.Link(VM, MAC, false, ScopeRequest.DEFAULT), false));
        assertThat(down.state()).as(down.message()).isEqualTo(PlanState.VERIFIED);
        Element live = LabHost.iface(VM, false, MAC);
        assertThat(DeviceXml.networkOf(live)).as("still on network " + net).isEqualTo(net);
        assertThat(DeviceXml.linkOf(live)).isEqualTo("down");
        assertThat(LabHost.iface(VM, true, MAC).getAttribute("type")).isEqualTo("network");

        Outcome moved = service.apply(service.plan(new VnicIntent.Move(VM, MAC, "pbbr0", ScopeRequest.DEFAULT), false));
        assertThat(moved.state()).as(moved.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(moved.tap()).isEqualTo(added.tap());
        assertThat(LabHost.bridgePorts()).containsEntry(moved.tap(), "pbbr0");
        assertThat(LabHost.iface(VM, true, MAC).getAttribute("type")).isEqualTo("bridge");
    }

    @Test
    void removeWaitsForDeviceRemovedAndTheGuestLosesTheNic() throws Exception {
        Outcome added = service.apply(service.plan(add(VM, "pbbr0", MAC), false));
        assertThat(added.state()).isEqualTo(PlanState.VERIFIED);
        lab.guestSerial(VM).awaitMac(MAC, GUEST);

        Outcome removed = service.apply(service.plan(new VnicIntent.Remove(VM, MAC, ScopeRequest.DEFAULT,
                Duration.ofSeconds(15)), false));

        assertThat(removed.state()).as(removed.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(removed.events()).anySatisfy(e -> assertThat(e).contains("libvirt's device-removed event for net"));
        assertThat(LabHost.linkExists(added.tap())).as("tap " + added.tap() + " gone").isFalse();
        assertThat(LabHost.bridgePorts()).doesNotContainKey(added.tap());
        assertThat(LabHost.iface(VM, true, MAC)).isNull();
        lab.guestSerial(VM).awaitMacGone(MAC, GUEST);
    }

    @Test
    void unknownBridgeUnknownVmAndMacInUseAreRefusedAndChangeNothing() throws Exception {
        String liveBefore = LabHost.virshXml(VM, false);
        String confBefore = LabHost.virshXml(VM, true);
        assertThatThrownBy(() -> service.plan(add(VM, "nosuchbr9", MAC), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).startsWith("bridge 'nosuchbr9' not found on host lab (its bridges: ")
                            .contains("pbbr0", "pbbr1");
                });
        assertThatThrownBy(() -> service.plan(add("nosuchvm9", "pbbr0", MAC), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        String otherMac = DeviceXml.macOf(DeviceXml.interfaces(DeviceXml.parse(LabHost.virshXml(OTHER_VM, false), "x")).get(0));
        assertThatThrownBy(() -> service.plan(add(VM, "pbbr0", otherMac), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MAC_IN_USE);
                    assertThat(e.getMessage()).isEqualTo("MAC " + otherMac + " is already used by VM " + OTHER_VM
                            + " on host lab (live XML)");
                });
        assertThat(LabHost.virshXml(VM, false)).isEqualTo(liveBefore);
        assertThat(LabHost.virshXml(VM, true)).isEqualTo(confBefore);
    }

    @Test
    void macUsedOnAnotherConnectedHostIsRefused() throws Exception {
        try (LibvirtDomainDevices other = new LibvirtDomainDevices("test:///default", null)) {
            VnicService both = new VnicService(devices, "lab", List.of(other), null, null, new Journal(home), null);
            assertThatThrownBy(() -> both.plan(add(VM, "pbbr0", "aa:bb:cc:dd:ee:ff"), false))
                    .isInstanceOfSatisfying(PatchbayException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.MAC_IN_USE);
                        assertThat(e.getMessage()).contains("VM test on host test:///default");
                    });
        }
    }

    @Test
    void aShutOffVmGetsAConfigOnlyChangeAndRefusesLive() throws Exception {
        String vm = lab.templates().get(0);
        assertThat(LabHost.running(vm)).isFalse();
        String mac = "52:54:00:fb:01:02";
        LabHost.scrub(vm, mac);
        try {
            assertThatThrownBy(() -> service.plan(new VnicIntent.Add(vm, "bridge", "pbbr0", mac, null, "e1000e",
                    new ScopeRequest(true, false)), false))
                    .isInstanceOfSatisfying(PatchbayException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT);
                        assertThat(e.getMessage()).startsWith("VM '" + vm + "' is shut off: a --live change is impossible");
                    });
            Plan plan = service.plan(new VnicIntent.Add(vm, "bridge", "pbbr0", mac, null, "e1000e", ScopeRequest.DEFAULT), false);
            assertThat(plan.steps()).singleElement().satisfies(s -> assertThat(s.flags()).isEqualTo(Step.CONFIG));
            assertThat(plan.noteTexts()).contains("VM " + vm + " is shut off: only its persistent definition changes");
            Outcome o = service.apply(plan);
            assertThat(o.state()).as(o.message()).isEqualTo(PlanState.VERIFIED);
            assertThat(DeviceXml.modelOf(LabHost.iface(vm, true, mac))).isEqualTo("e1000e");
            assertThat(LabHost.running(vm)).isFalse();
        } finally {
            LabHost.scrub(vm, mac);
        }
    }

    @Test
    void aFailedVerifyUndoesEveryAppliedStep() throws Exception {
        // the host "shows" the tap elsewhere: verify fails after both steps were applied
        VnicService lying = new VnicService(devices, "lab", List.of(), null,
                (tap, bridge) -> "host lab shows tap " + tap + " as a port of pbbr0, expected a port of " + bridge,
                new Journal(home), null);
        Outcome o = lying.apply(lying.plan(add(VM, "pbbr1", MAC), false));

        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.ROLLED_BACK);
        assertThat(o.message()).startsWith("verify failed: host lab shows tap ")
                .endsWith("rolled back 2 applied step(s), VM " + VM + " is as before");
        assertThat(o.events()).containsSubsequence("state APPLIED", "state FAILED",
                "undone: detachDeviceFlags(xml, AFFECT_CONFIG=2)", "undone: detachDeviceFlags(xml, AFFECT_LIVE=1)",
                "state ROLLED_BACK");
        assertThat(LabHost.iface(VM, false, MAC)).isNull();
        assertThat(LabHost.iface(VM, true, MAC)).isNull();
        lab.guestSerial(VM).awaitMacGone(MAC, GUEST);
    }

    @Test
    void aConnectionDroppedMidPlanIsRolledBackAndThePoolMacReleased() throws Exception {
        RecordingMacSupply pool = new RecordingMacSupply(MAC);
        AtomicReference<String> tapBeforeDrop = new AtomicReference<>();
        VnicService dropping = service(pool, (index, step) -> {
            if (index == 1) { // after the live attach, before the config attach
                Element live = LabHost.iface(VM, false, MAC);
                tapBeforeDrop.set(live == null ? null : DeviceXml.targetOf(live));
                devices.dropConnection();
            }
        });
        Plan plan = dropping.plan(new VnicIntent.Add(VM, "bridge", "pbbr1", null, "lab-pool", "virtio",
                ScopeRequest.DEFAULT), false);
        assertThat(plan.mac()).isEqualTo(MAC);

        Outcome o = dropping.apply(plan);

        assertThat(tapBeforeDrop.get()).as("the live attach had happened before the drop").isNotNull();
        assertThat(o.state()).as(o.message()).isEqualTo(PlanState.ROLLED_BACK);
        assertThat(o.reason()).isEqualTo(Reason.REMOTE_FAILED);
        assertThat(io.patchbay.cli.ExitCodes.of(o)).isEqualTo(5);
        assertThat(o.message()).startsWith("step 2 of 2 (attachDeviceFlags(xml, AFFECT_CONFIG=2)")
                .contains("the connection was dropped")
                .contains("rolled back 1 applied step(s), VM " + VM + " is as before")
                .endsWith("MAC " + MAC + " was released to pool lab-pool");
        assertThat(o.events()).contains("reconnected to " + lab.libvirtUri());
        assertThat(pool.calls).containsExactly("reserve lab-pool " + MAC, "release lab-pool " + MAC);
        assertThat(LabHost.iface(VM, false, MAC)).isNull();
        assertThat(LabHost.iface(VM, true, MAC)).isNull();
        assertThat(LabHost.linkExists(tapBeforeDrop.get())).isFalse();
        lab.guestSerial(VM).awaitMacGone(MAC, GUEST);
        assertThat(new Journal(home).read().entries()).singleElement()
                .satisfies(e -> assertThat(e.result()).isEqualTo("ROLLED_BACK"));
    }
}
