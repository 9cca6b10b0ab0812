package io.patchbay.ui.vlan;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.core.PatchbayException;
import io.patchbay.model.PortVlan;
import io.patchbay.model.VnicVlan;
import io.patchbay.ops.VlanRequest;
import io.patchbay.ui.change.Message;
import io.patchbay.ui.vlan.VlanChoice.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class VlanChoiceTest {
    @Test
    void prefilledFromAVnicsVlan() throws PatchbayException {
        VlanChoice access = VlanChoice.of(new VnicVlan(List.of(100), false, null, null));
        assertThat(access.modeProperty().get()).isEqualTo(Mode.ACCESS);
        assertThat(access.tagProperty().get()).isEqualTo("100");
        assertThat(access.request()).isEqualTo(VlanRequest.access(100));

        VlanChoice trunk = VlanChoice.of(new VnicVlan(List.of(200, 201), true, 200, "untagged"));
        assertThat(trunk.modeProperty().get()).isEqualTo(Mode.TRUNK);
        assertThat(trunk.trunkProperty().get()).isEqualTo("200,201");
        assertThat(trunk.nativeTagProperty().get()).isEqualTo("200");
        assertThat(trunk.request()).isEqualTo(VlanRequest.trunk(List.of(200, 201), 200));

        assertThat(VlanChoice.of((VnicVlan) null).request()).isEqualTo(VlanRequest.NONE);
    }

    @Test
    void prefilledFromAnOvsPort() throws PatchbayException {
        assertThat(VlanChoice.of(PortVlan.ovs(100, List.of(), null)).request()).isEqualTo(VlanRequest.access(100));
        assertThat(VlanChoice.of(PortVlan.ovs(300, List.of(301, 302), "native-untagged")).request())
                .isEqualTo(VlanRequest.trunk(List.of(301, 302), 300));
        assertThat(VlanChoice.of((PortVlan) null).modeProperty().get()).isEqualTo(Mode.NONE);
    }

    @Test
    void everyTypedIdIsCheckedAndTheProblemNamesIt() throws PatchbayException {
        VlanChoice c = new VlanChoice();
        c.modeProperty().set(Mode.ACCESS);
        assertThat(c.problemProperty().get()).isEqualTo(Message.of("vlan.problem.noTag"));
        assertThat(c.request()).isNull();
        c.tagProperty().set("4095");
        assertThat(c.problemProperty().get()).isEqualTo(Message.of("vlan.problem.notId", "4095"));
        c.tagProperty().set("0");
        assertThat(c.problemProperty().get()).isEqualTo(Message.of("vlan.problem.notId", "0"));
        c.tagProperty().set("1a");
        assertThat(c.problemProperty().get()).isEqualTo(Message.of("vlan.problem.notId", "1a"));
        c.tagProperty().set(" 101 ");
        assertThat(c.problemProperty().get()).isNull();
        assertThat(c.request()).isEqualTo(VlanRequest.access(101));

        c.modeProperty().set(Mode.TRUNK);
        assertThat(c.problemProperty().get()).isEqualTo(Message.of("vlan.problem.noTrunk"));
        c.trunkProperty().set("200, 201,99999");
        assertThat(c.problemProperty().get()).isEqualTo(Message.of("vlan.problem.notId", "99999"));
        c.trunkProperty().set("200, 201 202,");
        c.nativeTagProperty().set("x");
        assertThat(c.problemProperty().get()).isEqualTo(Message.of("vlan.problem.notId", "x"));
        c.nativeTagProperty().set("10");
        assertThat(c.request()).isEqualTo(VlanRequest.trunk(List.of(200, 201, 202), 10));

        c.modeProperty().set(Mode.NONE);
        assertThat(c.problemProperty().get()).isNull();
        assertThat(c.request()).isEqualTo(VlanRequest.NONE);
    }
}
