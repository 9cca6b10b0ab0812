package io.patchbay.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A vNIC is one subject in the inspector: the same libvirt and kernel sections from its tap or from its VM. */
class SubjectFactsTest {
    private static final String MAC1 = "52:54:00:a6:00:01";
    private static final String MAC2 = "52:54:00:a6:00:02";

    private static Device dev(String name, DeviceKind kind, String master, String mac) {
        return new Device(name, kind, mac, 1500, null, null, master, List.of(), null, null, null, null, null,
                null, null, null, kind == DeviceKind.TAP, null);
    }

    private static Map<String, GraphSubject> subjects() {
        Vm web = new Vm("web1", "u1", "running", 1, true, List.of(
                new Vnic(MAC1, "bridge", "br0", "vnet0", "virtio", "0000:01:00.0", "up", null, "net0", "eth0", "both"),
                new Vnic(MAC2, "bridge", "br1", "vnet1", "e1000e", "0000:02:00.0", "down", null, "net1", "ens3", "live")),
                null);
        HostTopology h = new HostTopology("h1", List.of("libvirt"), List.of(dev("br0", DeviceKind.BRIDGE, null, null),
                dev("br1", DeviceKind.BRIDGE, null, null), dev("vnet0", DeviceKind.TAP, "br0", "fe:54:00:a6:00:01"),
                dev("vnet1", DeviceKind.TAP, "br1", "fe:54:00:a6:00:02")),
                List.of(new Link("vnet0", "br0", LinkKind.PORT), new Link("vnet0", "web1", LinkKind.VNIC),
                        new Link("vnet1", "br1", LinkKind.PORT), new Link("vnet1", "web1", LinkKind.VNIC)),
                List.of(web), List.of());
        return TopologyGraph.of(List.of(h), Set.of()).subjects();
    }

    /** The facts from the first section of the vNIC with {@code mac} to the next vNIC section (or the end). */
    private static List<Fact> vnicPart(List<Fact> all, String mac) {
        int from = all.indexOf(Fact.section(SubjectFacts.VNIC_SECTION, mac, SubjectFacts.FROM_LIBVIRT));
        assertThat(from).as("section of " + mac).isNotNegative();
        int to = from + 1;
        while (to < all.size() && !(all.get(to).section() && all.get(to).labelKey().equals(SubjectFacts.VNIC_SECTION))) {
            to++;
        }
        return all.subList(from, to);
    }

    @Test
    void aVmShowsOneSectionPerVnicEachWithItsTapsKernelFacts() {
        Map<String, GraphSubject> s = subjects();
        List<Fact> vm = SubjectFacts.of(s, TopologyGraph.vmId("h1", "web1"));
        assertThat(vm.stream().filter(Fact::section).map(f -> f.labelKey() + " " + f.value() + " " + f.source()))
                .containsExactly("inspector.section.vnic " + MAC1 + " inspector.from.libvirt",
                        "inspector.section.tap vnet0 inspector.from.kernel",
                        "inspector.section.vnic " + MAC2 + " inspector.from.libvirt",
                        "inspector.section.tap vnet1 inspector.from.kernel");
        List<Fact> second = vnicPart(vm, MAC2);
        assertThat(second).extracting(Fact::labelKey, Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("fact.vnic.source", "bridge br1"),
                org.assertj.core.groups.Tuple.tuple("fact.vnic.model", "e1000e"),
                org.assertj.core.groups.Tuple.tuple("fact.vnic.pci", "0000:02:00.0"),
                org.assertj.core.groups.Tuple.tuple("fact.vnic.guestName", "ens3"),
                org.assertj.core.groups.Tuple.tuple("fact.vnic.scope", "live"),
                org.assertj.core.groups.Tuple.tuple("fact.mac", "fe:54:00:a6:00:02"),
                org.assertj.core.groups.Tuple.tuple("fact.master", "br1"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("fact.vnic.source", "bridge br0"));
    }

    @Test
    void aTapIsTheSameVnicSubjectAsItsRowInTheVm() {
        Map<String, GraphSubject> s = subjects();
        List<Fact> vm = SubjectFacts.of(s, TopologyGraph.vmId("h1", "web1"));
        List<Fact> tap = SubjectFacts.of(s, TopologyGraph.deviceId("h1", "vnet1"));
        assertThat(tap.subList(0, 2)).extracting(Fact::labelKey, Fact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fact.host", "h1"),
                org.assertj.core.groups.Tuple.tuple("fact.vm", "web1"));
        assertThat(vnicPart(tap, MAC2)).isEqualTo(vnicPart(vm, MAC2));
        assertThat(tap).noneMatch(f -> MAC1.equals(f.value()));
    }

    @Test
    void aDeviceThatIsNoVnicHasNoSections() {
        List<Fact> br = SubjectFacts.of(subjects(), TopologyGraph.deviceId("h1", "br0"));
        assertThat(br).noneMatch(Fact::section).anyMatch(f -> f.labelKey().equals("fact.kind") && f.value().equals("bridge"));
    }
}
