package io.patchbay.discovery.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a local tool for a test (argument list, never a shell line) and returns its output. */
final class Cmd {
    private Cmd() {
    }

    static String run(List<String> argv) {
        return run(argv, Map.of());
    }

    /** Runs {@code argv} with extra environment variables; fails unless it exits 0 within 30 s. */
    static String run(List<String> argv, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(argv + " did not finish within 30 s");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(argv + " exited " + p.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The SHA256 fingerprint of a public key file as OpenSSH prints it ({@code ssh-keygen -lf}). */
    static String fingerprint(java.nio.file.Path pub) {
        return run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", pub.toString())).split("\\s+")[1];
    }
}
