package io.patchbay.discovery.ssh;

import com.jcraft.jsch.Session;
import java.util.List;

/**
 * Connected JSch sessions for one route: the jump hosts' (first hop first) and the target's.
 */
record OpenSessions(List<Session> jumps, Session target) {
    OpenSessions {
        jumps = List.copyOf(jumps);
    }

    /** True while the target session and every hop are up. */
    boolean isConnected() {
        return target.isConnected() && jumps.stream().allMatch(Session::isConnected);
    }

    /** Disconnects the target first, then the hops from the last to the first. */
    void close() {
        target.disconnect();
        for (int i = jumps.size() - 1; i >= 0; i--) {
            jumps.get(i).disconnect();
        }
    }
}
