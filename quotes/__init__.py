"""quotes: who said what, in which words, when and where, from news articles."""

__version__ = "0.1.0"

from quotes.export import load  # noqa: E402
from quotes.pipeline import build, extract  # noqa: E402
from quotes.publish import publish  # noqa: E402

__all__ = ["build", "extract", "load", "publish", "__version__"]
