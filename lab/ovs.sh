# The Open vSwitch part of the lab (sourced by lab/libvirt-up and lab/libvirt-down, bash).
# The kernel here has no openvswitch module: OVS runs on the userspace datapath (netdev), started
# with the package's ovs-ctl when it is not running; the lab stops it again only if it started it.

LAB_OVS_BRIDGES="pbovs0 pbovs1"
LAB_OVS_TAG=100                       # the VLAN tag of pbguest4's vNIC on pbovs0
OVS_CTL=/usr/share/openvswitch/scripts/ovs-ctl
OVS_STARTED_MARK=/run/patchbay-lab-ovs-started   # written when the lab started OVS

ovs_answers() {
    ovs-vsctl --timeout=5 show >/dev/null 2>&1
}

# Starts ovsdb-server + ovs-vswitchd unless they answer already, and makes the lab's OVS bridges
# (userspace datapath, up, no addresses). Idempotent.
ovs_up() {
    local br
    command -v ovs-vsctl >/dev/null || die "ovs-vsctl not found: run lab/install-deps (package openvswitch-switch)"
    [ -x "$OVS_CTL" ] || die "$OVS_CTL not found (package openvswitch-switch)"
    if ! ovs_answers; then
        # ovs-ctl warns about the open-file ulimit; harmless here
        "$OVS_CTL" --system-id=random --no-monitor start >"$LAB_DIR/ovs-ctl.log" 2>&1 9>&- \
            || die "Open vSwitch did not start: $(tail -n 5 "$LAB_DIR/ovs-ctl.log")"
        touch "$OVS_STARTED_MARK"
        ovs_answers || die "Open vSwitch started but ovs-vsctl gets no answer"
    fi
    for br in $LAB_OVS_BRIDGES; do
        ovs-vsctl --timeout=10 --may-exist add-br "$br" -- set bridge "$br" datapath_type=netdev
        local deadline=$(( $(date +%s) + 10 ))
        until [ -e "/sys/class/net/$br" ]; do
            [ "$(date +%s)" -lt "$deadline" ] || die "OVS bridge $br has no kernel device after 10 s"
            sleep 0.1
        done
        ip link set "$br" addrgenmode none 2>/dev/null || true
        if [ -w "/proc/sys/net/ipv6/conf/$br/disable_ipv6" ]; then
            echo 1 > "/proc/sys/net/ipv6/conf/$br/disable_ipv6"
        fi
        ip addr flush dev "$br"
        ip link set "$br" up
    done
}

# Removes the lab's OVS bridges; stops OVS when the lab started it. Idempotent.
ovs_down() {
    local br
    if command -v ovs-vsctl >/dev/null && ovs_answers; then
        for br in $LAB_OVS_BRIDGES; do
            ovs-vsctl --timeout=10 --if-exists del-br "$br"
        done
        if [ -e "$OVS_STARTED_MARK" ]; then
            "$OVS_CTL" stop >/dev/null 2>&1 || true
        fi
    fi
    rm -f "$OVS_STARTED_MARK"
}
