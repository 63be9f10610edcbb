#!/usr/bin/env python3
"""Builds resources/data/geography.bin, the national geography built into Essaim.

Input: the data/ folder of the npm package @etalab/decoupage-administratif
(communes.json, epci.json, departements.json, regions.json) and a CSV of commune
centres (insee,latitude,longitude). Output: one UTF-8 text of tab-separated
sections, compressed the way qCompress() does (4-byte big-endian length, then a
zlib stream), so that qUncompress() reads it back.

Refresh each year in one command (see README, "Reference data"):
    scripts/build_geography.py [DECOUPAGE_DATA_DIR] [CENTRES_CSV] [OUTPUT]
Without DECOUPAGE_DATA_DIR the package is fetched with `npm pack`.
Standard library only.
"""
import csv
import json
import os
import struct
import subprocess
import sys
import tarfile
import tempfile
import zlib

VERSION = "6.0.0"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def fetch_package(workdir):
    subprocess.run(["npm", "pack", "@etalab/decoupage-administratif@" + VERSION],
                   cwd=workdir, check=True, stdout=subprocess.DEVNULL)
    tarball = [f for f in os.listdir(workdir) if f.endswith(".tgz")][0]
    with tarfile.open(os.path.join(workdir, tarball)) as tar:
        tar.extractall(workdir)
    return os.path.join(workdir, "package", "data")


def clean(text):
    # Tabs and newlines separate fields and rows: none may slip into a value.
    return str(text).replace("\t", " ").replace("\n", " ").strip()


def row(*fields):
    return "\t".join(clean(f) for f in fields)


def build(data_dir, centres_path):
    load = lambda name: json.load(open(os.path.join(data_dir, name), encoding="utf-8"))
    communes, epcis = load("communes.json"), load("epci.json")
    departments, regions = load("departements.json"), load("regions.json")
    centres = {}
    with open(centres_path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            centres[r["insee"]] = (r["latitude"], r["longitude"])

    epci_of = {}
    for e in epcis:
        for m in e.get("membres", []):
            epci_of[m["code"]] = e["code"]

    lines = ["#essaim-geography\t1\tdecoupage-administratif " + VERSION]
    lines.append("#regions")
    lines += [row(r["code"], r["nom"]) for r in sorted(regions, key=lambda r: r["code"])]
    lines.append("#departments")
    lines += [row(d["code"], d["region"], d["nom"]) for d in sorted(departments, key=lambda d: d["code"])]
    lines.append("#epcis")
    nature = {"MET69": "METRO"}
    lines += [row(e["code"], nature.get(e["type"], e["type"]), e["nom"]) for e in sorted(epcis, key=lambda e: e["code"])]

    # kind: c = current commune, a = municipal arrondissement (parent = its commune)
    lines.append("#communes")
    current = {}
    for c in sorted(communes, key=lambda c: c["code"]):
        if c["type"] == "commune-actuelle":
            kind, parent = "c", ""
            current[c["code"]] = c
        elif c["type"] == "arrondissement-municipal":
            kind, parent = "a", c.get("commune", "")
        else:
            continue
        lat, lon = centres.get(c["code"], ("", ""))
        lines.append(row(c["code"], kind, c["nom"], c.get("departement", ""), c.get("region", ""),
                         epci_of.get(c["code"], "") if kind == "c" else "",
                         " ".join(c.get("codesPostaux", [])), c.get("population", 0),
                         c.get("siren", ""), lat, lon, parent))

    # Former communes: delegated and associated ones keep their name; codes only
    # listed in anciensCodes come without one.
    lines.append("#former")
    former = {}
    for c in communes:
        if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu") in current:
            former[(c["code"], c["nom"])] = c["chefLieu"]
    named_codes = {code for code, _ in former}
    for c in current.values():
        for old in c.get("anciensCodes", []):
            if old not in named_codes and old not in current:
                former[(old, "")] = c["code"]
    lines += [row(code, name, to) for (code, name), to in sorted(former.items())]
    return "\n".join(lines) + "\n"


def main(argv):
    out = argv[3] if len(argv) > 3 else os.path.join(ROOT, "resources", "data", "geography.bin")
    centres = argv[2] if len(argv) > 2 else os.path.join(ROOT, "resources", "data", "communes_centres.csv")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = argv[1] if len(argv) > 1 else fetch_package(tmp)
        text = build(data_dir, centres).encode("utf-8")
    with open(out, "wb") as f:
        f.write(struct.pack(">I", len(text)) + zlib.compress(text, 9))
    print("%s: %d bytes (%d uncompressed)" % (out, os.path.getsize(out), len(text)))


if __name__ == "__main__":
    main(sys.argv)
