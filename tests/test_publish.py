"""Publishing a corpus: the dataset card, Croissant metadata and checksums, by the API and the CLI."""

import hashlib
import json
import re
import shutil

import mlcroissant as mlc
import pandas as pd
import pytest
import yaml
from typer.testing import CliRunner

from quotes import build, load, publish
from quotes.cli import app
from quotes.export import TABLES, write_corpus
from quotes.model import Document, Quote
from quotes.publish import PublishError
from tests.invented import build_invented, write_articles

runner = CliRunner()
# mlcroissant's own use of rdflib and pandas is not ours to fix.
pytestmark = [pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated"),
              pytest.mark.filterwarnings("ignore:The inplace keyword")]
ABOUT = dict(name="Pellmar harbour quotes", license="cc-by-4.0",
             description="Quotes from invented articles about a harbour town.", date="2024-04-01")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = build_invented(tmp_path_factory.mktemp("published"))
    publish(out, url="https://example.org/pellmar", **ABOUT)
    return out


def _front_matter(card: str) -> dict:
    match = re.match(r"---\n(.*?)\n---\n", card, re.DOTALL)
    assert match, "the card opens with a YAML header"
    return yaml.safe_load(match.group(1))


def _card_count(card: str, label: str) -> int:
    match = re.search(rf"^\| {re.escape(label)} \| (\d+)", card, re.MULTILINE)
    assert match, label
    return int(match.group(1))


def test_card_header_is_what_dataset_hubs_read(published):
    header = _front_matter((published / "README.md").read_text(encoding="utf-8"))
    assert header["license"] == "cc-by-4.0" and header["language"] == ["en"]
    assert header["pretty_name"] == "Pellmar harbour quotes"
    assert header["size_categories"] == ["n<1K"]
    configs = {c["config_name"]: c for c in header["configs"]}
    assert set(configs) == {"quotes", "speakers", "documents", "non_speech"}
    assert configs["quotes"].get("default") is True
    for name, config in configs.items():
        (split,) = config["data_files"]
        assert split["split"] == "train" and (published / split["path"]).is_file(), name


def test_card_counts_are_the_tables(published):
    card = (published / "README.md").read_text(encoding="utf-8")
    quotes, speakers, documents = load(published)
    top = quotes[quotes.parent_id.isna()]
    assert _card_count(card, "documents") == len(documents) == 3
    assert _card_count(card, "sources") == documents.source.nunique() == 2
    assert _card_count(card, "quotes (top-level)") == len(top)
    assert _card_count(card, "quotes with a speaker") == top.speaker.notna().sum()
    assert _card_count(card, "speakers") == len(speakers)
    for kind, n in top.kind.astype(str).value_counts().items():
        assert _card_count(card, kind) == n
    first, last = min(top.date.dropna()), max(top.date.dropna())
    assert f"Quotes are dated {first.isoformat()} to {last.isoformat()}." in card
    best = speakers.iloc[0]
    assert f"| {best.speaker} | {best.quotes} | {best.documents} |" in card
    assert "input files: 2" in card and "Home: <https://example.org/pellmar>" in card


def test_croissant_validates_and_reads_every_table(published):
    dataset = mlc.Dataset(jsonld=published / "croissant.json")
    issues = dataset.metadata.ctx.issues
    assert not issues.errors and not issues.warnings
    corpus = load(published)
    tables = {name: getattr(corpus, name) for name in ("quotes", "speakers", "documents", "non_speech")}
    for name, frame in tables.items():
        records = list(dataset.records(name))
        assert len(records) == len(frame), name
        if records:
            assert {key.split("/", 1)[1] for key in records[0]} == set(frame.columns), name
    speaker = next(iter(dataset.records("speakers")))
    assert isinstance(speaker["speakers/kinds"], list) and "speakers/kinds/kind" in speaker["speakers/kinds"][0]


def test_croissant_checksums_and_licence(published):
    metadata = json.loads((published / "croissant.json").read_text(encoding="utf-8"))
    assert metadata["license"] == "https://spdx.org/licenses/CC-BY-4.0.html"
    assert metadata["datePublished"] == "2024-04-01" and metadata["url"] == "https://example.org/pellmar"
    for item in metadata["distribution"]:
        data = (published / item["contentUrl"]).read_bytes()
        assert item["sha256"] == hashlib.sha256(data).hexdigest()
        assert item["contentSize"] == f"{len(data)} B"


