package io.patchbay.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LinkKindTest {
    @Test
    void theVnicAndVirtualFunctionLinksEndAtAVm() {
        assertThat(Arrays.stream(LinkKind.values()).filter(LinkKind::endsAtVm))
                .containsExactlyInAnyOrder(LinkKind.VNIC, LinkKind.VF);
    }
}
