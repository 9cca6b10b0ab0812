package io.patchbay.ui.traffic;

import io.patchbay.model.MacAddresses;
import java.util.Objects;

/** Which vNIC a traffic history belongs to: host (as the graph names it), VM and the vNIC's MAC (lower case). */
public record TrafficKey(String host, String vm, String mac) {
    public TrafficKey {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(vm, "vm");
        String m = MacAddresses.normalize(mac);
        mac = m == null ? Objects.requireNonNull(mac, "mac") : m;
    }
}
