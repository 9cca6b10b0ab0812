package io.patchbay.ui.vnic;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPools;
import io.patchbay.mac.MacRange;
import io.patchbay.mac.MacUsage;
import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CreateVnicPrefillsTest {
    @Test
    void everyVnicMacOfEveryHostAndThePoolsAllocationsAreInUse() throws PatchbayException {
        HostTopology a = host("a", "web1", "running", "52:54:00:d1:00:01");
        HostTopology b = host("b", "db1", "shut off", "52:54:00:D1:00:02");
        MacPools pools = new MacPools();
        MacPool lab = new MacPool("lab", List.of(MacRange.parse("52:54:00:d1:10:00-52:54:00:d1:10:ff")), false);
        lab.allocate(1, MacUsage.NONE);
        pools.add(lab);
        Function<String, String> where = CreateVnicPrefills.whereUsed(List.of(a, b), pools);
        assertThat(where.apply("52:54:00:d1:00:01")).isEqualTo("VM web1 on host a");
        assertThat(where.apply("52:54:00:d1:00:02")).isEqualTo("VM db1 on host b");
        assertThat(where.apply(MacAddress.format(0x525400d11000L))).isEqualTo("pool lab (allocated)");
        assertThat(where.apply("52:54:00:d1:10:01")).isNull();
        assertThat(where.apply("junk")).isNull();

        CreateVnicPrefill p = CreateVnicPrefills.forVm(a, "web1", null, List.of(a, b), pools);
        assertThat(p.vmRunning()).isTrue();
        assertThat(p.pools()).containsExactly("default", "lab");
        assertThat(CreateVnicPrefills.forVm(b, "db1", null, List.of(a, b), null).vmRunning()).isFalse();
    }

    @Test
    void theDialogShowsTheMacItWillUseBeforeOk() throws PatchbayException {
        // the pool's first MAC is in use on host a: the next one is shown, and nothing is taken from the pool
        HostTopology a = host("a", "web1", "running", "52:54:00:d1:10:00");
        MacPools pools = new MacPools();
        MacPool lab = new MacPool("lab", List.of(MacRange.parse("52:54:00:d1:10:00-52:54:00:d1:10:ff")), false);
        pools.add(lab);
        CreateVnicPrefill p = CreateVnicPrefills.forVm(a, "web1", null, List.of(a), pools);
        assertThat(p.nextFromPool().apply("lab")).isEqualTo("52:54:00:d1:10:01");
        assertThat(p.nextFromPool().apply("lab")).isEqualTo("52:54:00:d1:10:01");
        assertThat(lab.allocatedCount()).isZero();
        assertThat(p.nextFromPool().apply("default")).isNull();

        CreateVnicViewModel vm = new CreateVnicViewModel(p);
        vm.poolProperty().set("lab");
        assertThat(vm.macToUseProperty().get()).isEqualTo(new CreateVnicViewModel.Problem("vnic.create.macToUse.pool",
                "52:54:00:d1:10:01", "lab"));
        vm.poolProperty().set("default");
        assertThat(vm.macToUseProperty().get()).isEqualTo(new CreateVnicViewModel.Problem(
                "vnic.create.macToUse.poolUnknown", "default"));
        vm.macModeProperty().set(CreateVnicViewModel.MacMode.TYPED);
        vm.typedMacProperty().set(" 52:54:00:D1:20:0A ");
        assertThat(vm.macToUseProperty().get()).isEqualTo(new CreateVnicViewModel.Problem("vnic.create.macToUse.typed",
                "52:54:00:d1:20:0a"));
        vm.typedMacProperty().set("52:54:00:d1:10:00");
        assertThat(vm.macToUseProperty().get()).isNull();
        vm.bridgeProperty().set("br0");
        assertThat(vm.problemProperty().get().key()).isEqualTo("vnic.create.problem.macInUse");
    }

    @Test
    void theBridgesAreTheHostsBridgeDevices() throws Exception {
        HostTopology seed = new io.patchbay.discovery.capture.CaptureSource(null, List.of(
                io.patchbay.testsupport.Shared.seed("rhev-host-01.ip-addr-show.txt"),
                io.patchbay.testsupport.Shared.seed("rhev-host-01.brctl-show.txt"))).refresh();
        assertThat(CreateVnicPrefills.bridges(seed)).isNotEmpty()
                .allMatch(n -> seed.device(n).map(Device::kind).orElseThrow() == io.patchbay.model.DeviceKind.BRIDGE);
    }

    @Test
    void openVSwitchBridgesAreBridgesAVnicCanBePutOn() throws Exception {
        HostTopology ovs = new io.patchbay.discovery.capture.CaptureSource("ovs", List.of(
                io.patchbay.testsupport.TestCaptures.path("ovs-netdev"))).refresh();
        assertThat(CreateVnicPrefills.bridges(ovs)).containsExactlyInAnyOrder("br-int", "br-ex");
    }

    private static HostTopology host(String name, String vm, String state, String mac) {
        Vnic n = new Vnic(mac, "bridge", "br0", "vnet0", "virtio", null, "up", null, null, null, null);
        return new HostTopology(name, List.of("test"), List.of(), List.of(), List.of(new Vm(vm, null, state, null, true,
                List.of(n), "test")), List.of());
    }
}
