package io.patchbay.model;

/** A macvtap/macvlan device: its lower device and mode (bridge, vepa, private, passthru). */
public record MacvtapInfo(String lower, String mode) {
}
