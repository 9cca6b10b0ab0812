package io.patchbay.ui.main;

import io.patchbay.layout.GraphSubject;
import io.patchbay.model.HostTopology;
import io.patchbay.model.InterfaceType;
import io.patchbay.ui.change.VnicRef;
import io.patchbay.ui.topology.GraphView;
import io.patchbay.ui.vnic.CreateVnicPrefills;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The graph's context menu, for a vNIC (move to, link, VLAN, remove, create, copy MAC, show XML), a VM
 * (create vNIC) or a bridge (Linux or Open vSwitch) (create a vNIC on it for one of its host's VMs). Opened by a right
 * click or the menu keys ({@link GraphKeys}); it selects the node it is for.
 */
final class GraphMenu {
    /** The menu's id (tests). */
    static final String MENU_ID = "graphContextMenu";

    private final MainViewModel vm;
    private final GraphView graph;
    private final VnicActions actions;
    private final ResourceBundle strings;
    private ContextMenu menu;

    GraphMenu(MainViewModel vm, GraphView graph, VnicActions actions, ResourceBundle strings) {
        this.vm = vm;
        this.graph = graph;
        this.actions = actions;
        this.strings = strings;
    }

    void install() {
        graph.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            String id = graph.nodeIdAt(e.getPickResult().getIntersectedNode());
            if (id != null) {
                vm.topology().selectedProperty().set(id);
                show(id, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        // some platforms (the headless one) send no context-menu request for a right click
        graph.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            String id = graph.nodeIdAt(e.getPickResult().getIntersectedNode());
            if (e.getButton() == MouseButton.SECONDARY && id != null
                    && (menu == null || !menu.isShowing())) {
                vm.topology().selectedProperty().set(id);
                show(id, e.getScreenX(), e.getScreenY());
            }
        });
    }

    /** Shows the menu of node {@code id} at a screen point (nothing when it has no actions). */
    void show(String id, double screenX, double screenY) {
        if (menu != null) {
            menu.hide();
        }
        menu = menuFor(id);
        if (menu.getItems().isEmpty()) {
            return;
        }
        menu.show(graph, screenX, screenY);
    }

    ContextMenu menuFor(String id) {
        ContextMenu m = new ContextMenu();
        m.setId(MENU_ID);
        Map<String, GraphSubject> s = actions.subjects();
        Optional<VnicRef> ref = VnicRef.of(s, id);
        GraphSubject subject = s.get(id);
        if (ref.isPresent()) {
            m.getItems().addAll(vnicItems(ref.get()));
        } else if (subject instanceof GraphSubject.OfVm v) {
            MenuItem create = item("actionCreate", strings.getString("action.create"),
                    () -> actions.createVnic(v.host(), v.vm().name(), null));
            create.setAccelerator(new KeyCodeCombination(KeyCode.N));
            create.setDisable(!actions.changeable(v.host()));
            m.getItems().add(create);
        } else if (subject instanceof GraphSubject.OfDevice d && d.device().kind().isSwitch()) {
            Menu create = new Menu(strings.getString("action.createOnBridge"));
            create.setId("actionCreateOn");
            HostTopology t = vm.topologyOf(d.host());
            if (t != null) {
                t.vms().forEach(v -> create.getItems().add(item("createFor:" + v.name(), v.name(),
                        () -> actions.createVnic(d.host(), v.name(), d.device().name()))));
            }
            create.setDisable(!actions.changeable(d.host()) || create.getItems().isEmpty());
            m.getItems().add(create);
        }
        return m;
    }

    private List<MenuItem> vnicItems(VnicRef r) {
        boolean can = actions.changeable(r.host());
        Menu moveTo = new Menu(strings.getString("action.moveTo"));
        moveTo.setId("actionMoveTo");
        for (String b : bridges(r.host())) {
            if (!b.equals(r.bridge())) {
                moveTo.getItems().add(item("moveTo:" + b, b, () -> actions.move(r, b)));
            }
        }
        moveTo.setDisable(!can || moveTo.getItems().isEmpty());
        boolean down = "down".equalsIgnoreCase(r.vnic().link());
        MenuItem link = item("actionLink", strings.getString(down ? "action.linkUp" : "action.linkDown"),
                () -> actions.link(r, down));
        link.setAccelerator(new KeyCodeCombination(KeyCode.L));
        MenuItem vlan = item("actionVlan", strings.getString("action.vlan"), () -> actions.vlan(r));
        vlan.setAccelerator(new KeyCodeCombination(KeyCode.V));
        vlan.setDisable(!can || InterfaceType.of(r.vnic().type()).isEmpty());
        MenuItem remove = item("actionRemove", strings.getString("action.remove"), () -> actions.remove(r));
        remove.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        MenuItem create = item("actionCreate", strings.getString("action.create"),
                () -> actions.createVnic(r.host(), r.vm().name(), r.bridge()));
        create.setAccelerator(new KeyCodeCombination(KeyCode.N));
        link.setDisable(!can);
        remove.setDisable(!can);
        create.setDisable(!can);
        MenuItem copy = item("actionCopyMac", strings.getString("action.copyMac"), () -> actions.copyMac(r));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        MenuItem xml = item("actionShowXml", strings.getString("action.showXml"), () -> actions.showXml(r));
        xml.setAccelerator(new KeyCodeCombination(KeyCode.X));
        xml.setDisable(!can);
        return List.of(moveTo, link, vlan, remove, new SeparatorMenuItem(), create, new SeparatorMenuItem(), copy, xml);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private List<String> bridges(String host) {
        HostTopology t = vm.topologyOf(host);
        return t == null ? List.of() : CreateVnicPrefills.bridges(t);
    }
}
