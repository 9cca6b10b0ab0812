package io.patchbay.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The window's split panes that have an id (the id is the name they are remembered by). */
final class SplitPositions {
    private final Map<String, SplitPane> splits;

    private SplitPositions(Map<String, SplitPane> splits) {
        this.splits = splits;
    }

    /** Every split pane with an id under {@code root}, also inside tabs that are not showing. */
    static SplitPositions of(Node root) {
        Map<String, SplitPane> found = new LinkedHashMap<>();
        collect(root, found);
        return new SplitPositions(found);
    }

    private static void collect(Node n, Map<String, SplitPane> into) {
        if (n instanceof SplitPane s) {
            if (s.getId() != null) {
                into.put(s.getId(), s);
            }
            s.getItems().forEach(i -> collect(i, into)); // the items, not the skin's wrappers (none before layout)
        } else if (n instanceof TabPane t) {
            for (Tab tab : t.getTabs()) {
                if (tab.getContent() != null) {
                    collect(tab.getContent(), into);
                }
            }
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    /** The split ids found. */
    java.util.Set<String> ids() {
        return splits.keySet();
    }

    /** Moves the dividers of each split that has as many remembered positions as dividers. */
    void apply(Map<String, List<Double>> positions) {
        splits.forEach((id, s) -> {
            List<Double> p = positions.get(id);
            if (p != null && p.size() == s.getDividers().size()) {
                s.setDividerPositions(p.stream().mapToDouble(Double::doubleValue).toArray());
            }
        });
    }

    /** The divider positions of every split, by id. */
    Map<String, List<Double>> read() {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        splits.forEach((id, s) -> out.put(id, s.getDividers().stream()
                .map(d -> Math.max(0, Math.min(1, d.getPosition()))).toList()));
        return out;
    }

    /** Runs {@code changed} whenever a divider moves. */
    void onChange(Runnable changed) {
        splits.values().forEach(s -> s.getDividers()
                .forEach(d -> d.positionProperty().addListener((o, a, b) -> changed.run())));
    }
}
