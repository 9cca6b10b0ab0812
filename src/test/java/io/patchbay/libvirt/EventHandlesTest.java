package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Pointer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry behind {@link PollEventLoop}: ids, poll sets, timer deadlines, deferred frees. */
class EventHandlesTest {
    private static final Pointer CB = new Pointer(0x10);
    private static final Pointer OPAQUE = new Pointer(0x20);
    private static final Pointer FF = new Pointer(0x30);

    private final AtomicInteger wakes = new AtomicInteger();
    private final EventHandles handles = new EventHandles(wakes::incrementAndGet);

    @Test
    void handlesArePolledWithPollBitsAndDisabledOnesAreLeftOut() {
        int a = handles.addHandle(7, LibcPoll.VIR_READABLE | LibcPoll.VIR_HANGUP, CB, OPAQUE, FF);
        int b = handles.addHandle(9, LibcPoll.VIR_WRITABLE, CB, OPAQUE, FF);
        assertThat(a).isPositive().isNotEqualTo(b);
        handles.updateHandle(b, 0);
        EventHandles.Turn turn = handles.prepare(0);
        assertThat(turn.fds()).containsExactly(7);
        assertThat(turn.watches()).containsExactly(a);
        assertThat(turn.events()).containsExactly((short) (LibcPoll.POLLIN | LibcPoll.POLLHUP));
        assertThat(turn.timeoutMs()).as("no timer: wait until an fd or a wake-up").isEqualTo(-1);
        assertThat(wakes.get()).as("every change wakes the loop").isEqualTo(3);
    }

    @Test
    void aRemovedHandleIsFreedOnTheNextTurnNotInsideRemove() {
        int a = handles.addHandle(7, LibcPoll.VIR_READABLE, CB, OPAQUE, FF);
        assertThat(handles.removeHandle(a)).isZero();
        assertThat(handles.live(a)).isNull();
        assertThat(handles.removeHandle(a)).as("removing twice").isEqualTo(-1);
        EventHandles.Turn turn = handles.prepare(0);
        assertThat(turn.fds()).isEmpty();
        assertThat(turn.frees()).containsExactly(new EventHandles.Free(FF, OPAQUE));
        assertThat(handles.prepare(0).frees()).as("freed once").isEmpty();
    }

    @Test
    void timersSetThePollTimeoutFireWhenDueAndRearm() {
        long now = EventHandles.nowMillis();
        int t = handles.addTimeout(5000, CB, OPAQUE, null);
        int off = handles.addTimeout(-1, CB, OPAQUE, null);
        assertThat(handles.prepare(now).timeoutMs()).isBetween(4000, 5000);
        assertThat(handles.takeDue(now)).isEmpty();
        assertThat(handles.takeDue(now + 6000)).extracting(x -> x.id).containsExactly(t);
        assertThat(handles.takeDue(now + 6000)).as("re-armed 5 s later").isEmpty();
        handles.updateTimeout(off, 0);
        assertThat(handles.prepare(EventHandles.nowMillis()).timeoutMs()).as("0 fires on every turn").isZero();
        assertThat(handles.takeDue(EventHandles.nowMillis())).extracting(x -> x.id).containsExactly(off);
        assertThat(handles.takeDue(EventHandles.nowMillis())).extracting(x -> x.id).containsExactly(off);
        assertThat(handles.removeTimeout(off)).isZero();
        assertThat(handles.removeTimeout(off)).isEqualTo(-1);
        assertThat(handles.prepare(EventHandles.nowMillis()).frees()).as("no free callback given")
                .containsExactly(new EventHandles.Free(null, OPAQUE));
    }

    @Test
    void pollBitsMapBothWays() {
        assertThat(LibcPoll.toPoll(LibcPoll.VIR_READABLE | LibcPoll.VIR_WRITABLE | LibcPoll.VIR_ERROR | LibcPoll.VIR_HANGUP))
                .isEqualTo((short) (LibcPoll.POLLIN | LibcPoll.POLLOUT | LibcPoll.POLLERR | LibcPoll.POLLHUP));
        assertThat(LibcPoll.fromPoll(LibcPoll.POLLPRI)).isEqualTo(LibcPoll.VIR_READABLE);
        assertThat(LibcPoll.fromPoll(LibcPoll.POLLNVAL)).isEqualTo(LibcPoll.VIR_ERROR);
        assertThat(LibcPoll.fromPoll((short) (LibcPoll.POLLOUT | LibcPoll.POLLHUP)))
                .isEqualTo(LibcPoll.VIR_WRITABLE | LibcPoll.VIR_HANGUP);
    }
}
