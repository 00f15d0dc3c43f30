#!/bin/sh
# Runs the engine benchmark without npm: markdown report on stdout, JSON in bench/out/.
#   bench/run.sh            full run (about two minutes)
#   bench/run.sh --quick    smoke run (numbers not meaningful)
# --expose-gc: memory is measured as heapUsed after global.gc().
# --max-old-space-size: the bpmn-engine memory measurement holds ~1 GB of parsed states.
# --conditions=govflow-source: @govflow/engine resolves to its TypeScript source (run by tsx).
set -eu
cd "$(dirname "$0")/.."
exec node --expose-gc --max-old-space-size=6144 --conditions=govflow-source --import tsx bench/engine.bench.ts "$@"
