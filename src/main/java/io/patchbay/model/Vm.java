package io.patchbay.model;

import java.util.List;

/** A virtual machine on a host. {@code state}: running, paused, shut off, ... as virsh prints it. */
public record Vm(String name, String uuid, String state, Integer id, Boolean persistent, List<Vnic> vnics,
                 String origin) {
    public Vm {
        vnics = vnics == null ? List.of() : List.copyOf(vnics);
    }
}
