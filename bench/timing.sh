# shellcheck shell=bash disable=SC2154,SC2034
# Sourced by bench.sh and fleet.sh (not run on its own). Before sourcing, a script sets:
# hyperfine (its path, or empty for the shell loop), hf_shell (hyperfine's shell option, e.g. (-N)),
# RUNS (timed runs per command), tmp (a scratch directory), and defines say().
# time_cmd NAME CMD...  -> sets T_MEAN T_SD (milliseconds, as text)
time_cmd() {
    local name=$1
    shift
    if [[ -n "$hyperfine" ]]; then
        local csv=$tmp/hf.csv quoted
        quoted=$(printf '%q ' "$@")
        if ! "$hyperfine" "${hf_shell[@]}" --style none --warmup 1 --runs "$RUNS" \
            --export-csv "$csv" -n "$name" "$quoted" >/dev/null 2>"$tmp/hf.err"; then
            say "bench: hyperfine failed on: $quoted" >&2
            cat "$tmp/hf.err" >&2
            exit 1
        fi
        # command,mean,stddev,median,user,system,min,max (seconds)
        read -r T_MEAN T_SD < <(awk -F, 'NR == 2 { printf "%.0f %.0f\n", $2 * 1000, $3 * 1000 }' "$csv")
    else
        local i t0 t1 samples=()
        "$@" >/dev/null 2>&1 || true
        for ((i = 0; i < RUNS; i++)); do
            t0=$(date +%s%N)
            "$@" >/dev/null 2>&1
            t1=$(date +%s%N)
            samples+=("$(((t1 - t0) / 1000))")
        done
        read -r T_MEAN T_SD < <(printf '%s\n' "${samples[@]}" | awk '
            { s += $1; q += $1 * $1; n++ }
            END { m = s / n; v = n > 1 ? (q - n * m * m) / (n - 1) : 0; if (v < 0) v = 0
                  printf "%.0f %.0f\n", m / 1000, sqrt(v) / 1000 }')
    fi
}
