package io.patchbay.model;

/** 802.1Q/802.1ad VLAN: id, protocol (e.g. 802.1Q) and parent device. */
public record VlanInfo(Integer id, String protocol, String parent) {
}
