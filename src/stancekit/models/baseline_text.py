"""Text views of a (text, target) pair for the baseline: tokens, mentions, lexicon cues.

- :func:`tokens`: words (with ``#``/``@`` tags), ``!`` and ``?``, lowercased, with offsets;
- :func:`mentions_of`: the pair's mentions, or its target's content words found in the text;
- :func:`tweet_words`: tweet normalisation (URLs, hashtags and handles split at case changes);
- :func:`lex_tokens`: sentiment-lexicon cue tokens and valence mass, negation-aware.

The lexicon is VADER's (``vaderSentiment``, MIT licence), read from the installed package;
nothing is downloaded.
"""

from __future__ import annotations

import importlib.resources
import re
from functools import lru_cache

from stancekit.models.inputs import PairInput
from stancekit.targets import find_mentions

__all__ = [
    "NEGATIONS",
    "PLACEHOLDER",
    "content_words",
    "lex_tokens",
    "mentions_of",
    "tokens",
    "tweet_words",
]

_TOKEN = re.compile(r"[#@]?\w+(?:'\w+)?|[!?]")
NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "wont",
        "wouldnt",
        "shouldnt",
        "couldnt",
        "hardly",
        "barely",
        "n't",
    ]
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "for",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "the's",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "president",
    ]
)
PLACEHOLDER = "tgtmention"
_URL = re.compile(r"https?://\S+|www\.\S+")
_URL_TOKEN = "httpurl"
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    """VADER's word valences (-4..4), read from the installed ``vaderSentiment`` package."""
    try:
        ref = importlib.resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
        raw = ref.read_text(encoding="utf-8")
    except ModuleNotFoundError:
        from stancekit.errors import missing_dependency

        raise missing_dependency("vaderSentiment") from None
    out: dict[str, float] = {}
    for line in raw.splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Lowercased words (``#``/``@`` tags kept), ``!`` and ``?`` with their offsets.

    Examples:
        >>> tokens("Go #NATO!")
        [('go', 0, 2), ('#nato', 3, 8), ('!', 8, 9)]
    """
    return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def content_words(target: str) -> list[str]:
    """The target's words longer than two letters, without stop words and titles.

    Examples:
        >>> content_words("President Joe Biden")
        ['joe', 'biden']
    """
    words = [w for w, _, _ in tokens(target)]
    return [w for w in words if len(w) > 2 and w not in _STOP]


def _tag_parts(tag: str) -> list[str]:
    """Words of a hashtag or handle body split at case changes: ``PutinOwnsTrump`` -> 3 words.

    Returns an empty list when the body is a single word (``#maga``): the tag token itself
    already carries it.
    """
    parts = [p.lower() for p in _CAMEL.findall(tag)]
    return parts if len(parts) > 1 else []


def tweet_words(
    text: str, toks: list[tuple[str, int, int]], words: list[str], stems: set[str]
) -> tuple[list[str], list[str]]:
    """Tweet normalisation of the text-block words and of the plain context words.

    URLs become one ``httpurl`` token; each ``#hashtag`` / ``@handle`` is kept and followed
    by its camel-case words. In the text-block words a split word whose 5-letter prefix is
    one of the target's ``stems`` becomes the target placeholder, like the mention it is.
    """
    urls = [m.span() for m in _URL.finditer(text)]
    out: list[str] = []
    plain: list[str] = []
    in_url = -1
    for (w, s, e), word in zip(toks, words, strict=True):
        hit = next((k for k, (a, b) in enumerate(urls) if a <= s < b), -1)
        if hit >= 0:
            if hit != in_url:
                out.append(_URL_TOKEN)
                plain.append(_URL_TOKEN)
            in_url = hit
            continue
        in_url = -1
        out.append(word)
        plain.append(w)
        if w[0] in "#@":
            parts = _tag_parts(text[s + 1 : e])
            plain += parts
            out += [PLACEHOLDER if p[:5] in stems else p for p in parts]
    return out, plain


def mentions_of(pair: PairInput) -> tuple[tuple[int, int], ...]:
    """The pair's mentions; without any, where its target's content words occur."""
    if pair.mentions:
        return pair.mentions
    return find_mentions(pair.text, content_words(pair.target))


def lex_tokens(words: list[str]) -> tuple[list[str], float, float]:
    """Return lexicon cue tokens and the positive / negative valence mass (negation-aware)."""
    lex = _lexicon()
    cues: list[str] = []
    pos = neg = 0.0
    for i, w in enumerate(words):
        v = lex.get(w.lstrip("#"))
        if v is None:
            continue
        if any(p in NEGATIONS for p in words[max(0, i - 3) : i]):
            v = -0.5 * v
            cues.append("lex:negated")
        if v > 0:
            pos += v
            cues.append("lex:pos")
        elif v < 0:
            neg -= v
            cues.append("lex:neg")
    return cues, pos, neg
