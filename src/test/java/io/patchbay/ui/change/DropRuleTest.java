package io.patchbay.ui.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.layout.GraphSubject;
import io.patchbay.ops.ScopeRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DropRuleTest {
    private final Map<String, GraphSubject> g = Graphs.subjects(Graphs.host("h1"), Graphs.host("h2"));

    private DropRule.Verdict drop(String from, String to) {
        return DropRule.check(g, from, to, h -> h.equals("h1"), ScopeRequest.DEFAULT);
    }

    @Test
    void aRunningVmsTapResolvesToItsVnic() {
        VnicRef r = VnicRef.of(g, "h1/vnet0").orElseThrow();
        assertThat(r.vm().name()).isEqualTo("web1");
        assertThat(r.mac()).isEqualTo(Graphs.MAC);
        assertThat(r.bridge()).isEqualTo("br0");
        assertThat(r.vmRunning()).isTrue();
        assertThat(VnicRef.nodeOf(g, "h1", "web1", Graphs.MAC)).isEqualTo("h1/vnet0");
        assertThat(VnicRef.of(g, "h1/eth0")).isEmpty();
    }

    @Test
    void aVnicMayMoveToAnotherBridgeOfItsHost() {
        DropRule.Verdict v = drop("h1/vnet0", "h1/br1");
        assertThat(v.accepted()).isTrue();
        assertThat(v.message()).isEqualTo(Message.of("drop.move", Graphs.MAC, "br0", "br1"));
    }

    @Test
    void refusalsSayWhy() {
        assertThat(drop("h1/vnet0", "h2/br1").message()).isEqualTo(Message.of("drop.otherHost", "br1", "h2", "h1"));
        assertThat(drop("h1/vnet0", "h1/br0").message()).isEqualTo(Message.of("drop.sameBridge", Graphs.MAC, "br0"));
        assertThat(drop("h1/vnet0", "h1/eth0").message()).isEqualTo(Message.of("drop.notBridge", "eth0"));
        assertThat(drop("h1/vnet0", "h1/vm:db1").message().key()).isEqualTo("drop.notBridge");
        assertThat(drop("h1/vnet0", "h1/vnet0").message().key()).isEqualTo("drop.itself");
        assertThat(drop("h2/vnet0", "h2/br1").message()).isEqualTo(Message.of("drop.notLibvirt", "h2"));
        assertThat(drop("h1/eth0", "h1/br1").accepted()).isFalse();
        assertThat(DropRule.draggable(g, "h1/eth0")).isFalse();
        assertThat(DropRule.draggable(g, "h1/vnet0")).isTrue();
        assertThat(DropRule.draggable(g, "h1/vm:web1")).isTrue();
    }

    @Test
    void aStoppedVmsVnicMovesInItsPersistentDefinitionButNotLiveOnly() {
        String node = VnicRef.nodeOf(g, "h1", "db1", Graphs.OFF_MAC);
        assertThat(node).isNotNull().doesNotStartWith("h1/vnet");
        DropRule.Verdict byDefault = drop(node, "h1/br0");
        assertThat(byDefault.accepted()).isTrue();
        assertThat(byDefault.message().key()).isEqualTo("drop.moveConfig");
        DropRule.Verdict live = DropRule.check(g, node, "h1/br0", h -> true, new ScopeRequest(true, false));
        assertThat(live.accepted()).isFalse();
        assertThat(live.message()).isEqualTo(Message.of("drop.stoppedLive", "db1"));
    }

    @Test
    void aVmDroppedOnABridgeGetsANewVnic() {
        assertThat(drop("h1/vm:web1", "h1/br1")).isEqualTo(new DropRule.Verdict(true, Message.of("drop.create", "web1", "br1")));
        assertThat(drop("h1/vm:web1", "h2/br1").accepted()).isFalse();
        assertThat(DropRule.check(g, "h1/vm:db1", "h1/br1", h -> true, new ScopeRequest(true, false)).accepted()).isFalse();
    }
}
