#!/usr/bin/env python3
"""Counts what clients ask a PostgreSQL server for: a TCP relay that reads the wire protocol both ways.

    bench/pg-wire-count.py LISTEN_PORT SERVER_HOST SERVER_PORT COUNTS_FILE

Clients connect to 127.0.0.1:LISTEN_PORT instead of the server. On SIGUSR1 the relay writes its counters so far to
COUNTS_FILE as JSON (and keeps counting); run-instances.sh reads them at the start and the end of the measured window.

Counted, over every connection:
- statements: Execute messages of the extended protocol plus statements sent as simple Query messages (BEGIN, COMMIT,
  and what Npgsql sends as text), each under its text;
- round trips: the times a client sent a request while it had no answer outstanding, i.e. waited for the server
  before it could go on (a request is outstanding from its Sync or Query until the server's ReadyForQuery);
- connections opened.
"""
import asyncio
import json
import signal
import struct
import sys
from collections import Counter

listen_port, server_host, server_port, counts_file = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
statements = Counter()
totals = Counter()


def write_counts(*_):
    with open(counts_file, "w") as f:
        json.dump({"totals": totals, "statements": statements}, f, indent=1)


class Connection:
    def __init__(self):
        self.outstanding = 1  # the startup: the server's first ReadyForQuery ends it
        self.prepared = {}  # statement name -> text, per connection as the server keeps them
        self.portals = {}  # portal name -> text

    def client_message(self, kind, body):
        if kind == b"Q":
            text = body.rstrip(b"\0").decode(errors="replace").strip()
            for part in filter(None, (s.strip() for s in text.split(";"))):
                statements[" ".join(part.split())[:160]] += 1
                totals["statements"] += 1
            self.request()
        elif kind == b"P":
            name, rest = body.split(b"\0", 1)
            text = rest.split(b"\0", 1)[0].decode(errors="replace")
            self.prepared[name] = " ".join(text.split())[:160]
            if name:
                totals["prepares"] += 1
        elif kind == b"B":
            portal, rest = body.split(b"\0", 1)
            statement = rest.split(b"\0", 1)[0]
            self.portals[portal] = self.prepared.get(statement, "?")
        elif kind == b"E":
            portal = body.split(b"\0", 1)[0]
            statements[self.portals.get(portal, "?")] += 1
            totals["statements"] += 1
        elif kind == b"S":
            self.request()

    def request(self):
        if self.outstanding == 0:
            totals["round trips"] += 1
        self.outstanding += 1

    def server_message(self, kind):
        if kind == b"Z":
            self.outstanding -= 1


async def pipe(reader, writer, on_message, untyped):
    """Relays bytes and hands each message to on_message; the first `untyped` messages have no type byte."""
    buffer = b""
    while data := await reader.read(65536):
        writer.write(data)
        buffer += data
        while True:
            if untyped[0] > 0:
                if len(buffer) < 4:
                    break
                (length,) = struct.unpack("!I", buffer[:4])
                if len(buffer) < length:
                    break
                code = struct.unpack("!I", buffer[4:8])[0] if length >= 8 else 0
                buffer = buffer[length:]
                untyped[0] -= 1
                if code in (80877103, 80877104):  # SSLRequest, GSSENCRequest: one byte answers, a startup message follows
                    untyped[0] += 1
                    untyped[1] += 1
                continue
            if len(buffer) < 5:
                break
            kind = buffer[:1]
            (length,) = struct.unpack("!I", buffer[1:5])
            if len(buffer) < 1 + length:
                break
            on_message(kind, buffer[5 : 1 + length])
            buffer = buffer[1 + length :]
        await writer.drain()
    writer.close()


async def pipe_server(reader, writer, connection, client_state):
    buffer = b""
    while data := await reader.read(65536):
        writer.write(data)
        buffer += data
        while client_state[1] > 0 and buffer:
            buffer = buffer[1:]  # 'N': no TLS, no GSS encryption
            client_state[1] -= 1
        while len(buffer) >= 5:
            (length,) = struct.unpack("!I", buffer[1:5])
            if len(buffer) < 1 + length:
                break
            connection.server_message(buffer[:1])
            buffer = buffer[1 + length :]
        await writer.drain()
    writer.close()


async def handle(client_reader, client_writer):
    totals["connections"] += 1
    server_reader, server_writer = await asyncio.open_connection(server_host, server_port)
    connection = Connection()
    client_state = [1, 0]  # untyped messages still to come from the client; one-byte answers still to come from the server
    await asyncio.gather(
        pipe(client_reader, server_writer, connection.client_message, client_state),
        pipe_server(server_reader, client_writer, connection, client_state),
        return_exceptions=True,
    )


async def main():
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, write_counts)
    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


asyncio.run(main())
