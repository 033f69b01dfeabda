"""Accident quotes, eligibility, payment and issue, cancellation (on SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from agent_app.models import AccidentCertificate, AuditEvent, Role
from agent_app.services import accident
from agent_app.services.accident import (
    AccidentError,
    InsuredInput,
    PaymentInput,
    QuoteInput,
)
from agent_app.services.errors import PermissionDeniedError, ServiceError, ValidationError
from agent_app.services.parameters import shipped_defaults
from tests.support.accident import BASIC, bg_desk, egn, individual, lnch, person

TODAY = date(2026, 6, 1)  # a Monday, in the euro era
START = date(2026, 6, 2)
D = Decimal


@pytest.fixture
def desk(store):
    return bg_desk(store)


def _paid(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_individual_quote_prices_notes_zame_and_is_saved(desk):
    data = individual(desk.customers[0], person("Петър", "Иванов", date(1990, 5, 5)), START)
    quote = accident.create_quote(desk.store, desk.agent, data, today=TODAY)
    assert quote.id is not None
    assert quote.total == D("4.49") and quote.net_premium == D("4.40")
    assert accident.NO_ZAME_DISCOUNT not in quote.notes  # ZAME is Slovenian: not a word of it
    assert quote.valid_until == TODAY + timedelta(days=13)
    assert quote.end_date == date(2027, 6, 1)
    again = accident.get_quote(desk.store, desk.agent, quote.id)
    assert again.total == quote.total and again.persons == quote.persons
    assert again.steps == quote.steps


def test_input_mistakes_are_field_errors(desk):
    bad = QuoteInput(
        desk.customers[0],
        "A",
        (InsuredInput("Петър", "Иванов", "bg_egn", egn(date(1990, 5, 5)), date(1990, 5, 6)),),
        {"death": D("100000"), "permanent_disability": D("1000.005")},
        "skydiving",
        TODAY,
        date(2027, 6, 5),
    )
    with pytest.raises(ValidationError) as caught:
        accident.price_quote(desk.store, desk.agent, bad, today=TODAY)
    codes = {name: error.code for name, error in caught.value.errors.items()}
    assert codes == {
        "insured.0.birth_date": "accident.birth_date_mismatch",
        "covers.death": "accident.sum_out_of_range",
        "covers.permanent_disability": "accident.bad_amount",
        "covers.temporary_incapacity": "accident.basic_cover_required",
        "purpose": "accident.unknown_purpose",
        "start_date": "accident.start_too_early",
        "end_date": "accident.term_too_long",
    }
    wrong_check = InsuredInput("Петър", "Иванов", "bg_egn", "9005050001", None)
    with pytest.raises(ValidationError) as caught:
        accident.price_quote(
            desk.store, desk.agent, individual(desk.customers[0], wrong_check, START), today=TODAY
        )
    assert caught.value.errors["insured.0.id_value"].code == "id.bad_checksum"
    foreigner = InsuredInput("John", "Smith", "bg_lnch", lnch(3), None)
    with pytest.raises(ValidationError) as caught:
        accident.price_quote(
            desk.store, desk.agent, individual(desk.customers[0], foreigner, START), today=TODAY
        )
    assert caught.value.errors["insured.0.birth_date"].code == "error.required"
    # a foreigner is asked about permanent residence in Bulgaria (issue 18, B5): not answered
    # "yes", the person is refused; answered, insured
    not_asked = accident.price_quote(
        desk.store,
        desk.agent,
        individual(desk.customers[0], replace(foreigner, birth_date=date(1985, 1, 1)), START),
        today=TODAY,
    )
    assert not not_asked.issuable
    assert (not_asked.persons[0].status, not_asked.persons[0].refusal_reason) == (
        "refused",
        accident.REFUSED_NOT_RESIDENT,
    )
    resident = replace(foreigner, birth_date=date(1985, 1, 1), resident_in_bulgaria=True)
    ok = accident.price_quote(
        desk.store, desk.agent, individual(desk.customers[0], resident, START), today=TODAY
    )
    assert ok.persons[0].id_kind == "bg_lnch" and ok.issuable


def test_policyholder_must_be_18(desk):
    data = individual(desk.customers[0], person("Петър", "Иванов", date(1990, 5, 5)), START)
    from agent_app.models import Customer

    with desk.store.unit_of_work() as uow:
        born = uow.session.get(Customer, desk.customers[0]).birth_date
    day_before_18 = (
        date(born.year + 18, born.month, born.day) - timedelta(days=1)
        if (born.month, born.day) != (2, 29)
        else date(born.year + 18, 2, 28)
    )
    with pytest.raises(ValidationError) as caught:
        accident.price_quote(
            desk.store,
            desk.agent,
            replace(data, start_date=day_before_18 + timedelta(days=1)),
            today=day_before_18,
        )
    assert caught.value.errors["policyholder"].code == accident.POLICYHOLDER_MINOR


def test_eligibility_refusals_and_exclusions_in_one_group(desk):
    group = (
        person("Мария", "Петрова", date(1980, 1, 10)),
        person("Стоян", "Колев", date(1957, 5, 31)),  # 69 on the quote's day: refused
        person("Калина", "Стоянова", date(2016, 3, 3)),  # 10: no death cover
        person("Радка", "Илиева", date(1975, 7, 7), capacity_loss_over_50=True),
        person("Пенчо", "Славов", date(1970, 8, 8), interdicted=True),
        person("Тодор", "Живков", date(1957, 6, 2)),  # 68 today, 69 on the start day
        person("Ганчо", "Ганев", date(1958, 3, 15)),  # 69 on 15.3.2027: shortened
    )
    data = QuoteInput(desk.customers[0], "B", group, dict(BASIC), "daily_life", START)
    quote = accident.price_quote(desk.store, desk.agent, data, today=TODAY)
    by_name = {p.last_name: p for p in quote.persons}
    assert by_name["Колев"].status == "refused"
    assert by_name["Колев"].refusal_reason == accident.REFUSED_AGE
    assert by_name["Илиева"].refusal_reason == accident.REFUSED_CAPACITY
    assert by_name["Живков"].refusal_reason == accident.REFUSED_AGE_AT_START
    child = by_name["Стоянова"]
    assert child.status == "insured" and not child.death_cover
    assert child.notes == (accident.NO_DEATH_UNDER_14,)
    assert "death" not in {s.params.get("risk") for s in child.steps}
    assert by_name["Славов"].notes == (accident.NO_DEATH_INTERDICTED,)
    assert not by_name["Славов"].death_cover
    shortened = by_name["Ганев"]
    assert shortened.end_date == date(2027, 3, 14)
    assert accident.END_SHORTENED in shortened.notes
    assert shortened.steps[-1].params["days"] == str((date(2027, 3, 14) - START).days + 1)
    assert by_name["Петрова"].end_date == date(2027, 6, 1) and by_name["Петрова"].death_cover
    assert len(quote.insured) == 4 and len(quote.refused) == 3
    assert quote.subtotal == sum(p.premium for p in quote.insured)


def test_age_68_shortening_around_the_birthday(desk):
    def end_for(born: date) -> tuple[str, date | None]:
        quote = accident.price_quote(
            desk.store,
            desk.agent,
            individual(desk.customers[0], person("Иван", "Иванов", born), START),
            today=TODAY,
        )
        return quote.persons[0].status, quote.persons[0].end_date

    assert end_for(date(1958, 6, 2)) == ("insured", date(2027, 6, 1))  # 69 the day after
    assert end_for(date(1958, 6, 1)) == ("insured", date(2027, 5, 31))  # 69 on the last day
    assert end_for(date(1958, 6, 3)) == ("insured", date(2027, 6, 1))
    assert end_for(date(1957, 6, 2)) == ("refused", None)  # 69 on the start day


def test_born_on_29_february(desk):
    leap = date(1956, 2, 29)
    quote = accident.price_quote(
        desk.store,
        desk.agent,
        individual(desk.customers[0], person("Иван", "Високосов", leap), date(2024, 6, 2)),
        today=date(2024, 6, 1),
    )
    only = quote.persons[0]
    assert only.age == 68
    assert only.end_date == date(2025, 2, 28)  # 69 on 1 March 2025 (a common year)


def test_clause_a_is_one_person_and_b_a_group(desk):
    one = person("Иван", "Иванов", date(1990, 1, 1))
    with pytest.raises(ValidationError) as caught:
        accident.price_quote(
            desk.store,
            desk.agent,
            QuoteInput(
                desk.customers[0],
                "A",
                (one, person("Ива", "Иванова", date(1991, 1, 1))),
                dict(BASIC),
                "daily_life",
                START,
            ),
            today=TODAY,
        )
    assert caught.value.errors["insured"].code == "accident.clause_a_one_person"
    with pytest.raises(ValidationError) as caught:
        accident.price_quote(
            desk.store,
            desk.agent,
            QuoteInput(desk.customers[0], "B", (one, one), dict(BASIC), "daily_life", START),
            today=TODAY,
        )
    assert caught.value.errors["insured.1.id_value"].code == "accident.duplicate_person"


def test_nobody_insurable_is_not_saved(desk):
    data = individual(desk.customers[0], person("Стоян", "Колев", date(1950, 1, 1)), START)
    with pytest.raises(AccidentError) as caught:
        accident.create_quote(desk.store, desk.agent, data, today=TODAY)
    assert caught.value.code == "accident.nobody_insurable"
    assert caught.value.params["reasons"] == [accident.REFUSED_AGE]


def test_tariff_change_takes_effect_on_its_valid_from_date(desk):
    today = accident.sofia_today()
    change = today + timedelta(days=10)
    old = accident.tariff_on(desk.store, today)
    value = shipped_defaults()["accident.tariff"].value
    new_value = {
        **value,
        "risks": {**value["risks"], "death": {**value["risks"]["death"], "rate_per_1000": "1.90"}},
    }
    accident.record_tariff_version(desk.store, desk.admin, new_value, change)
    data = individual(
        desk.customers[0], person("Иван", "Иванов", date(1990, 1, 1)), change + timedelta(days=1)
    )
    before = accident.price_quote(desk.store, desk.agent, data, today=change - timedelta(days=1))
    on_the_day = accident.price_quote(desk.store, desk.agent, data, today=change)
    assert before.tariff_valid_from == old.valid_from
    assert on_the_day.tariff_valid_from == change
    assert before.net_premium == D("4.40") and on_the_day.net_premium == D("5.40")
    with pytest.raises(ValidationError):
        accident.record_tariff_version(
            desk.store, desk.admin, {**value, "tax_rate": "2"}, change + timedelta(days=1)
        )
    with pytest.raises(PermissionDeniedError):
        accident.record_tariff_version(
            desk.store, desk.agent, new_value, change + timedelta(days=2)
        )


def _quote(desk, *, today=TODAY, start=START, born=date(1990, 5, 5), serial=0):
    return accident.create_quote(
        desk.store,
        desk.agent,
        individual(desk.customers[0], person("Петър", "Иванов", born, serial), start),
        today=today,
    )


def test_pay_and_issue_in_one_step(desk):
    quote = _quote(desk)
    paid = _paid(TODAY, 8)
    cert = accident.issue_certificate(
        desk.store,
        desk.agent,
        quote.id,
        PaymentInput("T-0001", quote.total, paid),
        now=paid + timedelta(minutes=1),
    )
    assert cert.number == "SOF-2026-000001" and cert.status == "issued"
    # 00:00 Sofia (summer time, UTC+3) of the start day to 24:00 of the end day
    assert cert.cover_start == datetime(2026, 6, 1, 21, tzinfo=UTC)
    assert cert.cover_end == datetime(2027, 6, 1, 21, tzinfo=UTC)
    assert (cert.start_date, cert.end_date) == (START, date(2027, 6, 1))
    assert accident.get_quote(desk.store, desk.agent, quote.id).status == "issued"
    with pytest.raises(AccidentError) as caught:
        accident.issue_certificate(
            desk.store, desk.agent, quote.id, PaymentInput("T-0002", quote.total, paid), now=paid
        )
    assert caught.value.code == "accident.quote_already_issued"
    second = _quote(desk, serial=1)
    other = accident.issue_certificate(
        desk.store,
        desk.agent,
        second.id,
        PaymentInput("T-0003", second.total, paid),
        now=paid + timedelta(minutes=2),
    )
    assert other.number == "SOF-2026-000002"
    listed = accident.certificates_for_customer(desk.store, desk.agent, desk.customers[0])
    assert [c.number for c in listed] == ["SOF-2026-000002", "SOF-2026-000001"]
    with desk.store.unit_of_work() as uow:
        actions = (
            uow.session.execute(
                select(AuditEvent.action).where(AuditEvent.action.like("accident.%"))
            )
            .scalars()
            .all()
        )
    assert actions.count("accident.certificate_issued") == 2


def test_payment_rules(desk):
    quote = _quote(desk)
    paid = _paid(TODAY)
    with pytest.raises(ValidationError) as caught:
        accident.issue_certificate(
            desk.store,
            desk.agent,
            quote.id,
            PaymentInput(" ", quote.total - D("0.01"), paid),
            now=paid,
        )
    assert {n: e.code for n, e in caught.value.errors.items()} == {
        "terminal_reference": "error.required",
        "amount": "accident.amount_not_total",
    }
    late = _paid(START)  # paid on the start day: cover could only start the day after
    with pytest.raises(AccidentError) as caught:
        accident.issue_certificate(
            desk.store, desk.agent, quote.id, PaymentInput("T-1", quote.total, late), now=late
        )
    assert caught.value.code == "accident.start_too_early_for_payment"
    later = accident.create_quote(
        desk.store,
        desk.agent,
        individual(
            desk.customers[0], person("Петър", "Иванов", date(1990, 5, 5)), date(2026, 7, 1)
        ),
        today=TODAY,
    )
    expired = _paid(TODAY + timedelta(days=14))
    with pytest.raises(AccidentError) as caught:
        accident.issue_certificate(
            desk.store, desk.agent, later.id, PaymentInput("T-2", later.total, expired), now=expired
        )
    assert caught.value.code == "accident.quote_expired"
    with desk.store.unit_of_work() as uow:
        assert uow.session.execute(select(AccidentCertificate)).first() is None


def test_a_quote_outdated_by_a_birthday_is_refused_at_payment(desk):
    # 13 on the quote's day (no death cover), 14 on the day of payment (the conclusion)
    quote = _quote(desk, born=date(2012, 6, 3), start=date(2026, 6, 10))
    assert quote.persons[0].notes == (accident.NO_DEATH_UNDER_14,)
    paid = _paid(date(2026, 6, 4))
    with pytest.raises(AccidentError) as caught:
        accident.issue_certificate(
            desk.store, desk.agent, quote.id, PaymentInput("T-1", quote.total, paid), now=paid
        )
    assert caught.value.code == "accident.quote_outdated"
    on_time = _paid(date(2026, 6, 2))
    issued = accident.issue_certificate(
        desk.store, desk.agent, quote.id, PaymentInput("T-1", quote.total, on_time), now=on_time
    )
    assert issued.status == "issued"


def test_cancel_rules(desk):
    quote = _quote(desk)
    paid = _paid(TODAY)
    cert = accident.issue_certificate(
        desk.store, desk.agent, quote.id, PaymentInput("T-1", quote.total, paid), now=paid
    )
    with pytest.raises(PermissionDeniedError):
        accident.cancel_certificate(desk.store, desk.agent, cert.id, "mistake", now=paid)
    with pytest.raises(ValidationError):
        accident.cancel_certificate(desk.store, desk.supervisor, cert.id, "  ", now=paid)
    started = cert.cover_start
    with pytest.raises(AccidentError) as caught:
        accident.cancel_certificate(desk.store, desk.supervisor, cert.id, "late", now=started)
    assert caught.value.code == "accident.cancel_after_start"
    done = accident.cancel_certificate(
        desk.store, desk.supervisor, cert.id, "грешен клиент", now=started - timedelta(seconds=1)
    )
    assert done.status == "cancelled" and done.cancel_reason == "грешен клиент"
    with pytest.raises(AccidentError) as caught:
        accident.cancel_certificate(desk.store, desk.supervisor, cert.id, "again", now=paid)
    assert caught.value.code == "accident.already_cancelled"
    # never deleted: still listed, with its status
    listed = accident.certificates_for_customer(desk.store, desk.agent, desk.customers[0])
    assert [(c.number, c.status) for c in listed] == [(cert.number, "cancelled")]


def test_other_markets_are_refused(store, admin):
    si_agent = replace(admin, role=Role.AGENT)
    with pytest.raises(ServiceError) as caught:
        accident.price_quote(
            store,
            si_agent,
            individual(1, person("Иван", "Иванов", date(1990, 1, 1)), START),
            today=TODAY,
        )
    assert caught.value.code == "error.wrong_market"


CSV = (
    (
        "first_name;last_name;id_kind;id_value;birth_date;capacity_loss_over_50;interdicted;"
        "resident_in_bulgaria\n"
    )
    + """Мария;Петрова;;{egn1};;не;не
