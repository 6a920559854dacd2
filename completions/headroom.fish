# fish completion for headroom, generated from its command tree by
# 'headroom generate-completion --shell fish'. Put it in a directory of
# $fish_complete_path (Debian: /usr/share/fish/vendor_completions.d).

# No file names unless an option or argument takes a path.
complete -c headroom -f

complete -c headroom -n '__fish_use_subcommand' -a 'lint' -d 'Check configurations and report findings with stable rule IDs'
complete -c headroom -n '__fish_use_subcommand' -a 'show' -d 'Show the settings each daemon will really run with, and where each comes from'
complete -c headroom -n '__fish_use_subcommand' -a 'budget' -d 'Add up every service\'s steady and peak memory, per scenario, against the machine\'s RAM'
complete -c headroom -n '__fish_use_subcommand' -a 'plan' -d 'Propose the edits that fix the findings, each tied to what it fixes, with the budget recomputed on the edited configuration'
complete -c headroom -n '__fish_use_subcommand' -a 'tune' -d 'Try settings on the server\'s configuration and see the budget move, without writing anything: set, unset, undo, budget, lint, plan, diff, save PLAN.json (for headroom apply --plan)'
complete -c headroom -n '__fish_use_subcommand' -a 'apply' -d 'Write a plan as .dee overlays'
complete -c headroom -n '__fish_use_subcommand' -a 'rollback' -d 'Undo a change made by headroom apply (the latest without CHANGE-ID)'
complete -c headroom -n '__fish_use_subcommand' -a 'rules' -d 'List every rule'
complete -c headroom -n '__fish_use_subcommand' -a 'explain' -d 'Explain a rule'
complete -c headroom -n '__fish_use_subcommand' -a 'generate-completion' -d 'Print a shell completion script'
complete -c headroom -n '__fish_use_subcommand' -a 'help' -d 'Display help information about the specified command'
complete -c headroom -n '__fish_use_subcommand' -l 'debug' -d 'Print the stack trace of an internal error'
complete -c headroom -n '__fish_use_subcommand' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_use_subcommand' -s 'V' -l 'version' -d 'Print version information and exit'

# headroom lint
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'root' -r -F -d 'The server\'s root'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'lang' -x -a 'httpd systemd clamav openbsd' -d 'The language of the PATHs, instead of detecting it'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'facts' -r -F -d 'Host facts (RAM, swap, CPUs, measured process sizes) in an INI file; without it, / is probed through /proc'
complete -c headroom -n '__fish_seen_subcommand_from lint' -s 'f' -l 'format' -x -a 'text json sarif github checkstyle' -d 'Output format'
complete -c headroom -n '__fish_seen_subcommand_from lint' -s 'o' -l 'output' -r -F -d 'Write the report to FILE'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'fail-on' -x -a 'error warning info none' -d 'Exit 1 when a finding is at or above LEVEL'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'config' -r -F -d 'Read settings from FILE instead of searching for .headroom.ini (also HEADROOM_CONFIG)'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'select' -x -a 'BS001 BS002 BS003 BS101 BS301 BS302 BS303 BS304 BS305 BS306 CL001 CL002 CL003 CL004 CL005 CL006 CL007 CL008 CL101 CL102 CL103 CL301 CL302 CL303 GE001 GE002 GE003 GE004 GE401 HT001 HT002 HT003 HT004 HT005 HT006 HT007 HT008 HT009 HT010 HT011 HT012 HT013 HT014 HT015 HT016 HT017 HT018 HT101 HT102 HT103 HT301 HT302 HT303 HT304 HT305 HT306 HT307 HT308 HT309 HT310 HT311 HT312 HT313 HT314 HT320 HT321 HT322 HT323 HT401 HT402 MB301 MB302 MB303 MB304 SD001 SD002 SD003 SD004 SD101 SD301 SD302 SD401' -d 'Only these rule IDs or ID prefixes (e.g. HT3; also HEADROOM_SELECT, [rules] select)'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'ignore' -x -a 'BS001 BS002 BS003 BS101 BS301 BS302 BS303 BS304 BS305 BS306 CL001 CL002 CL003 CL004 CL005 CL006 CL007 CL008 CL101 CL102 CL103 CL301 CL302 CL303 GE001 GE002 GE003 GE004 GE401 HT001 HT002 HT003 HT004 HT005 HT006 HT007 HT008 HT009 HT010 HT011 HT012 HT013 HT014 HT015 HT016 HT017 HT018 HT101 HT102 HT103 HT301 HT302 HT303 HT304 HT305 HT306 HT307 HT308 HT309 HT310 HT311 HT312 HT313 HT314 HT320 HT321 HT322 HT323 HT401 HT402 MB301 MB302 MB303 MB304 SD001 SD002 SD003 SD004 SD101 SD301 SD302 SD401' -d 'Not these rule IDs or ID prefixes (also HEADROOM_IGNORE, [rules] ignore)'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'peers' -x -d 'OpenBSD'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'hosts' -r -F -d 'Lint a fleet'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'jobs' -x -d 'With --hosts, lint N hosts at once (default: one per processor)'
complete -c headroom -n '__fish_seen_subcommand_from lint' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from lint' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from lint' -l 'debug' -d 'Print the stack trace of an internal error'
complete -c headroom -n '__fish_seen_subcommand_from lint' -F -d 'Files to check'

