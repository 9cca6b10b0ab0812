# The libvirt part of the lab (sourced by lab/libvirt-up and lab/libvirt-down, bash).

LAB_LIBVIRT_URI=qemu:///system   # set_libvirt_mode changes it in private mode
LAB_BRIDGES="pbbr0 pbbr1"
LAB_NETWORK=pbnet1
# An isolated libvirt network with DHCP (no <forward>: its traffic stays between the lab's guest
# and the lab's bridge) and the guest that keeps a lease on it; libvirt makes the bridge itself.
LAB_DHCP_NETWORK=pbdhcp
LAB_DHCP_BRIDGE=pbbr2
LAB_DHCP_ADDRESS=198.51.100.1
LAB_DHCP_PREFIX=24
LAB_DHCP_RANGE="198.51.100.100 198.51.100.200"
LAB_DHCP_GUEST=pbguest3
LAB_DHCP_MAC=52:54:00:bb:03:01
LAB_DOMAINS="pbguest1 pbguest2 pbtemplate1 $LAB_DHCP_GUEST"
# Packages libvirtd looks for when it starts (firewall backend, dnsmasq): a libvirtd started before
# they were installed cannot start a network with DHCP until it restarts.
LIBVIRTD_STARTUP_PACKAGES="iptables dnsmasq-base"
GUEST_CACHE=/var/cache/patchbay-lab/guest
GUEST_RUN=$LAB_DIR/guests
VIRT_DIR=$LAB_DIR/libvirt
SYSTEM_LIBVIRTD_PID=/run/patchbay-lab-libvirtd.pid
SYSTEM_VIRTLOGD_PID=/run/patchbay-lab-virtlogd.pid
# Other pid files in private mode: a lab script of an older version (which knows only system mode)
# then finds no lab libvirtd, instead of sending its virsh calls to the machine's qemu:///system.
PRIVATE_LIBVIRTD_PID=/run/patchbay-lab-private-libvirtd.pid
PRIVATE_VIRTLOGD_PID=/run/patchbay-lab-private-virtlogd.pid
LIBVIRTD_PID=$SYSTEM_LIBVIRTD_PID   # set_libvirt_mode sets both for its mode
VIRTLOGD_PID=$SYSTEM_VIRTLOGD_PID
# Private mode (a libvirtd the lab did not start runs here): the lab's libvirtd, virtlogd and their
# QEMU children live in a mount namespace of the lab's own, held open by a sleeping process, where
# these lab folders are bound over libvirt's (folder under $VIRT_DIR : libvirt's folder).
LIBVIRT_NS_PID=/run/patchbay-lab-libvirt-ns.pid
LIBVIRT_NS_MARK=patchbay-lab-libvirt-ns
PRIVATE_BINDS="run:/run/libvirt lib:/var/lib/libvirt cache:/var/cache/libvirt log:/var/log/libvirt etc:/etc/libvirt"
PRIVATE_SOCK=$VIRT_DIR/run/libvirt-sock
LAB_LIBVIRT_MODE=system
QEMU_CONF=/etc/libvirt/qemu.conf

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

# Sets LAB_LIBVIRT_MODE (system | private) and what follows from it: the URI, the qemu.conf path.
set_libvirt_mode() {
    LAB_LIBVIRT_MODE=$1
    case $1 in
        system)
            LAB_LIBVIRT_URI=qemu:///system
            QEMU_CONF=/etc/libvirt/qemu.conf
            LIBVIRTD_PID=$SYSTEM_LIBVIRTD_PID
            VIRTLOGD_PID=$SYSTEM_VIRTLOGD_PID
            ;;
        private)
            LAB_LIBVIRT_URI="qemu:///system?socket=$PRIVATE_SOCK"
            QEMU_CONF=$VIRT_DIR/etc/qemu.conf
            LIBVIRTD_PID=$PRIVATE_LIBVIRTD_PID
            VIRTLOGD_PID=$PRIVATE_VIRTLOGD_PID
            ;;
        *) die "internal error: libvirt mode '$1'" ;;
    esac
}

