#!/usr/bin/env python3
"""Checks, written from docs/protocol.md alone, of what issue 18 found silent or wrong: `serve --json`, the HTTP
paths and statuses (§1), close codes 1007 and 1002 (§1), nesting and rid on errors (§2, §3), lenient JSON (§2).

Usage: check_protocol_doc.py /path/to/medvandrer-server
"""
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile

import websocket  # Debian: python3-websocket

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def http(port, request):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(request.encode())
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    line = data.split(b"\r\n", 1)[0].decode(errors="replace")
    parts = line.split(" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def upgrade(path, version="13"):
    return ("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: %s\r\n\r\n" % (path, version))


def close_code(ws):
    try:
        while True:
            opcode, frame = ws.recv_data_frame(True)
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                return int.from_bytes(frame.data[:2], "big") if len(frame.data) >= 2 else None
    except Exception:
        return None


def main():
    server = sys.argv[1]
    with tempfile.TemporaryDirectory() as data:
        proc = subprocess.Popen([server, "serve", "--data-dir", data, "--port", "0", "--json"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            line = proc.stdout.readline()
            startup = json.loads(line)
            port = startup["port"]
            check(isinstance(port, int) and port > 0, "serve --json prints {\"port\":N}: %r" % line)

            check(http(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n") == 200, "GET /healthz is 200")
            check(http(port, "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n") == 200, "HEAD /healthz is 200")
            check(http(port, "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") == 405,
                  "POST /healthz is 405")
            check(http(port, "GET /sync HTTP/1.1\r\nHost: x\r\n\r\n") == 404, "GET /sync without upgrade is 404")
            check(http(port, upgrade("/sync/")) == 404, "an upgrade on /sync/ is 404")
            check(http(port, upgrade("/sync?x=1")) == 101, "an upgrade on /sync?x=1 is 101")
            check(http(port, upgrade("/sync", "8")) == 426, "WebSocket version 8 is 426")

            url = "ws://127.0.0.1:%d/sync" % port
            ws = websocket.create_connection(url, timeout=10)
            ws.send(json.dumps({"type": "hello", "rid": "h", "protocol": 1}))
            check(json.loads(ws.recv()).get("type") == "welcome", "hello gets welcome")
            deep = "[" * 33 + "]" * 33
            ws.send('{"type":"pull","rid":"n1","x":%s}' % deep)
            reply = json.loads(ws.recv())
            check(reply.get("code") == "bad_message" and reply.get("rid") == "n1",
                  "33 levels: bad_message with rid: %r" % reply)
            ws.send('{"type":"pull","rid":"n2","x":%s}' % ("[" * 31 + "]" * 31))
            reply = json.loads(ws.recv())
            check(reply.get("code") == "not_authenticated", "32 levels are fine: %r" % reply)
            for frame, code in (('\ufeff{"type":"hello","rid":"b1","protocol":1}', None),
                                ('{"type":"hello","rid":"d1","protocol":2,"protocol":1}', None),
                                ('{"type":"hello","rid":"c1","protocol":1.0}', "bad_message")):
                ws.send(frame)
                reply = json.loads(ws.recv())
                if code:
                    check(reply.get("code") == code, "%s -> %s: %r" % (frame, code, reply))
                else:
                    check(reply.get("type") == "welcome", "%s is accepted: %r" % (frame, reply))
            # Not UTF-8: close code 1007.
            ws.send(b'{"type":"hello","x":"\xff"}', opcode=websocket.ABNF.OPCODE_TEXT)
            check(close_code(ws) == 1007, "invalid UTF-8 closes with 1007")

            # A reserved bit set: a framing error, close code 1002.
            ws = websocket.create_connection(url, timeout=10)
            ws.sock.sendall(bytes([0xC1, 0x80, 1, 2, 3, 4]))  # FIN + RSV1, text, masked, empty
            check(close_code(ws) == 1002, "a framing error closes with 1002")
        finally:
            proc.send_signal(signal.SIGTERM)
            check(proc.wait(timeout=20) == 0, "SIGTERM stops serve --json with exit 0")
    if FAILURES:
        print("%d failure(s)" % len(FAILURES), file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
