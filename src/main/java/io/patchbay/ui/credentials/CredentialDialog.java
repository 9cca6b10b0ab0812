package io.patchbay.ui.credentials;

import io.patchbay.discovery.ssh.CredentialAnswer;
import io.patchbay.discovery.ssh.CredentialKind;
import io.patchbay.discovery.ssh.CredentialRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog for one {@link CredentialRequest}: a passphrase, a password, or the server's
 * keyboard-interactive questions. Hidden fields are {@link PasswordField}s; their text is copied
 * into {@code char[]} and the fields are cleared as the dialog closes. FX thread only.
 */
final class CredentialDialog {
    /** Ids for tests and screenshots. */
    static final String DIALOG_ID = "credentialDialog";
    static final String FIELD_ID_PREFIX = "credentialField";
    static final String REMEMBER_ID = "credentialRemember";
    static final String RETRY_ID = "credentialRetry";

    private CredentialDialog() {
    }

    static CredentialAnswer show(ResourceBundle strings, Window owner, CredentialRequest r) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            d.initOwner(owner);
            if (owner.getScene() != null) {
                d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets()); // the window's theme
            }
        }
        d.setTitle(strings.getString(key(r.kind(), "title")));
        d.setHeaderText(header(strings, r));
        d.getDialogPane().setId(DIALOG_ID);

        VBox content = new VBox(8);
        if (r.retry()) {
            Label retry = new Label(String.format(strings.getString(key(r.kind(), "retry")), r.attempt(), r.maxAttempts()));
            retry.setId(RETRY_ID);
            retry.getStyleClass().add("credential-retry");
            content.getChildren().add(retry);
        }
        if (!r.instruction().isBlank()) {
            Label instruction = new Label(r.instruction());
            instruction.setWrapText(true);
            content.getChildren().add(instruction);
        }
        List<TextField> fields = new ArrayList<>();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < r.fields().size(); i++) {
            CredentialRequest.Field f = r.fields().get(i);
            TextField input = f.echo() ? new TextField() : new PasswordField();
            input.setId(FIELD_ID_PREFIX + i);
            input.setPrefWidth(280);
            fields.add(input);
            String label = r.kind() == CredentialKind.KEYBOARD_INTERACTIVE ? f.prompt() : strings.getString(key(r.kind(), "label"));
            grid.addRow(i, new Label(label), input);
        }
        content.getChildren().add(grid);
        CheckBox remember = new CheckBox(strings.getString("credentials.remember"));
        remember.setId(REMEMBER_ID);
        if (r.keyringOffered()) {
            content.getChildren().add(remember);
        } else if (r.kind() != CredentialKind.KEYBOARD_INTERACTIVE) {
            Label memoryOnly = new Label(strings.getString("credentials.memoryOnly"));
            memoryOnly.setWrapText(true);
            content.getChildren().add(memoryOnly);
        }
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("credentialOk");
        d.getDialogPane().lookupButton(ButtonType.CANCEL).setId("credentialCancel");
        d.setOnShown(e -> fields.get(0).requestFocus());

        ButtonType chosen = d.showAndWait().orElse(ButtonType.CANCEL);
        try {
            if (chosen != ButtonType.OK) {
                return CredentialAnswer.cancelled();
            }
            char[][] values = new char[fields.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = chars(fields.get(i).getCharacters());
            }
            return CredentialAnswer.of(r.keyringOffered() && remember.isSelected(), values);
        } finally {
            fields.forEach(TextField::clear);
        }
    }

    private static String header(ResourceBundle strings, CredentialRequest r) {
        return switch (r.kind()) {
            case PASSPHRASE -> String.format(strings.getString("credentials.passphrase.header"), r.keyFile(), r.account());
            case PASSWORD -> String.format(strings.getString("credentials.password.header"), r.account());
            case KEYBOARD_INTERACTIVE -> r.name().isBlank()
                    ? String.format(strings.getString("credentials.keyboard.header"), r.account())
                    : String.format(strings.getString("credentials.keyboard.headerNamed"), r.account(), r.name());
        };
    }

    private static String key(CredentialKind kind, String what) {
        String k = switch (kind) {
            case PASSPHRASE -> "passphrase";
            case PASSWORD -> "password";
            case KEYBOARD_INTERACTIVE -> "keyboard";
        };
        return "credentials." + k + "." + what;
    }

    private static char[] chars(CharSequence text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = text.charAt(i);
        }
        return c;
    }
}