John;Smith;ЛНЧ;{lnch1};1984-02-02;;;да
Георги;Бад;bg_egn;9005050001;;;
;Безиме;;{egn2};;;
Пенчо;Славов;егн;{egn3};;no;да
Иван;Двойников;;{egn1};;;
Анна;Гола;bg_lnch;{lnch2};;;
Стефан;Странен;;{egn4};;може би;
"""
)


def test_group_list_from_csv_reports_row_errors(desk):
    text = CSV.format(
        egn1=egn(date(1980, 1, 10)),
        egn2=egn(date(1981, 1, 1)),
        egn3=egn(date(1970, 8, 8)),
        egn4=egn(date(1972, 2, 2)),
        lnch1=lnch(1),
        lnch2=lnch(2),
    )
    result = accident.parse_insured_csv(text.encode("cp1251"), today=TODAY)
    assert result.rows == 8
    assert [p.last_name for p in result.persons] == ["Петрова", "Smith", "Славов"]
    assert result.persons[2].interdicted and not result.persons[0].interdicted
    assert result.persons[1].resident_in_bulgaria and not result.persons[0].resident_in_bulgaria
    assert [(e.line, e.field, e.code) for e in result.errors] == [
        (4, "id_value", "id.bad_checksum"),
        (5, "first_name", "error.required"),
        (7, "id_value", "accident.duplicate_person"),
        (8, "birth_date", "error.required"),
        (9, "capacity_loss_over_50", "accident.csv_bad_yes_no"),
    ]
    with pytest.raises(AccidentError) as caught:
        accident.parse_insured_csv(b"name,egn\nx,y\n")
    assert caught.value.code == "accident.csv_missing_columns"
