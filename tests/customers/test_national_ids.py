"""National identifiers: checksums, normal form, and the birth date and sex they encode."""

from __future__ import annotations

from datetime import date

import pytest

from agent_app.services.customers.national_ids import IdKind, InvalidIdentifier, guess_kinds, parse

JMBG_WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _jmbg(first12: str) -> str:
    """A JMBG computed here, independently of the code under test."""
    check = 11 - sum(int(d) * w for d, w in zip(first12, JMBG_WEIGHTS, strict=True)) % 11
    return first12 + str(0 if check > 9 else check)


def _code(kind: str, text: str) -> str:
    with pytest.raises(InvalidIdentifier) as caught:
        parse(kind, text)
    return caught.value.code


@pytest.mark.parametrize(
    ("kind", "text", "value", "born", "sex"),
    [
        # davčna številka: weights 8..2, 11 - (sum mod 11)
        ("si_tax", "15012557", "15012557", None, None),
        ("si_tax", "SI 1501 2557", "15012557", None, None),
        ("si_tax", "98765434", "98765434", None, None),
        # EMŠO: DD MM YYY RR SSS K; SSS < 500 male; YYY 006 is 2006, 985 is 1985
        ("si_emso", "0101006500006", "0101006500006", date(2006, 1, 1), "M"),
        ("si_emso", "1503985500121", "1503985500121", date(1985, 3, 15), "M"),
        ("si_emso", "1503985505123", "1503985505123", date(1985, 3, 15), "F"),
        # ЕГН: YYMMDD, month +20 before 1900, +40 from 2000; ninth digit even for a man
        ("bg_egn", "8503150120", "8503150120", date(1985, 3, 15), "M"),
        ("bg_egn", "8503150136", "8503150136", date(1985, 3, 15), "F"),
        ("bg_egn", "8532150128", "8532150128", date(1885, 12, 15), "M"),
        ("bg_egn", "0543150130", "0543150130", date(2005, 3, 15), "F"),
        ("bg_egn", "850315 012 0", "8503150120", date(1985, 3, 15), "M"),
        # ЛНЧ: weights 21, 19, 17, 13, 11, 9, 7, 3, 1 mod 10; encodes nothing
        ("bg_lnch", "7111042925", "7111042925", None, None),
        ("bg_lnch", "1234567893", "1234567893", None, None),
        # JMBG: same layout and mod-11 rule as EMŠO
        ("rs_jmbg", "1503985710010", "1503985710010", date(1985, 3, 15), "M"),
        ("rs_jmbg", "15.03.985-71-001-0", "1503985710010", date(1985, 3, 15), "M"),
        ("rs_jmbg", _jmbg("010100071500"), _jmbg("010100071500"), date(2000, 1, 1), "F"),
        ("rs_jmbg", _jmbg("311299980499"), _jmbg("311299980499"), date(1999, 12, 31), "M"),
    ],
)
def test_valid_identifiers_parse_to_normal_form_birth_date_and_sex(kind, text, value, born, sex):
    parsed = parse(kind, text)
    assert parsed.kind is IdKind(kind)
    assert parsed.value == value
    assert parsed.birth_date == born
    assert parsed.sex == sex


@pytest.mark.parametrize(
    ("kind", "text", "code"),
    [
        ("si_tax", "15012558", "id.bad_checksum"),
        ("si_tax", "01234567", "id.si_tax_format"),  # first digit 0
        ("si_tax", "1501255", "id.si_tax_format"),
        ("si_tax", "1501255A", "id.si_tax_format"),
        ("si_emso", "0101006500007", "id.bad_checksum"),
        ("si_emso", "3213985500000", "id.bad_birth_date"),
        ("si_emso", "010100650000", "id.si_emso_format"),
        ("bg_egn", "8503150121", "id.bad_checksum"),
        ("bg_egn", "8513150000", "id.bad_birth_date"),  # month 13
        ("bg_egn", "85031501", "id.bg_egn_format"),
        ("bg_lnch", "7111042924", "id.bad_checksum"),
        ("bg_lnch", "711104292", "id.bg_lnch_format"),
        ("rs_jmbg", "1503985710011", "id.bad_checksum"),
        ("rs_jmbg", "3213985710000", "id.bad_birth_date"),
        ("rs_jmbg", "123", "id.jmbg_format"),
        ("rs_jmbg", "15039857100AB", "id.jmbg_format"),
    ],
)
def test_invalid_identifiers_name_what_is_wrong(kind, text, code):
    assert _code(kind, text) == code


def test_jmbg_check_digit_eleven_and_ten_both_become_zero():
    """11 - (sum mod 11): remainder 0 gives 11 and remainder 1 gives 10; both are written 0."""
    by_remainder: dict[int, str] = {}
    for serial in range(500):
        first12 = f"150398571{serial:03d}"
        remainder = sum(int(d) * w for d, w in zip(first12, JMBG_WEIGHTS, strict=True)) % 11
        by_remainder.setdefault(remainder, first12)
    for remainder in (0, 1):
        number = by_remainder[remainder] + "0"
        assert parse("rs_jmbg", number).value == number
        assert _code("rs_jmbg", by_remainder[remainder] + "1") == "id.bad_checksum"
    # any other remainder: the check digit is 11 - remainder, and 0 is wrong
    first12 = by_remainder[5]
    assert parse("rs_jmbg", first12 + "6").value == first12 + "6"
    assert _code("rs_jmbg", first12 + "0") == "id.bad_checksum"


def test_emso_and_jmbg_years_from_800_are_the_1800s_and_1900s():
    assert parse("si_emso", "0101006500006").birth_date == date(2006, 1, 1)
    assert parse("rs_jmbg", _jmbg("010180071000")).birth_date == date(1800, 1, 1)
    assert parse("rs_jmbg", _jmbg("010199971000")).birth_date == date(1999, 1, 1)
    assert parse("rs_jmbg", _jmbg("010102571000")).birth_date == date(2025, 1, 1)


def test_egn_month_offsets_and_sex_digit():
    assert parse("bg_egn", "8532150128").birth_date.year == 1885  # month 32: 1800s
    assert parse("bg_egn", "0543150125").birth_date == date(2005, 3, 15)  # month 43: 2000s
    assert parse("bg_egn", "8503150120").sex == "M"  # ninth digit 2, even
    assert parse("bg_egn", "8503150136").sex == "F"  # ninth digit 3, odd


def test_unknown_kind_is_a_value_error():
    with pytest.raises(ValueError):
        parse("xx_passport", "123")


def test_guess_kinds_by_length_for_the_search_box():
    assert guess_kinds("15012557") == [IdKind.SI_TAX]
    assert guess_kinds("SI 1501 2557") == [IdKind.SI_TAX]
    assert guess_kinds("850315 0120") == [IdKind.BG_EGN, IdKind.BG_LNCH]
    assert guess_kinds("0101006500006") == [IdKind.SI_EMSO, IdKind.RS_JMBG]
    assert guess_kinds("12345") == []
    assert guess_kinds("Novak") == []
