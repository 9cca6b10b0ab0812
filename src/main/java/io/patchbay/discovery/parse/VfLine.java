package io.patchbay.discovery.parse;

import io.patchbay.model.MacAddresses;
import io.patchbay.model.VirtualFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * One SR-IOV line of {@code ip link show} text, as iproute2's print_vfinfo writes it:
 * {@code vf 0     link/ether 52:54:00:aa:bb:01 brd ff:ff:ff:ff:ff:ff, vlan 100, qos 2, spoof
 * checking on, link-state auto, trust off, query_rss off} (iproute2 5.x/6.x), or
 * {@code vf 0 MAC 52:54:00:aa:bb:01, vlan 100, spoof checking on, link-state auto} (older).
 * Clauses are separated by ", "; a clause this reader does not know (tx rate, max_tx_rate,
 * query_rss, vlan protocol) is skipped.
 */
final class VfLine {
    private VfLine() {
    }

    /** The virtual function of {@code line}, or null (with a warning) when it has no readable number. */
    static VirtualFunction read(String line, String device, String where, Observation obs) {
        List<String> clauses = new ArrayList<>();
        for (String c : line.strip().split(",")) {
            clauses.add(c.strip());
        }
        List<String> head = TextScan.words(clauses.get(0));
        Integer vf = head.size() > 1 ? TextScan.parseNonNegativeInt(head.get(1)) : null;
        if (vf == null) {
            obs.warn(where + ": an SR-IOV line of " + device + " without a VF number: " + TextScan.quote(line.strip()));
            return null;
        }
        String mac = null;
        for (int i = 2; i + 1 < head.size(); i++) {
            String w = head.get(i);
            if (w.equals("MAC") || w.equals("link/ether")) {
                mac = MacAddresses.normalize(head.get(i + 1));
                if (mac == null) {
                    obs.warn(where + ": vf " + vf + " of " + device + ": MAC " + TextScan.quote(head.get(i + 1))
                            + " is not a MAC address; left out");
                }
                break;
            }
        }
        Integer vlan = null;
        Integer qos = null;
        Boolean spoof = null;
        String linkState = null;
        Boolean trust = null;
        for (int i = 1; i < clauses.size(); i++) {
            List<String> w = TextScan.words(clauses.get(i));
            if (w.size() == 2 && w.get(0).equals("vlan")) {
                vlan = TextScan.parseNonNegativeInt(w.get(1));
            } else if (w.size() == 2 && w.get(0).equals("qos")) {
                qos = TextScan.parseNonNegativeInt(w.get(1));
            } else if (w.size() == 3 && w.get(0).equals("spoof") && w.get(1).equals("checking")) {
                spoof = onOff(w.get(2));
            } else if (w.size() == 2 && w.get(0).equals("link-state")) {
                linkState = w.get(1);
            } else if (w.size() == 2 && w.get(0).equals("trust")) {
                trust = onOff(w.get(1));
            }
        }
        return new VirtualFunction(vf, mac, vlan, qos, spoof, linkState, trust);
    }

    private static Boolean onOff(String word) {
        return word.equals("on") ? Boolean.TRUE : word.equals("off") ? Boolean.FALSE : null;
    }
}
