"""Vietnamese text rules of DESIGN §4, shared with the pure planparse package."""

import unicodedata

from planparse.text import agency_key, nfc, search_key, strip_accents

VIETNAMESE_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_ORDER = {ch: i for i, ch in enumerate(VIETNAMESE_ALPHABET)}
_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng


def _word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Base letters in Vietnamese order (ă after a, đ after d) over the whole word first; tones break ties."""
    letters, tones = [], []
    for ch in nfc(word).lower():
        decomposed = unicodedata.normalize("NFD", ch)
        letter = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        letters.append(_LETTER_ORDER.get(letter, 100 + ord(letter[:1] or " ")))
        tones.append(next((i + 1 for i, mark in enumerate(_TONE_MARKS) if mark in decomposed), 0))
    return tuple(letters), tuple(tones)


def person_sort_key(full_name: str) -> tuple:
    """Sort people the Vietnamese way: given name (last word) first, then the rest in order."""
    words = nfc(full_name).split()
    if not words:
        return ()
    return (_word_key(words[-1]), tuple(_word_key(w) for w in words[:-1]))


__all__ = ["agency_key", "nfc", "person_sort_key", "search_key", "strip_accents"]
