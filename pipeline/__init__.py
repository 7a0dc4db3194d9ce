"""artex: news articles to structured, verifiable JSON."""

__version__ = "0.1.0"
