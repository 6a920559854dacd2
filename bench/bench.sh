#!/usr/bin/env bash
# headroom benchmark (not a test): wall time and peak RSS of `headroom lint` next to
# `apache2 -t` on the same configuration, plus warmed parse throughput.
#
#   mvn package && bash bench/bench.sh
#
# Needs the Debian apache2 package and a JDK 17+ (the throughput harness is run with the
# single-file source launcher).  Uses hyperfine when installed, else a timing loop.
# Knobs (environment): RUNS (timed runs per command, default 10), WARMUP_S / MEASURE_S
# (throughput harness, default 3 / 5 seconds), VHOSTS (default 10000), KEEP=1 keeps the
# temporary directory, NO_HYPERFINE=1 times with the shell loop, BEFORE=DIR also times the
# start-up of another checkout's build (DIR/bin/headroom with DIR/target/headroom.jar, e.g. a
# git worktree of the commit before the start-up work, built with mvn package) beside this
# one.  A run takes about five minutes on 2 cores.  Exit status 0 even when a goal is missed; 2 when a requirement is missing.
set -euo pipefail

cd "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.."
root=$PWD

RUNS=${RUNS:-10}
WARMUP_S=${WARMUP_S:-3}
MEASURE_S=${MEASURE_S:-5}
VHOSTS=${VHOSTS:-10000}

say() { printf '%s\n' "$*"; }
fail() {
    printf 'bench: %s\n' "$*" >&2
    exit 2
}

# --- requirements ---------------------------------------------------------------------------
apache2=${APACHE2:-}
if [[ -z "$apache2" ]]; then
    apache2=$(PATH=$PATH:/usr/sbin:/sbin command -v apache2 || true)
fi
[[ -n "$apache2" && -x "$apache2" ]] \
    || fail "apache2 not found; this benchmark compares against Debian's apache2 (apt-get install apache2)"
[[ -r /etc/apache2/apache2.conf && -r /etc/apache2/envvars ]] \
    || fail "/etc/apache2/apache2.conf or envvars missing; is the Debian apache2 package installed?"
mods=/usr/lib/apache2/modules
[[ -f $mods/mod_mpm_event.so && -f $mods/mod_authz_core.so ]] \
    || fail "$mods/mod_mpm_event.so or mod_authz_core.so missing (Debian apache2 package)"
[[ -f target/headroom.jar ]] || fail "target/headroom.jar missing; run mvn package first"
headroom=$root/bin/headroom
[[ -x "$headroom" ]] || fail "$headroom is not executable"
if [[ -n "${JAVA_HOME:-}" ]]; then java=$JAVA_HOME/bin/java; else java=$(command -v java || true); fi
[[ -n "$java" && -x "$java" ]] || fail "no java found; install a JDK 17+ or set JAVA_HOME"
gnutime=/usr/bin/time
if ! "$gnutime" -f %M true >/dev/null 2>&1; then
    gnutime=
    say "note: GNU time (/usr/bin/time, Debian package 'time') not found; RSS is not measured"
fi
hyperfine=
[[ "${NO_HYPERFINE:-}" == 1 ]] || hyperfine=$(command -v hyperfine || true)
hf_shell=()
if [[ -n "$hyperfine" ]]; then
    # -N (no intermediate shell) appeared in hyperfine 1.13.
    if "$hyperfine" -N --runs 1 true >/dev/null 2>&1; then hf_shell=(-N); fi
else
    say "note: timing with a shell loop, not hyperfine (apt-get install hyperfine for better figures)"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/headroom-bench.XXXXXX")
if [[ "${KEEP:-}" == 1 ]]; then
    say "keeping $tmp"
else
    trap 'rm -rf -- "$tmp"' EXIT
fi
# A private CDS cache, primed below with a lint run, so that figures do not depend on
# whatever the user's own cache holds.
export XDG_CACHE_HOME=$tmp/cache

# --- measuring helpers ------------------------------------------------------------------------
# time_cmd NAME CMD...  -> sets T_MEAN T_SD (milliseconds, as text)
# shellcheck source=bench/timing.sh
source bench/timing.sh

# rss_cmd CMD...  -> sets RSS_MB: the largest peak RSS over 3 runs (MB = 2^20 bytes)
rss_cmd() {
    RSS_MB=
    [[ -n "$gnutime" ]] || return 0
    local i kb max=0
    for i in 1 2 3; do
        "$gnutime" -o "$tmp/rss" -f %M "$@" >/dev/null 2>&1 || true
        kb=$(tail -n 1 "$tmp/rss")
        [[ "$kb" =~ ^[0-9]+$ ]] && ((kb > max)) && max=$kb
    done
    RSS_MB=$(awk -v k="$max" 'BEGIN { printf "%.1f", k / 1024 }')
}

