#!/usr/bin/env bash
# headroom calibration (not a test): how much memory and CPU time the real clamd needs to
# load signature databases of each kind, and how high memory goes during a RELOAD with
# ConcurrentDatabaseReload yes and no.  The figures feed ClamdEngineSize through
# src/main/resources/dev/headroom/clamav/engine-model.properties; docs/calibration.md
# records the experiment.
#
#   bash bench/clamd-calibrate.sh [--quick] [--properties FILE] [OUT.tsv]
#   bash bench/clamd-calibrate.sh --fit-only OUT.tsv [--properties FILE]
#   bash bench/clamd-calibrate.sh --real DIR [--model FILE] [OUT.tsv]
#   bash bench/clamd-calibrate.sh --generate DIR KIND=N[,KIND=N...]
#
# For each database (one kind, or a mix) the script starts clamd twice in the foreground with
# a private clamd.conf (ConcurrentDatabaseReload yes, then no), records from exec until the
# socket answers PING: wall time, clamd's own CPU time (utime+stime, /proc/PID/stat), VmRSS
# and VmHWM (/proc/PID/status) and Pss (/proc/PID/smaps_rollup); then it resets the
# high-water mark (/proc/PID/clear_refs, 5), sends RELOAD and waits for "Activating the newly
# loaded database", and records VmHWM again: the peak of the reload alone.
#
# Output: a TSV, one row per database, to OUT.tsv or stdout; the least-squares fit and the
# held-out errors go to stderr.  --properties FILE also writes the fitted constants in the
# engine-model.properties format.  --fit-only re-fits an existing TSV without running clamd.
# --real DIR measures an existing database directory instead (the official main/daily/
# bytecode where freshclam works: /var/lib/clamav), counts its signatures per kind (CVDs
# unpacked with sigtool) and compares with the model in --model FILE (default: the
# engine-model.properties in this tree).
# --generate DIR KIND=N,... only writes a database, for tests that check the model against
# clamd on sizes the fit never saw (EngineModelOracleTest): DIR/synth.KIND holding the first N
# signatures of KIND (hdb hsb mdb msb ndb ldb), the very lines the calibration loads for a
# database of that size or mix (same generator, same SEED); it needs python3 only, starts no
# clamd, prints the files' names and signature counts to stderr and exits (0, or 2 on a bad
# argument).  DIR is created if missing; existing synth.KIND files in it are overwritten.
#
# Databases are synthetic (there is no network here for the official ones): generated from a
# fixed seed, so two runs load byte-identical files; smaller sizes are prefixes of larger ones.
# Kinds: .hdb (MD5 file hashes), .hsb (SHA-256 file hashes), .mdb (MD5 PE-section hashes),
# .msb (SHA-256 PE-section hashes), .ndb (extended body signatures, hex with wildcards,
# ranges and alternatives), .ldb (logical signatures, 2-6 subsignatures, some PCRE).
#
# Needs: clamd (Debian clamav-daemon), python3 >= 3.6; sigtool (Debian clamav) for the .cud
# check.  Knobs (environment): CLAMD and SIGTOOL (paths), SEED (generator seed, default
# headroom-clamd-1), LOAD_TIMEOUT (seconds per load, default 900), KEEP=1 keeps the temporary
# directory.  A full run takes 5-7 minutes on 2 cores (--quick: about 1), writes about
# 1.2 GB under ${TMPDIR:-/tmp}, and its largest clamd peaks near 1.5 GB during a reload.
# Every clamd it starts is stopped on exit, Ctrl-C included.
# Exit status: 0 done, 2 a requirement is missing or clamd failed to load a database.
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }
fail() {
    printf 'clamd-calibrate: %s\n' "$*" >&2
    exit 2
}

