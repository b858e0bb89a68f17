"""`quotes models download|status`: a thin layer over `quotes.nlp.models.download` and `.status`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quotes.nlp.models import DOWNLOAD_TIMEOUT, PROCESSORS, ModelsError, download, status

models_app = typer.Typer(help="stanza's models: what is installed where, and downloading them.",
                         no_args_is_help=True, add_completion=False)

_DIR_HELP = "The models folder (default: $STANZA_RESOURCES_DIR, else stanza's own folder)."
#: `--stanza-dir`, declared in typer's `Annotated` style.
StanzaDir = Annotated[Path | None, typer.Option("--stanza-dir", help=_DIR_HELP)]


@models_app.command("download")
def download_command(
    lang: str = typer.Option("en", "--lang", help="Language code of the models (en, de, fr, ...)."),
    stanza_dir: StanzaDir = None,
    processors: str = typer.Option(",".join(PROCESSORS), "--processors",
                                   help="Comma-separated stanza processors to download."),
    timeout: float = typer.Option(DOWNLOAD_TIMEOUT, "--timeout", help="Give up after this many seconds."),
) -> None:
    """Download stanza's models for a language (needs a network connection)."""
    try:
        folder = download(lang, stanza_dir, processors=processors, timeout=timeout)
    except ModelsError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"stanza models for '{lang}' -> {folder}", err=True)


@models_app.command("status")
def status_command(
    stanza_dir: StanzaDir = None,
) -> None:
    """Where stanza's models are looked for, and which are installed for each language."""
    typer.echo("\n".join(status(stanza_dir).lines()))
