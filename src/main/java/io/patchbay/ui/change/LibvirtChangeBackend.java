package io.patchbay.ui.change;

import io.patchbay.console.HostConnections;
import io.patchbay.console.VnicChanges;
import io.patchbay.core.PatchbayException;
import io.patchbay.ops.DeviceXml;
import io.patchbay.ops.DomainDevices;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;
import io.patchbay.ops.PoolMacSupply;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ops.VnicService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * The console's changes through libvirt, built as the CLI builds them: the host's libvirt connection,
 * the other connected libvirt hosts as peers, the MAC pools and the journal of the console home, and
 * the tap check when the host's devices are also read (locally or over SSH).
 */
public final class LibvirtChangeBackend implements ChangeBackend {
    private final Supplier<Path> home;
    private final HostConnections connections;

    /**
     * @param home        the console home (journal and MAC pools), asked at each change
     * @param connections how the console connects to its hosts
     */
    public LibvirtChangeBackend(Supplier<Path> home, HostConnections connections) {
        this.home = home;
        this.connections = connections;
    }

    @Override
    public Session open(ChangeTarget target, List<ChangeTarget> peers) throws PatchbayException {
        VnicChanges changes = VnicChanges.open(connections, target.host(), target.uri(), target.hostReader().get(),
                peers.stream().map(ChangeTarget::uri).toList(), home.get(), null);
        return new LibvirtSession(changes.service(), changes.devices(), changes.macs(), changes);
    }

    private record LibvirtSession(VnicService service, DomainDevices devices, PoolMacSupply macs,
                                  VnicChanges opened) implements Session {
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
            opened.close();
        }
    }
}
