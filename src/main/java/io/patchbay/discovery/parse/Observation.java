package io.patchbay.discovery.parse;

import io.patchbay.model.NetworkInfo;
import io.patchbay.model.Vm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one raw output says: device facts in the order they appeared, VMs, libvirt networks, the host name
 * and warnings for parts that could not be used (a partial result beats a crash, and every
 * warning names where it came from).
 */
public final class Observation {
    private final String origin;
    private final Map<String, DeviceFacts> devices = new LinkedHashMap<>();
    private final List<Vm> vms = new ArrayList<>();
    private final List<NetworkInfo> networks = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String hostname;

    /** @param origin where the output came from, e.g. "capture IP_S_LINK.txt" or "ssh lab1: ip -j -d link show" */
    public Observation(String origin) {
        this.origin = origin;
    }

    public String origin() {
        return origin;
    }

    /** The facts for {@code name}, created on first use. */
    public DeviceFacts device(String name) {
        return devices.computeIfAbsent(name, DeviceFacts::new);
    }

    public boolean has(String name) {
        return devices.containsKey(name);
    }

    public List<DeviceFacts> devices() {
        return List.copyOf(devices.values());
    }

    public void addVm(Vm vm) {
        vms.add(vm);
    }

    public List<Vm> vms() {
        return List.copyOf(vms);
    }

    public void addNetwork(NetworkInfo network) {
        networks.add(network);
    }

    /** The libvirt networks this output describes. */
    public List<NetworkInfo> networks() {
        return List.copyOf(networks);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public String hostname() {
        return hostname;
    }

    public void hostname(String name) {
        this.hostname = name;
    }

    /** Adds everything {@code other} says (used when one file holds several outputs). */
    public void absorb(Observation other) {
        for (DeviceFacts f : other.devices.values()) {
            if (devices.containsKey(f.name)) {
                warnings.add(other.origin + ": device " + f.name + " appears twice; the first is kept");
            } else {
                devices.put(f.name, f);
            }
        }
        vms.addAll(other.vms);
        networks.addAll(other.networks);
        warnings.addAll(other.warnings);
        if (hostname == null) {
            hostname = other.hostname;
        }
    }
}
