r"""MinHash signatures and LSH banding, vectorised with numpy (private to diplomeet).

Every hash is derived from BLAKE2b of the word and fixed constants, never from
Python's `hash()`, so a text gets the same signature in every process and run.

The steps:

1. `tokens`: the words of a text (NFKC, casefolded, `\w+` runs).
2. `shingle_hashes`: one 64-bit hash per run of `k` consecutive words.
3. `SignatureBuilder`: the MinHash signature of each text, `num_perm` values of
   the multiply-add-shift hash family `(a * x + b) >> 32` over 64-bit integers,
   computed one permutation at a time over all the shingles of a chunk of
   texts (a flat array, reduced per text with `np.minimum.reduceat`).
4. `components`: LSH banding (`bands * rows <= num_perm`) gives candidate
   pairs; each pair is kept only if the full signatures agree on at least
   `threshold` of their values (the estimated Jaccard similarity), so a band
   collision alone never joins two texts; the kept pairs are joined into
   connected components.

Examples:
    >>> b = SignatureBuilder(num_perm=64)
    >>> for text in ["the two sides agreed to deepen cooperation in trade",
    ...              "The two sides agreed to deepen cooperation in trade.",
    ...              "a different story about the weather in spring"]:
    ...     _ = b.add(text)
    >>> sig, valid = b.finish()
    >>> components(sig, valid, threshold=0.8).tolist()
    [0, 0, 2]
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np
import numpy.typing as npt

__all__ = [
    "SignatureBuilder",
    "components",
    "lsh_params",
    "shingle_hashes",
    "similarity",
    "tokens",
]

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]

_WORD = re.compile(r"\w+")
_MIX1 = np.uint64(0x9E3779B97F4A7C15)
_MIX2 = np.uint64(0xBF58476D1CE4E5B9)
_MIX3 = np.uint64(0x94D049BB133111EB)
_EMPTY = np.uint32(0xFFFFFFFF)


def tokens(text: str) -> list[str]:
    """The words of a text, normalised (NFKC, casefolded).

    Examples:
        >>> tokens("Wang  said: RELATIONS.Stable")
        ['wang', 'said', 'relations', 'stable']
    """
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _mix(x: U64) -> U64:
    """The splitmix64 finaliser, in place on a fresh array."""
    with np.errstate(over="ignore"):
        x ^= x >> np.uint64(30)
        x *= _MIX2
        x ^= x >> np.uint64(27)
        x *= _MIX3
        x ^= x >> np.uint64(31)
    return x


def shingle_hashes(words: list[str], k: int = 3) -> U64:
    """One 64-bit hash per run of `k` consecutive words (one for the whole text if shorter).

    Examples:
        >>> len(shingle_hashes(["a", "b", "c", "d"], 3)), len(shingle_hashes(["a"], 3))
        (2, 1)
        >>> bool((shingle_hashes(["a", "b", "c"]) == shingle_hashes(["a", "b", "c"])).all())
        True
    """
    if not words:
        return np.empty(0, dtype=np.uint64)
    h = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    k = max(1, min(k, len(h)))
    m = len(h) - k + 1
    s = np.zeros(m, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            s ^= h[j : j + m]
            s *= _MIX1
    return _mix(s)


class SignatureBuilder:
    """Collects texts one at a time and computes their MinHash signatures in chunks.

    Only the shingle hashes of the current chunk are held, never the texts.

    Args:
        num_perm: the number of hash functions (the signature length).
        shingle_size: words per shingle.
        seed: the seed of the hash functions (fixed: signatures are comparable
            only between builders with the same seed and `num_perm`).
        min_words: texts with fewer words get no signature (`valid` is False).
        chunk: how many shingles to hash at once (bounds the memory used).
    """

    def __init__(
        self,
        *,
        num_perm: int = 128,
        shingle_size: int = 3,
        seed: int = 20240715,
        min_words: int = 1,
        chunk: int = 1 << 20,
    ) -> None:
        if num_perm < 1:
            msg = f"num_perm must be at least 1, got {num_perm}"
            raise ValueError(msg)
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.min_words = max(1, min_words)
        self._a = rng.integers(1, 1 << 63, num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 1 << 63, num_perm, dtype=np.uint64)
        self._chunk = chunk
        self._pending: list[U64] = []
        self._pending_size = 0
        self._blocks: list[U32] = []
        self._valid: list[bool] = []
        self._words: list[int] = []

    def add(self, text: str) -> int:
        """Add one text; returns its number of words."""
        words = tokens(text)
        n = len(words)
        self._words.append(n)
        if n < self.min_words:
            self._valid.append(False)
            self._pending.append(np.empty(0, dtype=np.uint64))
        else:
            self._valid.append(True)
            sh = shingle_hashes(words, self.shingle_size)
            self._pending.append(sh)
            self._pending_size += len(sh)
        if self._pending_size >= self._chunk:
            self._flush()
        return n

    def _flush(self) -> None:
        if not self._pending:
            return
        lens = np.fromiter(
            (len(p) for p in self._pending), dtype=np.int64, count=len(self._pending)
        )
        sig = np.full((len(self._pending), self.num_perm), _EMPTY, dtype=np.uint32)
        nonempty = lens > 0
        if nonempty.any():
            flat = np.concatenate(self._pending)
            starts = (np.cumsum(lens) - lens)[nonempty]
            tmp = np.empty_like(flat)
            with np.errstate(over="ignore"):
                for p in range(self.num_perm):
                    np.multiply(flat, self._a[p], out=tmp)
                    tmp += self._b[p]
                    tmp >>= np.uint64(32)
                    sig[nonempty, p] = np.minimum.reduceat(tmp, starts).astype(np.uint32)
        self._blocks.append(sig)
        self._pending = []
        self._pending_size = 0

    def finish(self) -> tuple[U32, npt.NDArray[np.bool_]]:
        """The signatures, one row per text added, and which texts have one."""
        self._flush()
        sig = (
            np.concatenate(self._blocks)
            if self._blocks
            else np.empty((0, self.num_perm), dtype=np.uint32)
        )
        self._blocks = [sig]
        return sig, np.array(self._valid, dtype=bool)

    @property
    def word_counts(self) -> npt.NDArray[np.int64]:
        """The number of words of each text added."""
        return np.array(self._words, dtype=np.int64)


def similarity(
    sig: U32, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """The estimated Jaccard similarity of the texts of each pair `(i[k], j[k])`."""
    out = np.empty(len(i), dtype=np.float64)
    step = max(1, (1 << 22) // max(1, sig.shape[1]))
    for s in range(0, len(i), step):
        eq = sig[i[s : s + step]] == sig[j[s : s + step]]
        out[s : s + step] = eq.mean(axis=1)
    return out


def _area(y: npt.NDArray[np.float64], x: npt.NDArray[np.float64]) -> float:
    return float(((y[1:] + y[:-1]) / 2 * np.diff(x)).sum())


@lru_cache(maxsize=64)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """The bands and rows per band that best separate pairs around `threshold`.

    Minimises the sum of the false-positive and false-negative areas of the
    banding curve `1 - (1 - s**rows)**bands`, as datasketch does.

    Examples:
        >>> lsh_params(0.8, 128)
        (9, 13)
    """
    if not 0.0 < threshold <= 1.0:
        msg = f"threshold must be in (0, 1], got {threshold}"
        raise ValueError(msg)
    best = (num_perm, 1)
    best_err = float("inf")
    lo = np.linspace(0.0, threshold, 201)
    hi = np.linspace(threshold, 1.0, 201)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = _area(1 - (1 - lo**rows) ** bands, lo)
            fn = _area((1 - hi**rows) ** bands, hi)
            if fp + fn < best_err - 1e-12:
                best, best_err = (bands, rows), fp + fn
    return best


def _band_keys(sig: U32, start: int, rows: int) -> U64:
    key = np.zeros(sig.shape[0], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for c in range(start, start + rows):
            key ^= sig[:, c].astype(np.uint64)
            key *= _MIX1
    return _mix(key)


def _candidates(
    sig: U32, ids: npt.NDArray[np.int64], bands: int, rows: int
) -> npt.NDArray[np.int64]:
    """Candidate pairs `(i, j)`, `i < j`: texts that share a band.

    Inside a bucket every text is paired with the first and with its neighbour,
    in an order set by the whole signature (so by content, not by position).
    """
    if len(ids) < 2:
        return np.empty((0, 2), dtype=np.int64)
    sub = sig[ids]
    whole = _band_keys(sub, 0, sig.shape[1])
    found = []
    for band in range(bands):
        key = _band_keys(sub, band * rows, rows)
        order = np.lexsort((ids, whole, key))
        k = key[order]
        same = np.empty(len(k), dtype=bool)
        same[0] = False
        same[1:] = k[1:] == k[:-1]
        if not same.any():
            continue
        pos = np.arange(len(k))
        first = np.maximum.accumulate(np.where(same, 0, pos))
        members = pos[same]
        a = ids[order[members]]
        for other in (ids[order[first[members]]], ids[order[members - 1]]):
            found.append(np.stack([np.minimum(a, other), np.maximum(a, other)], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(found)
    return np.unique(pairs, axis=0)


def _label_components(n: int, pairs: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Connected components: each node labelled with the smallest node of its component."""
    labels = np.arange(n, dtype=np.int64)
    if len(pairs) == 0:
        return labels
    i, j = pairs[:, 0], pairs[:, 1]
    while True:
        m = np.minimum(labels[i], labels[j])
        before = labels.copy()
        np.minimum.at(labels, i, m)
        np.minimum.at(labels, j, m)
        while True:  # pointer jumping
            nxt = labels[labels]
            if np.array_equal(nxt, labels):
                break
            labels = nxt
        if np.array_equal(before, labels):
            return labels


def components(
    sig: U32,
    valid: npt.NDArray[np.bool_],
    threshold: float,
    *,
    bands: int | None = None,
    rows: int | None = None,
) -> npt.NDArray[np.int64]:
    """Group texts whose estimated Jaccard similarity is at least `threshold`.

    Args:
        sig: the signatures, one row per text.
        valid: which rows have a signature; the others are never grouped.
        threshold: the least estimated Jaccard similarity of a kept pair.
        bands: LSH bands (computed from `threshold` when not given).
        rows: rows per band.

    Returns:
        For each text, the smallest position in its group (its own position
        when it has no near duplicate), or -1 for a text with no signature.
    """
    n = sig.shape[0]
    if bands is None or rows is None:
        bands, rows = lsh_params(threshold, sig.shape[1])
    ids = np.flatnonzero(valid).astype(np.int64)
    pairs = _candidates(sig, ids, bands, rows)
    if len(pairs):
        keep = similarity(sig, pairs[:, 0], pairs[:, 1]) >= threshold - 1e-12
        pairs = pairs[keep]
    labels = _label_components(n, pairs)
    labels[~valid] = -1
    return labels
