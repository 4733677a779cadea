#!/usr/bin/env bash
# Runs N RdpHelpBot processes on one PostgreSQL database and the peer harness's load generator across them
# (load.js --url A,B,…, its Connector embedded). Called by run-peer.sh with INSTANCES=N:
#
#   bench/run-instances.sh WORK N [load.js options...]
#
# WORK is run-peer.sh's copy of the harness with the published bot in WORK/rdphelpbot. POSTGRES="Host=…" names the
# database; without it a throwaway cluster is started in a temporary folder (initdb/pg_ctl, as `nobody` when run as
# root, trust authentication on 127.0.0.1 only) and removed afterwards. Prints the results' JSON file on stdout
# (load.js's figures, with CPU and RSS summed over the instances and the database server's CPU per turn added);
# everything else goes to stderr.
#
# PG_COUNT=1 (with the throwaway cluster only) puts bench/pg-wire-count.py between the bots and the server and adds
# the statements and round trips per turn in the window to the JSON, with each statement's count per turn
# (pgWire.perTurn). The relay costs CPU and latency of its own: take turns/s and CPU from a run without it.
set -euo pipefail
work="$1"; instances="$2"; shift 2
exec 3>&1 1>&2
out="$work/results/instances/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
bot_port="${BOT_PORT:-3978}"; connector_port="${CONNECTOR_PORT:-3979}"

pids=(); pg_folder=""; pg_run=(); relay=""
cleanup() {
    [ -n "$relay" ] && kill -TERM "$relay" 2>/dev/null || true
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "$pg_folder" ]; then
        "${pg_run[@]}" pg_ctl -D "$pg_folder/data" -m fast stop > /dev/null 2>&1 || true
        rm -rf "$pg_folder"
    fi
}
trap cleanup EXIT

wait_port() { # port pid
    for _ in $(seq 1 300); do
        (exec 4<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || { echo "process $2 died; see $out" >&2; return 1; }
        sleep 0.1
    done
    echo "port $1 not listening after 30 s" >&2; return 1
}
wire_counts() { # file: the relay's counters so far
    [ -n "$relay" ] || return 0
    rm -f "$out/pg-wire.json"; kill -USR1 "$relay"
    for _ in $(seq 1 50); do [ -s "$out/pg-wire.json" ] && break; sleep 0.1; done
    mv "$out/pg-wire.json" "$1"
}

connection="${POSTGRES:-}"
if [ -z "$connection" ]; then
    command -v initdb > /dev/null || { echo "INSTANCES needs PostgreSQL: set POSTGRES or put initdb/pg_ctl on PATH" >&2; exit 1; }
    pg_folder="$(mktemp -d)"
    if [ "$(id -u)" = 0 ]; then chown nobody "$pg_folder"; pg_run=(runuser -u nobody --); fi
    pg_port=$((bot_port + 100))
    "${pg_run[@]}" initdb -D "$pg_folder/data" -A trust -U bench > "$out/initdb.log"
    "${pg_run[@]}" pg_ctl -D "$pg_folder/data" -l "$pg_folder/server.log" -w \
        -o "-p $pg_port -k $pg_folder -c listen_addresses=127.0.0.1 -c max_connections=200" start > /dev/null
    connection="Host=127.0.0.1;Port=$pg_port;Username=bench;Database=postgres"
    if [ "${PG_COUNT:-0}" = 1 ]; then
        python3 "$(dirname "$0")/pg-wire-count.py" $((pg_port + 1)) 127.0.0.1 "$pg_port" "$out/pg-wire.json" &
        relay=$!
        wait_port $((pg_port + 1)) "$relay"
        connection="Host=127.0.0.1;Port=$((pg_port + 1));Username=bench;Database=postgres"
    fi
fi

cpu_ticks() { # user+sys clock ticks of the PIDs given
    local total=0
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] || continue
        total=$((total + $(awk '{ sub(/.*\) /, ""); split($0, f, " "); print f[12] + f[13] }' "/proc/$pid/stat")))
    done
    echo "$total"
}
rss_kb() { awk '/VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

urls=()
for i in $(seq 0 $((instances - 1))); do
    # BOT_PORT for the first; the others well clear of the Connector's port beside it.
    port=$(( i == 0 ? bot_port : bot_port + 20 + i ))
    dotnet "$work/rdphelpbot/RdpHelpBot.dll" --urls "http://127.0.0.1:$port" \
        --Storage:Provider=Postgres "--Storage:ConnectionString=$connection" \
        --BotFramework:TrustedServiceUrlHosts:0=127.0.0.1 > "$out/bot-$i.log" 2>&1 &
    pids+=($!)
    # One at a time: the first creates the schema.
    wait_port "$port" "$!"
    urls+=("http://127.0.0.1:$port/api/messages")
done
postmaster=""
[ -n "$pg_folder" ] && postmaster="$(head -n 1 "$pg_folder/data/postmaster.pid")"
database_pids() { [ -n "$postmaster" ] && { echo "$postmaster"; pgrep -P "$postmaster" || true; }; }

warmup=3; duration=20
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[$i]}" in
        -w|--warmup) warmup="${args[$((i + 1))]}" ;;
        -d|--duration) duration="${args[$((i + 1))]}" ;;
    esac
