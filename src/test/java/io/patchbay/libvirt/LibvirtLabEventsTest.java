package io.patchbay.libvirt;

import static io.patchbay.libvirt.LabGuestDomain.virsh;
import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.GuestSerial;
import io.patchbay.testsupport.GuestSerial.GuestNic;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made with {@code virsh}, outside the console, reach the model through libvirt's events
 * without a manual refresh (the fallback poll is set to 10 minutes so it cannot be what helps),
 * on a real TCG guest whose serial log says what the guest kernel sees.
 */
@Tag("lab")
class LibvirtLabEventsTest {
    private static final Lab LAB = Lab.load();
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String MAC = "52:54:00:bb:a0:01";
    private static final String HOTPLUG_MAC = "52:54:00:bb:a0:02";

    @TempDir
    Path dir;

    @Test
    void startAttachDetachAndStopWithVirshAppearInTheModelAndInTheGuest() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        try (LabGuestDomain dom = LabGuestDomain.define(LAB, "pblv-events", MAC, dir);
             LibvirtConnection conn = LibvirtConnection.open(LAB.libvirtUri());
             LibvirtSource src = new LibvirtSource("lab", conn, false, null);
             LibvirtWatch watch = LibvirtWatch.start(src, Duration.ofMinutes(10))) {
            conn.addListener(recorder(events));
            assertThat(conn.hasDeviceEvents()).isTrue();
            assertThat(vm(watch, dom.name)).hasValueSatisfying(v -> assertThat(v.state()).isEqualTo("shut off"));
            GuestSerial serial = GuestSerial.of(dom.name, dom.serial);

            // started outside the console
            virsh("start", dom.name);
            Await.until(dom.name + " running in the model", BOUND,
                    () -> vm(watch, dom.name).map(v -> "running".equals(v.state())).orElse(false));
            assertThat(events).anyMatch(e -> e.startsWith("lifecycle " + dom.name + " STARTED"));
            GuestNic first = serial.awaitMac(MAC, Duration.ofSeconds(60));
            Vnic boot = vnic(watch, dom.name, MAC).orElseThrow();
            assertThat(boot.guestName()).isEqualTo(first.name()).isEqualTo("eth0");
            assertThat(boot.pci()).isEqualTo(first.pci());

            // a NIC hot-plugged outside the console
            virsh("attach-interface", dom.name, "bridge", "pbbr1", "--model", "virtio", "--mac", HOTPLUG_MAC, "--live");
            Await.until("the hot-plugged vNIC in the model", BOUND, () -> vnic(watch, dom.name, HOTPLUG_MAC).isPresent());
            Vnic added = vnic(watch, dom.name, HOTPLUG_MAC).orElseThrow();
            assertThat(added.scope()).isEqualTo("live");
            assertThat(events).contains("added " + dom.name + " " + added.alias());
            assertThat(LibvirtLabReadTest.bridgePorts()).containsEntry(added.target(), "pbbr1");
            GuestNic hot = serial.awaitMac(HOTPLUG_MAC);
            assertThat(added.guestName()).isEqualTo(hot.name()).isEqualTo("eth1");
            assertThat(added.pci()).isEqualTo(hot.pci());
            assertThat(watch.currentState().drift(dom.name)).extracting(VnicDrift::mac, VnicDrift::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(HOTPLUG_MAC, "presence"));

            // ... and unplugged: the guest acknowledges, libvirt sends device-removed
            virsh("detach-interface", dom.name, "bridge", "--mac", HOTPLUG_MAC, "--live");
            Await.until("device-removed for " + added.alias(), BOUND,
                    () -> events.contains("removed " + dom.name + " " + added.alias()));
            Await.until("the unplugged vNIC gone from the model", BOUND, () -> vnic(watch, dom.name, HOTPLUG_MAC).isEmpty());
            serial.awaitMacGone(HOTPLUG_MAC, BOUND);
            assertThat(LibvirtLabReadTest.bridgePorts()).doesNotContainKey(added.target());

            // stopped outside the console
            virsh("destroy", dom.name);
            Await.until(dom.name + " shut off in the model", BOUND,
                    () -> vm(watch, dom.name).map(v -> "shut off".equals(v.state())).orElse(false));
            assertThat(watch.lastError()).isNull();
        }
    }

    @Test
    void aConfigChangedWithVirshIsReportedAsDrift() throws Exception {
        try (LabGuestDomain dom = LabGuestDomain.define(LAB, "pblv-drift", "52:54:00:bb:a1:01", dir);
             LibvirtConnection conn = LibvirtConnection.open(LAB.libvirtUri())) {
            virsh("start", dom.name);
            LibvirtReader reader = new LibvirtReader(conn);
            assertThat(reader.read().drift(dom.name)).isEmpty();
            Path iface = dir.resolve("iface.xml");
            Files.writeString(iface, "<interface type='bridge'><mac address='52:54:00:bb:a1:01'/>"
                    + "<source bridge='pbbr1'/><model type='virtio'/></interface>");
            virsh("update-device", dom.name, iface.toString(), "--config");
            LibvirtState s = reader.read();
            assertThat(s.drift(dom.name)).containsExactly(new VnicDrift(dom.name, "52:54:00:bb:a1:01", "source", "pbbr0", "pbbr1"));
            assertThat(s.drift(dom.name).get(0).describe()).endsWith("source live pbbr0, config still pbbr1");
            try (LibvirtSource src = new LibvirtSource("lab", conn, false, null)) {
                assertThat(src.refresh().warnings()).contains("libvirt drift: " + dom.name
                        + " 52:54:00:bb:a1:01: source live pbbr0, config still pbbr1");
            }
            Vnic v = s.vm(dom.name).orElseThrow().vnics().get(0);
            assertThat(v.scope()).isEqualTo("both");
            assertThat(v.sourceName()).as("the vNIC carries its live values").isEqualTo("pbbr0");

            // a network vNIC: live XML says type bridge + source network, config type network: no drift
            virsh("attach-interface", dom.name, "network", LAB.libvirtNetwork(), "--model", "virtio",
                    "--mac", "52:54:00:bb:a1:02", "--live", "--config");
            LibvirtState withNet = reader.read();
            Vnic net = withNet.vm(dom.name).orElseThrow().vnics().stream()
                    .filter(n -> "52:54:00:bb:a1:02".equals(n.mac())).findFirst().orElseThrow();
            assertThat(net.type()).isEqualTo("network");
            assertThat(net.sourceName()).isEqualTo(LAB.libvirtNetwork());
            assertThat(net.scope()).isEqualTo("both");
            assertThat(LibvirtLabReadTest.bridgePorts()).containsEntry(net.target(), "pbbr1");
            assertThat(withNet.drift(dom.name)).extracting(VnicDrift::mac).containsOnly("52:54:00:bb:a1:01");
        }
    }

    private static DomainEventListener recorder(List<String> events) {
        return new DomainEventListener() {
            @Override
            public void lifecycle(String domain, String event) {
                events.add("lifecycle " + domain + " " + event);
            }

            @Override
            public void deviceAdded(String domain, String alias) {
                events.add("added " + domain + " " + alias);
            }

            @Override
            public void deviceRemoved(String domain, String alias) {
                events.add("removed " + domain + " " + alias);
            }
        };
    }

    private static Optional<Vm> vm(LibvirtWatch watch, String name) {
        HostTopology t = watch.current();
        return t.vms().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private static Optional<Vnic> vnic(LibvirtWatch watch, String vm, String mac) {
        return vm(watch, vm).flatMap(v -> v.vnics().stream().filter(n -> mac.equals(n.mac())).findFirst());
    }
}
