#!/usr/bin/env bash
# Probes N fake RDP endpoints (one endpoint process) with nmap and with RdpHelpBot's probe, one after the other,
# for a few rounds, then prints each run and the medians, ranges and ratios.
#
#   bench/run-probe-peer.sh [endpoints=500] [rounds=3]
#
# Each round runs: nmap with its defaults, nmap with --max-parallelism N (so its scripts may all run at once, as
# the probe does), and the probe benchmark (all endpoints at once). Every run is timed by /usr/bin/time -v (wall,
# peak RSS, CPU: start-up included on both sides), and the endpoint process's CPU and counters (connections, X.224
# requests, TLS handshakes) are read before and after, so what each client asks of the endpoints is measured.
# Needs nmap (Debian: apt-get install nmap) and /usr/bin/time (apt-get install time). NMAP_ARGS adds nmap options.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-500}"
rounds="${2:-3}"
work="${PROBE_PEER_WORK:-$(mktemp -d /tmp/rdphelpbot-probe-peer.XXXXXX)}"
mkdir -p "$work"
command -v nmap > /dev/null || { echo "nmap is not installed (apt-get install nmap)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed (apt-get install time)" >&2; exit 1; }

echo "== building the benchmarks (Release); work folder $work"
dotnet build "$repo/bench/RdpHelpBot.Benchmarks" -c Release --nologo -v quiet > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
dll="$repo/bench/RdpHelpBot.Benchmarks/bin/Release/net10.0/RdpHelpBot.Benchmarks.dll"

dotnet "$dll" endpoints "$count" > "$work/endpoints.txt" 2> "$work/endpoints.err" &
endpoints_pid=$!
trap 'kill "$endpoints_pid" 2> /dev/null || true' EXIT
for _ in $(seq 120); do grep -q '^ready' "$work/endpoints.txt" && break; sleep 0.5; done
grep -q '^ready' "$work/endpoints.txt" || { cat "$work/endpoints.err" >&2; echo "the endpoints did not start" >&2; exit 1; }
ports="$(awk '$1 == "endpoint" { print $3 }' "$work/endpoints.txt" | paste -sd,)"
echo "== $count endpoints in process $endpoints_pid: $(awk '$1 == "endpoint" { print $4 }' "$work/endpoints.txt" | sort | uniq -c | xargs)"

ticks="$(getconf CLK_TCK)"
endpoint_cpu() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$endpoints_pid/stat"; }
# Asks the endpoint process for its counters and prints the newest line's values: connections requests tls direct-tls.
endpoint_counters() {
    local before
    before="$(grep -c '^counters' "$work/endpoints.txt" || true)"
    kill -HUP "$endpoints_pid"
    for _ in $(seq 50); do [ "$(grep -c '^counters' "$work/endpoints.txt")" -gt "$before" ] && break; sleep 0.1; done
    grep '^counters' "$work/endpoints.txt" | tail -n 1 | sed 's/[a-z-]*=//g; s/^counters //' | awk '{ print $1, $2, $3, $4 }'
}
time_field() { grep -F "$2" "$1" | sed 's/.*: //'; }
wall_seconds() { time_field "$1" "Elapsed (wall clock)" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }

# nmap's normal output: a port line, then "| script-id:" lines. An error is a port without rdp-enum-encryption
# output, or a TLS endpoint (every kind but rdp-only) without ssl-cert output.
nmap_errors() {
    awk 'NR == FNR { if ($1 == "endpoint") kind[$3] = $4; next }
         /^[0-9]+\/tcp/ { split($1, p, "/"); port = p[1]; seen[port] = 1; next }
         /^\|[ _]rdp-enum-encryption:/ { rdp[port] = 1 }
         /^\|[ _]ssl-cert:/ { cert[port] = 1 }
         END { e = 0; for (q in kind) { if (!(q in rdp)) e++; else if (kind[q] != "rdp-only" && !(q in cert)) e++ } print e }' \
        "$work/endpoints.txt" "$1"
}

