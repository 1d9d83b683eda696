#!/usr/bin/env python3
"""An independent Medvandrer client, written only from docs/protocol.md.

It starts the real server on a fresh data directory, lets a person (demo account kari) share one goal with one
erfaringskonsulent (jonas, read only; check-in notes only once the consent includes them), and then signs in as
*another* erfaringskonsulent without any grant and tries every way the protocol offers to read, comment on or
change that goal. Exit status 0 = nothing leaked.

Usage: walk_client.py /path/to/medvandrer-server
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

import websocket  # Debian: python3-websocket

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def stamp(node):
    # §5.1: 18 digits of epoch ms, 5 digits of counter, the node (device id).
    stamp.counter = getattr(stamp, "counter", 0) + 1
    return "%018d-%05d-%s" % (int(time.time() * 1000), stamp.counter % 100000, node)


class Client:
    def __init__(self, port):
        self.ws = websocket.create_connection("ws://127.0.0.1:%d/sync" % port, timeout=10)
        self.frames = []  # every frame received, for the leak check
        self.stash = []
        self.rid = 0
        self.request({"type": "hello", "protocol": 1, "client": "walk_client.py"})

    def request(self, message):
        self.rid += 1
        rid = "r%d" % self.rid
        message = dict(message, rid=rid)
        self.ws.send(json.dumps(message))
        deadline = time.time() + 10
        while time.time() < deadline:
            frame = json.loads(self.ws.recv())
            self.frames.append(frame)
            if frame.get("rid") == rid:
                return frame
            self.stash.append(frame)
        raise RuntimeError("no reply to %s" % message["type"])

    def sign_in(self, username, password):
        reply = self.request({"type": "login", "username": username, "password": password, "deviceName": "py"})
        if reply.get("type") != "authenticated":
            raise RuntimeError("login %s: %s" % (username, reply))
        self.account = reply["accountId"]
        self.device = reply["deviceId"]
        return self

    def push(self, records):
        changes = [{"changeId": str(uuid.uuid4()), "record": r} for r in records]
        reply = self.request({"type": "push", "changes": changes})
        return [r.get("status") + (":" + r["code"] if "code" in r else "") for r in reply.get("results", [])]

    def pull_all(self):
        records, evictions, cursor = [], [], 0
        while True:
            page = self.request({"type": "pull", "cursor": cursor, "limit": 500})
            if page.get("type") != "changes":
                raise RuntimeError("pull: %s" % page)
            records += page["records"]
            evictions += page["evictions"]
            cursor = page["cursor"]
            if not page["more"]:
                return records, evictions

    def all_text(self):
        return "\n".join(json.dumps(f, ensure_ascii=False) for f in self.frames)


def record(kind, owner, device, fields, rid=None):
    return {"id": rid or str(uuid.uuid4()), "kind": kind, "owner": owner, "origin": device,
            "fields": {k: {"v": v, "t": stamp(device)} for k, v in fields.items()}}


def admin(binary, data_dir, *args):
    out = subprocess.run([binary, *args, "--data-dir", data_dir], check=True, capture_output=True, text=True)
    return out.stdout


def main():
    binary = sys.argv[1]
    data_dir = tempfile.mkdtemp(prefix="walk-client-")
    admin(binary, data_dir, "init")
    admin(binary, data_dir, "demo")  # §9: lise, jonas, kari, per with password demo-passord
    code = json.loads(admin(binary, data_dir, "invite", "--role", "erfaringskonsulent", "--json"))["code"]
    server = subprocess.Popen([binary, "serve", "--port", "0", "--data-dir", data_dir],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = None
        for line in server.stdout:
            if line.startswith("port="):
                port = int(line.strip().split("=")[1])
                break
        if port is None:
            raise RuntimeError("server printed no port")

        kari = Client(port).sign_in("kari", "demo-passord")
        jonas = Client(port).sign_in("jonas", "demo-passord")
        secret = "hemmelig-notat-%s" % uuid.uuid4().hex[:8]
        note = "bare-for-kari-%s" % uuid.uuid4().hex[:8]
        goal = record("goal", kari.account, kari.device, {"title": "Mål " + secret, "status": "active"})
        checkin = record("checkin", kari.account, kari.device,
                         {"goalId": goal["id"], "rating": 5, "date": "2025-03-04", "note": secret + note})
        consent = record("consent", kari.account, kari.device,
                         {"helperId": jonas.account, "goalId": goal["id"], "level": "read", "active": True})
        check(kari.push([goal, checkin, consent]) == ["applied"] * 3, "kari's goal, check-in and consent are applied")

        # Positive control: the helper with a read grant does see the goal, so the checks below can fail.
        records, _ = jonas.pull_all()
        check(any(r["id"] == goal["id"] for r in records), "jonas (read grant) pulls the goal")
        # §7: without includeNotes the helper gets the check-in, not its note.
        seen_checkin = [r for r in records if r["id"] == checkin["id"]]
        check(seen_checkin and "note" not in seen_checkin[0]["fields"], "jonas's check-in has no note")
        check(note not in jonas.all_text(), "the note never reached jonas")
        with_notes = record("consent", kari.account, kari.device, {"includeNotes": True}, rid=consent["id"])
        check(kari.push([with_notes]) == ["applied"], "kari includes her notes")
        records, _ = jonas.pull_all()
        seen_checkin = [r for r in records if r["id"] == checkin["id"]]
        check(seen_checkin and seen_checkin[-1]["fields"].get("note", {}).get("v") == secret + note,
              "with includeNotes jonas gets the note")
        jonas_comment = record("comment", kari.account, jonas.device,
                               {"goalId": goal["id"], "authorId": jonas.account, "text": "Bra!"})
        check(jonas.push([jonas_comment]) == ["rejected:forbidden"], "a read grant cannot comment")

        # The outsider: an erfaringskonsulent with no grant.
        outsider = Client(port)
        reg = outsider.request({"type": "register", "invite": code, "username": "utenforstaende",
                                "password": "et langt passord", "displayName": "Utenforstående"})
        check(reg.get("type") == "authenticated", "outsider registers: %s" % reg)
        outsider.account, outsider.device = reg["accountId"], reg["deviceId"]

        records, evictions = outsider.pull_all()
        check(not any(r.get("owner") == kari.account for r in records), "outsider pulls none of kari's records")
        attempts = {
            "comment on the goal": record("comment", kari.account, outsider.device,
                                          {"goalId": goal["id"], "authorId": outsider.account, "text": "Hei"}),
            "comment as kari": record("comment", kari.account, outsider.device,
                                      {"goalId": goal["id"], "authorId": kari.account, "text": "Hei"}),
            "edit the goal": record("goal", kari.account, outsider.device, {"title": "endret"}, rid=goal["id"]),
            "a step on the goal": record("step", kari.account, outsider.device, {"goalId": goal["id"], "title": "x"}),
            "a consent for itself": record("consent", kari.account, outsider.device,
                                           {"helperId": outsider.account, "goalId": goal["id"], "level": "comment"}),
            "re-use the check-in id": record("checkin", outsider.account, outsider.device,
                                             {"goalId": goal["id"], "rating": 1, "date": "2025-03-04"},
                                             rid=checkin["id"]),
        }
        for what, rec in attempts.items():
            check(outsider.push([rec]) == ["rejected:forbidden"], "outsider: %s is forbidden" % what)
        deleted = dict(record("goal", kari.account, outsider.device, {}, rid=goal["id"]), deleted=stamp(outsider.device))
        del deleted["fields"]
        check(outsider.push([deleted]) == ["rejected:forbidden"], "outsider cannot delete the goal")

        export = outsider.request({"type": "export_account"})
        check(export.get("type") == "account_export" and export["records"] == [], "outsider's export is empty")
        log = outsider.request({"type": "list_access_log"})
        check(log.get("type") == "access_log" and log["entries"] == [], "outsider's access log is empty")
        check(outsider.request({"type": "list_suggestions"}).get("code") == "forbidden", "no forslagskasse for helpers")
        check(outsider.request({"type": "resolve_connect_code", "code": "AAAA-AAAA"}).get("code") == "code_invalid",
              "a made-up connect code is invalid")
        records, _ = outsider.pull_all()
        check(not any(r.get("owner") == kari.account for r in records), "still nothing after all attempts")

        # Kari's own log names jonas (who read) and never the outsider (who could not).
        kari_log = kari.request({"type": "list_access_log", "limit": 500})
        readers = {e["readerId"] for e in kari_log.get("entries", [])}
        check(jonas.account in readers, "kari's access log shows jonas")
        check(outsider.account not in readers, "kari's access log does not show the outsider")

        seen = outsider.all_text()
        for leak in (goal["id"], checkin["id"], consent["id"], secret):
            check(leak not in seen, "outsider never received %s" % leak)
    finally:
        server.terminate()
        server.wait(timeout=20)
    if FAILURES:
        print("%d check(s) failed" % len(FAILURES), file=sys.stderr)
        return 1
    print("walk_client: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
