#!/usr/bin/env python3
"""Python baselines for kostra-bench, each run in its own process and measured like KostraKit's.

    python bench-baselines.py NAME DATA_FOLDER RUNS

NAME is simdjson, orjson, pyjstat, sqlite, pandas, polars, duckdb or profile-check. Prints one JSON
line: {"seconds": [...], "peakKB": VmHWM, "info": {...}}. The inputs are the SYNTHETIC files
kostra-bench writes into DATA_FOLDER; nothing here is real statistics.

pandas, polars and duckdb compute the same national profile table (the same inputs, the same columns,
the same rules); profile-check computes it with all three in one process and exits non-zero, naming
the first differing row, when they disagree, so a ratio is never against a different computation.
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


# The same two statements as KostraKit's ObservationWriter: a plain insert that does nothing on a
# stored key, then the upsert (newer figure wins, revisions kept by the trigger) for the keys that
# were stored. executemany cannot tell which rows the first pass skipped, so when any were, the
# upsert runs over all of them; on an empty store none are, as in KostraKit's run.
COLUMNS = "(indicatorId, regionId, year, basis, value, numerator, denominator, status, sourceId, asOf)"
INSERT = f"""
    INSERT INTO observation {COLUMNS}
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (indicatorId, regionId, year, basis) DO NOTHING
"""
UPSERT = f"""
    INSERT INTO observation {COLUMNS}
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
            before = connection.total_changes
            connection.executemany(INSERT, (row + (source, as_of) for row in base))
            if connection.total_changes - before < len(base):
                connection.executemany(UPSERT, (row + (source, as_of) for row in base))
            connection.execute("COMMIT")
        _, t = timed(insert)
        seconds.append(t)
        connection.close()
        size = os.path.getsize(path)
        os.remove(path)
    return seconds, {"rows": len(base), "storeBytes": size}


PROFILE_KEYS = ["network", "year", "indicator"]


def profile_inputs():
    """The 'sosial' profile's indicators and every indicator's rule, scale, decimals and polarity."""
    with open(INDICATORS) as f:
        catalog = json.load(f)
    profile = next(p for p in catalog["profiles"] if p["id"] == "sosial")["indicators"]
    meta = [{"indicator": i["id"], "averaging": i["averaging"], "scale": float(i.get("scale") or 1.0),
             "decimals": i["decimals"], "polarity": i["polarity"]} for i in catalog["indicators"]]
    return profile, meta


def pandas_setup(folder):
    """Reads the nation into a DataFrame (not timed) and returns the timed computation."""
    import numpy as np
    import pandas as pd
    profile, meta_rows = profile_inputs()
    meta = pd.DataFrame(meta_rows)
    frame = pd.read_csv(os.path.join(folder, NATION), keep_default_na=False, na_values=[""],
                        dtype={"status": "string"})
    keys = PROFILE_KEYS

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

    def table(rows):
        return rows.to_dict("records")
    return compute, len, table


