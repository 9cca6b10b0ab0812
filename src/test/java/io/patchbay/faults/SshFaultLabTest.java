package io.patchbay.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.discovery.ssh.ExecResult;
import io.patchbay.discovery.ssh.SshConnection;
import io.patchbay.discovery.ssh.SshHostSource;
import io.patchbay.discovery.ssh.SshSettings;
import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.model.Device;
import io.patchbay.testsupport.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of an SSH host, on a namespace host of its own ({@link FaultHost}): sshd killed, host key
 * changed, a command that never returns, 50 MB of output, the host gone.
 */
@Tag("lab")
class SshFaultLabTest {
    private static final Duration CONNECT = Duration.ofSeconds(3);

    @TempDir
    Path dir;
    private FaultHost host;
    private Path knownHosts;

    @BeforeEach
    void up() throws Exception {
        host = FaultHost.start(dir);
        knownHosts = host.writeKnownHosts(dir.resolve("known_hosts"));
    }

    @AfterEach
    void down() {
        host.close();
    }

    private SshSettings settings() {
        return SshSettings.forHome(dir.resolve("home"), Optional.empty()).withKnownHosts(knownHosts)
                .withIdentityFiles(List.of(host.clientKey())).withConnectTimeout(CONNECT)
                .withCommandTimeout(Duration.ofSeconds(20));
    }

    private SshTarget target() throws PatchbayException {
        return SshTarget.parse(host.user() + "@" + FaultHost.ADDR);
    }

