package io.patchbay.ui.vnic;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ui.vnic.CreateVnicViewModel.MacMode;
import io.patchbay.ui.vnic.CreateVnicViewModel.Problem;
import io.patchbay.ui.vnic.CreateVnicViewModel.SourceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateVnicViewModelTest {
    private static final Map<String, String> USED = Map.of("52:54:00:d1:00:07", "VM pbguest2 on host lab");

    private static CreateVnicViewModel vm(boolean running, List<String> pools) {
        return new CreateVnicViewModel(new CreateVnicPrefill("lab", "web1", running, List.of("br0", "br1"), "br1",
                pools, USED::get));
    }

    @Test
    void aRunningVmDefaultsToThePrefilledBridgeVirtioTheFirstPoolAndLivePlusConfig() {
        CreateVnicViewModel m = vm(true, List.of("default", "lab"));
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.result()).contains(new VnicIntent.Add("web1", "bridge", "br1", null, "default", "virtio",
                new ScopeRequest(true, true)));
    }

    @Test
    void aTypedMacIsCheckedOnEveryChange() {
        CreateVnicViewModel m = vm(true, List.of("default"));
        m.macModeProperty().set(MacMode.TYPED);
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.noMac"));
        m.typedMacProperty().set("52:54:00:d1:00");
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.macSyntax", "52:54:00:d1:00"));
        m.typedMacProperty().set("01:00:5e:00:00:01");
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.macRefused.multicast", "01:00:5e:00:00:01"));
        m.typedMacProperty().set("fe:54:00:d1:00:01");
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.macRefused.tap_prefix", "fe:54:00:d1:00:01"));
        m.typedMacProperty().set("00:00:00:00:00:00");
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.macRefused.all_zero", "00:00:00:00:00:00"));
        m.typedMacProperty().set("FF:FF:FF:FF:FF:FF");
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.macRefused.broadcast", "ff:ff:ff:ff:ff:ff"));
        m.typedMacProperty().set("52:54:00:D1:00:07");
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.macInUse", "52:54:00:d1:00:07",
                "VM pbguest2 on host lab"));
        assertThat(m.result()).isEmpty();
        m.typedMacProperty().set(" 52:54:00:D1:00:08 ");
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.result()).contains(new VnicIntent.Add("web1", "bridge", "br1", "52:54:00:d1:00:08", null, "virtio",
                new ScopeRequest(true, true)));
    }

    @Test
    void aStoppedVmCannotTakeALiveChange() {
        CreateVnicViewModel m = vm(false, List.of("default"));
        assertThat(m.liveAvailable()).isFalse();
        assertThat(m.liveProperty().get()).isFalse();
        m.liveProperty().set(true);
        assertThat(m.liveProperty().get()).isFalse();
        m.configProperty().set(false);
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.noScope"));
        m.configProperty().set(true);
        assertThat(m.result().orElseThrow().scope()).isEqualTo(new ScopeRequest(false, true));
    }

    @Test
    void aNetworkSourceNeedsAName() {
        CreateVnicViewModel m = vm(true, List.of("default"));
        m.sourceKindProperty().set(SourceKind.NETWORK);
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.noNetwork"));
        m.networkProperty().set(" pbnet1 ");
        m.modelProperty().set("e1000e");
        assertThat(m.result()).contains(new VnicIntent.Add("web1", "network", "pbnet1", null, "default", "e1000e",
                new ScopeRequest(true, true)));
    }

    @Test
    void withoutPoolsTheMacMustBeTypedAndWithoutBridgesOneMustBeChosen() {
        CreateVnicViewModel m = new CreateVnicViewModel(new CreateVnicPrefill(null, "web1", true, List.of(), null, List.of(), null));
        assertThat(m.macModeProperty().get()).isEqualTo(MacMode.TYPED);
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.noBridge"));
        m.macModeProperty().set(MacMode.POOL);
        m.bridgeProperty().set("br9");
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vnic.create.problem.noPool"));
    }

    @Test
    void onAnOvsBridgeTheVlanIsAskedCheckedAndCarried() throws Exception {
        CreateVnicViewModel m = new CreateVnicViewModel(new CreateVnicPrefill("lab", "pbguest1", true,
                List.of("pbbr0", "pbovs0"), "pbbr0", List.of("default"), null, java.util.Set.of("pbovs0"), Map.of()));
        assertThat(m.vlanShownProperty().get()).as("a Linux bridge takes no VLAN from libvirt").isFalse();
        m.vlan().modeProperty().set(io.patchbay.ui.vlan.VlanChoice.Mode.ACCESS);
        assertThat(m.problemProperty().get()).as("hidden fields are not judged").isNull();
        assertThat(m.result().orElseThrow().vlan()).isEqualTo(io.patchbay.ops.VlanRequest.NONE);
        m.bridgeProperty().set("pbovs0");
        assertThat(m.vlanShownProperty().get()).isTrue();
        assertThat(m.problemProperty().get()).isEqualTo(new Problem("vlan.problem.noTag"));
        m.vlan().tagProperty().set("100");
        assertThat(m.result()).contains(new VnicIntent.Add("pbguest1", "bridge", "pbovs0", null, "default", "virtio",
                new ScopeRequest(true, true), io.patchbay.ops.VlanRequest.access(100), null));
    }

    @Test
    void aNetworkWithPortgroupsOffersThemAndTheChoiceIsCarried() {
        CreateVnicViewModel m = new CreateVnicViewModel(new CreateVnicPrefill("lab", "pbguest1", true, List.of("pbbr0"),
                "pbbr0", List.of("default"), null, java.util.Set.of(), Map.of("ovsnet", List.of("web", "db"))));
        assertThat(m.portgroupsProperty().get()).isEmpty();
        m.sourceKindProperty().set(SourceKind.NETWORK);
        m.networkProperty().set("ovsnet");
        assertThat(m.portgroupsProperty().get()).containsExactly("web", "db");
        m.portgroupProperty().set("db");
        assertThat(m.result().orElseThrow().portgroup()).isEqualTo("db");
        m.networkProperty().set("default");
        assertThat(m.portgroupsProperty().get()).isEmpty();
        assertThat(m.result().orElseThrow().portgroup()).as("a portgroup of another network is not carried").isNull();
    }
}
