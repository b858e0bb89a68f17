"""Croissant JSON-LD metadata for a corpus: the files, their checksums and every column's type.

Croissant (MLCommons, version 1.0) is the machine-readable description dataset
hubs and loaders read. Each Parquet table is a `FileObject` with its SHA-256, and a
`RecordSet` whose fields follow the table's Arrow schema: list columns are
`repeated` fields, and lists of pairs (a speaker's kinds, cues, co-speakers) are
repeated fields with one sub-field per member. The descriptions are the ones the
Parquet files carry, so the three descriptions (files, card, Croissant) never differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from quotes.schema import SCHEMAS, description

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
PARQUET = "application/x-parquet"

#: The standard JSON-LD context of Croissant 1.0.
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
    "equivalentProperty": "cr:equivalentProperty",
    "samplingRate": "cr:samplingRate",
}


def data_type(kind: pa.DataType) -> str:
    """The Croissant (schema.org) type of an Arrow type's values; lists and categories by their values."""
    if pa.types.is_dictionary(kind) or pa.types.is_list(kind):
        return data_type(kind.value_type)
    if pa.types.is_boolean(kind):
        return "sc:Boolean"
    if pa.types.is_integer(kind):
        return "sc:Integer"
    if pa.types.is_floating(kind):
        return "sc:Float"
    if pa.types.is_date(kind):
        return "sc:Date"
    return "sc:Text"


def _field(table: str, name: str, kind: pa.DataType, text: str) -> dict[str, Any]:
    """One column as a Croissant field; a list of structs becomes a repeated field of sub-fields."""
    field_id = f"{table}/{name}"
    out: dict[str, Any] = {"@type": "cr:Field", "@id": field_id, "name": name, "description": text}
    values = kind.value_type if pa.types.is_list(kind) else kind
    if pa.types.is_list(kind):
        out["repeated"] = True
    if pa.types.is_struct(values):
        out["subField"] = [
            {"@type": "cr:Field", "@id": f"{field_id}/{member.name}", "name": member.name,
             "dataType": data_type(member.type),
             "source": {"fileObject": {"@id": f"{table}.parquet"}, "extract": {"column": name},
                        "transform": {"jsonPath": member.name}}}
            for member in values
        ]
        return out
    out["dataType"] = data_type(kind)
    out["source"] = {"fileObject": {"@id": f"{table}.parquet"}, "extract": {"column": name}}
    return out


def record_set(table: str, rows: int) -> dict[str, Any]:
    """The record set of one table: one field per column, in the table's order."""
    return {
        "@type": "cr:RecordSet",
        "@id": table,
        "name": table,
        "description": f"The {table} table: {rows} rows, one file ({table}.parquet).",
        "field": [_field(table, f.name, f.type, description(f)) for f in SCHEMAS[table]],
    }


def croissant(name: str, description_text: str, license_url: str, language: str,
              files: Mapping[str, tuple[int, str]], rows: Mapping[str, int],
              url: str | None = None, citation: str | None = None, version: str | None = None,
              date_published: str | None = None) -> dict[str, Any]:
    """The Croissant document of a corpus.

    `files` maps each table's file name to (size in bytes, SHA-256); `rows` each table
    to its row count.
    """
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": name,
        "description": description_text,
        "license": license_url,
        "inLanguage": language,
        "keywords": ["quotations", "reported speech", "speaker attribution", "news"],
    }
    if url:
        doc["url"] = url
    if citation:
        doc["citeAs"] = citation
    if version:
        doc["version"] = version
    if date_published:
        doc["datePublished"] = date_published
    doc["distribution"] = [
        {"@type": "cr:FileObject", "@id": file_name, "name": file_name, "contentUrl": file_name,
         "contentSize": f"{size} B", "encodingFormat": PARQUET, "sha256": digest}
        for file_name, (size, digest) in files.items()
    ]
    doc["recordSet"] = [record_set(table, rows[table]) for table in SCHEMAS if f"{table}.parquet" in files]
    return doc
