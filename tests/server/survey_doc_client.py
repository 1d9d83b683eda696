#!/usr/bin/env python3
"""«Spør brukerne» driven by a client written only from docs/protocol.md (§4.15, §5.3, §7, §10.4).

It starts the real server (demo people, the real batch of 5), lets the koordinator mark a bruker as
brukerrepresentant, the representative draft a survey, the koordinator edit and publish it, six brukere answer
(one twice, from a second device), an erfaringskonsulent try to, reads the results before and after the fifth
answer, closes the survey and checks that a late answer is refused and that the anonymous store names nobody.
Exit status 0 = the document was enough and the server did what it says.

Usage: survey_doc_client.py /path/to/medvandrer-server
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

import websocket  # Debian: python3-websocket

FAILURES = []
PASSWORD = "demo-passord"


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def stamp(node):
    stamp.counter = getattr(stamp, "counter", 0) + 1
    return "%018d-%05d-%s" % (int(time.time() * 1000), stamp.counter % 100000, node)


class Client:
    def __init__(self, port):
        self.ws = websocket.create_connection("ws://127.0.0.1:%d/sync" % port, timeout=10)
        self.rid = 0
        self.request({"type": "hello", "protocol": 1, "client": "survey_doc_client.py"})

    def request(self, message):
        self.rid += 1
        rid = "s%d" % self.rid
        self.ws.send(json.dumps(dict(message, rid=rid)))
        deadline = time.time() + 10
        while time.time() < deadline:
            frame = json.loads(self.ws.recv())
            if frame.get("rid") == rid:
                return frame
        raise RuntimeError("no reply to %s" % message["type"])

    def signed_in(self, reply):
        if reply.get("type") != "authenticated":
            raise RuntimeError("sign-in: %s" % reply)
        self.account, self.device = reply["accountId"], reply["deviceId"]
        return self

    def login(self, username):
        return self.signed_in(self.request({"type": "login", "username": username, "password": PASSWORD,
                                            "deviceName": "py"}))

    def register(self, invite, username):
        return self.signed_in(self.request({"type": "register", "invite": invite, "username": username,
                                            "password": PASSWORD, "displayName": username.title(),
                                            "deviceName": "py"}))

    def answer(self, survey_id, answers, change_id=None):
        rec = {"id": str(uuid.uuid4()), "kind": "survey_answer", "owner": self.account, "origin": self.device,
               "fields": {"surveyId": {"v": survey_id, "t": stamp(self.device)},
                          "answers": {"v": json.dumps(answers), "t": stamp(self.device)}}}
        reply = self.request({"type": "push", "changes": [{"changeId": change_id or str(uuid.uuid4()), "record": rec}]})
        r = reply["results"][0]
        return r["status"] + (":" + r["code"] if "code" in r else ""), r


def admin(binary, data_dir, *args):
    return subprocess.run([binary, *args, "--data-dir", data_dir], check=True, capture_output=True, text=True).stdout


def day(offset):
    return (datetime.date.today() + datetime.timedelta(days=offset)).isoformat()


def main():
    binary = sys.argv[1]
    data_dir = tempfile.mkdtemp(prefix="survey-doc-client-")
    admin(binary, data_dir, "init")
    admin(binary, data_dir, "demo")  # §9: lise (koordinator), jonas (erfaringskonsulent), kari, per (brukere)
    invites = [json.loads(admin(binary, data_dir, "invite", "--role", "bruker", "--json"))["code"] for _ in range(4)]
    env = dict(os.environ)
    env.pop("MEDVANDRER_SURVEY_BATCH", None)  # the real batch of 5
    server = subprocess.Popen([binary, "serve", "--port", "0", "--data-dir", data_dir, "--log-level", "debug"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        port = None
        for line in server.stdout:
            if line.startswith("port="):
                port = int(line.strip().split("=")[1])
                break
        if port is None:
            raise RuntimeError("server printed no port")
        lise = Client(port).login("lise")
        kari = Client(port).login("kari")
        jonas = Client(port).login("jonas")

        # §4.15 Brukerrepresentanter.
        check(kari.request({"type": "survey_save", "revision": 0, "survey": {}}).get("code") == "forbidden",
              "an unmarked bruker may not draft")
        writers = lise.request({"type": "list_survey_writers"})
        check(writers.get("type") == "survey_writers", "list_survey_writers: %s" % writers)
        check(any(a["accountId"] == kari.account for a in writers.get("accounts", [])), "kari is listed")
        check(lise.request({"type": "set_survey_writer", "accountId": kari.account, "writer": True}).get("type") == "ok",
              "set_survey_writer")

        sid = str(uuid.uuid4())
        survey = {"id": sid, "title": "Kaféen", "intro": "Anonymt.", "opensOn": day(-1), "closesOn": day(10),
                  "audience": "everyone", "activityId": None,
                  "questions": [
                      {"id": "trives", "type": "scale", "text": "Trives du?", "low": "Nei", "high": "Ja"},
                      {"id": "apent", "type": "one", "text": "Kveldsåpent?", "options": ["Ja", "Nei"]},
                      {"id": "ord", "type": "text", "text": "Noe annet?"}]}
        saved = kari.request({"type": "survey_save", "revision": 0, "survey": survey})
        check(saved.get("type") == "survey_saved" and saved.get("revision") == 1, "draft saved: %s" % saved)
        survey["title"] = "Kaféen vår"
        edited = lise.request({"type": "survey_save", "revision": 1, "survey": survey})
        check(edited.get("revision") == 2, "koordinator edits the draft: %s" % edited)
        check(kari.request({"type": "survey_save", "revision": 1, "survey": survey}).get("code") == "survey_conflict",
              "a stale save is survey_conflict")
        check(kari.request({"type": "survey_publish", "id": sid, "revision": 2}).get("code") == "forbidden",
              "a representative does not publish")
        published = lise.request({"type": "survey_publish", "id": sid, "revision": 2})
        check(published.get("status") == "published", "published: %s" % published)

        # Answers: per, kari and four new brukere; jonas may not.
        people = [Client(port).login("per"), kari] + [Client(port).register(code, "svarer%d" % i)
                                                       for i, code in enumerate(invites)]
        listing = people[0].request({"type": "survey_list"})
        entry = [s for s in listing.get("surveys", []) if s["survey"]["id"] == sid]
        check(entry and entry[0]["mayAnswer"] and entry[0]["state"] == "open", "per may answer: %s" % listing)
        status, _ = jonas.answer(sid, {"trives": 5})
        check(status == "rejected:forbidden", "an erfaringskonsulent does not answer: %s" % status)
        texts = []
        for i, p in enumerate(people[:5]):
            if i == 4:
                before = lise.request({"type": "survey_results", "id": sid})
                check(before.get("respondents") is None, "four answers show nothing: %s" % before)
                check(all(q.get("suppressed") for q in before.get("questions", [])), "every question suppressed")
            text = "fritekst-%d-%s" % (i, uuid.uuid4().hex[:6])
            texts.append(text)
            change = str(uuid.uuid4())
            status, result = p.answer(sid, {"trives": 3 + i, "apent": i % 2, "ord": text}, change)
            check(status == "applied" and "seq" not in result, "answer %d: %s" % (i, result))
            status, _ = p.answer(sid, {"trives": 3 + i, "apent": i % 2, "ord": text}, change)
            check(status == "duplicate", "the same change again is duplicate: %s" % status)
        second_device = Client(port).login("per")
        status, _ = second_device.answer(sid, {"trives": 0})
        check(status == "rejected:survey_already_answered", "once per person: %s" % status)

        after = kari.request({"type": "survey_results", "id": sid})
        check(after.get("respondents") == 5, "five answers are shown: %s" % after)
        questions = {q["id"]: q for q in after.get("questions", [])}
        check(questions.get("trives", {}).get("spread") == [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0], "spread: %s" % after)
        check(questions.get("apent", {}).get("counts") == [3, 2], "counts: %s" % after)
        check(sorted(questions.get("ord", {}).get("texts", [])) == sorted(texts), "five texts: %s" % after)
        filtered = lise.request({"type": "survey_results", "id": sid, "filter": {"questionId": "apent", "option": 0}})
        check(filtered.get("respondents") is None, "three chose yes: suppressed: %s" % filtered)

        # Closing.
        check(lise.request({"type": "survey_close", "id": sid}).get("type") == "ok", "survey_close")
        status, _ = people[5].answer(sid, {"trives": 9})
        check(status == "rejected:survey_closed", "a closed survey refuses: %s" % status)

        # §10.4: the anonymous store (suggestions.db) names nobody.
        with open(os.path.join(data_dir, "suggestions.db"), "rb") as f:
            box = f.read()
        for p in people + [lise, jonas]:
            check(p.account.encode() not in box and p.device.encode() not in box, "box names %s" % p.account)
        for text in texts:
            check(text.encode() in box, "the text is in the anonymous store")
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    check("event=group_commit" in err, "the debug log was read")
    for text in texts:
        check(text not in err, "the log holds no answer")
    if FAILURES:
        print("%d failures" % len(FAILURES), file=sys.stderr)
        return 1
    print("survey_doc_client: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