# headroom show
complete -c headroom -n '__fish_seen_subcommand_from show' -l 'root' -r -F -d 'The server\'s root'
complete -c headroom -n '__fish_seen_subcommand_from show' -l 'lang' -x -a 'httpd systemd clamav openbsd' -d 'The language of the PATHs, instead of detecting it'
complete -c headroom -n '__fish_seen_subcommand_from show' -l 'facts' -r -F -d 'Host facts (RAM, swap, CPUs, measured process sizes) in an INI file; without it, / is probed through /proc'
complete -c headroom -n '__fish_seen_subcommand_from show' -s 'f' -l 'format' -x -a 'text json' -d 'Output format'
complete -c headroom -n '__fish_seen_subcommand_from show' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from show' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from show' -l 'debug' -d 'Print the stack trace of an internal error'
complete -c headroom -n '__fish_seen_subcommand_from show' -F -d 'Files to check'

# headroom budget
complete -c headroom -n '__fish_seen_subcommand_from budget' -l 'root' -r -F -d 'The server\'s root'
complete -c headroom -n '__fish_seen_subcommand_from budget' -l 'facts' -r -F -d 'Host facts (RAM, swap, CPUs, measured process sizes) in an INI file; without it, / is probed through /proc'
complete -c headroom -n '__fish_seen_subcommand_from budget' -l 'ram' -x -d 'The machine\'s RAM (512M, 3.75G), instead of the facts'
complete -c headroom -n '__fish_seen_subcommand_from budget' -l 'reserve' -x -d 'Memory kept free for the kernel and page cache (default: 10%, at least 64M; also HEADROOM_RESERVE, [budget] reserve)'
complete -c headroom -n '__fish_seen_subcommand_from budget' -l 'config' -r -F -d 'Read settings from FILE instead of searching for .headroom.ini (also HEADROOM_CONFIG)'
complete -c headroom -n '__fish_seen_subcommand_from budget' -l 'count-swap' -d 'Count swap as room (by default it is reported, not counted)'
complete -c headroom -n '__fish_seen_subcommand_from budget' -s 'f' -l 'format' -x -a 'text json svg' -d 'Output format'
complete -c headroom -n '__fish_seen_subcommand_from budget' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from budget' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from budget' -l 'debug' -d 'Print the stack trace of an internal error'

# headroom plan
complete -c headroom -n '__fish_seen_subcommand_from plan' -l 'root' -r -F -d 'The server\'s root'
complete -c headroom -n '__fish_seen_subcommand_from plan' -l 'facts' -r -F -d 'Host facts (RAM, swap, CPUs, measured process sizes) in an INI file; without it, / is probed through /proc'
complete -c headroom -n '__fish_seen_subcommand_from plan' -s 'f' -l 'format' -x -a 'text json' -d 'Output format'
complete -c headroom -n '__fish_seen_subcommand_from plan' -s 'o' -l 'output' -r -F -d 'Write the plan as JSON to this file (for headroom apply --plan), written whole or not at all'
complete -c headroom -n '__fish_seen_subcommand_from plan' -l 'config' -r -F -d 'Read settings from FILE instead of searching for .headroom.ini (also HEADROOM_CONFIG)'
complete -c headroom -n '__fish_seen_subcommand_from plan' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from plan' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from plan' -l 'debug' -d 'Print the stack trace of an internal error'

