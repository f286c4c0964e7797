import os
# Checks PeerFinder's real-data test by hand: Bærum's nearest ASSS neighbours,
# 1 January 2024, on total population and age shares, z-scores with population SD.
import csv, numpy as np
rows = [r for r in csv.DictReader(open(os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'ssb07459_population_agegroups_asss_2005_2024.csv'), encoding='utf-8'))
        if r['year_1jan'] == '2024']
codes = [r['region_code'] for r in rows]
tot = np.array([float(r['pop_total']) for r in rows])
X = np.column_stack([tot] + [np.array([float(r[c]) for r in rows]) / tot
                     for c in ('pop_0_17', 'pop_18_24', 'pop_25_66', 'pop_67_plus')])
Z = (X - X.mean(axis=0)) / X.std(axis=0)        # population SD (ddof=0)
t = codes.index('3201')
d = np.sqrt(((Z - Z[t]) ** 2).sum(axis=1))
far = d.max()
for i in np.argsort(d):
    if i == t: continue
    print(f"{codes[i]} {rows[i]['region_name']:<13} raw={d[i]:.6f} rebased={d[i]/far:.6f}")
print("means", X.mean(axis=0)); print("sds", X.std(axis=0)); print("target z", Z[t])