results="$work/results.tsv"
printf 'round\tside\twall_s\thosts_per_s\tcpu_s\tpeak_rss_mib\tendpoint_cpu_s\tconnections\trequests\ttls\tdirect_tls\terrors\n' > "$results"
# run SIDE ROUND HOSTS-DIVISOR COMMAND...: times COMMAND and appends one row.
run() {
    local side="$1" round="$2" divisor="$3"; shift 3
    local cpu_before counters_before out="$work/$side-$round.out" timing="$work/$side-$round.time"
    cpu_before="$(endpoint_cpu)"; counters_before="$(endpoint_counters)"
    /usr/bin/time -v -o "$timing" "$@" > "$out" 2> "$work/$side-$round.err"
    local cpu_after counters_after wall errors
    cpu_after="$(endpoint_cpu)"; counters_after="$(endpoint_counters)"
    wall="$(wall_seconds "$timing")"
    if [ "$side" = rdphelpbot ]; then errors="$(awk -F': ' '$1 == "errors" { print $2 }' "$out")"; else errors="$(nmap_errors "$out")"; fi
    paste <(echo "$counters_before" | tr ' ' '\n') <(echo "$counters_after" | tr ' ' '\n') \
        | awk -v d="$divisor" '{ printf "%.2f\n", ($2 - $1) / d }' | paste -sd' ' > "$work/per-host"
    read -r connections requests tls direct_tls < "$work/per-host"
    awk -v OFS='\t' -v r="$round" -v s="$side" -v w="$wall" -v n="$count" \
        -v u="$(time_field "$timing" "User time")" -v y="$(time_field "$timing" "System time")" \
        -v m="$(time_field "$timing" "Maximum resident set size")" -v ec="$(awk -v a="$cpu_before" -v b="$cpu_after" 'BEGIN { printf "%.2f", b - a }')" \
        -v c="$connections" -v q="$requests" -v t="$tls" -v dt="$direct_tls" -v e="$errors" \
        'BEGIN { printf "%s\t%s\t%.2f\t%.1f\t%.2f\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s\n", r, s, w, n / w, u + y, m / 1024, ec, c, q, t, dt, e }' >> "$results"
    tail -n 1 "$results"
}

kinds="$(awk '$1 == "endpoint" { print $4 }' "$work/endpoints.txt" | sort -u | wc -l)"
for round in $(seq "$rounds"); do
    echo "== round $round of $rounds (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    run nmap "$round" "$count" nmap -Pn -n -p "$ports" --script +rdp-enum-encryption,+ssl-cert ${NMAP_ARGS:-} -oN - 127.0.0.1
    run nmap-parallel "$round" "$count" nmap -Pn -n --max-parallelism "$count" -p "$ports" --script +rdp-enum-encryption,+ssl-cert ${NMAP_ARGS:-} -oN - 127.0.0.1
    # The probe benchmark first probes one endpoint of each kind alone (its reference facts), so the endpoints
    # see count + kinds hosts from it.
    run rdphelpbot "$round" "$((count + kinds))" dotnet "$dll" probe --endpoints "$work/endpoints.txt"
    grep -E '^(wall s|hosts/s|per-host p50 ms|per-host p99 ms|peak managed heap MiB|cpu ms per host|open sockets)' "$work/rdphelpbot-$round.out" | sed 's/^/   probe batch: /'
done

echo "== medians [ranges] over $rounds rounds; ratio = RdpHelpBot / peer (medians)"
awk -F'\t' 'NR > 1 { for (i = 3; i <= 12; i++) vals[$2, i] = vals[$2, i] " " $i }
     NR == 1 { for (i = 3; i <= 12; i++) col[i] = $i }
     function median(list,   a, n, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
         lo = a[1]; hi = a[n]; return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
     END {
         printf "%-16s %-26s %-26s %-26s %s\n", "metric", "nmap", "nmap --max-parallelism", "RdpHelpBot", "ratio vs nmap / vs parallel"
         for (i = 3; i <= 12; i++) {
             m1 = median(vals["nmap", i]); r1 = sprintf("%s [%s-%s]", m1, lo, hi)
             m2 = median(vals["nmap-parallel", i]); r2 = sprintf("%s [%s-%s]", m2, lo, hi)
             m3 = median(vals["rdphelpbot", i]); r3 = sprintf("%s [%s-%s]", m3, lo, hi)
             ratio = (m1 + 0 > 0 && m2 + 0 > 0) ? sprintf("%.2fx / %.2fx", m3 / m1, m3 / m2) : "-"
             printf "%-16s %-26s %-26s %-26s %s\n", col[i], r1, r2, r3, ratio
         } }' "$results"
echo "(per-run rows in $results; outputs in $work)"
