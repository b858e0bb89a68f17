"""Invented articles from a harbour town, built into a corpus for the report tests.

Three speakers quoted over several months (so the chart has lines), a quote of two
speakers, a quote nobody is credited with, a quote inside a quote, and one article
whose title, text, source, address and speaker try to inject markup and script.
"""

from __future__ import annotations

from pathlib import Path

from quotes.export import write_corpus
from quotes.model import Document, Mention, Occasion, Quote

HOSTILE_TITLE = 'Storm & "surge" <b>warning</b>'
INJECTED = "<script>alert(1)</script>"
HOSTILE_QUOTE = f'{INJECTED} & "more" <img src=x onerror="document.body.setAttribute(\'data-owned\',\'img\')">'
HOSTILE_SPEAKER = 'Ola <i>"Boss"</i> & Berg'
MARKUP_IN_TEXT = "<script>document.title='owned';document.body.setAttribute('data-owned','script')</script>"


def said(doc: Document, words: str, speaker: str | None, sid: str | None, *, kind: str = "direct",
         cue: str | None = "said", method: str | None = "cue_after", confidence: float = 0.9,
         date: str | None = None, place: str | None = None, event: str | None = None,
         speakers: tuple[str, ...] = (), speaker_ids: tuple[str, ...] = (), parent_id: str | None = None) -> Quote:
    """A quote of `words`, which must occur once in the document's text."""
    start = doc.text.index(words)
    mention = Mention(0, len(speaker), speaker) if speaker else None
    return Quote(doc.doc_id, start, start + len(words), words, kind=kind, speaker=speaker, speaker_id=sid,
                 mention=mention, cue=cue if speaker else None, method=method if speaker else None,
                 confidence=confidence if speaker else 0.0,
                 occasion=Occasion(date=date or doc.date, place=place or doc.place, event=event),
                 speakers=list(speakers), speaker_ids=list(speaker_ids), parent_id=parent_id)


def _january() -> Document:
    doc = Document("n1-ferries", 'Port director Mara Olsen spoke at the harbour office.\n\n'
                   '"The ferries will run every hour from March," Olsen said. "We have hired forty more people '
                   'for the night shift and the new crane is on its way," she added.\n\n'
                   'Pilot Anders Holm was less sure. "Fog again, and the channel is still too shallow," Holm said.',
                   title="Ferries every hour from March", date="2024-01-10", source="Harbour Gazette",
                   place="Skarvik")
    doc.quotes = [
        said(doc, "The ferries will run every hour from March,", "Mara Olsen", "s_olsen", event="press conference"),
        said(doc, "We have hired forty more people for the night shift and the new crane is on its way,",
             "Mara Olsen", "s_olsen", cue="added", confidence=0.85, event="press conference"),
        said(doc, "Fog again, and the channel is still too shallow,", "Anders Holm", "s_holm", confidence=0.95),
    ]
    return doc


def _february() -> Document:
    doc = Document("n2-crane", 'The new crane arrived on Saturday.\n\n'
                   '"They told me \'never\' and here it is," Mara Olsen told reporters at the quay. '
                   '"It lifts twice what the old one did and it is quieter at night," Olsen said.\n\n'
                   'Minister Ruth Olsenberg: "The state pays for half of the crane and all of the dredging."\n\n'
                   'Locals called it "about time".',
                   title="The crane has arrived", date="2024-02-03", source="Harbour Gazette", place="Skarvik")
    outer = said(doc, "They told me 'never' and here it is,", "Mara Olsen", "s_olsen", cue="told",
                 event="press conference")
    doc.quotes = [
        outer,
        said(doc, "never", "Mara Olsen", "s_olsen", kind="nested", cue=None, method="nested", confidence=0.45,
             parent_id=outer.quote_id),
        said(doc, "It lifts twice what the old one did and it is quieter at night,", "Mara Olsen", "s_olsen"),
        said(doc, "The state pays for half of the crane and all of the dredging.", "Ruth Olsenberg", "s_berg",
             kind="colon", cue=None, method="introducer", confidence=0.95, place="Nordhavn"),
        said(doc, "about time", None, None, kind="partial"),
    ]
    return doc


def _march() -> Document:
    doc = Document("n3-dredging", 'Dredging of the channel began in March.\n\n'
                   'Holm and Olsen agreed at the meeting. "The channel will be nine metres deep by summer," '
                   'the two said.\n\n"I will believe it when I see it," Holm said. '
                   '"We have waited for this since my father was a pilot," he said.\n\n'
                   '"Every ship that comes in is a job for this town," Olsen said.',
                   title="Dredging begins", date="2024-03-15", source="Coast Radio", place="Skarvik")
    doc.quotes = [
        said(doc, "The channel will be nine metres deep by summer,", "Anders Holm and Mara Olsen", None,
             cue="said", method="cue_after", confidence=0.7, speakers=("Anders Holm", "Mara Olsen"),
             speaker_ids=("s_holm", "s_olsen"), event="meeting"),
        said(doc, "I will believe it when I see it,", "Anders Holm", "s_holm"),
        said(doc, "We have waited for this since my father was a pilot,", "Anders Holm", "s_holm",
             method="pronoun", confidence=0.8),
        said(doc, "Every ship that comes in is a job for this town,", "Mara Olsen", "s_olsen"),
    ]
    return doc


def _may_storm() -> Document:
    """The hostile article: every field holds markup that must be shown, never run."""
    doc = Document("n4-storm", f'{HOSTILE_TITLE}\n\n{MARKUP_IN_TEXT} A storm surge is expected on Friday.\n\n'
                   f'"{HOSTILE_QUOTE}," harbour master Ola Berg said.\n\n'
                   '"Keep the boats in the inner basin until Sunday," Olsen said.',
                   title=HOSTILE_TITLE, date="2024-05-02", source="<Harbour & Co>", place="Skarvik",
                   url="javascript:document.body.setAttribute('data-owned','url')")
    doc.quotes = [
        said(doc, HOSTILE_QUOTE, HOSTILE_SPEAKER, "s_berg_ola", cue='said <u>"loudly"</u>', event="statement"),
        said(doc, "Keep the boats in the inner basin until Sunday,", "Mara Olsen", "s_olsen"),
    ]
    return doc


def documents() -> list[Document]:
    """The invented articles, January to May 2024."""
    return [_january(), _february(), _march(), _may_storm()]


def build_newsroom(out: Path) -> Path:
    """Write the invented articles' corpus into `out` and return it."""
    write_corpus(documents(), out)
    return out
