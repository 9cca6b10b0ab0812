package io.patchbay.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.Error;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.jna.Libvirt;
import org.libvirt.jna.virError;

/**
 * Opens a connection with {@code virConnectOpenAuth} and an auth callback of our own, bound with
 * raw pointers. libvirt-java's {@code ConnectAuth} cannot be used: it hands the credentials to
 * Java as a JNA Structure with String fields and writes them back, putting JNA-owned strings into
 * libvirt's structs that both sides then free (heap corruption, seen as
 * "malloc_consolidate(): unaligned fastbin chunk detected"). Here answers are copied into memory
 * from C's malloc, which libvirt frees, and prompts are never logged.
 *
 * <p>Answers: user names from the URI (libvirt's default), the SSH "accept host key?" prompt with
 * yes only when new host keys are accepted, and nothing else (no passwords: keys only).
 */
final class AuthOpen {
    private static final int CRED_USERNAME = 1;
    private static final int CRED_AUTHNAME = 2;
    private static final int CRED_PASSPHRASE = 5;
    private static final int CRED_ECHOPROMPT = 6;
    private static final int CRED_NOECHOPROMPT = 7;
    private static final int[] SUPPORTED = {CRED_USERNAME, CRED_AUTHNAME, CRED_ECHOPROMPT, CRED_NOECHOPROMPT, CRED_PASSPHRASE};

    /** virConnectAuthCallbackPtr: int (*)(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata). */
    interface AuthCallback extends Callback {
        int invoke(Pointer cred, int ncred, Pointer cbdata);
    }

    /** struct _virConnectAuth { int *credtype; unsigned int ncredtype; callback cb; void *cbdata; }. */
    public static final class AuthStruct extends Structure {
        public Pointer credtype;
        public int ncredtype;
        public AuthCallback cb;
        public Pointer cbdata;

        @Override
        protected List<String> getFieldOrder() {
            return List.of("credtype", "ncredtype", "cb", "cbdata");
        }
    }

    /** The one libvirt function bound here. */
    interface OpenLib extends Library {
        ConnectionPointer virConnectOpenAuth(String name, AuthStruct auth, int flags);
    }

    /**
     * An open connection: libvirt-java's object, its native pointer (for JNA-only calls) and the
     * auth callback and its memory, held as long as the connection (libvirt may keep the auth).
     */
    record Opened(Connect connect, ConnectionPointer pointer, Object authKeptAlive) {
    }

    /** Why opening failed, as libvirt said it. */
    static final class OpenFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Error.ErrorNumber code;

        OpenFailure(Error.ErrorNumber code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static OpenLib lib;
    private static Constructor<Connect> wrap;

    private AuthOpen() {
    }

    static Opened open(String uri, boolean acceptNewHostKey) throws OpenFailure {
        init();
        // the callback must stay reachable for the whole call: a local strongly held until return
        AuthCallback callback = (cred, ncred, cbdata) -> answer(cred, ncred, acceptNewHostKey);
        Memory types = new Memory(4L * SUPPORTED.length);
        types.write(0, SUPPORTED, 0, SUPPORTED.length);
        AuthStruct auth = new AuthStruct();
        auth.credtype = types;
        auth.ncredtype = SUPPORTED.length;
        auth.cb = callback;
        auth.cbdata = null;
        ConnectionPointer ptr = lib.virConnectOpenAuth(uri, auth, 0);
        if (ptr == null) {
            throw lastError();
        }
        try {
            return new Opened(wrap.newInstance(ptr), ptr, List.of(callback, types, auth));
        } catch (ReflectiveOperationException e) {
            Libvirt.INSTANCE.virConnectClose(ptr);
            throw new OpenFailure(null, "libvirt-java cannot wrap the connection: " + e);
        } finally {
            // keep both alive until libvirt no longer uses them (it does not after open returns)
            java.lang.ref.Reference.reachabilityFence(callback);
            java.lang.ref.Reference.reachabilityFence(types);
        }
    }

    private static synchronized void init() throws OpenFailure {
        if (lib != null) {
            return;
        }
        try {
            Constructor<Connect> c = Connect.class.getDeclaredConstructor(ConnectionPointer.class);
            c.setAccessible(true);
            wrap = c;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new OpenFailure(null, "this libvirt-java cannot wrap a native connection: " + e);
        }
        lib = Native.load("virt", OpenLib.class);
    }

    private static OpenFailure lastError() {
        virError err = Libvirt.INSTANCE.virGetLastError();
        if (err == null) {
            return new OpenFailure(null, "libvirt gave no reason");
        }
        Error e = new Error(err);
        Error.ErrorNumber code;
        try {
            code = e.getCode();
        } catch (RuntimeException unknown) {
            code = null;
        }
        String message = e.getMessage();
        Libvirt.INSTANCE.virResetLastError();
        return new OpenFailure(code, message == null ? "libvirt gave no reason" : message.strip());
    }

    /** Fills each credential's result (malloc'd: libvirt frees it); -1 when one cannot be answered. */
    private static int answer(Pointer cred, int ncred, boolean acceptNewHostKey) {
        int p = Native.POINTER_SIZE;
        int size = 6 * p; // int type; 4 pointers; unsigned int resultlen (padded)
        for (int i = 0; i < ncred; i++) {
            Pointer c = cred.share((long) i * size);
            int type = c.getInt(0);
            String prompt = string(c.getPointer(p));
            String defresult = string(c.getPointer(3L * p));
            String result;
            switch (type) {
                case CRED_USERNAME:
                case CRED_AUTHNAME:
                    result = defresult;
                    break;
                case CRED_ECHOPROMPT:
                    boolean hostKey = LibvirtErrors.isHostKeyPrompt(prompt);
                    result = hostKey ? (acceptNewHostKey ? "y" : "n") : null;
                    break;
                default:
                    result = null; // passphrases and other secrets: not supported, never asked for
            }
            if (result == null) {
                return -1;
            }
            byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
            long peer = Native.malloc(bytes.length + 1L);
            if (peer == 0) {
                return -1;
            }
            Pointer mem = new Pointer(peer);
            mem.write(0, bytes, 0, bytes.length);
            mem.setByte(bytes.length, (byte) 0);
            c.setPointer(4L * p, mem);
            c.setInt(5L * p, bytes.length);
        }
        return 0;
    }

    private static String string(Pointer p) {
        return p == null ? null : p.getString(0, StandardCharsets.UTF_8.name());
    }
}
