package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A live add checks the running VM's hotplug capacity in its live XML (q35 root ports, i440fx
 * slots) and, with none free, is refused with the reason and the config-only offer.
 */
public class HotplugCapacityPlanTest {
    private static final String MAC = "52:54:00:de:0c:41";

    /** A q35 domain as libvirt writes it: root ports 1..ports, the first {@code used} of them holding a device. */
    public static String q35(String name, int ports, int used) {
        StringBuilder b = new StringBuilder("<domain type='kvm'><name>" + name + "</name><os><type arch='x86_64'"
                + " machine='pc-q35-7.2'>hvm</type></os><devices>"
                + "<controller type='pci' index='0' model='pcie-root'/>");
        for (int i = 1; i <= ports; i++) {
            b.append("<controller type='pci' index='").append(i).append("' model='pcie-root-port'>")
                    .append("<model name='pcie-root-port'/><target chassis='").append(i).append("' port='0x")
                    .append(Integer.toHexString(0x10 + i - 1)).append("'/>")
                    .append("<address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x")
                    .append(Integer.toHexString(i - 1)).append("'/></controller>");
        }
        b.append("<controller type='sata' index='0'><address type='pci' domain='0x0000' bus='0x00' slot='0x1f'"
                + " function='0x2'/></controller>");
        for (int i = 1; i <= used; i++) {
            b.append("<interface type='bridge'><mac address='52:54:00:aa:00:0").append(i).append("'/>")
                    .append("<source bridge='br0'/><target dev='vnet").append(i).append("'/><model type='virtio'/>")
                    .append("<address type='pci' domain='0x0000' bus='0x0").append(Integer.toHexString(i))
                    .append("' slot='0x00' function='0x0'/></interface>");
        }
        return b.append("</devices></domain>").toString();
    }

    /** An i440fx domain whose bus 0 has slots 1..{@code lastUsed} taken. */
    static String i440fx(String name, int lastUsed) {
        StringBuilder b = new StringBuilder("<domain type='kvm'><name>" + name + "</name><os><type arch='x86_64'"
                + " machine='pc-i440fx-7.2'>hvm</type></os><devices><controller type='pci' index='0' model='pci-root'/>");
        for (int slot = 1; slot <= lastUsed; slot++) {
            b.append("<interface type='bridge'><mac address='52:54:00:bb:00:").append(String.format("%02x", slot))
                    .append("'/><source bridge='br0'/><model type='e1000'/><address type='pci' domain='0x0000'"
                    + " bus='0x00' slot='0x").append(Integer.toHexString(slot)).append("' function='0x0'/></interface>");
        }
        return b.append("</devices></domain>").toString();
    }

    private static HostState host(DomainState d) {
        return new HostState("h1", "qemu:///system", true, Set.of("br0", "br1"), Set.of(), List.of(d));
    }

    private static VnicIntent.Add add(String vm, ScopeRequest scope) {
        return new VnicIntent.Add(vm, "bridge", "br1", MAC, null, "virtio", scope);
    }

    @Test
    void q35WithEveryRootPortTakenRefusesALiveAddAndOffersConfigOnly() throws Exception {
        String live = q35("full", 4, 4);
        HostState h = host(new DomainState("full", "u1", true, true, live, live));
        for (ScopeRequest scope : List.of(ScopeRequest.DEFAULT, new ScopeRequest(true, false))) {
            assertThatThrownBy(() -> Planner.plan(h, List.of(h), add("full", scope)))
                    .isInstanceOfSatisfying(LiveChangeRefused.class, e -> {
                        assertThat(e.limit()).isEqualTo(LiveLimit.NO_FREE_SLOT);
                        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
                        assertThat(e.configOnlyPossible()).isTrue();
                        assertThat(e.getMessage()).isEqualTo("VM 'full' has no free PCIe root port for a live add"
                                + " (all 4 hotplug ports are taken); --config adds the vNIC to the persistent"
                                + " definition only, effective at the VM's next start");
                    });
        }
        Plan config = Planner.plan(h, List.of(h), add("full", new ScopeRequest(false, true)));
        assertThat(config.steps()).singleElement().satisfies(s -> assertThat(s.flags()).isEqualTo(Step.CONFIG));
    }

