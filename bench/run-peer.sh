#!/usr/bin/env bash
# Runs the Bot Framework SDK for JavaScript peer (../shared/bench/peer-botbuilder-js) and RdpHelpBot, one after
# the other, through the peer's own load generator and fake Connector, then prints both and their ratios.
# The Connector runs inside the load generator (--embed-connector) and a turn ends when the channel's POST is
# answered AND the first reply to it has arrived: RdpHelpBot answers the POST before its turn runs, so the POST
# alone would not time the turn.
#
#   bench/run-peer.sh [load.js options...]      e.g. bench/run-peer.sh -c 50 -d 20 -w 3
#   BOT_PORT / CONNECTOR_PORT (default 3978 / 3979) move both bots and the fake Connector to other ports.
#
# shared/ is read-only and node_modules must not enter the repository, so the peer is copied to
# $PEER_WORK (default /tmp/rdphelpbot-bench-peer) and installed there with npm ci. RdpHelpBot runs in local
# mode (no MicrosoftAppId: no tokens, loopback callers only) with state in SQLite in a fresh temporary
# folder, and trusts the fake Connector on 127.0.0.1 for this run only.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# shared/ sits beside the repository (beside the main checkout when run from a worktree).
peer_src="${PEER_SRC:-}"
for candidate in "$repo/../shared" "$repo/../../shared"; do
    [ -z "$peer_src" ] && [ -d "$candidate/bench/peer-botbuilder-js" ] && peer_src="$candidate/bench/peer-botbuilder-js"
done
work="${PEER_WORK:-/tmp/rdphelpbot-bench-peer}"
[ -d "$peer_src" ] || { echo "peer harness not found beside the repository (set PEER_SRC)" >&2; exit 1; }

mkdir -p "$work"
for f in bot.js connector.js load.js run.sh package.json package-lock.json .npmrc; do
    cp -f "$peer_src/$f" "$work/$f"
done
chmod u+w "$work"/* "$work/.npmrc"
chmod +x "$work/run.sh"
[ -d "$work/node_modules" ] || (cd "$work" && npm ci --no-audit --no-fund --silent)

echo "== building RdpHelpBot (Release)"
dotnet publish "$repo/bot" -c Release -o "$work/rdphelpbot" --nologo -v quiet > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

export BOT_PORT="${BOT_PORT:-3978}" CONNECTOR_PORT="${CONNECTOR_PORT:-3979}"

echo "== peer: botbuilder-js CloudAdapter + WaterfallDialog, MemoryStorage"
(cd "$work" && RESULTS="$work/results/peer" ./run.sh --embed-connector "$@")
peer_json="$(ls -t "$work"/results/peer/*/load.json | head -n 1)"

echo "== RdpHelpBot: /api/messages, local mode, state in SQLite"
bot_cmd="dotnet $work/rdphelpbot/RdpHelpBot.dll --urls http://127.0.0.1:$BOT_PORT --Storage:DataFolder=$data"
bot_cmd+=" --BotFramework:TrustedServiceUrlHosts:0=127.0.0.1"
(cd "$work" && BOT_CMD="$bot_cmd" RESULTS="$work/results/rdphelpbot" ./run.sh --embed-connector "$@")
ours_json="$(ls -t "$work"/results/rdphelpbot/*/load.json | head -n 1)"

node -e '
const [peer, ours] = process.argv.slice(1).map(f => require(f));
const row = (name, p, o, better) => console.log(
  `${name.padEnd(22)} peer ${String(p).padStart(8)}   RdpHelpBot ${String(o).padStart(8)}   ratio ${(o / p).toFixed(2)}x (${better})`);
console.log("== comparison (RdpHelpBot / peer)");
row("turns/s", peer.turnsPerSec, ours.turnsPerSec, "higher is better");
row("turn p50 ms", peer.turnLatencyMs.p50, ours.turnLatencyMs.p50, "lower is better");
row("turn p99 ms", peer.turnLatencyMs.p99, ours.turnLatencyMs.p99, "lower is better");
row("POST p50 ms", peer.httpLatencyMs.p50, ours.httpLatencyMs.p50, "lower is better");
row("POST p99 ms", peer.httpLatencyMs.p99, ours.httpLatencyMs.p99, "lower is better");
row("peak RSS MiB", peer.bot.peakRssMiB, ours.bot.peakRssMiB, "lower is better");
row("CPU ms/turn", peer.bot.cpuMsPerTurn, ours.bot.cpuMsPerTurn, "lower is better");
row("replies/turn", peer.connector.repliesPerTurn, ours.connector.repliesPerTurn, "work done per turn");
console.log(`errors               peer ${peer.errors}   RdpHelpBot ${ours.errors}`);
' "$peer_json" "$ours_json"