# measure KEY CMD...  -> W[KEY]="mean ± sd ms", M[KEY]=mean, R[KEY]="peak MB", RR[KEY]=peak
declare -A W M R RR
measure() {
    local key=$1
    shift
    time_cmd "$key" "$@"
    W[$key]="$T_MEAN ± $T_SD ms"
    M[$key]=$T_MEAN
    rss_cmd "$@"
    R[$key]=${RSS_MB:+$RSS_MB MB}
    RR[$key]=${RSS_MB:-0}
}

check_ok() {
    local what=$1
    shift
    if ! "$@" >"$tmp/out" 2>&1; then
        say "bench: $what failed:" >&2
        sed -n '1,20p' "$tmp/out" >&2
        exit 1
    fi
}

say "headroom benchmark on $(uname -n) — $(nproc) CPU(s), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
say "  $("$java" -version 2>&1 | sed -n 2p)"
say "  $("$apache2" -v 2>/dev/null | sed -n 's/^Server version: //p')"
say "  headroom: $("$headroom" --version 2>&1 | head -n 1) ($(stat -c %s target/headroom.jar) bytes jar)"
say "  runs per command: $RUNS${hyperfine:+ (hyperfine $("$hyperfine" --version | awk '{ print $2 }'))}"
# Other work on the machine skews cold-start figures badly: sample one second of CPU use.
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; }
if [[ -r /proc/stat ]]; then
    read -r busy0 idle0 < <(cpu_ticks)
    sleep 1
    read -r busy1 idle1 < <(cpu_ticks)
    busy=$((100 * (busy1 - busy0) / (busy1 - busy0 + idle1 - idle0 + 1)))
    if ((busy > 10)); then
        say "  note: the CPUs were $busy% busy before starting; figures will be noisy"
    fi
fi
say ""

# --- (a) the Debian apache2 tree -------------------------------------------------------------------
hr_a=("$headroom" lint --root / --fail-on none)
# As apache2ctl does, minus creating /run/apache2 (which needs root): the runtime and lock
# directories point into the temporary directory instead.
mkdir -p "$tmp/run"
# shellcheck disable=SC2016 # $0 and $1 are expanded by sh, not here
ap_a=(sh -c '. /etc/apache2/envvars && APACHE_RUN_DIR=$1 APACHE_LOCK_DIR=$1 exec "$0" -t' \
    "$apache2" "$tmp/run")
check_ok "apache2 -t on /etc/apache2" "${ap_a[@]}"
check_ok "headroom lint --root /" "${hr_a[@]}"
"${hr_a[@]}" >/dev/null 2>&1 || true          # publishes the CDS archive dumped by the run above
say "(a) Debian tree: $(sed -n '$p' "$tmp/out")"
measure a_hr "${hr_a[@]}"
measure a_nocds env HEADROOM_NO_CDS=1 "${hr_a[@]}"
measure a_ap "${ap_a[@]}"

