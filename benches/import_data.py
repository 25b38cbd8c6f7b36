#!/usr/bin/env python3
"""Test data for benches/import.sh, from the Garmin GPX fixture (a 12.8 km run, 367 KB).

  import_data.py copies DIR N     N copies, copy k starting k days later (distinct runs)
  import_data.py big FILE MB      one GPX of about MB megabytes: the run repeated as one track
                                  per day (a year of runs exported as one file)
  import_data.py floor DIR        the floor: Python's xml.etree.iterparse reading every file
"""
import datetime as dt
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "tests", "fixtures", "garmin-activity.gpx")
TIME = re.compile(r"<time>([^<]+)</time>")


def shifted(text, delta):
    def one(m):
        t = dt.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%fZ") + delta
        return "<time>" + t.strftime("%Y-%m-%dT%H:%M:%S.000Z") + "</time>"

    return TIME.sub(one, text)


def copies(out, n):
    os.makedirs(out, exist_ok=True)
    text = open(FIXTURE, encoding="utf-8").read()
    for k in range(n):
        with open(os.path.join(out, f"run-{k:04}.gpx"), "w", encoding="utf-8") as f:
            f.write(shifted(text, dt.timedelta(days=k)))


def big(out, mb):
    text = open(FIXTURE, encoding="utf-8").read()
    start, end = text.index("<trk>"), text.rindex("</trk>") + len("</trk>")
    head, track, tail = text[:start], text[start:end], text[end:]
    reps = max(1, int(mb * 1024 * 1024 / len(track)))
    with open(out, "w", encoding="utf-8") as f:
        f.write(head)
        for k in range(reps):
            f.write(shifted(track, dt.timedelta(days=k)))
        f.write(tail)


def floor(d):
    n = 0
    for p in sorted(glob.glob(os.path.join(d, "*.gpx"))):
        for _event, _elem in ET.iterparse(p):
            n += 1
    print(n, "elements")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "copies":
        copies(sys.argv[2], int(sys.argv[3]))
    elif cmd == "big":
        big(sys.argv[2], float(sys.argv[3]))
    elif cmd == "floor":
        floor(sys.argv[2])
