package io.patchbay.discovery.ssh;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** UTF-8 bytes of a secret without a String in between (JSch decrypts keys from bytes). */
final class SecretBytes {
    private SecretBytes() {
    }

    /** The UTF-8 encoding of {@code secret}; the caller wipes the result with {@link #wipe(byte[])}. */
    static byte[] utf8(char[] secret) {
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] out = Arrays.copyOfRange(buf.array(), buf.position(), buf.limit());
        if (buf.hasArray()) {
            Arrays.fill(buf.array(), (byte) 0);
        }
        return out;
    }

    static void wipe(byte[] b) {
        if (b != null) {
            Arrays.fill(b, (byte) 0);
        }
    }
}
