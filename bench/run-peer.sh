#!/usr/bin/env bash
# Runs the Bot Framework SDK for JavaScript peer (../shared/bench/peer-botbuilder-js) and RdpHelpBot, one after
# the other, through the peer's own load generator and fake Connector, then prints both and their ratios.
# The Connector runs inside the load generator (--embed-connector) and a turn ends when the channel's POST is
# answered AND the first reply to it has arrived: RdpHelpBot answers the POST before its turn runs, so the POST
# alone would not time the turn.
#
#   bench/run-peer.sh [load.js options...]      e.g. bench/run-peer.sh -c 50 -d 20 -w 3
#   BOT_PORT / CONNECTOR_PORT (default 3978 / 3979) move both bots and the fake Connector to other ports.
#   INSTANCES=2 also runs that many RdpHelpBot processes on one PostgreSQL database (Storage:Provider=Postgres),
#   the load spread over them (load.js --url A,B), beside the single instance on SQLite. POSTGRES="Host=…" names
#   the database; without it a throwaway cluster is started with initdb/pg_ctl (as `nobody` when run as root).
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

several_json=""
if [ "${INSTANCES:-1}" -gt 1 ]; then
    echo "== RdpHelpBot: ${INSTANCES} instances, state in one PostgreSQL database"
    several_json="$(bash "$repo/bench/run-instances.sh" "$work" "${INSTANCES}" "$@")"
fi

node -e '
const [peer, ours, several] = process.argv.slice(1).map(f => f ? require(f) : null);
const pad = (v) => String(v).padStart(8);
const row = (name, pick, better) => {
  const p = pick(peer), o = pick(ours);
  let line = `${name.padEnd(22)} peer ${pad(p)}   RdpHelpBot ${pad(o)}   ratio ${(o / p).toFixed(2)}x`;
  if (several) { const s = pick(several); line += `   ${several.instances} on PostgreSQL ${pad(s)}   ratio ${(s / p).toFixed(2)}x`; }
  console.log(`${line} (${better})`);
};
console.log("== comparison (RdpHelpBot / peer)");
row("turns/s", r => r.turnsPerSec, "higher is better");
row("turn p50 ms", r => r.turnLatencyMs.p50, "lower is better");
row("turn p99 ms", r => r.turnLatencyMs.p99, "lower is better");
row("POST p50 ms", r => r.httpLatencyMs.p50, "lower is better");
row("POST p99 ms", r => r.httpLatencyMs.p99, "lower is better");
row("peak RSS MiB", r => r.bot.peakRssMiB, "lower is better");
row("CPU ms/turn", r => r.bot.cpuMsPerTurn, "lower is better");
row("replies/turn", r => r.connector.repliesPerTurn, "work done per turn");
console.log(`errors               peer ${peer.errors}   RdpHelpBot ${ours.errors}${several ? `   ${several.instances} on PostgreSQL ${several.errors}` : ""}`);
if (several) console.log(`(${several.instances} on PostgreSQL: CPU and RSS are the bots\x27 together; the database server used ${several.postgresCpuMsPerTurn} ms CPU per turn more)`);
' "$peer_json" "$ours_json" "$several_json"
