#!/usr/bin/env python3
"""Fills a demo server with what the demo people would have done, through the sync protocol (docs/protocol.md).

After `medvandrer-server demo`, this makes every role's first screen realistic:
- kari, per and sara (brukere) keep goals with steps and check-ins and share one goal each with jonas
  (kari with her notes, per and sara without); sara last checked in three weeks ago, so she shows as quiet;
- kari has written her plan for hard days (shared with jonas, read only) and «Om meg» (not shared);
- jonas (erfaringskonsulent) has commented on kari's goal;
- lise (koordinator) runs a small weekly group, «Samtalegruppe: Veien videre», that is full (3 seats), with mona
  and jonas on the wait-list;
- six notes in the suggestion box (the first five are published as one batch) and one answer from the team;
- «Spør brukerne»: kari is a brukerrepresentant; her survey about Kafé 103, published by lise, is answered by per,
  sara, mona, ola and nina (two more brukere, so results show from five), kari has not answered yet; and her
  draft for the spring courses.

Idempotent: a second run changes nothing once kari has goals.
Usage: demo_people.py ws://127.0.0.1:PORT/sync
"""
import datetime
import json
import sys
import time
import uuid

import websocket  # Debian: python3-websocket

PASSWORD = "demo-passord"
OSLO_WINTER, OSLO_SUMMER = 1, 2


def oslo_offset_hours(when_utc):
    # Europe/Oslo: CEST from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
    def last_sunday(year, month):
        day = datetime.datetime(year, month + 1, 1, 1, tzinfo=datetime.timezone.utc) - datetime.timedelta(days=1)
        return day - datetime.timedelta(days=(day.weekday() + 1) % 7)
    start, end = last_sunday(when_utc.year, 3), last_sunday(when_utc.year, 10)
    return OSLO_SUMMER if start <= when_utc < end else OSLO_WINTER


def utc_text(when):
    return when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Person:
    counter = 0

    def __init__(self, url, username):
        self.ws = websocket.create_connection(url, timeout=15)
        self.rid = 0
        self.request({"type": "hello", "protocol": 1, "client": "demo_people.py"})
        reply = self.request({"type": "login", "username": username, "password": PASSWORD,
                              "deviceName": "demo " + username})
        if reply.get("type") != "authenticated":
            raise SystemExit("demo_people: login %s failed: %s" % (username, reply))
        self.account = reply["accountId"]
        self.device = reply["deviceId"]

    def request(self, message):
        self.rid += 1
        rid = "d%d" % self.rid
        self.ws.send(json.dumps(dict(message, rid=rid)))
        deadline = time.time() + 15
        while time.time() < deadline:
            frame = json.loads(self.ws.recv())
            if frame.get("rid") == rid:
                return frame
        raise SystemExit("demo_people: no reply to %s" % message["type"])

    def stamp(self, when_ms=None):
        Person.counter += 1
        ms = int(time.time() * 1000) if when_ms is None else when_ms
        return "%018d-%05d-%s" % (ms, Person.counter % 100000, self.device)

    def record(self, kind, fields, owner=None, rid=None):
        return {"id": rid or str(uuid.uuid4()), "kind": kind, "owner": owner or self.account, "origin": self.device,
                "fields": {k: {"v": v, "t": self.stamp()} for k, v in fields.items()}}

    def push(self, records):
        changes = [{"changeId": str(uuid.uuid4()), "record": r} for r in records]
        reply = self.request({"type": "push", "changes": changes})
        bad = [r for r in reply.get("results", []) if r.get("status") not in ("applied", "duplicate")]
        if reply.get("type") != "push_result" or bad:
            raise SystemExit("demo_people: push refused: %s" % (bad or reply))
        return records

    def has_goals(self):
        page = self.request({"type": "pull", "cursor": 0, "limit": 500})
        return any(r.get("kind") == "goal" and r.get("owner") == self.account and "deleted" not in r
                   for r in page.get("records", []))

    def close(self):
        self.ws.close()


