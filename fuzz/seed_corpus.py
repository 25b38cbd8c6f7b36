#!/usr/bin/env python3
"""Write the seed corpora for the fuzz targets into fuzz/corpus/ (ignored by git).

    python3 fuzz/seed_corpus.py        # from the repository root or from fuzz/

`importers` inputs start with two bytes (see fuzz_targets/importers.rs): the first picks the
extension (index into EXTENSIONS), the second the format prefix (low 3 bits, 0 = none) and
whether the rest is then wrapped in gzip or a zip ((byte / 8) % 3: 0 as is, 1 gzip, 2 zip).
The seeds are the small fixtures as they are, plus archives built from them with the standard
library: a gzipped GPX, a zip of two files, a zip inside a zip (as in Garmin's exports), a
Strava-like export with activities.csv, and a truncated gzip. Archives are written with fixed
timestamps so the corpus is the same on every run. Everything stays under 200 KB.
"""

import gzip
import io
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
OUT = os.path.join(ROOT, "fuzz", "corpus")

EXTENSIONS = ["gpx", "tcx", "fit", "csv", "json", "txt", "gz", "zip"]
WRAP_GZ, WRAP_ZIP = 8, 16  # second byte: no prefix, then wrapped by the target itself

# Small fixtures only (garmin-activity.gpx is 360 KB).
SMALL = [
    "Activity.fit", "Settings.fit", "WeightScaleSingleUser.fit", "bad-half.fit",
    "garmin-fenix-5-bike.fit", "fuzz-fit-chained-short-header.fit",
    "bad-binary.gpx", "bad-entities.gpx", "bad-truncated.gpx", "wahoo_example.gpx",
    "with_accuracy.gpx", "strava_route_example.gpx",
    "ride.tcx", "tempo-run.tcx",
    "hevy.csv", "strong.csv", "strong-legacy-lbs.csv", "bad-missing-columns.csv",
]

STAMP = (2020, 1, 1, 0, 0, 0)

PARSER_SEEDS = [
    "2026-11-20", "yesterday", "mon", "7:30", "45:00", "1:02:03", "90", "5km", "3.1mi",
    "120m", "80kg", "squat 5x5@100", "bench 3x8@60, 1x5@70", "7.5", "152", "long",
]


def fixture(name):
    with open(os.path.join(FIXTURES, name), "rb") as f:
        return f.read()


def gz(data):
    return gzip.compress(data, mtime=0)


def zipped(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, STAMP), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def seed(ext, second, data):
    return bytes([EXTENSIONS.index(ext), second]) + data


def importer_seeds():
    for name in SMALL:
        yield name, seed(name.rsplit(".", 1)[1], 0, fixture(name))
    gpx = fixture("wahoo_example.gpx")
    tcx = fixture("tempo-run.tcx")
    fit = fixture("Activity.fit")
    strava_csv = (
        b"Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
        b"Perceived Exertion,Activity Gear,Filename\n"
        b"1,\"Jul 29, 2017, 2:46:35 PM\",Morning Run,Run,1800,5.0,6,Shoe A,"
        b"activities/1.gpx.gz\n"
        b"2,\"Jul 30, 2017, 6:00:00 AM\",Lunch Lift,Weight Training,2700,0,,,\n"
    )
    # Real archives, read by the archive code directly.
    yield "wahoo.gpx.gz", seed("gz", 0, gz(gpx))
    yield "two-files.zip", seed("zip", 0, zipped([("run.gpx", gpx), ("run.tcx", tcx)]))
    inner = zipped([("Activity.fit", fit), ("run.gpx.gz", gz(gpx))])
    yield "zip-in-zip.zip", seed(
        "zip", 0, zipped([("DI_CONNECT/UploadedFiles_0-_Part1.zip", inner)])
    )
    yield "strava-export.zip", seed(
        "zip", 0,
        zipped([("activities.csv", strava_csv), ("activities/1.gpx.gz", gz(gpx))]),
    )
    yield "truncated.gpx.gz", seed("gz", 0, gz(gpx)[:-20])
    # Plain bytes the target wraps itself (gzip / zip member) on the way in.
    yield "wrap-gz-tempo.tcx", seed("tcx", WRAP_GZ, tcx)
    yield "wrap-zip-activity.fit", seed("fit", WRAP_ZIP, fit)


def write(target, seeds):
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    total = 0
    for name, data in seeds:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        total += len(data)
    return total


def main():
    total = write("importers", importer_seeds())
    total += write("parsers", ((f"seed-{i:02}", s.encode()) for i, s in enumerate(PARSER_SEEDS)))
    assert total < 200_000, f"corpus too large: {total} bytes"
    print(f"wrote {total} bytes of seeds under {OUT}")


if __name__ == "__main__":
    main()
