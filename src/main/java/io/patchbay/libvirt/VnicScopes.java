package io.patchbay.libvirt;

import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pure: combines a domain's vNICs from its live XML and its persistent (inactive) XML, matched
 * by MAC, into one list where each vNIC says {@code live}, {@code config} or {@code both}, and
 * lists what differs ({@link VnicDrift}). A vNIC in both carries the live values.
 */
public final class VnicScopes {
    /** Scope words on {@link Vnic#scope()}. */
    public static final String LIVE = "live";
    public static final String CONFIG = "config";
    public static final String BOTH = "both";

    /** The combined vNICs and the differences found. */
    public record Result(List<Vnic> vnics, List<VnicDrift> drift) {
        public Result {
            vnics = List.copyOf(vnics);
            drift = List.copyOf(drift);
        }
    }

    private VnicScopes() {
    }

    /**
     * @param live   vNICs of the live XML, or null when the domain is not running
     * @param config vNICs of the inactive XML, or null when the domain is transient
     */
    public static Result combine(String vm, List<Vnic> live, List<Vnic> config) {
        List<Vnic> out = new ArrayList<>();
        List<VnicDrift> drift = new ArrayList<>();
        if (live == null && config == null) {
            return new Result(out, drift);
        }
        if (live == null) {
            config.forEach(v -> out.add(withScope(v, CONFIG)));
            return new Result(out, drift);
        }
        if (config == null) {
            live.forEach(v -> out.add(withScope(v, LIVE)));
            return new Result(out, drift);
        }
        Map<String, Vnic> configByMac = new LinkedHashMap<>();
        List<Vnic> configWithoutMac = new ArrayList<>();
        for (Vnic c : config) {
            if (c.mac() == null) {
                configWithoutMac.add(c);
            } else {
                configByMac.putIfAbsent(c.mac(), c);
            }
        }
        for (Vnic l : live) {
            Vnic c = l.mac() == null ? null : configByMac.remove(l.mac());
            if (c == null) {
                out.add(withScope(l, LIVE));
                drift.add(new VnicDrift(vm, l.mac(), "presence", LIVE, null));
                continue;
            }
            out.add(withScope(l, BOTH));
            compare(vm, l, c, "type", Vnic::type, drift);
            compare(vm, l, c, "source", Vnic::sourceName, drift);
            compare(vm, l, c, "model", Vnic::model, drift);
            compare(vm, l, c, "pci", Vnic::pci, drift);
            compare(vm, l, c, "link", v -> v.link() == null ? "up" : v.link(), drift);
            compare(vm, l, c, "mtu", v -> v.mtu() == null ? null : String.valueOf(v.mtu()), drift);
        }
        for (Vnic c : configByMac.values()) {
            out.add(withScope(c, CONFIG));
            drift.add(new VnicDrift(vm, c.mac(), "presence", null, CONFIG));
        }
        configWithoutMac.forEach(c -> out.add(withScope(c, CONFIG)));
        return new Result(out, drift);
    }

    private static void compare(String vm, Vnic live, Vnic config, String field, Function<Vnic, String> get,
                                List<VnicDrift> drift) {
        String l = get.apply(live);
        String c = get.apply(config);
        // a config without a PCI address (never booted) is not drift: libvirt assigns one at start
        if ("pci".equals(field) && c == null) {
            return;
        }
        if (!Objects.equals(l, c)) {
            drift.add(new VnicDrift(vm, live.mac(), field, l, c));
        }
    }

    static Vnic withScope(Vnic v, String scope) {
        return v.withScope(scope);
    }
}
