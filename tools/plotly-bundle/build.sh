#!/usr/bin/env bash
# Rebuilds assets/plotly-charts.min.js: plotly.js (pinned in package.json / package-lock.json) with only the
# traces the dashboard draws (index-charts.js). Needs Node 20+ and the npm registry (or an npm cache).
#   tools/plotly-bundle/build.sh [output file, default assets/plotly-charts.min.js]
# Adding a trace type to components/core/figures.py means adding it to index-charts.js and TRACES in build.mjs,
# then running this. The file name must sort before plotly-locale-zh-cn.js (Dash loads assets/*.js in
# alphabetical order) and start with "plotly-" (app.py finds plotly's scripts by that prefix).
set -euo pipefail
args=()
if [ $# -gt 0 ]; then args=("$(realpath -m "$1")"); fi  # an output path relative to where it was run from
cd "$(dirname "$0")"
if [ ! -d node_modules/plotly.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi
node build.mjs "${args[@]}"
