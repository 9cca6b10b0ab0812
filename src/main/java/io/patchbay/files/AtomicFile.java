package io.patchbay.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.random.RandomGenerator;

/**
 * Replaces a file so that a crash at any moment leaves the old or the new content, never a mix:
 * a temporary file in the same folder ({@code NAME.tmp-RANDOM}), fsync, an atomic rename over the
 * file, fsync of the folder.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** The prefix of the temporary files written beside {@code file}. */
    public static String tempPrefix(Path file) {
        return file.getFileName() + ".tmp-";
    }

    /** Writes {@code bytes} to {@code file} atomically; its folder must exist. */
    public static void replace(Path file, byte[] bytes, RandomGenerator random) throws IOException {
        Path dir = folder(file);
        Path temp = dir.resolve(tempPrefix(file) + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp); // gone after the rename; left only when writing failed
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    /**
     * Deletes temporary files of {@code file} left by a process that died mid-write; call it only
     * while nobody else can be writing {@code file}.
     */
    public static void removeStaleTemps(Path file) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder(file), tempPrefix(file) + "*")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path folder(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            throw new IllegalArgumentException("no folder for " + file);
        }
        return dir;
    }
}
