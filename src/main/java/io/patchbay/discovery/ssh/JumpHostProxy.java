package io.patchbay.discovery.ssh;

import com.jcraft.jsch.ChannelDirectTCPIP;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Proxy;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Carries an SSH session through an already connected jump host (OpenSSH's ProxyJump): a
 * {@code direct-tcpip} channel on the jump session to the target's host and port. The target
 * session runs its own handshake, host key check and authentication over it.
 */
final class JumpHostProxy implements Proxy {
    private final Session jump;
    private final String jumpName;
    private ChannelDirectTCPIP channel;
    private InputStream in;
    private OutputStream out;

    JumpHostProxy(Session jump, String jumpName) {
        this.jump = jump;
        this.jumpName = jumpName;
    }

    @Override
    public void connect(SocketFactory ignored, String host, int port, int timeout) throws Exception {
        ChannelDirectTCPIP ch = (ChannelDirectTCPIP) jump.openChannel("direct-tcpip");
        ch.setHost(host);
        ch.setPort(port);
        // streams before connect: no local input stream means no pump thread; we write directly
        in = ch.getInputStream();
        out = ch.getOutputStream();
        ch.connect(timeout);
        if (!ch.isConnected()) {
            ch.disconnect();
            throw new JSchException("jump host " + jumpName + " could not open a channel to " + host + ":" + port);
        }
        channel = ch;
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    /** There is no socket: the connection is a channel of the jump session. */
    @Override
    public Socket getSocket() {
        return null;
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.disconnect();
        }
        closeQuietly(in);
        closeQuietly(out);
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // the channel is gone either way
        }
    }
}
