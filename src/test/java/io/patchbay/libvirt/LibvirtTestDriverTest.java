package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Vm;
import io.patchbay.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fast units on libvirt's in-memory test driver ({@code test:///default}): real libvirt, no daemon. */
class LibvirtTestDriverTest {
    private static LibvirtConnection conn;

    @BeforeAll
    static void open() throws Exception {
        conn = LibvirtConnection.open("test:///default");
    }

    @AfterAll
    static void close() {
        conn.close();
    }

    @Test
    void readsTheTestDomainWithItsNicAndTheDefaultNetwork() throws Exception {
        LibvirtState s = new LibvirtReader(conn).read();
        Vm test = s.vm("test").orElseThrow();
        assertThat(test.state()).isEqualTo("running");
        assertThat(test.persistent()).isTrue();
        assertThat(test.uuid()).matches("[0-9a-f-]{36}");
        assertThat(test.id()).isNotNull();
        assertThat(test.vnics()).isNotEmpty().allSatisfy(v -> assertThat(v.scope()).isEqualTo("both"));
        assertThat(s.drift("test")).isEmpty();
        assertThat(s.networks()).extracting(LibvirtNetwork::name).contains("default");
    }

    @Test
    void anUnknownDomainIsNotFoundNamingIt() {
        assertThatThrownBy(() -> new LibvirtReader(conn).readDomain("no-such-vm"))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("libvirt at test:///default: reading domain no-such-vm failed");
    }

    @Test
    void anUnknownHostIsARemoteFailure() {
        assertThatThrownBy(() -> LibvirtConnection.open("qemu+tcp://no-such-host.invalid/system"))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REMOTE_FAILED);
                    assertThat(io.patchbay.cli.ExitCodes.of(e.reason())).isEqualTo(5);
                })
                .hasMessageContaining("qemu+tcp://no-such-host.invalid/system")
                .hasMessageContaining("no-such-host.invalid");
    }

    @Test
    void lifecycleEventsArePostedToListeners() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        DomainEventListener l = new DomainEventListener() {
            @Override
            public void lifecycle(String domain, String event) {
                seen.add(domain + " " + event);
            }

            @Override
            public void deviceAdded(String domain, String alias) {
            }

            @Override
            public void deviceRemoved(String domain, String alias) {
            }
        };
        conn.addListener(l);
        try {
            conn.call("suspending test", c -> {
                c.domainLookupByName("test").suspend();
                return null;
            });
            conn.call("resuming test", c -> {
                c.domainLookupByName("test").resume();
                return null;
            });
            Await.until("suspend and resume events of domain test", Duration.ofSeconds(10),
                    () -> seen.stream().anyMatch(s -> s.startsWith("test SUSPENDED"))
                            && seen.stream().anyMatch(s -> s.startsWith("test RESUMED")));
        } finally {
            conn.removeListener(l);
        }
    }

    @Test
    void aSourceWithoutDevicesGivesTheVmsUnderLibvirtsHostName() throws Exception {
        try (LibvirtSource src = new LibvirtSource("t1", conn, false, null)) {
            HostTopology t = src.refresh();
            assertThat(t.name()).isEqualTo("t1");
            assertThat(t.sources()).containsExactly("libvirt");
            assertThat(t.vms()).extracting(Vm::name).contains("test");
            // no device source: only libvirt's own networks are drawn, as network nodes
            assertThat(t.devices()).isNotEmpty().allMatch(d -> d.kind() == io.patchbay.model.DeviceKind.NETWORK);
        }
        assertThat(conn.isConnected()).as("a source that does not own the connection leaves it open").isTrue();
    }

    @Test
    void aClosedConnectionSaysSo() throws Exception {
        LibvirtConnection c = LibvirtConnection.open("test:///default");
        c.close();
        c.close();
        assertThatThrownBy(() -> c.call("listing domains", x -> x.listDomains()))
                .isInstanceOf(PatchbayException.class).hasMessageContaining("the connection was closed");
    }
}