# --- (b) a generated config with many virtual hosts -----------------------------------------
gen=$tmp/vhosts
mkdir -p "$gen/htdocs" "$gen/logs"
conf=$gen/httpd.conf
awk -v T="$gen" -v N="$VHOSTS" -v M="$mods" 'BEGIN {
    print "# headroom benchmark: a standalone httpd config with " N " name-based virtual hosts"
    print "ServerRoot \"" T "\""
    print "Listen 127.0.0.1:18080"
    print "ServerName localhost"
    print "PidFile \"" T "/httpd.pid\""
    print "ErrorLog \"" T "/logs/error.log\""
    print "LogLevel warn"
    print "LoadModule mpm_event_module " M "/mod_mpm_event.so"
    print "LoadModule authz_core_module " M "/mod_authz_core.so"
    print ""
    print "<IfModule mpm_event_module>"
    print "    StartServers             2"
    print "    ServerLimit              8"
    print "    ThreadLimit             64"
    print "    ThreadsPerChild         25"
    print "    MinSpareThreads         25"
    print "    MaxSpareThreads         75"
    print "    MaxRequestWorkers      100"
    print "    MaxConnectionsPerChild 10000"
    print "</IfModule>"
    print ""
    print "KeepAlive On"
    print "KeepAliveTimeout 5"
    print "DocumentRoot \"" T "/htdocs\""
    for (i = 1; i <= N; i++) {
        print ""
        print "<VirtualHost 127.0.0.1:18080>"
        print "    ServerName v" i ".example"
        print "    ServerAlias www.v" i ".example"
        print "    ServerAdmin webmaster@v" i ".example"
        print "    DocumentRoot \"" T "/htdocs\""
        print "    <Directory \"" T "/htdocs/v" i "\">"
        print "        Options -Indexes +FollowSymLinks"
        print "        AllowOverride None"
        print "        Require all granted"
        print "    </Directory>"
        print "</VirtualHost>"
    }
}' >"$conf"
conf_mb=$(awk -v b="$(stat -c %s "$conf")" 'BEGIN { printf "%.1f", b / 1e6 }')
hr_b=("$headroom" lint --fail-on none "$conf")
ap_b=("$apache2" -t -f "$conf")
check_ok "apache2 -t -f $conf (generated config)" "${ap_b[@]}"
check_ok "headroom lint $conf" "${hr_b[@]}"
say "(b) $VHOSTS vhosts, $conf_mb MB: $(sed -n '$p' "$tmp/out")"
measure b_hr "${hr_b[@]}"
measure b_ap "${ap_b[@]}"

# --- (d) every unit file installed on this machine ---------------------------------------------
# Each regular, non-template unit file of /lib/systemd/system and /etc/systemd/system (services,
# sockets, timers, targets, paths, mounts, slices), named on the command line, cold (a new
# process each run): headroom reads each on its own (plus system.conf), systemd-analyze verify
# loads each with its dependencies. verify's warnings and exit status are not the point here,
# only its time.
mapfile -t units < <(find /lib/systemd/system /etc/systemd/system -maxdepth 1 -type f \( -name '*.service' \
    -o -name '*.socket' -o -name '*.timer' -o -name '*.target' -o -name '*.path' -o -name '*.mount' \
    -o -name '*.slice' \) ! -name '*@.*' | sort)
hr_d=("$headroom" lint --lang systemd --fail-on none "${units[@]}")
# shellcheck disable=SC2016 # "$@" is expanded by sh, not here
sd_d=(sh -c 'systemd-analyze verify "$@" >/dev/null 2>&1; exit 0' sh "${units[@]}")
check_ok "headroom lint of ${#units[@]} units" "${hr_d[@]}"
say "(d) ${#units[@]} unit files: $(sed -n '$p' "$tmp/out")"
measure d_hr "${hr_d[@]}"
measure d_sd "${sd_d[@]}"

# --- (s) start-up -------------------------------------------------------------------------------
# Cold start of `headroom --version`, `lint` of the Debian apache2 tree and `lint` of an example:
# bin/headroom with its class-data-sharing archive (made by the two runs before timing), the
# same without it, a bare `java -jar` with the JVM's default flags, and BEFORE's build.
ex=(lint --root examples/tarragon/root --facts examples/tarragon/host.ini --fail-on none)
ap=(lint --fail-on none /etc/apache2/apache2.conf)
before=
if [[ -n "${BEFORE:-}" ]]; then
    before=$(readlink -f -- "$BEFORE")/bin/headroom
    [[ -x "$before" && -f "${before%/bin/headroom}/target/headroom.jar" ]] \
        || fail "BEFORE=$BEFORE has no bin/headroom and target/headroom.jar (build it with mvn package)"
fi
startup() {
    local key=$1
    shift
    local launcher
    for launcher in "$headroom" ${before:+"$before"}; do
        (cd "$root" && "$launcher" "$@" >/dev/null 2>&1 && "$launcher" "$@" >/dev/null 2>&1) || true
    done
    measure "${key}_hr" "$headroom" "$@"
    measure "${key}_nocds" env HEADROOM_NO_CDS=1 "$headroom" "$@"
    measure "${key}_jar" "$java" -jar target/headroom.jar "$@"
    if [[ -n "$before" ]]; then
        measure "${key}_before" "$before" "$@"
    fi
}
# The lint runs first: their priming runs make each launcher's archive, which --version uses too.
startup s_ap "${ap[@]}"
startup s_ex "${ex[@]}"
startup s_ver --version
say "(s) start-up: --version, ${ap[*]}, ${ex[*]}"

# --- (c) warmed parse throughput ----------------------------------------------------------------
cat_conf=$tmp/etc-apache2.conf
find /etc/apache2 -type f \( -name '*.conf' -o -name '*.load' \) -print0 | sort -z \
    | xargs -0 cat >"$cat_conf"
