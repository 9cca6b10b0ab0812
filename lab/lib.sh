# Shared by lab/up and lab/down (sourced, bash). Paths, locking and how lab processes end.
# Lab processes are found by their pid files, or by the lab state path in their command line,
# or as processes living inside a lab namespace; they are always ended by pid.

LAB_DIR=/run/patchbay-lab
LAB_LOCK=/run/patchbay-lab.lock
LAB_USER=pbtest
LAB_HOME=/var/lib/pbtest
LAB_SSHD_PORT=2222
LAB_MAX_HOSTS=24
# Credentials tests: an encrypted client key, and a password user on a second loopback sshd (PAM:
# password and keyboard-interactive). Test secrets of a loopback-only lab, not secrets of anyone.
LAB_KEY_PASSPHRASE=patchbay-lab-passphrase
LAB_PASS_USER=pbpass
LAB_PASS_HOME=/var/lib/pbpass
LAB_PASS_PORT=2223
LAB_PASS_ONLY_PORT=2224
LAB_TEST_PASSWORD=patchbay-lab-password

die() {
    echo "$LAB_PROG: $*" >&2
    exit 1
}

need_root() {
    [ "$(id -u)" = 0 ] || die "must run as root (sudo $LAB_PROG)"
}

# Serialises lab/up and lab/down (fd 9 stays open until the script ends).
take_lock() {
    exec 9>"$LAB_LOCK"
    flock -w 120 9 || die "another lab/up or lab/down holds $LAB_LOCK for over 120 s"
}

# Prints the whole command line of PID (arguments joined by spaces), or nothing.
cmdline_of() {
    local -a args=()
    [ -r "/proc/$1/cmdline" ] || return 0
    mapfile -d '' args < "/proc/$1/cmdline" 2>/dev/null || return 0
    printf '%s' "${args[*]}"
}

# True when PIDFILE names a live process whose command line contains MARK.
pidfile_alive() {
    local pidfile=$1 mark=$2 pid
    [ -s "$pidfile" ] || return 1
    read -r pid < "$pidfile" || return 1
    case $pid in ''|*[!0-9]*) return 1 ;; esac
    case $(cmdline_of "$pid") in *"$mark"*) return 0 ;; esac
    return 1
}

