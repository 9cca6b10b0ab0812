package io.patchbay.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A plan and its outcome as JSON for {@code --format json}. */
public final class PlanJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanJson() {
    }

    /** {@code {"plan": {...}}}, with {@code "outcome"} when it ran. */
    public static String write(Plan p, Outcome outcome) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode plan = root.putObject("plan");
        plan.put("id", p.id());
        plan.put("kind", p.kind().name().toLowerCase());
        plan.put("host", p.host());
        plan.put("uri", p.uri());
        plan.put("vm", p.vm());
        plan.put("mac", p.mac());
        if (p.pool() != null) {
            plan.put("pool", p.pool());
        }
        plan.put("deviceXml", p.deviceXml());
        ArrayNode impact = plan.putArray("impact");
        p.impact().forEach(impact::add);
        steps(plan.putArray("steps"), p.steps());
        ArrayNode notes = plan.putArray("notes");
        p.noteTexts().forEach(notes::add);
        steps(plan.putArray("reverse"), p.reverse());
        if (outcome == null) {
            plan.put("state", PlanState.PLANNED.name());
        } else {
            ObjectNode o = root.putObject("outcome");
            o.put("state", outcome.state().name());
            o.put("message", outcome.message());
            o.put("removalPending", outcome.removalPending());
            if (outcome.tap() != null) {
                o.put("tap", outcome.tap());
            }
            if (outcome.journalProblem() != null) {
                o.put("journalProblem", outcome.journalProblem());
            }
            if (outcome.pci() != null) {
                o.put("pci", outcome.pci());
            }
            ArrayNode left = o.putArray("left");
            outcome.left().forEach(left::add);
            ArrayNode events = o.putArray("events");
            outcome.events().forEach(events::add);
        }
        return root.toPrettyString() + "\n";
    }

    private static void steps(ArrayNode out, List<Step> steps) {
        for (Step s : steps) {
            ObjectNode n = out.addObject();
            n.put("call", s.redefine() ? "defineXML" : s.action() == Step.Action.ATTACH ? "attachDeviceFlags"
                    : s.action() == Step.Action.UPDATE ? "updateDeviceFlags" : "detachDeviceFlags");
            n.put("flags", s.flags());
            n.put("scope", s.scopeWord());
            n.put("description", s.describe());
            n.put("xml", s.xml());
        }
    }
}
