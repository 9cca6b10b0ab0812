package io.patchbay.ui.change;

import io.patchbay.ui.common.SentenceText;
import io.patchbay.ops.Plan;
import io.patchbay.ops.Step;
import io.patchbay.xml.PrettyXml;
import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The preview of a plan (change_preview.fxml): impact, warnings, the exact device XML, the steps, notes and the undo. */
public final class PreviewView {
    private final ChangeViewModel.Preview preview;
    private final ResourceBundle strings;

    @FXML
    private Label impact;
    @FXML
    private VBox warnings;
    @FXML
    private TextArea xml;
    @FXML
    private VBox steps;
    @FXML
    private Label notesTitle;
    @FXML
    private VBox notes;
    @FXML
    private VBox undo;

    public PreviewView(ChangeViewModel.Preview preview, ResourceBundle strings) {
        this.preview = preview;
        this.strings = strings;
    }

    @FXML
    private void initialize() {
        Plan p = preview.plan();
        impact.setText(p.summary());
        for (Message m : preview.warnings()) {
            Label l = new Label(Messages.format(strings, m), new FontIcon("mdi2a-alert-outline"));
            l.getStyleClass().add("preview-warning");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
        warnings.setVisible(!preview.warnings().isEmpty());
        warnings.setManaged(!preview.warnings().isEmpty());
        xml.setText(PrettyXml.of(p.deviceXml()));
        lines(steps, p.steps());
        if (p.steps().isEmpty()) {
            steps.getChildren().add(line(strings.getString("preview.noSteps")));
        }
        p.notes().forEach(n -> notes.getChildren().add(line("\u2022 " + SentenceText.of(n.sentence(), strings))));
        notesTitle.setVisible(!p.notes().isEmpty());
        notesTitle.setManaged(!p.notes().isEmpty());
        lines(undo, p.reverse());
    }

    private void lines(VBox box, List<Step> list) {
        int i = 1;
        for (Step s : list) {
            box.getChildren().add(line((i++) + ". " + s.describe() + "  [" + s.scopeWord() + "]"));
        }
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("preview-line");
        return l;
    }
}
