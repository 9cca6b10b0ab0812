package io.patchbay.ui.topology;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The search field of the toolbar and what it says. Enter searches; Enter again (the same text)
 * or F3 goes to the next hit, Shift+Enter or Shift+F3 to the previous one (F3 from anywhere in
 * the window, through the View menu's accelerators). The label says "2 of 4" (which hit is
 * selected of how many) or that nothing matched. Each hit reached is shown by {@code reveal}.
 */
public final class SearchBar {
    private final TextField field;
    private final Label result;
    private final TopologyViewModel topology;
    private final ResourceBundle strings;
    private final Consumer<String> reveal;

    public SearchBar(TextField field, Label result, TopologyViewModel topology, ResourceBundle strings,
                     Consumer<String> reveal) {
        this.field = field;
        this.result = result;
        this.topology = topology;
        this.strings = strings;
        this.reveal = reveal;
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                enter(e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.F3) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        topology.searchPositionProperty().addListener((o, a, b) -> tell());
    }

    /** Enter in the field: a new text searches, the same text steps (backwards with Shift). */
    public void enter(boolean backwards) {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (!text.isEmpty() && text.equals(topology.searchQuery()) && !topology.searchHits().isEmpty()) {
            step(backwards ? -1 : 1);
            return;
        }
        List<String> hits = topology.search(text);
        tell();
        if (!hits.isEmpty()) {
            reveal.accept(hits.get(0));
        }
    }

    /** The next ({@code +1}) or previous ({@code -1}) hit of the last search (or of a revealed problem). */
    public void step(int direction) {
        String id = topology.step(direction);
        if (id == null) {
            enter(direction < 0);
            return;
        }
        reveal.accept(id);
    }

    /** Puts the keyboard in the field, its text selected (Find, Ctrl+F). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** Says which hit is selected of how many, or that nothing matched. */
    public void tell() {
        int n = topology.searchHits().size();
        int at = topology.searchPositionProperty().get();
        if (n == 0) {
            boolean searched = !topology.searchQuery().isEmpty();
            result.setText(searched ? strings.getString("graph.noMatch") : "");
        } else {
            result.setText(String.format(strings.getString("graph.matchOf"), at, n));
        }
    }
}
