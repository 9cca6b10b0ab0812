package io.patchbay.discovery.ssh;

import io.patchbay.testsupport.Lab;
import java.nio.file.Path;

/**
 * The SSH side of the test lab ({@link Lab}): user pbtest, client keys, the loopback sshd
 * (lab-loop, 127.0.0.1:2222) and the namespace hosts pblab1..3, with the sshd logs the tests read.
 */
final class LabEnv {
    private static Lab lab;

    private LabEnv() {
    }

    private static synchronized Lab lab() {
        if (lab == null) {
            lab = Lab.load();
        }
        return lab;
    }

    static String user() {
        return lab().user();
    }

    /** The client key of a type: ed25519, ecdsa or rsa. */
    static Path key(String type) {
        return switch (type) {
            case "ed25519" -> lab().key();
            case "ecdsa" -> lab().keyEcdsa();
            case "rsa" -> lab().keyRsa();
            default -> throw new IllegalArgumentException("the lab has no " + type + " client key");
        };
    }

    static int loopPort() {
        return lab().sshdPort();
    }

    static String loopAddr() {
        return lab().sshdAddress();
    }

    static Path loopHostKeyPub() {
        return lab().sshdHostKeyPub();
    }

    /** The loopback sshd's log (LogLevel VERBOSE: logins and sessions with the client's port). */
    static Path loopSshdLog() {
        return lab().dir().resolve("loop").resolve("sshd.log");
    }

    static String addr(String host) {
        return lab().address(host);
    }

    static Path hostKeyPub(String host) {
        return lab().hostKeyPub(host);
    }

    /** The log of the sshd inside namespace host {@code host}. */
    static Path sshdLog(String host) {
        return lab().dir().resolve("hosts").resolve(host).resolve("sshd.log");
    }

    static Path knownHosts() {
        return lab().knownHosts();
    }

    static Path sshConfig() {
        return lab().sshConfig();
    }
}
