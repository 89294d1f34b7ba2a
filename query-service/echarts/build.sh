#!/usr/bin/env bash
# Rebuilds the web interface's ECharts: only the parts the charts page draws with (charts-entry.js), from the npm
# registry's echarts package at the version package.json pins, bundled and minified by esbuild. Run it after changing
# the version or the parts, and commit its output; the Maven build only copies the file (no node needed there).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npx esbuild charts-entry.js --bundle --minify --format=iife --global-name=echarts --target=es2019 \
  --legal-comments=eof '--define:process.env.NODE_ENV="production"' \
  '--banner:js=/*! Apache ECharts 5.3.1, the parts of charts-entry.js (query-service/echarts). Apache License 2.0: see LICENSE and NOTICE beside this file */' \
  --outfile=../src/main/resources/static/ui/vendor/echarts.min.js
cp node_modules/echarts/LICENSE node_modules/echarts/NOTICE ../src/main/resources/static/ui/vendor/
rm -rf node_modules
