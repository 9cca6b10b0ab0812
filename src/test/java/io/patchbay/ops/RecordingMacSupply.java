package io.patchbay.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A one-MAC pool for tests of the plan/pool seam: records what the executor reserved, committed, released. */
final class RecordingMacSupply implements MacSupply {
    private final String mac;
    final List<String> calls = new ArrayList<>();

    RecordingMacSupply(String mac) {
        this.mac = mac;
    }

    @Override
    public synchronized String reserve(String pool, Predicate<String> inUse) {
        calls.add("reserve " + pool + " " + mac + (inUse.test(mac) ? " (in use!)" : ""));
        return mac;
    }

    @Override
    public synchronized void commit(String pool, String m) {
        calls.add("commit " + pool + " " + m);
    }

    @Override
    public synchronized void release(String pool, String m) {
        calls.add("release " + pool + " " + m);
    }
}
