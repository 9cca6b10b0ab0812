package io.patchbay.libvirt;

/**
 * One way a vNIC's live state differs from its persistent (config) definition, matched by MAC:
 * e.g. field "source", live "pbbr1", config "pbbr0" ("live on pbbr1, config still pbbr0"). A
 * vNIC only in one of them has field "presence" ("live only" / "config only").
 */
public record VnicDrift(String vm, String mac, String field, String live, String config) {
    /** One sentence for people: "web1 52:54:00:..: source live pbbr1, config still pbbr0". */
    public String describe() {
        if ("presence".equals(field)) {
            return vm + " " + mac + ": " + (live != null ? "attached live only, not in the config"
                    : "in the config only, not attached live");
        }
        return vm + " " + mac + ": " + field + " live " + (live == null ? "(none)" : live)
                + ", config still " + (config == null ? "(none)" : config);
    }
}
