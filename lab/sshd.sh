# sshd instances of the lab (sourced by lab/up, bash): one on loopback, one inside each host.

# Prints the settings every lab sshd shares: no X11, quiet logins, verbose log, a PATH with sbin.
sshd_common_lines() {
    cat <<END
X11Forwarding no
PrintMotd no
PrintLastLog no
UseDNS no
LogLevel VERBOSE
SetEnv PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
END
}

# Prints an sshd_config for listening on ADDR:PORT with its state in DIR.
sshd_config_text() {
    local addr=$1 port=$2 dir=$3
    cat <<END
# Patchbay lab sshd (written by lab/up)
ListenAddress $addr
Port $port
HostKey $dir/ssh_host_ed25519_key
PidFile $dir/sshd.pid
AllowUsers $LAB_USER
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxSessions 50
MaxStartups 100:30:200
AllowTcpForwarding yes
$(sshd_common_lines)
Subsystem sftp internal-sftp
END
}

# Prints the sshd_config of the password sshd on ADDR:PORT and ADDR:$LAB_PASS_ONLY_PORT (state in
# DIR): only $LAB_PASS_USER, password and keyboard-interactive through PAM (/etc/pam.d/sshd:
# pam_unix, /etc/shadow), no keys; on the second port password only.
password_sshd_config_text() {
    local addr=$1 port=$2 dir=$3
    cat <<END
# Patchbay lab password sshd (written by lab/up): loopback only
ListenAddress $addr:$port
ListenAddress $addr:$LAB_PASS_ONLY_PORT
HostKey $dir/ssh_host_ed25519_key
PidFile $dir/sshd.pid
AllowUsers $LAB_PASS_USER
PermitRootLogin no
PubkeyAuthentication no
PasswordAuthentication yes
KbdInteractiveAuthentication yes
PermitEmptyPasswords no
UsePAM yes
StrictModes no
MaxSessions 10
AllowTcpForwarding no
$(sshd_common_lines)
Match LocalPort $LAB_PASS_ONLY_PORT
    KbdInteractiveAuthentication no
END
}

# Starts (or keeps) the sshd whose state lives in DIR, inside namespace NS ("" = root ns).
# KIND is "key" (default: sshd_config_text) or "password" (password_sshd_config_text).
# A running sshd is left alone when its config is unchanged and it runs in the right namespace.
ensure_sshd() {
    local dir=$1 ns=$2 addr=$3 port=$4 kind=${5:-key} changed=no pid where text
    local cfg=$dir/sshd_config
    ensure_key ed25519 "$dir/ssh_host_ed25519_key" "patchbay-lab-host${ns:+-$ns}"
    if [ "$kind" = password ]; then
        text=$(password_sshd_config_text "$addr" "$port" "$dir")
    else
        text=$(sshd_config_text "$addr" "$port" "$dir")
    fi
    if write_if_changed "$cfg" "$text"; then changed=yes; fi
    if [ "$changed" = no ] && pidfile_alive "$dir/sshd.pid" "$cfg"; then
        read -r pid < "$dir/sshd.pid"
        where=$(ip netns identify "$pid" 2>/dev/null || true)
        [ "$where" = "$ns" ] && return 0
    fi
    end_marked "$cfg"
    rm -f "$dir/sshd.pid"
    : > "$dir/sshd.log"
    # sshd daemonizes; fd 9 (the lab lock) must not stay open in it.
    if [ -n "$ns" ]; then
        ip netns exec "$ns" "$SSHD" -f "$cfg" -E "$dir/sshd.log" </dev/null 9>&- \
            || die "sshd for $ns did not start: $(tail -n 5 "$dir/sshd.log")"
    else
        "$SSHD" -f "$cfg" -E "$dir/sshd.log" </dev/null 9>&- \
            || die "sshd on $addr:$port did not start: $(tail -n 5 "$dir/sshd.log")"
    fi
}

# Prints the first line the server at ADDR:PORT sends (an SSH banner), within 2 s.
read_banner() {
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1" && IFS= read -r -t 1 line <&3 && printf "%s" "$line"' \
        "$1" "$2" 2>/dev/null
}

# Waits (at most SECONDS in all) until every ADDR:PORT given answers with "SSH-2.0-".
wait_for_banners() {
    local seconds=$1 deadline ep addr port banner log
    shift
    deadline=$(( $(date +%s) + seconds ))
    for ep in "$@"; do
        addr=${ep%:*}
        port=${ep##*:}
        if [ "$addr" = 127.0.0.1 ] && { [ "$port" = "$LAB_PASS_PORT" ] || [ "$port" = "$LAB_PASS_ONLY_PORT" ]; }; then
            log=$LAB_DIR/loop-pass/sshd.log
        elif [ "$addr" = 127.0.0.1 ]; then
            log=$LAB_DIR/loop/sshd.log
        else
            log=${addr#10.77.}
            log=$LAB_DIR/hosts/pblab${log%.2}/sshd.log
        fi
        until banner=$(read_banner "$addr" "$port") && [ "${banner#SSH-2.0-}" != "$banner" ]; do
            if grep -q 'Cannot bind any address' "$log" 2>/dev/null; then
                die "the sshd for $addr:$port cannot listen: $(tail -n 5 "$log")"
            fi
            if [ "$(date +%s)" -ge "$deadline" ]; then
                die "no SSH banner from $addr:$port within $seconds s; last lines of $log: $(tail -n 5 "$log" 2>/dev/null)"
            fi
            sleep 0.05
        done
    done
}
