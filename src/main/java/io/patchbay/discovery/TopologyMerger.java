package io.patchbay.discovery;

import io.patchbay.discovery.parse.DeviceFacts;
import io.patchbay.discovery.parse.InfoKinds;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.model.BondInfo;
import io.patchbay.model.BondSlave;
import io.patchbay.model.BridgeInfo;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.MacAddresses;
import io.patchbay.model.MacvtapInfo;
import io.patchbay.model.NetworkInfo;
import io.patchbay.model.VlanInfo;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one place where facts from several outputs meet: merges observations into an immutable
 * {@link HostTopology}. For every field the first observation that says something wins; each
 * fact keeps the origin it came from. Devices seen only as bridge ports or bond slaves still
 * appear.
 */
public final class TopologyMerger {
    private static final Pattern VNET = Pattern.compile("vnet\\d+");

    private TopologyMerger() {
    }

    public static io.patchbay.model.HostTopology merge(String hostName, List<String> sourceKinds,
                                                       List<Observation> observations) {
        Map<String, List<Sourced>> byName = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Vm> vms = new LinkedHashMap<>();
        Map<String, NetworkInfo> networks = new LinkedHashMap<>();
        Map<String, String> networkOrigins = new HashMap<>();
        for (Observation o : observations) {
            for (NetworkInfo n : o.networks()) {
                // the first definition wins (a status file, read first, is the running one); later
                // ones add what they know of its state (a file of /etc/libvirt/qemu/networks: defined)
                networks.merge(n.name(), n, (a, b) -> a.withState(b.active(), b.persistent()));
                networkOrigins.putIfAbsent(n.name(), o.origin());
            }
            for (DeviceFacts f : o.devices()) {
                byName.computeIfAbsent(f.name, k -> new ArrayList<>()).add(new Sourced(f, o.origin()));
                for (String port : f.bridgePorts) {
                    byName.computeIfAbsent(port, k -> new ArrayList<>());
                }
                for (BondSlave s : f.bondSlaves) {
                    byName.computeIfAbsent(s.name(), k -> new ArrayList<>());
                }
            }
            for (Vm vm : o.vms()) {
                vms.merge(vm.name(), vm, TopologyMerger::mergeVm);
            }
            warnings.addAll(o.warnings());
        }

        dropImpossibleNames(byName, warnings);

        // who is whose master, and through which kind of enslavement
        Map<String, Set<String>> bridgePorts = new HashMap<>();
        Map<String, Set<String>> bondSlaves = new HashMap<>();
        Map<String, String> masterOf = new HashMap<>();
        for (var e : byName.entrySet()) {
            for (Sourced s : e.getValue()) {
                for (String p : s.facts.bridgePorts) {
                    if (!byName.containsKey(p)) {
                        continue;
                    }
                    bridgePorts.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(p);
                    masterOf.putIfAbsent(p, e.getKey());
                }
                for (BondSlave b : s.facts.bondSlaves) {
                    if (!byName.containsKey(b.name())) {
                        continue;
                    }
                    bondSlaves.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(b.name());
                    masterOf.putIfAbsent(b.name(), e.getKey());
                }
                if (s.facts.master != null && DeviceNames.valid(s.facts.master)) {
                    masterOf.putIfAbsent(e.getKey(), s.facts.master);
                    if ("bridge_slave".equals(s.facts.slaveKind)) {
                        bridgePorts.computeIfAbsent(s.facts.master, k -> new LinkedHashSet<>()).add(e.getKey());
                    } else if ("bond_slave".equals(s.facts.slaveKind) || s.facts.slaveState != null) {
                        bondSlaves.computeIfAbsent(s.facts.master, k -> new LinkedHashSet<>()).add(e.getKey());
                    }
                }
            }
        }
        Map<String, List<DeviceFacts>> factsByName = new LinkedHashMap<>();
        byName.forEach((k, v) -> factsByName.put(k, v.stream().map(Sourced::facts).toList()));
        OvsMembership ovs = OvsMembership.resolve(factsByName);
        // OVS's own word on membership replaces the kernel's (ovs-system, or nothing on a userspace datapath)
        ovs.masterOf.forEach(masterOf::put);
        for (String m : masterOf.values()) {
            byName.computeIfAbsent(m, k -> new ArrayList<>());
        }

        Map<Integer, String> ifindexToName = new HashMap<>();
        List<Device> devices = new ArrayList<>();
        Map<String, DeviceKind> kinds = new HashMap<>();
        List<Builder> builders = new ArrayList<>();
        for (var e : byName.entrySet()) {
            Builder b = new Builder(e.getKey(), e.getValue());
            b.decideKind(bondSlaves.containsKey(e.getKey()), bridgePorts.containsKey(e.getKey()));
            kinds.put(b.name, b.kind);
            builders.add(b);
        }
        // a master whose kind is still unknown tells its slaves' link kind; the other way round too
        for (Builder b : builders) {
            String master = ovs.masterOf.get(b.name);
            if (master == null) {
                master = b.first(f -> f.master);
            }
            if (master == null) {
                master = masterOf.get(b.name);
            }
            b.master = master;
            if (ovs.masterOf.containsKey(b.name)) {
                b.provenance.put("master", "Open vSwitch: " + b.ovsOrigin(master));
            }
            if (master != null && kinds.get(master) != null && kinds.get(master).isSwitch()) {
                bridgePorts.computeIfAbsent(master, k -> new LinkedHashSet<>()).add(b.name);
            } else if (master != null && kinds.get(master) == DeviceKind.BOND) {
                bondSlaves.computeIfAbsent(master, k -> new LinkedHashSet<>()).add(b.name);
            }
            if (b.ifindex != null) {
                ifindexToName.put(b.ifindex, b.name);
            }
        }
        Map<String, Builder> byBuilderName = new HashMap<>();
        builders.forEach(b -> byBuilderName.put(b.name, b));
        for (Builder b : builders) {
            devices.add(b.build(bridgePorts.getOrDefault(b.name, Set.of()),
                    bondSlaves.getOrDefault(b.name, Set.of()), byBuilderName, ifindexToName, ovs.activeMember));
        }
        devices.sort(Comparator.comparing((Device d) -> d.ifindex() == null ? Integer.MAX_VALUE : d.ifindex()));

        List<Link> links = new ArrayList<>();
        Map<String, Device> deviceByName = new HashMap<>();
        devices.forEach(d -> deviceByName.put(d.name(), d));
        for (Device d : devices) {
            if (d.master() != null) {
                Device m = deviceByName.get(d.master());
                boolean bond = m != null && m.kind() == DeviceKind.BOND;
                links.add(new Link(d.name(), d.master(), bond ? LinkKind.SLAVE : LinkKind.PORT));
            }
            if (d.ovs() != null && "patch".equals(d.ovs().type()) && d.peer() != null
                    && deviceByName.containsKey(d.peer()) && d.name().compareTo(d.peer()) < 0) {
                links.add(new Link(d.name(), d.peer(), LinkKind.PATCH));
            }
            if (d.kind() == DeviceKind.VLAN && d.vlan() != null && d.vlan().parent() != null) {
                links.add(new Link(d.name(), d.vlan().parent(), LinkKind.VLAN));
            } else if (d.macvtap() != null && d.macvtap().lower() != null) {
                links.add(new Link(d.name(), d.macvtap().lower(), LinkKind.LOWER));
            } else if (d.kind().isTunnel()) {
                String lower = byBuilderName.get(d.name()).first(f -> f.parent);
                if (lower != null && deviceByName.containsKey(lower)) {
                    links.add(new Link(d.name(), lower, LinkKind.LOWER));
                }
            }
        }
        links.addAll(vnicLinks(devices, vms.values()));
        List<Device> withNetworks = NetworkNodes.withNetworks(devices, networks.values(), networkOrigins);
        links.addAll(NetworkNodes.links(withNetworks, vms.values()));
        return new io.patchbay.model.HostTopology(hostName, List.copyOf(new LinkedHashSet<>(sourceKinds)),
                withNetworks, links, List.copyOf(vms.values()), warnings);
    }

