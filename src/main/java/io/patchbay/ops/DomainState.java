package io.patchbay.ops;

/**
 * One domain as the planner needs it: its live XML (null when shut off) and its persistent XML
 * (null when transient), exactly as libvirt returned them.
 */
public record DomainState(String name, String uuid, boolean running, boolean persistent, String liveXml,
                          String configXml) {
}
