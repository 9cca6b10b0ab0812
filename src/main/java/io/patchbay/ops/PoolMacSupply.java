package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.mac.MacAddress;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacUsage;
import java.util.function.Predicate;

/**
 * {@link MacSupply} over the MAC pools of a console home: a reservation is an allocation marked
 * pending in the pools file (so it survives a crash and no other console takes it), a commit
 * clears the mark, a release frees the MAC.
 */
public final class PoolMacSupply implements MacSupply {
    private final MacPoolStore store;

    public PoolMacSupply(MacPoolStore store) {
        this.store = store;
    }

    @Override
    public String reserve(String pool, Predicate<String> inUse) throws PatchbayException {
        MacUsage usage = MacUsage.asking(mac -> inUse.test(MacAddress.format(mac)));
        return store.update((pools, random) -> {
            MacPool p = pools.get(pool, random);
            MacAddress mac = p.allocate(1, usage).macs().get(0);
            p.markPending(mac);
            return mac.toString();
        });
    }

    @Override
    public void commit(String pool, String mac) throws PatchbayException {
        MacAddress m = MacAddress.parse(mac);
        store.update((pools, random) -> {
            pools.get(pool, random).commit(m);
            return null;
        });
    }

    @Override
    public void release(String pool, String mac) throws PatchbayException {
        MacAddress m = MacAddress.parse(mac);
        store.update((pools, random) -> {
            pools.get(pool, random).release(m);
            return null;
        });
    }

    /**
     * Records a MAC given by hand (outside the pool's ranges: as external); REFUSED when
     * {@code inUse} claims it or the pool already holds it, unless the pool allows duplicates.
     */
    public void claim(String pool, String mac, Predicate<String> inUse) throws PatchbayException {
        MacAddress m = MacAddress.parseAssignable(mac);
        MacUsage usage = MacUsage.asking(v -> inUse.test(MacAddress.format(v)));
        store.update((pools, random) -> pools.get(pool, random).claim(m, usage));
    }
}
