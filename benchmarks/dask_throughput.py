"""Docs/s of ``dask_support.extract_bag`` on a ``distributed.LocalCluster`` (the ``dask`` extra).

    python3 benchmarks/dask_throughput.py [--corpus DIR] [--workers 2] [--partitions 16]

The workers read the corpus (``read_text`` in about ``--partitions`` blocks), extract on
``--workers`` worker processes (one thread each) and write JSONL parts, as a real cluster
would; docs/s is reported next to the same texts extracted in this process (1 core), so the
ratio is the cluster's speed-up including its scheduling overhead.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "news")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=16)
    args = ap.parse_args()
    if not any(args.corpus.glob("*.jsonl")):  # one line, not a traceback
        sys.exit(f"{Path(__file__).name}: no *.jsonl files in {args.corpus}; pass --corpus DIR")

    import dask.bag as db
    from distributed import Client, LocalCluster

    from hindi_meeting_extract import Pipeline
    from hindi_meeting_extract.dask_support import extract_bag

    docs = []
    for f in sorted(args.corpus.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            docs.extend(json.loads(line) for line in fh)

    pipe = Pipeline()
    t = time.perf_counter()
    for d in docs:
        pipe.extract(d["text"], doc_id=d["id"])
    local = time.perf_counter() - t

    files = [str(f) for f in sorted(args.corpus.glob("*.jsonl"))]
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster), tempfile.TemporaryDirectory(prefix="hme-dask-") as tmp:
        extract_bag(db.from_sequence(docs[:50], npartitions=args.workers)).compute()  # warm the workers' pipelines
        t = time.perf_counter()
        # as on a real cluster: the workers read the input and write the output
        bag = db.read_text(files, blocksize=max(1, sum(os.path.getsize(f) for f in files) // args.partitions))
        records = extract_bag(bag.map(json.loads))
        records.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(f"{tmp}/*.jsonl")
        dist = time.perf_counter() - t
        written = sum(1 for f in Path(tmp).glob("*.jsonl") for _ in f.open(encoding="utf-8"))
    assert written == len(docs), written
    print(f"{len(docs)} docs; in process: {len(docs) / local:.0f} docs/s; LocalCluster({args.workers} processes): "
          f"{len(docs) / dist:.0f} docs/s; speed-up {local / dist:.2f}x; load {os.getloadavg()}")


if __name__ == "__main__":
    main()
