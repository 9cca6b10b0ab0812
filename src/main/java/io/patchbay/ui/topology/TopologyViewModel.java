package io.patchbay.ui.topology;

import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.LayeredLayout;
import io.patchbay.layout.Layout;
import io.patchbay.layout.TopologyGraph;
import io.patchbay.model.HostTopology;
import io.patchbay.ui.common.BackgroundTasks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The graph's state: the hosts' snapshots, which bridges are collapsed, the selection and the
 * search hits. Layout runs in the background seeded by the previous layout, so a refresh keeps the
 * picture; only the newest result is shown.
 */
public final class TopologyViewModel {
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<GraphScene> scene = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ObservableSet<String> pending = FXCollections.observableSet();
    private final ObservableSet<String> collapsed = FXCollections.observableSet(new HashSet<>());
    private final ReadOnlyIntegerWrapper searchPosition = new ReadOnlyIntegerWrapper();
    private List<String> searchHits = List.of();
    private String searchQuery = "";
    private List<HostTopology> hosts = List.of();
    /** Width for height of the view the hosts' grid is made for (the next layout's). */
    private double aspect = io.patchbay.layout.HostGrid.ASPECT;
    private long generation;
    private Runnable afterLayout = () -> { };

    public TopologyViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The id of the selected node, or null. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** Nodes to highlight: search hits, or the bridges of one logical network. */
    public ObservableSet<String> highlighted() {
        return highlighted;
    }

    /** Node ids with a change planned but not applied (drawn as pending). */
    public ObservableSet<String> pending() {
        return pending;
    }

    /** What the selected node stands for, or null. */
    public GraphSubject selectedSubject() {
        GraphScene s = scene.get();
        String id = selected.get();
        return s == null || id == null ? null : s.graph().subjects().get(id);
    }

    /** New snapshots: lay them out again, keeping the previous picture's order. */
    public void show(List<HostTopology> snapshots) {
        hosts = List.copyOf(snapshots);
        relayout();
    }

    /** The ids of the collapsed bridges; ids of bridges not (yet) on the graph are kept and apply when they appear. */
    public ObservableSet<String> collapsed() {
        return collapsed;
    }

    /** Collapses {@code ids} besides those collapsed already (remembered ones, at start). */
    public void collapseAll(java.util.Collection<String> ids) {
        if (collapsed.addAll(ids)) {
            relayout();
        }
    }

    public boolean isCollapsed(String id) {
        return collapsed.contains(id);
    }

    /** Collapses or expands a bridge with vNICs; anything else is left alone. */
    public void toggleCollapse(String id) {
        GraphScene s = scene.get();
        if (id == null || s == null || !(s.graph().collapsible().contains(id) || collapsed.contains(id))) {
            return;
        }
        if (!collapsed.remove(id)) {
            collapsed.add(id);
        }
        relayout();
    }

    /**
     * Searches by name, MAC or IP: highlights every hit and selects the first (the richest,
     * {@link GraphSearch}); returns the hits. {@link #step} then walks through them.
     */
    public List<String> search(String query) {
        GraphScene s = scene.get();
        List<String> hits = reveal(s == null ? List.of() : GraphSearch.find(s.graph().subjects(), query));
        searchQuery = query == null ? "" : query.strip();
        return hits;
    }

    /** The text of the search whose hits {@link #step} walks ("" when none). */
    public String searchQuery() {
        return searchQuery;
    }

    /** The hits of the last search, richest first. */
    public List<String> searchHits() {
        return searchHits;
    }

    /** Which hit of the last search is selected, from 1 ("2 of 4"); 0 when there is none. */
    public ReadOnlyIntegerProperty searchPositionProperty() {
        return searchPosition.getReadOnlyProperty();
    }

    /**
     * Selects the next ({@code +1}) or previous ({@code -1}) hit of the last search, round the
     * end; the hits stay highlighted. Returns the id now selected, or null when there are no hits.
     */
    public String step(int direction) {
        if (searchHits.isEmpty()) {
            return null;
        }
        int n = searchHits.size();
        int next = Math.floorMod(searchPosition.get() - 1 + Integer.signum(direction), n);
        searchPosition.set(next + 1);
        selected.set(searchHits.get(next));
        return searchHits.get(next);
    }

    /**
     * Highlights {@code hits} (search hits, a problem's subjects) and selects the first; returns
     * them (the window centres the first). {@link #step} walks through them.
     */
    public List<String> reveal(List<String> hits) {
        searchHits = List.copyOf(hits);
        searchQuery = "";
        searchPosition.set(hits.isEmpty() ? 0 : 1);
        highlighted.clear();
        highlighted.addAll(hits);
        if (!hits.isEmpty()) {
            selected.set(hits.get(0));
        }
        return hits;
    }

    /** Highlights every bridge with the selected bridge's name on any host (one logical network). */
    public Set<String> highlightNetwork() {
        GraphSubject subject = selectedSubject();
        highlighted.clear();
        if (subject instanceof GraphSubject.OfDevice d && d.device().kind().isSwitch()) {
            String name = d.device().name();
            scene.get().graph().subjects().forEach((id, s) -> {
                if (s instanceof GraphSubject.OfDevice o && o.device().kind().isSwitch()
                        && o.device().name().equals(name)) {
                    highlighted.add(id);
                }
            });
        }
        return Set.copyOf(highlighted);
    }

    /** The graph view's width for its height: the next layouts make the hosts' grid for it. */
    public void setViewAspect(double widthForHeight) {
        if (widthForHeight > 0.2 && widthForHeight < 10) {
            aspect = widthForHeight;
        }
    }

    /** Runs once after the next layout lands (tests, centring after search). */
    public void afterNextLayout(Runnable r) {
        afterLayout = r;
    }

    private void relayout() {
        long gen = ++generation;
        List<HostTopology> snapshot = hosts;
        Set<String> folded = Set.copyOf(collapsed);
        double grid = aspect;
        GraphScene before = scene.get();
        Layout previous = before == null ? null : before.layout();
        tasks.run(() -> {
            TopologyGraph g = TopologyGraph.of(snapshot, folded);
            return new GraphScene(g, LayeredLayout.compute(g.graph(), previous, grid));
        }, result -> {
            if (gen == generation) {
                scene.set(result);
                if (selected.get() != null && !result.graph().subjects().containsKey(selected.get())) {
                    selected.set(null);
                }
                Runnable r = afterLayout;
                afterLayout = () -> { };
                r.run();
            }
        }, err -> { });
    }
}
