package io.patchbay.ui.macpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacRange;
import io.patchbay.mac.MacUsage;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manager over a real pool file in a temporary console home and hosts known from their snapshots. */
class MacPoolManagerViewModelTest {
    @TempDir
    Path home;

    private static HostTopology host(String name, String vm, String... macs) {
        List<Vnic> vnics = java.util.Arrays.stream(macs)
                .map(m -> new Vnic(m, "bridge", "br0", null, "virtio", null, "up", null, null, null, "config")).toList();
        return new HostTopology(name, List.of("capture"), List.of(), List.of(), List.of(new Vm(vm, null, "shut off", null, true,
                vnics, "capture")), List.of());
    }

    private MacPoolManagerViewModel vm(List<HostTopology> hosts) {
        return new MacPoolManagerViewModel(new MacPoolSource(home, List.of(), hosts), BackgroundTasks.inline());
    }

    @Test
    void aPoolShowsItsUsageCountingMacsInUseAndWarnsWhenFewAreLeft() throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        store.update((pools, r) -> {
            MacPool p = new MacPool("lab", List.of(MacRange.parse("52:54:00:d1:70:00-52:54:00:d1:70:0f")), false);
            pools.add(p);
            p.allocate(3, MacUsage.NONE);
            return null;
        });
        // one MAC of the range is in use on a host without being allocated
        MacPoolManagerViewModel m = vm(List.of(host("h1", "web1", "52:54:00:d1:70:0a")));
        m.refresh();
        assertThat(m.pools()).containsExactly(new PoolRow("lab", "52:54:00:d1:70:00-52:54:00:d1:70:0f", 16, 4, 12, false));
        store.update((pools, r) -> pools.get("lab", new Random()).allocate(2, MacUsage.NONE));
        m.refresh();
        assertThat(m.pools().get(0)).isEqualTo(new PoolRow("lab", "52:54:00:d1:70:00-52:54:00:d1:70:0f", 16, 6, 10, true));
        assertThat(m.macsInUseProperty().get()).isEqualTo(1);
    }

    @Test
    void aMacOnTwoDomainsIsADuplicateWithEveryPlace() {
        MacPoolManagerViewModel m = vm(List.of(host("h1", "web1", "52:54:00:d1:71:01", "52:54:00:d1:71:02"),
                host("h2", "web9", "52:54:00:D1:71:01")));
        m.refresh();
        assertThat(m.duplicates()).containsExactly(new DuplicateRow("52:54:00:d1:71:01",
                List.of("h1/web1 (config)", "h2/web9 (config)")));
    }

    @Test
    void aNewPoolIsCheckedByTheStoresRulesAsItIsTypedAndThenAdded() throws Exception {
        new MacPoolStore(home).update((pools, r) -> {
            pools.add(new MacPool("lab", List.of(MacRange.parse("52:54:00:d1:72:00-52:54:00:d1:72:ff")), false));
            return null;
        });
        MacPoolManagerViewModel m = vm(List.of());
        m.refresh();
        assertThat(m.problemProperty().get().key()).isEqualTo("macpool.problem.noName");
        m.newNameProperty().set("bad name");
        m.newRangesProperty().set("52:54:00:d1:73:00-52:54:00:d1:73:ff");
        assertThat(m.problemProperty().get().sentence()).startsWith("Pool name 'bad name' is not valid");
        m.newNameProperty().set("lab");
        assertThat(m.problemProperty().get().sentence()).isEqualTo("A MAC pool named lab already exists.");
        m.newNameProperty().set("lab2");
        m.newRangesProperty().set("52:54:00:d1:73:00-52:54:00:d1:73:ff, 52:54:00:d1:72:80-52:54:00:d1:72:8f");
        assertThat(m.problemProperty().get().sentence()).isEqualTo("Range 52:54:00:d1:72:80-52:54:00:d1:72:8f overlaps range "
                + "52:54:00:d1:72:00-52:54:00:d1:72:ff of pool lab; pools must not share MACs.");
        m.newRangesProperty().set("52:54:00:d1:73:00-52:54:00:d1:73:ff 01:00:00:00:00:00-01:00:00:00:00:01");
        assertThat(m.problemProperty().get().sentence()).contains("multicast");
        m.newRangesProperty().set("52:54:00:d1:73:00-52:54:00:d1:73:ff,52:54:00:d1:74:00-52:54:00:d1:74:0f");
        assertThat(m.problemProperty().get()).isNull();
        m.addPool();
        assertThat(m.doneProperty().get()).isEqualTo(new MacPoolManagerViewModel.Done("macpool.added", "lab2"));
        assertThat(m.pools()).extracting(PoolRow::name).containsExactly("lab", "lab2");
        assertThat(new MacPoolStore(home).read().get("lab2", new Random()).size()).isEqualTo(256 + 16);
    }

    @Test
    void rangesAreAddedToTheSelectedPoolAndARangeHoldingMacsIsNotRemoved() throws Exception {
        new MacPoolStore(home).update((pools, r) -> {
            MacPool p = new MacPool("lab", List.of(MacRange.parse("52:54:00:d1:75:00-52:54:00:d1:75:0f")), false);
            pools.add(p);
            p.allocate(2, MacUsage.NONE);
            pools.add(new MacPool("other", List.of(MacRange.parse("52:54:00:d1:76:00-52:54:00:d1:76:ff")), false));
            return null;
        });
        MacPoolManagerViewModel m = vm(List.of());
        m.refresh();
        m.newRangesProperty().set("52:54:00:d1:77:00-52:54:00:d1:77:0f");
        assertThat(m.rangeProblemProperty().get().key()).isEqualTo("macpool.problem.noSelection");
        m.selectedProperty().set(m.pools().get(0));
        m.newRangesProperty().set("52:54:00:d1:76:f0-52:54:00:d1:77:0f");
        assertThat(m.rangeProblemProperty().get().sentence()).isEqualTo("Range 52:54:00:d1:76:f0-52:54:00:d1:77:0f overlaps"
                + " range 52:54:00:d1:76:00-52:54:00:d1:76:ff of pool other; pools must not share MACs.");
        m.newRangesProperty().set("52:54:00:d1:77:00-52:54:00:d1:77:0f");
        assertThat(m.rangeProblemProperty().get()).isNull();
        m.addRangesToSelected();
        assertThat(m.doneProperty().get()).isEqualTo(new MacPoolManagerViewModel.Done("macpool.changed", "lab"));
        assertThat(m.selectedProperty().get().name()).as("the selection survives the new reading").isEqualTo("lab");
        assertThat(m.pools().get(0)).isEqualTo(new PoolRow("lab",
                "52:54:00:d1:75:00-52:54:00:d1:75:0f, 52:54:00:d1:77:00-52:54:00:d1:77:0f", 32, 2, 30, false));

        m.removeRange("52:54:00:d1:75:00-52:54:00:d1:75:0f");
        assertThat(m.errorProperty().get()).isEqualTo("Range 52:54:00:d1:75:00-52:54:00:d1:75:0f of pool lab still holds 2"
                + " allocated or reserved MACs; release them before removing the range.");
        m.removeRange("52:54:00:d1:77:00-52:54:00:d1:77:0f");
        assertThat(m.errorProperty().get()).isNull();
        assertThat(m.pools().get(0).ranges()).isEqualTo("52:54:00:d1:75:00-52:54:00:d1:75:0f");
    }
}
