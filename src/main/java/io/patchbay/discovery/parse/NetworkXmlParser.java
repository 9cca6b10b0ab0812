package io.patchbay.discovery.parse;

import static io.patchbay.discovery.parse.DomainXmlParser.attr;
import static io.patchbay.discovery.parse.DomainXmlParser.child;
import static io.patchbay.discovery.parse.DomainXmlParser.children;
import static io.patchbay.discovery.parse.DomainXmlParser.text;

import io.patchbay.model.NetworkInfo;
import io.patchbay.model.NetworkPortgroup;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads one libvirt network XML ({@code virsh net-dumpxml}, {@code /etc/libvirt/qemu/networks/*.xml})
 * or a network status file ({@code <networkstatus>} around the network,
 * {@code /run/libvirt/network/*.xml}, which exists only while the network runs) into one
 * {@link NetworkInfo}: forward mode, bridge, forward devices, IP addresses, DHCP ranges,
 * portgroups and VLANs. Parsed as safely as domain XML (no DTD, no entities).
 */
public final class NetworkXmlParser implements OutputParser {

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        if (text.isBlank()) {
            throw new ParseException(origin, 0, "expected a libvirt network XML (<network> with a <name>), but the"
                    + " file is empty", (Throwable) null);
        }
        Element root = DomainXmlParser.read(text, origin).getDocumentElement();
        Element network;
        Boolean active = null;
        if ("networkstatus".equals(root.getNodeName())) {
            network = child(root, "network");
            active = Boolean.TRUE;
            if (network == null) {
                throw new ParseException(origin, DomainXmlParser.lineOf(text, "networkstatus"),
                        "expected a <network> element inside <networkstatus>", (Throwable) null);
            }
        } else if ("network".equals(root.getNodeName())) {
            network = root;
        } else {
            throw new ParseException(origin, DomainXmlParser.lineOf(text, root.getNodeName()), "expected <network> or"
                    + " <networkstatus> as the root element, found <" + root.getNodeName() + ">", (Throwable) null);
        }
        String name = text(child(network, "name"));
        if (name == null) {
            throw new ParseException(origin, DomainXmlParser.lineOf(text, "network"),
                    "expected a <name> element with the network's name inside <network>", (Throwable) null);
        }
        Observation obs = new Observation(origin);
        String where = origin + ": network " + name;
        Element forward = child(network, "forward");
        String mode = forward == null ? null : attr(forward, "mode");
        if (forward != null && mode == null) {
            mode = "nat"; // libvirt: <forward/> without a mode is NAT
        }
        List<String> devices = new ArrayList<>();
        if (forward != null) {
            String dev = attr(forward, "dev");
            if (dev != null) {
                devices.add(dev);
            }
            for (Element iface : children(forward, "interface")) {
                String d = attr(iface, "dev");
                if (d != null && !devices.contains(d)) {
                    devices.add(d);
                }
            }
            for (Element address : children(forward, "address")) {
                String pci = DomainXmlParser.pci(address, where + ", forward address", obs);
                if (pci != null) {
                    devices.add(pci);
                }
            }
            Element pf = child(forward, "pf");
            if (pf != null && attr(pf, "dev") != null && !devices.contains(attr(pf, "dev"))) {
                devices.add(attr(pf, "dev"));
            }
        }
        List<String> addresses = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (Element ip : children(network, "ip")) {
            String address = attr(ip, "address");
            Integer prefix = prefix(ip, where, obs);
            if (address != null) {
                addresses.add(prefix == null ? address : address + "/" + prefix);
            }
            Element dhcp = child(ip, "dhcp");
            if (dhcp != null) {
                for (Element range : children(dhcp, "range")) {
                    String start = attr(range, "start");
                    String end = attr(range, "end");
                    if (start != null && end != null) {
                        ranges.add(start + "-" + end);
                    }
                }
            }
        }
        List<NetworkPortgroup> portgroups = new ArrayList<>();
        for (Element pg : children(network, "portgroup")) {
            String pgName = attr(pg, "name");
            if (pgName == null) {
                obs.warn(where + ": a portgroup without a name; left out");
                continue;
            }
            portgroups.add(new NetworkPortgroup(pgName, "yes".equals(attr(pg, "default")),
                    DomainXmlParser.vlan(child(pg, "vlan"), where + ", portgroup " + pgName, obs)));
        }
        obs.addNetwork(new NetworkInfo(name, mode, attr(child(network, "bridge"), "name"), devices, addresses, ranges,
                portgroups, DomainXmlParser.vlan(child(network, "vlan"), where, obs),
                attr(child(network, "virtualport"), "type"), active, null));
        return obs;
    }

    /** {@code prefix='24'}, else {@code netmask='255.255.255.0'} as a prefix length; null when neither is usable. */
    private static Integer prefix(Element ip, String where, Observation obs) {
        String prefix = attr(ip, "prefix");
        if (prefix != null) {
            Integer p = TextScan.parseNonNegativeInt(prefix);
            if (p == null || p > 128) {
                obs.warn(where + ": ip prefix '" + TextScan.quote(prefix) + "' is not a prefix length; left out");
                return null;
            }
            return p;
        }
        String netmask = attr(ip, "netmask");
        if (netmask == null) {
            return null;
        }
        Integer p = netmaskPrefix(netmask);
        if (p == null) {
            obs.warn(where + ": ip netmask '" + TextScan.quote(netmask) + "' is not a netmask; left out");
        }
        return p;
    }

    /** 255.255.255.0 as 24; null when it is not four octets of contiguous ones. */
    static Integer netmaskPrefix(String netmask) {
        String[] parts = netmask.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long bits = 0;
        for (String part : parts) {
            Integer octet = part.length() > 3 ? null : TextScan.parseNonNegativeInt(part);
            if (octet == null || octet > 255) {
                return null;
            }
            bits = bits << 8 | octet;
        }
        int ones = Long.bitCount(bits);
        long expected = ones == 0 ? 0 : (0xFFFFFFFFL << (32 - ones)) & 0xFFFFFFFFL;
        return bits == expected ? ones : null;
    }
}
