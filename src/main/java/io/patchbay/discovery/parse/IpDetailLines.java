package io.patchbay.discovery.parse;

import io.patchbay.model.DeviceKind;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.VirtualFunction;
import java.util.List;
import java.util.Set;

/**
 * Reads the indented lines of one device block of iproute2 text output ("link/...", "inet ...",
 * the linkinfo lines of {@code -d}, SR-IOV "vf N" lines through {@link VfLine}) into that device's
 * {@link DeviceFacts}. Statistics, altnames, aliases and unknown words are skipped; a detail that
 * is cut short is kept as far as it is readable and reported with a warning.
 */
final class IpDetailLines {
    /** Where the block is: the linkinfo kind line may only follow the link line, the slave line only those two. */
    private enum Expect { NOTHING, KIND_OR_SLAVE, SLAVE }

    /** First words of indented lines that are never linkinfo (statistics, addresses, VFs, ...). */
    private static final Set<String> NOT_LINKINFO = Set.of("inet", "inet6", "valid_lft", "RX:", "TX:", "RX",
            "TX", "altname", "alias", "vf", "prop", "addrgenmode", "numtxqueues", "numrxqueues",
            "gso_max_size", "gso_max_segs", "tso_max_size", "tso_max_segs", "gro_max_size",
            "gso_ipv4_max_size", "gro_ipv4_max_size", "promiscuity", "allmulti", "minmtu", "maxmtu",
            "parentbus", "parentdev", "portid", "portname", "switchid", "protodown", "protodown_reason",
            "link-netnsid", "link-netns", "netns");

    private static final int KIND_WORD_MAX = 32;

    private final DeviceFacts facts;
    private final Observation observation;
    private boolean linkSeen;
    private Expect expect = Expect.NOTHING;

    IpDetailLines(DeviceFacts facts, Observation observation) {
        this.facts = facts;
        this.observation = observation;
    }

    /** One indented line of the block (any leading whitespace). */
    void read(String line, int lineNo) {
        List<String> w = TextScan.words(line);
        if (w.isEmpty()) {
            return;
        }
        String first = w.get(0);
        Expect before = expect;
        expect = Expect.NOTHING;
        if (first.startsWith("link/")) {
            if (linkSeen) {
                warn(lineNo, "a second link/ line for " + facts.name + " is ignored: " + TextScan.quote(line.trim()));
            } else {
                linkSeen = true;
                readLink(w, lineNo);
                expect = Expect.KIND_OR_SLAVE;
            }
            return;
        }
        if (first.equals("inet") || first.equals("inet6")) {
            readAddress(w, lineNo);
            return;
        }
        if (first.equals("vf")) {
            VirtualFunction vf = VfLine.read(line, facts.name, TextScan.at(observation.origin(), lineNo), observation);
            if (vf != null) {
                facts.vfs.add(vf);
            }
            return;
        }
        if (before == Expect.NOTHING || NOT_LINKINFO.contains(first) || !isKindWord(first)) {
            return;
        }
        if (first.endsWith("_slave")) {
            readSlave(w, lineNo);
        } else if (before == Expect.KIND_OR_SLAVE) {
            readKind(w, lineNo);
            expect = Expect.SLAVE;
        }
    }

    private void readLink(List<String> w, int lineNo) {
        String type = w.get(0).substring("link/".length());
        if (type.isEmpty()) {
            warn(lineNo, "link/ without a link type for " + facts.name);
            return;
        }
        facts.linkType = type;
        if (type.equals("loopback")) {
            facts.kind = DeviceKind.LOOPBACK;
        }
        if (type.equals("ether")) {
            String mac = w.size() > 1 ? MacAddresses.normalize(w.get(1)) : null;
            if (mac == null) {
                warn(lineNo, "link/ether of " + facts.name + " has no readable MAC address"
                        + (w.size() > 1 ? ": " + TextScan.quote(w.get(1)) : ""));
            }
            facts.mac = mac;
        }
        String permaddr = valueOf(w, "permaddr", lineNo);
        if (permaddr != null) {
            facts.permanentMac = mac(permaddr, "permaddr", lineNo);
        }
    }

