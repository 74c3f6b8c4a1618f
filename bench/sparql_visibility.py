#!/usr/bin/env python3
"""Cost of hiding other departments' drafts from /sparql (the draft-filtered view) against the
unfiltered TDB2 union graph an admin queries, in the same process on the same data.
Usage: bench/sparql_visibility.py [entries]   (build first: mvn -B -DskipTests package)
Starts the packaged hub on a fresh data directory with the demo, registers `entries` hz-gaj
entries of 10 data items (every tenth a draft), then times three queries 12 times each
(first two dropped) as admin and as hz-mzj."""
import json, os, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
PORT = 18182
BASE = f"http://localhost:{PORT}"
ADMIN = "bench-admin-key-0123456789"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
data = tempfile.mkdtemp()
env = dict(os.environ, GOVEX_DATA_DIR=data, GOVEX_ADMIN_API_KEY=ADMIN, GOVEX_DEMO_KEYS_FIXED_PREFIX="test-key-",
           QUARKUS_HTTP_PORT=str(PORT))
hub = subprocess.Popen(["java", "-jar", os.path.join(root, "exchange-core/target/quarkus-app/quarkus-run.jar"), "--demo"],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    while True:
        try:
            urllib.request.urlopen(BASE + "/q/health/ready").read()
            break
        except Exception:
            time.sleep(0.2)
    districts = ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区"]
    t = time.time()
    for i in range(N):
        d = districts[i % 10]
        body = {"titleZh": f"{d}流动人口居住登记信息第{i}批", "summary": f"{d}流动人口居住登记信息，含公民身份号码和居住地址。",
                "keywords": ["流动人口", d], "providerCode": "hz-gaj", "category": "301001", "baseDatabase": "none",
                "format": "JSON", "shareType": "UNCONDITIONAL", "openType": "NOT_OPEN", "updateCycle": "DAILY",
                "status": "PUBLISHED" if i % 10 else "DRAFT",
                "dataItems": [{"name": f"item{j}", "nameZh": f"信息项{j}", "type": "string", "length": 50,
                               "required": False, "sensitivity": 2} for j in range(10)]}
        urllib.request.urlopen(urllib.request.Request(BASE + "/api/v1/catalog/resources", data=json.dumps(body).encode(),
                headers={"Authorization": "Bearer test-key-hz-gaj", "Content-Type": "application/json"})).read()
    print(f"registered {N} entries in {time.time() - t:.1f} s")
    p = "PREFIX dct: <http://purl.org/dc/terms/> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
    queries = {"title scan (CONTAINS 西湖区)": p + 'SELECT ?s ?t WHERE { ?s dct:title ?t FILTER(CONTAINS(STR(?t), "西湖区")) }',
               "count datasets": p + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dcat:Dataset }",
               "lookup by identifier": p + 'SELECT ?t WHERE { ?s dct:identifier "101001-000001" ; dct:title ?t }'}
    keys = {"admin (TDB2 union graph, baseline)": ADMIN, "hz-mzj (draft-filtered view)": "test-key-hz-mzj"}
    for qn, q in queries.items():
        medians = []
        for kn, k in keys.items():
            times = []
            for _ in range(12):
                r = urllib.request.Request(BASE + "/sparql?" + urllib.parse.urlencode({"query": q}),
                                           headers={"Authorization": "Bearer " + k, "Accept": "application/sparql-results+json"})
                t0 = time.perf_counter()
                urllib.request.urlopen(r).read()
                times.append((time.perf_counter() - t0) * 1000)
            medians.append(statistics.median(times[2:]))
            print(f"{qn:28s} {kn:36s} median {medians[-1]:7.1f} ms")
        print(f"{qn:28s} ratio filtered/baseline {medians[1] / medians[0]:.1f}x")
finally:
    hub.terminate()
    hub.wait()