# The mount namespace of PID (e.g. mnt:[4026531841]), or nothing.
mnt_ns_of() {
    readlink "/proc/$1/ns/mnt" 2>/dev/null || true
}

# Pid of the lab's namespace holder, or nothing. A pid file naming a process of our own mount
# namespace never counts: what is ended through the holder must be the lab's namespace only.
ns_holder_pid() {
    local pid
    pid=$(daemon_pid "$LIBVIRT_NS_PID" "$LIBVIRT_NS_MARK")
    if [ -n "$pid" ] && [ "$(mnt_ns_of "$pid")" != "$(mnt_ns_of $$)" ]; then echo "$pid"; fi
}

# Every pid in the mount namespace of the lab's holder (the holder, virtlogd, libvirtd, QEMU).
ns_pids() {
    local holder ns p
    holder=$(ns_holder_pid)
    [ -n "$holder" ] || return 0
    ns=$(mnt_ns_of "$holder")
    [ -n "$ns" ] || return 0
    for p in /proc/[0-9]*; do
        if [ "$(readlink "$p/ns/mnt" 2>/dev/null)" = "$ns" ]; then echo "${p#/proc/}"; fi
    done
}

# True when a libvirt daemon that the lab did not start runs here (a KVM workstation's system
# libvirtd or virtqemud): its pid file names a live daemon, or its socket accepts a connection.
# Called only while no lab libvirtd runs (a stale socket refuses connections and does not count).
machine_libvirtd_runs() {
    local f pid
    for f in /run/libvirtd.pid /run/virtqemud.pid; do
        [ -s "$f" ] || continue
        pid=$(tr -dc '0-9' < "$f")
        [ -n "$pid" ] || continue
        case $(cmdline_of "$pid") in *libvirtd*|*virtqemud*) return 0 ;; esac
    done
    for f in /run/libvirt/libvirt-sock /run/libvirt/virtqemud-sock; do
        if [ -S "$f" ] && nc -z -U "$f" 2>/dev/null; then return 0; fi
    done
    return 1
}

# Prints the mode of the lab's libvirt as it runs now, from facts (never from a note that could be
# stale): the lab libvirtd that runs and its mount namespace, else the holder; "none" when
# neither runs.
running_libvirt_mode() {
    local pid
    pid=$(daemon_pid "$SYSTEM_LIBVIRTD_PID" libvirtd)
    if [ -n "$pid" ] && [ "$(mnt_ns_of "$pid")" = "$(mnt_ns_of $$)" ]; then
        echo system
    elif [ -n "$(daemon_pid "$PRIVATE_LIBVIRTD_PID" libvirtd)" ] || [ -n "$(ns_holder_pid)" ]; then
        echo private
    else
        echo none
    fi
}