def test_checksums_file_covers_every_other_file(published):
    lines = (published / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    assert set(listed) == {p.name for p in published.iterdir()} - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256((published / name).read_bytes()).hexdigest() == digest, name


def test_publishing_twice_gives_the_same_bytes(published, tmp_path):
    again = tmp_path / "again"
    shutil.copytree(published, again)
    publish(again, url="https://example.org/pellmar", **ABOUT)
    for name in ("README.md", "croissant.json", "SHA256SUMS"):
        assert (again / name).read_bytes() == (published / name).read_bytes(), name


def test_cli_publishes_and_a_rebuild_removes_the_stale_card(tmp_path):
    articles = write_articles(tmp_path / "articles")
    out = tmp_path / "corpus"
    assert runner.invoke(app, ["build", str(articles), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["publish", str(out), "--name", "Harbour", "--license", "CC0-1.0",
                                 "--description", "Invented harbour quotes.", "--date", "2024-04-02",
                                 "--citation", "@misc{harbour, title={Harbour}}"])
    assert result.exit_code == 0, result.output
    card = (out / "README.md").read_text(encoding="utf-8")
    assert _front_matter(card)["license"] == "cc0-1.0" and "@misc{harbour, title={Harbour}}" in card
    build([articles], out)  # a rebuild replaces the folder, published files and all
    assert sorted(p.name for p in out.iterdir()) == sorted([*TABLES, "corpus.json"])


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--license", "all-rights-mine", "unknown licence 'all-rights-mine'"),
    ("--description", "   ", "needs a description"),
    ("--name", "", "needs a name"),
    ("--language", "English", "not a language code"),
    ("--date", "1st of April", "not a yyyy-mm-dd date"),
    ("--dataset-version", "v2", "not MAJOR.MINOR.PATCH"),
])
def test_bad_options_are_one_line_errors(published, option, value, message):
    args = {"--name": "Harbour", "--license": "mit", "--description": "Quotes.", option: value}
    result = runner.invoke(app, ["publish", str(published), *[x for kv in args.items() for x in kv]])
    assert result.exit_code == 1 and message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_an_empty_table_gets_no_config_and_an_empty_corpus_is_refused(tmp_path):
    doc = Document("pier", '"The pier is safe," said Lena Stroud.')
    doc.quotes = [Quote("pier", 1, 18, "The pier is safe,", speaker="Lena Stroud", speaker_id="s_stroud")]
    write_corpus([doc], tmp_path / "small")
    publish(tmp_path / "small", **ABOUT)
    header = _front_matter((tmp_path / "small" / "README.md").read_text(encoding="utf-8"))
    assert [c["config_name"] for c in header["configs"]] == ["quotes", "speakers", "documents"]
    assert (tmp_path / "small" / "non_speech.parquet").is_file()
    write_corpus([Document("calm", "Nothing was said.")], tmp_path / "silent")
    with pytest.raises(PublishError, match="no quotes to publish"):
        publish(tmp_path / "silent", **ABOUT)


def test_publishing_what_is_not_a_corpus_fails_cleanly(tmp_path):
    result = runner.invoke(app, ["publish", str(tmp_path / "nothing"), "--name", "N", "--license", "mit",
                                 "--description", "D"])
    assert result.exit_code == 1 and "no such corpus folder" in result.output
    with pytest.raises(PublishError, match="unknown licence"):
        publish(tmp_path, name="N", license="proprietary", description="D")


def test_published_tables_are_untouched(published, tmp_path):
    before = {name: hashlib.sha256((published / name).read_bytes()).hexdigest() for name in TABLES}
    copy = tmp_path / "copy"
    shutil.copytree(published, copy)
    publish(copy, name="Other name", license="odbl", description="Same tables, another card.", date="2024-05-01")
    assert {name: hashlib.sha256((copy / name).read_bytes()).hexdigest() for name in TABLES} == before
    pd.testing.assert_frame_equal(load(copy).speakers, load(published).speakers)
