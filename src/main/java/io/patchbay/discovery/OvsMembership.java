package io.patchbay.discovery;

import io.patchbay.discovery.parse.DeviceFacts;
import io.patchbay.model.DeviceKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who belongs to which Open vSwitch bridge or bond, resolved from what the OVS outputs said: the
 * Bridge → Port → Interface references by _uuid of {@code ovs-vsctl list}, the nesting of
 * {@code ovs-vsctl show}. OVS's own word wins over the kernel's, which names every port of a
 * kernel datapath a port of {@code ovs-system} and none of a userspace datapath a port at all.
 */
final class OvsMembership {
    /** device → the OVS bridge it is a port of, or the OVS bond it is a member of */
    final Map<String, String> masterOf = new LinkedHashMap<>();
    /** bond → the name of its active member, where only its MAC was given (bond_active_slave) */
    final Map<String, String> activeMember = new HashMap<>();

    private OvsMembership() {
    }

    /** @param facts every device's facts from every output, by device name */
    static OvsMembership resolve(Map<String, List<DeviceFacts>> facts) {
        OvsMembership m = new OvsMembership();
        Map<String, String> portByUuid = new HashMap<>();
        Map<String, String> interfaceByUuid = new HashMap<>();
        Map<String, String> interfaceByMac = new HashMap<>();
        for (var e : facts.entrySet()) {
            for (DeviceFacts f : e.getValue()) {
                if (f.ovsPortUuid != null) {
                    portByUuid.put(f.ovsPortUuid, e.getKey());
                }
                if (f.ovsInterfaceUuid != null) {
                    interfaceByUuid.put(f.ovsInterfaceUuid, e.getKey());
                    if (f.mac != null) {
                        interfaceByMac.putIfAbsent(f.mac, e.getKey());
                    }
                }
            }
        }
        for (var e : facts.entrySet()) {
            String name = e.getKey();
            for (DeviceFacts f : e.getValue()) {
                for (String portUuid : f.ovsBridgePortUuids) {
                    String port = portByUuid.get(portUuid);
                    if (port != null) {
                        m.addPort(name, port, members(facts.get(port), interfaceByUuid));
                    }
                }
                if (f.ovsBridge != null && !f.ovsBridge.equals(name)) {
                    m.masterOf.putIfAbsent(name, f.ovsBridge);
                }
                if (f.ovsKind == DeviceKind.BOND) {
                    f.bondSlaves.forEach(s -> m.masterOf.putIfAbsent(s.name(), name));
                    if (f.ovsBondActiveMac != null && interfaceByMac.containsKey(f.ovsBondActiveMac.toLowerCase(
                            java.util.Locale.ROOT))) {
                        m.activeMember.put(name, interfaceByMac.get(f.ovsBondActiveMac.toLowerCase(java.util.Locale.ROOT)));
                    }
                }
            }
        }
        return m;
    }

    /** A Port row's interfaces by name, from every Port row of that name. */
    private static Set<String> members(List<DeviceFacts> portFacts, Map<String, String> interfaceByUuid) {
        Set<String> out = new LinkedHashSet<>();
        for (DeviceFacts f : portFacts == null ? List.<DeviceFacts>of() : portFacts) {
            for (String u : f.ovsPortInterfaceUuids) {
                String i = interfaceByUuid.get(u);
                if (i != null) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** A port of one interface is that interface; a port of several is a bond whose members they are. */
    private void addPort(String bridge, String port, Set<String> interfaces) {
        String member = interfaces.size() == 1 ? interfaces.iterator().next() : port;
        if (interfaces.size() > 1) {
            interfaces.forEach(i -> masterOf.put(i, port));
        }
        if (!member.equals(bridge)) {
            masterOf.put(member, bridge);
        }
    }
}
