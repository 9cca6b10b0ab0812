package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The primitive set against java.util.HashSet on the same random adds and removes. */
class LongHashSetTest {
    @Test
    void behavesLikeHashSetUnderRandomAddsAndRemoves() {
        Random random = new Random(7);
        LongHashSet mine = new LongHashSet();
        Set<Long> theirs = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long v = random.nextInt(5_000) * 0x10001L; // collisions and clusters
            if (random.nextInt(3) == 0) {
                assertThat(mine.remove(v)).isEqualTo(theirs.remove(v));
            } else {
                assertThat(mine.add(v)).isEqualTo(theirs.add(v));
            }
            if (i % 997 == 0) {
                long probe = random.nextInt(5_000) * 0x10001L;
                assertThat(mine.contains(probe)).isEqualTo(theirs.contains(probe));
            }
        }
        assertThat(mine.size()).isEqualTo(theirs.size());
        for (long v : mine.toSortedArray()) {
            assertThat(theirs).contains(v);
        }
        for (long v : theirs) {
            assertThat(mine.contains(v)).isTrue();
        }
    }
}