cat_kb=$(awk -v b="$(stat -c %s "$cat_conf")" 'BEGIN { printf "%.0f", b / 1e3 }')
throughput() {
    if "$java" -Dwarmup="$WARMUP_S" -Dmeasure="$MEASURE_S" -cp target/headroom.jar \
        bench/ParseThroughput.java "$1" >"$tmp/tp" 2>&1; then
        awk '/^throughput/ { print $2 }' "$tmp/tp"
    else
        say "bench: bench/ParseThroughput.java failed on $1:" >&2
        sed -n '1,10p' "$tmp/tp" >&2
    fi
}
tp_b=$(throughput "$conf")
tp_c=$(throughput "$cat_conf")

# --- summary (a Markdown table, ready to paste) ------------------------------------------------
say ""
row() { printf '| %-32s | %16s | %12s | %16s | %11s |\n' "$@"; }
row "what" "headroom wall" "headroom RSS" "apache2 wall" "apache2 RSS"
row ":--" "--:" "--:" "--:" "--:"
row "Debian tree (\`lint --root /\`)" "${W[a_hr]}" "${R[a_hr]:--}" "${W[a_ap]}" "${R[a_ap]:--}"
row "same, \`HEADROOM_NO_CDS=1\`" "${W[a_nocds]}" "${R[a_nocds]:--}" "" ""
row "$VHOSTS vhosts ($conf_mb MB)" "${W[b_hr]}" "${R[b_hr]:--}" "${W[b_ap]}" "${R[b_ap]:--}"
row "${#units[@]} unit files (vs \`systemd-analyze verify\`)" "${W[d_hr]}" "${R[d_hr]:--}" "${W[d_sd]}" "${R[d_sd]:--}"
say ""
srow() { printf '| %-34s | %16s | %16s | %16s | %16s | %10s |\n' "$@"; }
srow "start-up" "bin/headroom" "no CDS archive" "java -jar" "${before:+BEFORE}" "RSS"
srow ":--" "--:" "--:" "--:" "--:" "--:"
srow "\`headroom --version\`" "${W[s_ver_hr]}" "${W[s_ver_nocds]}" "${W[s_ver_jar]}" "${W[s_ver_before]:-}" \
    "${R[s_ver_hr]:--}"
srow "\`lint\` the Debian apache2 tree" "${W[s_ap_hr]}" "${W[s_ap_nocds]}" "${W[s_ap_jar]}" "${W[s_ap_before]:-}" \
    "${R[s_ap_hr]:--}"
srow "\`lint\` examples/tarragon" "${W[s_ex_hr]}" "${W[s_ex_nocds]}" "${W[s_ex_jar]}" "${W[s_ex_before]:-}" \
    "${R[s_ex_hr]:--}"
say ""
say "Wall: mean ± σ of $RUNS cold runs; RSS: peak of 3 runs (MB = 2^20 bytes)."
say "Warmed parse throughput (HttpdSyntax.parse; ${WARMUP_S} s warm-up, ${MEASURE_S} s timed):"
say "  $VHOSTS vhosts ($conf_mb MB): ${tp_b:-?} MB/s;  /etc/apache2 concatenated ($cat_kb kB): ${tp_c:-?} MB/s"
say ""

peak=$(printf '%s\n' "${RR[a_hr]}" "${RR[a_nocds]}" "${RR[b_hr]}" "${RR[s_ap_hr]}" "${RR[s_ex_hr]}" | sort -g | tail -n 1)
goal() { printf 'goal: %-48s %s\n' "$1" "$2"; }
if [[ -n "$gnutime" ]]; then
    if awk -v p="$peak" 'BEGIN { exit !(p < 96) }'; then v=PASS; else v=FAIL; fi
    goal "headroom peak RSS < 96 MB" "$v (peak $peak MB)"
else
    goal "headroom peak RSS < 96 MB" "not measured (no GNU time)"
fi
if ((M[b_hr] <= M[b_ap])); then v=PASS; else v=FAIL; fi
goal "$VHOSTS-vhost lint no slower than apache2 -t" "$v (${M[b_hr]} ms vs ${M[b_ap]} ms)"
if ((M[s_ap_hr] < 300)); then v=PASS; else v=FAIL; fi
goal "lint of the Debian apache2 tree starts in < 0.3 s" "$v (${M[s_ap_hr]} ms)"