done
echo "bots: ${instances} instances (pids ${pids[*]}) on PostgreSQL  node $(node -v)  $(nproc) cores"
(cd "$work" && node load.js --embed-connector --url "$(IFS=,; echo "${urls[*]}")" --service-url "http://127.0.0.1:$connector_port" \
    --bot-pid "${pids[0]}" --json "$out/load.json" "$@" > "$out/load.txt") &
load=$!
# The measured window opens after the warm-up and lasts the duration: sample every bot and the database then.
sleep "$warmup"
bots0=$(cpu_ticks "${pids[@]}"); db0=$(cpu_ticks $(database_pids)); wire_counts "$out/pg-wire-0.json"
sleep "$duration"
bots1=$(cpu_ticks "${pids[@]}"); db1=$(cpu_ticks $(database_pids)); wire_counts "$out/pg-wire-1.json"
wait "$load"
cat "$out/load.txt"
peak=0; for pid in "${pids[@]}"; do peak=$((peak + $(rss_kb "$pid"))); done

node -e '
const fs = require("fs");
const [file, instances, bots, db, ticks, peakKb] = process.argv.slice(1);
const r = JSON.parse(fs.readFileSync(file));
const ms = (t) => Number(t) * 1000 / Number(ticks);
r.instances = Number(instances);
r.bot.cpuMsPerTurn = Number((ms(bots) / r.turns).toFixed(3));
r.bot.peakRssMiB = Number((Number(peakKb) / 1024).toFixed(1));
r.postgresCpuMsPerTurn = Number((ms(db) / r.turns).toFixed(3));
const [w0, w1] = [0, 1].map((i) => file.replace(/load\.json$/, `pg-wire-${i}.json`));
if (fs.existsSync(w1)) {
  const [a, b] = [w0, w1].map((f) => JSON.parse(fs.readFileSync(f)));
  const per = (x, y) => Number((((y || 0) - (x || 0)) / r.turns).toFixed(3));
  const perTurn = Object.fromEntries(Object.keys(b.statements).map((k) => [k, per(a.statements[k], b.statements[k])])
    .filter(([, v]) => v > 0).sort(([, x], [, y]) => y - x));
  r.pgWire = { statementsPerTurn: per(a.totals.statements, b.totals.statements),
    roundTripsPerTurn: per(a.totals["round trips"], b.totals["round trips"]),
    connectionsOpened: (b.totals.connections || 0) - (a.totals.connections || 0), perTurn };
}
fs.writeFileSync(file, JSON.stringify(r, null, 2));
' "$out/load.json" "$instances" $((bots1 - bots0)) $((db1 - db0)) "$(getconf CLK_TCK)" "$peak"
echo "$out/load.json" >&3
