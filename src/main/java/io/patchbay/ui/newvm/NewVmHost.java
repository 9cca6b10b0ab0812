package io.patchbay.ui.newvm;

import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import java.util.List;

/**
 * A connected libvirt host a new VM can be made on: its label in the host list, its URI, its
 * shut-off domains (the templates) and every domain's name (for snapshots and name clashes).
 */
public record NewVmHost(String label, String uri, List<String> templates, List<String> domains) {
    public NewVmHost {
        templates = List.copyOf(templates);
        domains = List.copyOf(domains);
    }

    /** From the host's latest snapshot: shut-off domains are offered as templates. */
    public static NewVmHost of(String label, String uri, HostTopology t) {
        List<String> all = t.vms().stream().map(Vm::name).sorted().toList();
        List<String> off = t.vms().stream().filter(v -> "shut off".equals(v.state())).map(Vm::name).sorted().toList();
        return new NewVmHost(label, uri, off, all);
    }

    @Override
    public String toString() {
        return label;
    }
}
