package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.problems.ProblemsView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every key text of the console is readable in both themes: the colours the theme resolved to
 * (text fill against what is drawn behind it) have a WCAG contrast of at least 4.5:1 — pane titles,
 * tabs, the status bar, table rows selected and not, the host list's selection, the graph's names
 * and second lines of every kind of node, a tooltip, a context menu and a dialog (which are dark in dark).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final double AA = 4.5;
    private final ConsoleFixture app = new ConsoleFixture();
    private Stage stage;

    /** One text and what it is read against. */
    private record Pair(String what, Color text, Color behind) {
        double ratio() {
            return ContrastRatio.of(text, behind);
        }

        @Override
        public String toString() {
            return String.format("%s: %s on %s = %.2f:1", what, text, behind, ratio());
        }
    }

    @Start
    void start(Stage s) {
        this.stage = s;
        app.start(s);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void keyTextsHaveContrastOfAtLeastFourAndAHalf(boolean dark, FxRobot robot) throws Exception {
        robot.interact(() -> {
            Themes.apply(stage.getScene(), dark);
            app.viewModel().openCapture(List.of(TestCaptures.path("problems")));
        });
        app.awaitScene(WAIT, x -> x.graph().graph().hosts().size() == 1);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> app.viewModel().problems().countProperty().get() == 5);
        TableView<?> problems = robot.lookup("#" + ProblemsView.TABLE_ID).queryAs(TableView.class);
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> ProblemsView.TAB_ID.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            problems.getSelectionModel().select(0);
            robot.lookup("#hostList").queryAs(ListView.class).getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Pair> pairs = new ArrayList<>();
        robot.interact(() -> {
            robot.lookup(".pane-title").queryAll().forEach(n -> pairs.add(labeled("pane title", n)));
            pairs.add(labeled("status bar", robot.lookup("#statusLabel").query()));
            robot.lookup(".tab-pane .tab-label").queryAll().forEach(n -> pairs.add(labeled("tab", n)));
            for (Node n : robot.lookup("#hostList .list-cell").queryAll()) {
                ListCell<?> cell = (ListCell<?>) n;
                String what = cell.isSelected() ? "host list, selected" : "host list";
                if (cell.getText() != null && !cell.getText().isEmpty()) {
                    pairs.add(labeled(what, cell));
                }
                cell.lookupAll(".label").stream().filter(l -> l != cell && !((Labeled) l).getText().isEmpty())
                        .forEach(l -> pairs.add(labeled(what, l)));
            }
            for (Node cell : problems.lookupAll(".table-cell")) {
                if (cell instanceof TableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty()) {
                    pairs.add(labeled(c.getTableRow().isSelected() ? "problems row, selected" : "problems row", c));
                }
            }
            for (Node node : robot.lookup(".graph-node").queryAll()) {
                if (node.getStyleClass().stream().anyMatch(Set.of("state-down", "state-vm-off")::contains)) {
                    continue; // faded on purpose: down and shut-off say so by their second line too
                }
                String kind = node.getStyleClass().stream().filter(c -> c.startsWith("kind-")).findFirst().orElse("?");
                for (String part : List.of(".node-name", ".node-detail")) {
                    Node t = node.lookup(part);
                    if (t instanceof Text text && !text.getText().isEmpty() && !node.getStyleClass().contains("state-no-carrier")) {
                        pairs.add(new Pair("graph " + kind + " " + part, ContrastRatio.text(text.getFill(),
                                ContrastRatio.behind(text)), ContrastRatio.behind(text)));
                    }
                }
            }
        });

        // a tooltip, a context menu and a dialog: popups and windows of their own
        Tooltip tip = new Tooltip("vnet0 has MTU 1500");
        ContextMenu menu = new ContextMenu(new MenuItem("Move to bridge…"));
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            tip.show(stage, stage.getX() + 50, stage.getY() + 50);
            menu.show(stage, stage.getX() + 80, stage.getY() + 80);
            alert[0] = new Alert(Alert.AlertType.INFORMATION, "The vNIC was moved to pbbr1.");
            alert[0].initOwner(stage);
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Color[] dialogBehind = new Color[1];
        robot.interact(() -> {
            pairs.add(labeled("tooltip", tip.getSkin().getNode()));
            menu.getSkin().getNode().lookupAll(".menu-item .label").forEach(n -> pairs.add(labeled("context menu", n)));
            Node content = alert[0].getDialogPane().lookup(".content");
            pairs.add(labeled("dialog", content));
            dialogBehind[0] = ContrastRatio.behind(content);
            tip.hide();
            menu.hide();
            alert[0].setResult(ButtonType.OK);
            alert[0].close();
        });

        assertThat(pairs).extracting(Pair::what).contains("pane title", "status bar", "tab", "host list, selected",
                "problems row", "problems row, selected", "graph kind-bridge .node-name", "graph kind-bond .node-detail",
                "graph kind-tap .node-name", "graph kind-vm .node-detail", "tooltip", "context menu", "dialog");
        assertThat(pairs).allSatisfy(p -> assertThat(p.ratio()).as(p.toString()).isGreaterThanOrEqualTo(AA));
        assertThat(ContrastRatio.luminance(dialogBehind[0])).as("the dialog's background in " + (dark ? "dark" : "light"))
                .is(new org.assertj.core.api.Condition<>(l -> dark ? l < 0.05 : l > 0.8, dark ? "dark" : "light"));
    }

    private static Pair labeled(String what, Node n) {
        if (!(n instanceof Labeled l)) {
            throw new AssertionError(what + " is not a label: " + n);
        }
        Color behind = ContrastRatio.behind(l);
        return new Pair(what, ContrastRatio.text(l.getTextFill(), behind), behind);
    }
}
