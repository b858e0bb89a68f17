"""The Arrow schemas of the corpus tables, each column with its description.

Schemas are explicit so that a column keeps its type even when a build finds no
value for it, and so that every reader (pandas, polars, duckdb, Hugging Face
`datasets`, Croissant) sees the same types: dates are `date32`, columns with a
small set of repeated values (quote kinds, rules, events, cues, sources) are
dictionary-encoded and load as pandas categories, and a quote of several speakers
has list columns. Each field carries its description (from `data/columns.csv`) as
field metadata, so a Parquet file documents itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from quotes import lexicon

#: Bumped whenever a column is added, removed, renamed or changes type.
SCHEMA_VERSION = "4"
#: Key prefix of the key-value metadata the tool writes into every Parquet file.
METADATA_PREFIX = "quotes."

#: A closed set of a few values (kinds, rules, reasons).
SMALL_CATEGORY = pa.dictionary(pa.int8(), pa.string())
#: An open set whose values repeat (cue verbs, sources, events): room for many distinct values.
CATEGORY = pa.dictionary(pa.int32(), pa.string())


def _counts(name: str) -> pa.DataType:
    """A list of (value, count) pairs, most frequent first."""
    return pa.list_(pa.struct([(name, pa.string()), ("count", pa.int64())]))


def _described(table: str, fields: list[tuple[str, pa.DataType]]) -> pa.Schema:
    """The schema with each field's description attached; a column without one gets an empty
    description, which a test catches, rather than failing every build."""
    descriptions = lexicon.column_descriptions()
    return pa.schema([pa.field(name, kind, metadata={"description": descriptions.get((table, name), "")})
                      for name, kind in fields])


QUOTES_SCHEMA = _described("quotes", [
    ("quote_id", pa.string()),
    ("doc_id", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("text", pa.string()),
    ("kind", SMALL_CATEGORY),
    ("speaker", pa.string()),
    ("speaker_id", pa.string()),
    ("speakers", pa.list_(pa.string())),
    ("speaker_ids", pa.list_(pa.string())),
    ("speaker_named", pa.bool_()),
    ("speaker_mention", pa.string()),
    ("cue", CATEGORY),
    ("method", SMALL_CATEGORY),
    ("confidence", pa.float64()),
    ("date", pa.date32()),
    ("place", pa.string()),
    ("event", CATEGORY),
    ("participants", pa.list_(pa.string())),
    ("addressees", pa.list_(pa.string())),
    ("vocatives", pa.list_(pa.string())),
    ("unclosed", pa.bool_()),
    ("parent_id", pa.string()),
])

#: The old name of the kinds column's type, kept for code that imported it.
KIND_COUNTS = _counts("kind")

SPEAKERS_SCHEMA = _described("speakers", [
    ("speaker_id", pa.string()),
    ("speaker", pa.string()),
    ("named", pa.bool_()),
    ("quotes", pa.int64()),
    ("words", pa.int64()),
    ("documents", pa.int64()),
    ("occasions", pa.int64()),
    ("first_date", pa.date32()),
    ("last_date", pa.date32()),
    ("mean_words", pa.float64()),
    ("median_words", pa.float64()),
    ("kinds", KIND_COUNTS),
    ("cues", _counts("cue")),
    ("roles", pa.list_(pa.string())),
    ("addressees", _counts("addressee")),
    ("co_speakers", pa.list_(pa.struct([("speaker_id", pa.string()), ("speaker", pa.string()),
                                        ("occasions", pa.int64())]))),
    ("distinctive_words", pa.list_(pa.struct([("word", pa.string()), ("count", pa.int64()),
                                              ("z", pa.float64())]))),
    ("role", pa.string()),
    ("wikidata_id", pa.string()),
])

DOCUMENTS_SCHEMA = _described("documents", [
    ("doc_id", pa.string()),
    ("title", pa.string()),
    ("date", pa.date32()),
    ("source", CATEGORY),
    ("place", pa.string()),
    ("url", pa.string()),
    ("path", pa.string()),
    ("encoding", SMALL_CATEGORY),
    ("chars", pa.int64()),
    ("quotes", pa.int64()),
    ("warnings", pa.list_(pa.string())),
    ("text", pa.string()),
])

NON_SPEECH_SCHEMA = _described("non_speech", [
    ("doc_id", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("text", pa.string()),
    ("reason", SMALL_CATEGORY),
])

#: Every table of a corpus by name; its file is `<name>.parquet`.
SCHEMAS: Mapping[str, pa.Schema] = {
    "quotes": QUOTES_SCHEMA,
    "speakers": SPEAKERS_SCHEMA,
    "documents": DOCUMENTS_SCHEMA,
    "non_speech": NON_SPEECH_SCHEMA,
}


def type_name(kind: pa.DataType) -> str:
    """A column type as the docs write it: `category<string>` rather than Arrow's dictionary spelling."""
    if pa.types.is_dictionary(kind):
        return f"category<{type_name(kind.value_type)}>"
    if pa.types.is_list(kind):
        return f"list<{type_name(kind.value_type)}>"
    if pa.types.is_struct(kind):
        return "struct<" + ", ".join(f"{f.name}: {type_name(f.type)}" for f in kind) + ">"
    return {"large_string": "string", "date32[day]": "date32", "double": "float64"}.get(str(kind), str(kind))


def description(field: pa.Field) -> str:
    """The description a field of these schemas carries."""
    return (field.metadata or {}).get(b"description", b"").decode("utf-8")


def columns_markdown(table: str) -> str:
    """The column table of `docs/schema.md` for one table: name, type and meaning."""
    rows = [f"| {f.name} | `{type_name(f.type)}` | {description(f)} |" for f in SCHEMAS[table]]
    return "\n".join(["| column | type | meaning |", "|---|---|---|", *rows]) + "\n"


def read_metadata(path: str | Path) -> dict[str, str]:
    """The tool's key-value metadata of one Parquet file (keys without the `quotes.` prefix)."""
    meta = pq.read_schema(path).metadata or {}
    prefix = METADATA_PREFIX.encode()
    return {k[len(prefix):].decode(): v.decode("utf-8") for k, v in meta.items() if k.startswith(prefix)}