def goal_with_history(person, title, why, area, steps, ratings, days_ago, notes=None):
    """A goal, its steps, and one check-in per rating on the given days before today."""
    goal = person.record("goal", {"title": title, "why": why, "lifeArea": area, "status": "active",
                                  "createdAt": utc_text(datetime.datetime.now(datetime.timezone.utc)
                                                        - datetime.timedelta(days=max(days_ago) + 2))})
    records = [goal]
    for i, (step, done) in enumerate(steps):
        records.append(person.record("step", {"goalId": goal["id"], "title": step, "done": done, "order": i + 1.0}))
    now = datetime.datetime.now(datetime.timezone.utc)
    for i, (rating, ago) in enumerate(zip(ratings, days_ago)):
        when = now - datetime.timedelta(days=ago, hours=2)
        fields = {"goalId": goal["id"], "rating": rating,
                  "date": (when + datetime.timedelta(hours=oslo_offset_hours(when))).strftime("%Y-%m-%d"),
                  "createdAt": utc_text(when)}
        if notes and notes[i]:
            fields["note"] = notes[i]
        records.append(person.record("checkin", fields))
    person.push(records)
    return goal


def share(person, goal, helper, level, include_notes):
    person.push([person.record("consent", {"helperId": helper.account, "goalId": goal["id"], "level": level,
                                           "active": True, "includeNotes": include_notes,
                                           "personName": person.name, "helperName": helper.name})])


def saved_with_snapshot(person, kind, fields):
    """A plan or «Om meg» and the snapshot the app writes with each save (its history)."""
    doc = person.record(kind, dict(fields, createdAt=utc_text(datetime.datetime.now(datetime.timezone.utc))))
    person.push([doc, person.record("snapshot", {"recordId": doc["id"], "ofKind": kind, "body": json.dumps(fields),
                                                 "savedAt": utc_text(datetime.datetime.now(datetime.timezone.utc))})])
    return doc


def new_bruker(url, koordinator, username, name):
    """A bruker who joined with an invite from the koordinator (through the protocol, as the app does)."""
    invite = koordinator.request({"type": "create_invite", "role": "bruker", "validHours": 24})
    ws = websocket.create_connection(url, timeout=15)
    ws.send(json.dumps({"type": "hello", "protocol": 1, "client": "demo_people.py", "rid": "h"}))
    json.loads(ws.recv())
    ws.send(json.dumps({"type": "register", "rid": "r", "invite": invite["code"], "username": username,
                        "password": PASSWORD, "displayName": name, "deviceName": "demo " + username}))
    reply = json.loads(ws.recv())
    ws.close()
    if reply.get("type") != "authenticated":
        raise SystemExit("demo_people: register %s failed: %s" % (username, reply))
    person = Person(url, username)
    person.name = name
    return person


