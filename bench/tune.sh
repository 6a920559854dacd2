#!/usr/bin/env bash
# headroom benchmark (not a test): how long a `headroom tune` what-if answer takes (issue 8's
# goal: under 50 ms), over 100 changes on each bundled example, each example in a fresh JVM
# so the first, cold answer counts too. Prints the session's open time and the first, median,
# 90th-percentile and worst answer.
#
#   mvn package && bash bench/tune.sh [CHANGES]
set -euo pipefail
cd "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.."
[ -f target/headroom.jar ] || { echo "bench: build first (mvn package)" >&2; exit 2; }
# the JVM as bin/headroom starts it (C1 only, serial GC, small heap)
flags=(-Xms8m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
for ex in tarragon copr blog512; do
    java "${flags[@]}" -cp target/headroom.jar bench/TuneLatency.java "examples/$ex" "${1:-100}"
done
