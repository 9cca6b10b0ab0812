package io.patchbay.model;

/**
 * One SR-IOV virtual function as its physical function reports it ({@code ip link} "vf N" lines,
 * {@code ip -j -d link} vfinfo_list). Null where the output does not say.
 *
 * @param spoofCheck spoof checking on/off
 * @param linkState  auto, enable or disable
 */
public record VirtualFunction(int vf, String mac, Integer vlan, Integer qos, Boolean spoofCheck, String linkState,
                              Boolean trust) {
}
