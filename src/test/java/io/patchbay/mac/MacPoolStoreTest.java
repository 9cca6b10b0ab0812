package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pools file on disk: round trip, threads taking turns, a failed change writes nothing, damage named. */
class MacPoolStoreTest {
    @TempDir
    Path home;

    @Test
    void roundTripKeepsEverything() throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        store.update((pools, r) -> {
            MacPool p = new MacPool("p", List.of(MacRange.parse("02:00:00:00:00:00-02:00:00:00:00:ff"),
                    MacRange.parse("06:00:00:00:00:00-06:00:00:00:00:ff")), true);
            pools.add(p);
            p.reserve(MacAddress.parse("02:00:00:00:00:07"));
            p.allocate(3, MacUsage.NONE);
            p.markPending(MacAddress.parse("02:00:00:00:00:01"));
            p.claim(MacAddress.parse("52:54:00:00:00:09"), MacUsage.NONE);
            return null;
        });
        String json = Files.readString(store.file());
        assertThat(json).contains("\"allocations\" : [ \"02:00:00:00:00:00\", \"02:00:00:00:00:01\", \"02:00:00:00:00:02\" ]")
                .contains("\"externals\" : [ \"52:54:00:00:00:09\" ]").contains("\"allowDuplicates\" : true");
        MacPool p = store.read().get("p", new Random());
        assertThat(p.ranges()).hasSize(2);
        assertThat(p.lastHandedOut()).hasToString("02:00:00:00:00:02");
        assertThat(p.pendingCount()).isEqualTo(1);
        assertThat(p.reservedCount()).isEqualTo(1);
        assertThat(p.free(MacUsage.NONE)).isEqualTo(512 - 4);
        assertThat(MacPoolJson.write(store.read())).isEqualTo(Files.readAllBytes(store.file()));
    }

    @Test
    void threadsTakeTurnsAndAFailedChangeWritesNothing() throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        store.update((pools, r) -> {
            pools.add(new MacPool("p", List.of(MacRange.parse("02:00:00:00:00:00-02:00:00:00:03:ff")), false));
            return null;
        });
        ExecutorService ex = Executors.newFixedThreadPool(4);
        List<Future<String>> fs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fs.add(ex.submit(() -> store.update((pools, r) -> pools.get("p", r).allocate(1, MacUsage.NONE)).macs().get(0).toString()));
        }
        Set<String> got = new HashSet<>();
        for (Future<String> f : fs) {
            got.add(f.get());
        }
        ex.shutdown();
        assertThat(got).hasSize(200);
        byte[] before = Files.readAllBytes(store.file());
        assertThatThrownBy(() -> store.update((pools, r) -> {
            pools.get("p", r).allocate(5, MacUsage.NONE);
            throw new PatchbayException(Reason.REFUSED, "changed my mind");
        })).hasMessage("changed my mind");
        assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
    }

    @Test
    void aDamagedFileIsNamedNotSilentlyReplaced() throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        Files.writeString(store.file(), "{\"version\":1,\"pools\":[{\"name\":\"p\",\"ranges\":[\"02:00:00:00:00:00-02:00:00:00:00:0f\"],"
                + "\"allocations\":[\"06:00:00:00:00:01\"]}]}", StandardCharsets.UTF_8);
        assertThatThrownBy(store::read).hasMessageContaining("the MAC pool file " + store.file() + " is damaged")
                .hasMessageContaining("allocation 06:00:00:00:00:01 is outside its ranges");
        Files.writeString(store.file(), "{\"version\":1,\"pools\":[", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> store.update((p, r) -> null)).hasMessageContaining("is not valid JSON");
        assertThat(Files.readString(store.file())).isEqualTo("{\"version\":1,\"pools\":[");
    }
}
