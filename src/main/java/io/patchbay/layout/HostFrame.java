package io.patchbay.layout;

/** The band one host occupies; hosts sit side by side. */
public record HostFrame(String host, double x, double y, double width, double height) {
}
