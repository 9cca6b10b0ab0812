package io.patchbay.ui.inspector;

/**
 * One line of the inspector: a label key of the string bundle, the value, and where it came from.
 * A section line heads the facts of one subject part (a vNIC as libvirt has it, its tap as the
 * kernel has it): its label key names the part, its value the thing, its source the view.
 */
public record Fact(String labelKey, String value, String source, boolean section) {
    public Fact(String labelKey, String value, String source) {
        this(labelKey, value, source, false);
    }

    /** A section heading: {@code labelKey} names the part, {@code value} the thing, {@code source} where from. */
    public static Fact section(String labelKey, String value, String source) {
        return new Fact(labelKey, value, source, true);
    }
}
