package io.patchbay.ui.vnic;

import io.patchbay.mac.MacAddress;
import io.patchbay.ops.Planner;
import io.patchbay.ops.ScopeRequest;
import io.patchbay.ops.VlanRequest;
import io.patchbay.ops.VnicIntent;
import io.patchbay.ui.change.Message;
import io.patchbay.ui.vlan.VlanChoice;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The create-vNIC dialog's state and rules: source (a bridge or a libvirt network), NIC model,
 * MAC from a pool or typed (checked on every change by {@link MacAddress} and against the MACs in
 * use), the VLAN on an Open vSwitch bridge, the portgroup of a network that has them, live and/or
 * persistent scope. {@link #problemProperty()} is the first thing wrong, or
 * null; {@link #result()} is the intent once nothing is.
 */
public final class CreateVnicViewModel {
    /** Where the vNIC is plugged. */
    public enum SourceKind { BRIDGE, NETWORK }

    /** Where its MAC comes from. */
    public enum MacMode { POOL, TYPED }

    /** What is wrong, as a bundle key ({@code vnic.create.problem.*}) and its format arguments. */
    public record Problem(String key, List<String> args) {
        public Problem(String key, String... args) {
            this(key, List.of(args));
        }
    }

    private final CreateVnicPrefill prefill;
    private final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>(SourceKind.BRIDGE);
    private final StringProperty bridge = new SimpleStringProperty();
    private final StringProperty network = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty(Planner.MODELS.get(0));
    private final ObjectProperty<MacMode> macMode = new SimpleObjectProperty<>();
    private final StringProperty pool = new SimpleStringProperty();
    private final StringProperty typedMac = new SimpleStringProperty("");
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final BooleanProperty config = new SimpleBooleanProperty(true);
    private final VlanChoice vlan = new VlanChoice();
    private final StringProperty portgroup = new SimpleStringProperty("");
    private final BooleanBinding vlanShown;
    private final ObjectBinding<List<String>> portgroups;
    private final ObjectBinding<Problem> problem;
    private final ObjectBinding<Problem> macToUse;

    public CreateVnicViewModel(CreateVnicPrefill p) {
        this.prefill = p;
        bridge.set(p.bridge() != null ? p.bridge() : p.bridges().isEmpty() ? null : p.bridges().get(0));
        pool.set(p.pools().isEmpty() ? null : p.pools().get(0));
        macMode.set(p.pools().isEmpty() ? MacMode.TYPED : MacMode.POOL);
        live.set(p.vmRunning());
        live.addListener((o, was, now) -> {
            if (now && !p.vmRunning()) {
                live.set(false); // a stopped VM has no live definition to change
            }
        });
        vlanShown = Bindings.createBooleanBinding(() -> sourceKind.get() == SourceKind.BRIDGE
                && bridge.get() != null && p.ovsBridges().contains(bridge.get()), sourceKind, bridge);
        portgroups = Bindings.createObjectBinding(() -> sourceKind.get() != SourceKind.NETWORK || network.get() == null
                ? List.of() : p.portgroups().getOrDefault(network.get().strip(), List.of()), sourceKind, network);
        ObservableValue<?>[] deps = {sourceKind, bridge, network, model, macMode, pool, typedMac, live, config,
            vlanShown, vlan.problemProperty()};
        problem = Bindings.createObjectBinding(this::check, deps);
        macToUse = Bindings.createObjectBinding(this::macNote, macMode, pool, typedMac);
    }

    public CreateVnicPrefill prefill() {
        return prefill;
    }

    /** The NIC models offered, the default first. */
    public List<String> models() {
        return Planner.MODELS;
    }

    public ObjectProperty<SourceKind> sourceKindProperty() {
        return sourceKind;
    }

    public StringProperty bridgeProperty() {
        return bridge;
    }

    public StringProperty networkProperty() {
        return network;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public ObjectProperty<MacMode> macModeProperty() {
        return macMode;
    }

    public StringProperty poolProperty() {
        return pool;
    }

    public StringProperty typedMacProperty() {
        return typedMac;
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public BooleanProperty configProperty() {
        return config;
    }

    /** The VLAN of the new vNIC's port; asked only when {@link #vlanShownProperty()}. */
    public VlanChoice vlan() {
        return vlan;
    }

    /** Whether the VLAN is asked: the vNIC goes onto an Open vSwitch bridge (libvirt sets VLANs there only). */
    public BooleanBinding vlanShownProperty() {
        return vlanShown;
    }

    /** The portgroups of the network typed (empty when it has none, or a bridge is chosen). */
    public ObjectBinding<List<String>> portgroupsProperty() {
        return portgroups;
    }

    /** The portgroup chosen; blank for the network's default. */
    public StringProperty portgroupProperty() {
        return portgroup;
    }

    /** Whether a live change can be asked for at all (the VM runs). */
    public boolean liveAvailable() {
        return prefill.vmRunning();
    }

    /** The first thing wrong, or null when the intent can be made. */
    public ObjectBinding<Problem> problemProperty() {
        return problem;
    }

    /**
     * The MAC the vNIC will get, as a sentence key ({@code vnic.create.macToUse.*}) and arguments:
     * the typed one, or the one the chosen pool hands out next (the preview shows the one reserved);
     * null while the MAC is wrong (the problem says why).
     */
    public ObjectBinding<Problem> macToUseProperty() {
        return macToUse;
    }

    private Problem macNote() {
        if (macMode.get() == MacMode.POOL) {
            if (blank(pool.get())) {
                return null;
            }
            String next = prefill.nextFromPool().apply(pool.get());
            return next == null ? new Problem("vnic.create.macToUse.poolUnknown", pool.get())
                    : new Problem("vnic.create.macToUse.pool", next, pool.get());
        }
        return checkTypedMac() == null ? new Problem("vnic.create.macToUse.typed", typedMacValue().toString()) : null;
    }

    /** The intent: the pool's name and no MAC when the MAC comes from a pool; empty while something is wrong. */
    public Optional<VnicIntent.Add> result() {
        if (problem.get() != null) {
            return Optional.empty();
        }
        boolean bridged = sourceKind.get() == SourceKind.BRIDGE;
        boolean fromPool = macMode.get() == MacMode.POOL;
        VlanRequest v = vlanShown.get() ? vlan.request() : VlanRequest.NONE;
        String group = !bridged && portgroups.get().contains(portgroup.get()) ? portgroup.get() : null;
        return Optional.of(new VnicIntent.Add(prefill.vm(), bridged ? "bridge" : "network",
                bridged ? bridge.get() : network.get().strip(), fromPool ? null : typedMacValue().toString(),
                fromPool ? pool.get() : null, model.get(), new ScopeRequest(live.get(), config.get()), v, group));
    }

    private Problem check() {
        if (sourceKind.get() == SourceKind.BRIDGE) {
            if (blank(bridge.get())) {
                return new Problem("vnic.create.problem.noBridge");
            }
        } else if (blank(network.get())) {
            return new Problem("vnic.create.problem.noNetwork");
        }
        if (!models().contains(model.get())) {
            return new Problem("vnic.create.problem.model", String.valueOf(model.get()));
        }
        Problem mac = macMode.get() == MacMode.POOL ? checkPool() : checkTypedMac();
        if (mac != null) {
            return mac;
        }
        if (vlanShown.get() && vlan.problemProperty().get() != null) {
            Message m = vlan.problemProperty().get();
            return new Problem(m.key(), m.args());
        }
        if (!live.get() && !config.get()) {
            return new Problem("vnic.create.problem.noScope");
        }
        return null;
    }

    private Problem checkPool() {
        return blank(pool.get()) ? new Problem("vnic.create.problem.noPool") : null;
    }

    private Problem checkTypedMac() {
        String text = typedMac.get() == null ? "" : typedMac.get().strip();
        if (text.isEmpty()) {
            return new Problem("vnic.create.problem.noMac");
        }
        if (MacAddress.parseBits(text) < 0) {
            return new Problem("vnic.create.problem.macSyntax", text);
        }
        MacAddress mac = typedMacValue();
        MacAddress.Refusal why = mac.refusal();
        if (why != null) {
            return new Problem("vnic.create.problem.macRefused." + why.name().toLowerCase(java.util.Locale.ROOT), mac.toString());
        }
        String where = prefill.whereUsed().apply(mac.toString());
        if (where != null) {
            return new Problem("vnic.create.problem.macInUse", mac.toString(), where);
        }
        return null;
    }

    private MacAddress typedMacValue() {
        return new MacAddress(MacAddress.parseBits(typedMac.get().strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
