package io.patchbay.ui.vlan;

import io.patchbay.core.PatchbayException;
import io.patchbay.model.PortVlan;
import io.patchbay.model.VnicVlan;
import io.patchbay.ops.VlanRequest;
import io.patchbay.ui.change.Message;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The VLAN of a vNIC's port as the dialogs edit it: none, an access tag, or a trunk list with an
 * optional native VLAN, typed as text. {@link #problemProperty()} is the first thing wrong (a bundle
 * key, {@code vlan.problem.*}, and its arguments) or null; {@link #request()} is the
 * {@link VlanRequest} once nothing is. Plain Java over JavaFX properties.
 */
public final class VlanChoice {
    /** What the port carries. */
    public enum Mode { NONE, ACCESS, TRUNK }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty trunk = new SimpleStringProperty("");
    private final StringProperty nativeTag = new SimpleStringProperty("");
    private final ObjectBinding<Message> problem;

    public VlanChoice() {
        problem = Bindings.createObjectBinding(this::check, mode, tag, trunk, nativeTag);
    }

    /** A choice prefilled from a vNIC's {@code <vlan>} (null: none). */
    public static VlanChoice of(VnicVlan v) {
        VlanChoice c = new VlanChoice();
        if (v == null || v.tags().isEmpty()) {
            return c;
        }
        if (v.trunk()) {
            c.mode.set(Mode.TRUNK);
            c.trunk.set(join(v.tags()));
            c.nativeTag.set(v.nativeTag() == null ? "" : v.nativeTag().toString());
        } else {
            c.mode.set(Mode.ACCESS);
            c.tag.set(v.tags().get(0).toString());
        }
        return c;
    }

    /** A choice prefilled from an Open vSwitch port's tag and trunks (null: none). */
    public static VlanChoice of(PortVlan p) {
        VlanChoice c = new VlanChoice();
        if (p == null) {
            return c;
        }
        if (!p.trunks().isEmpty()) {
            c.mode.set(Mode.TRUNK);
            c.trunk.set(join(p.trunks()));
            c.nativeTag.set(p.tag() == null ? "" : p.tag().toString());
        } else if (p.tag() != null) {
            c.mode.set(Mode.ACCESS);
            c.tag.set(p.tag().toString());
        }
        return c;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    /** VLAN ids separated by commas or spaces, e.g. "200,201". */
    public StringProperty trunkProperty() {
        return trunk;
    }

    /** Optional: the trunk's VLAN carried untagged. */
    public StringProperty nativeTagProperty() {
        return nativeTag;
    }

    public ObjectBinding<Message> problemProperty() {
        return problem;
    }

    /** The request, or null while something is wrong. */
    public VlanRequest request() {
        if (problem.get() != null) {
            return null;
        }
        try {
            return switch (mode.get()) {
                case NONE -> VlanRequest.NONE;
                case ACCESS -> VlanRequest.access(Integer.parseInt(tag.get().strip()));
                case TRUNK -> VlanRequest.trunk(ids(trunk.get()), nativeId());
            };
        } catch (PatchbayException e) {
            return null; // check() refuses everything the constructors refuse
        }
    }

    private Message check() {
        switch (mode.get()) {
            case ACCESS -> {
                String t = text(tag.get());
                if (t.isEmpty()) {
                    return Message.of("vlan.problem.noTag");
                }
                return idProblem(t);
            }
            case TRUNK -> {
                String t = text(trunk.get());
                if (t.isEmpty()) {
                    return Message.of("vlan.problem.noTrunk");
                }
                for (String part : t.split("[,\\s]+")) {
                    Message m = idProblem(part);
                    if (m != null) {
                        return m;
                    }
                }
                String n = text(nativeTag.get());
                return n.isEmpty() ? null : idProblem(n);
            }
            default -> {
                return null;
            }
        }
    }

    /** Null when {@code s} is a VLAN id from 1 to 4094. */
    private static Message idProblem(String s) {
        if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Message.of("vlan.problem.notId", s);
        }
        int id = Integer.parseInt(s);
        return id < VlanRequest.MIN_ID || id > VlanRequest.MAX_ID ? Message.of("vlan.problem.notId", s) : null;
    }

    private Integer nativeId() {
        String n = text(nativeTag.get());
        return n.isEmpty() ? null : Integer.valueOf(n);
    }

    private static List<Integer> ids(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text(text).split("[,\\s]+")) {
            out.add(Integer.valueOf(part));
        }
        return out;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip().replaceAll("^,+|,+$", "").strip();
    }

    private static String join(List<Integer> ids) {
        StringBuilder b = new StringBuilder();
        ids.forEach(i -> b.append(b.length() == 0 ? "" : ",").append(i));
        return b.toString();
    }
}