    /**
     * No device is drawn under a name the kernel could not give an interface (over 15 bytes, '/',
     * white space): a bonding file saved under another name is matched to its bond by members and
     * mode; anything else is left out with a warning.
     */
    private static void dropImpossibleNames(Map<String, List<Sourced>> byName, List<String> warnings) {
        List<String> impossible = byName.keySet().stream().filter(n -> !DeviceNames.valid(n)).toList();
        for (String name : impossible) {
            List<Sourced> facts = byName.remove(name);
            boolean bondFile = facts.stream().anyMatch(f -> f.facts.nameFromFileName);
            String origin = facts.isEmpty() ? "a port or slave list" : facts.get(0).origin;
            String shown = name;
            if (bondFile) {
                Map<String, List<DeviceFacts>> others = new LinkedHashMap<>();
                byName.forEach((k, v) -> others.put(k, v.stream().map(Sourced::facts).toList()));
                String bond = BondFileMatch.bondOf(facts.stream().map(Sourced::facts).toList(), others);
                if (bond != null) {
                    byName.get(bond).addAll(facts);
                    warnings.add(origin + ": the bonding file names no bond ('" + shown + "'); its members and mode are"
                            + " those of " + bond + ", so it is read as " + bond);
                } else {
                    warnings.add(origin + ": the bonding file names no bond ('" + shown + "') and no bond of this host"
                            + " has its members and mode; not drawn (save it under the bond's name, e.g. bond0)");
                }
            } else {
                warnings.add(origin + ": '" + shown + "' is no name a network interface can have (1 to 15 bytes,"
                        + " no '/', no white space); not drawn");
            }
        }
    }

