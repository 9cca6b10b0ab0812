package io.patchbay.ops;

/**
 * One libvirt call of a plan.
 *
 * @param action       attach, update or detach of one device
 * @param flags        libvirt's VIR_DOMAIN_AFFECT_* flags: {@link #LIVE} and/or {@link #CONFIG}
 * @param xml          the exact {@code <interface>} XML sent
 * @param previousXml  for an update: the interface as it was (the undo sends it back); else null
 * @param redefine     the driver has no device calls: the persistent domain XML is redefined with
 *                     this change instead
 * @param liveAddress  the XML gets the PCI address the live attach of the same plan assigned (so
 *                     live and config agree), filled in when the step runs
 */
public record Step(Action action, int flags, String xml, String previousXml, boolean redefine, boolean liveAddress) {
    /** VIR_DOMAIN_AFFECT_LIVE. */
    public static final int LIVE = 1;
    /** VIR_DOMAIN_AFFECT_CONFIG. */
    public static final int CONFIG = 2;

    /** The libvirt call a step makes. */
    public enum Action { ATTACH, UPDATE, DETACH }

    /** The step that takes this one back. */
    public Step undo() {
        return switch (action) {
            case ATTACH -> new Step(Action.DETACH, flags, xml, null, redefine, false);
            case DETACH -> new Step(Action.ATTACH, flags, xml, null, redefine, false);
            case UPDATE -> new Step(Action.UPDATE, flags, previousXml, xml, redefine, false);
        };
    }

    /** "live", "config" or "live+config". */
    public String scopeWord() {
        return (flags & LIVE) != 0 ? ((flags & CONFIG) != 0 ? "live+config" : "live") : "config";
    }

    /** One line: what this step calls. */
    public String describe() {
        if (redefine) {
            String verb = action == Action.ATTACH ? "add the interface to" : action == Action.DETACH
                    ? "remove the interface from" : "replace the interface in";
            return "redefine the persistent domain XML: " + verb + " it (the driver has no device calls)";
        }
        String call = action == Action.ATTACH ? "attachDeviceFlags" : action == Action.UPDATE
                ? "updateDeviceFlags" : "detachDeviceFlags";
        String f = (flags & LIVE) != 0 && (flags & CONFIG) != 0 ? "AFFECT_LIVE|AFFECT_CONFIG"
                : (flags & LIVE) != 0 ? "AFFECT_LIVE" : "AFFECT_CONFIG";
        return call + "(xml, " + f + "=" + flags + ")" + (liveAddress ? " with the PCI address the live attach assigned" : "");
    }
}
