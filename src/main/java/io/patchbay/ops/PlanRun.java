package io.patchbay.ops;

import java.util.ArrayList;
import java.util.List;

/** One execution of a {@link Plan}: its state, moved only along {@link PlanState#next()}, and what happened. */
public final class PlanRun {
    private final Plan plan;
    private PlanState state = PlanState.PLANNED;
    private final List<String> events = new ArrayList<>();

    public PlanRun(Plan plan) {
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }

    public synchronized PlanState state() {
        return state;
    }

    /** Moves from the current state to {@code to}; an illegal move is a programming error. */
    public synchronized void transition(PlanState to) {
        if (!state.next().contains(to)) {
            throw new IllegalStateException("plan " + plan.id() + " cannot go from " + state + " to " + to);
        }
        state = to;
        events.add("state " + to);
    }

    public synchronized void event(String text) {
        events.add(text);
    }

    public synchronized List<String> events() {
        return List.copyOf(events);
    }
}
