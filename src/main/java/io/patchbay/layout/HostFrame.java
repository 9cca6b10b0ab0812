package io.patchbay.layout;

/** The box one host occupies; hosts sit in a grid ({@link HostGrid}). */
public record HostFrame(String host, double x, double y, double width, double height) {
}
