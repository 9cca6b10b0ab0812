package io.patchbay.libvirt;

import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure: predicts the names a Linux guest gives its NICs from their PCI addresses (seed rule 3).
 * Kernel order: the guest enumerates the PCI bus in address order, so the NICs become
 * {@code eth0, eth1, ...} in ascending (domain, bus, slot, function) order. systemd's predictable
 * names: {@code enp<bus>s<slot>} in decimal, {@code f<function>} when the function is not 0, and
 * {@code P<domain>} in front when the PCI domain is not 0 (e.g. 0000:01:00.0 -> enp1s0).
 * NICs without a PCI address get no prediction.
 */
public final class GuestNamePredictor {
    private static final Pattern PCI = Pattern.compile("([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])");

    /** A PCI address as numbers. */
    record Pci(int domain, int bus, int slot, int function) {
    }

    private GuestNamePredictor() {
    }

    /** The systemd predictable name for a PCI address, or null when it is not one. */
    public static String predictableName(String pci) {
        Pci p = parse(pci);
        if (p == null) {
            return null;
        }
        StringBuilder b = new StringBuilder("en");
        if (p.domain() != 0) {
            b.append('P').append(p.domain());
        }
        b.append('p').append(p.bus()).append('s').append(p.slot());
        if (p.function() != 0) {
            b.append('f').append(p.function());
        }
        return b.toString();
    }

    /** Kernel names (eth0...) by PCI order, keyed by PCI address; NICs without an address are skipped. */
    public static Map<String, String> kernelNames(List<String> pciAddresses) {
        List<Pci> sorted = new ArrayList<>();
        Map<Pci, String> original = new HashMap<>();
        for (String a : pciAddresses) {
            Pci p = parse(a);
            if (p != null && !original.containsKey(p)) {
                sorted.add(p);
                original.put(p, a);
            }
        }
        sorted.sort(Comparator.comparingInt(Pci::domain).thenComparingInt(Pci::bus).thenComparingInt(Pci::slot)
                .thenComparingInt(Pci::function));
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            names.put(original.get(sorted.get(i)), "eth" + i);
        }
        return names;
    }

    /**
     * The vNICs with {@link Vnic#guestName()} set to their predicted kernel name (eth0...). When
     * some vNICs are live (scope live or both), only those are in the guest and get names;
     * config-only ones get none. Otherwise (a shut-off VM) all are named as at the next boot. A
     * vNIC whose XML names it ({@code <guest dev>}) keeps that name.
     */
    public static List<Vnic> fill(List<Vnic> vnics) {
        boolean anyLive = vnics.stream().anyMatch(GuestNamePredictor::inGuest);
        List<Vnic> named = vnics.stream().filter(v -> !anyLive || inGuest(v)).toList();
        Map<String, String> names = kernelNames(named.stream().map(Vnic::pci).toList());
        List<Vnic> out = new ArrayList<>(vnics.size());
        for (Vnic v : vnics) {
            boolean counts = !anyLive || inGuest(v);
            String name = v.pci() == null || !counts ? null : names.get(v.pci());
            // a name the XML itself gives (<guest dev>) is the guest's name: never replaced by a guess
            out.add(v.guestName() != null ? v : v.withGuestName(name));
        }
        return out;
    }

    private static boolean inGuest(Vnic v) {
        return VnicScopes.LIVE.equals(v.scope()) || VnicScopes.BOTH.equals(v.scope());
    }

    static Pci parse(String pci) {
        if (pci == null) {
            return null;
        }
        Matcher m = PCI.matcher(pci.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        return new Pci(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16),
                Integer.parseInt(m.group(3), 16), Integer.parseInt(m.group(4)));
    }
}
