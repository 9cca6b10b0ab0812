package io.patchbay.mac;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import io.patchbay.files.AtomicFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.channels.OverlappingFileLockException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The MAC pools of a console home, in {@code mac-pools.json}. Each operation locks
 * {@code mac-pools.lock} (a file lock, so two consoles or CLI processes take turns; plus a JVM
 * lock for threads), reads, changes, writes and unlocks. Writing replaces the file atomically:
 * a temporary file in the same folder, fsync, an atomic rename, fsync of the folder. A crash at
 * any moment leaves the old or the new file, never a broken one. Waiting for the lock is bounded
 * ({@link #LOCK_WAIT}): a process that holds it longer gets a clear error, not a hang.
 */
public final class MacPoolStore {
    /** The pools file's name in the console home. */
    public static final String FILE = "mac-pools.json";
    /** The lock file's name beside it. */
    public static final String LOCK = "mac-pools.lock";
    /** How long an operation waits for another process (or thread) holding the lock. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(15);
    private static final long LOCK_POLL_MS = 25;
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path home;
    private final Path file;
    private final RandomGenerator random;
    private final Duration lockWait;

    public MacPoolStore(Path home) {
        this(home, new SecureRandom(), LOCK_WAIT);
    }

    MacPoolStore(Path home, RandomGenerator random) {
        this(home, random, LOCK_WAIT);
    }

    /** As {@link #MacPoolStore(Path)} with another bound on waiting for the lock (tests). */
    public MacPoolStore(Path home, Duration lockWait) {
        this(home, new SecureRandom(), lockWait);
    }

    private MacPoolStore(Path home, RandomGenerator random, Duration lockWait) {
        this.home = home.toAbsolutePath().normalize();
        this.file = this.home.resolve(FILE);
        this.random = random;
        this.lockWait = lockWait;
    }

    public Path file() {
        return file;
    }

    /** One change to the pools: runs under the lock; when it throws, nothing is written. */
    @FunctionalInterface
    public interface Change<R> {
        R apply(MacPools pools, RandomGenerator random) throws PatchbayException;
    }

    /** Reads the pools under the lock, without writing. */
    public MacPools read() throws PatchbayException {
        return locked(false, (pools, r) -> pools);
    }

    /** Lock, read, change, write, unlock. */
    public <R> R update(Change<R> change) throws PatchbayException {
        return locked(true, change);
    }

    private <R> R locked(boolean write, Change<R> change) throws PatchbayException {
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        long deadline = System.nanoTime() + lockWait.toNanos();
        try {
            if (!jvm.tryLock(lockWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PatchbayException(Reason.OTHER, Sentence.of("mac.store.interrupted", file), e);
        }
        try {
            Files.createDirectories(home);
            try (FileChannel lockChannel = FileChannel.open(home.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = lockWithin(lockChannel, deadline); // released with the channel at worst
                try {
                    MacPools pools = load();
                    R result = change.apply(pools, random);
                    if (write) {
                        // we hold the lock: a temporary file is a dead process's
                        AtomicFile.removeStaleTemps(file);
                        AtomicFile.replace(file, MacPoolJson.write(pools), random);
                    }
                    return result;
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("mac.store.cannotUse", file, e.getMessage()), e);
        } finally {
            jvm.unlock();
        }
    }

    /** Takes the file lock, polling until {@code deadline}: a timed {@code lock()} does not exist. */
    private FileLock lockWithin(FileChannel channel, long deadline) throws IOException, PatchbayException {
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another channel of this JVM (another store on the same home)
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() >= deadline) {
                throw busy();
            }
            try {
                Thread.sleep(LOCK_POLL_MS); // poll interval while another process holds the lock
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PatchbayException(Reason.OTHER, Sentence.of("mac.store.interrupted", file), e);
            }
        }
    }

    private PatchbayException busy() {
        return new PatchbayException(Reason.OTHER, Sentence.of("mac.store.locked", file, home.resolve(LOCK),
                lockWait.toMillis() / 1000.0));
    }

    private MacPools load() throws IOException, PatchbayException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new MacPools();
        }
        return MacPoolJson.read(bytes, file.toString());
    }
}
