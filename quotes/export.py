"""The corpus on disk: three typed Parquet tables that load with `pandas.read_parquet`.

Schemas are explicit, so that a column keeps its type even when a build finds no
value for it. Files carry no timestamps or absolute paths: the same input and
options give byte-identical tables. A corpus is written into a fresh folder
beside the target and then swapped in, so a failed build never leaves half a
corpus behind.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from quotes.model import Document, Quote

SCHEMA_VERSION = "1"
FILES = ("quotes.parquet", "speakers.parquet", "documents.parquet", "corpus.json")

QUOTES_SCHEMA = pa.schema(
    [
        ("quote_id", pa.string()),
        ("doc_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("kind", pa.dictionary(pa.int8(), pa.string())),
        ("speaker", pa.string()),
        ("speaker_id", pa.string()),
        ("speaker_named", pa.bool_()),
        ("speaker_mention", pa.string()),
        ("cue", pa.string()),
        ("method", pa.dictionary(pa.int8(), pa.string())),
        ("confidence", pa.float64()),
        ("date", pa.date32()),
        ("place", pa.string()),
        ("event", pa.string()),
        ("unclosed", pa.bool_()),
        ("parent_id", pa.string()),
    ]
)
SPEAKERS_SCHEMA = pa.schema(
    [
        ("speaker_id", pa.string()),
        ("speaker", pa.string()),
        ("named", pa.bool_()),
        ("quotes", pa.int64()),
        ("words", pa.int64()),
        ("documents", pa.int64()),
        ("first_date", pa.date32()),
        ("last_date", pa.date32()),
        ("mean_words", pa.float64()),
        ("median_words", pa.float64()),
        ("kinds", pa.list_(pa.struct([("kind", pa.string()), ("count", pa.int64())]))),
    ]
)
DOCUMENTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("title", pa.string()),
        ("date", pa.date32()),
        ("source", pa.string()),
        ("place", pa.string()),
        ("url", pa.string()),
        ("path", pa.string()),
        ("encoding", pa.string()),
        ("chars", pa.int64()),
        ("quotes", pa.int64()),
        ("warnings", pa.list_(pa.string())),
    ]
)


class ExportError(Exception):
    """The corpus cannot be written or read; the message is one line."""


@dataclass
class Corpus:
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    documents: pd.DataFrame


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _quote_row(quote: Quote, doc: Document) -> dict:
    occasion = quote.occasion
    return {
        "quote_id": quote.quote_id,
        "doc_id": quote.doc_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_id": quote.speaker_id,
        "speaker_named": quote.speaker_named if quote.speaker else None,
        "speaker_mention": quote.speaker_mention,
        "cue": quote.cue,
        "method": quote.method,
        "confidence": float(quote.confidence),
        "date": _date(occasion.date or doc.date),
        "place": occasion.place or doc.place,
        "event": occasion.event,
        "unclosed": quote.unclosed,
        "parent_id": quote.parent_id,
    }


def _speaker_rows(rows: list[dict]) -> list[dict]:
    by_id: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["speaker_id"] and row["parent_id"] is None:
            by_id[row["speaker_id"]].append(row)
    out = []
    for sid, said in by_id.items():
        lengths = [len(r["text"].split()) for r in said]
        dates = [r["date"] for r in said if r["date"] is not None]
        kinds = Counter(r["kind"] for r in said)
        out.append(
            {
                "speaker_id": sid,
                "speaker": said[0]["speaker"],
                "named": said[0]["speaker_named"],
                "quotes": len(said),
                "words": sum(lengths),
                "documents": len({r["doc_id"] for r in said}),
                "first_date": min(dates, default=None),
                "last_date": max(dates, default=None),
                "mean_words": statistics.fmean(lengths),
                "median_words": float(statistics.median(lengths)),
                "kinds": [{"kind": k, "count": c} for k, c in sorted(kinds.items())],
            }
        )
    return sorted(out, key=lambda r: (-r["quotes"], r["speaker"]))


def _document_row(doc: Document) -> dict:
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "date": _date(doc.date),
        "source": doc.source,
        "place": doc.place,
        "url": doc.url,
        "path": doc.path,
        "encoding": doc.encoding,
        "chars": len(doc.text),
        "quotes": len(doc.top_level_quotes()),
        "warnings": list(doc.warnings),
    }


def _write(rows: list[dict], schema: pa.Schema, path: Path, metadata: dict[str, str]) -> None:
    table = pa.Table.from_pylist(rows, schema=schema)
    table = table.replace_schema_metadata({**(schema.metadata or {}), **metadata})
    pq.write_table(table, path, compression="zstd", row_group_size=100_000)


def _check_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder")
    if out.is_dir():
        strangers = sorted(p.name for p in out.iterdir() if p.name not in FILES)
        if strangers:
            raise ExportError(
                f"{out}: holds files that are not a corpus ({', '.join(strangers[:3])}); "
                "choose an empty or corpus folder"
            )


def write_corpus(documents: Iterable[Document], out_dir: str | Path, build_info: dict[str, str] | None = None) -> Path:
    """Write the three tables for `documents` into `out_dir`; returns the folder."""
    out = Path(out_dir)
    _check_target(out)
    docs = sorted(documents, key=lambda d: d.doc_id)
    quote_rows = [_quote_row(q, d) for d in docs for q in sorted(d.quotes, key=lambda q: (q.start, q.end))]
    from quotes import __version__

    metadata = {
        "quotes.schema_version": SCHEMA_VERSION,
        "quotes.version": __version__,
        **{f"quotes.{k}": str(v) for k, v in sorted((build_info or {}).items())},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        _write(quote_rows, QUOTES_SCHEMA, staging / "quotes.parquet", metadata)
        _write(_speaker_rows(quote_rows), SPEAKERS_SCHEMA, staging / "speakers.parquet", metadata)
        _write([_document_row(d) for d in docs], DOCUMENTS_SCHEMA, staging / "documents.parquet", metadata)
        summary = {"documents": len(docs), "quotes": len(quote_rows), **metadata}
        (staging / "corpus.json").write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n")
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            out.rename(old)
            staging.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def load(out_dir: str | Path) -> Corpus:
    """The three tables of a corpus folder as pandas DataFrames."""
    out = Path(out_dir)
    missing = [name for name in FILES[:3] if not (out / name).is_file()]
    if missing:
        raise ExportError(f"{out}: not a corpus folder (missing {', '.join(missing)})")
    return Corpus(*(pd.read_parquet(out / name) for name in FILES[:3]))
