package io.patchbay.ui.settings;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Menu items of the window's menu bar by id (menu items are not nodes: a scene lookup does not find them). */
final class MenuItems {
    private MenuItems() {
    }

    static Optional<MenuItem> find(Node root, String id) {
        Node bar = root.lookup(".menu-bar");
        if (!(bar instanceof MenuBar b)) {
            return Optional.empty();
        }
        for (Menu m : b.getMenus()) {
            Optional<MenuItem> hit = find(m, id);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static Optional<MenuItem> find(MenuItem item, String id) {
        if (id.equals(item.getId())) {
            return Optional.of(item);
        }
        if (item instanceof Menu m) {
            for (MenuItem i : m.getItems()) {
                Optional<MenuItem> hit = find(i, id);
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }
}
