"""Valid national identifiers made from a seed (tax number, EMŠO, ЕГН, JMBG)."""

from __future__ import annotations

from datetime import date

from stdnum.bg import egn
from stdnum.si import ddv, emso

from agent_app.services.customers.national_ids import _jmbg_check_digit


def si_tax(seed: int) -> str:
    """A valid tax number; different seeds give different numbers."""
    for n in range(seed * 50, seed * 50 + 50):
        body = f"{1_000_000 + (n * 7919) % 8_999_999:07d}"
        number = body + ddv.calc_check_digit(body)
        if ddv.is_valid(number):
            return number
    raise AssertionError("no tax number")


def si_emso(born: date, female: bool = False, seed: int = 0) -> str:
    for serial in range(seed, seed + 100):
        sequence = (500 if female else 0) + 400 + serial % 99
        body = f"{born:%d%m}{born.year % 1000:03d}50{sequence:03d}"
        number = body + emso.calc_check_digit(body)
        if emso.is_valid(number):
            return number
    raise AssertionError("no EMŠO")


def bg_egn(born: date, female: bool = False, seed: int = 0) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)
    for serial in range(seed * 2, seed * 2 + 100):
        ninth = serial % 5 * 2 + (1 if female else 0)
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{70 + serial // 5 % 30:02d}{ninth}"
        number = body + egn.calc_check_digit(body)
        if egn.is_valid(number):
            return number
    raise AssertionError("no EGN")


def rs_jmbg(born: date, female: bool = False, seed: int = 0) -> str:
    body = f"{born:%d%m}{born.year % 1000:03d}71{(500 if female else 0) + 400 + seed % 99:03d}"
    return body + str(_jmbg_check_digit(body))
