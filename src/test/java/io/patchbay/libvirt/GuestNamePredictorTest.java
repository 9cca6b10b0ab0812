package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.Vnic;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuestNamePredictorTest {
    @Test
    void systemdPredictableNamesAreBusAndSlotInDecimal() {
        assertThat(GuestNamePredictor.predictableName("0000:01:00.0")).isEqualTo("enp1s0");
        assertThat(GuestNamePredictor.predictableName("0000:00:03.0")).isEqualTo("enp0s3");
        assertThat(GuestNamePredictor.predictableName("0000:0a:1f.0")).isEqualTo("enp10s31");
        assertThat(GuestNamePredictor.predictableName("0000:02:00.3")).isEqualTo("enp2s0f3");
        assertThat(GuestNamePredictor.predictableName("0001:02:00.0")).isEqualTo("enP1p2s0");
        assertThat(GuestNamePredictor.predictableName("not-pci")).isNull();
        assertThat(GuestNamePredictor.predictableName(null)).isNull();
    }

    @Test
    void kernelNamesFollowPciOrderNotXmlOrder() {
        List<Vnic> in = List.of(
                vnic("52:54:00:00:00:03", "0000:03:00.0", "both"),
                vnic("52:54:00:00:00:01", "0000:01:00.0", "both"),
                vnic("52:54:00:00:00:0a", "0000:00:0a.0", "both"),
                vnic("52:54:00:00:00:ff", null, "both"));
        List<Vnic> out = GuestNamePredictor.fill(in);
        assertThat(out).extracting(Vnic::guestName).containsExactly("eth2", "eth1", "eth0", null);
    }

    @Test
    void configOnlyNicsOfARunningVmAreNotInTheGuest() {
        List<Vnic> out = GuestNamePredictor.fill(List.of(
                vnic("52:54:00:00:00:01", "0000:01:00.0", "both"),
                vnic("52:54:00:00:00:02", "0000:02:00.0", "config"),
                vnic("52:54:00:00:00:03", "0000:03:00.0", "live")));
        assertThat(out).extracting(Vnic::guestName).containsExactly("eth0", null, "eth1");
    }

    @Test
    void aShutOffVmIsNamedAsAtItsNextBoot() {
        List<Vnic> out = GuestNamePredictor.fill(List.of(
                vnic("52:54:00:00:00:02", "0000:02:00.0", "config"),
                vnic("52:54:00:00:00:01", "0000:01:00.0", "config")));
        assertThat(out).extracting(Vnic::guestName).containsExactly("eth1", "eth0");
    }

    private static Vnic vnic(String mac, String pci, String scope) {
        return new Vnic(mac, "bridge", "br0", null, "virtio", pci, null, null, null, null, scope);
    }
}
