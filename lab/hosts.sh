# The simulated hosts of the lab (sourced by lab/up, bash): namespace pblabN with its devices.
# See lab/README.md for the design. Device names with shell metacharacters are only ever passed
# to ip as single arguments; batch files (ip -batch) carry only fixed names and numbers.

# The hostile but kernel-legal device names of pblab1.
HOSTILE_BRIDGE_1='$(id>x)'
HOSTILE_BRIDGE_2='ü-br'
HOSTILE_TAPS_1=('a;b' '-rf')
HOSTILE_TAPS_2=("x'y" 'x\"y' 'ünïcödé-tap')

# KIND[name]: linkinfo kind ("" for none); CARRIER[name]: yes/no (LOWER_UP).
declare -A KIND=() CARRIER=()

# Reads every device of namespace NS into KIND and CARRIER with one `ip -o -d link show`.
# False when the namespace cannot be entered. Names are taken from "N: name[@peer]: <flags>";
# lab names contain no '@', ': <' nor '> mtu '.
inventory() {
    local ns=$1 out line rest name flags after kind
    KIND=()
    CARRIER=()
    out=$(ip -n "$ns" -o -d link show 2>/dev/null) || return 1
    while IFS= read -r line; do
        rest=${line#*: }
        name=${rest%%: <*}
        name=${name%%@*}
        flags=${rest#*: <}
        flags=${flags%%>*}
        after=${line#*> mtu }
        kind=""
        case $after in
            *\\*\\*)
                kind=${after#*\\}
                kind=${kind#*\\}
                kind=${kind#"${kind%%[! ]*}"}
                kind=${kind%% *}
                case $kind in *_slave) kind="" ;; esac
                ;;
        esac
        KIND[$name]=$kind
        case ",$flags," in
            *,LOWER_UP,*) CARRIER[$name]=yes ;;
            *) CARRIER[$name]=no ;;
        esac
    done <<< "$out"
}

# True when device NAME exists (per the last inventory) with linkinfo kind KIND.
has_kind() {
    [ -n "${KIND[$1]+x}" ] && [ "${KIND[$1]}" = "$2" ]
}

# For a hostile NAME: deletes it when it has another kind, then runs COMMAND... (an argument
# vector) to create it when it is missing.
ensure_by_argv() {
    local ns=$1 name=$2 kind=$3
    shift 3
    has_kind "$name" "$kind" && return 0
    if [ -n "${KIND[$name]+x}" ]; then
        ip -n "$ns" link del dev "$name"
    fi
    "$@"
}

build_hostile_names() {
    local ns=pblab1 t i=0
    ensure_by_argv "$ns" "$HOSTILE_BRIDGE_1" bridge ip -n "$ns" link add name "$HOSTILE_BRIDGE_1" type bridge
    ensure_by_argv "$ns" "$HOSTILE_BRIDGE_2" bridge ip -n "$ns" link add name "$HOSTILE_BRIDGE_2" type bridge
    ip -n "$ns" link set dev "$HOSTILE_BRIDGE_1" up
    ip -n "$ns" link set dev "$HOSTILE_BRIDGE_2" up
    for t in "${HOSTILE_TAPS_1[@]}" "${HOSTILE_TAPS_2[@]}"; do
        i=$((i + 1))
        ensure_by_argv "$ns" "$t" tun ip -n "$ns" tuntap add dev "$t" mode tap
        if [ "$i" -le "${#HOSTILE_TAPS_1[@]}" ]; then
            ip -n "$ns" link set dev "$t" address "fe:54:00:01:01:0$i" master "$HOSTILE_BRIDGE_1" up
        else
            ip -n "$ns" link set dev "$t" address "fe:54:00:01:01:0$i" master "$HOSTILE_BRIDGE_2" up
        fi
    done
}

# Deletes devices of the kinds the lab makes (bridge, tap, veth, macvtap, vxlan) that are not
# in the design of host NS (the names given), so that an older or tampered host converges.
prune_unknown() {
    local ns=$1 name want known
    shift
    for name in "${!KIND[@]}"; do
        known=no
        for want in "$@"; do
            if [ "$name" = "$want" ]; then known=yes; fi
        done
        if [ "$known" = no ]; then
            case ${KIND[$name]} in
                bridge|tun|veth|macvtap|vxlan) ip -n "$ns" link del dev "$name" 2>/dev/null || true ;;
            esac
        fi
    done
    return 0
}

# Keeps the taps given open from a small process (hold-taps), so that they have carrier like the
# taps of a running VM. Restarts it when a tap lacks carrier (e.g. it was recreated).
ensure_tap_holder() {
    local ns=$1 dir=$2 t ok=yes i child
    shift 2
    if pidfile_alive "$dir/taps.pid" "$dir/taps.pid"; then
        for t in "$@"; do
            [ "${CARRIER[$t]-no}" = yes ] || ok=no
        done
        [ "$ok" = yes ] && return 0
    fi
    end_marked "$dir/taps.pid"
    rm -f "$dir/taps.pid"
    # The holder must not keep fd 9 (the lab lock) open.
    ip netns exec "$ns" setsid perl "$HERE/hold-taps" "$dir/taps.pid" "$@" \
        </dev/null >"$dir/taps.log" 2>&1 9>&- &
    child=$!
    for i in $(seq 1 150); do
        [ -s "$dir/taps.pid" ] && return 0
        is_running "$child" || break
        sleep 0.02
    done
    [ -s "$dir/taps.pid" ] || die "cannot hold the taps of $ns open: $(cat "$dir/taps.log")"
}

# Builds or repairs host number I. Appends the root-side settings of its uplink to ROOT_BATCH.
build_host() {
    local i=$1 ns=pblab$1 hx dir up=pbl$1 dels="" adds="" remake_br0=no remake_eth1=no
    hx=$(printf '%02x' "$i")
    dir=$LAB_DIR/hosts/$ns
    mkdir -p "$dir"

    # A namespace file without a live namespace behind it (half-built lab) is replaced.
    if ! inventory "$ns"; then
        ip netns del "$ns" 2>/dev/null || true
        ip netns add "$ns"
        inventory "$ns" || die "cannot enter the new namespace $ns"
    fi
    local -a design=(lo eth0 br0 br1 vnet0 vnet1 vnet2 eth1 eth1p macvtap0 vxlan42)
    local -a held=(vnet0 vnet2)
    if [ "$i" = 1 ]; then
        design+=("$HOSTILE_BRIDGE_1" "$HOSTILE_BRIDGE_2" "${HOSTILE_TAPS_1[@]}" "${HOSTILE_TAPS_2[@]}")
        held+=("${HOSTILE_TAPS_1[@]}" "${HOSTILE_TAPS_2[@]}")
    fi
    prune_unknown "$ns" "${design[@]}"

    # Uplink: veth eth0 in the host, pbl<i> in the root namespace.
    if ! has_kind eth0 veth || [ ! -e "/sys/class/net/$up" ]; then
        ip link del dev "$up" 2>/dev/null || true
        ip -n "$ns" link del dev eth0 2>/dev/null || true
        ip link add name "$up" type veth peer name eth0 netns "$ns"
    fi

    # What is missing or of the wrong kind is deleted (dependants first) and created again.
    has_kind br0 bridge || remake_br0=yes
    { has_kind eth1 veth && has_kind eth1p veth; } || remake_eth1=yes
    if ! has_kind vxlan42 vxlan || [ "$remake_br0" = yes ]; then
        dels+="link del dev vxlan42"$'\n'
        adds+="link add name vxlan42 type vxlan id 42 dev br0 dstport 4789 local 10.77.$i.2"$'\n'
    fi
    if ! has_kind macvtap0 macvtap || [ "$remake_eth1" = yes ]; then
        dels+="link del dev macvtap0"$'\n'
        adds+="link add link eth1 name macvtap0 type macvtap mode bridge"$'\n'
    fi
    if [ "$remake_br0" = yes ]; then
        dels+="link del dev br0"$'\n'
        adds="link add name br0 type bridge"$'\n'$adds
    fi
    if ! has_kind br1 bridge; then
        dels+="link del dev br1"$'\n'
        adds="link add name br1 type bridge"$'\n'$adds
    fi
    if [ "$remake_eth1" = yes ]; then
        dels+="link del dev eth1"$'\n'"link del dev eth1p"$'\n'
        adds="link add name eth1 type veth peer name eth1p"$'\n'$adds
    fi
    for t in vnet0 vnet1 vnet2; do
        if ! has_kind "$t" tun; then
            dels+="link del dev $t"$'\n'
            adds="tuntap add dev $t mode tap"$'\n'$adds
        fi
    done
    if [ -n "$dels" ]; then
        # Some of these may be gone already (a veth end, a vxlan on a deleted bridge).
        printf '%s' "$dels" | ip -n "$ns" -force -batch - >/dev/null 2>&1 || true
    fi

    # Creation, then settings; all settings are idempotent. Fixed names, numbers only.
    ip -n "$ns" -batch - <<EOF
${adds}link set dev lo up
link set dev eth0 address 52:54:00:77:$hx:00 master br0 up
link set dev br0 up
link set dev br1 type bridge stp_state 1
link set dev br1 up
link set dev vnet0 address fe:54:00:$hx:00:01 master br0 up
link set dev vnet1 address fe:54:00:$hx:00:02 master br0 down
link set dev vnet2 address fe:54:00:$hx:00:03 master br1 up
link set dev eth1 address 52:54:00:77:$hx:01 up
link set dev eth1p address 52:54:00:77:$hx:02 up
link set dev macvtap0 address 52:54:00:$hx:00:10 up
link set dev vxlan42 address 02:77:42:00:$hx:00 up
address replace 10.77.$i.2/24 dev br0
route replace default via 10.77.$i.1 dev br0
EOF
    ROOT_BATCH+="link set dev $up address 02:77:00:$hx:00:01 up"$'\n'
    ROOT_BATCH+="address replace 10.77.$i.1/24 dev $up"$'\n'

    if [ "$i" = 1 ]; then
        build_hostile_names
    fi
    ensure_tap_holder "$ns" "$dir" "${held[@]}"
    ensure_sshd "$dir" "$ns" "10.77.$i.2" 22
}
