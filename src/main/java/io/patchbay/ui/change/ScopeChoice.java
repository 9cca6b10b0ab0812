package io.patchbay.ui.change;

import io.patchbay.ops.ScopeRequest;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** The live/config choice of the toolbar: what a change touches of a VM. */
public enum ScopeChoice {
    DEFAULT("change.scope.default", ScopeRequest.DEFAULT),
    LIVE("change.scope.live", new ScopeRequest(true, false)),
    CONFIG("change.scope.config", new ScopeRequest(false, true)),
    BOTH("change.scope.both", new ScopeRequest(true, true));

    private final String key;
    private final ScopeRequest scope;

    ScopeChoice(String key, ScopeRequest scope) {
        this.key = key;
        this.scope = scope;
    }

    /** Fills {@code box} with the choices, named from {@code strings}, and makes it set {@code scope}. */
    public static void bind(ChoiceBox<ScopeChoice> box, ObjectProperty<ScopeRequest> scope, ResourceBundle strings) {
        box.getItems().setAll(values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScopeChoice c) {
                return c == null ? "" : strings.getString(c.key);
            }

            @Override
            public ScopeChoice fromString(String s) {
                return null;
            }
        });
        box.setValue(DEFAULT);
        box.valueProperty().addListener((o, a, b) -> scope.set(b.scope));
    }
}
