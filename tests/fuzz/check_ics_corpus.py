#!/usr/bin/env python3
"""Replays the fuzz_ics corpus and reads every calendar it writes with a real parser (python3-icalendar): each file
must parse, and its events must say what the harness wrote down (times in UTC, the summary, place and description,
status). Usage: check_ics_corpus.py FUZZ_ICS_REPLAY CORPUS_DIR..."""
import datetime
import glob
import json
import os
import subprocess
import sys
import tempfile

import icalendar


def utc(stamp):
    return datetime.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)


def check(ics_path, want_path):
    data = open(ics_path, "rb").read()
    want = json.load(open(want_path, encoding="utf-8"))
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal, ics_path
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == len(want), (ics_path, len(events), len(want))
    for ev, w in zip(events, want):
        assert ev["DTSTART"].dt == utc(w["start"]), (ics_path, ev["DTSTART"].dt, w["start"])
        assert ev["DTEND"].dt == utc(w["end"]), (ics_path, ev["DTEND"].dt, w["end"])
        assert ev["DTEND"].dt > ev["DTSTART"].dt, ics_path
        assert str(ev["SUMMARY"]) == w["summary"], (ics_path, str(ev["SUMMARY"]), w["summary"])
        assert str(ev.get("LOCATION", "")) == w["location"], ics_path
        assert str(ev.get("DESCRIPTION", "")) == w["description"], ics_path
        assert str(ev["STATUS"]) == w["status"], ics_path


def main(replay, corpora):
    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, MEDVANDRER_ICS_OUT=out)
        subprocess.run([replay, *corpora], check=True, env=env)
        files = sorted(glob.glob(os.path.join(out, "*.ics")))
        assert files, "the corpus wrote no calendar"
        for path in files:
            check(path, path[:-4] + ".json")
        print(f"{len(files)} calendars parsed by icalendar {icalendar.__version__}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
