"""The dataset card: a README.md with the YAML header dataset hubs read, and figures from the tables.

Every number in the card is computed here from the loaded tables, never typed in,
so the card cannot drift from the data it describes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from quotes.export import Corpus
from quotes.schema import SCHEMAS, columns_markdown

#: Hugging Face's size categories: (upper bound on rows, label); the last has no bound.
SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"))
TAGS = ("quotations", "reported-speech", "speaker-attribution", "news")
#: How many speakers the card lists.
TOP_SPEAKERS = 10


@dataclass(frozen=True)
class CardInfo:
    """What the person publishing says about the dataset; everything else comes from the tables."""

    name: str
    description: str
    license: str  # a dataset hub's licence id, e.g. cc-by-4.0
    language: str = "en"
    url: str | None = None
    citation: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)  # the Parquet key-value metadata


def size_category(rows: int) -> str:
    """The hub's size category for a table of `rows` rows."""
    return next((label for bound, label in SIZE_CATEGORIES if rows < bound), "n>1B")


@dataclass(frozen=True)
class Figures:
    """The counts the card states, each computed from the tables."""

    documents: int
    quotes: int  # top-level quotes
    nested: int
    attributed: int  # top-level quotes with a speaker
    speakers: int
    named_speakers: int
    sources: int
    non_speech: int
    first_date: str | None
    last_date: str | None
    kinds: dict[str, int]
    top_speakers: list[tuple[str, int, int]]  # (speaker, quotes, documents)


def figures(corpus: Corpus) -> Figures:
    """The card's counts."""
    quotes, speakers = corpus.quotes, corpus.speakers
    top = quotes[quotes["parent_id"].isna()]
    dates = top["date"].dropna()
    kinds = top["kind"].astype(str).value_counts()
    best = speakers.head(TOP_SPEAKERS)
    return Figures(
        documents=len(corpus.documents),
        quotes=len(top),
        nested=len(quotes) - len(top),
        attributed=int(top["speaker"].notna().sum()),
        speakers=len(speakers),
        named_speakers=int(speakers["named"].eq(True).sum()),
        sources=int(corpus.documents["source"].nunique()),
        non_speech=len(corpus.non_speech),
        first_date=min(dates).isoformat() if len(dates) else None,
        last_date=max(dates).isoformat() if len(dates) else None,
        kinds={str(k): int(n) for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], str(kv[0])))},
        top_speakers=[(str(r.speaker), int(r.quotes), int(r.documents)) for r in best.itertuples()],
    )


def _yaml_header(info: CardInfo, rows: dict[str, int]) -> str:
    """The YAML front matter; strings are written as JSON strings, which YAML reads unchanged.

    A table without rows gets no config: `datasets` cannot load an empty split, and a hub
    would show the whole dataset as broken for it.
    """
    lines = ["---", f"pretty_name: {json.dumps(info.name, ensure_ascii=False)}", f"license: {info.license}",
             "language:", f"- {info.language}", "size_categories:", f"- {size_category(rows['quotes'])}", "tags:"]
    lines += [f"- {tag}" for tag in TAGS]
    lines.append("configs:")
    for table in (t for t in SCHEMAS if rows[t]):
        lines += [f"- config_name: {table}", "  data_files:", "  - split: train", f"    path: {table}.parquet"]
        if table == "quotes":
            lines.append("  default: true")
    return "\n".join([*lines, "---"]) + "\n"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _figures_section(f: Figures) -> str:
    span = f"{f.first_date} to {f.last_date}" if f.first_date else "no dated quote"
    lines = [
        "## The corpus in figures", "",
        "| | count |", "|---|---:|",
        f"| documents | {f.documents} |",
        f"| sources | {f.sources} |",
        f"| quotes (top-level) | {f.quotes} |",
        f"| quotes with a speaker | {f.attributed} ({_percent(f.attributed, f.quotes)}) |",
        f"| nested quotes (cited inside a quote) | {f.nested} |",
        f"| speakers | {f.speakers} |",
        f"| named speakers | {f.named_speakers} |",
        f"| quoted words set aside as not speech | {f.non_speech} |",
        "", f"Quotes are dated {span}.", "",
        "| kind | quotes |", "|---|---:|",
        *(f"| {kind} | {n} |" for kind, n in f.kinds.items()),
    ]
    if f.top_speakers:
        lines += ["", "Most quoted speakers:", "", "| speaker | quotes | documents |", "|---|---:|---:|",
                  *(f"| {s} | {q} | {d} |" for s, q, d in f.top_speakers)]
    return "\n".join(lines) + "\n"


def _loading_section() -> str:
    return """## Loading

```python
quotes = pd.read_parquet("quotes.parquet")            # one row per quote
speakers = pd.read_parquet("speakers.parquet")        # one row per speaker
per_speaker = quotes.explode(["speakers", "speaker_ids"])  # one row per quote and speaker

from datasets import load_dataset
quotes = load_dataset("parquet", data_files="quotes.parquet")["train"]
```

Offsets (`start`, `end`) index the source article's text as read; `doc_id`
joins quotes to documents, and the exploded `speaker_ids` join them to speakers.
"""


def _provenance_section(info: CardInfo) -> str:
    meta = info.provenance
    inputs = json.loads(meta.get("input_sha256", "{}") or "{}")
    options = {k: v for k, v in sorted(meta.items())
               if k not in {"input_sha256", "schema_version", "version", "annotator"}}
    lines = ["## How it was made", "",
             "Quotes, speakers and occasions were found and attributed automatically (annotator:",
             f"{meta.get('annotator', 'unknown')}); they hold errors. The tables carry each attribution's rule",
             "(`method`) and `confidence`.", "",
             f"- schema version: {meta.get('schema_version', 'unknown')}",
             f"- tool version: {meta.get('version', 'unknown')}",
             *(f"- {key}: {value}" for key, value in options.items()),
             f"- input files: {len(inputs)}, each with its SHA-256 in the `quotes.input_sha256` metadata "
             "of every Parquet file"]
    return "\n".join(lines) + "\n"


def _columns_section() -> str:
    parts = ["## Columns", ""]
    for table in SCHEMAS:
        parts += [f"### {table}.parquet", "", columns_markdown(table)]
    return "\n".join(parts)


def _licence_section(info: CardInfo) -> str:
    lines = ["## Licence", "", f"The tables are published under `{info.license}`. The quoted words are the",
             "speakers' and the source articles'; reusing them is subject to the articles' own terms.", ""]
    if info.citation:
        lines += ["## Citation", "", "```bibtex", info.citation, "```", ""]
    lines += ["## Checksums", "", "`SHA256SUMS` holds the SHA-256 of every file here (`sha256sum -c SHA256SUMS`);",
              "`croissant.json` describes the files and their columns in Croissant 1.0."]
    return "\n".join(lines) + "\n"


def dataset_card(info: CardInfo, corpus: Corpus) -> str:
    """The README.md of the published corpus."""
    rows = {table: len(getattr(corpus, table)) for table in SCHEMAS}
    parts = [_yaml_header(info, rows), f"# {info.name}\n", info.description.strip() + "\n"]
    if info.url:
        parts.append(f"Home: <{info.url}>\n")
    parts += [_figures_section(figures(corpus)), _loading_section(), _columns_section(),
              _provenance_section(info), _licence_section(info)]
    return "\n".join(parts)