    @Test
    void q35WithOneFreeRootPortPlansTheLiveAdd() throws Exception {
        String live = q35("roomy", 4, 3);
        HostState h = host(new DomainState("roomy", "u1", true, true, live, live));
        Plan p = Planner.plan(h, List.of(h), add("roomy", ScopeRequest.DEFAULT));
        assertThat(p.steps()).extracting(Step::flags).containsExactly(Step.LIVE, Step.CONFIG);
        assertThat(HotplugSlots.of(DeviceXml.parse(live, "x"))).isEqualTo(
                new HotplugSlots.Capacity(HotplugSlots.Verdict.FREE, true, 4, 3));
    }

    @Test
    void aRootPortWithHotplugOffIsNoRoom() {
        String live = q35("off", 2, 1).replace("<target chassis='2' port='0x11'/>",
                "<target chassis='2' port='0x11' hotplug='off'/>");
        assertThat(HotplugSlots.of(DeviceXml.parse(live, "x")).verdict()).isEqualTo(HotplugSlots.Verdict.NONE_FREE);
    }

    @Test
    void i440fxCountsTheSlotsOfBusZero() throws Exception {
        String full = i440fx("old", 31);
        HostState h = host(new DomainState("old", "u1", true, true, full, full));
        assertThatThrownBy(() -> Planner.plan(h, List.of(h), add("old", ScopeRequest.DEFAULT)))
                .isInstanceOfSatisfying(LiveChangeRefused.class, e -> assertThat(e.getMessage())
                        .startsWith("VM 'old' has no free PCI slot for a live add (all 31 slots are taken)"));
        String roomy = i440fx("old", 30);
        HostState r = host(new DomainState("old", "u1", true, true, roomy, roomy));
        assertThat(Planner.plan(r, List.of(r), add("old", ScopeRequest.DEFAULT)).steps()).hasSize(2);
        String bridged = full.replace("<controller type='pci' index='0' model='pci-root'/>",
                "<controller type='pci' index='0' model='pci-root'/><controller type='pci' index='1'"
                        + " model='pci-bridge'/>");
        assertThat(HotplugSlots.of(DeviceXml.parse(bridged, "x"))).isEqualTo(
                new HotplugSlots.Capacity(HotplugSlots.Verdict.FREE, false, 62, 31));
    }

    @Test
    void aFullTransientVmIsRefusedWithoutAnOffer() {
        String live = q35("tmp", 1, 1);
        HostState h = host(new DomainState("tmp", "u1", true, false, live, null));
        assertThatThrownBy(() -> Planner.plan(h, List.of(h), add("tmp", ScopeRequest.DEFAULT)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e).isNotInstanceOf(LiveChangeRefused.class);
                    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
                    assertThat(e.getMessage()).contains("has no free PCIe root port").contains("transient");
                });
    }

    @Test
    void aStoppedVmOrAnUnknownMachineIsNotJudged() throws Exception {
        String full = q35("off", 2, 2);
        HostState stopped = host(new DomainState("off", "u1", false, true, null, full));
        assertThat(Planner.plan(stopped, List.of(stopped), add("off", ScopeRequest.DEFAULT)).steps()).hasSize(1);
        String arm = full.replace("pc-q35-7.2", "virt-7.2");
        assertThat(HotplugSlots.of(DeviceXml.parse(arm, "x")).verdict()).isEqualTo(HotplugSlots.Verdict.UNKNOWN);
        HostState h = host(new DomainState("off", "u1", true, true, arm, arm));
        List<Step> steps = new ArrayList<>(Planner.plan(h, List.of(h), add("off", ScopeRequest.DEFAULT)).steps());
        assertThat(steps).hasSize(2);
    }
}
