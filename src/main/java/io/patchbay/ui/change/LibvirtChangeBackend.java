package io.patchbay.ui.change;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.HostSource;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.ops.DeviceXml;
import io.patchbay.ops.DomainDevices;
import io.patchbay.ops.HostBridgeReads;
import io.patchbay.ops.HostTapVerifier;
import io.patchbay.ops.Journal;
import io.patchbay.ops.LibvirtDomainDevices;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;
import io.patchbay.ops.PoolMacSupply;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ops.VnicService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * The console's changes through libvirt, built as the CLI builds them: the host's libvirt connection,
 * the other connected libvirt hosts as peers, the MAC pools and the journal of the console home, and
 * the tap check when the host's devices are also read (locally or over SSH).
 */
public final class LibvirtChangeBackend implements ChangeBackend {
    private final Supplier<Path> home;

    /** @param home the console home (journal and MAC pools), asked at each change */
    public LibvirtChangeBackend(Supplier<Path> home) {
        this.home = home;
    }

    @Override
    public Session open(ChangeTarget target, List<ChangeTarget> peers) throws PatchbayException {
        List<DomainDevices> opened = new ArrayList<>();
        try {
            HostSource reader = target.hostReader().get();
            HostBridgeReads reads = reader == null ? null : new HostBridgeReads(reader);
            DomainDevices devices = new LibvirtDomainDevices(target.uri(), reads == null ? null : reads::bridges,
                    reads == null ? null : reads::ovsBridges);
            opened.add(devices);
            List<DomainDevices> peerDevices = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(target.uri()));
            for (ChangeTarget p : peers) {
                if (seen.add(p.uri())) {
                    DomainDevices d = new LibvirtDomainDevices(p.uri(), null);
                    opened.add(d);
                    peerDevices.add(d);
                }
            }
            Path dir = home.get();
            PoolMacSupply macs = new PoolMacSupply(new MacPoolStore(dir));
            VnicService service = new VnicService(devices, target.host(), peerDevices, macs,
                    reader == null ? null : new HostTapVerifier(reader), new Journal(dir), null);
            return new LibvirtSession(service, devices, macs, opened);
        } catch (PatchbayException | RuntimeException e) {
            opened.forEach(DomainDevices::close);
            throw e;
        }
    }

    private record LibvirtSession(VnicService service, DomainDevices devices, PoolMacSupply macs,
                                  List<DomainDevices> opened) implements Session {
        @Override
        public Plan plan(VnicIntent intent) throws PatchbayException {
            return service.plan(intent, false);
        }

        @Override
        public Outcome apply(Plan plan) throws PatchbayException {
            return service.apply(plan);
        }

        @Override
        public void discard(Plan plan) throws PatchbayException {
            if (plan.kind() == Plan.Kind.ADD && plan.pool() != null) {
                macs.release(plan.pool(), plan.mac());
            }
        }

        @Override
        public String interfaceXml(String vm, String mac) throws PatchbayException {
            String xml = devices.liveXml(vm);
            if (xml == null) {
                xml = devices.configXml(vm);
            }
            if (xml == null) {
                return null;
            }
            Element e = DeviceXml.interfaceByMac(DeviceXml.parse(xml, "the XML of VM " + vm), mac);
            return e == null ? null : DeviceXml.write(e);
        }

        @Override
        public void close() {
            opened.forEach(DomainDevices::close);
        }
    }
}
