package io.patchbay.cli;

import io.patchbay.console.ConnectionOptions;
import io.patchbay.console.HostConnections;
import io.patchbay.console.MachineKey;
import io.patchbay.console.MachineSources;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.capture.CaptureSource;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.libvirt.LibvirtUri;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the hosts given on the command line into sources. */
final class SourceFactory {
    /** One terminal prompt and one memory for every SSH host of the run: a passphrase is asked once. */
    private final HostConnections connections;

    SourceFactory(ConnectionOptions options) {
        this.connections = HostConnections.commandLine(options, TerminalCredentialPrompt.credentials());
    }

    HostSource create(HostSpec host) throws PatchbayException {
        List<Path> captures = new ArrayList<>();
        List<HostSpec.Source> live = new ArrayList<>();
        for (HostSpec.Source s : host.sources) {
            if (s.type() == HostSpec.Type.CAPTURE) {
                s.files().forEach(f -> captures.add(Path.of(f)));
            } else {
                live.add(s);
            }
        }
        if (!captures.isEmpty() && !live.isEmpty()) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("cli.host.capturesAndLive", label(host)));
        }
        if (!captures.isEmpty()) {
            return new CaptureSource(host.name, captures);
        }
        List<HostSpec.Source> libvirt = live.stream().filter(s -> s.type() == HostSpec.Type.LIBVIRT).toList();
        List<HostSpec.Source> devices = live.stream().filter(s -> s.type() != HostSpec.Type.LIBVIRT).toList();
        if (devices.size() > 1) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("cli.host.oneDevice", label(host)));
        }
        if (libvirt.size() > 1) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("cli.host.oneLibvirt", label(host)));
        }
        HostSpec.Source device = devices.isEmpty() ? null : devices.get(0);
        LibvirtUri uri = libvirt.isEmpty() ? null : connections.libvirtUri(libvirt.get(0).value());
        MachineSources m;
        if (device != null && device.type() == HostSpec.Type.LOCAL) {
            m = new MachineSources(host.name, MachineSources.Devices.LOCAL, null, uri, List.of());
        } else {
            m = MachineSources.of(host.name, device == null ? null : SshTarget.parse(device.value()), uri);
        }
        return connections.machine(m, connections.options().timeout());
    }

    /**
     * Unnamed hosts given as {@code --ssh [user@]H[:port]} and {@code --libvirt ...://[user@]H/...}
     * are one host H: the libvirt source joins the SSH one (docs/CLI.md: they merge into one host); an
     * unnamed {@code --local} and a local daemon's URI are this computer, one host too. The rule is
     * {@link MachineKey}'s, the console's too.
     */
    static List<HostSpec> mergeSameHost(List<HostSpec> hosts) {
        List<HostSpec> out = new ArrayList<>();
        for (HostSpec h : hosts) {
            if (h.name == null && h.sources.size() == 1 && h.sources.get(0).type() == HostSpec.Type.LIBVIRT) {
                Optional<MachineKey> machine = MachineKey.ofLibvirt(h.sources.get(0).value());
                HostSpec partner = machine.isEmpty() ? null : out.stream()
                        .filter(o -> o.name == null && o.sources.size() == 1 && machine.equals(deviceMachine(o.sources.get(0))))
                        .findFirst().orElse(null);
                if (partner != null) {
                    partner.sources.add(h.sources.get(0));
                    continue;
                }
            }
            out.add(h);
        }
        return out;
    }

    /** The machine a device source reads (this computer for --local), empty for anything else. */
    private static Optional<MachineKey> deviceMachine(HostSpec.Source s) {
        return switch (s.type()) {
            case LOCAL -> Optional.of(MachineKey.thisComputer());
            case SSH -> MachineKey.ofSsh(s.value());
            case LIBVIRT, CAPTURE -> Optional.empty();
        };
    }

    private static String label(HostSpec h) {
        return h.name == null ? "(unnamed)" : h.name;
    }
}