# headroom tune
complete -c headroom -n '__fish_seen_subcommand_from tune' -l 'root' -r -F -d 'The server\'s root'
complete -c headroom -n '__fish_seen_subcommand_from tune' -l 'facts' -r -F -d 'Host facts (RAM, swap, CPUs, measured process sizes) in an INI file; without it, / is probed through /proc'
complete -c headroom -n '__fish_seen_subcommand_from tune' -l 'config' -r -F -d 'Read settings from FILE instead of searching for .headroom.ini (also HEADROOM_CONFIG)'
complete -c headroom -n '__fish_seen_subcommand_from tune' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from tune' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from tune' -l 'debug' -d 'Print the stack trace of an internal error'

# headroom apply
complete -c headroom -n '__fish_seen_subcommand_from apply' -l 'root' -r -F -d 'The server\'s root'
complete -c headroom -n '__fish_seen_subcommand_from apply' -l 'plan' -r -F -d 'The plan to apply (headroom plan -o); without it, the plan is made now'
complete -c headroom -n '__fish_seen_subcommand_from apply' -l 'dry-run' -d 'Print the filesystem operations and a unified diff; change nothing'
complete -c headroom -n '__fish_seen_subcommand_from apply' -l 'no-validate' -d 'Do not run the daemons\' checkers after writing'
complete -c headroom -n '__fish_seen_subcommand_from apply' -l 'reload' -d 'After a successful apply on the live host (--root /), reload or restart the services whose files changed (systemctl); without it headroom only says which'
complete -c headroom -n '__fish_seen_subcommand_from apply' -l 'config' -r -F -d 'Read settings from FILE instead of searching for .headroom.ini (also HEADROOM_CONFIG)'
complete -c headroom -n '__fish_seen_subcommand_from apply' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from apply' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from apply' -l 'debug' -d 'Print the stack trace of an internal error'

# headroom rollback
complete -c headroom -n '__fish_seen_subcommand_from rollback' -l 'root' -r -F -d 'The server\'s root'
complete -c headroom -n '__fish_seen_subcommand_from rollback' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from rollback' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from rollback' -l 'debug' -d 'Print the stack trace of an internal error'

# headroom rules
complete -c headroom -n '__fish_seen_subcommand_from rules' -s 'f' -l 'format' -x -a 'text json' -d 'Output format'
complete -c headroom -n '__fish_seen_subcommand_from rules' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from rules' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from rules' -l 'debug' -d 'Print the stack trace of an internal error'

# headroom explain
complete -c headroom -n '__fish_seen_subcommand_from explain' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from explain' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from explain' -l 'debug' -d 'Print the stack trace of an internal error'
complete -c headroom -n '__fish_seen_subcommand_from explain' -a 'BS001 BS002 BS003 BS101 BS301 BS302 BS303 BS304 BS305 BS306 CL001 CL002 CL003 CL004 CL005 CL006 CL007 CL008 CL101 CL102 CL103 CL301 CL302 CL303 GE001 GE002 GE003 GE004 GE401 HT001 HT002 HT003 HT004 HT005 HT006 HT007 HT008 HT009 HT010 HT011 HT012 HT013 HT014 HT015 HT016 HT017 HT018 HT101 HT102 HT103 HT301 HT302 HT303 HT304 HT305 HT306 HT307 HT308 HT309 HT310 HT311 HT312 HT313 HT314 HT320 HT321 HT322 HT323 HT401 HT402 MB301 MB302 MB303 MB304 SD001 SD002 SD003 SD004 SD101 SD301 SD302 SD401' -d 'A rule ID such as HT301, or its name'

# headroom generate-completion
complete -c headroom -n '__fish_seen_subcommand_from generate-completion' -l 'shell' -x -a 'bash zsh fish' -d 'The shell'
complete -c headroom -n '__fish_seen_subcommand_from generate-completion' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c headroom -n '__fish_seen_subcommand_from generate-completion' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c headroom -n '__fish_seen_subcommand_from generate-completion' -l 'debug' -d 'Print the stack trace of an internal error'

# headroom help
complete -c headroom -n '__fish_seen_subcommand_from help' -s 'h' -l 'help' -d 'Show usage help for the help command and exit'
complete -c headroom -n '__fish_seen_subcommand_from help' -l 'debug' -d 'Print the stack trace of an internal error'
