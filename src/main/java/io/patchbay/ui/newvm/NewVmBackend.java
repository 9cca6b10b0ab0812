package io.patchbay.ui.newvm;

import io.patchbay.console.HostConnections;
import io.patchbay.core.PatchbayException;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtDomains;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacPools;
import io.patchbay.newvm.NewVmMaker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the new-VM dialog asks of libvirt and the MAC pools; every call blocks (run it off the FX thread). */
public interface NewVmBackend {
    /** The names of the console home's MAC pools, {@link MacPools#DEFAULT} first (made on first use). */
    List<String> pools() throws PatchbayException;

    /** The snapshots of domain {@code vm}. */
    List<String> snapshots(String uri, String vm) throws PatchbayException;

    /** Plans (a dry run) or makes the new VM. */
    NewVmMaker.Result make(String uri, NewVmSource source, NewVmMaker.Request request) throws PatchbayException;

    /** The real one: a libvirt connection per call, the MAC pools of {@code home}. */
    static NewVmBackend libvirt(Path home) {
        return libvirt(home, HostConnections.plain());
    }

    /** The real one, connecting as {@code connections} say. */
    static NewVmBackend libvirt(Path home, HostConnections connections) {
        MacPoolStore store = new MacPoolStore(home);
        return new NewVmBackend() {
            @Override
            public List<String> pools() throws PatchbayException {
                List<String> out = new ArrayList<>(List.of(MacPools.DEFAULT));
                for (MacPool p : store.read().all()) {
                    if (!out.contains(p.name())) {
                        out.add(p.name());
                    }
                }
                return out;
            }

            @Override
            public List<String> snapshots(String uri, String vm) throws PatchbayException {
                try (LibvirtConnection c = connections.libvirt(uri)) {
                    return LibvirtDomains.over(c).snapshotNames("listing the snapshots of " + vm, vm);
                }
            }

            @Override
            public NewVmMaker.Result make(String uri, NewVmSource source, NewVmMaker.Request request) throws PatchbayException {
                try (LibvirtConnection c = connections.libvirt(uri)) {
                    NewVmMaker maker = new NewVmMaker(c, store);
                    return source.snapshot() == null ? maker.fromTemplate(source.domain(), request)
                            : maker.fromSnapshot(source.domain(), source.snapshot(), request);
                }
            }
        };
    }
}
