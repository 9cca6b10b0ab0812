package io.patchbay.ops;

import io.patchbay.xml.PrettyXml;
import java.util.List;

/** A plan as people read it: impact, device XML (one element a line), steps with their libvirt flags, notes, undo. */
public final class PlanText {
    private PlanText() {
    }

    public static String write(Plan p) {
        StringBuilder b = new StringBuilder();
        b.append("Plan ").append(p.id()).append(" (").append(p.kind().name().toLowerCase()).append(") on host ")
                .append(p.host()).append(" (").append(p.uri()).append("), VM ").append(p.vm()).append('\n');
        b.append("State: ").append(PlanState.PLANNED).append('\n');
        p.impact().forEach(i -> b.append("Impact: ").append(i).append('\n'));
        b.append("Device XML:\n").append(indented(p.deviceXml(), "  ")).append('\n');
        steps(b, "Steps", p.steps());
        if (!p.notes().isEmpty()) {
            b.append("Notes:\n");
            p.noteTexts().forEach(n -> b.append("  - ").append(n).append('\n'));
        }
        steps(b, "Undo (reverse plan)", p.reverse());
        return b.toString();
    }

    /** The XML pretty-printed, each line after {@code margin}. */
    private static String indented(String xml, String margin) {
        String pretty = PrettyXml.of(xml);
        return pretty == null ? margin : pretty.replaceAll("(?m)^", margin);
    }

    private static void steps(StringBuilder b, String title, List<Step> steps) {
        b.append(title).append(':').append(steps.isEmpty() ? " none (nothing to change)" : "").append('\n');
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            b.append("  ").append(i + 1).append(". ").append(s.describe()).append('\n');
            b.append(indented(s.xml(), "     ")).append('\n');
        }
    }
}
