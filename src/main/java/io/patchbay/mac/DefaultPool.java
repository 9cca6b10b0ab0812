package io.patchbay.mac;

import io.patchbay.core.PatchbayException;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The pool created on first use: 65,536 locally administered unicast MACs under a prefix drawn
 * at random once per installation, as oVirt does (docs/decisions/mac-default-pool.md). The
 * prefix never starts with {@code fe:} and never is libvirt's own {@code 52:54:00}.
 */
final class DefaultPool {
    private DefaultPool() {
    }

    static MacPool create(RandomGenerator random, MacPools existing) throws PatchbayException {
        for (int attempt = 0; attempt < 1000; attempt++) {
            long first = (random.nextInt(256) & 0xfc) | 0x02; // locally administered, unicast
            if (first == 0xfe) {
                continue;
            }
            long prefix = (first << 24) | (random.nextInt(1 << 24));
            if ((prefix >>> 8) == 0x525400L) {
                continue;
            }
            long from = prefix << 16;
            MacRange range = MacRange.of(new MacAddress(from), new MacAddress(from | 0xffff));
            if (!existing.overlapsAny(range)) {
                return new MacPool(MacPools.DEFAULT, List.of(range), false);
            }
        }
        throw new IllegalStateException("no free prefix for the default MAC pool after 1000 draws");
    }
}
