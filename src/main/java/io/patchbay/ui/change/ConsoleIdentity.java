package io.patchbay.ui.change;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** What the console knows of its own path to hosts: this computer's MACs, and how a host name resolves. Called off the FX thread. */
public interface ConsoleIdentity {
    Set<String> consoleMacs();

    /** The addresses {@code nameOrAddress} stands for; empty for null (this computer) or when it does not resolve. */
    Set<String> addressesOf(String nameOrAddress);

    /** This computer's network interfaces and the system resolver. */
    static ConsoleIdentity system() {
        return new ConsoleIdentity() {
            @Override
            public Set<String> consoleMacs() {
                Set<String> macs = new HashSet<>();
                try {
                    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                        byte[] a = n.getHardwareAddress();
                        if (a != null && a.length == 6) {
                            macs.add(String.format("%02x:%02x:%02x:%02x:%02x:%02x", a[0], a[1], a[2], a[3], a[4], a[5]));
                        }
                    }
                } catch (SocketException e) {
                    return Set.of(); // no interfaces to compare with: no warning rather than a wrong one
                }
                return macs;
            }

            @Override
            public Set<String> addressesOf(String nameOrAddress) {
                if (nameOrAddress == null) {
                    return Set.of();
                }
                Set<String> ips = new HashSet<>();
                try {
                    for (InetAddress a : InetAddress.getAllByName(nameOrAddress)) {
                        ips.add(a.getHostAddress());
                    }
                } catch (UnknownHostException e) {
                    return Set.of(); // an ssh_config alias the resolver does not know: the SSH layer resolves it
                }
                return ips;
            }
        };
    }
}
