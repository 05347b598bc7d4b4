"""Amounts in Chinese capital numerals, by the bank rules for bills and vouchers:
zeros inside, the 万 and 亿 boundaries, jiao without fen and fen without jiao, whole
amounts, nothing, negatives; too many decimals, too much money, and what is not an
amount refused."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server_schema.money_words import DIGITS, LIMIT, capital_amount

CASES = [
    # whole amounts: 整 after 元
    ("0", "零元整"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),  # the 壹 of 壹拾 is always written
    ("15", "壹拾伍元整"),
    ("110", "壹佰壹拾元整"),
    ("123", "壹佰贰拾叁元整"),
    ("1000", "壹仟元整"),
    # zeros inside: one 零 for a run
    ("1005.00", "壹仟零伍元整"),
    ("1010", "壹仟零壹拾元整"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("10010", "壹万零壹拾元整"),
    # 万 boundary: a group's trailing zeros are silent, its leading ones read 零
    ("10000", "壹万元整"),
    ("100000.50", "壹拾万元伍角"),
    ("107000.53", "壹拾万柒仟元伍角叁分"),
    ("100700", "壹拾万零柒佰元整"),
    ("1000500", "壹佰万零伍佰元整"),
    ("20000000", "贰仟万元整"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    # 亿 boundary, with and without an empty 万 group
    ("100000000", "壹亿元整"),
    ("100001000", "壹亿零壹仟元整"),
    ("100010000", "壹亿零壹万元整"),
    ("110000000", "壹亿壹仟万元整"),
    ("1000000001", "壹拾亿零壹元整"),
    ("200000000.01", "贰亿元零壹分"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    # jiao without fen (no 整 after 角), fen without jiao (零 after 元)
    ("10.10", "壹拾元壹角"),
    ("0.50", "伍角"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("0.05", "伍分"),
    ("0.01", "壹分"),
    ("0.99", "玖角玖分"),
    # the 元 digit zero with jiao: the optional 零 left out
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    # negatives
    ("-3", "负叁元整"),
    ("-0.05", "负伍分"),
    ("-1005.50", "负壹仟零伍元伍角"),
    ("-999999999999.99", "负玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ("-0.00", "零元整"),  # nothing is not negative
    # trailing zeros beyond the cents are no extra decimals
    ("1.230", "壹元贰角叁分"),
    ("25.0000", "贰拾伍元整"),
    ("1E+3", "壹仟元整"),
]


@pytest.mark.parametrize(("amount", "words"), CASES)
def test_amounts_in_capital_numerals(amount, words):
    assert capital_amount(Decimal(amount)) == words


def test_whole_numbers_of_yuan_as_int():
    assert capital_amount(1005) == "壹仟零伍元整"
    assert capital_amount(-20) == "负贰拾元整"


@pytest.mark.parametrize("amount", ["0.001", "1.005", "-0.125", "12.3456"])
def test_more_than_two_decimals_refused(amount):
    with pytest.raises(ValueError, match="two decimals"):
        capital_amount(Decimal(amount))


@pytest.mark.parametrize("amount", ["1000000000000", "1000000000000.00", "-1000000000000", "1E+12",
                                    "1E+40", "99999999999999999999999999999"])
def test_too_large_refused(amount):
    with pytest.raises(ValueError, match="too large"):
        capital_amount(Decimal(amount))


@pytest.mark.parametrize("amount", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_not_a_number_refused(amount):
    with pytest.raises(ValueError):
        capital_amount(Decimal(amount))


@pytest.mark.parametrize("amount", [1.5, "12.50", None, True, b"1"])
def test_what_is_not_an_amount_refused(amount):
    with pytest.raises(TypeError):
        capital_amount(amount)


def test_the_limit_itself_is_written():
    assert capital_amount(LIMIT).endswith("玖角玖分")


def parse(words: str) -> Decimal:
    """The words read back into a number, the way a person adds them up: the check
    that every digit and unit is where it belongs."""
    sign = -1 if words.startswith("负") else 1
    words = words.removeprefix("负").removesuffix("整")
    units = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    section = group = Decimal(0)  # below 万 (or 亿), and below 亿
    digit = Decimal(0)
    for char in words:
        if char in DIGITS:
            digit = Decimal(DIGITS.index(char))
        elif char in units:
            section += digit * units[char]
            digit = Decimal(0)
        elif char == "万":
            group += (section + digit) * 10_000
            section = digit = Decimal(0)
        elif char == "亿":
            total += (group + section + digit) * 100_000_000
            group = section = digit = Decimal(0)
        elif char == "元":
            total += group + section + digit
            group = section = digit = Decimal(0)
        elif char == "角":
            total += digit / 10
            digit = Decimal(0)
        elif char == "分":
            total += digit / 100
            digit = Decimal(0)
        else:
            raise AssertionError(f"unexpected {char!r} in {words}")
    return sign * total


@given(st.decimals(min_value=-LIMIT, max_value=LIMIT, places=2, allow_nan=False, allow_infinity=False))
def test_the_words_say_the_amount(amount):
    words = capital_amount(amount)
    if amount == 0:
        assert words == "零元整"
        return
    assert parse(words) == amount
    # Well formed: never two 零 in a row, never 零 before a unit or at the end, 整 only after 元.
    assert "零零" not in words and not words.endswith("零")
    assert all(f"零{unit}" not in words for unit in "拾佰仟万亿元角分")
    assert words.endswith(("整", "角", "分"))
    assert words.endswith("整") == (amount == amount.to_integral_value())
    # 拾 always has its digit before it: 壹拾, not 拾.
    assert not words.removeprefix("负").startswith("拾")
