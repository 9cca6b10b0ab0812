package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a range to a pool and removing one, through the store: what the pool handed out stays. */
class MacPoolRangesTest {
    @TempDir
    Path home;

    private MacPoolStore store() throws PatchbayException {
        MacPoolStore s = new MacPoolStore(home);
        s.update((pools, r) -> {
            pools.add(new MacPool("a", List.of(MacRange.parse("02:00:00:00:00:00-02:00:00:00:00:03")), false));
            pools.add(new MacPool("b", List.of(MacRange.parse("06:00:00:00:00:00-06:00:00:00:00:ff")), false));
            MacPool a = pools.get("a", r);
            a.allocate(3, MacUsage.NONE);
            a.claim(MacAddress.parse("02:00:00:00:01:05"), MacUsage.NONE); // external: outside a's range
            return null;
        });
        return s;
    }

    private static MacPool a(MacPoolStore s) throws PatchbayException {
        return s.read().get("a", new Random());
    }

    @Test
    void anAddedRangeKeepsTheAllocationsAndTheCursorAndTakesInTheExternalsItCovers() throws Exception {
        MacPoolStore s = store();
        s.update((pools, r) -> {
            pools.addRange("a", MacRange.parse("02:00:00:00:01:00-02:00:00:00:01:0f"));
            return null;
        });
        MacPool a = a(s);
        assertThat(a.ranges()).extracting(MacRange::toString)
                .containsExactly("02:00:00:00:00:00-02:00:00:00:00:03", "02:00:00:00:01:00-02:00:00:00:01:0f");
        assertThat(a.size()).isEqualTo(20);
        assertThat(a.allocatedCount()).as("3 allocated, and the external 01:05 now lies in a range").isEqualTo(4);
        assertThat(a.externalCount()).isZero();
        assertThat(a.free(MacUsage.NONE)).isEqualTo(16);
        // the cursor stays: the next MAC follows the last handed out (00:02), then the new range, skipping 01:05
        Allocation next = s.update((pools, r) -> pools.get("a", r).allocate(7, MacUsage.NONE));
        assertThat(next.macs()).extracting(MacAddress::toString).containsExactly("02:00:00:00:00:03", "02:00:00:00:01:00",
                "02:00:00:00:01:01", "02:00:00:00:01:02", "02:00:00:00:01:03", "02:00:00:00:01:04", "02:00:00:00:01:06");
    }

    @Test
    void aRangeOverlappingAnotherPoolOrItsOwnIsRefusedAndNothingIsWritten() throws Exception {
        MacPoolStore s = store();
        assertThatThrownBy(() -> s.update((pools, r) -> {
            pools.addRange("a", MacRange.parse("06:00:00:00:00:80-06:00:00:00:01:00"));
            return null;
        })).isInstanceOf(PatchbayException.class).hasMessage("range 06:00:00:00:00:80-06:00:00:00:01:00 overlaps range "
                + "06:00:00:00:00:00-06:00:00:00:00:ff of pool b; pools must not share MACs");
        assertThatThrownBy(() -> s.update((pools, r) -> {
            pools.addRange("a", MacRange.parse("02:00:00:00:00:02-02:00:00:00:00:09"));
            return null;
        })).isInstanceOf(PatchbayException.class).hasMessage("pool a: range 02:00:00:00:00:00-02:00:00:00:00:03 overlaps range 02:00:00:00:00:02-02:00:00:00:00:09");
        assertThatThrownBy(() -> s.update((pools, r) -> {
            pools.addRange("zz", MacRange.parse("0a:00:00:00:00:00-0a:00:00:00:00:09"));
            return null;
        })).isInstanceOf(PatchbayException.class).hasMessageStartingWith("there is no MAC pool named zz");
        assertThat(a(s).ranges()).hasSize(1);
    }

    @Test
    void aRangeIsRemovedOnlyWhenNothingInItIsHeldAndNeverTheLastOne() throws Exception {
        MacPoolStore s = store();
        MacRange extra = MacRange.parse("02:00:00:00:02:00-02:00:00:00:02:0f");
        MacRange first = MacRange.parse("02:00:00:00:00:00-02:00:00:00:00:03");
        s.update((pools, r) -> {
            pools.addRange("a", extra);
            return null;
        });
        assertThatThrownBy(() -> s.update((pools, r) -> {
            pools.removeRange("a", first);
            return null;
        })).isInstanceOf(PatchbayException.class).satisfies(e -> assertThat(((PatchbayException) e).reason()).isEqualTo(Reason.REFUSED))
                .hasMessage("range 02:00:00:00:00:00-02:00:00:00:00:03 of pool a still holds 3 allocated or reserved MACs;"
                        + " release them before removing it");
        s.update((pools, r) -> {
            pools.removeRange("a", extra);
            return null;
        });
        MacPool a = a(s);
        assertThat(a.ranges()).containsExactly(first);
        assertThat(a.allocatedCount()).isEqualTo(3);
        assertThat(a.externalCount()).isEqualTo(1);
        assertThatThrownBy(() -> s.update((pools, r) -> {
            pools.removeRange("a", first);
            return null;
        })).isInstanceOf(PatchbayException.class).hasMessageContaining("is the only range of pool a");
        assertThatThrownBy(() -> s.update((pools, r) -> {
            pools.removeRange("a", extra);
            return null;
        })).isInstanceOf(PatchbayException.class).satisfies(e -> assertThat(((PatchbayException) e).reason()).isEqualTo(Reason.NOT_FOUND));
    }
}
