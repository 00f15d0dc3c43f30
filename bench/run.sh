#!/bin/sh
# Runs the engine benchmark without npm: markdown report on stdout, JSON in bench/out/.
#   bench/run.sh            full run (about two minutes)
#   bench/run.sh --quick    smoke run (numbers not meaningful)
#   bench/run.sh http       HTTP benchmark of issue 5 (autocannon; ~2 min): completing tasks and intake
#   bench/run.sh pages      which B-trees a step's completion writes, pages per completion (~1 min; `--cases N`)
#   bench/run.sh timers     timer benchmark of issue 5: fire 10,000 due timers among 400,000 open cases;
#                           loads the store first (~5 min) in the OS temp dir (~13 KB of disk per case);
#                           `--cases 1000000 --disk-limit-gb 14` for the issue's million (see RESULTS.md)
#                           `--keep DIR`: keep the loaded store in DIR (as much disk again) and start later runs
#                           with the same sizes from a copy of it; `--cold` then empties the OS page cache
#                           after the copy (Linux, as root) so that the firing starts with nothing in memory
# Options after `http` / `timers` go to that benchmark (`--quick` for a smoke run).
# --expose-gc: memory is measured as heapUsed after global.gc().
# --max-old-space-size: the bpmn-engine memory measurement holds ~1 GB of parsed states.
# --conditions=govflow-source: @govflow/engine resolves to its TypeScript source (run by tsx).
set -eu
cd "$(dirname "$0")/.."
case "${1:-}" in
  http) shift; exec node --conditions=govflow-source --import tsx bench/http.bench.ts "$@" ;;
  timers) shift; exec node --conditions=govflow-source --import tsx bench/timers.bench.ts "$@" ;;
  pages) shift; exec node --conditions=govflow-source --import tsx bench/pages.bench.ts "$@" ;;
esac
# bench/run.sh supervision [--cases N]: issue 6 at scale (board, monthly report, SSE light latency; 1,000,000 cases).
if [ "${1:-}" = "supervision" ]; then
  shift
  exec node --max-old-space-size=6144 --conditions=govflow-source --import tsx bench/supervision.bench.ts "$@"
fi
exec node --expose-gc --max-old-space-size=6144 --conditions=govflow-source --import tsx bench/engine.bench.ts "$@"