quick=0
real=
model=
fit_only=
generate=
gen_spec=
props=
out=
while (($#)); do
    case $1 in
        --quick) quick=1 ;;
        --fit-only)
            [[ $# -ge 2 ]] || fail "--fit-only needs a TSV"
            fit_only=$2
            shift
            ;;
        --properties)
            [[ $# -ge 2 ]] || fail "--properties needs a file"
            props=$2
            shift
            ;;
        --real)
            [[ $# -ge 2 ]] || fail "--real needs a database directory"
            real=$(readlink -f -- "$2")
            [[ -d "$real" ]] || fail "$2 is not a directory"
            shift
            ;;
        --generate)
            [[ $# -ge 3 ]] || fail "--generate needs a directory and KIND=N[,KIND=N...]"
            generate=$2
            gen_spec=$3
            shift 2
            ;;
        --model)
            [[ $# -ge 2 ]] || fail "--model needs a properties file"
            model=$2
            shift
            ;;
        -h | --help)
            sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
            exit 0
            ;;
        -*) fail "unknown option $1 (try --help)" ;;
        *)
            [[ -z "$out" ]] || fail "one output file only"
            out=$1
            ;;
    esac
    shift
done

python=$(command -v python3 || true)
[[ -n "$python" ]] || fail "python3 not found (apt-get install python3)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 6))' || fail "python3 >= 3.6 needed"

clamd=${CLAMD:-}
sigtool=
if [[ -n "$generate" ]]; then
    [[ -z "$fit_only$real$out" && $quick == 0 ]] || fail "--generate takes no other option or output file"
    mkdir -p -- "$generate" || fail "cannot create $generate"
    generate=$(readlink -f -- "$generate")
elif [[ -z "$fit_only" ]]; then
    if [[ -z "$clamd" ]]; then
        clamd=$(PATH=$PATH:/usr/sbin:/sbin command -v clamd || true)
    fi
    [[ -n "$clamd" && -x "$clamd" ]] || fail "clamd not found (apt-get install clamav-daemon, or set CLAMD)"
    [[ -r /proc/self/smaps_rollup ]] || fail "/proc/PID/smaps_rollup missing (Linux 4.14 or later needed)"
    sigtool=${SIGTOOL:-$(command -v sigtool || true)}
    [[ -n "$sigtool" ]] || say "note: sigtool not found (Debian package clamav); the .cud format check is skipped"
else
    [[ -r "$fit_only" ]] || fail "cannot read $fit_only"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/clamd-calibrate.XXXXXX")
# Stop whatever clamd is still alive (the driver normally stops each one itself), then
# remove the temporary tree.  The PIDs come from the driver's own list, and each is checked
# to still be one of our clamd (its command line names a conf in $tmp) before it is signalled.
# shellcheck disable=SC2317 # called by the traps
cleanup() {
    local pid
    if [[ -s "$tmp/pids" ]]; then
        while read -r pid; do
            if [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' </proc/"$pid"/cmdline | grep -qF -- "$tmp/"; then
                kill -TERM "$pid" 2>/dev/null || true
                sleep 1
                kill -KILL "$pid" 2>/dev/null || true
            fi
        done <"$tmp/pids"
    fi
    if [[ "${KEEP:-}" == 1 ]]; then
        say "keeping $tmp"
    else
        rm -rf -- "$tmp"
    fi
}
trap cleanup EXIT
# The driver runs in the background so that a signal reaches these traps at once; it stops
# its clamd on SIGTERM (a background job of a script ignores SIGINT, hence the relay).
pypid=
# shellcheck disable=SC2317 # called by the traps
stop_driver() {
    if [[ -n "$pypid" ]]; then
        kill -TERM "$pypid" 2>/dev/null || true
        wait "$pypid" 2>/dev/null || true
    fi
    exit "$1"
}
trap 'stop_driver 130' INT
trap 'stop_driver 143' TERM

if [[ -n "$real" && -z "$model" ]]; then
    model=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/../src/main/resources/dev/headroom/clamav/engine-model.properties
fi
[[ -z "$model" || -r "$model" ]] || fail "cannot read the model $model"
export CAL_REAL=$real CAL_MODEL=$model CAL_GENERATE=$generate CAL_GEN_SPEC=$gen_spec
export CAL_TMP=$tmp CAL_CLAMD=$clamd CAL_SIGTOOL=$sigtool CAL_QUICK=$quick CAL_OUT=$out CAL_PROPS=$props \
    CAL_FIT_ONLY=$fit_only CAL_SEED=${SEED:-headroom-clamd-1} CAL_LOAD_TIMEOUT=${LOAD_TIMEOUT:-900}
start=$SECONDS
"$python" - <<'PYTHON' &
import bisect, itertools, math, os, platform, random, re, signal, socket, subprocess, sys, time

TMP = os.environ["CAL_TMP"]
CLAMD = os.environ["CAL_CLAMD"]
SIGTOOL = os.environ["CAL_SIGTOOL"]
REAL = os.environ["CAL_REAL"]
MODEL = os.environ["CAL_MODEL"]
QUICK = os.environ["CAL_QUICK"] == "1"
OUT = os.environ["CAL_OUT"]
PROPS = os.environ["CAL_PROPS"]
FIT_ONLY = os.environ["CAL_FIT_ONLY"]
GENERATE = os.environ["CAL_GENERATE"]
GEN_SPEC = os.environ["CAL_GEN_SPEC"]
SEED = os.environ["CAL_SEED"]
LOAD_TIMEOUT = float(os.environ["CAL_LOAD_TIMEOUT"])
TICK = os.sysconf("SC_CLK_TCK")
KINDS = ("hdb", "hsb", "mdb", "msb", "ndb", "ldb")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# The plan: which databases, and which of them are held out of the fit.
#   role fit        used for the least-squares fit
#   role holdout    sizes (and mixes) the fit never sees: the estimate is checked on them
#   role stress     a generator assumption changed, to show how much it matters (reported,
#                   not fitted): uniformly random bytes in ndb/ldb (the AC trie's worst
#                   case), a distinct file size for nearly every hash, names 11 characters
#                   shorter (official signatures carry no ".UNOFFICIAL" suffix)
#   role format     the official-like mix packed as a .cud container (sigtool --unsigned):
#                   does the CVD format (tar.gz) change memory or CPU?  Needs sigtool.
# ---------------------------------------------------------------------------------------
def plan():
    if QUICK:
        hashes = {"fit": [1000, 10000, 100000, 400000], "holdout": [200000]}
        ndb = {"fit": [1000, 10000, 100000], "holdout": [30000]}
        ldb = {"fit": [1000, 10000, 50000], "holdout": [20000]}
        mixes = {"mix-small": dict(hdb=20000, hsb=20000, ndb=5000, ldb=2000),
                 "mix-official-like": dict(hdb=30000, hsb=80000, mdb=90000, msb=10000, ndb=20000, ldb=6000)}
        stress = {}
    else:
        hashes = {"fit": [1000, 10000, 100000, 1000000, 2000000], "holdout": [300000]}
        ndb = {"fit": [1000, 10000, 100000, 1000000], "holdout": [30000, 300000]}
        ldb = {"fit": [1000, 10000, 100000, 300000], "holdout": [30000]}
        mixes = {"mix-small": dict(hdb=20000, hsb=20000, ndb=5000, ldb=2000),
                 "mix-official-like": dict(hdb=150000, hsb=400000, mdb=450000, msb=50000, ndb=100000, ldb=30000)}
        stress = {"ndb-uniform": ("ndb", 100000), "ldb-uniform": ("ldb", 100000),
                  "hdb-unique-sizes": ("hdb", 1000000), "hdb-short-names": ("hdb", 1000000)}
    runs = []   # (role, label, {kind: count}, generator variant)
    for kind in KINDS:
        sizes = ndb if kind == "ndb" else ldb if kind == "ldb" else hashes
        for role in ("fit", "holdout"):
            for n in sizes[role]:
                runs.append((role, kind, {kind: n}, ""))
    for name, counts in mixes.items():
        runs.append(("holdout", name, counts, ""))
    for name, (kind, n) in stress.items():
        runs.append(("stress", name, {kind: n}, name.split("-", 1)[1]))
    if SIGTOOL and not QUICK:
        runs.append(("format", "mix-official-like.cud", mixes["mix-official-like"], ""))
    return runs


# ---------------------------------------------------------------------------------------
# The generator.  One random.Random per kind, seeded with SEED:kind (Mersenne Twister and its
# string seeding are the same on every CPython 3), so the n-th signature of a kind is the
# same in every run and every database size is a prefix of the largest.
#
# Hashes are uniform (real hashes are); file sizes are log-normal around 200 KiB (one decade
# either side), PE-section sizes log-uniform multiples of 512 up to 2 MiB: clamd keeps one
# bucket per distinct size, so the share of repeated sizes matters (see hdb-unique-sizes).
# Names are Talos style, Platform.Category.Family-SigID-Rev, about 25 characters (clamd adds
# ".UNOFFICIAL" to every name from an unsigned database: see hdb-short-names).
# Body and logical signatures put their bytes in the
# Aho-Corasick trie, whose memory grows with the number of distinct 2-byte prefixes per
# target type (every depth-1 and depth-2 node holds a 256-pointer table, 2 KiB), so their
# bytes follow skewed distributions: Zipf over x86-ish byte ranks for binary targets, Zipf
# over text characters for HTML/ASCII/PDF targets.  The *-uniform stress variants draw every
# byte uniformly instead: the upper bound of the trie's growth.
# ---------------------------------------------------------------------------------------
BIN_TOP = [0x00, 0xff, 0x8b, 0x89, 0xe8, 0x24, 0x45, 0x85, 0x0f, 0x74, 0x75, 0x83, 0x50,
           0x04, 0xc7, 0x01, 0x48, 0x08, 0x10, 0xc0, 0x33, 0x6a, 0x55, 0xec, 0x5d, 0xc3,
           0x56, 0x57, 0x8d, 0x40, 0x4c, 0x44, 0x02, 0x0c, 0x8a, 0x03, 0x20, 0xeb, 0x46, 0xf8]
BIN_ORDER = BIN_TOP + [b for b in range(256) if b not in BIN_TOP]
TEXT_ORDER = [ord(c) for c in
              " etaoinsrhldcumpfgwybvk.()=;\"'<>/:_-,0123456789ETAOINSRHLDCUMPFGWYBVKxjqzXJQZ{}[]$%&+!?@#|*^~"]


def zipf_cum(n, s):
    acc, out = 0.0, []
    for r in range(n):
        acc += 1.0 / (r + 1) ** s
        out.append(acc)
    return out


BIN_CUM = zipf_cum(len(BIN_ORDER), 1.0)
TEXT_CUM = zipf_cum(len(TEXT_ORDER), 0.9)
PLATFORMS = ["Win", "Win", "Win", "Doc", "Html", "Js", "Unix", "Pdf", "Email", "Xls", "Andr", "Osx"]
CATEGORIES = ["Trojan", "Trojan", "Malware", "Downloader", "Exploit", "Dropper", "Ransomware",
              "Phishing", "Packed", "Adware", "Worm", "Coinminer"]


class Gen:
    def __init__(self, kind, variant=""):
        self.r = random.Random("%s:%s" % (SEED, kind))
        self.kind = kind
        self.uniform = variant == "uniform"
        self.unique_sizes = variant == "unique-sizes"
        self.short_names = variant == "short-names"
        fam = random.Random("%s:families" % SEED)
        self.families = ["".join(fam.choice("bcdfghklmnprstvz") + fam.choice("aeiou")
                                 for _ in range(fam.randint(2, 4))).capitalize() for _ in range(2000)]
        self.i = 0

    def name(self):
        # Talos style, Platform.Category.Family-SigID-Revision: about 26 characters.
        r = self.r
        self.i += 1
        name = "%s.%s.%s-%d-%d" % (r.choice(PLATFORMS), r.choice(CATEGORIES), r.choice(self.families),
                                   6000000 + self.i, r.randint(0, 2))
        return name[11:] if self.short_names else name

    def bytes_(self, n, text):
        r = self.r
        if self.uniform:
            return [r.randrange(256) for _ in range(n)]
        order, cum = (TEXT_ORDER, TEXT_CUM) if text else (BIN_ORDER, BIN_CUM)
        top = cum[-1]
        return [order[bisect.bisect_left(cum, r.random() * top)] for _ in range(n)]

    def hexpat(self, n, text, wild=0.0, alt=0.0):
        """Hex body; after the first 3 bytes some bytes become '??', 'x?' or '(aa|bb)'."""
        r = self.r
        out = []
        for k, b in enumerate(self.bytes_(n, text)):
            p = r.random()
            if k >= 3 and p < wild:
                out.append("??" if p < wild * 0.75 else "%x?" % (b >> 4))
            elif k >= 3 and p < wild + alt:
                out.append("(%02x|%02x)" % (b, self.bytes_(1, text)[0]))
            else:
                out.append("%02x" % b)
        return "".join(out)

    def line(self):
        return getattr(self, "_" + self.kind)()

    def _file_size(self):
        if self.unique_sizes:
            return 1024 + self.r.randrange(64 << 20)
        return min(64 << 20, max(64, int(self.r.lognormvariate(math.log(200 << 10), math.log(10)))))

    def _section_size(self):
        return 512 * int(4096 ** self.r.random())

    def _hdb(self):
        return "%032x:%d:%s" % (self.r.getrandbits(128), self._file_size(), self.name())

    def _hsb(self):
        return "%064x:%d:%s" % (self.r.getrandbits(256), self._file_size(), self.name())

    def _mdb(self):
        return "%d:%032x:%s" % (self._section_size(), self.r.getrandbits(128), self.name())

    def _msb(self):
        return "%d:%064x:%s" % (self._section_size(), self.r.getrandbits(256), self.name())

    def _ndb(self):
        r = self.r
        nm = self.name()
        p = r.random()
        n = r.randint(12, 40)
        if p < 0.35:   # generic target, static bytes, any offset: Boyer-Moore matcher
            return "%s:0:*:%s" % (nm, self.hexpat(n, False))
        if p < 0.45:   # PE at an entry-point offset, static: Boyer-Moore
            return "%s:1:EP+%d:%s" % (nm, r.randrange(4096), self.hexpat(n, False))
        if p < 0.70:   # PE anywhere, wildcards and a ranged gap: Aho-Corasick, two parts
            lo = r.randrange(16)
            return "%s:1:*:%s{%d-%d}%s" % (nm, self.hexpat(n // 2 + 4, False, wild=0.1), lo,
                                           lo + r.randint(1, 64), self.hexpat(n // 2 + 4, False, wild=0.1))
        if p < 0.80:   # HTML text with alternatives (AC-only target)
            return "%s:3:*:%s" % (nm, self.hexpat(n, True, wild=0.03, alt=0.05))
        if p < 0.90:   # ASCII text, static (AC-only target)
            return "%s:7:*:%s" % (nm, self.hexpat(n, True))
        if p < 0.95:   # ELF with wildcards (AC-only target)
            return "%s:6:*:%s" % (nm, self.hexpat(n, False, wild=0.1))
        # generic, two static parts joined by '*'
        return "%s:0:*:%s*%s" % (nm, self.hexpat(n // 2 + 2, False), self.hexpat(n // 2 + 2, False))

    def _ldb(self):
        r = self.r
        nm = self.name()
        target = r.choice((1, 1, 1, 1, 0, 0, 3, 7, 10, 2, 6, 9))
        text_target = target in (3, 7, 10)
        subs = []
        for _ in range(r.randint(2, 6)):
            text = text_target or r.random() < 0.5
            body = self.hexpat(r.randint(8, 30), text, wild=0.0 if text else 0.08)
            q = r.random()
            if text and q < 0.15:
                body += "::w"          # wide (UTF-16LE) match
            elif text and q < 0.25:
                body += "::i"          # case-insensitive: both cases go in the trie
            subs.append(body)
        logic = "&".join(str(k) for k in range(len(subs)))
        if r.random() < 0.05:          # a PCRE subsignature, triggered by subsignature 0
            subs.append("0/%s[a-z0-9]{2,16}\\x28/i" % "".join(r.choice("abcdefghijklmnop") for _ in range(6)))
            logic = "(%s)&%d" % (logic, len(subs) - 1)
        return "%s;Engine:81-255,Target:%d;%s;%s" % (nm, target, logic, ";".join(subs))


def generate(runs):
    """One file per kind, as long as the largest count asked; smaller ones are its prefix."""
    need = {}
    for role, label, counts, variant in runs:
        for kind, n in counts.items():
            key = (kind, variant)
            need[key] = max(need.get(key, 0), n)
    files = {}
    for (kind, variant), n in sorted(need.items()):
        t = time.monotonic()
        gen = Gen(kind, variant)
        tag = kind + ("-" + variant if variant else "")
        path = os.path.join(TMP, "gen-%s.%s" % (tag, kind))
        with open(path, "w") as f:
            for _ in range(n):
                f.write(gen.line() + "\n")
        files[(kind, variant)] = path
        log("generated %-17s %9d signatures in %5.1f s" % (tag, n, time.monotonic() - t))
    return files


def build_db(label, counts, variant, files):
    d = os.path.join(TMP, "db-" + label)
    os.mkdir(d)
    cud = label.endswith(".cud")
    src_dir = os.path.join(TMP, "cud-build") if cud else d
    if cud:
        os.mkdir(src_dir)
    for kind, n in counts.items():
        dst = os.path.join(src_dir, "%s.%s" % ("daily" if cud else "synth", kind))
        with open(files[(kind, variant)]) as src, open(dst, "w") as out:
            out.writelines(itertools.islice(src, n))
    if cud:
        # sigtool wants a COPYING file and asks for a builder name on stdin.
        with open(os.path.join(src_dir, "COPYING"), "w") as f:
            f.write("synthetic signatures for headroom's clamd calibration\n")
        r = subprocess.run([SIGTOOL, "--build=daily.cud", "--unsigned", "--cvd-version=1", "--no-cdiff",
                            "--datadir=" + src_dir], cwd=src_dir, input=b"headroom\n",
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=LOAD_TIMEOUT)
        if r.returncode != 0 or not os.path.exists(os.path.join(src_dir, "daily.cud")):
            raise RuntimeError("sigtool --build failed: %s" % r.stdout.decode(errors="replace")[-800:])
        os.rename(os.path.join(src_dir, "daily.cud"), os.path.join(d, "daily.cud"))
        for f in os.listdir(src_dir):
            os.unlink(os.path.join(src_dir, f))
        os.rmdir(src_dir)
    return d, sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))


# ---------------------------------------------------------------------------------------
# Measuring one clamd.
# ---------------------------------------------------------------------------------------
def proc_cpu(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK    # utime + stime (fields 14, 15)


def proc_status(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM"):
                out[k] = int(v.split()[0]) * 1024
    return out


def proc_pss(pid):
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    return 0


def command(sock_path, cmd, timeout=5.0):
    """Send one z-command (NUL-terminated) and return the reply, or None if no answer."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    try:
        s.connect(sock_path)
        s.sendall(b"z" + cmd + b"\0")
        reply = b""
        while not reply.endswith(b"\0"):
            chunk = s.recv(256)
            if not chunk:
                break
            reply += chunk
        return reply.rstrip(b"\0").decode(errors="replace")
    except OSError:
        return None
    finally:
        s.close()


def write_conf(path, dbdir, sock_path, log_path, concurrent):
    # Every option here exists in clamd 1.4 (an unknown one is fatal: "Parse error ... Unknown
    # option"), and the preflight below proves that such an error would stop us.
    lines = ["Foreground yes",
             "LocalSocket %s" % sock_path,
             "FixStaleSocket yes",
             "DatabaseDirectory %s" % dbdir,
             "TemporaryDirectory %s" % TMP,
             "LogFile %s" % log_path,
             "LogTime no",
             "LogSyslog no",
             "LogVerbose no",
             "SelfCheck 0",
             "ConcurrentDatabaseReload %s" % ("yes" if concurrent else "no")]
    if os.geteuid() == 0:
        import pwd
        lines.append("User %s" % pwd.getpwuid(0).pw_name)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


class Clamd:
    """One clamd in the foreground; always stopped by stop(), which the caller's finally runs."""

    def __init__(self, tag, dbdir, concurrent):
        base = os.path.join(TMP, tag)
        self.sock = base + ".sock"
        self.log_path = base + ".log"
        self.conf = base + ".conf"
        write_conf(self.conf, dbdir, self.sock, self.log_path, concurrent)
        self.proc = None

    def start(self):
        self.out = open(self.log_path + ".stdout", "w")
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen([CLAMD, "-c", self.conf], stdin=subprocess.DEVNULL, stdout=self.out,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        with open(os.path.join(TMP, "pids"), "a") as f:
            f.write("%d\n" % self.proc.pid)

    def logtext(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def failure(self, what):
        tail = (self.logtext() or open(self.log_path + ".stdout", errors="replace").read())[-1500:]
        return RuntimeError("%s\n--- clamd log tail ---\n%s" % (what, tail))

    def wait_ready(self):
        deadline = self.t0 + LOAD_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise self.failure("clamd exited with status %d before answering PING" % self.proc.returncode)
            if os.path.exists(self.sock) and command(self.sock, b"PING", timeout=2) == "PONG":
                return time.monotonic() - self.t0
            if time.monotonic() > deadline:
                raise self.failure("clamd did not answer PING within %.0f s" % LOAD_TIMEOUT)
            time.sleep(0.01)

    def snapshot(self):
        pid = self.proc.pid
        st = proc_status(pid)
        return dict(cpu=proc_cpu(pid), rss=st["VmRSS"], hwm=st["VmHWM"], pss=proc_pss(pid))

    def reset_hwm(self):
        """Reset VmHWM to the current RSS (clear_refs 5, Linux 4.0+); False if not allowed."""
        try:
            with open("/proc/%d/clear_refs" % self.proc.pid, "w") as f:
                f.write("5")
        except OSError:
            return False
        st = proc_status(self.proc.pid)
        return st["VmHWM"] <= st["VmRSS"] + (1 << 20)

    def reload(self):
        """RELOAD, then wait for the new engine to be active; returns the reload's figures."""
        mark = len(self.logtext())
        hwm_reset = self.reset_hwm()
        cpu0 = proc_cpu(self.proc.pid)
        t1 = time.monotonic()
        reply = command(self.sock, b"RELOAD", timeout=10)
        if reply != "RELOADING":
            raise self.failure("RELOAD answered %r" % reply)
        peak_rss = 0
        deadline = t1 + LOAD_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise self.failure("clamd exited during the reload")
            peak_rss = max(peak_rss, proc_status(self.proc.pid)["VmRSS"])
            text = self.logtext()[mark:]
            if "Activating the newly loaded database" in text:
                break
            if "keeping the previous instance" in text or "reload_th:" in text:
                raise self.failure("the reload failed")
            if time.monotonic() > deadline:
                raise self.failure("the reload did not finish within %.0f s" % LOAD_TIMEOUT)
            time.sleep(0.02)
        wall = time.monotonic() - t1
        # The old engine (yes) is freed right after that log line; PONG shows the main loop is
        # past it, and a short pause lets the unmapped pages leave VmRSS.
        while command(self.sock, b"PING", timeout=5) != "PONG":
            if time.monotonic() > deadline:
                raise self.failure("no PONG after the reload")
            time.sleep(0.05)
        time.sleep(0.3)
        snap = self.snapshot()
        m = re.search(r"Database correctly reloaded \((\d+) signatures\)", self.logtext()[mark:])
        return dict(wall=wall, cpu=snap["cpu"] - cpu0,
                    hwm=snap["hwm"] if hwm_reset else max(peak_rss, snap["rss"]),
                    hwm_method="clear_refs" if hwm_reset else "sampled",
                    rss_after=snap["rss"], reloaded=int(m.group(1)) if m else -1)

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.out.close()


def preflight():
    """clamd must refuse an unknown option; otherwise a typo in our conf would go unnoticed."""
    d = os.path.join(TMP, "preflight")
    os.mkdir(d)
    with open(os.path.join(d, "x.hdb"), "w") as f:
        f.write("44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature\n")
    c = Clamd("preflight", d, True)
    with open(c.conf, "a") as f:
        f.write("HeadroomNoSuchOption yes\n")
    r = subprocess.run([CLAMD, "-c", c.conf], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=60)
    text = r.stdout.decode(errors="replace")
    if r.returncode == 0 or "Unknown option" not in text:
        raise RuntimeError("clamd accepted an unknown option (status %d): %s" % (r.returncode, text[-500:]))
    version = subprocess.run([CLAMD, "--version"], stdout=subprocess.PIPE).stdout.decode().strip()
    return version


def measure(label, dbdir, n_sigs=None):
    row = {}
    for concurrent in (True, False):
        tag = "%s-%s" % (label, "yes" if concurrent else "no")
        c = Clamd(tag, dbdir, concurrent)
        try:
            c.start()
            wall = c.wait_ready()
            snap = c.snapshot()
            m = re.search(r"Loaded (\d+) signatures", c.logtext())
            loaded = int(m.group(1)) if m else -1
            if n_sigs is not None and loaded != n_sigs:
                raise c.failure("clamd loaded %d signatures, the database has %d" % (loaded, n_sigs))
            rl = c.reload()
            if rl["reloaded"] != loaded:
                raise c.failure("the reload loaded %d signatures, the start %d" % (rl["reloaded"], loaded))
        finally:
            c.stop()
        sfx = "yes" if concurrent else "no"
        row["start_" + sfx] = dict(wall=wall, **snap)
        row["reload_" + sfx] = rl
        row["loaded"] = loaded
    return row


COLUMNS = ["kind", "signatures", "db_bytes", "load_wall_s", "load_cpu_s", "rss", "hwm", "pss",
           "reload_hwm_yes", "reload_hwm_no",
           "role", "loaded"] + ["n_" + k for k in KINDS] + ["n_other",
           "load_cpu_s_a", "load_cpu_s_b", "load_wall_s_a", "load_wall_s_b",
           "reload_wall_s_yes", "reload_cpu_s_yes", "reload_rss_after_yes",
           "reload_wall_s_no", "reload_cpu_s_no", "reload_rss_after_no", "hwm_method"]


def to_row(role, label, counts, db_bytes, m):
    a, b = m["start_yes"], m["start_no"]
    ry, rn = m["reload_yes"], m["reload_no"]
    mean = lambda x, y: (x + y) / 2
    row = dict(kind=label, signatures=sum(counts.values()), db_bytes=db_bytes,
               load_wall_s="%.3f" % mean(a["wall"], b["wall"]), load_cpu_s="%.2f" % mean(a["cpu"], b["cpu"]),
               rss=int(mean(a["rss"], b["rss"])), hwm=int(mean(a["hwm"], b["hwm"])), pss=int(mean(a["pss"], b["pss"])),
               reload_hwm_yes=ry["hwm"], reload_hwm_no=rn["hwm"], role=role, loaded=m["loaded"],
               load_cpu_s_a="%.2f" % a["cpu"], load_cpu_s_b="%.2f" % b["cpu"],
               load_wall_s_a="%.3f" % a["wall"], load_wall_s_b="%.3f" % b["wall"],
               reload_wall_s_yes="%.3f" % ry["wall"], reload_cpu_s_yes="%.2f" % ry["cpu"],
               reload_rss_after_yes=ry["rss_after"],
               reload_wall_s_no="%.3f" % rn["wall"], reload_cpu_s_no="%.2f" % rn["cpu"],
               reload_rss_after_no=rn["rss_after"],
               hwm_method=ry["hwm_method"] if ry["hwm_method"] == rn["hwm_method"] else "mixed")
    for k in KINDS:
        row["n_" + k] = counts.get(k, 0)
    row["n_other"] = sum(n for k, n in counts.items() if k not in KINDS)
    return row


# ---------------------------------------------------------------------------------------
# The fits.  Both minimise squared *relative* residuals (weight 1/y^2: the acceptance bar is
# relative), through the normal equations (a handful of unknowns; counts in millions).
#
#   linear   y = base + sum_k n_k * b_k                      (DESIGN.md's first version)
#   power    hash kinds as above; the Aho-Corasick kinds (ndb, ldb) as
#            b_k * REF * (n_k / REF) ** a_k,  b_k = bytes per signature at REF signatures.
#            Their trie holds a 2 KiB table per distinct 1- and 2-byte prefix per target
#            type, and distinct prefixes grow like n**a (a < 1, Heaps' law), so bytes per
#            signature fall as the database grows.  base and the hash kinds come from the
#            hash-only databases; a_k and b_k from a log-log line through the kind's own
#            databases, after subtracting base.
# The engine's share of base (what a concurrent reload duplicates) is the intercept of the
# reload increment (reload VmHWM - steady VmRSS) over the hash-only databases.
# ---------------------------------------------------------------------------------------
AC_KINDS = ("ndb", "ldb")
REF = 100000


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[p][c]) < 1e-300:
            raise ValueError("singular fit: column %d" % c)
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def linfit(rows, ys, floor=0.0):
    kinds = [k for k in KINDS if any(int(r["n_" + k]) for r in rows)]
    xs = [[1.0] + [int(r["n_" + k]) / 1e6 for k in kinds] for r in rows]
    ws = [1.0 / max(y, floor) ** 2 for y in ys]
    p = len(kinds) + 1
    ata = [[sum(w * x[i] * x[j] for x, w in zip(xs, ws)) for j in range(p)] for i in range(p)]
    aty = [sum(w * x[i] * y for x, y, w in zip(xs, ys, ws)) for i in range(p)]
    beta = solve(ata, aty)
    coef = {"base": beta[0]}
    for k, v in zip(kinds, beta[1:]):
        coef[k] = (v / 1e6, 1.0)          # (bytes per signature at REF, exponent)
    return coef


def powfit(rows, base):
    """log(y - base) = log(c) + a log(n) by ordinary least squares: relative residuals."""
    pts = [(math.log(n), math.log(y - base)) for n, y in rows if y > base]
    if len(pts) < 2:
        raise ValueError("a power fit needs two databases of the kind")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    a = sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)
    c = math.exp(my - a * mx)
    return (c * REF ** a / REF, a)


def term(coef, k, n):
    if n == 0 or k not in coef:
        return 0.0
    b, a = coef[k]
    return b * REF * (n / REF) ** a


def predict(coef, row):
    return coef["base"] + sum(term(coef, k, int(row["n_" + k])) for k in KINDS)


def fits(fit_rows):
    lin = linfit(fit_rows, [float(r["rss"]) for r in fit_rows])
    hash_rows = [r for r in fit_rows if not any(int(r["n_" + k]) for k in AC_KINDS)]
    pw = linfit(hash_rows, [float(r["rss"]) for r in hash_rows])
    for k in AC_KINDS:
        own = [(int(r["n_" + k]), float(r["rss"])) for r in fit_rows
               if int(r["n_" + k]) and all(int(r["n_" + j]) == 0 for j in KINDS if j != k)]
        if own:
            pw[k] = powfit(own, pw["base"])
    inc = linfit(hash_rows, [float(r["reload_hwm_yes"] - r["rss"]) for r in hash_rows])
    cpu = linfit(fit_rows, [float(r["load_cpu_s"]) for r in fit_rows], floor=0.1)
    return lin, pw, inc["base"], cpu


def mib(x):
    return "%.1f" % (x / 1048576.0)


def report(rows, version):
    fit_rows = [r for r in rows if r["role"] == "fit"]
    lin, pw, engine_base, cpu = fits(fit_rows)
    process = pw["base"] - engine_base
    log("")
    log("fit on %d databases (role fit); relative least squares" % len(fit_rows))
    log("  %-6s %14s %14s %9s %12s" % ("", "linear B/sig", "power B/sig", "exponent", "cpu us/sig"))
    log("  %-6s %14.0f %14.0f %9s %12.0f   (base: bytes, bytes, -, microseconds)" % (
        "base", lin["base"], pw["base"], "", cpu["base"] * 1e6))
    for k in KINDS:
        if k in pw:
            log("  %-6s %14.1f %14.1f %9.3f %12.3f" % (k, lin[k][0], pw[k][0], pw[k][1], cpu[k][0] * 1e6))
    log("  power B/sig of ndb and ldb: average at %d signatures of the kind" % REF)
    log("  engine share of base (reload increment intercept): %s MiB; process without engine: %s MiB" % (
        mib(engine_base), mib(process)))
    log("")
    log("estimate - measured, relative; 'yes' is the reload peak estimated as 2 x steady - process")
    log("  %-7s %-18s %9s %9s %7s %7s %9s %7s %7s %7s" % (
        "role", "database", "sigs", "rss MiB", "linear", "power", "yes MiB", "power", "cpu s", "linear"))
    worst = {"linear": [], "power": []}
    order = {"fit": 0, "holdout": 1, "stress": 2, "format": 3}
    for r in sorted(rows, key=lambda r: order[r["role"]]):
        el, ep = predict(lin, r), predict(pw, r)
        ey = 2 * ep - process
        ec = predict(cpu, r)
        rel = lambda e, m: 100.0 * (e - m) / m
        if r["role"] == "holdout":
            worst["linear"].append(abs(rel(el, r["rss"])))
            worst["power"].append(abs(rel(ep, r["rss"])))
        log("  %-7s %-18s %9d %9s %+6.1f%% %+6.1f%% %9s %+6.1f%% %7s %+6.1f%%" % (
            r["role"], r["kind"], int(r["signatures"]), mib(r["rss"]), rel(el, r["rss"]), rel(ep, r["rss"]),
            mib(r["reload_hwm_yes"]), rel(ey, r["reload_hwm_yes"]), r["load_cpu_s"],
            rel(ec, max(float(r["load_cpu_s"]), 0.01))))
    for name, errs in worst.items():
        if errs:
            log("  %-6s model: held-out steady-memory errors within 20%%: %d of %d; worst %.1f%%" % (
                name, sum(e <= 20.0 for e in errs), len(errs), max(errs)))
    log("")
    log("reload peaks (VmHWM during the reload alone) against the steady RSS before it")
    log("  %-18s %9s %9s %9s %6s %9s %6s %9s %9s %8s %8s" % (
        "database", "sigs", "rss MiB", "yes MiB", "x rss", "no MiB", "x rss", "after yes", "after no",
        "yes wall", "no wall"))
    for r in rows:
        log("  %-18s %9d %9s %9s %6.2f %9s %6.2f %9s %9s %8s %8s" % (
            r["kind"], int(r["signatures"]), mib(r["rss"]), mib(r["reload_hwm_yes"]),
            r["reload_hwm_yes"] / r["rss"], mib(r["reload_hwm_no"]), r["reload_hwm_no"] / r["rss"],
            mib(r["reload_rss_after_yes"]), mib(r["reload_rss_after_no"]),
            r["reload_wall_s_yes"], r["reload_wall_s_no"]))
    if PROPS:
        write_props(PROPS, pw, engine_base, cpu, version)
        log("\nwrote %s" % PROPS)


def write_props(path, pw, engine_base, cpu, version):
    lines = ["# clamd engine model, fitted by bench/clamd-calibrate.sh (see docs/calibration.md).",
             "# steady bytes = base.bytes + sum over kinds of bytes(kind, count)",
             "#   bytes(kind, n) = <kind>.bytes.per.sig x n                               (no exponent)",
             "#   bytes(kind, n) = <kind>.bytes.per.sig x R x (n / R) ^ <kind>.exponent   (R = reference.sigs)",
             "# engine E = steady bytes - process.bytes; reload peak: steady + E (ConcurrentDatabaseReload yes)",
             "# load seconds = base.cpu.seconds + sum of count x <kind>.cpu.seconds.per.sig (clamd CPU time)",
             "calibrated = %s, %s, %s" % (platform.node() or "unknown host", time.strftime("%Y-%m-%d"), version),
             "reference.sigs = %d" % REF,
             "base.bytes = %d" % round(pw["base"]),
             "process.bytes = %d" % round(pw["base"] - engine_base),
             "base.cpu.seconds = %.3f" % cpu["base"]]
    for k in KINDS:
        if k in pw:
            lines.append("%s.bytes.per.sig = %.0f" % (k, pw[k][0]))
            if pw[k][1] != 1.0:
                lines.append("%s.exponent = %.3f" % (k, pw[k][1]))
            lines.append("%s.cpu.seconds.per.sig = %.2e" % (k, cpu[k][0]))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def read_tsv(path):
    """Rows of a TSV this script wrote, and the clamd version from its '#' line."""
    version = "clamd version not recorded in the TSV"
    with open(path) as f:
        header = f.readline().rstrip("\n")
        if header.startswith("#"):
            version = header[1:].split(";")[0].strip()
            header = f.readline().rstrip("\n")
        header = header.split("\t")
        rows = []
        for line in f:
            if not line.strip():
                continue
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            for k in ("rss", "hwm", "pss", "reload_hwm_yes", "reload_hwm_no", "reload_rss_after_yes",
                      "reload_rss_after_no", "signatures"):
                r[k] = int(r[k])
            rows.append(r)
    return rows, version


# ---------------------------------------------------------------------------------------
# --real: an existing database directory, counted per kind and measured as it is.
# ---------------------------------------------------------------------------------------
def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        for line in f:
            if line.strip() and not line.startswith(b"#"):
                n += 1
    return n


def count_kinds(dbdir):
    """Signature lines per file extension; CVD/CLD/CUD containers unpacked with sigtool."""
    counts = {}
    for name in sorted(os.listdir(dbdir)):
        path = os.path.join(dbdir, name)
        ext = name.rsplit(".", 1)[-1].lower()
        if not os.path.isfile(path) or ext in ("info", "cfg", "dat", "txt", "conf"):
            continue
        if ext in ("cvd", "cld", "cud"):
            if not SIGTOOL:
                raise RuntimeError("sigtool is needed to count the signatures inside %s" % name)
            work = os.path.join(TMP, "unpack-" + name)
            os.mkdir(work)
            r = subprocess.run([SIGTOOL, "--unpack=" + path], cwd=work, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=LOAD_TIMEOUT)
            if r.returncode != 0:
                raise RuntimeError("sigtool --unpack %s failed: %s" % (name, r.stdout.decode(errors="replace")[-500:]))
            for inner in sorted(os.listdir(work)):
                iext = inner.rsplit(".", 1)[-1].lower()
                if iext == "cbc":       # one bytecode signature per file
                    counts[iext] = counts.get(iext, 0) + 1
                elif iext not in ("info", "cfg", "txt") and inner != "COPYING":
                    counts[iext] = counts.get(iext, 0) + count_lines(os.path.join(work, inner))
                os.unlink(os.path.join(work, inner))
            os.rmdir(work)
        elif ext == "cbc":
            counts[ext] = counts.get(ext, 0) + 1
        else:
            counts[ext] = counts.get(ext, 0) + count_lines(path)
    return counts


def read_model(path):
    props = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, _, v = line.partition("=")
                props[k.strip()] = v.strip()
    coef = {"base": float(props["base.bytes"])}
    for key, value in props.items():
        if key.endswith(".bytes.per.sig"):
            k = key[:-len(".bytes.per.sig")]
            coef[k] = (float(value), float(props.get(k + ".exponent", "1")))
    return coef, float(props["process.bytes"]), props.get("calibrated", "?")


def real_main(version):
    global REF
    coef, process, calibrated = read_model(MODEL)
    with open(MODEL) as f:
        m = re.search(r"^reference\.sigs\s*=\s*(\d+)", f.read(), re.M)
    REF = int(m.group(1)) if m else REF
    counts = count_kinds(REAL)
    log("%s; %s; database %s" % (version, platform.platform(), REAL))
    log("signature lines per kind: %s" % ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    m = measure("real", REAL)
    db_bytes = sum(os.path.getsize(os.path.join(REAL, f)) for f in os.listdir(REAL)
                   if os.path.isfile(os.path.join(REAL, f)))
    row = to_row("real", "real", counts, db_bytes, m)
    out = open(OUT, "w") if OUT else sys.stdout
    out.write("# %s; %s; %s; %d CPUs; real database %s\n" % (version, platform.node() or "unknown host",
                                                           time.strftime("%Y-%m-%d"), os.cpu_count(), REAL))
    out.write("\t".join(COLUMNS) + "\n")
    out.write("\t".join(str(row[c]) for c in COLUMNS) + "\n")
    if OUT:
        out.close()
    est = coef["base"] + sum(term(coef, k, n) for k, n in counts.items())
    unknown = sorted(k for k in counts if k not in coef)
    rel = lambda e, x: 100.0 * (e - x) / x
    log("model: %s (%s)" % (MODEL, calibrated))
    log("  clamd loaded %d signatures; kinds without a constant (left out): %s" % (
        row["loaded"], ", ".join("%s %d" % (k, counts[k]) for k in unknown) or "none"))
    log("  steady  measured %s MiB, model %s MiB (%+.1f%%)" % (mib(row["rss"]), mib(est), rel(est, row["rss"])))
    log("  reload yes measured %s MiB, model %s MiB (%+.1f%%)" % (
        mib(row["reload_hwm_yes"]), mib(2 * est - process), rel(2 * est - process, row["reload_hwm_yes"])))
    log("  reload no  measured %s MiB, model %s MiB (%+.1f%%)" % (
        mib(row["reload_hwm_no"]), mib(est), rel(est, row["reload_hwm_no"])))
    log("  load cpu %s s, wall %s s" % (row["load_cpu_s"], row["load_wall_s"]))
    return 0


def generate_only(dbdir, spec):
    """--generate: DIR/synth.KIND with the first N lines of KIND, as build_db writes them."""
    counts = {}
    for part in spec.split(","):
        kind, _, n = part.strip().partition("=")
        if kind not in KINDS or not n.isdigit() or int(n) < 1 or kind in counts:
            raise RuntimeError("--generate: %r is not KIND=N (KIND one of %s, each once, N >= 1)"
                               % (part, " ".join(KINDS)))
        counts[kind] = int(n)
    for kind, n in counts.items():
        # Gen(kind) is sequential from a fixed seed, so its first n lines are the first n lines
        # of the file generate() writes for any larger count: the calibration's database.
        gen = Gen(kind)
        path = os.path.join(dbdir, "synth.%s" % kind)
        with open(path, "w") as f:
            for _ in range(n):
                f.write(gen.line() + "\n")
        log("%s %d" % (path, n))
    return 0


def main():
    if GENERATE:
        return generate_only(GENERATE, GEN_SPEC)
    if FIT_ONLY:
        rows, version = read_tsv(FIT_ONLY)
        report(rows, version)
        return 0
    version = preflight()
    if REAL:
        return real_main(version)
    log("%s; %s; %d CPUs; load average %.2f; seed %s%s" % (
        version, platform.platform(), os.cpu_count(), os.getloadavg()[0], SEED, "; quick" if QUICK else ""))
    runs = plan()
    files = generate(runs)
    out = open(OUT, "w") if OUT else sys.stdout
    out.write("# %s; %s; %s; %d CPUs; seed %s\n" % (version, platform.node() or "unknown host",
                                                  time.strftime("%Y-%m-%d"), os.cpu_count(), SEED))
    out.write("\t".join(COLUMNS) + "\n")
    out.flush()
    rows = []
    for role, label, counts, variant in runs:
        name = label if label not in KINDS else "%s-%d" % (label, counts[label])
        dbdir, db_bytes = build_db(name, counts, variant, files)
        t = time.monotonic()
        m = measure(name, dbdir, sum(counts.values()))
        for f in os.listdir(dbdir):
            os.unlink(os.path.join(dbdir, f))
        os.rmdir(dbdir)
        row = to_row(role, label, counts, db_bytes, m)
        rows.append(row)
        out.write("\t".join(str(row[c]) for c in COLUMNS) + "\n")
        out.flush()
        log("%-7s %-18s %9d sigs  cpu %6ss  rss %7s MiB  reload peak yes %7s / no %7s MiB  (%.0f s)" % (
            role, name, row["signatures"], row["load_cpu_s"], mib(row["rss"]), mib(row["reload_hwm_yes"]),
            mib(row["reload_hwm_no"]), time.monotonic() - t))
    if OUT:
        out.close()
    log("load average at the end: %.2f" % os.getloadavg()[0])
    report(rows, version)
    return 0


def on_term(signum, frame):
    raise SystemExit(143)     # unwinds through the finally blocks that stop clamd


signal.signal(signal.SIGTERM, on_term)
try:
    sys.exit(main())
except RuntimeError as e:
    log("clamd-calibrate: %s" % e)
    sys.exit(2)
except KeyboardInterrupt:
    sys.exit(130)
PYTHON
pypid=$!
rc=0
wait "$pypid" || rc=$?
pypid=
say "total run time: $((SECONDS - start)) s"
exit "$rc"
