"""Which stanza models are installed where, downloading them, and the errors that say what to run.

Nothing here imports stanza except `download`: finding out what is on disk reads
stanza's `resources.json` and looks for the model files it names, so that deciding
between stanza and the rule annotator costs no model load (and no torch import).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

#: The processors the pipeline can use, in stanza's order. Attribution reads the parse
#: (depparse, which needs pos and lemma) and named entities (ner); tokenize and mwt give
#: sentences and tokens.
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
#: What each processor needs loaded with it (stanza's own requirements).
REQUIRES = {"mwt": ("tokenize",), "pos": ("tokenize",), "lemma": ("tokenize", "pos"), "ner": ("tokenize",),
            "depparse": ("tokenize", "pos", "lemma")}
#: How long `quotes models download` waits before giving up (seconds): it must never hang offline.
DOWNLOAD_TIMEOUT = 900.0


class ModelsError(Exception):
    """A problem with the NLP models, told in one line that names the command to run."""


class ModelsNotFound(ModelsError, FileNotFoundError):
    """No stanza models where they were looked for."""


class ResourcesNotFound(ModelsNotFound):
    """The models folder has no `resources.json`, stanza's list of models."""


class LanguageNotInstalled(ModelsNotFound):
    """No models for the language in the models folder, or stanza has none for it."""


class ProcessorNotInstalled(ModelsNotFound):
    """A processor the annotator needs has no model file on disk."""


class DownloadFailed(ModelsError):
    """stanza's download did not complete (no network, a timeout, an unknown language, ...)."""


class UnknownAnnotator(ModelsError, ValueError):
    """`--nlp` named no annotator."""


def download_hint(lang: str, stanza_dir: Path | None = None, explicit: bool = False) -> str:
    where = f" --stanza-dir {stanza_dir}" if explicit and stanza_dir is not None else ""
    return f"run `quotes models download --lang {lang}{where}`"


def _stanza_resources_version() -> str | None:
    """stanza's resources version, read from its `_version.py` without importing stanza (and torch)."""
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return None
    version_file = Path(next(iter(spec.submodule_search_locations))) / "_version.py"
    match = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)", version_file.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def default_dir() -> Path:
    """Where stanza keeps its models unless told otherwise: `$STANZA_RESOURCES_DIR`, else its user cache."""
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"])
    from platformdirs import user_cache_dir  # installed with stanza

    return Path(user_cache_dir("stanza", "StanfordNLP", _stanza_resources_version() or "")) / "resources"


def resolve_dir(stanza_dir: str | Path | None) -> tuple[Path, str]:
    """The models folder to use and where that choice came from (for `quotes models status`)."""
    if stanza_dir is not None:
        return Path(stanza_dir), "--stanza-dir"
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"]), "STANZA_RESOURCES_DIR"
    return default_dir(), "stanza's default"


@dataclass
class Installed:
    """The stanza models of one language in one folder."""

    lang: str
    stanza_dir: Path
    packages: dict[str, str] = field(default_factory=dict)  # processor -> package stanza uses by default
    present: list[str] = field(default_factory=list)  # processors whose model files are all on disk
    usable: list[str] = field(default_factory=list)  # present, with every processor they need present too

    @property
    def missing(self) -> list[str]:
        """Processors without their model files."""
        return [p for p in self.packages if p not in self.present]


