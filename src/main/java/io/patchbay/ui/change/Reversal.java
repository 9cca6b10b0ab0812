package io.patchbay.ui.change;

import io.patchbay.model.InterfaceType;
import io.patchbay.ops.DeviceXml;
import io.patchbay.ops.JournalEntry;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.Step;
import io.patchbay.ops.VnicIntent;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The intent that takes a journaled change back: an add is removed, a removal added again with the
 * same MAC, model and source, a move goes back to the bridge it left, a link is set back. It is
 * planned again against the host as it is now (so the preview shows the exact reverse steps, and a
 * host that changed since is refused with the reason rather than overwritten). Plain Java.
 */
public final class Reversal {
    /** An intent, or the reason there is none. */
    public record Result(VnicIntent intent, Message refusal) {
        public Optional<VnicIntent> get() {
            return Optional.ofNullable(intent);
        }
    }

    private Reversal() {
    }

    public static Result of(JournalEntry e) {
        if (!"VERIFIED".equals(e.result())) {
            return no("undo.notApplied", e.what(), String.valueOf(e.result()));
        }
        if (e.steps().isEmpty() || e.vm() == null || e.mac() == null) {
            return no("undo.nothing", e.what());
        }
        int flags = 0;
        for (JournalEntry.JournalStep s : e.steps()) {
            flags |= s.flags();
        }
        ScopeRequest scope = new ScopeRequest((flags & Step.LIVE) != 0, (flags & Step.CONFIG) != 0);
        try {
            switch (String.valueOf(e.kind())) {
                case "add":
                    return yes(new VnicIntent.Remove(e.vm(), e.mac(), scope, Planner.DEFAULT_WAIT));
                case "remove": {
                    Element i = DeviceXml.parseInterface(e.xml());
                    String type = i.getAttribute("type");
                    return yes(new VnicIntent.Add(e.vm(), type, DeviceXml.sourceOf(i), e.mac(), null,
                            DeviceXml.modelOf(i), scope));
                }
                case "link": {
                    boolean nowUp = "up".equals(DeviceXml.linkOf(DeviceXml.parseInterface(e.steps().get(0).xml())));
                    return yes(new VnicIntent.Link(e.vm(), e.mac(), !nowUp, scope));
                }
                case "move": {
                    String previous = e.steps().get(0).previous();
                    if (previous == null) {
                        return no("undo.noPrevious", e.what());
                    }
                    Element i = DeviceXml.parseInterface(previous);
                    if (InterfaceType.of(i.getAttribute("type")).orElse(null) != InterfaceType.BRIDGE) {
                        return no("undo.fromNetwork", e.mac(), i.getAttribute("type") + " " + DeviceXml.sourceOf(i));
                    }
                    return yes(new VnicIntent.Move(e.vm(), e.mac(), DeviceXml.sourceOf(i), scope));
                }
                default:
                    return no("undo.unknownKind", String.valueOf(e.kind()));
            }
        } catch (IllegalArgumentException bad) {
            return no("undo.unreadable", e.what(), bad.getMessage());
        }
    }

    private static Result yes(VnicIntent i) {
        return new Result(i, null);
    }

    private static Result no(String key, String... args) {
        return new Result(null, Message.of(key, args));
    }
}
