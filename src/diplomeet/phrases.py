"""Fast matching of phrase lists (cue verbs, meeting phrases, forums) over word tokens.

A regular expression alternation of hundreds of phrases tries every phrase at
every character; a trie of word tokens looks each word up once. The text is
tokenised once ([`Tokens`][diplomeet.phrases.Tokens]); a
[`PhraseMatcher`][diplomeet.phrases.PhraseMatcher] then finds its phrases in any
range of it in time linear in the number of words. A phrase may hold ` ... `,
which stands for up to six words (`had ... exchange` matches `had a candid,
in-depth and constructive exchange`).

Examples:
    >>> from diplomeet.phrases import PhraseMatcher, Tokens
    >>> text = "Wang pointed out that the two sides agreed."
    >>> hits = PhraseMatcher(["point out", "pointed out", "the two sides"]).find(Tokens(text))
    >>> [text[s:e] for s, e, _ in hits]
    ['pointed out', 'the two sides']
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["PhraseHit", "PhraseMatcher", "TextMatcher", "Tokens", "index_words", "tokens_of"]

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_SPLIT = re.compile(r"([^\W_]++(?:[-'][^\W_]++)*+)")
"""Splits a text into `[gap, word, gap, word, ..., gap]` in one scan: the words of `_TOKEN`
(possessive: the longest word is the only one, so no place to come back to is kept)."""
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]++(?:[-'][A-Za-z0-9]++)*+)")
"""`_SPLIT` for an ASCII text, where `[^\\W_]` is `[A-Za-z0-9]` (a faster class to test)."""
_GAP_WORDS = 6
_STOP = frozenset(".;!?")
_SEP_CACHE: dict[str, str] = {}
"""Separators already folded, for short gaps only (bounded: see `_folded_sep`)."""
_SEP_CACHE_GAP = 16
_SEP_CACHE_SIZE = 4096


def _sep(text: str) -> str:
    """What stands between two words, white space folded: `" "`, `", "`, `"' "`, `"."`."""
    return " ".join(text.split()) if text.strip() else (" " if text else "")


def _folded_sep(gap: str) -> str:
    """`_sep` of a gap between two words (never empty), remembered for short gaps."""
    sep = _sep(gap)
    if len(gap) <= _SEP_CACHE_GAP and len(_SEP_CACHE) < _SEP_CACHE_SIZE:
        _SEP_CACHE[gap] = sep
    return sep


_OPENERS: set[str] = set()
"""The lower-case words a text's index keeps (`Tokens.openers`): the first words of every
matcher's phrases, and those asked for by `index_words`. It only grows."""


def index_words(words: Iterable[str]) -> None:
    """Have every text's index of openers (`Tokens.openers`) keep these lower-case words."""
    _OPENERS.update(words)


