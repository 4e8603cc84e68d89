#!/usr/bin/env bash
# Builds the world outlines the web page draws, from Natural Earth's 1:110m countries as packaged
# on the npm registry (world-atlas, ISC; the data is Natural Earth's, public domain), into
# data/built/world.json: one array of rings a country, coordinates rounded to 0.01 degree.
# Idempotent and quick when the output exists. Without it the page works, with no outlines.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=data/built/world.json
[ -s "$out" ] && exit 0
command -v npm >/dev/null || { echo "scripts/web/build.sh: npm not found; the map will have no outlines" >&2; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "scripts/web/build.sh: installing world-atlas@2.0.2 and topojson-client@3.1.0 from the npm registry" >&2
npm install --silent --no-audit --no-fund --prefix "$work" world-atlas@2.0.2 topojson-client@3.1.0 >&2
mkdir -p data/built
NODE_PATH="$work/node_modules" node scripts/web/outlines.js "$work/node_modules/world-atlas/countries-110m.json" > "$out.tmp"
mv "$out.tmp" "$out"
echo "scripts/web/build.sh: wrote $out ($(wc -c < "$out") bytes)" >&2
