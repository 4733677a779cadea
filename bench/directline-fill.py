#!/usr/bin/env python3
"""Fills a running bot's Direct Line conversations and reports its memory and database size.

Six conversations post large activities that run no turn (an event, a typing indicator, and a message whose
only content is an attachment) as fast as the bot takes them, for a bounded time. Prints, every few seconds
and at the end, the bot's resident memory, the SQLite file's size and how the posts were answered.

    python3 bench/directline-fill.py --url http://127.0.0.1:3990 --secret SECRET --pid PID --db data/rdphelpbot.db
"""
import argparse
import collections
import json
import os
import threading
import time
import urllib.error
import urllib.request


def call(url, secret_or_token, body=None, method="POST"):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Authorization", f"Bearer {secret_or_token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def db_mb(path):
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p)) / (1024 * 1024)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--conversations", type=int, default=6)
    parser.add_argument("--kb", type=int, default=250)
    args = parser.parse_args()

    base = args.url.rstrip("/") + "/v3/directline"
    filler = "x" * (args.kb * 1024)
    bodies = [
        {"type": "event", "name": "fill", "from": {"id": "u"}, "value": filler},
        {"type": "typing", "from": {"id": "u"}, "channelData": {"fill": filler}},
        {"type": "message", "from": {"id": "u"},
         "attachments": [{"contentType": "text/plain", "content": filler}]},
    ]
    statuses = collections.Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def fill():
        status, body = call(f"{base}/conversations", args.secret)
        conversation = json.loads(body)
        url = f"{base}/conversations/{conversation['conversationId']}/activities"
        n = 0
        while time.monotonic() < deadline:
            status, _ = call(url, conversation["token"], bodies[n % len(bodies)])
            n += 1
            with lock:
                statuses[status] += 1
            if status == 429:
                time.sleep(0.05)

    print(f"start: RSS {rss_mb(args.pid):.0f} MB, DB {db_mb(args.db):.1f} MB", flush=True)
    threads = [threading.Thread(target=fill, daemon=True) for _ in range(args.conversations)]
    for thread in threads:
        thread.start()
    peak = 0.0
    while any(thread.is_alive() for thread in threads):
        time.sleep(3)
        peak = max(peak, rss_mb(args.pid))
        with lock:
            print(f"{args.seconds - (deadline - time.monotonic()):5.0f} s: RSS {rss_mb(args.pid):.0f} MB, "
                  f"DB {db_mb(args.db):.1f} MB, answers {dict(statuses)}", flush=True)
    print(f"end: RSS {rss_mb(args.pid):.0f} MB (peak {peak:.0f} MB), DB {db_mb(args.db):.1f} MB, "
          f"answers {dict(statuses)}", flush=True)


if __name__ == "__main__":
    main()
