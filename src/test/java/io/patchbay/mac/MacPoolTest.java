package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Allocation order, round-robin over ranges, skipping, warnings, exhaustion, claims and release. */
class MacPoolTest {
    private static MacPool pool(boolean dup, String... ranges) throws PatchbayException {
        List<MacRange> rs = new java.util.ArrayList<>();
        for (String r : ranges) {
            rs.add(MacRange.parse(r));
        }
        return new MacPool("p", rs, dup);
    }

    private static List<String> strings(Allocation a) {
        return a.macs().stream().map(MacAddress::toString).toList();
    }

    @Test
    void nextFreeAfterTheLastHandedOutAcrossRangesAndAround() throws Exception {
        MacPool p = pool(false, "02:00:00:00:00:00-02:00:00:00:00:02", "06:00:00:00:00:00-06:00:00:00:00:01");
        assertThat(strings(p.allocate(2, MacUsage.NONE))).containsExactly("02:00:00:00:00:00", "02:00:00:00:00:01");
        assertThat(strings(p.allocate(2, MacUsage.NONE))).containsExactly("02:00:00:00:00:02", "06:00:00:00:00:00");
        p.release(MacAddress.parse("02:00:00:00:00:00"));
        // after the last one handed out (06:..:00), then around to the first range's freed MAC
        assertThat(strings(p.allocate(2, MacUsage.NONE))).containsExactly("06:00:00:00:00:01", "02:00:00:00:00:00");
        assertThat(p.free(MacUsage.NONE)).isZero();
    }

    @Test
    void skipsReservationsAndMacsInUseOnHosts() throws Exception {
        MacPool p = pool(false, "02:00:00:00:00:00-02:00:00:00:00:ff");
        p.reserve(MacAddress.parse("02:00:00:00:00:01"));
        LongHashSet used = new LongHashSet();
        used.add(0x020000000000L);
        used.add(0x020000000002L);
        used.add(0x0a0000000000L); // outside: not counted
        MacUsage usage = MacUsage.of(used);
        assertThat(p.free(usage)).isEqualTo(256 - 3);
        assertThat(strings(p.allocate(2, usage))).containsExactly("02:00:00:00:00:03", "02:00:00:00:00:04");
        assertThat(p.free(usage)).isEqualTo(256 - 5);
    }

    @Test
    void warnsAtTenLeftAndRefusesExhaustionWithoutTakingAny() throws Exception {
        MacPool p = pool(false, "02:00:00:00:00:00-02:00:00:00:00:0f");
        assertThat(p.allocate(5, MacUsage.NONE).warning()).isNull();
        Allocation a = p.allocate(1, MacUsage.NONE);
        assertThat(a.remaining()).isEqualTo(10);
        assertThat(a.warning()).isEqualTo("pool p has only 10 free MACs left");
        assertThatThrownBy(() -> p.allocate(11, MacUsage.NONE)).isInstanceOf(PatchbayException.class)
                .hasMessage("pool p is exhausted: 11 MACs asked for, 10 free of 16")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.POOL_EXHAUSTED);
        assertThat(p.allocatedCount()).isEqualTo(6);
        // with usage only asked about, the scan finds the shortfall and still takes nothing
        MacUsage allBusy = MacUsage.asking(mac -> mac > 0x020000000008L);
        assertThatThrownBy(() -> p.allocate(4, allBusy)).hasMessageContaining("exhausted");
        assertThat(p.allocatedCount()).isEqualTo(6);
    }

    @Test
    void claimsRecordExternalsAndRefuseMacsInUse() throws Exception {
        MacPool p = pool(false, "02:00:00:00:00:00-02:00:00:00:00:0f");
        assertThat(p.claim(MacAddress.parse("52:54:00:00:00:01"), MacUsage.NONE)).isTrue();
        assertThat(p.claim(MacAddress.parse("02:00:00:00:00:00"), MacUsage.NONE)).isFalse();
        assertThat(p.externalCount()).isEqualTo(1);
        assertThat(p.allocate(1, MacUsage.NONE).macs().get(0)).hasToString("02:00:00:00:00:01");
        LongHashSet used = new LongHashSet();
        used.add(0x020000000005L);
        assertThatThrownBy(() -> p.claim(MacAddress.parse("02:00:00:00:00:05"), MacUsage.of(used)))
                .hasMessage("MAC 02:00:00:00:00:05 is already in use on a host")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.MAC_IN_USE);
        assertThatThrownBy(() -> p.claim(MacAddress.parse("02:00:00:00:00:00"), MacUsage.NONE)).hasMessageContaining("already allocated");
        MacPool dup = pool(true, "06:00:00:00:00:00-06:00:00:00:00:0f");
        dup.claim(MacAddress.parse("06:00:00:00:00:05"), MacUsage.of(used));
        assertThat(dup.claim(MacAddress.parse("02:00:00:00:00:05"), MacUsage.of(used))).isTrue();
    }

    @Test
    void releaseFreesAndUnknownReleaseIsNotFound() throws Exception {
        MacPool p = pool(false, "02:00:00:00:00:00-02:00:00:00:00:0f");
        MacAddress m = p.allocate(1, MacUsage.NONE).macs().get(0);
        p.release(m);
        assertThat(p.free(MacUsage.NONE)).isEqualTo(16);
        assertThatThrownBy(() -> p.release(m)).extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void poolsRefuseOverlapsAndTheDefaultPoolIsLocallyAdministeredUnicast() throws Exception {
        MacPools pools = new MacPools();
        pools.add(pool(false, "02:00:00:00:00:00-02:00:00:00:00:0f"));
        assertThatThrownBy(() -> pools.add(new MacPool("q", List.of(MacRange.parse("02:00:00:00:00:0f-02:00:00:00:00:1f")), false)))
                .hasMessageContaining("overlaps range 02:00:00:00:00:00-02:00:00:00:00:0f of pool p");
        assertThatThrownBy(() -> pools.get("nope", new Random(1))).hasMessageContaining("no MAC pool named nope")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.NOT_FOUND);
        for (int seed = 0; seed < 200; seed++) {
            MacPool d = new MacPools().get(MacPools.DEFAULT, new Random(seed));
            MacAddress from = d.ranges().get(0).from();
            assertThat(d.size()).isEqualTo(65536);
            assertThat(from.isLocallyAdministered()).isTrue();
            assertThat(from.isMulticast()).isFalse();
            assertThat(from.firstOctet()).isNotEqualTo(0xfe);
        }
        assertThat(pools.get(MacPools.DEFAULT, new Random(3)).name()).isEqualTo("default");
        assertThat(pools.all()).hasSize(2);
    }

    @Test
    void duplicatesAcrossDomainsAreReportedWithEveryPlace() {
        MacCensus c = new MacCensus();
        c.add(new MacSighting(0x525400000001L, "h1", "web", "live"));
        c.add(new MacSighting(0x525400000001L, "h1", "web", "config"));
        c.add(new MacSighting(0x525400000002L, "h1", "db", "config"));
        c.add(new MacSighting(0x525400000002L, "h2", "db2", "snapshot s1"));
        assertThat(c.duplicates()).hasSize(1);
        assertThat(c.duplicates().get(new MacAddress(0x525400000002L)).toString())
                .isEqualTo("[h1/db (config), h2/db2 (snapshot s1)]");
        assertThat(c.usage().contains(0x525400000001L)).isTrue();
        assertThat(c.where(0x525400000002L)).isEqualTo("in use on h1/db (config), h2/db2 (snapshot s1)");
    }
}