class Tokens:
    """The words of a text with their offsets, tokenised once."""

    __slots__ = ("_openers", "ends", "lower", "seps", "starts", "words")

    def __init__(self, text: str) -> None:
        # One scan: the gaps and words alternate; their running lengths give the offsets.
        parts = (_SPLIT_ASCII if text.isascii() else _SPLIT).split(text)
        words = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0:-1:2]
        """Where each word starts."""
        self.ends: list[int] = offsets[1::2]
        """Where each word ends."""
        self.words: list[str] = words
        """The words as written."""
        # Words hold no space, and lower-casing never looks across a space.
        self.lower: list[str] = " ".join(words).lower().split(" ") if words else []
        """The words in lower case."""
        # Most gaps were seen before: looked up in one pass, the few others folded after.
        seps = ["", *map(_SEP_CACHE.get, itertools.islice(parts, 2, len(parts) - 1, 2))]
        if None in seps:  # the gap before word `k` is `parts[2 * k]`
            seps = [_folded_sep(parts[2 * k]) if s is None else s for k, s in enumerate(seps)]
        self.seps: list[str] = seps  # type: ignore[assignment]
        """What stands before each word, after the previous one."""
        self._openers: tuple[int, dict[str, list[int]]] | None = None

    def openers(self) -> dict[str, list[int]]:
        """Where each word that opens a phrase of some matcher stands (in lower case).

        Only the words of `_OPENERS` are kept (a third of a text's words or so):
        found by one look-up per word in C, and rebuilt if words were added since.
        """
        known = _OPENERS
        found = self._openers
        if found is None or found[0] != len(known):
            index: dict[str, list[int]] = {}
            add = index.setdefault
            lower = self.lower
            for i in itertools.compress(range(len(lower)), map(known.__contains__, lower)):
                add(lower[i], []).append(i)
            found = (len(known), index)
            self._openers = found
        return found[1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The indices `[i, j)` of the words that lie within `[start, end)`."""
        return bisect_left(self.starts, start), bisect_left(self.ends, end + 1)


class PhraseMatcher:
    """A set of phrases found by their words, longest match first, left to right."""

    __slots__ = ("_firsts_lower", "_root", "case")

    def __init__(self, phrases: Iterable[str], *, case: bool = False) -> None:
        self.case = case
        """Whether the match is case-sensitive."""
        self._root: dict[str, dict] = {}  # type: ignore[type-arg]
        for phrase in phrases:
            self._add(phrase)
        firsts = [k for k in self._root if k not in ("$", "...")]
        index_words(w.lower() for w in firsts)
        # A case-sensitive matcher looks its first words up in the text's lowercase index (one
        # index per text serves every matcher), then keeps the words written as it wants them.
        by_lower: dict[str, set[str]] = {}
        for w in firsts:
            by_lower.setdefault(w.lower(), set()).add(w)
        self._firsts_lower = {k: frozenset(v) for k, v in by_lower.items()}

    def _add(self, phrase: str) -> None:
        """Add a phrase to the trie.

        The root (and a node's ` ... `) maps a first word to its node; any other node maps
        the next word, then what stands before it (`" "`, `", "`), to the next node, so a
        failed step costs one look-up of a word; `"$"` holds the phrase that ends there.
        """
        node = self._root
        pos = 0
        first = True
        for part in re.split(r"(\s\.\.\.\s)", phrase.strip()):
            if part.strip() == "...":
                node = node.setdefault("...", {})
                first = True
                continue
            for m in _TOKEN.finditer(part):
                sep = "" if first else _sep(part[pos : m.start()])
                word = m.group() if self.case else m.group().lower()
                if first:
                    node = node.setdefault(word, {})
                else:
                    node = node.setdefault(word, {}).setdefault(sep, {})
                first = False
                pos = m.end()
            pos = 0
        if node is not self._root:
            node["$"] = phrase  # type: ignore[assignment]

    def find(
        self, tokens: Tokens, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int, str]]:
        """The phrases in the words of `[start, end)`: `(start, end, phrase)`, not overlapping."""
        if end is None:
            end = tokens.ends[-1] if tokens.ends else 0
        i0, j = tokens.span(start, end)
        words = tokens.words if self.case else tokens.lower
        opening = self._openings(tokens, i0, j)
        out: list[tuple[int, int, str]] = []
        if not opening:
            return out
        root = self._root
        seps, starts, ends = tokens.seps, tokens.starts, tokens.ends
        done = i0
        for i in opening:
            if i < done:
                continue
            node, k = root[words[i]], i + 1
            if "$" not in node and "..." not in node:
                # The first word alone is no phrase, and a common first word (`the`) is
                # mostly not followed by the next word of one: the first step, inline.
                if k >= j:
                    continue
                after = node.get(words[k])
                if after is None or (node := after.get(seps[k])) is None:
                    continue
                k += 1
            best = self._longest(node, seps, words, k, j)
            if best is None:
                continue
            k, phrase = best
            out.append((starts[i], ends[k - 1], phrase))
            done = k
        return out

    def _openings(self, tokens: Tokens, i0: int, j: int) -> list[int]:
        """The indices in `[i0, j)` of the words that open a phrase, in order.

        Found by a set intersection (over the smaller side) instead of a look at every word.
        """
        where = tokens.openers()
        firsts = self._firsts_lower
        if len(firsts) < len(where):
            present = [w for w in firsts if w in where]
        else:
            present = [w for w in where if w in firsts]
        if not present:
            return []
        if len(present) == 1:
            opening = where[present[0]]
        else:
            opening = sorted(itertools.chain.from_iterable(where[w] for w in present))
        if self.case:
            words = tokens.words
            opening = [i for i in opening if words[i] in firsts[tokens.lower[i]]]
        n = len(tokens.words)
        if i0 > 0 or j < n:
            return [i for i in opening if i0 <= i < j]
        return opening

    def _longest(
        self,
        node: dict,  # type: ignore[type-arg]
        seps: list[str],
        words: list[str],
        k: int,
        j: int,
    ) -> tuple[int, str] | None:
        """The longest phrase from `node` on, the next word being `k`: `(end word, phrase)`."""
        best: tuple[int, str] | None = None
        # Straight down the trie while no ` ... ` branches off: the deepest phrase wins.
        while "..." not in node:
            if "$" in node:
                best = (k, node["$"])
            if k >= j:
                return best
            after = node.get(words[k])
            if after is None or (child := after.get(seps[k])) is None:
                return best
            node = child
            k += 1
        deeper = self._longest_gap(node, seps, words, k, j)
        return deeper if deeper is not None else best

    def _longest_gap(
        self,
        node: dict,  # type: ignore[type-arg]
        seps: list[str],
        words: list[str],
        k: int,
        j: int,
    ) -> tuple[int, str] | None:
        """`_longest` from a node where ` ... ` branches off: every way on is tried."""
        best: tuple[int, str] | None = None
        if "$" in node:
            best = (k, node["$"])
        if k < j:
            after = node.get(words[k])
            child = None if after is None else after.get(seps[k])
            if child is not None:
                deeper = self._longest(child, seps, words, k + 1, j)
                if deeper is not None and (best is None or deeper[0] > best[0]):
                    best = deeper
        gap = node["..."]
        for skip in range(k, min(j, k + _GAP_WORDS + 1)):
            if any(c in _STOP for c in seps[skip]):
                break  # a gap never crosses the end of a sentence
            nxt = gap.get(words[skip])
            if nxt is not None:
                deeper = self._longest(nxt, seps, words, skip + 1, j)
                if deeper is not None and (best is None or deeper[0] > best[0]):
                    best = deeper
        return best


class PhraseHit:
    """A match, shaped like a regular expression's: `start()`, `end()`, `group()`."""

    __slots__ = ("_end", "_phrase", "_start")

    def __init__(self, start: int, end: int, phrase: str) -> None:
        self._start, self._end, self._phrase = start, end, phrase

    def start(self) -> int:
        """Where the match starts."""
        return self._start

    def end(self) -> int:
        """Where the match ends."""
        return self._end

    def group(self) -> str:
        """The phrase of the list that matched, as the list spells it."""
        return self._phrase

    def span(self) -> tuple[int, int]:
        """`(start, end)`."""
        return (self._start, self._end)


@functools.lru_cache(maxsize=8)
def tokens_of(text: str) -> Tokens:
    """The tokens of a text, cached for the few texts being parsed at the moment."""
    return Tokens(text)


class TextMatcher(PhraseMatcher):
    """A `PhraseMatcher` with the calls of a compiled regular expression, on plain text.

    `finditer(text, start, end)`, `search(text, start, end)` and `match(text, pos)`
    tokenise the text once (cached) and return `PhraseHit`s.
    """

    __slots__ = ("_memo",)

    def __init__(self, phrases: Iterable[str], *, case: bool = False) -> None:
        super().__init__(phrases, case=case)
        self._memo: tuple[str, list[int], list[int], list[tuple[int, int, str]]] | None = None

    def _all(self, text: str) -> tuple[list[int], list[int], list[tuple[int, int, str]]]:
        """Every phrase of the whole text, found once per text (the last text is kept).

        `(starts, ends, hits)`: the hits do not overlap and come left to right, so both
        their starts and their ends increase.
        """
        memo = self._memo
        if memo is None or memo[0] is not text:
            memo = self._remember(text)
        return memo[1], memo[2], memo[3]

    def _remember(self, text: str) -> tuple[str, list[int], list[int], list[tuple[int, int, str]]]:
        """Find every phrase of `text` and keep them (see `_all`)."""
        hits = self.find(tokens_of(text))
        memo = (text, [h[0] for h in hits], [h[1] for h in hits], hits)
        self._memo = memo
        return memo

    def spans(
        self, text: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int, str]]:
        """Every phrase in `text[start:end]` as `(start, end, phrase)`, left to right.

        The hits that start at `start` or later and end at `end` or sooner: one run of
        them, as starts and ends both increase.
        """
        if end is None:
            end = len(text)
        memo = self._memo  # `_all`, inline: this is called for every sentence
        if memo is None or memo[0] is not text:
            memo = self._remember(text)
        return memo[3][bisect_left(memo[1], start) : bisect_right(memo[2], end)]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[PhraseHit]:
        """Every phrase in `text[start:end]`, left to right, longest first."""
        return [PhraseHit(s, e, p) for s, e, p in self.spans(text, start, end)]

    def search(self, text: str, start: int = 0, end: int | None = None) -> PhraseHit | None:
        """The first phrase in `text[start:end]`, if any."""
        if end is None:
            end = len(text)
        starts, ends, hits = self._all(text)
        k = bisect_left(starts, start)
        if k < len(hits) and ends[k] <= end:
            return PhraseHit(*hits[k])
        return None  # the later hits end later still

    def match(self, text: str, pos: int = 0) -> PhraseHit | None:
        """The phrase that starts exactly at `pos`, if any."""
        hit = self.search(text, pos, min(len(text), pos + 200))
        return hit if hit is not None and hit.start() == pos else None