def polars_setup(folder):
    """The pandas computation in polars' lazy API, collected to a DataFrame in memory."""
    import polars as pl
    profile, meta_rows = profile_inputs()
    meta = pl.DataFrame(meta_rows)
    frame = pl.read_csv(os.path.join(folder, NATION), schema_overrides={
        "value": pl.Float64, "numerator": pl.Float64, "denominator": pl.Float64, "status": pl.String})
    keys = PROFILE_KEYS

    def compute():
        f = frame.lazy()
        members = f.group_by("network").agg(members=pl.col("region").n_unique())
        d = f.filter(pl.col("indicator").is_in(profile)).join(meta.lazy(), on="indicator")
        has = d.filter(pl.col("value").is_not_null())
        value = pl.col("value")
        agg = (has.group_by(keys)
               .agg(n=pl.len(), vsum=value.sum(), vmin=value.min(), vmax=value.max(),
                    numsum=pl.col("numerator").sum(), densum=pl.col("denominator").sum(),
                    highestHolders=pl.col("region").filter(value == value.max()),
                    lowestHolders=pl.col("region").filter(value == value.min()),
                    contributors=pl.col("region"),
                    averaging=pl.col("averaging").first(), scale=pl.col("scale").first())
               .join(members, on="network")
               .with_columns(
                   average=pl.when(pl.col("averaging") == "weighted").then(pl.col("numsum") / pl.col("densum") * pl.col("scale"))
                   .when(pl.col("averaging") == "unweighted").then(pl.col("vsum") / pl.col("n"))
                   .otherwise(pl.col("vsum")),
                   highest=pl.when(pl.col("n") == pl.col("members")).then(pl.col("vmax")),
                   lowest=pl.when(pl.col("n") == pl.col("members")).then(pl.col("vmin")))
               .select(keys + ["average", "highest", "lowest", "n", "highestHolders", "lowestHolders", "contributors"]))
        own = d.select(["region", "network", "indicator", "year", "value", "status", "decimals", "polarity"])
        previous = own.select("region", "indicator", (pl.col("year") + 1).alias("year"), pl.col("value").alias("previous"))
        before = own.select("region", "indicator", (pl.col("year") + 2).alias("year"), pl.col("value").alias("before"))
        base = pl.when(pl.col("average") != 0).then(pl.col("average"))
        factor = pl.lit(10.0).pow(pl.col("decimals"))
        shown = ((pl.col("value") * factor).round(0, mode="half_to_even") / factor
                 - (pl.col("previous") * factor).round(0, mode="half_to_even") / factor)
        difference = (shown * factor).round(0, mode="half_to_even") / factor
        polarity = pl.col("polarity")
        better = ((polarity == "higherIsBetter") & (difference > 0)) | ((polarity == "lowerIsBetter") & (difference < 0))
        worse = ((polarity == "higherIsBetter") & (difference < 0)) | ((polarity == "lowerIsBetter") & (difference > 0))
        rows = (own.join(previous, on=["region", "indicator", "year"], how="left")
                .join(before, on=["region", "indicator", "year"], how="left")
                .join(agg, on=keys, how="left")
                .with_columns(
                    index=pl.col("value") / base * 100, highestIndex=pl.col("highest") / base * 100,
                    lowestIndex=pl.col("lowest") / base * 100, direction=difference.sign(),
                    judgement=pl.when(better.fill_null(False)).then(pl.lit("better"))
                    .when(worse.fill_null(False)).then(pl.lit("worse")).otherwise(pl.lit("neutral")),
                    change=pl.col("value") - pl.col("previous")))
        return rows.collect()

    def table(rows):
        return rows.to_dicts()
    return compute, len, table


DUCKDB_PROFILE = """
WITH members AS (SELECT network, count(DISTINCT region) AS members FROM nation GROUP BY network),
d AS (SELECT n.*, m.averaging, m.scale, m.decimals, m.polarity
      FROM nation n JOIN meta m USING (indicator) WHERE n.indicator IN (SELECT indicator FROM wanted)),
has AS (SELECT * FROM d WHERE value IS NOT NULL),
sums AS (SELECT network, year, indicator, count(*) AS n, sum(value) AS vsum, min(value) AS vmin, max(value) AS vmax,
                coalesce(sum(numerator), 0) AS numsum, coalesce(sum(denominator), 0) AS densum,
                list(region) AS contributors, any_value(averaging) AS averaging, any_value(scale) AS scale
         FROM has GROUP BY network, year, indicator),
holders AS (SELECT h.network, h.year, h.indicator,
                   list(h.region) FILTER (WHERE h.value = s.vmax) AS highestHolders,
                   list(h.region) FILTER (WHERE h.value = s.vmin) AS lowestHolders
            FROM has h JOIN sums s USING (network, year, indicator) GROUP BY h.network, h.year, h.indicator),
agg AS (SELECT s.network, s.year, s.indicator,
               CASE s.averaging WHEN 'weighted' THEN s.numsum / s.densum * s.scale
                                WHEN 'unweighted' THEN s.vsum / s.n ELSE s.vsum END AS average,
               CASE WHEN s.n = m.members THEN s.vmax END AS highest,
               CASE WHEN s.n = m.members THEN s.vmin END AS lowest,
               s.n, h.highestHolders, h.lowestHolders, s.contributors
        FROM sums s JOIN members m USING (network) JOIN holders h USING (network, year, indicator)),
own AS (SELECT region, network, indicator, year, value, status, decimals, polarity FROM d),
joined AS (SELECT o.*, p.value AS previous, b.value AS before, a.average, a.highest, a.lowest, a.n,
                  a.highestHolders, a.lowestHolders, a.contributors,
                  CASE WHEN a.average <> 0 THEN a.average END AS base, 10.0 ^ o.decimals AS factor
           FROM own o
           LEFT JOIN own p ON p.region = o.region AND p.indicator = o.indicator AND p.year = o.year - 1
           LEFT JOIN own b ON b.region = o.region AND b.indicator = o.indicator AND b.year = o.year - 2
           LEFT JOIN agg a ON a.network = o.network AND a.year = o.year AND a.indicator = o.indicator),
changed AS (SELECT *, round_even((round_even(value * factor, 0) / factor - round_even(previous * factor, 0) / factor) * factor, 0) / factor
                      AS difference FROM joined)
SELECT region, network, indicator, year, value, status, decimals, polarity, previous, before, average, highest, lowest, n,
       highestHolders, lowestHolders, contributors,
       value / base * 100 AS "index", highest / base * 100 AS highestIndex, lowest / base * 100 AS lowestIndex,
       sign(difference) AS direction,
       CASE WHEN (polarity = 'higherIsBetter' AND difference > 0) OR (polarity = 'lowerIsBetter' AND difference < 0) THEN 'better'
            WHEN (polarity = 'higherIsBetter' AND difference < 0) OR (polarity = 'lowerIsBetter' AND difference > 0) THEN 'worse'
            ELSE 'neutral' END AS judgement,
       value - previous AS change
FROM changed
"""


