package io.patchbay.discovery.capture;

import io.patchbay.discovery.parse.BondingParser;
import io.patchbay.discovery.parse.BrctlShowParser;
import io.patchbay.discovery.parse.BridgeJsonParser;
import io.patchbay.discovery.parse.BridgeVlanJsonParser;
import io.patchbay.discovery.parse.BridgeVlanTextParser;
import io.patchbay.discovery.parse.DomainXmlParser;
import io.patchbay.discovery.parse.HostnameParser;
import io.patchbay.discovery.parse.IpJsonParser;
import io.patchbay.discovery.parse.IpTextParser;
import io.patchbay.discovery.parse.NetworkXmlParser;
import io.patchbay.discovery.parse.OutputParser;
import io.patchbay.discovery.parse.OvsBondShowParser;
import io.patchbay.discovery.parse.OvsDbJsonParser;
import io.patchbay.discovery.parse.OvsShowParser;
import io.patchbay.discovery.parse.VirshListParser;

/** The standard parser for each kind of capture: the one place that maps kinds to parsers. */
public final class CaptureParsers {
    private CaptureParsers() {
    }

    /** @see ParserFactory#parserFor */
    public static OutputParser standard(CaptureKind kind, String bondName) {
        return switch (kind) {
            case IP_JSON -> new IpJsonParser();
            case BRIDGE_JSON -> new BridgeJsonParser();
            case BRIDGE_VLAN_JSON -> new BridgeVlanJsonParser();
            case BRIDGE_VLAN_TEXT -> new BridgeVlanTextParser();
            case IP_TEXT -> new IpTextParser();
            case BRCTL_SHOW -> new BrctlShowParser();
            case BONDING -> new BondingParser(bondName);
            case DOMAIN_XML, DOMSTATUS_XML -> new DomainXmlParser();
            case NETWORK_XML -> new NetworkXmlParser();
            case VIRSH_LIST -> new VirshListParser();
            case HOSTNAME -> new HostnameParser();
            case OVSDB_JSON -> new OvsDbJsonParser();
            case OVS_SHOW -> new OvsShowParser();
            case OVS_BOND_SHOW -> new OvsBondShowParser();
        };
    }
}
