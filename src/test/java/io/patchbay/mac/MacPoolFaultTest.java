package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.cli.PatchbayCommand;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The fault matrix's pool-file faults: a corrupted file, and a lock held by another process. */
class MacPoolFaultTest {
    @TempDir
    Path home;

    private void addPool(MacPoolStore store) throws PatchbayException {
        store.update((pools, r) -> {
            pools.add(new MacPool("p", List.of(MacRange.parse("02:00:00:00:01:00-02:00:00:00:01:0f")), false));
            return null;
        });
    }

    private record Run(int code, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PatchbayCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void aCorruptedPoolFileIsNamedAndNeverOverwritten() throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        addPool(store);
        byte[] good = Files.readAllBytes(store.file());
        // a torn write by some other tool: the first half of the file, then garbage
        byte[] torn = new byte[good.length / 2 + 5];
        System.arraycopy(good, 0, torn, 0, good.length / 2);
        System.arraycopy("\u0000\u0000}]x".getBytes(StandardCharsets.ISO_8859_1), 0, torn, good.length / 2, 5);
        Files.write(store.file(), torn);

        assertThatThrownBy(() -> new PoolMacSupplyProbe(store).allocate())
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OTHER))
                .hasMessageStartingWith("the MAC pool file " + store.file() + " is damaged: ");
        Run r = cli("mac", "allocate", "--pool", "p");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the MAC pool file " + store.file() + " is damaged");
        assertThat(r.out()).doesNotContain("02:00:00:00:01");
        assertThat(Files.readAllBytes(store.file())).as("never overwritten").isEqualTo(torn);
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temp file left")
                    .containsExactlyInAnyOrder(MacPoolStore.FILE, MacPoolStore.LOCK);
        }
    }

    /** One allocation through the store, as the CLI and the plans do it. */
    private record PoolMacSupplyProbe(MacPoolStore store) {
        String allocate() throws PatchbayException {
            return store.update((pools, r) -> pools.get("p", r).allocate(1, MacUsage.NONE).macs().get(0).toString());
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsWaitedForWithABoundThenNamed() throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        addPool(store);
        byte[] before = Files.readAllBytes(store.file());
        Process holder = ChildProcesses.start(LockHoldingChild.class, home.toString());
        try {
            BufferedReader childOut = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(childOut.readLine()).isEqualTo("locked");

            MacPoolStore impatient = new MacPoolStore(home, Duration.ofSeconds(1));
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.update((pools, r) -> pools.get("p", r).allocate(1, MacUsage.NONE)))
                    .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OTHER))
                    .hasMessage("the MAC pool file " + store.file() + " is locked by another process (lock "
                            + home.resolve(MacPoolStore.LOCK) + ") and stayed locked for 1.0 s; try again when it is done");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).isBetween(Duration.ofMillis(900), Duration.ofSeconds(3));
            assertThat(Files.readAllBytes(store.file())).isEqualTo(before);

            // a patient caller gets through as soon as the other process lets go
            MacPoolStore patient = new MacPoolStore(home, Duration.ofSeconds(20));
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return new PoolMacSupplyProbe(patient).allocate();
                } catch (PatchbayException e) {
                    throw new IllegalStateException(e);
                }
            });
            holder.getOutputStream().close();
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).startsWith("02:00:00:00:01:");
            assertThat(store.read().get("p", new Random()).allocatedCount()).isEqualTo(1);
        } finally {
            holder.destroyForcibly();
        }
    }
}
