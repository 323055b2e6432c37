"""Speaker resolution: name variants, pronouns and roles, without a coreference model.

* **Aliases (C8).** Every person name of two or more words found anywhere in the
  article registers its last word as an alias, so ``Lukashenko``, ``President
  Lukashenko`` and ``Mr. Lukashenko`` all resolve to ``Alexander Lukashenko``.
* **Pronouns (C3).** ``he``/``she`` resolve to the most recent *salient* person: a
  speaker, or a person named at the start of a sentence. Mentions elsewhere in a
  sentence (``unlike Putin``) do not change salience. A gender learnt from an
  honorific or an earlier pronoun rules out incompatible candidates. ``it`` resolves to
  the most recent organisation speaker; ``I`` to the byline (C12).
* **Roles.** ``the minister`` resolves to the person the text tied that role to, by a
  title (``Finance Minister Irena Dovic``) or an appositive (``Alexander Lukashenko,
  the long-time president of Belarus``), before or after the mention. ``head of state``
  and ``head of government`` also match a person tied to a head-of-state title.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from stancekit.segmentation.cues import PERSONAL_PRONOUNS, ROLE_NOUNS, TITLES
from stancekit.segmentation.names import NOT_NAME, ORG_WORDS, name_in
from stancekit.segmentation.text import Tok, is_cap, words

__all__ = ["Resolver"]

#: How many recent salient mentions pronoun and role resolution look back over.
_WINDOW = 40
_GOVERNMENT = frozenset(["government", "administration", "cabinet"])
_DOCUMENTS = frozenset(
    words(
        """release filing filings statement statements report reports estimates estimate
        figures data memo letter documents records poll survey study analysis audit"""
    )
)
#: Plural common nouns that head a group of speakers (``Officials said``); capitalised
#: at the start of a sentence they look like a one-word name. Together with the
#: suffixes below they tell a group apart from a surname that ends in ``-s``
#: (``Brooks said``).
_GROUP_NOUNS = frozenset(
    words(
        """officials authorities police experts analysts critics sources witnesses
        diplomats officers workers leaders lawmakers legislators teachers researchers
        voters farmers drivers owners members managers organizers organisers protesters
        protestors supporters lawyers observers insiders traders buyers sellers shoppers
        commuters passengers customers users readers viewers fans investors doctors
        nurses regulators prosecutors investigators inspectors donors senators directors
        creditors visitors contractors operators negotiators mediators monitors
        engineers planners developers builders bankers brokers lenders borrowers
        employers employees staffers officers scholars historians neighbors neighbours
        locals villagers relatives families victims survivors mothers fathers parents
        people citizens residents companies firms banks unions groups agencies ministers
        executives governments countries states cities allies rivals opponents rebels
        troops soldiers guards judges courts republicans democrats conservatives
        liberals progressives moderates others many some both"""
    )
)
_GROUP_SUFFIXES = ("ists", "ians", "ants", "ents", "ials", "ives", "ities", "ees")
_HIGH_OFFICE = frozenset(["president", "premier", "chancellor", "head", "leader", "king", "queen"])
_FEMALE = frozenset(
    words(
        """ms ms. mrs mrs. miss madam lady queen princess dame sister councilwoman chairwoman
        spokeswoman congresswoman businesswoman"""
    )
)
_MALE = frozenset(
    words(
        """mr mr. sir lord king prince father councilman chairman spokesman congressman
        businessman"""
    )
)


def _plural_common(word: str) -> bool:
    """Whether a capitalised single word is a plural common noun, not a name."""
    low = word.casefold()
    return low in _GROUP_NOUNS or low.endswith(_GROUP_SUFFIXES)


def _is_nickname(toks: list[Tok], j: int) -> bool:
    """A quoted nickname between two name words: ``Marcus "Doc" Ellery``."""
    return (
        j + 3 < len(toks)
        and toks[j].kind == "p"
        and toks[j + 1].kind == "q"
        and toks[j + 2].kind == "p"
        and is_cap(toks[j + 3])
    )


@dataclass
class Resolver:
    """Article-level memory of who is who.

    Attributes:
        byline: The author's name from the byline, if any.
    """

    byline: str | None = None
    _alias: dict[str, str] = field(default_factory=dict)
    _first: dict[str, str] = field(default_factory=dict)
    _full: set[str] = field(default_factory=set)
    _orgs: set[str] = field(default_factory=set)
    _gender: dict[str, str] = field(default_factory=dict)
    _ties: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _salient: list[tuple[int, str]] = field(default_factory=list)
    _salient_org: list[tuple[int, str]] = field(default_factory=list)
    _mentions: list[tuple[int, str]] = field(default_factory=list)

    # ----------------------------------------------------------------- pre-pass
    def learn(self, toks: list[Tok]) -> None:
        """Register names, honorific genders and role ties from one sentence."""
        i = 0
        n = len(toks)
        while i < n:
            t0 = toks[i]
            if not t0.text[0].isupper() or t0.kind != "w":
                i += 1
                continue
            if t0.low in NOT_NAME and (i + 1 >= n or not is_cap(toks[i + 1])):
                i += 1  # "The", "According", ... alone
                continue
            j = i
            while j < n and (
                is_cap(toks[j])
                or (toks[j].text == "." and toks[j - 1].low in TITLES)
                or (toks[j].low == "of" and j + 1 < n and is_cap(toks[j + 1]))
                or (_is_nickname(toks, j) and j > i)
            ):
                j += 3 if _is_nickname(toks, j) else 1
            found = name_in(toks[i:j])
            if found is not None:
                s, _, name, _ = found
                titles = [t.low for t in toks[i:j] if t.end <= s and t.low in TITLES]
                self._register(name, titles, s)
                # appositive: "Name, the long-time president of Belarus,"
                if j + 1 < n and toks[j].text == "," and toks[j + 1].low in ("the", "a", "an"):
                    self._tie_phrase(toks[j + 1 : j + 12], self.canonical(name), s)
                # appositive the other way: "the authority's director, Helen Ostrowski,"
                if i >= 2 and toks[i - 1].text == ",":
                    k = i - 2
                    while k >= 0 and toks[k].kind == "w" and i - k < 8:
                        k -= 1
                    self._tie_phrase(toks[k + 1 : i - 1], self.canonical(name), s)
            i = max(j, i + 1)

    def _register(self, name: str, titles: list[str], pos: int) -> None:
        words = name.split()
        low = {w.casefold() for w in words}
        if len(words) >= 2:
            self._first.setdefault(words[0], name)
        if low & ORG_WORDS or name.isupper() or "of" in words:
            self._orgs.add(name)
            return
        if len(words) >= 2:
            if name not in self._full:
                self._full.add(name)
                self._alias.setdefault(words[-1], name)
            canon = name
            self._mentions.append((pos, name))
        else:
            canon = self._alias.get(name, "")
            if not canon:
                if not titles:
                    return
                canon = name
                self._alias.setdefault(name, name)
        if any(t in _FEMALE for t in titles):
            self._gender.setdefault(canon, "f")
        elif any(t in _MALE for t in titles):
            self._gender.setdefault(canon, "m")
        for t in titles:
            if t in ROLE_NOUNS:
                self._ties.setdefault(t, []).append((pos, canon))

    def _tie_phrase(self, toks: list[Tok], person: str, pos: int) -> None:
        if person not in self._full:
            return
        head = None
        for t in toks:
            if t.kind != "w":
                break
            if t.low in ("of", "for", "at", "in", "who", "which") and head is not None:
                break
            w = t.low.removesuffix("'s").removesuffix("’s")
            if w in ROLE_NOUNS:
                head = w
        if head is not None:
            self._ties.setdefault(head, []).append((pos, person))

    # ----------------------------------------------------------------- lookups
    def canonical(self, name: str) -> str:
        """The fullest form of a name (``"Lukashenko"`` -> ``"Alexander Lukashenko"``)."""
        if name in self._full or name in self._orgs:
            return name
        words = name.split()
        if words and words[-1] in self._alias:
            full = self._alias[words[-1]]
            if len(words) == 1 or full.endswith(name):
                return full
        if len(words) == 1:
            first = self._first.get(name)
            if first is not None:
                return first  # "Halvorsen" -> "Halvorsen Foods"
        return name

    def is_person(self, name: str) -> bool:
        """Whether ``name`` is a registered person."""
        return self.canonical(name) in self._full or name in self._alias

    def note_salient(self, pos: int, name: str) -> None:
        """Record that ``name`` was a speaker or a sentence subject at ``pos``."""
        if " and " in name:
            return
        if self.is_person(name):
            self._salient.append((pos, self.canonical(name)))
        elif name[:1].isupper():
            self._salient_org.append((pos, name))

    def learn_gender(self, name: str, toks: list[Tok], k: int) -> None:
        """Take the first he/she/his/her from token ``k`` on as the person's gender."""
        canon = self.canonical(name)
        if canon in self._gender or not self.is_person(name):
            return
        for t in toks[k : k + 30]:
            if is_cap(t) and t.low not in PERSONAL_PRONOUNS:
                return  # another name comes first
            g = PERSONAL_PRONOUNS.get(t.low)
            if g in ("m", "f"):
                self._gender[canon] = g
                return

    def pronoun(self, word: str, pos: int, in_quote: bool = False) -> str | None:
        """Resolve a personal or possessive pronoun at ``pos``; ``None`` if unsure."""
        g = PERSONAL_PRONOUNS.get(word.casefold())
        if g is None or g in ("p", "1p"):
            return None
        if g == "1":
            return None if in_quote else self.byline
        if g == "n":
            for p, name in reversed(self._salient_org[-_WINDOW:]):
                if p < pos:
                    return name
            return None
        for p, name in reversed(self._salient[-_WINDOW:]):
            if p >= pos:
                continue
            known = self._gender.get(name)
            if known is None or known == g:
                self._gender.setdefault(name, g)
                return name
        # nobody salient yet: the latest person named anywhere before (A13 lead-ins)
        k = bisect.bisect_left(self._mentions, (pos, ""))
        for _, name in reversed(self._mentions[max(0, k - _WINDOW) : k]):
            if self._gender.get(name) in (None, g):
                return name
        return None

    def role(self, toks: list[Tok], pos: int) -> str | None:
        """Resolve a role phrase (``the minister``) to the person it was tied to."""
        if not toks or any(t.text[0].isdigit() for t in toks):
            return None
        indefinite = toks[0].low in ("a", "an")
        head = None
        for t in toks:
            if t.kind != "w":
                break
            w = t.low.removesuffix("'s").removesuffix("’s")
            if w in ("of", "for", "at", "in") and head is not None:
                break
            if w in ROLE_NOUNS:
                head = w
        if head is None or head.startswith("spokes"):
            return None
        cands = self._ties.get(head, [])[-_WINDOW:]
        if not cands and head in _HIGH_OFFICE:
            # "the Belarusian head of state": the article's most prominent office-holder
            cands = [c for h in sorted(_HIGH_OFFICE) for c in self._ties.get(h, [])[-_WINDOW:]]
            seen = [name for p, name in self._salient[-_WINDOW:] if p <= pos]
            holders = {c[1] for c in cands}
            counts = {name: seen.count(name) for name in holders if name in seen}
            if counts:
                return max(counts, key=lambda n: (counts[n], -seen[::-1].index(n)))
        if not cands:
            return None
        if indefinite:  # "A Superior Court judge ..." named later in the article
            after = [c for c in cands if c[0] > pos]
            return min(after)[1] if after and not self._ties_before(head, pos) else None
        tied = {c[1] for c in cands}
        for p, name in reversed(self._salient[-_WINDOW:]):
            if p <= pos and name in tied:
                return name  # the salient person who holds the role
        before = [c for c in cands if c[0] <= pos]
        if before:
            return max(before)[1]
        return min(cands)[1]

    def _ties_before(self, head: str, pos: int) -> bool:
        return any(p <= pos for p, _ in self._ties.get(head, []))

    def speaker_of(self, toks: list[Tok], pos: int, in_quote: bool = False) -> str | None:
        """Resolve the speaker named by a source phrase.

        Coordinated speakers (C7: ``Smith and Alvarez``, ``Both governments``) come
        back joined with `` and ``.
        """
        if not toks:
            return None
        if len(toks) == 1 and toks[0].low in PERSONAL_PRONOUNS:
            return self.pronoun(toks[0].low, pos, in_quote)
        if toks[0].low == "both" or (
            len(toks) == 2
            and toks[0].low == "the"
            and toks[1].low in ("companies", "governments", "two")
        ):
            return self._pair(pos)
        ands = [k for k, t in enumerate(toks) if t.low == "and"]
        if len(ands) == 1 and 0 < ands[0] < len(toks) - 1:
            left = name_in(toks[: ands[0]])
            right = name_in(toks[ands[0] + 1 :])
            if left is not None and right is not None and toks[0].text[0].isupper():
                return f"{self.canonical(left[2])} and {self.canonical(right[2])}"
        found = name_in(toks)
        if found is not None:
            after = [t for t in toks if t.start >= found[1]]
            head = []
            for t in after:
                if t.kind != "w" or t.low in ("of", "for", "at", "in", "from", "with", "on", "by"):
                    break
                head.append(t)
            if not any(t.text.islower() for t in head):
                name = found[2]
                if (
                    " " not in name
                    and _plural_common(name)
                    and not self.is_person(name)
                    and name not in self._orgs
                ):
                    return None  # "Officials said", "Analysts see": a plural common noun
                return self.canonical(name)  # a lone "Brooks said" names Brooks
            words = {t.low for t in head}
            if words & _GOVERNMENT or (words & _DOCUMENTS and found[2] in self._orgs):
                return self.canonical(found[2])  # "Kestria's government", "Ministry estimates"
            # the name only modifies a common-noun head: "the Minsk head of government"
            return self.role(toks, pos)
        if toks[0].low in ("his", "her", "its"):
            return self.pronoun(toks[0].low, pos, in_quote)
        return self.role(toks, pos) or self._organisation(toks, pos)

    def _pair(self, pos: int) -> str | None:
        """The two most recent distinct salient speakers (``Both``), joined with ``and``."""
        seen: list[str] = []
        for p, name in sorted(self._salient[-_WINDOW:] + self._salient_org[-_WINDOW:])[::-1]:
            if p < pos and name not in seen:
                seen.append(name)
                if len(seen) == 2:
                    return f"{seen[1]} and {seen[0]}"
        return None

    def _organisation(self, toks: list[Tok], pos: int) -> str | None:
        """``the hospital`` -> the organisation named with that word; ``X of ORG`` -> ORG."""
        head = None
        for k, t in enumerate(toks):
            if t.kind != "w":
                break
            if t.low in ("of", "by") and head is not None:
                found = name_in(toks[k + 1 :])
                if found is not None and found[2] in self._orgs | set(self._first.values()):
                    return self.canonical(found[2])
                break
            head = t.low.removesuffix("'s").removesuffix("’s")
        if head is None or toks[0].low not in ("the", "its", "their"):
            return None
        for p, name in reversed(self._salient_org[-_WINDOW:]):
            if p < pos and head in name.casefold().split():
                return name
        for name in self._orgs:
            if head in name.casefold().split():
                return name
        if head in _DOCUMENTS or head in ("company", "firm", "group", "organization"):
            for p, name in reversed(self._salient_org[-_WINDOW:]):
                if p < pos:
                    return name
        return None