    /**
     * The host with VMs read elsewhere (libvirt) added: a VM of the same name replaces the one the
     * host had; the tap-to-VM links are made again over all VMs (target dev, else the fe: rule).
     */
    public static io.patchbay.model.HostTopology withVms(io.patchbay.model.HostTopology host, String sourceKind,
                                                         List<Vm> vms, List<String> warnings) {
        return withVms(host, sourceKind, vms, List.of(), Map.of(), warnings);
    }

    /**
     * As {@link #withVms(io.patchbay.model.HostTopology, String, List, List)}, with libvirt networks
     * read elsewhere: a network of the same name replaces the host's; the network links and the
     * VF links are made again over all devices and VMs.
     *
     * @param networkOrigins where each network was read, by network name
     */
    public static io.patchbay.model.HostTopology withVms(io.patchbay.model.HostTopology host, String sourceKind,
                                                         List<Vm> vms, List<NetworkInfo> networks,
                                                         Map<String, String> networkOrigins, List<String> warnings) {
        Map<String, Vm> all = new LinkedHashMap<>();
        host.vms().forEach(v -> all.put(v.name(), v));
        vms.forEach(v -> all.put(v.name(), v));
        List<Device> devices = NetworkNodes.withNetworks(host.devices(), networks, networkOrigins);
        List<Link> links = new ArrayList<>();
        for (Link l : host.links()) {
            if (l.kind() != LinkKind.VNIC && l.kind() != LinkKind.NETWORK && l.kind() != LinkKind.VF) {
                links.add(l);
            }
        }
        links.addAll(vnicLinks(devices, all.values()));
        links.addAll(NetworkNodes.links(devices, all.values()));
        List<String> sources = new ArrayList<>(host.sources());
        if (!sources.contains(sourceKind)) {
            sources.add(sourceKind);
        }
        List<String> allWarnings = new ArrayList<>(host.warnings());
        allWarnings.addAll(warnings);
        return new io.patchbay.model.HostTopology(host.name(), sources, devices, links,
                List.copyOf(all.values()), allWarnings, host.machine());
    }

