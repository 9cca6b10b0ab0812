package io.patchbay.ui.settings;

import io.patchbay.ui.common.SentenceText;
import io.patchbay.core.PatchbayException;
import io.patchbay.settings.RememberedHost;
import io.patchbay.ui.hosts.HostEntry;
import io.patchbay.ui.hosts.HostRequest;
import io.patchbay.ui.main.MainViewModel;
import java.util.ArrayList;
import java.util.List;

/** The hosts added in the window as the console remembers them, and back. */
final class RememberedHosts {
    private RememberedHosts() {
    }

    /** Every host of the list that was added from a request, in list order. */
    static List<RememberedHost> of(MainViewModel vm) {
        List<RememberedHost> out = new ArrayList<>();
        for (HostEntry e : vm.hosts().hosts()) {
            HostRequest r = vm.hostRequests().get(e);
            if (r != null) {
                out.add(new RememberedHost(r.name(), r.sshTarget(), r.libvirtUri(), r.identity()));
            }
        }
        return out;
    }

    static HostRequest request(RememberedHost h) {
        return new HostRequest(h.label(), h.sshTarget(), h.libvirtUri(), h.identity());
    }

    /**
     * Adds the remembered hosts; each connects in the background (an unknown host key asks, as
     * for a host added by hand). One that cannot be added any more is told in the journal.
     */
    static void restore(List<RememberedHost> hosts, MainViewModel vm) {
        for (RememberedHost h : hosts) {
            HostRequest r = request(h);
            try {
                vm.addHost(r);
            } catch (PatchbayException e) {
                vm.journal().add(r.label(), "error", SentenceText.of(e.sentence()));
            }
        }
    }
}