# Pids of processes whose command line contains one of the MARKs given (lab state paths).
pids_marked() {
    local m f pid
    for m in "$@"; do
        [ -n "$m" ] || die "internal error: empty process mark"
    done
    [ $# -gt 0 ] || return 0
    # The patterns come from a file so that grep's own command line does not match them.
    { grep -alsF -f <(printf '%s\n' "$@") /proc/[0-9]*/cmdline 2>/dev/null || true; } | while read -r f; do
        pid=${f#/proc/}
        pid=${pid%/cmdline}
        if [ "$pid" != "$$" ]; then echo "$pid"; fi
    done
    return 0
}

# True while PID runs (a zombie does not count: pid 1 here may reap late).
is_running() {
    local stat
    read -r stat < "/proc/$1/stat" 2>/dev/null || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

# Sends TERM to each pid given, waits up to 2 s, then KILL for those still there.
end_pids() {
    local pid left i
    [ $# -gt 0 ] || return 0
    kill -TERM "$@" 2>/dev/null || true
    for i in $(seq 1 100); do
        left=""
        for pid in "$@"; do
            if is_running "$pid"; then left="$left $pid"; fi
        done
        [ -n "$left" ] || return 0
        sleep 0.02
    done
    # shellcheck disable=SC2086  # $left holds pids only
    kill -KILL $left 2>/dev/null || true
}

# Ends processes whose command line contains MARK (a lab sshd_config or taps.pid path).
end_marked() {
    local -a pids=()
    mapfile -t pids < <(pids_marked "$1")
    end_pids "${pids[@]}"
}

# Ends the lab daemons (sshd, tap holder) of the state directories given.
end_daemons_of() {
    local d
    local -a marks=() pids=()
    for d in "$@"; do
        marks+=("$d/sshd_config" "$d/taps.pid")
    done
    mapfile -t pids < <(pids_marked "${marks[@]}")
    end_pids "${pids[@]}"
}

# Removes the hosts given (pblabN): their processes, namespaces, root-side veths and state.
remove_hosts() {
    local ns idx
    local -a dirs=() pids=() more=()
    [ $# -gt 0 ] || return 0
    for ns in "$@"; do
        dirs+=("$LAB_DIR/hosts/$ns")
        if [ -e "/run/netns/$ns" ]; then
            mapfile -t more < <(ip netns pids "$ns" 2>/dev/null || true)
            pids+=("${more[@]}")
        fi
    done
    # Lab daemons first, found by their state paths, then whatever else lives in the namespaces
    # (sessions of the lab sshds).
    end_daemons_of "${dirs[@]}"
    end_pids "${pids[@]}"
    for ns in "$@"; do
        ip netns del "$ns" 2>/dev/null || true
        rm -rf "${LAB_DIR:?}/hosts/$ns"
    done
    # The kernel cleans deleted namespaces up asynchronously and in one go, taking the veth
    # pairs with them (much faster than deleting each pbl<idx>). A process we could not see may
    # keep a namespace alive: after 3 s, deleting pbl<idx> removes its peer eth0 as well.
    local left i
    for i in $(seq 1 150); do
        left=""
        for ns in "$@"; do
            idx=${ns#pblab}
            if [ -e "/sys/class/net/pbl$idx" ]; then left="$left pbl$idx"; fi
        done
        [ -n "$left" ] || return 0
        sleep 0.02
    done
    for idx in $left; do
        ip link del dev "$idx" 2>/dev/null || [ ! -e "/sys/class/net/$idx" ] || die "cannot delete $idx"
    done
}

# Lab namespaces that exist now (pblab<number>), one per line.
existing_lab_namespaces() {
    local f
    for f in /run/netns/pblab*; do
        [ -e "$f" ] || continue
        f=${f#/run/netns/}
        case $f in pblab|pblab*[!0-9]*) continue ;; esac
        echo "$f"
    done
}

# Root-side lab veths (pbl<number>) that exist now, one per line.
existing_lab_uplinks() {
    local f
    for f in /sys/class/net/pbl*; do
        [ -e "$f" ] || continue
        f=${f#/sys/class/net/}
        case $f in pbl|pbl*[!0-9]*) continue ;; esac
        echo "$f"
    done
}

# Writes CONTENT (plus a final newline) to FILE when it differs; true (0) when FILE changed.
write_if_changed() {
    local file=$1 content=$2 old=""
    if [ -f "$file" ]; then
        old=$(< "$file")
        [ "$old" = "$content" ] && return 1
    fi
    printf '%s\n' "$content" > "$file.tmp"
    chmod 644 "$file.tmp"
    mv -f "$file.tmp" "$file"
    return 0
}

# Makes an ed25519 key at FILE encrypted with PASSPHRASE unless FILE opens with it and matches FILE.pub.
ensure_encrypted_key() {
    local file=$1 passphrase=$2 comment=$3 derived="" pub=""
    if [ -s "$file" ] && [ -s "$file.pub" ]; then
        derived=$(ssh-keygen -y -P "$passphrase" -f "$file" 2>/dev/null | cut -d' ' -f1,2 || true)
        pub=$(cut -d' ' -f1,2 "$file.pub")
        if [ -n "$derived" ] && [ "$derived" = "$pub" ]; then
            return 0
        fi
    fi
    rm -f "$file" "$file.pub"
    ssh-keygen -q -t ed25519 -N "$passphrase" -C "$comment" -f "$file"
    chown root:root "$file" "$file.pub"
    chmod 600 "$file"
    chmod 644 "$file.pub"
}

# Gives USER the password PASSWORD unless /etc/shadow already holds it (checked with crypt(3)).
ensure_password() {
    local user=$1 password=$2 field
    IFS=: read -r _ field _ < <(getent shadow "$user")
    if [ -n "$field" ] && [ "$(perl -e 'print crypt($ARGV[0], $ARGV[1]) // ""' "$password" "$field")" = "$field" ]; then
        return 0
    fi
    printf '%s:%s\n' "$user" "$password" | chpasswd
}

# Makes an OpenSSH key of TYPE at FILE (and FILE.pub) unless both are there.
ensure_key() {
    local type=$1 file=$2 comment=$3
    if [ -s "$file" ] && [ -s "$file.pub" ]; then
        return 0
    fi
    rm -f "$file" "$file.pub"
    case $type in
        rsa) ssh-keygen -q -t rsa -b 3072 -N '' -C "$comment" -f "$file" ;;
        ecdsa) ssh-keygen -q -t ecdsa -b 256 -N '' -C "$comment" -f "$file" ;;
        *) ssh-keygen -q -t "$type" -N '' -C "$comment" -f "$file" ;;
    esac
    chown root:root "$file" "$file.pub"
    chmod 600 "$file"
    chmod 644 "$file.pub"
}
