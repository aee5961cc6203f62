"""The floor for saving: a bare SQLite commit (WAL, synchronous=FULL) of one small row, on the
same disk as the session files. Prints JSON with every commit's duration in milliseconds."""

import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
db = sqlite3.connect(Path(tempfile.mkdtemp()) / "floor.sqlite", isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE t (payload TEXT)")
durations = []
for index in range(count):
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO t VALUES (?)", (f"decision {index}",))
    db.execute("COMMIT")
    durations.append((time.perf_counter() - start) * 1000)
db.close()
print(json.dumps(durations))
