"""Stage 1: article text -> speaker-attributed segments (being written)."""

from __future__ import annotations

from stancekit.records import Segment

__all__ = ["segment"]


def segment(text: str, *, backend: str = "rules") -> list[Segment]:
    """Split an article into speaker-attributed segments."""
    raise NotImplementedError