def duckdb_setup(folder):
    """The pandas computation as one DuckDB query over the nation loaded into an in-memory
    database (not timed); the result is materialised as a table in DuckDB's memory."""
    import duckdb
    profile, meta_rows = profile_inputs()
    connection = duckdb.connect(":memory:")
    connection.execute(
        "CREATE TABLE nation AS SELECT * FROM read_csv(?, header = true, columns = {'indicator': 'VARCHAR', "
        "'region': 'VARCHAR', 'network': 'VARCHAR', 'year': 'BIGINT', 'value': 'DOUBLE', 'numerator': 'DOUBLE', "
        "'denominator': 'DOUBLE', 'status': 'VARCHAR'})", [os.path.join(folder, NATION)])
    connection.execute("CREATE TABLE meta (indicator VARCHAR, averaging VARCHAR, scale DOUBLE, decimals BIGINT, polarity VARCHAR)")
    connection.executemany("INSERT INTO meta VALUES (?, ?, ?, ?, ?)",
                           [(m["indicator"], m["averaging"], m["scale"], m["decimals"], m["polarity"]) for m in meta_rows])
    connection.execute("CREATE TABLE wanted (indicator VARCHAR)")
    connection.executemany("INSERT INTO wanted VALUES (?)", [(i,) for i in profile])

    def compute():
        connection.execute("CREATE OR REPLACE TEMP TABLE profile AS " + DUCKDB_PROFILE)
        return connection

    def count(_):
        return connection.execute("SELECT count(*) FROM profile").fetchone()[0]

    def table(_):
        cursor = connection.execute("SELECT * FROM profile")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    return compute, count, table


PROFILE_SETUPS = {"pandas": pandas_setup, "polars": polars_setup, "duckdb": duckdb_setup}


def profile_baseline(name, folder, runs):
    compute, count, _ = PROFILE_SETUPS[name](folder)
    seconds = []
    for _ in range(runs):
        rows, t = timed(compute)
        seconds.append(t)
    return seconds, {"rows": count(rows)}


FLOAT_COLUMNS = ["value", "previous", "before", "average", "highest", "lowest", "index", "highestIndex",
                 "lowestIndex", "direction", "change"]
LIST_COLUMNS = ["highestHolders", "lowestHolders", "contributors"]


def canonical(records):
    """Each row by (region, indicator, year): floats with NaN and missing as None, lists sorted."""
    import math
    out = {}
    for r in records:
        row = {}
        for c in FLOAT_COLUMNS:
            v = r[c]
            row[c] = None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)
        for c in LIST_COLUMNS:
            v = r[c]
            row[c] = None if v is None or (isinstance(v, float) and math.isnan(v)) else sorted(v)
        n = r["n"]
        row["n"] = None if n is None or (isinstance(n, float) and math.isnan(n)) else int(n)
        row["judgement"] = r["judgement"]
        status = r["status"]
        row["status"] = None if status is None or status != status or status == "" else str(status)
        out[(r["region"], r["indicator"], int(r["year"]))] = row
    return out


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def profile_check(folder):
    """Every engine's table against pandas', row by row and column by column; fails loudly."""
    tables = {}
    for name, setup in PROFILE_SETUPS.items():
        compute, _, table = setup(folder)
        tables[name] = canonical(table(compute()))
    reference = tables["pandas"]
    for name, other in tables.items():
        if other.keys() != reference.keys():
            sys.exit(f"PROFILE CHECK FAILED: {name} has {len(other)} rows, pandas {len(reference)}; "
                     f"first differing key {next(iter(other.keys() ^ reference.keys()))}")
        for key, row in reference.items():
            for column, expected in row.items():
                if not same(expected, other[key][column]):
                    sys.exit(f"PROFILE CHECK FAILED: {name} {key} {column} = {other[key][column]!r}, pandas {expected!r}")
    return [0.0], {"rows": len(reference), "engines": len(tables)}


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
    elif name in PROFILE_SETUPS:
        seconds, info = profile_baseline(name, folder, runs)
    elif name == "profile-check":
        seconds, info = profile_check(folder)
    else:
        sys.exit(f"unknown baseline {name}")
    print(json.dumps({"seconds": seconds, "peakKB": peak_kb(), "info": info}))


if __name__ == "__main__":
    main()
