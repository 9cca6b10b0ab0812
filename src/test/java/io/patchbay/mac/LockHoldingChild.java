package io.patchbay.mac;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A separate OS process that holds the pools' lock file (as another console would mid-change):
 * prints "locked" once it holds it, and lets go when its standard input closes. Args: HOME.
 */
public final class LockHoldingChild {
    private LockHoldingChild() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]).resolve(MacPoolStore.LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock until the parent closes our stdin
            }
        }
        System.exit(0);
    }
}
