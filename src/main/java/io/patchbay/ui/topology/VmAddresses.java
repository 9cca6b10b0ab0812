package io.patchbay.ui.topology;

import io.patchbay.model.GuestAddress;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** A guest's addresses as the graph shows and finds them: without prefix length, the most useful first. Plain Java. */
public final class VmAddresses {
    private VmAddresses() {
    }

    /** The address to show on a VM's node: a global IPv4 one before IPv6, never loopback or link-local. */
    public static Optional<String> shown(Vm vm) {
        return vm.vnics().stream().flatMap(v -> v.addresses().stream()).map(a -> bare(a.address()))
                .filter(a -> rank(a) < 2).min(Comparator.comparingInt(VmAddresses::rank));
    }

    /** Whether {@code query} (an address, with or without prefix) is one of the vNIC's guest addresses. */
    public static boolean has(Vnic v, String query) {
        String q = bare(query.strip()).toLowerCase(Locale.ROOT);
        return v.addresses().stream().map(GuestAddress::address).anyMatch(a -> bare(a).toLowerCase(Locale.ROOT).equals(q));
    }

    /** Whether {@code query} is an address of any of the VM's vNICs. */
    public static boolean has(Vm vm, String query) {
        return vm.vnics().stream().anyMatch(v -> has(v, query));
    }

    /** An address without its prefix length. */
    static String bare(String address) {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    /** 0: global IPv4, 1: global IPv6, 2: loopback or link-local. */
    private static int rank(String a) {
        String l = a.toLowerCase(Locale.ROOT);
        if (l.startsWith("127.") || l.equals("::1") || l.startsWith("169.254.") || l.startsWith("fe80:")) {
            return 2;
        }
        return l.contains(":") ? 1 : 0;
    }
}