    /** tap to VM, the tap found by {@link VnicTaps}. */
    private static List<Link> vnicLinks(List<Device> devices, java.util.Collection<Vm> vms) {
        List<Link> out = new ArrayList<>();
        VnicTaps taps = new VnicTaps(devices);
        for (Vm vm : vms) {
            for (Vnic n : vm.vnics()) {
                Device tap = taps.tapOf(n);
                if (tap != null) {
                    out.add(new Link(tap.name(), vm.name(), LinkKind.VNIC));
                }
            }
        }
        return out;
    }

    private static Vm mergeVm(Vm a, Vm b) {
        return new Vm(a.name(), a.uuid() != null ? a.uuid() : b.uuid(), a.state() != null ? a.state() : b.state(),
                a.id() != null ? a.id() : b.id(), a.persistent() != null ? a.persistent() : b.persistent(),
                a.vnics().isEmpty() ? b.vnics() : a.vnics(), a.origin());
    }

    private record Sourced(DeviceFacts facts, String origin) {
    }

    /** Accumulates one device's facts with their provenance. */
    private static final class Builder {
        final String name;
        final List<Sourced> facts;
        final Map<String, String> provenance = new LinkedHashMap<>();
        DeviceKind kind;
        String master;
        Integer ifindex;

        Builder(String name, List<Sourced> facts) {
            this.name = name;
            this.facts = facts;
            this.ifindex = first(f -> f.ifindex);
        }

