package io.patchbay.cli;

import io.patchbay.console.ConnectionOptions;
import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.FleetDiscovery;
import io.patchbay.discovery.HostSource;
import io.patchbay.export.TopologyDot;
import io.patchbay.export.TopologyPng;
import io.patchbay.export.TopologySvg;
import io.patchbay.layout.LayeredLayout;
import io.patchbay.layout.Layout;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.export.TopologyJson;
import io.patchbay.export.TopologyText;
import io.patchbay.model.HostTopology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code patchbay topology SOURCE... [--format json|text|dot|svg|png] [--output FILE]} (docs/CLI.md). */
@Command(name = "topology", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads hosts and prints their L2 topology.",
                "Sources that follow one --name form one host; without --name each source is its own host."})
public final class TopologyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PatchbayCommand parent;

    private final List<HostSpec> hosts = new ArrayList<>();
    private HostSpec named;
    private int capturesSeen;

    @Option(names = "--local", description = "This machine, no SSH.")
    void local(boolean on) {
        if (on) { // picocli also calls option setters with their default value
            add(HostSpec.Type.LOCAL, null, List.of());
        }
    }

    @Option(names = "--ssh", paramLabel = "TARGET", description = "[user@]host[:port] or an alias from ~/.ssh/config.")
    void ssh(String target) {
        if (target != null) {
            add(HostSpec.Type.SSH, target, List.of());
        }
    }

    @Option(names = "--libvirt", paramLabel = "URI", description = "A libvirt URI (the libvirt features need libvirt installed).")
    void libvirt(String uri) {
        if (uri != null) {
            add(HostSpec.Type.LIBVIRT, uri, List.of());
        }
    }

    @Option(names = "--capture", arity = "1..*", paramLabel = "FILE|DIR",
            description = "Saved outputs (ip, brctl, bridge -j, bonding, domain XML, virsh list) or a sosreport directory.")
    void capture(List<String> files) {
        // picocli hands a multi-value option setter every value given so far: take only the new ones
        if (files != null && files.size() > capturesSeen) {
            add(HostSpec.Type.CAPTURE, null, List.copyOf(files.subList(capturesSeen, files.size())));
            capturesSeen = files.size();
        }
    }

    @Option(names = "--name", paramLabel = "NAME", description = "The host's display name for the sources that follow.")
    void name(String name) {
        if (name != null) {
            named = new HostSpec(name);
            hosts.add(named);
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "json, text, dot, svg or png (png needs --output) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "OpenSSH known_hosts (default ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--accept-new-host-key", description = "Trust and store a first-seen host key (never a changed one).")
    boolean acceptNewHostKey;

    @Option(names = {"-i", "--identity"}, paramLabel = "FILE", description = "A private key for SSH (repeatable).")
    List<Path> identities = new ArrayList<>();

    @Option(names = "--ssh-config", paramLabel = "FILE", description = "OpenSSH client config (default ~/.ssh/config).")
    Path sshConfig;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Per-host time limit for connecting and reading (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8", description = "Hosts read at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    private void add(HostSpec.Type type, String value, List<String> files) {
        HostSpec h = named;
        if (h == null) {
            h = new HostSpec(null);
            hosts.add(h);
        }
        h.sources.add(new HostSpec.Source(type, value, files));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean json = "json".equals(format);
        if (!List.of("json", "text", "dot", "svg", "png").contains(format)) {
            return fail(2, "unknown --format '" + format + "': expected json, text, dot, svg or png", json);
        }
        if ("png".equals(format) && output == null) {
            return fail(2, "--format png writes a binary image: give --output FILE", json);
        }
        List<HostSpec> given = SourceFactory.mergeSameHost(hosts.stream().filter(h -> !h.sources.isEmpty()).toList());
        if (given.isEmpty()) {
            return fail(2, "no source given: use --local, --ssh TARGET, --libvirt URI or --capture FILE...", json);
        }
        for (HostSpec h : hosts) {
            if (h.sources.isEmpty()) {
                return fail(2, "--name " + h.name + " is not followed by any source", json);
            }
        }
        SourceFactory factory = new SourceFactory(new ConnectionOptions(knownHosts, acceptNewHostKey,
                identities, sshConfig, Duration.ofSeconds(timeoutSeconds)));
        List<HostSource> sources = new ArrayList<>();
        try {
            for (HostSpec h : given) {
                sources.add(factory.create(h));
            }
        } catch (PatchbayException e) {
            sources.forEach(HostSource::close);
            return fail(ExitCodes.of(e), e.getMessage(), json);
        }
        List<HostTopology> read = new ArrayList<>();
        int exit = 0;
        try (FleetDiscovery fleet = new FleetDiscovery(parallel, Duration.ofSeconds(timeoutSeconds + 5L))) {
            for (FleetDiscovery.Result r : fleet.refreshAll(sources)) {
                if (r.ok()) {
                    read.add(r.topology());
                } else {
                    err.println("patchbay: " + r.error().getMessage());
                    if (exit == 0) {
                        exit = ExitCodes.of(r.error());
                    }
                }
            }
        } finally {
            sources.forEach(HostSource::close);
        }
        err.flush();
        if (read.isEmpty()) {
            if (json) {
                spec.commandLine().getOut().print(TopologyJson.error(exit, "no host could be read"));
                spec.commandLine().getOut().flush();
            }
            return exit;
        }
        String text;
        switch (format) {
            case "png":
            case "svg":
                TopologyGraph graph = TopologyGraph.of(read, Set.of());
                Layout layout = LayeredLayout.compute(graph.graph());
                if ("svg".equals(format)) {
                    text = TopologySvg.write(graph, layout);
                    break;
                }
                try {
                    Files.write(output, TopologyPng.write(graph, layout, TopologyPng.scaleFor(layout, 1.0)));
                } catch (IOException e) {
                    return fail(1, "cannot write " + output + ": " + e.getMessage(), false);
                }
                return exit;
            case "json":
                text = TopologyJson.write(read);
                break;
            case "dot":
                text = TopologyDot.write(read);
                break;
            default:
                text = TopologyText.write(read);
        }
        if (output != null) {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return fail(1, "cannot write " + output + ": " + e.getMessage(), false);
            }
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return exit;
    }

    private int fail(int code, String message, boolean json) {
        spec.commandLine().getErr().println("patchbay: " + message);
        spec.commandLine().getErr().flush();
        if (json) {
            spec.commandLine().getOut().print(TopologyJson.error(code, message));
            spec.commandLine().getOut().flush();
        }
        return code;
    }
}
