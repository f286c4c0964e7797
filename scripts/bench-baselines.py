#!/usr/bin/env python3
"""Python baselines for kostra-bench, each run in its own process and measured like KostraKit's.

    python bench-baselines.py NAME DATA_FOLDER RUNS

NAME is simdjson, orjson, pyjstat, sqlite or pandas. Prints one JSON line:
{"seconds": [...], "peakKB": VmHWM, "info": {...}}. The inputs are the SYNTHETIC files
kostra-bench writes into DATA_FOLDER; nothing here is real statistics.
"""
import json
import os
import shutil
import sqlite3
import sys
import time
from datetime import datetime, timezone

JSONSTAT = "synthetic-kostra-4.8M-cells.json"
NATION = "synthetic-nation.csv"
TEMPLATE = "template.sqlite"
INDICATORS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "KostraModel", "Resources", "indicators.json")


def peak_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def timed(body):
    start = time.perf_counter()
    result = body()
    return result, time.perf_counter() - start


def simdjson_values(data, runs):
    import simdjson
    seconds = []
    for _ in range(runs):
        def parse():
            parser = simdjson.Parser()
            doc = parser.parse(data)
            return doc["value"].as_list(), doc["status"].as_dict()
        (values, _), t = timed(parse)
        seconds.append(t)
    return seconds, {"cells": len(values)}


def orjson_parse(data, runs):
    import orjson
    seconds = []
    for _ in range(runs):
        doc, t = timed(lambda: orjson.loads(data))
        seconds.append(t)
    return seconds, {"cells": len(doc["value"])}


def pyjstat_frame(data, runs):
    from pyjstat import pyjstat
    text = data.decode("utf-8")
    seconds = []
    for _ in range(runs):
        frame, t = timed(lambda: pyjstat.Dataset.read(text).write("dataframe"))
        seconds.append(t)
    return seconds, {"cells": len(frame)}


