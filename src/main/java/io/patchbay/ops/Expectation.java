package io.patchbay.ops;

/**
 * What the verify step must find in one definition (live or persistent) after a plan ran.
 *
 * @param present    the interface with the plan's MAC is there (false: it is gone)
 * @param sourceType bridge or network, or null to not check
 * @param source     bridge or network name, or null to not check
 * @param link       up or down, or null to not check
 * @param pci        the PCI address it must keep, or null to not check
 * @param target     the tap it must keep (no unplug), or null to not check
 * @param vlan       the {@code <vlan>} it must have (NONE: none), or null to not check
 */
public record Expectation(boolean present, String sourceType, String source, String link, String pci, String target,
                          VlanRequest vlan) {
    /** An expectation that does not check the VLAN. */
    public Expectation(boolean present, String sourceType, String source, String link, String pci, String target) {
        this(present, sourceType, source, link, pci, target, null);
    }

    public static Expectation absent() {
        return new Expectation(false, null, null, null, null, null);
    }
}
