package io.patchbay.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VMs read elsewhere (libvirt) joined to a host's devices: tap by target dev, else the fe: rule among taps. */
class TopologyMergerWithVmsTest {
    @Test
    void linksTapsByTargetElseByFeMacAndReplacesOldVnicLinks() {
        Device br = device("br0", DeviceKind.BRIDGE, "fe:54:00:00:00:02", null);
        Device tap0 = device("vnet0", DeviceKind.TAP, "fe:54:00:00:00:01", "br0");
        Device tap1 = device("vnet7", DeviceKind.TAP, "fe:54:00:00:00:02", "br0");
        HostTopology host = new HostTopology("h", List.of("ssh"), List.of(br, tap0, tap1),
                List.of(new Link("vnet0", "br0", LinkKind.PORT), new Link("vnet1", "old", LinkKind.VNIC)),
                List.of(new Vm("old", null, "running", 1, true, List.of(), "ssh")), List.of("w1"));
        Vm a = new Vm("a", "u", "running", 2, true, List.of(nic("52:54:00:00:00:01", "vnet0")), "libvirt");
        Vm b = new Vm("b", "u2", "running", 3, true, List.of(nic("52:54:00:00:00:02", null)), "libvirt");

        HostTopology t = TopologyMerger.withVms(host, "libvirt", List.of(a, b), List.of("w2"));

        assertThat(t.sources()).containsExactly("ssh", "libvirt");
        assertThat(t.vms()).extracting(Vm::name).containsExactly("old", "a", "b");
        assertThat(t.links()).containsExactlyInAnyOrder(new Link("vnet0", "br0", LinkKind.PORT),
                new Link("vnet0", "a", LinkKind.VNIC), new Link("vnet7", "b", LinkKind.VNIC));
        assertThat(t.links()).as("the bridge carrying the tap's fe: MAC is not a tap").noneMatch(l -> l.from().equals("br0"));
        assertThat(t.warnings()).containsExactly("w1", "w2");
    }

    private static Device device(String name, DeviceKind kind, String mac, String master) {
        return new Device(name, kind, mac, 1500, null, null, master, null, null, null, null, null, null, null, null,
                null, kind == DeviceKind.TAP, null);
    }

    private static Vnic nic(String mac, String target) {
        return new Vnic(mac, "bridge", "br0", target, "virtio", null, null, null, null, null, "both");
    }
}
