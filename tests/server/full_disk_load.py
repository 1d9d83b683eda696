#!/usr/bin/env python3
"""The server's disk fills under load from an independent client (issue 17), written only from docs/protocol.md.

Mounts a tmpfs of a few MiB (needs root; run by hand, not in CI), starts the real server on it, and lets several
connections of the demo accounts push goals as fast as the server takes them until it answers storage_full. It
checks: the server never crashes, every refusal is the stable code storage_full (never internal), every change
acknowledged as applied can be pulled while the disk is full and after space returns and after a restart, and
refused pushes sent again unchanged once space returns are applied. Prints the figures. Exit status 0 = all held.

Usage: full_disk_load.py /path/to/medvandrer-server [--mib 16] [--clients 4]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid

import websocket  # Debian: python3-websocket

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


class Client:
    def __init__(self, port, username):
        self.ws = websocket.create_connection("ws://127.0.0.1:%d/sync" % port, timeout=30)
        self.rid = 0
        self.node = None
        self.counter = 0
        self.request({"type": "hello", "protocol": 1, "client": "full_disk_load.py"})
        reply = self.request({"type": "login", "username": username, "password": "demo-passord", "deviceName": "py"})
        if reply.get("type") != "authenticated":
            raise RuntimeError("login %s: %s" % (username, reply))
        self.account, self.node = reply["accountId"], reply["deviceId"]

    def request(self, message):
        self.rid += 1
        rid = "r%d" % self.rid
        self.ws.send(json.dumps(dict(message, rid=rid)))
        while True:
            frame = json.loads(self.ws.recv())
            if frame.get("rid") == rid:
                return frame

    def stamp(self):
        # §5.1: 18 digits of epoch ms, 5 of counter, the node.
        self.counter += 1
        return "%018d-%05d-%s" % (int(time.time() * 1000), self.counter % 100000, self.node)

    def goals(self, n):
        changes = []
        for i in range(n):
            t = self.stamp()
            changes.append({"changeId": str(uuid.uuid4()), "record": {
                "id": str(uuid.uuid4()), "kind": "goal", "owner": self.account, "origin": self.node,
                "fields": {"title": {"v": "Mål %d" % i, "t": t}, "status": {"v": "active", "t": t},
                           "why": {"v": "x" * 2000, "t": t}}}})
        return changes

    def pull_ids(self):
        ids, cursor = set(), 0
        while True:
            page = self.request({"type": "pull", "cursor": cursor, "limit": 2000})
            if page.get("type") != "changes":
                raise RuntimeError("pull: %s" % page)
            ids |= {r["id"] for r in page["records"] if r["kind"] == "goal"}
            cursor = page["cursor"]
            if not page["more"]:
                return ids


def start_server(binary, data_dir, log):
    server = subprocess.Popen([binary, "serve", "--port", "0", "--data-dir", data_dir],
                              stdout=subprocess.PIPE, stderr=log, text=True)
    port = int(server.stdout.readline().strip().split("=")[1])
    return server, port


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("server")
    ap.add_argument("--mib", type=int, default=16)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()

    root = tempfile.mkdtemp(prefix="medvandrer-full-")
    mnt = os.path.join(root, "data")
    os.mkdir(mnt)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%dm" % args.mib, "tmpfs", mnt], check=True)
    log = open(os.path.join(root, "server.log"), "w")
    try:
        subprocess.run([args.server, "demo", "--data-dir", mnt], check=True, capture_output=True)
        server, port = start_server(args.server, mnt, log)
        users = ["kari", "per"]
        acked = {u: set() for u in users}  # record ids acknowledged as applied, by account
        refused_pushes = []  # (user, changes) answered storage_full
        codes = {}
        lock = threading.Lock()
        full_at = [None]
        started = time.time()

        def load(k):
            user = users[k % len(users)]
            c = Client(port, user)
            while time.time() - started < 120:
                changes = c.goals(20)
                reply = c.request({"type": "push", "changes": changes})
                with lock:
                    if reply.get("type") == "push_result":
                        for ch, r in zip(changes, reply["results"]):
                            codes[r["status"]] = codes.get(r["status"], 0) + 1
                            if r["status"] == "applied":
                                acked[user].add(ch["record"]["id"])
                    else:
                        codes[reply.get("code")] = codes.get(reply.get("code"), 0) + 1
                        refused_pushes.append((user, changes))
                        full_at[0] = full_at[0] or time.time() - started
                        if len(refused_pushes) >= 3 * args.clients:
                            return
                        time.sleep(0.2)

        threads = [threading.Thread(target=load, args=(k,)) for k in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        df = os.statvfs(mnt)
        print("pushes refused: %d; results and error codes: %s; full after %.1f s; free on disk: %d bytes"
              % (len(refused_pushes), codes, full_at[0] or -1, df.f_bavail * df.f_frsize))
        check(full_at[0] is not None, "the disk never filled")
        check(set(codes) <= {"applied", "storage_full"}, "only applied and storage_full: %s" % codes)
        check(server.poll() is None, "the server is still running while the disk is full")

        # While full: reads work, everything acknowledged is there.
        readers = {}
        for u in users:
            try:
                readers[u] = Client(port, u)  # a login stores a token: may itself be storage_full
            except RuntimeError as e:
                print("login while full:", str(e)[:160])
        for u, c in readers.items():
            check(acked[u] <= c.pull_ids(), "%s: everything acknowledged is pulled while the disk is full" % u)

        # Space returns (the tmpfs grows): the refused pushes, sent again unchanged, are applied.
        subprocess.run(["mount", "-o", "remount,size=%dm" % (args.mib * 4), mnt], check=True)
        resent = 0
        senders = {u: Client(port, u) for u in users}
        for u, changes in refused_pushes:
            reply = senders[u].request({"type": "push", "changes": changes})
            check(reply.get("type") == "push_result", "resent push: %s" % str(reply)[:160])
            for ch, r in zip(changes, reply.get("results", [])):
                check(r["status"] in ("applied", "duplicate"), "resent change: %s" % r)
                acked[u].add(ch["record"]["id"])
                resent += 1
        for u, c in senders.items():
            check(acked[u] <= c.pull_ids(), "%s: everything after space returned" % u)

        # A clean restart: still everything.
        server.terminate()
        check(server.wait(timeout=20) == 0, "the server stops cleanly")
        server, port = start_server(args.server, mnt, log)
        total = 0
        for u in users:
            ids = Client(port, u).pull_ids()
            check(acked[u] <= ids, "%s: everything after a restart" % u)
            total += len(acked[u])
        print("acknowledged goals: %d (of them %d sent again after space returned); all there after a restart"
              % (total, resent))
        server.terminate()
        server.wait(timeout=20)
    finally:
        log.close()
        subprocess.run(["umount", "-l", mnt])
    print("OK" if not FAILURES else "%d FAILURES" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