    /** "inet 10.0.0.1/24 ..." or "inet 172.30.0.1 peer 172.30.0.2/32 ..." (local address, peer's prefix length). */
    private void readAddress(List<String> w, int lineNo) {
        if (w.size() < 2) {
            warn(lineNo, w.get(0) + " without an address for " + facts.name);
            return;
        }
        String address = w.get(1);
        if (w.size() > 3 && w.get(2).equals("peer") && address.indexOf('/') < 0) {
            String peer = w.get(3);
            int slash = peer.indexOf('/');
            if (slash >= 0) {
                address = address + peer.substring(slash);
            }
        }
        if (!looksLikeAddress(address)) {
            warn(lineNo, w.get(0) + " of " + facts.name + " is not an address: " + TextScan.quote(address));
            return;
        }
        facts.addresses.add(address);
    }

    private void readKind(List<String> w, int lineNo) {
        String kind = w.get(0);
        facts.linkInfoKind = kind;
        switch (kind) {
            case "bridge":
                String stp = valueOf(w, "stp_state", lineNo);
                Integer stpState = number(stp, "stp_state", lineNo);
                if (stpState != null) {
                    facts.bridgeStp = stpState != 0;
                }
                Integer filtering = number(valueOf(w, "vlan_filtering", lineNo), "vlan_filtering", lineNo);
                if (filtering != null) {
                    facts.bridgeVlanFiltering = filtering != 0;
                }
                break;
            case "bond":
                facts.bondMode = valueOf(w, "mode", lineNo);
                facts.bondActiveSlave = valueOf(w, "active_slave", lineNo);
                break;
            case "vlan":
                facts.vlanProtocol = valueOf(w, "protocol", lineNo);
                facts.vlanId = number(valueOf(w, "id", lineNo), "vlan id", lineNo);
                break;
            case "tun":
                facts.tunType = valueOf(w, "type", lineNo);
                break;
            case "macvtap":
            case "macvlan":
                facts.macvtapMode = valueOf(w, "mode", lineNo);
                break;
            case "vxlan":
                String dev = valueOf(w, "dev", lineNo);
                if (facts.parent == null) {
                    facts.parent = dev;
                }
                break;
            default:
                break;
        }
        DeviceKind k = InfoKinds.kindOf(kind, facts.tunType);
        if (k != null) {
            facts.kind = k;
        }
    }

    private void readSlave(List<String> w, int lineNo) {
        facts.slaveKind = w.get(0);
        if (!facts.slaveKind.equals("bond_slave")) {
            return;
        }
        facts.slaveState = valueOf(w, "state", lineNo);
        facts.slaveMii = valueOf(w, "mii_status", lineNo);
        String perm = valueOf(w, "perm_hwaddr", lineNo);
        if (perm != null && facts.permanentMac == null) {
            facts.permanentMac = mac(perm, "perm_hwaddr", lineNo);
        }
    }

    /** The word after {@code key} (searched after the first word), or null; a key at the very end is warned about. */
    private String valueOf(List<String> w, String key, int lineNo) {
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i).equals(key)) {
                if (i + 1 < w.size()) {
                    return w.get(i + 1);
                }
                warn(lineNo, w.get(0) + " detail '" + key + "' of " + facts.name + " has no value (line cut short?)");
                return null;
            }
        }
        return null;
    }

    private Integer number(String value, String what, int lineNo) {
        if (value == null) {
            return null;
        }
        Integer n = TextScan.parseNonNegativeInt(value);
        if (n == null) {
            warn(lineNo, what + " of " + facts.name + " is not a number: " + TextScan.quote(value));
        }
        return n;
    }

    private String mac(String value, String what, int lineNo) {
        String mac = MacAddresses.normalize(value);
        if (mac == null) {
            warn(lineNo, what + " of " + facts.name + " is not a MAC address: " + TextScan.quote(value));
        }
        return mac;
    }

    private void warn(int lineNo, String message) {
        observation.warn(TextScan.at(observation.origin(), lineNo) + ": " + message);
    }

    private static boolean isKindWord(String s) {
        if (s.length() > KIND_WORD_MAX || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** IPv4/IPv6 text with an optional /prefix: hex digits, dots, colons and one slash only. */
    private static boolean looksLikeAddress(String s) {
        boolean sep = false;
        int slashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ':') {
                sep = true;
            } else if (c == '/') {
                slashes++;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return sep && slashes <= 1;
    }
}
