package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's hosts of one machine become one host, by the console's own rule (MachineKey). */
class MergeSameHostTest {
    private static HostSpec unnamed(HostSpec.Type type, String value) {
        HostSpec h = new HostSpec(null);
        h.sources.add(new HostSpec.Source(type, value, List.of()));
        return h;
    }

    private static List<HostSpec.Type> types(HostSpec h) {
        return h.sources.stream().map(HostSpec.Source::type).toList();
    }

    @Test
    void aLibvirtUriJoinsTheSshHostItNames() {
        List<HostSpec> out = SourceFactory.mergeSameHost(List.of(unnamed(HostSpec.Type.SSH, "admin@Web1:2222"),
                unnamed(HostSpec.Type.LIBVIRT, "qemu+ssh://root@web1/system"),
                unnamed(HostSpec.Type.LIBVIRT, "qemu+ssh://root@web2/system")));
        assertThat(out).hasSize(2);
        assertThat(types(out.get(0))).containsExactly(HostSpec.Type.SSH, HostSpec.Type.LIBVIRT);
        assertThat(types(out.get(1))).containsExactly(HostSpec.Type.LIBVIRT);
    }

    @Test
    void aLocalDaemonJoinsLocalButTheTestDriverAndNamedHostsDoNot() {
        HostSpec named = new HostSpec("kept");
        named.sources.add(new HostSpec.Source(HostSpec.Type.LOCAL, null, List.of()));
        List<HostSpec> out = SourceFactory.mergeSameHost(List.of(named, unnamed(HostSpec.Type.LOCAL, null),
                unnamed(HostSpec.Type.LIBVIRT, "test:///default"), unnamed(HostSpec.Type.LIBVIRT, "qemu:///system")));
        assertThat(out).hasSize(3);
        assertThat(types(out.get(0))).containsExactly(HostSpec.Type.LOCAL);
        assertThat(types(out.get(1))).containsExactly(HostSpec.Type.LOCAL, HostSpec.Type.LIBVIRT);
        assertThat(types(out.get(2))).containsExactly(HostSpec.Type.LIBVIRT);
        assertThat(out.get(2).sources.get(0).value()).isEqualTo("test:///default");
    }
}
