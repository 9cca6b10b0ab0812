package io.patchbay.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.Collection;
import org.junit.jupiter.api.Test;

/** The same-machine rule after reading: host name, machine id and network namespace. */
class MachineIdentityTest {
    private static final String ID = "3d1219c7c4c5404aaa1f6d2a48adfda4";
    private static final String ROOT_NS = "net:[4026531840]";

    @Test
    void sameHostNameMachineIdAndNamespaceIsOneMachine() {
        MachineIdentity a = MachineIdentity.reported("kvm1", ID, ROOT_NS);
        assertThat(a.sameMachine(MachineIdentity.reported("KVM1", ID + "\n", ROOT_NS))).isTrue();
        assertThat(a.sameMachine(MachineIdentity.reported("kvm2", ID, ROOT_NS))).as("another host name").isFalse();
        assertThat(a.sameMachine(MachineIdentity.reported("kvm1", "0" + ID.substring(1), ROOT_NS))).as("another id").isFalse();
        // the lab's simulated hosts: one kernel, one id, each its own network namespace
        assertThat(a.sameMachine(MachineIdentity.reported("kvm1", ID, "net:[4026532301]"))).isFalse();
        // an old host that cannot say its namespace matches one that cannot either
        assertThat(MachineIdentity.reported("kvm1", ID, null).sameMachine(MachineIdentity.reported("kvm1", ID, ""))).isTrue();
    }

    @Test
    void withoutHostNameOrMachineIdNothingIsTheSameMachine() {
        assertThat(MachineIdentity.UNKNOWN.sameMachine(MachineIdentity.UNKNOWN)).isFalse();
        MachineIdentity noId = MachineIdentity.reported("kvm1", null, ROOT_NS);
        assertThat(noId.known()).isFalse();
        assertThat(noId.sameMachine(noId)).isFalse();
        assertThat(MachineIdentity.reported(null, ID, ROOT_NS).sameMachine(MachineIdentity.reported(null, ID, ROOT_NS))).isFalse();
        assertThat(MachineIdentity.reported("kvm1", ID, null).sameMachine(null)).isFalse();
    }

    @Test
    void theMachineIdItselfIsNeverKept() {
        MachineIdentity a = MachineIdentity.reported("kvm1", ID, ROOT_NS);
        assertThat(a.machineDigest()).hasSize(32).isNotEqualTo(ID).doesNotContain(ID.substring(0, 8));
        assertThat(a.toString()).doesNotContain(ID);
        assertThat(a.machineDigest()).isEqualTo(MachineIdentity.digest(ID.toUpperCase()));
    }

    @Test
    void theCollectionReportsTheMachineAndARenamedSnapshotKeepsIt() throws Exception {
        String out = String.join("\n",
                "@@patchbay hostname", "|kvm1",
                "@@patchbay machine-id", "|" + ID,
                "@@patchbay netns", "|" + ROOT_NS,
                "@@patchbay ip-json",
                "[{\"ifindex\":1,\"ifname\":\"lo\",\"flags\":[\"LOOPBACK\",\"UP\"],\"mtu\":65536,\"operstate\":\"UNKNOWN\","
                        + "\"link_type\":\"loopback\",\"address\":\"00:00:00:00:00:00\",\"addr_info\":[]}]",
                "@@patchbay end", "");
        HostTopology t = Collection.toTopology(out, "shown-as", "ssh");
        assertThat(t.name()).isEqualTo("shown-as");
        assertThat(t.machine()).isEqualTo(MachineIdentity.reported("kvm1", ID, ROOT_NS));
        assertThat(t.withName("other").machine()).isEqualTo(t.machine());
        // an older output without these sections still reads, with an unknown machine
        HostTopology old = Collection.toTopology(out.replaceAll("@@patchbay (machine-id|netns)\n\\|[^\n]*\n", ""), null, "ssh");
        assertThat(old.name()).isEqualTo("kvm1");
        assertThat(old.machine().known()).isFalse();
    }
}
