"""Amounts of money in Chinese capital numerals (大写金额), as receipts and vouchers
write them so that a figure cannot be altered.

The rules are those of the People's Bank of China for filling in bills and vouchers
(《正确填写票据和结算凭证的基本规定》):

- "整" follows "元" when there are no jiao and no fen; nothing follows "角" or "分".
- The one of "壹拾" is always written (壹拾元, 壹拾万), never plain "拾".
- A zero, or a run of zeros, between digits is written as one "零" (1005 → 壹仟零伍元,
  6007.14 → 陆仟零柒元壹角肆分); a four-digit group (万, 亿) that starts with zeros
  after a higher group is read the same way (100700 → 壹拾万零柒佰元).
- Where the rules leave the "零" optional (the 万 or 元 digit zero while the next
  digit is not: 107000 → 壹拾万柒仟元, 1680.32 → 壹仟陆佰捌拾元叁角贰分) it is left out,
  as spoken Chinese does; where they require it (jiao zero and fen not: 325.04 →
  叁佰贰拾伍元零肆分) it is written.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

DIGITS = "零壹贰叁肆伍陆柒捌玖"
# Units within a four-digit group, from the ones up.
PLACES = ("", "拾", "佰", "仟")
# Units of the groups, from the ones up: 元 groups, 万, 亿.
GROUPS = ("", "万", "亿")
#: The largest amount written: under a trillion yuan (亿 is the largest group unit).
LIMIT = Decimal("999999999999.99")
CENT = Decimal("0.01")


def capital_amount(amount: Decimal | int) -> str:
    """``amount`` (yuan, at most two decimals) in capital numerals: 1005 → 壹仟零伍元整,
    100000.50 → 壹拾万元伍角, 0.05 → 伍分, -3 → 负叁元整.

    Raises ``TypeError`` for a float (binary fractions are not money) and
    ``ValueError`` for more than two decimals, for not-a-number and for amounts
    beyond ±999,999,999,999.99."""
    value = _checked(amount)
    if value == 0:
        return "零元整"
    sign = "负" if value < 0 else ""
    cents = int(abs(value) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    words = _integer(yuan) + "元" if yuan else ""
    if jiao:
        words += DIGITS[jiao] + "角"
    elif fen and yuan:
        words += "零"  # the rule: 元 零 X 分 when the jiao digit is zero
    if fen:
        words += DIGITS[fen] + "分"
    if not jiao and not fen:
        words += "整"
    return sign + words


def _checked(amount: object) -> Decimal:
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError(f"an amount of money is a Decimal or an int, not {type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"not an amount of money: {value}")
    try:
        exact = value.quantize(CENT)
    except InvalidOperation:  # too many digits to hold
        raise ValueError(f"amount too large to write in capital numerals: {value}") from None
    if exact != value:
        raise ValueError(f"an amount of money has at most two decimals: {value}")
    if abs(value) > LIMIT:
        raise ValueError(f"amount too large to write in capital numerals: {value}")
    return exact


def _integer(number: int) -> str:
    """A whole number of yuan (> 0), read digit by digit from the top."""
    digits = str(number)
    words: list[str] = []
    zero_pending = False
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index  # 0 for the ones
        group, place = divmod(position, 4)
        digit = int(char)
        if digit:
            if zero_pending:
                words.append("零")
                zero_pending = False
            words.append(DIGITS[digit] + PLACES[place])
        elif words:
            zero_pending = True
        if place == 0 and group and _group_value(digits, group):
            words.append(GROUPS[group])
            # A group's trailing zeros are silent: 107000 is 壹拾万柒仟, not 壹拾万零柒仟.
            zero_pending = False
    return "".join(words)


def _group_value(digits: str, group: int) -> int:
    """The four-digit group ``group`` (0 ones, 1 万, 2 亿) of ``digits`` as a number."""
    end = len(digits) - 4 * group
    return int(digits[max(0, end - 4):end] or "0")
