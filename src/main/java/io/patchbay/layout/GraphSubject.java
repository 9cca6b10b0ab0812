package io.patchbay.layout;

import io.patchbay.model.Device;
import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;

/** What a node of the picture stands for: a device, a VM, or a vNIC that has no tap on the host. */
public sealed interface GraphSubject {
    String host();

    /** The name shown on the node. */
    String label();

    /** A host device. */
    record OfDevice(String host, Device device) implements GraphSubject {
        @Override
        public String label() {
            return device.name();
        }
    }

    /** A virtual machine. */
    record OfVm(String host, Vm vm) implements GraphSubject {
        @Override
        public String label() {
            return vm.name();
        }
    }

    /** A vNIC seen only in a VM's XML (a stopped VM, or a tap the host did not list). */
    record OfVnic(String host, Vm vm, Vnic vnic) implements GraphSubject {
        @Override
        public String label() {
            return vnic.mac() == null ? vm.name() + " vNIC" : vnic.mac();
        }
    }
}
