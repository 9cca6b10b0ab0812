package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans on libvirt's test driver ({@code test:///default}: a running domain "test", network
 * "default" on virbr0, no device calls): refusals, and changes by redefining the persistent XML.
 * Fast units; the real proof is {@code VnicLabTest} against the lab's libvirtd and guests.
 */
class TestDriverPlansTest {
    private static final String MAC = "52:54:00:fb:10:01";

    @TempDir
    Path home;

    private LibvirtDomainDevices devices;
    private VnicService service;

    @BeforeEach
    void open() throws PatchbayException {
        devices = new LibvirtDomainDevices("test:///default", null);
        service = new VnicService(devices, "testhost", List.of(), null, null, new Journal(home), null);
    }

    @AfterEach
    void close() {
        devices.close();
    }

    private static VnicIntent.Add add(String vm, String type, String name, String mac, ScopeRequest scope) {
        return new VnicIntent.Add(vm, type, name, mac, null, "virtio", scope);
    }

    @Test
    void unknownVmIsNotFound() {
        assertThatThrownBy(() -> service.plan(add("nosuchvm", "network", "default", MAC, ScopeRequest.DEFAULT), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("VM 'nosuchvm' not found on host testhost (test:///default)");
                });
    }

    @Test
    void unknownBridgeAndNetworkAreNotFound() {
        assertThatThrownBy(() -> service.plan(add("test", "bridge", "nobr0", MAC, ScopeRequest.DEFAULT), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("bridge 'nobr0' not found on host testhost (its bridges: virbr0)");
                });
        assertThatThrownBy(() -> service.plan(add("test", "network", "nonet", MAC, ScopeRequest.DEFAULT), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void macInUseIsRefusedAndBadMacsAreBadInput() {
        assertThatThrownBy(() -> service.plan(add("test", "network", "default", "AA:BB:CC:DD:EE:FF", ScopeRequest.DEFAULT), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MAC_IN_USE);
                    assertThat(e.getMessage()).isEqualTo("MAC aa:bb:cc:dd:ee:ff is already used by VM test on host testhost (live XML)");
                });
        for (String bad : List.of("01:00:5e:00:00:01", "52:54:00:fb:10", "zz:54:00:fb:10:01", "fe:54:00:fb:10:01",
                "00:00:00:00:00:00")) {
            assertThatThrownBy(() -> service.plan(add("test", "network", "default", bad, ScopeRequest.DEFAULT), false))
                    .as(bad).isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT));
        }
    }

    @Test
    void liveChangesAreRefusedWhereTheDriverHasNoDeviceCalls() {
        assertThatThrownBy(() -> service.plan(add("test", "network", "default", MAC, new ScopeRequest(true, false)), false))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT);
                    assertThat(e.getMessage()).contains("cannot change devices of a running VM live");
                });
    }

    @Test
    void addMoveLinkRemoveByRedefiningThePersistentXml() throws Exception {
        Plan add = service.plan(add("test", "network", "default", MAC, ScopeRequest.DEFAULT), false);
        assertThat(add.steps()).singleElement().satisfies(s -> {
            assertThat(s.redefine()).isTrue();
            assertThat(s.flags()).isEqualTo(Step.CONFIG);
        });
        assertThat(add.noteTexts()).anySatisfy(n -> assertThat(n).contains("cannot change devices of a running VM"));
        assertThat(add.deviceXml()).isEqualTo("<interface type=\"network\"><mac address=\"" + MAC + "\"/>"
                + "<source network=\"default\"/><model type=\"virtio\"/></interface>");
        assertThat(PlanText.write(add)).contains("redefine the persistent domain XML");

        Outcome added = service.apply(add);
        assertThat(added.state()).as(added.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(DeviceXml.interfaceByMac(DeviceXml.parse(devices.configXml("test"), "c"), MAC)).isNotNull();
        assertThat(DeviceXml.interfaceByMac(DeviceXml.parse(devices.liveXml("test"), "l"), MAC)).isNull();

        Outcome linked = service.apply(service.plan(new VnicIntent.Link("test", MAC, false, ScopeRequest.DEFAULT), false));
        assertThat(linked.state()).as(linked.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(DeviceXml.linkOf(DeviceXml.interfaceByMac(DeviceXml.parse(devices.configXml("test"), "c"), MAC)))
                .isEqualTo("down");

        Outcome removed = service.apply(service.plan(new VnicIntent.Remove("test", MAC, ScopeRequest.DEFAULT, null), false));
        assertThat(removed.state()).as(removed.message()).isEqualTo(PlanState.VERIFIED);
        assertThat(DeviceXml.interfaceByMac(DeviceXml.parse(devices.configXml("test"), "c"), MAC)).isNull();

        Journal.Contents j = new Journal(home).read();
        assertThat(j.problems()).isEmpty();
        assertThat(j.entries()).extracting(JournalEntry::kind).containsExactly("add", "link", "remove");
        assertThat(j.entries()).allSatisfy(e -> {
            assertThat(e.result()).isEqualTo("VERIFIED");
            assertThat(e.vm()).isEqualTo("test");
            assertThat(e.mac()).isEqualTo(MAC);
        });
    }

    @Test
    void reversePlanUndoesAnUpdate() throws Exception {
        Plan link = service.plan(new VnicIntent.Link("test", "aa:bb:cc:dd:ee:ff", false, ScopeRequest.DEFAULT), false);
        assertThat(link.reverse()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(Step.Action.UPDATE);
            assertThat(s.xml()).doesNotContain("down");
        });
    }
}