        <T> T first(Function<DeviceFacts, T> field) {
            for (Sourced s : facts) {
                T v = field.apply(s.facts);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        <T> T take(String fact, Function<DeviceFacts, T> field) {
            for (Sourced s : facts) {
                T v = field.apply(s.facts);
                if (v != null) {
                    provenance.put(fact, s.origin);
                    return v;
                }
            }
            return null;
        }

        /** The origin of the OVS output that tied this device to {@code master}, for provenance. */
        String ovsOrigin(String master) {
            for (Sourced s : facts) {
                if (s.facts.ovsBridge != null || s.facts.ovsPortUuid != null || s.facts.ovsInterfaceUuid != null) {
                    return s.origin;
                }
            }
            return "listed as a port or member of " + master;
        }

        void decideKind(boolean bondMaster, boolean bridgeMaster) {
            kind = null;
            for (Sourced s : facts) {
                // OVS's database: a bridge is an OVS bridge whatever else says so (the kernel calls a
                // userspace-datapath bridge a tap, its Interface row calls it internal)
                if (s.facts.ovsKind == DeviceKind.OVS || kind == null && s.facts.ovsKind != null) {
                    kind = s.facts.ovsKind;
                    provenance.put("kind", s.origin);
                }
            }
            if (kind != null) {
                return;
            }
            kind = take("kind", f -> f.kind);
            if (kind == null) {
                for (Sourced s : facts) {
                    DeviceKind k = InfoKinds.kindOf(s.facts.linkInfoKind, s.facts.tunType);
                    if (k == null) {
                        k = KindInference.fromLinkType(s.facts.linkType);
                    }
                    if (k != null) {
                        kind = k;
                        provenance.put("kind", s.origin);
                        return;
                    }
                }
                List<String> flags = firstNonEmpty(f -> f.flags);
                var d = KindInference.byConvention(name, first(f -> f.mac), first(f -> f.linkType), flags,
                        bondMaster, bridgeMaster);
                kind = d.kind();
                provenance.put("kind", d.because());
            }
        }

        <T> List<T> firstNonEmpty(Function<DeviceFacts, List<T>> field) {
            for (Sourced s : facts) {
                List<T> v = field.apply(s.facts);
                if (!v.isEmpty()) {
                    return v;
                }
            }
            return List.of();
        }

        Device build(Set<String> ports, Set<String> slaves, Map<String, Builder> all,
                     Map<Integer, String> ifindexToName, Map<String, String> ovsActive) {
            String rawMac = take("mac", f -> f.mac);
            String mac = MacAddresses.normalize(rawMac);
            Integer mtu = take("mtu", f -> f.mtu);
            var state = take("state", f -> f.state);
            Boolean carrier = take("carrier", f -> f.carrier);
            if (master != null && !provenance.containsKey("master")) {
                String origin = null;
                for (Sourced s : facts) {
                    if (master.equals(s.facts.master)) {
                        origin = s.origin;
                        break;
                    }
                }
                provenance.put("master", origin != null ? origin : "listed as a port or slave of " + master);
            }
            LinkedHashSet<String> addresses = new LinkedHashSet<>();
            for (Sourced s : facts) {
                if (!s.facts.addresses.isEmpty()) {
                    provenance.putIfAbsent("addresses", s.origin);
                    addresses.addAll(s.facts.addresses);
                }
            }
            List<String> flags = firstNonEmpty(f -> f.flags);
            String infoKind = take("linkInfoKind", f -> f.linkInfoKind);

            BondInfo bond = null;
            if (kind == DeviceKind.BOND) {
                Map<String, BondSlave> byName = new LinkedHashMap<>();
                for (Sourced s : facts) {
                    for (BondSlave bs : s.facts.bondSlaves) {
                        byName.merge(bs.name(), bs, TopologyMerger.Builder::mergeSlave);
                    }
                }
                for (String sl : slaves) {
                    Builder sb = all.get(sl);
                    BondSlave fromSlave = sb == null ? new BondSlave(sl, null, null, null)
                            : new BondSlave(sl, sb.first(f -> f.slaveState), sb.first(f -> f.slaveMii),
                            MacAddresses.normalize(sb.first(f -> f.permanentMac)));
                    byName.merge(sl, fromSlave, TopologyMerger.Builder::mergeSlave);
                }
                String active = take("bond.activeSlave", f -> f.bondActiveSlave);
                if (active == null && ovsActive.get(name) != null) {
                    active = ovsActive.get(name);
                    provenance.put("bond.activeSlave", "Open vSwitch bond_active_slave, matched by MAC");
                }
                bond = new BondInfo(take("bond.mode", f -> f.bondMode), active,
                        take("bond.miiStatus", f -> f.bondMiiStatus), List.copyOf(byName.values()),
                        take("bond.activeAggregator", f -> f.bondActiveAggregator));
            }
            BridgeInfo bridge = null;
            if (kind.isSwitch()) {
                LinkedHashSet<String> allPorts = new LinkedHashSet<>();
                for (Sourced s : facts) {
                    allPorts.addAll(s.facts.bridgePorts);
                }
                allPorts.addAll(ports);
                bridge = new BridgeInfo(take("bridge.stp", f -> f.bridgeStp), List.copyOf(allPorts),
                        take("bridge.id", f -> f.bridgeId), take("bridge.vlanFiltering", f -> f.bridgeVlanFiltering));
            }
            VlanInfo vlan = null;
            if (kind == DeviceKind.VLAN) {
                Integer id = take("vlan.id", f -> f.vlanId);
                if (id == null) {
                    id = KindInference.vlanIdFromName(name);
                    if (id != null) {
                        provenance.put("vlan.id", "inferred from the NAME.ID convention");
                    }
                }
                vlan = new VlanInfo(id, take("vlan.protocol", f -> f.vlanProtocol), take("vlan.parent", f -> f.parent));
            }
            MacvtapInfo macvtap = null;
            if (kind == DeviceKind.MACVTAP) {
                String lower = take("macvtap.lower", f -> f.parent);
                if (lower == null) {
                    Integer idx = first(f -> f.parentIfindex);
                    lower = idx == null ? null : ifindexToName.get(idx);
                }
                macvtap = new MacvtapInfo(lower, take("macvtap.mode", f -> f.macvtapMode));
            }
            String peer = null;
            if (kind == DeviceKind.VETH) {
                peer = take("peer", f -> f.parent);
                if (peer == null) {
                    Integer idx = first(f -> f.parentIfindex);
                    String local = idx == null ? null : ifindexToName.get(idx);
                    // @ifN names a peer in this namespace only when that device points back at us
                    if (local != null && all.containsKey(local) && ifindex != null
                            && ifindex.equals(all.get(local).first(f -> f.parentIfindex))) {
                        peer = local;
                        provenance.put("peer", "matched by ifindex");
                    }
                }
            }
            if (peer == null) {
                peer = take("peer", f -> f.ovsPatchPeer);
            }
            boolean vnicTap = kind == DeviceKind.TAP
                    && (MacAddresses.isTapMac(mac) || (mac == null && VNET.matcher(name).matches()));
            return new Device(name, kind, mac, mtu, state, carrier, master, List.copyOf(addresses), flags, ifindex,
                    infoKind, bond, bridge, vlan, macvtap, peer, vnicTap, provenance, portVlan(all), ovsInterface(),
                    firstNonEmpty(f -> f.vfs), take("stats", f -> f.stats));
        }

        /**
         * OVS tag/trunks/vlan_mode, or a Linux bridge port's pvid/untagged/tagged; null when nothing
         * says. A Linux bridge that does not filter VLANs forwards every frame whatever its ports'
         * VLAN table says (the kernel keeps a default pvid 1 there): no VLANs are claimed for its ports.
         */
        private io.patchbay.model.PortVlan portVlan(Map<String, Builder> all) {
            Integer tag = take("vlan.tag", f -> f.portTag);
            List<Integer> trunks = firstNonEmpty("vlan.trunks", f -> f.portTrunks);
            String mode = take("vlan.mode", f -> f.portVlanMode);
            if (tag != null || !trunks.isEmpty() || mode != null) {
                return io.patchbay.model.PortVlan.ovs(tag, trunks, mode);
            }
            Builder bridgeOfPort = kind == DeviceKind.BRIDGE ? this : all.get(master);
            if (bridgeOfPort != null && Boolean.FALSE.equals(bridgeOfPort.first(f -> f.bridgeVlanFiltering))) {
                return null;
            }
            Integer pvid = take("vlan.pvid", f -> f.portPvid);
            List<Integer> untagged = firstNonEmpty("vlan.untagged", f -> f.portUntagged);
            List<Integer> tagged = firstNonEmpty("vlan.tagged", f -> f.portTagged);
            if (pvid != null || !untagged.isEmpty() || !tagged.isEmpty()) {
                return io.patchbay.model.PortVlan.linux(pvid, untagged, tagged);
            }
            return null;
        }

        private io.patchbay.model.OvsInterface ovsInterface() {
            String type = take("ovs.type", f -> f.ovsType);
            if (type == null) {
                return null;
            }
            return new io.patchbay.model.OvsInterface(type, take("ovs.remoteIp", f -> f.ovsRemoteIp),
                    take("ovs.tunnelKey", f -> f.ovsTunnelKey), take("ovs.attachedMac", f -> f.ovsAttachedMac));
        }

        <T> List<T> firstNonEmpty(String fact, Function<DeviceFacts, List<T>> field) {
            for (Sourced s : facts) {
                List<T> v = field.apply(s.facts);
                if (!v.isEmpty()) {
                    provenance.put(fact, s.origin);
                    return v;
                }
            }
            return List.of();
        }

        static BondSlave mergeSlave(BondSlave a, BondSlave b) {
            return new BondSlave(a.name(), a.state() != null ? a.state() : b.state(),
                    a.mii() != null ? a.mii() : b.mii(),
                    a.permanentMac() != null ? a.permanentMac() : b.permanentMac(),
                    a.aggregatorId() != null ? a.aggregatorId() : b.aggregatorId());
        }
    }
}
