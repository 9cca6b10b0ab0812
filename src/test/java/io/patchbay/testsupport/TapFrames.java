package io.patchbay.testsupport;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Sends raw Ethernet frames into ONE tap from the host side: an {@code AF_PACKET} socket bound to
 * that tap transmits on it, so the frames go to the process holding the tap (a lab guest's QEMU)
 * and nowhere else — not to the tap's bridge, not to any other port. Linux, x86_64 (libc through
 * JNA); root. The guest's NIC must be up: before that the tap refuses with ENOBUFS, which is
 * retried within a bound.
 */
public final class TapFrames {
    private static final int AF_PACKET = 17;
    private static final int SOCK_RAW = 3;
    private static final int ENOBUFS = 105;
    /** sizeof(struct sockaddr_ll) */
    private static final int SOCKADDR_LL_SIZE = 20;
    /** IEEE 802 "local experimental" EtherType 1: no protocol of the guest takes it up. */
    private static final int ETHERTYPE = 0x88b5;
    /** The smallest Ethernet frame without its FCS. */
    private static final int FRAME_SIZE = 60;
    /** The sender's MAC: locally administered, not any lab device's. */
    private static final byte[] SOURCE_MAC = {0x02, 0x77, (byte) 0xfe, 0x00, 0x00, 0x01};
    private static final Pattern TAP_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
    private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}");

    /** The few libc calls needed (size_t and ssize_t are {@code long} on x86_64). */
    private interface Libc extends Library {
        Libc INSTANCE = Native.load("c", Libc.class);

        int socket(int domain, int type, int protocol) throws LastErrorException;

        int bind(int fd, byte[] addr, int len) throws LastErrorException;

        long send(int fd, byte[] buf, long len, int flags) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private TapFrames() {
    }

    /**
     * Sends {@code count} frames addressed to {@code destinationMac} into {@code tap}; each frame
     * refused with ENOBUFS (the guest's NIC not up yet, or its queue full) is tried again until
     * {@code patience} has passed for it. Returns when all were accepted by the tap.
     */
    public static void send(String tap, String destinationMac, int count, Duration patience) {
        if (!TAP_NAME.matcher(tap).matches()) {
            throw new IllegalArgumentException("not a device name: " + tap);
        }
        if (!MAC.matcher(destinationMac).matches()) {
            throw new IllegalArgumentException("not a MAC: " + destinationMac);
        }
        byte[] frame = frame(destinationMac);
        int fd = Libc.INSTANCE.socket(AF_PACKET, SOCK_RAW, 0); // protocol 0: sends only, receives nothing
        try {
            Libc.INSTANCE.bind(fd, sockaddr(ifindex(tap)), SOCKADDR_LL_SIZE);
            for (int i = 0; i < count; i++) {
                int n = i + 1;
                Await.until("tap " + tap + " to take frame " + n + " of " + count, patience, () -> sent(fd, frame));
            }
        } finally {
            Libc.INSTANCE.close(fd);
        }
    }

    private static boolean sent(int fd, byte[] frame) {
        try {
            long n = Libc.INSTANCE.send(fd, frame, frame.length, 0);
            if (n != frame.length) {
                throw new IllegalStateException("the tap took " + n + " of " + frame.length + " bytes");
            }
            return true;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == ENOBUFS) {
                return false;
            }
            throw e;
        }
    }

    private static byte[] frame(String destinationMac) {
        ByteBuffer b = ByteBuffer.allocate(FRAME_SIZE).order(ByteOrder.BIG_ENDIAN);
        for (String octet : destinationMac.split(":")) {
            b.put((byte) Integer.parseInt(octet, 16));
        }
        b.put(SOURCE_MAC);
        b.putShort((short) ETHERTYPE);
        return b.array(); // the payload stays zero
    }

    /** struct sockaddr_ll { u16 family; be16 protocol; int ifindex; u16 hatype; u8 pkttype, halen, addr[8]; } */
    private static byte[] sockaddr(int ifindex) {
        ByteBuffer b = ByteBuffer.allocate(SOCKADDR_LL_SIZE).order(ByteOrder.nativeOrder());
        b.putShort((short) AF_PACKET);
        b.putShort((short) 0);
        b.putInt(ifindex);
        return b.array();
    }

    private static int ifindex(String tap) {
        Path f = Path.of("/sys/class/net", tap, "ifindex");
        try {
            return Integer.parseInt(Files.readString(f).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("no device " + tap + " (" + f + ")", e);
        }
    }
}