def _load_resources(stanza_dir: Path, lang: str, explicit: bool) -> dict:
    hint = download_hint(lang, stanza_dir, explicit)
    if not stanza_dir.is_dir():
        raise ModelsNotFound(f"no stanza models folder at {stanza_dir}: {hint}")
    resources_file = stanza_dir / "resources.json"
    if not resources_file.is_file():
        raise ResourcesNotFound(f"no resources.json in {stanza_dir} (stanza's list of models): {hint}")
    try:
        resources = json.loads(resources_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ResourcesNotFound(f"unreadable resources.json in {stanza_dir} ({error.__class__.__name__}): "
                                f"{hint}") from None
    if not isinstance(resources, dict):
        raise ResourcesNotFound(f"resources.json in {stanza_dir} is not stanza's list of models: {hint}")
    return resources


def _language_entry(resources: dict, lang: str, stanza_dir: Path, explicit: bool) -> tuple[str, dict]:
    """The language's entry in resources.json, through an alias (`english` -> `en`)."""
    entry = resources.get(lang)
    if isinstance(entry, dict) and "alias" in entry:
        lang, entry = entry["alias"], resources.get(entry["alias"])
    if not isinstance(entry, dict):
        raise LanguageNotInstalled(f"stanza has no models for language '{lang}' in the resources.json of "
                                   f"{stanza_dir}: {download_hint(lang, stanza_dir, explicit)}")
    return lang, entry


def _scan(lang: str, folder: Path, entry: dict) -> Installed:
    """Which processors of `lang` have every model file on disk, and which of those can run."""
    defaults = entry.get("default_processors", {})
    found = Installed(lang, folder)
    for processor in PROCESSORS:
        package = defaults.get(processor)
        if not isinstance(package, str):
            continue
        found.packages[processor] = package
        dependencies = entry.get(processor, {}).get(package, {}).get("dependencies", [])
        files = [folder / lang / processor / f"{package}.pt"] + \
            [folder / lang / d["model"] / f"{d['package']}.pt" for d in dependencies if "model" in d and "package" in d]
        if all(f.is_file() for f in files):
            found.present.append(processor)
    for processor in found.present:
        # stanza runs the mwt model with the tokenizer wherever the language has one.
        needs = REQUIRES.get(processor, ()) + (("mwt",) if "mwt" in found.packages else ())
        if all(n in found.present for n in needs if n != processor):
            found.usable.append(processor)
    return found


def installed(lang: str = "en", stanza_dir: str | Path | None = None) -> Installed:
    """What of `PROCESSORS` is installed for `lang`; raises a `ModelsNotFound` naming the command to run."""
    folder, how = resolve_dir(stanza_dir)
    explicit = how == "--stanza-dir"
    resources = _load_resources(folder, lang, explicit)
    lang, entry = _language_entry(resources, lang, folder, explicit)
    if not (folder / lang).is_dir():
        raise LanguageNotInstalled(f"no stanza models for language '{lang}' in {folder}: "
                                   f"{download_hint(lang, folder, explicit)}")
    found = _scan(lang, folder, entry)
    for required in ("tokenize", "mwt"):
        if required in found.packages and required not in found.present:
            raise ProcessorNotInstalled(f"no stanza {required} model for language '{lang}' in {folder}: "
                                        f"{download_hint(lang, folder, explicit)}")
    return found


@dataclass
class Status:
    """What `quotes models status` reports."""

    stanza_dir: Path
    source: str
    languages: dict[str, Installed] = field(default_factory=dict)
    problem: str | None = None

    def lines(self) -> list[str]:
        out = [f"stanza models folder: {self.stanza_dir} (from {self.source})"]
        if self.problem:
            return [*out, self.problem]
        for lang, found in sorted(self.languages.items()):
            have = ", ".join(f"{p} ({found.packages[p]})" for p in found.usable) or "nothing usable"
            idle = ", ".join(p for p in found.present if p not in found.usable)
            out.append(f"{lang}: {have}" + (f"; installed but missing what they need: {idle}" if idle else "") +
                       (f"; not installed: {', '.join(found.missing)}" if found.missing else ""))
        if not self.languages:
            out.append("no language has models here: run `quotes models download --lang en`")
        return out


def status(stanza_dir: str | Path | None = None) -> Status:
    """Every language with models in the folder, and which processors each can use."""
    folder, source = resolve_dir(stanza_dir)
    report = Status(folder, source)
    try:
        resources = _load_resources(folder, "en", source == "--stanza-dir")
    except ModelsNotFound as error:
        report.problem = str(error)
        return report
    for child in sorted(p for p in folder.iterdir() if p.is_dir()):
        entry = resources.get(child.name)
        if isinstance(entry, dict) and "default_processors" in entry:
            report.languages[child.name] = _scan(child.name, folder, entry)
    return report


def download(lang: str = "en", stanza_dir: str | Path | None = None, processors: str = ",".join(PROCESSORS),
             timeout: float = DOWNLOAD_TIMEOUT) -> Path:
    """Download stanza's models for `lang` (the processors attribution reads) into the models folder.

    Any failure (no network, an unknown language, a full disk) becomes one `DownloadFailed`
    line; a download that does not finish in `timeout` seconds is given up, so that the
    command never hangs on a machine without network.
    """
    folder, _ = resolve_dir(stanza_dir)
    outcome: dict[str, BaseException | None] = {}

    def run() -> None:
        try:
            import stanza

            stanza.download(lang, model_dir=str(folder), processors=processors, logging_level="WARN")
            outcome["error"] = None
        except BaseException as error:  # reported in the calling thread, as one line
            outcome["error"] = error

    worker = threading.Thread(target=run, name="stanza-download", daemon=True)
    worker.start()
    worker.join(timeout)
    if "error" not in outcome:
        raise DownloadFailed(f"downloading stanza models for '{lang}' did not finish in {timeout:g} s "
                             "(is there a network connection?)")
    error = outcome["error"]
    if error is not None:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else error.__class__.__name__
        raise DownloadFailed(f"could not download stanza models for '{lang}' into {folder}: {reason}")
    return folder
