package io.patchbay.ui.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.ops.Plan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManagementPathTest {
    private static Plan plan(Plan.Kind kind, String vm, String mac, String bridge) {
        return new Plan("id", kind, "h1", "qemu+ssh://10.0.0.5/system", vm, mac, null, "<interface/>", List.of(),
                List.of("impact"), List.of(), null, null, bridge, null);
    }

    @Test
    void joiningTheBridgeThatCarriesTheManagementAddressIsWarned() {
        List<Message> w = ManagementPath.warnings(plan(Plan.Kind.MOVE, "web1", Graphs.MAC, "br0"), Graphs.host("h1"),
                "br1", Set.of("10.0.0.5"), Set.of(), Map.of());
        assertThat(w).containsExactly(Message.of("warn.joinsManagement", "br0", "10.0.0.5", "h1", "web1"));
    }

    @Test
    void leavingOrCuttingTheManagementBridgeIsWarned() {
        assertThat(ManagementPath.warnings(plan(Plan.Kind.MOVE, "web1", Graphs.MAC, "br1"), Graphs.host("h1"), "br0",
                Set.of("10.0.0.5"), Set.of(), Map.of()))
                .containsExactly(Message.of("warn.touchesManagement", "br0", "10.0.0.5", "h1"));
        assertThat(ManagementPath.warnings(plan(Plan.Kind.REMOVE, "web1", Graphs.MAC, null), Graphs.host("h1"), "br0",
                Set.of("10.0.0.5"), Set.of(), Map.of()))
                .containsExactly(Message.of("warn.touchesManagement", "br0", "10.0.0.5", "h1"));
    }

    @Test
    void aChangeAwayFromTheManagementPathIsQuiet() {
        assertThat(ManagementPath.warnings(plan(Plan.Kind.MOVE, "web1", Graphs.MAC, "br1"), Graphs.host("h1"), "br0",
                Set.of("192.0.2.9"), Set.of("00:11:22:33:44:55"), Map.of("h1", "10.0.0.5", "h2", "h2.example.org")))
                .isEmpty();
        // the console runs on the host itself (local URI): no network path to cross
        assertThat(ManagementPath.warnings(plan(Plan.Kind.MOVE, "web1", Graphs.MAC, "br0"), Graphs.host("h1"), "br1",
                Set.of(), Set.of(), Map.of())).isEmpty();
    }

    @Test
    void theConsolesOwnVmOrAnotherManagedHostIsWarned() {
        assertThat(ManagementPath.warnings(plan(Plan.Kind.LINK, "web1", "52:54:00:A6:00:01", null), null, "br0",
                Set.of(), Set.of(Graphs.MAC), Map.of()))
                .containsExactly(Message.of("warn.consoleVm", "web1", Graphs.MAC));
        assertThat(ManagementPath.warnings(plan(Plan.Kind.MOVE, "web1", Graphs.MAC, "br1"), null, "br0",
                Set.of(), Set.of(), Map.of("h1", "10.0.0.5", "nested", "root@web1.lab.example")))
                .containsExactly(Message.of("warn.vmIsHost", "web1", "nested"));
    }
}
