#!/usr/bin/env bash
# The series in README.md: 1, 2 and 4 worker processes on PostgreSQL, then one `serve` on PGlite.
# Usage: bench/pipeline/run-series.sh <companies> <label>   (results in bench/pipeline/results/<label>-*.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
companies=${1:-1000}
label=${2:-run}
for workers in 1 2 4; do
  npx tsx bench/pipeline/run.ts --backend postgres --workers "$workers" --concurrency 2 --companies "$companies" --out "bench/pipeline/results/$label-postgres-$workers.json"
done
npx tsx bench/pipeline/run.ts --backend embedded --concurrency 2 --companies "$companies" --out "bench/pipeline/results/$label-embedded.json"
