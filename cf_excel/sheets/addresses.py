"""A1 addresses: column letters ↔ numbers, and a cell reference → (row, column)."""

from __future__ import annotations


def parse_a1(ref: str) -> tuple[int, int]:
    """`$E$5` or `Sheet1!E5` → (5, 5)."""
    letters = "".join(ch for ch in ref.split("!")[-1] if ch.isalpha())
    digits = "".join(ch for ch in ref.split("!")[-1] if ch.isdigit())
    return int(digits), column_number(letters)


def column_number(letters: str) -> int:
    """Column letters → 1-based number (A → 1, AA → 27)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def column_letter(column: int) -> str:
    """1-based column number → letters (1 → A, 27 → AA)."""
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
