#!/usr/bin/env python3
"""Parses ics_sample's output with a real iCalendar parser (python3-icalendar) and checks what it says."""
import datetime
import subprocess
import sys

import icalendar


def sample(exe, *args):
    return subprocess.run([exe, *args], check=True, capture_output=True).stdout


def check_raw(data):
    assert data.endswith(b"\r\n"), "must end with CRLF"
    for line in data.split(b"\r\n")[:-1]:
        assert b"\n" not in line and b"\r" not in line, "bare LF or CR"
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        line.decode("utf-8")  # folding never splits a character


def events(data):
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0"
    assert "PRODID" in cal
    return [c for c in cal.walk() if c.name == "VEVENT"]


def main(exe):
    utc = datetime.timezone.utc
    neutral = sample(exe)
    check_raw(neutral)
    evs = events(neutral)
    assert len(evs) == 2, len(evs)
    for ev in evs:
        assert str(ev["SUMMARY"]) == "Avtale", ev["SUMMARY"]
        assert "LOCATION" not in ev and "DESCRIPTION" not in ev
        assert ev["UID"].endswith("@medvandrer")
        assert ev["DTSTAMP"].dt == datetime.datetime(2025, 3, 1, 12, 0, tzinfo=utc)
    assert evs[0]["DTSTART"].dt == datetime.datetime(2025, 3, 18, 17, 0, tzinfo=utc)
    assert evs[0]["DTEND"].dt == datetime.datetime(2025, 3, 18, 18, 30, tzinfo=utc)
    assert evs[1]["DTSTART"].dt == datetime.datetime(2025, 4, 1, 16, 0, tzinfo=utc)
    assert str(evs[0]["STATUS"]) == "CONFIRMED" and str(evs[1]["STATUS"]) == "TENTATIVE"
    assert b"rus" not in neutral.lower() and b"storgata" not in neutral.lower()

    full = sample(exe, "--full")
    check_raw(full)
    evs = events(full)
    title = "Samtalegruppe; rus, angst og mestring – «åpen» for alle som vil komme innom"
    assert str(evs[0]["SUMMARY"]) == title, evs[0]["SUMMARY"]
    assert str(evs[0]["LOCATION"]) == "Storgata 1, 0155 Oslo"
    assert str(evs[0]["DESCRIPTION"]) == "Linje én\nLinje to, med komma; og semikolon \\ slutt", evs[0]["DESCRIPTION"]
    assert len(evs[0].to_ical()) > 0
    print("ics ok: parsed by icalendar", icalendar.__version__)


if __name__ == "__main__":
    main(sys.argv[1])
