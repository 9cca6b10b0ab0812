package io.patchbay.ui.inspector;

/** One line of the inspector: a label key of the string bundle, the value, and where it came from. */
public record Fact(String labelKey, String value, String source) {
}