    private static PatchbayException failure(ThrowingCall call, Duration bound) {
        long start = System.nanoTime();
        PatchbayException caught = null;
        try {
            call.run();
        } catch (PatchbayException e) {
            caught = e;
        } catch (Exception e) {
            throw new AssertionError("expected a PatchbayException, got " + e, e);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to fail").isLessThan(bound);
        assertThat(caught).as("the call failed").isNotNull();
        return caught;
    }

    /** A thread inside SshHostSource.refresh, blocked waiting for the host (channel open or output). */
    private static boolean aRefreshIsWaitingOnTheHost() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e ->
                (e.getKey().getState() == Thread.State.TIMED_WAITING || e.getKey().getState() == Thread.State.WAITING)
                        && Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().equals(SshHostSource.class.getName())
                        && f.getMethodName().equals("refresh")));
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void sshdKilledMidCommandIsRemoteAndARefreshAfterItsRestartWorks() throws Exception {
        try (SshHostSource source = new SshHostSource("pbfault", target(), settings());
             SshConnection c = SshConnection.open(target(), settings())) {
            assertThat(source.refresh().devices()).extracting(Device::name).contains("eth0", "br0");
            // a command running on the host when its sshd (listener and session processes) dies
            CompletableFuture<ExecResult> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return c.exec("echo started; sleep 30", Duration.ofSeconds(30));
                } catch (PatchbayException e) {
                    throw new IllegalStateException(e);
                }
            });
            Await.until("the remote sleep running", Duration.ofSeconds(10),
                    () -> host.pids().stream().anyMatch(FaultHost::isSleep));
            long start = System.nanoTime();
            host.killSshd();
            assertThatThrownBy(() -> running.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().cause().isInstanceOfSatisfying(PatchbayException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED))
                    .hasMessageContaining(FaultHost.ADDR).hasMessageContaining("lost");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            // the refresh while the sshd is down: the session is gone and reconnecting is refused
            PatchbayException down = failure(source::refresh, CONNECT.plusSeconds(2));
            assertThat(down.reason()).isEqualTo(Reason.REMOTE_FAILED);
            assertThat(io.patchbay.cli.ExitCodes.of(down.reason())).isEqualTo(5);
            assertThat(down).hasMessageContaining(FaultHost.ADDR);

            host.startSshd();
            assertThat(source.refresh().devices()).extracting(Device::name).contains("eth0", "br0");
            assertThat(source.sessionsOpened()).isEqualTo(2);
        }
    }

    @Test
    void sshdKilledWhileARefreshRunsIsRemoteWithinBounds() throws Exception {
        try (SshHostSource source = new SshHostSource("pbfault", target(), settings())) {
            assertThat(source.refresh().devices()).isNotEmpty();
            // freeze the sshd (listener and our session's process): the next refresh's collection
            // is sent and then waits; the sshd dies while the refresh is in progress
            host.freezeSshd();
            CompletableFuture<Object> refresh = CompletableFuture.supplyAsync(() -> {
                try {
                    return source.refresh();
                } catch (PatchbayException e) {
                    return e;
                }
            });
            Await.until("the refresh to be in progress", Duration.ofSeconds(5),
                    SshFaultLabTest::aRefreshIsWaitingOnTheHost);
            assertThat(refresh).isNotDone();
            long start = System.nanoTime();
            host.killSshd();
            Object result = refresh.get(10, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(result).isInstanceOfSatisfying(PatchbayException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
                // the session dies while the collection's channel opens: the one reconnect then finds no sshd
                assertThat(e.getMessage()).isIn("SSH connection to " + FaultHost.ADDR + ":22 was lost while the command ran.",
                        "SSH connection to " + FaultHost.ADDR + ":22 was refused (nothing listens there, or a firewall rejects it).");
                System.out.println("fault matrix: sshd killed mid-refresh: " + e.getMessage());
            });
            host.startSshd();
            assertThat(source.refresh().devices()).isNotEmpty();
        }
    }

    @Test
    void aHostKeyChangedBetweenRefreshesIsRefusedOnReconnectAndNeverStored() throws Exception {
        try (SshHostSource source = new SshHostSource("pbfault", target(), settings().withAcceptNewHostKey(true))) {
            assertThat(source.refresh().devices()).isNotEmpty();
            String trusted = Files.readString(knownHosts);
            host.killSshd();
            host.newHostKey();
            host.startSshd();
            for (int i = 0; i < 2; i++) {
                PatchbayException e = failure(source::refresh, CONNECT.plusSeconds(2));
                assertThat(e.reason()).isEqualTo(Reason.HOST_KEY_CHANGED);
                assertThat(io.patchbay.cli.ExitCodes.of(e.reason())).isEqualTo(4);
                assertThat(e).hasMessageContaining("host key of " + FaultHost.ADDR + " has CHANGED")
                        .hasMessageContaining(knownHosts.toString());
            }
            assertThat(Files.readString(knownHosts)).isEqualTo(trusted);
        }
    }

    @Test
    void aCommandThatNeverReturnsTimesOutAndIsKilledOnTheHost() throws Exception {
        try (SshConnection c = SshConnection.open(target(), settings())) {
            PatchbayException e = failure(() -> c.exec("sleep 600", Duration.ofSeconds(2)), Duration.ofSeconds(4));
            assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
            assertThat(e).hasMessage("SSH command timed out after 2s on " + FaultHost.ADDR + ":22.");
            Await.until("the timed-out sleep gone from the host", Duration.ofSeconds(5),
                    () -> host.pids().stream().noneMatch(FaultHost::isSleep));
            assertThat(c.exec("echo still usable").stdout()).isEqualTo("still usable\n");
        }
    }

    @Test
    void fiftyMegabytesOfOutputAreReadAndEightyAreRefusedWithinBounds() throws Exception {
        try (SshConnection c = SshConnection.open(target(), settings())) {
            long start = System.nanoTime();
            ExecResult r = c.exec("head -c 52428800 /dev/zero | tr '\\0' x", Duration.ofSeconds(30));
            Duration fifty = Duration.ofNanos(System.nanoTime() - start);
            assertThat(r.exitStatus()).isZero();
            assertThat(r.stdout().length()).isEqualTo(52_428_800);
            assertThat(r.stdout().charAt(52_428_799)).isEqualTo('x');
            assertThat(fifty).isLessThan(Duration.ofSeconds(20));
            System.out.println("fault matrix: 50 MB of output read over SSH in " + fifty.toMillis() + " ms");
            r = null;

            PatchbayException e = failure(() -> c.exec("head -c 83886080 /dev/zero", Duration.ofSeconds(30)),
                    Duration.ofSeconds(25));
            assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
            assertThat(e).hasMessageStartingWith("The command on " + FaultHost.ADDR + ":22 wrote more than 64 MiB (83886080 bytes of output")
                    .hasMessageEndingWith("refusing to use it.");
            assertThat(c.exec("echo still usable").stdout()).isEqualTo("still usable\n");
        }
    }

    @Test
    void aHostWhoseNamespaceIsGoneFailsAsRemoteWithinTheConnectTimeout() throws Exception {
        try (SshHostSource source = new SshHostSource("pbfault", target(), settings())) {
            assertThat(source.refresh().devices()).isNotEmpty();
            host.removeNamespace();
            PatchbayException e = failure(source::refresh, CONNECT.plusSeconds(2));
            assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
            assertThat(e).hasMessageContaining(FaultHost.ADDR);
        }
        try (SshHostSource fresh = new SshHostSource("pbfault", target(), settings())) {
            PatchbayException e = failure(fresh::refresh, CONNECT.plusSeconds(2));
            assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
            assertThat(e).hasMessageContaining(FaultHost.ADDR);
        }
    }
}
