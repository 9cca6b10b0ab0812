package io.patchbay.discovery.local;

import io.patchbay.discovery.Collection;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.HostSource;
import io.patchbay.model.HostTopology;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** This machine, read by running the same fixed collection as over SSH, without SSH. */
public final class LocalSource implements HostSource {
    private final String displayName;
    private final Duration timeout;

    /** @param displayName the host's name on screen, or null for the machine's own host name */
    public LocalSource(String displayName, Duration timeout) {
        this.displayName = displayName;
        this.timeout = timeout;
    }

    @Override
    public String describe() {
        return "local";
    }

    @Override
    public HostTopology refresh() throws PatchbayException {
        String out = run(timeout);
        return Collection.toTopology(out, displayName, "local", "local");
    }

    private static String run(Duration timeout) throws PatchbayException {
        Process p;
        try {
            p = new ProcessBuilder("/bin/sh", "-c", Collection.SCRIPT).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("local.cannotStart", e.getMessage()), e);
        }
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new PatchbayException(Reason.OTHER, Sentence.of("local.timeout", timeout.toSeconds()));
            }
            byte[] out = stdout.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            byte[] err = stderr.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (p.exitValue() != 0) {
                throw new PatchbayException(Reason.OTHER, Sentence.of("local.failed", p.exitValue(),
                        new String(err, StandardCharsets.UTF_8).strip()));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PatchbayException(Reason.OTHER, Sentence.of("local.interrupted"), e);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new PatchbayException(Reason.OTHER, Sentence.of("local.cannotReadOutput", e.getMessage()), e);
        }
    }

    private static byte[] drain(InputStream in) {
        try (in; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