def surveys(url, kari, lise, answerers):
    """Kari writes two surveys as brukerrepresentant; lise publishes one; five others answer it."""
    ok = lise.request({"type": "set_survey_writer", "accountId": kari.account, "writer": True})
    if ok.get("type") != "ok":
        raise SystemExit("demo_people: set_survey_writer: %s" % ok)
    today = datetime.date.today()
    cafe = {"id": str(uuid.uuid4()), "title": "Hvordan har vi det på Kafé 103?",
            "intro": "Fire korte spørsmål fra brukerrådet. Svarene er anonyme, og du kan hoppe over det du vil.",
            "opensOn": (today - datetime.timedelta(days=3)).isoformat(),
            "closesOn": (today + datetime.timedelta(days=11)).isoformat(), "audience": "everyone",
            "questions": [
                {"id": "trives", "type": "scale", "text": "Hvor godt trives du på Kafé 103?",
                 "low": "Ikke i det hele tatt", "high": "Veldig godt"},
                {"id": "kveld", "type": "one", "text": "Bør kafeen ha åpent én kveld i uka?",
                 "options": ["Ja", "Nei", "Vet ikke"]},
                {"id": "mer", "type": "several", "text": "Hva vil du ha mer av?",
                 "options": ["Turer", "Kurs", "Felles middag", "Noen å prate med"]},
                {"id": "ord", "type": "text", "text": "Er det noe annet du vil si til oss?"}]}
    spring = {"id": str(uuid.uuid4()), "title": "Kurs i mestring til våren",
              "intro": "Vi planlegger vårens kurs sammen med dere.",
              "opensOn": (today + datetime.timedelta(days=7)).isoformat(),
              "closesOn": (today + datetime.timedelta(days=21)).isoformat(), "audience": "everyone",
              "questions": [{"id": "tema", "type": "several", "text": "Hvilke temaer vil du lære mer om?",
                             "options": ["Søvn", "Stress", "Økonomi", "Å komme i jobb"]}]}
    for survey in (cafe, spring):
        saved = kari.request({"type": "survey_save", "revision": 0, "survey": survey})
        if saved.get("type") != "survey_saved":
            raise SystemExit("demo_people: survey_save: %s" % saved)
        survey["revision"] = saved["revision"]
    published = lise.request({"type": "survey_publish", "id": cafe["id"], "revision": cafe["revision"]})
    if published.get("type") != "survey_saved":
        raise SystemExit("demo_people: survey_publish: %s" % published)
    answers = [{"trives": 8, "kveld": 0, "mer": [0, 2], "ord": "Fint å ha et sted å gå på dagtid."},
               {"trives": 6, "kveld": 0, "mer": [1], "ord": "Kaffen kunne vært billigere."},
               {"trives": 9, "kveld": 2, "mer": [2, 3], "ord": "De som jobber der er så hyggelige."},
               {"trives": 7, "kveld": 0, "mer": [0], "ord": "Mer åpent i helgene, takk."},
               {"trives": 5, "kveld": 1, "mer": [3], "ord": "Jeg liker quizen på torsdager."}]
    for person, body in zip(answerers, answers):
        person.push([person.record("survey_answer", {"surveyId": cafe["id"], "answerKey": str(uuid.uuid4()),
                                                     "answers": json.dumps(body, ensure_ascii=False)})])


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    url = sys.argv[1]
    people = {}
    for username, name in [("kari", "Kari"), ("per", "Per"), ("sara", "Sara"), ("mona", "Mona"),
                           ("jonas", "Jonas Erfaringskonsulent"), ("lise", "Lise Koordinator")]:
        people[username] = Person(url, username)
        people[username].name = name
    kari, per, sara, mona, jonas, lise = (people[n] for n in ("kari", "per", "sara", "mona", "jonas", "lise"))
    try:
        if kari.has_goals():
            print("demo_people: already there")
            return
        home = goal_with_history(
            kari, "Få en egen leilighet", "Jeg vil ha et sted som er mitt, der datteren min kan komme på besøk.",
            "bolig", [("Snakke med boligkontoret", True), ("Søke om bostøtte", True), ("Se på to leiligheter", False)],
            [3, 4, 4, 5, 4, 6, 7], [19, 16, 13, 10, 7, 4, 1],
            [None, "Tung uke.", None, None, "Fikk avslag, men prøver igjen.", None, "Fikk svar fra NAV i dag."])
        goal_with_history(kari, "Gå på Kafé 103 en gang i uka", "Treffe folk uten at det må handle om rus.",
                          "relasjoner_nettverk", [("Finne ut når de har åpent", True)], [5, 6], [8, 2])
        work = goal_with_history(per, "Prøve meg i jobb to dager i uka", "Å ha noe å stå opp til.",
                                 "arbeid_utdanning", [("Møte IPS-jobbspesialisten", True), ("Lage en enkel CV", False)],
                                 [5, 6, 5, 7], [14, 10, 6, 3], [None, None, "Sov dårlig.", None])
        calm = goal_with_history(sara, "Sove bedre", "Orke dagene igjen.", "helse",
                                 [("Legge telefonen bort kl. 23", False), ("Gå en kveldstur", True)],
                                 [4, 3, 5], [34, 27, 21], [None, "Ikke så bra.", None])
        plan = saved_with_snapshot(kari, "plan", {
            "signs": "Jeg sover dårlig, slutter å svare på meldinger og blir sittende inne.",
            "selfHelp": "Gå en tur rundt vannet. Dusje og lage te. Høre på podkasten min.",
            "distractions": "Kafé 103 på tirsdager. Biblioteket. Sitte hos Anne uten å måtte prate.",
            "contacts": ["Anne (søster)\t+47 900 11 222", "Per\t412 34 567"],
            "professional": "Fastlegen min på Torget legesenter. Jonas, erfaringskonsulent.",
            "professionalContacts": ["Torget legesenter\t22 00 00 00"],
            "safety": "Anne tar vare på medisinene når det er tungt.",
            "meetMe": "Rolig stemme, ikke mange spørsmål på en gang. Gjerne gå en tur mens vi prater.",
            "after": "Snakke med Jonas om hva som skjedde. En rolig uke uten avtaler."})
        saved_with_snapshot(kari, "about", {
            "calledName": "Kari", "matters": "Datteren min. Å ha en egen leilighet. Å komme tilbake i jobb.",
            "helps": "Å vite hva som skal skje. Korte møter, og å få ting skriftlig.",
            "avoid": "Barndommen min, med mindre jeg tar det opp selv.", "language": "Norsk",
            "practical": "Jeg leser best på papir."})
        share(kari, home, jonas, "comment", True)
        share(kari, plan, jonas, "read", False)
        share(per, work, jonas, "read", False)
        share(sara, calm, jonas, "comment", False)
        jonas.push([jonas.record("comment", {"goalId": home["id"], "authorId": jonas.account,
                                             "authorName": jonas.name, "text": "Så bra at du fikk svar! Vil du at vi "
                                             "ser på leilighetene sammen neste uke?",
                                             "createdAt": utc_text(datetime.datetime.now(datetime.timezone.utc))},
                                owner=kari.account)])

        # A small weekly group that is full, with a wait-list: tomorrow 18:00 Norwegian time, twelve weeks.
        now = datetime.datetime.now(datetime.timezone.utc)
        day = (now + datetime.timedelta(days=1)).date()
        start = datetime.datetime(day.year, day.month, day.day, 18, tzinfo=datetime.timezone.utc)
        start -= datetime.timedelta(hours=oslo_offset_hours(start))
        group = lise.record("activity", {
            "title": "Samtalegruppe: Veien videre",
            "description": "Liten gruppe for deg som vil snakke med andre som har vært der. Ledet av en "
                           "erfaringskonsulent. Tre plasser.",
            "organiser": "Psykisk helse- og rustjenesten", "organiserKind": "kommune",
            "address": "Helsehuset, møterom 2", "start": utc_text(start),
            "end": utc_text(start + datetime.timedelta(minutes=90)), "recurrenceWeeks": 11, "capacity": 3,
            "bookingDeadlineHours": 2, "tags": ["samtalegruppe"], "cancelled": False})
        lise.push([group])
        for person in (kari, per, sara, mona, jonas):
            person.push([person.record("booking", {"activityId": group["id"], "sessionStart": utc_text(start),
                                                   "status": "requested", "requestedAt": utc_text(now)})])

        notes = [(kari, "works", "Kafeen på fredager er det beste i uka mi."),
                 (per, "missing", "Noe å gjøre på kveldene i helgene."),
                 (sara, "idea", "Kunne turgruppa gått litt saktere, så flere blir med?"),
                 (mona, "works", "Fint å bli møtt av en som har vært der selv."),
                 (jonas, "idea", "Felles middag en gang i måneden med familie invitert."),
                 (kari, "missing", "Hjelp til å fylle ut skjemaer fra NAV.")]
        year, week, _ = datetime.date.today().isocalendar()
        for person, category, text in notes:
            person.push([person.record("suggestion", {"category": category, "text": text,
                                                      "week": "%d-W%02d" % (year, week)})])
        lise.push([lise.record("answer", {
            "title": "Kveldsåpent", "text": "Dere sa at kveldene er lange. Nå holder Huset åpent til 21 på torsdager.",
            "category": "missing", "publishedAt": utc_text(now), "withdrawn": False})])
        ola = new_bruker(url, lise, "ola", "Ola")
        nina = new_bruker(url, lise, "nina", "Nina")
        people["ola"], people["nina"] = ola, nina
        surveys(url, kari, lise, [per, sara, mona, ola, nina])
        print("demo_people: kari, per and sara share goals with jonas; a full group with a wait-list; "
              "six suggestions and one answer; a survey with five answers and a draft")
    finally:
        for p in people.values():
            p.close()


if __name__ == "__main__":
    main()
