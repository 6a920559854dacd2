# Combines the reports of `headroom lint -f json`, one file per host named HOST.json, into the
# shape of `headroom lint --hosts DIR -f json`: a host field first in every finding, a hosts
# list (name and number of findings; the exit code is not in a single host's report) and the
# summary added up.
#
#   jq -n -f combine.jq reports/*.json > fleet.json
#
# Hosts are in the order of the files on the command line (the shell sorts reports/*.json).
[inputs | {host: (input_filename | split("/") | last | sub("\\.json$"; "")), report: .}] as $hosts
| {
    tool: ($hosts[0].report.tool // {name: "headroom"}),
    hosts: [$hosts[] | {host, findings: (.report.findings | length)}],
    findings: [$hosts[] | .host as $h | .report.findings[] | {host: $h} + .],
    summary: (reduce $hosts[].report.summary as $s ({error: 0, warning: 0, info: 0};
        .error += $s.error | .warning += $s.warning | .info += $s.info))
  }
