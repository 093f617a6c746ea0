"""Synthetic Heart: a runtime that keeps a digital persona alive."""

__version__ = "0.1.0"
