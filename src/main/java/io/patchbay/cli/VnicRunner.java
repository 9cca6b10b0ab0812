package io.patchbay.cli;

import io.patchbay.console.ConsoleHome;
import io.patchbay.console.HostConnections;
import io.patchbay.console.VnicChanges;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.HostSource;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.export.TopologyJson;
import io.patchbay.ops.Executor;
import io.patchbay.ops.LiveLimit;
import io.patchbay.ops.Outcome;
import io.patchbay.ops.Plan;
import io.patchbay.ops.PlanJson;
import io.patchbay.ops.PlanText;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ops.VnicService;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;

/** Runs one {@code vnic} subcommand: connect, plan, print; unless a dry run, apply and report. */
final class VnicRunner {
    /** Tests: called before each step (e.g. to cut the connection mid-plan). */
    static Executor.StepHook stepHook;

    private static final Duration HOST_READ_TIMEOUT = Duration.ofSeconds(20);

    private VnicRunner() {
    }

    interface IntentMaker {
        VnicIntent make(ScopeRequest scope) throws PatchbayException;
    }

    static int run(CommandLine cmd, String homeOption, VnicOptions o, boolean dryRun, IntentMaker maker) {
        boolean json = "json".equals(o.format);
        if (!json && !"text".equals(o.format)) {
            return fail(cmd, 2, "unknown --format '" + o.format + "': expected text or json", false);
        }
        Path home = ConsoleHome.resolve(homeOption, System.getenv());
        VnicChanges changes = null;
        HostSource hostSource = null;
        try {
            VnicIntent intent = maker.make(new ScopeRequest(o.live, o.config));
            HostConnections connections = HostConnections.commandLine(o.connection(HOST_READ_TIMEOUT),
                    TerminalCredentialPrompt.credentials());
            hostSource = hostSource(o, connections);
            changes = VnicChanges.open(connections, hostName(o), o.uri, hostSource, o.peers, home, stepHook);
            VnicService service = changes.service();
            Plan plan = service.plan(intent, dryRun);
            PrintWriter out = cmd.getOut();
            if (plan.liveLimit() == LiveLimit.REPLUG) {
                cmd.getErr().println("patchbay: note: this move is a replug: the guest sees the NIC go and come back"
                        + " (same MAC, model and PCI address); libvirt cannot move it live with Open vSwitch on either"
                        + " side");
                cmd.getErr().flush();
            }
            if (dryRun) {
                out.print(json ? PlanJson.write(plan, null) : PlanText.write(plan) + "Dry run: nothing was changed.\n");
                out.flush();
                return 0;
            }
            Outcome outcome = service.apply(plan);
            if (outcome.journalProblem() != null) {
                cmd.getErr().println("patchbay: warning: the journal could not be written: " + outcome.journalProblem());
                cmd.getErr().flush();
            }
            if (outcome.ok() || outcome.removalPending()) {
                if (json) {
                    out.print(PlanJson.write(plan, outcome));
                } else {
                    out.println(outcome.message());
                    if (outcome.tap() != null || outcome.pci() != null) {
                        out.println("vNIC " + plan.mac() + (outcome.tap() == null ? "" : ": tap " + outcome.tap())
                                + (outcome.pci() == null ? "" : ", PCI " + outcome.pci()));
                    }
                }
                out.flush();
                if (outcome.removalPending()) {
                    cmd.getErr().println("patchbay: " + outcome.message());
                    cmd.getErr().flush();
                }
                return ExitCodes.of(outcome);
            }
            return fail(cmd, ExitCodes.of(outcome), outcome.message(), json);
        } catch (PatchbayException e) {
            return fail(cmd, ExitCodes.of(e), e.getMessage(), json);
        } finally {
            if (changes != null) {
                changes.close();
            }
            if (hostSource != null) {
                hostSource.close();
            }
        }
    }

    /** The host read beside libvirt: over --ssh, or this machine for a local URI; else none. */
    private static HostSource hostSource(VnicOptions o, HostConnections connections) throws PatchbayException {
        if (o.ssh != null) {
            return connections.ssh(hostName(o), SshTarget.parse(o.ssh));
        }
        return isLocal(o.uri) ? new LocalSource(hostName(o), HOST_READ_TIMEOUT) : null;
    }

    /** qemu:///system and the like: the daemon on this machine (not test:///, which has no real host). */
    static boolean isLocal(String uri) {
        try {
            URI u = new URI(uri);
            String scheme = u.getScheme() == null ? "" : u.getScheme();
            return u.getHost() == null && !scheme.startsWith("test") && !scheme.contains("+");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String hostName(VnicOptions o) {
        if (o.name != null) {
            return o.name;
        }
        try {
            String h = new URI(o.uri).getHost();
            return h != null ? h : "localhost";
        } catch (URISyntaxException e) {
            return o.uri;
        }
    }

    static int fail(CommandLine cmd, int code, String message, boolean json) {
        cmd.getErr().println("patchbay: " + message);
        cmd.getErr().flush();
        if (json) {
            cmd.getOut().print(TopologyJson.error(code, message));
            cmd.getOut().flush();
        }
        return code;
    }

    /** BAD_INPUT saying the sentence {@code key} of the core bundle with {@code args}. */
    static PatchbayException badInput(String key, Object... args) {
        return new PatchbayException(Reason.BAD_INPUT, Sentence.of(key, args));
    }
}
