package io.patchbay.ui.settings;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View → Language: the system's language, English or Japanese; it applies from the next start. */
final class LanguageMenu {
    private LanguageMenu() {
    }

    /** Fills {@code menu} with one choice per language, {@code current} selected; {@code chosen} hears each new choice. */
    static void fill(Menu menu, ConsoleLanguage current, ResourceBundle strings, Consumer<ConsoleLanguage> chosen) {
        ToggleGroup group = new ToggleGroup();
        for (ConsoleLanguage l : ConsoleLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(strings.getString(l.nameKey()));
            item.setId("language-" + l.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(l == current);
            item.setOnAction(e -> chosen.accept(l));
            menu.getItems().add(item);
        }
    }
}
