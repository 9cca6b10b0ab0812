# The libvirt part of the lab (sourced by lab/libvirt-up and lab/libvirt-down, bash).

LAB_LIBVIRT_URI=qemu:///system
LAB_BRIDGES="pbbr0 pbbr1"
LAB_NETWORK=pbnet1
LAB_DOMAINS="pbguest1 pbguest2 pbtemplate1"
GUEST_CACHE=/var/cache/patchbay-lab/guest
GUEST_RUN=$LAB_DIR/guests
VIRT_DIR=$LAB_DIR/libvirt
LIBVIRTD_PID=/run/patchbay-lab-libvirtd.pid
VIRTLOGD_PID=/run/patchbay-lab-virtlogd.pid

# True when PIDFILE (written by the daemon itself, maybe without a final newline) names a live
# process whose command line contains MARK.
daemon_alive() {
    local pid
    [ -s "$1" ] || return 1
    pid=$(tr -dc '0-9' < "$1")
    [ -n "$pid" ] || return 1
    case $(cmdline_of "$pid") in *"$2"*) return 0 ;; esac
    return 1
}

# Prints the pid of a live daemon from PIDFILE with MARK, or nothing.
daemon_pid() {
    if daemon_alive "$1" "$2"; then tr -dc '0-9' < "$1"; fi
}

virsh_lab() {
    virsh -q -c "$LAB_LIBVIRT_URI" "$@"
}

# Ends the libvirtd we started (by its pid file) and waits for it to go.
stop_libvirtd() {
    local pid
    pid=$(daemon_pid "$LIBVIRTD_PID" libvirtd)
    if [ -n "$pid" ]; then end_pids "$pid"; fi
    rm -f "$LIBVIRTD_PID"
}

stop_virtlogd() {
    local pid
    pid=$(daemon_pid "$VIRTLOGD_PID" virtlogd)
    if [ -n "$pid" ]; then end_pids "$pid"; fi
    rm -f "$VIRTLOGD_PID"
}

# Prints the domain XML of a lab guest NAME with NICs "type source model mac" (constants only).
domain_xml() {
    local name=$1 nic type source model mac
    shift
    cat <<END
<domain type='qemu'>
  <name>$name</name>
  <description>Patchbay lab guest (lab/libvirt-up)</description>
  <memory unit='MiB'>160</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <kernel>$GUEST_CACHE/vmlinuz</kernel>
    <initrd>$GUEST_CACHE/initrd.img</initrd>
    <cmdline>console=ttyS0 quiet panic=-1</cmdline>
  </os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='pci' model='pcie-root-port'/>
    <controller type='usb' model='none'/>
END
    for nic in "$@"; do
        read -r type source model mac <<< "$nic"
        cat <<END
    <interface type='$type'>
      <mac address='$mac'/>
      <source $type='$source'/>
      <model type='$model'/>
    </interface>
END
    done
    cat <<END
    <serial type='file'>
      <source path='$GUEST_RUN/$name.serial'/>
      <target port='0'/>
    </serial>
    <memballoon model='none'/>
  </devices>
</domain>
END
}

# Prints "type source model mac" per NIC of NAME from virsh domiflist (live, or --inactive).
nic_lines() {
    virsh_lab domiflist "$@" 2>/dev/null | awk 'NF>=5 {print $2, $3, $4, $5}' || true
}

# Defines NAME with the NICs given when missing or different, and brings it to STATE
# (running | shutoff). A running guest whose live NICs differ from the design is restarted.
ensure_domain() {
    local name=$1 want=$2 expected state
    shift 2
    expected=$(printf '%s\n' "$@")
    domain_xml "$name" "$@" > "$VIRT_DIR/$name.xml"
    if ! virsh_lab dominfo "$name" >/dev/null 2>&1 \
        || [ "$(nic_lines "$name" --inactive)" != "$expected" ] \
        || ! virsh_lab dumpxml --inactive "$name" | grep -q "$GUEST_CACHE/initrd.img"; then
        virsh_lab define "$VIRT_DIR/$name.xml" >/dev/null
    fi
    state=$(virsh_lab domstate "$name")
    if [ "$state" = running ] && { [ "$want" != running ] || [ "$(nic_lines "$name")" != "$expected" ]; }; then
        virsh_lab destroy "$name" >/dev/null
        state="shut off"
    fi
    if [ "$want" = running ] && [ "$state" != running ]; then
        virsh_lab start "$name" >/dev/null
    fi
}
