package io.patchbay.layout;

/** An edge between two node ids; {@code kind} is a free label (port, slave, vlan, lower, vnic). */
public record LayoutEdge(String from, String to, String kind) {
}