def jsonstat_rows(data):
    """The rows kostra-bench imports, in the same order and with the same synthetic mapping."""
    import orjson
    doc = orjson.loads(data)
    dims = [doc["dimension"][name]["category"]["index"] for name in doc["id"]]
    codes = [sorted(index, key=index.get) for index in dims]
    regions = ["syn-" + code for code in codes[0]]
    indicators = [f"syn-f{f}-a{a}" for f in codes[1] for a in codes[2]]
    years = [int(code) for code in codes[4]]
    values = doc["value"]
    status = doc.get("status") or {}
    ny = len(years) * len(codes[3])
    region_stride = len(indicators) * ny
    rows = []
    for index, value in enumerate(values):
        symbol = status.get(str(index))
        if value is None and symbol is None:
            continue
        rows.append((indicators[(index % region_stride) // ny], regions[index // region_stride], years[index % len(years)],
                     "nominal", value, None, None, symbol))
    return rows


INSERT = """
    INSERT INTO observation (indicatorId, regionId, year, basis, value, numerator, denominator, status, sourceId, asOf)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (indicatorId, regionId, year, basis) DO UPDATE SET
        value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
        status = excluded.status, sourceId = excluded.sourceId, asOf = excluded.asOf
    WHERE excluded.asOf >= observation.asOf
"""


def sqlite_executemany(folder, data, runs):
    base = jsonstat_rows(data)
    as_of = datetime.fromtimestamp(1_732_000_000, timezone.utc).strftime("%Y-%m-%d %H:%M:%S.000")
    seconds = []
    for run in range(runs):
        path = os.path.join(folder, f"python-{run}.sqlite")
        shutil.copyfile(os.path.join(folder, TEMPLATE), path)
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")

        def insert():
            connection.execute("BEGIN IMMEDIATE")
            cursor = connection.execute(
                "INSERT INTO source (kind, title, reference, retrievedAt) VALUES ('file', 'SYNTETISK', 'python', ?)", (as_of,))
            source = cursor.lastrowid
            connection.executemany(INSERT, (row + (source, as_of) for row in base))
            connection.execute("COMMIT")
        _, t = timed(insert)
        seconds.append(t)
        connection.close()
        size = os.path.getsize(path)
        os.remove(path)
    return seconds, {"rows": len(base), "storeBytes": size}


def pandas_profile(folder, runs):
    import numpy as np
    import pandas as pd
    with open(INDICATORS) as f:
        catalog = json.load(f)
    profile = next(p for p in catalog["profiles"] if p["id"] == "sosial")["indicators"]
    meta = pd.DataFrame([{"indicator": i["id"], "averaging": i["averaging"], "scale": i.get("scale") or 1.0,
                          "decimals": i["decimals"], "polarity": i["polarity"]} for i in catalog["indicators"]])
    frame = pd.read_csv(os.path.join(folder, NATION), keep_default_na=False, na_values=[""],
                        dtype={"status": "string"})
    keys = ["network", "year", "indicator"]

    def compute():
        members = frame.groupby("network").region.nunique().rename("members")
        d = frame[frame.indicator.isin(profile)].merge(meta, on="indicator")
        has = d[d.value.notna()]
        agg = has.groupby(keys).agg(n=("value", "size"), vsum=("value", "sum"), vmin=("value", "min"),
                                    vmax=("value", "max"), numsum=("numerator", "sum"),
                                    densum=("denominator", "sum")).reset_index()
        agg = agg.merge(meta, on="indicator").merge(members, left_on="network", right_index=True)
        agg["average"] = np.where(agg.averaging == "weighted", agg.numsum / agg.densum * agg.scale,
                                  np.where(agg.averaging == "unweighted", agg.vsum / agg.n, agg.vsum))
        complete = agg.n == agg.members
        agg["highest"] = agg.vmax.where(complete)
        agg["lowest"] = agg.vmin.where(complete)
        hv = has[keys + ["region", "value"]].merge(agg[keys + ["vmax", "vmin"]], on=keys)
        highest_holders = hv[hv.value == hv.vmax].groupby(keys).region.agg(list).rename("highestHolders")
        lowest_holders = hv[hv.value == hv.vmin].groupby(keys).region.agg(list).rename("lowestHolders")
        contributors = has.groupby(keys).region.agg(list).rename("contributors")
        agg = agg.join(highest_holders, on=keys).join(lowest_holders, on=keys).join(contributors, on=keys)
        own = d[["region", "network", "indicator", "year", "value", "status", "decimals", "polarity"]]
        previous = own[["region", "indicator", "year", "value"]].assign(year=own.year + 1).rename(columns={"value": "previous"})
        before = own[["region", "indicator", "year", "value"]].assign(year=own.year + 2).rename(columns={"value": "before"})
        rows = (own.merge(previous, on=["region", "indicator", "year"], how="left")
                .merge(before, on=["region", "indicator", "year"], how="left")
                .merge(agg[keys + ["average", "highest", "lowest", "n", "highestHolders", "lowestHolders", "contributors"]],
                       on=keys, how="left"))
        base = rows.average.where(rows.average != 0)
        rows["index"] = rows.value / base * 100
        rows["highestIndex"] = rows.highest / base * 100
        rows["lowestIndex"] = rows.lowest / base * 100
        factor = 10.0 ** rows.decimals
        shown = np.round(rows.value * factor) / factor - np.round(rows.previous * factor) / factor
        difference = np.round(shown * factor) / factor
        rows["direction"] = np.sign(difference)
        better = ((rows.polarity == "higherIsBetter") & (difference > 0)) | ((rows.polarity == "lowerIsBetter") & (difference < 0))
        worse = ((rows.polarity == "higherIsBetter") & (difference < 0)) | ((rows.polarity == "lowerIsBetter") & (difference > 0))
        rows["judgement"] = np.select([better, worse], ["better", "worse"], "neutral")
        rows["change"] = rows.value - rows.previous
        return rows

    seconds = []
    for _ in range(runs):
        rows, t = timed(compute)
        seconds.append(t)
    return seconds, {"rows": len(rows)}


def main():
    name, folder, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    data = None
    if name in ("simdjson", "orjson", "pyjstat", "sqlite"):
        with open(os.path.join(folder, JSONSTAT), "rb") as f:
            data = f.read()
    if name == "simdjson":
        seconds, info = simdjson_values(data, runs)
    elif name == "orjson":
        seconds, info = orjson_parse(data, runs)
    elif name == "pyjstat":
        seconds, info = pyjstat_frame(data, runs)
    elif name == "sqlite":
        seconds, info = sqlite_executemany(folder, data, runs)
    elif name == "pandas":
        seconds, info = pandas_profile(folder, runs)
    else:
        sys.exit(f"unknown baseline {name}")
    print(json.dumps({"seconds": seconds, "peakKB": peak_kb(), "info": info}))


if __name__ == "__main__":
    main()
