package io.patchbay.model;

/** One slave of a bond. Fields a source cannot know are null. */
public record BondSlave(String name, String state, String mii, String permanentMac) {
}
