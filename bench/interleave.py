#!/usr/bin/env python3
"""Compare the cold start of a few commands by running them in turn, N rounds.

    python3 bench/interleave.py 25 "bin/headroom lint /etc/apache2/apache2.conf" \
        "HEADROOM_JAR=/tmp/other.jar bin/headroom lint /etc/apache2/apache2.conf"

On a shared VM a machine's speed drifts by 15 % over minutes, so commands timed one after the
other (as hyperfine does) are compared across that drift; taking them in turn, round by round,
compares them under the same conditions.  Each command is run twice untimed first (so that
bin/headroom writes its class list, then makes its archive), then N times.  Prints, per command, the median and mean
wall time, the fastest run and the median CPU time (user + system of the command and its
children).  A measuring aid, not a test: it sets no goal and always exits 0.
"""
import resource
import statistics
import subprocess
import sys
import time


def run(cmd):
    subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit("usage: interleave.py ROUNDS COMMAND...")
    rounds, cmds = int(sys.argv[1]), sys.argv[2:]
    wall = {c: [] for c in cmds}
    cpu = {c: [] for c in cmds}
    for c in cmds:
        run(c)
        run(c)
    for _ in range(rounds):
        for c in cmds:
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            run(c)
            wall[c].append((time.perf_counter() - t0) * 1000)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[c].append((r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) * 1000)
    for c in cmds:
        print("median %6.1f ms  mean %6.1f  min %6.1f  cpu median %6.1f  %s" % (
            statistics.median(wall[c]), statistics.mean(wall[c]), min(wall[c]), statistics.median(cpu[c]), c))


if __name__ == "__main__":
    main()