# Ends everything in the lab's private namespace (holder included) and forgets the holder. QEMU
# runs in a mount namespace of its own below ours: its processes are found by the pid files the
# lab's daemon wrote in its own run folder ($VIRT_DIR/run/qemu/NAME.pid).
end_private_namespace() {
    local f pid
    local -a pids=()
    mapfile -t pids < <(ns_pids)
    for f in "$VIRT_DIR"/run/qemu/*.pid; do
        [ -e "$f" ] || continue
        pid=$(daemon_pid "$f" qemu-system)
        if [ -n "$pid" ]; then pids+=("$pid"); fi
    done
    end_pids "${pids[@]}"
    rm -f "$LIBVIRT_NS_PID"
}

# Script of the namespace holder (run by unshare in a new mount namespace, all mounts private):
# $0 mark, $1 the lab's libvirt folder, $2 pid file, $3 the binds. Drops the copies of the network
# namespace mounts (they would keep deleted lab hosts alive), binds the lab folders over libvirt's,
# then sleeps for good under a name holding the mark.
# shellcheck disable=SC2016  # expanded by the holder's bash
NS_HOLDER_SCRIPT='set -eu
for n in /run/netns/*; do
    if mountpoint -q "$n"; then umount -l "$n"; fi
done
if mountpoint -q /run/netns; then umount -l /run/netns; fi
for b in $3; do
    mkdir -p "${b#*:}"
    mount --bind "$1/${b%%:*}" "${b#*:}"
done
echo $$ > "$2"
exec -a "$0 $1" sleep infinity'

# Starts the holder of the lab's private mount namespace unless it runs.
ensure_private_namespace() {
    local b i
    if [ -n "$(ns_holder_pid)" ]; then return 0; fi
    for b in $PRIVATE_BINDS; do mkdir -p "$VIRT_DIR/${b%%:*}"; done
    mkdir -p "$VIRT_DIR/log/qemu"
    rm -f "$LIBVIRT_NS_PID"
    setsid unshare --mount --propagation private bash -c "$NS_HOLDER_SCRIPT" "$LIBVIRT_NS_MARK" \
        "$VIRT_DIR" "$LIBVIRT_NS_PID" "$PRIVATE_BINDS" </dev/null >/dev/null 2>>"$VIRT_DIR/namespace.log" 9>&- &
    for i in $(seq 1 250); do
        if [ -n "$(ns_holder_pid)" ]; then return 0; fi
        sleep 0.02
    done
    die "the private mount namespace for libvirtd was not made: $(tail -n 5 "$VIRT_DIR/namespace.log" 2>/dev/null)"
}

# Runs argv in the lab's libvirt mount namespace: the private one, or ours in system mode.
in_lab_ns() {
    if [ "$LAB_LIBVIRT_MODE" = private ]; then
        nsenter -t "$(ns_holder_pid)" -m -- "$@"
    else
        "$@"
    fi
}

# True when PID lives in the mount namespace the lab's daemons belong in for this mode.
in_expected_ns() {
    local want
    if [ "$LAB_LIBVIRT_MODE" = private ]; then want=$(mnt_ns_of "$(ns_holder_pid)"); else want=$(mnt_ns_of $$); fi
    [ -n "$want" ] && [ "$(mnt_ns_of "$1")" = "$want" ]
}

virsh_lab() {
    virsh -q -c "$LAB_LIBVIRT_URI" "$@"
}

# Ends a daemon we started, by its PIDFILE (the process must have MARK in its command line),
# waits for it to go and removes the pid file.
stop_daemon() {
    local pid
    pid=$(daemon_pid "$1" "$2")
    if [ -n "$pid" ]; then end_pids "$pid"; fi
    rm -f "$1"
}

stop_libvirtd() {
    stop_daemon "$LIBVIRTD_PID" libvirtd
}

stop_virtlogd() {
    stop_daemon "$VIRTLOGD_PID" virtlogd
}

# True when the libvirtd of PID started before one of LIBVIRTD_STARTUP_PACKAGES was installed
# (dpkg writes a package's file list when it installs it).
libvirtd_predates_packages() {
    local started p list
    started=$(( $(date +%s) - $(ps -o etimes= -p "$1" | tr -dc '0-9') ))
    for p in $LIBVIRTD_STARTUP_PACKAGES; do
        list=/var/lib/dpkg/info/$p.list
        [ -f "$list" ] || list=/var/lib/dpkg/info/$p:amd64.list
        if [ -f "$list" ] && [ "$(stat -c %Y "$list")" -ge "$started" ]; then return 0; fi
    done
    return 1
}

# Prints the initramfs file a lab domain NAME boots (the DHCP guest's keeps a lease on each NIC).
guest_initrd() {
    if [ "$1" = "$LAB_DHCP_GUEST" ]; then echo "$GUEST_CACHE/initrd-dhcp.img"; else echo "$GUEST_CACHE/initrd.img"; fi
}

# Prints the kernel command line of a lab domain NAME.
guest_cmdline() {
    if [ "$1" = "$LAB_DHCP_GUEST" ]; then
        echo "console=ttyS0 quiet panic=-1 rdinit=/init-dhcp"
    else
        echo "console=ttyS0 quiet panic=-1"
    fi
}

# Prints the XML of the lab's DHCP network (constants only).
dhcp_network_xml() {
    local start end
    read -r start end <<< "$LAB_DHCP_RANGE"
    cat <<END
<network>
  <name>$LAB_DHCP_NETWORK</name>
  <bridge name='$LAB_DHCP_BRIDGE' stp='off'/>
  <dns enable='no'/>
  <ip address='$LAB_DHCP_ADDRESS' prefix='$LAB_DHCP_PREFIX'>
    <dhcp>
      <range start='$start' end='$end'/>
    </dhcp>
  </ip>
</network>
END
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
    <initrd>$(guest_initrd "$name")</initrd>
    <cmdline>$(guest_cmdline "$name")</cmdline>
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
        if [ "$type" = ovs ]; then
            # a port of an OVS bridge with the lab's VLAN tag (constants only)
            cat <<END
    <interface type='bridge'>
      <mac address='$mac'/>
      <source bridge='$source'/>
      <virtualport type='openvswitch'/>
      <vlan><tag id='$LAB_OVS_TAG'/></vlan>
      <model type='$model'/>
    </interface>
END
            continue
        fi
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

# Prints "type source model mac" per NIC of NAME from virsh domiflist (live, or --inactive);
# a vNIC with an OVS virtualport is "ovs", with its VLAN tag checked against the lab's.
nic_lines() {
    local xml
    xml=$(virsh_lab dumpxml "$@" 2>/dev/null || true)
    virsh_lab domiflist "$@" 2>/dev/null | awk -v ovs="$(ovs_macs "$xml")" \
        'NF>=5 {t=$2; if (index(" " ovs " ", " " $5 " ")) t="ovs"; print t, $3, $4, $5}' || true
}

# The MACs of the OVS vNICs (virtualport openvswitch, VLAN tag $LAB_OVS_TAG) of a domain XML.
ovs_macs() {
    printf '%s' "$1" | tr -d '\n' | grep -o "<interface type='bridge'>.*</interface>" \
        | sed 's#</interface>#</interface>\n#g' \
        | grep "<virtualport type='openvswitch'" | grep "<tag id='$LAB_OVS_TAG'/>" \
        | grep -o "<mac address='[0-9a-f:]*'/>" | cut -d"'" -f2 | tr '\n' ' ' || true
}

# Defines NAME with the NICs given when missing or different, and brings it to STATE
# (running | shutoff). A running guest whose live NICs or initramfs differ from the design is restarted.
ensure_domain() {
    local name=$1 want=$2 expected state
    shift 2
    expected=$(printf '%s\n' "$@")
    domain_xml "$name" "$@" > "$VIRT_DIR/$name.xml"
    if ! virsh_lab dominfo "$name" >/dev/null 2>&1 \
        || [ "$(nic_lines "$name" --inactive)" != "$expected" ] \
        || ! virsh_lab dumpxml --inactive "$name" | grep -qF "<initrd>$(guest_initrd "$name")</initrd>"; then
        virsh_lab define "$VIRT_DIR/$name.xml" >/dev/null
    fi
    state=$(virsh_lab domstate "$name")
    if [ "$state" = running ] && { [ "$want" != running ] || [ "$(nic_lines "$name")" != "$expected" ] \
        || ! virsh_lab dumpxml "$name" | grep -qF "<initrd>$(guest_initrd "$name")</initrd>"; }; then
        virsh_lab destroy "$name" >/dev/null
        state="shut off"
    fi
    if [ "$want" = running ] && [ "$state" != running ]; then
        virsh_lab start "$name" >/dev/null
    fi
}
