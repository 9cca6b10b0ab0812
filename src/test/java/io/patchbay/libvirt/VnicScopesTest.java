package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.Vnic;
import java.util.List;
import org.junit.jupiter.api.Test;

class VnicScopesTest {
    private static final String A = "52:54:00:00:00:0a";
    private static final String B = "52:54:00:00:00:0b";
    private static final String C = "52:54:00:00:00:0c";

    @Test
    void matchesByMacAndSaysWhatDiffers() {
        List<Vnic> live = List.of(nic(A, "br1", "0000:01:00.0", "vnet0", null), nic(B, "br0", "0000:02:00.0", "vnet1", "down"));
        List<Vnic> config = List.of(nic(A, "br0", "0000:01:00.0", null, null), nic(C, "br0", "0000:03:00.0", null, null),
                nic(B, "br0", "0000:02:00.0", null, "up"));
        VnicScopes.Result r = VnicScopes.combine("web1", live, config);
        assertThat(r.vnics()).extracting(Vnic::mac, Vnic::scope, Vnic::sourceName, Vnic::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple(A, "both", "br1", "vnet0"),
                org.assertj.core.groups.Tuple.tuple(B, "both", "br0", "vnet1"),
                org.assertj.core.groups.Tuple.tuple(C, "config", "br0", null));
        assertThat(r.drift()).containsExactly(
                new VnicDrift("web1", A, "source", "br1", "br0"),
                new VnicDrift("web1", B, "link", "down", "up"),
                new VnicDrift("web1", C, "presence", null, "config"));
        assertThat(r.drift().get(0).describe()).isEqualTo("web1 " + A + ": source live br1, config still br0");
        assertThat(r.drift().get(2).describe()).contains("in the config only");
    }

    @Test
    void absentLinkStateIsUpAndAConfigWithoutPciIsNotDrift() {
        VnicScopes.Result r = VnicScopes.combine("vm", List.of(nic(A, "br0", "0000:01:00.0", "vnet0", null)),
                List.of(nic(A, "br0", null, null, "up")));
        assertThat(r.drift()).isEmpty();
        assertThat(r.vnics()).extracting(Vnic::scope).containsExactly("both");
    }

    @Test
    void runningTransientIsLiveOnlyAndShutOffIsConfigOnly() {
        assertThat(VnicScopes.combine("t", List.of(nic(A, "br0", null, "vnet0", null)), null).vnics())
                .extracting(Vnic::scope).containsExactly("live");
        assertThat(VnicScopes.combine("s", null, List.of(nic(A, "br0", null, null, null))).vnics())
                .extracting(Vnic::scope).containsExactly("config");
        VnicScopes.Result hotplugged = VnicScopes.combine("h", List.of(nic(A, "br0", null, "vnet0", null)), List.of());
        assertThat(hotplugged.drift()).extracting(VnicDrift::field, VnicDrift::live)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("presence", "live"));
    }

    private static Vnic nic(String mac, String bridge, String pci, String target, String link) {
        return new Vnic(mac, "bridge", bridge, target, "virtio", pci, link, null, null, null, null);
    }
}
