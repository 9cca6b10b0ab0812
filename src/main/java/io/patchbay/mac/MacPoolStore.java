package io.patchbay.mac;

import io.patchbay.discovery.DiscoveryException;
import io.patchbay.discovery.DiscoveryException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The MAC pools of a console home, in {@code mac-pools.json}. Each operation locks
 * {@code mac-pools.lock} (a file lock, so two consoles or CLI processes take turns; plus a JVM
 * lock for threads), reads, changes, writes and unlocks. Writing replaces the file atomically:
 * a temporary file in the same folder, fsync, an atomic rename, fsync of the folder. A crash at
 * any moment leaves the old or the new file, never a broken one.
 */
public final class MacPoolStore {
    /** The pools file's name in the console home. */
    public static final String FILE = "mac-pools.json";
    /** The lock file's name beside it. */
    public static final String LOCK = "mac-pools.lock";
    private static final String TEMP_PREFIX = FILE + ".tmp-";
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path home;
    private final Path file;
    private final RandomGenerator random;

    public MacPoolStore(Path home) {
        this(home, new SecureRandom());
    }

    MacPoolStore(Path home, RandomGenerator random) {
        this.home = home.toAbsolutePath().normalize();
        this.file = this.home.resolve(FILE);
        this.random = random;
    }

    public Path file() {
        return file;
    }

    /** One change to the pools: runs under the lock; when it throws, nothing is written. */
    @FunctionalInterface
    public interface Change<R> {
        R apply(MacPools pools, RandomGenerator random) throws DiscoveryException;
    }

    /** Reads the pools under the lock, without writing. */
    public MacPools read() throws DiscoveryException {
        return locked(false, (pools, r) -> pools);
    }

    /** Lock, read, change, write, unlock. */
    public <R> R update(Change<R> change) throws DiscoveryException {
        return locked(true, change);
    }

    private <R> R locked(boolean write, Change<R> change) throws DiscoveryException {
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        jvm.lock();
        try {
            Files.createDirectories(home);
            try (FileChannel lockChannel = FileChannel.open(home.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = lockChannel.lock(); // waits for the other process; released with the channel at worst
                try {
                    MacPools pools = load();
                    R result = change.apply(pools, random);
                    if (write) {
                        removeStaleTemps();
                        replace(MacPoolJson.write(pools));
                    }
                    return result;
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new DiscoveryException(Reason.OTHER, "cannot use the MAC pool file " + file + ": " + e.getMessage(), e);
        } finally {
            jvm.unlock();
        }
    }

    private MacPools load() throws IOException, DiscoveryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new MacPools();
        }
        return MacPoolJson.read(bytes, file.toString());
    }

    /** Temporary files left by a process that died mid-write (we hold the lock: nobody else writes). */
    private void removeStaleTemps() throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(home, TEMP_PREFIX + "*")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void replace(byte[] bytes) throws IOException {
        Path temp = home.resolve(TEMP_PREFIX + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(home, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
