"""quotes: who said what, in which words, when and where, from news articles."""

__version__ = "0.1.0"
