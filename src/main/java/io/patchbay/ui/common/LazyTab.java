package io.patchbay.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built when it is first shown, not with the window: the console's first
 * frame then needs no skins, cells or columns of tabs nobody has opened yet (docs/PERFORMANCE.md,
 * "Where start-up time goes").
 */
public final class LazyTab {
    private LazyTab() {
    }

    /** Builds the tab's content on its first selection (at once if it is selected already). */
    public static void fillOnFirstSelection(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        };
        tab.selectedProperty().addListener(once);
    }
}
