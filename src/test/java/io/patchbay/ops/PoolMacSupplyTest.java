package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plans' MAC seam over the pools file: reserve (persisted, pending), commit, release, hand-set MACs. */
class PoolMacSupplyTest {
    @TempDir
    Path home;

    @Test
    void reserveCommitReleaseThroughThePoolsFile() throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        store.update((pools, r) -> {
            pools.add(new MacPool("p", List.of(MacRange.parse("02:00:00:00:00:00-02:00:00:00:00:03")), false));
            return null;
        });
        PoolMacSupply supply = new PoolMacSupply(store);
        Set<String> onHost = Set.of("02:00:00:00:00:00");
        String mac = supply.reserve("p", onHost::contains);
        assertThat(mac).isEqualTo("02:00:00:00:00:01");
        assertThat(Files.readString(store.file())).contains("\"pending\" : [ \"02:00:00:00:00:01\" ]");
        supply.commit("p", mac);
        MacPool p = store.read().get("p", new Random());
        assertThat(p.pendingCount()).isZero();
        assertThat(p.allocatedCount()).isEqualTo(1);
        supply.release("p", mac);
        assertThat(store.read().get("p", new Random()).allocatedCount()).isZero();
        assertThatThrownBy(() -> supply.reserve("nope", m -> false)).extracting(e -> ((PatchbayException) e).reason())
                .isEqualTo(Reason.NOT_FOUND);
        supply.claim("p", "52:54:00:00:00:01", m -> false);
        assertThat(store.read().get("p", new Random()).externalCount()).isEqualTo(1);
        assertThatThrownBy(() -> supply.claim("p", "02:00:00:00:00:00", onHost::contains))
                .hasMessage("MAC 02:00:00:00:00:00 is already in use on a host")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.MAC_IN_USE);
        for (int i = 0; i < 3; i++) {
            supply.reserve("p", onHost::contains);
        }
        assertThatThrownBy(() -> supply.reserve("p", onHost::contains)).hasMessageContaining("pool p is exhausted")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.POOL_EXHAUSTED);
    }
}
