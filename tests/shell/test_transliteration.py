"""Serbian Latin -> Cyrillic for the sr_Cyrl translation: digraphs, exceptions, protected parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_app.services.transliteration import latin_to_cyrillic, latin_ts_to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ljubljana", "Љубљана"),
        ("LJUBAV", "ЉУБАВ"),
        ("Njegoš", "Његош"),
        ("džep", "џеп"),
        ("Džon i Đorđe", "Џон и Ђорђе"),
        ("nadživeti", "надживети"),  # nad|živeti: д + ж, not џ
        ("podžanr", "поджанр"),
        ("konjunkcija", "конјункција"),  # kon|junkcija: н + ј, not њ
        ("Čačak, Šabac, Ćuprija, Žabalj", "Чачак, Шабац, Ћуприја, Жабаљ"),
    ],
)
def test_letters_and_digraphs(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


def test_placeholders_markup_addresses_and_abbreviations_stay() -> None:
    text = "Šifra %1 za {name}: <b>pošalji</b> na SMTP server, www.example.rs ili a.b@c.rs &&"
    assert latin_to_cyrillic(text) == (
        "Шифра %1 за {name}: <b>пошаљи</b> на SMTP сервер, www.example.rs или a.b@c.rs &&"
    )
    assert latin_to_cyrillic("&Sačuvaj") == "&Сачувај"  # the accelerator stays on its letter


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Zaključaj (Ctrl+L)", "Закључај (Ctrl+L)"),
        ("{section} (Ctrl+{number})", "{section} (Ctrl+{number})"),
        ("Osveži (F5), zatvori (Esc)", "Освежи (F5), затвори (Esc)"),
        ("Alternativa", "Алтернатива"),  # a Serbian word starting like a key's name
        ("Agent Desk je spreman", "Agent Desk је спреман"),
        ("Generali Investments i Moj Generali", "Generali Investments и Moj Generali"),
        ("Generali ZAME (Slovenija)", "Generali ZAME (Словенија)"),
        # a number or a code as it is printed (by hand: "СОФ-ЦЕНТЕР-2026-000012")
        ("Broj potvrde, npr. SOF-CENTER-2026-000012", "Број потврде, нпр. SOF-CENTER-2026-000012"),
        ("Filijala BG-CENTAR", "Филијала BG-CENTAR"),
        ("dokumenti su označeni sa DEMO", "документи су означени са DEMO"),  # as printed
    ],
)
def test_brand_and_key_names_stay_latin(latin: str, cyrillic: str) -> None:
    """Issue 17: the Cyrillic file wrote "Агент Деск", "Генерали" and "Цтрл+Н"."""
    assert latin_to_cyrillic(latin) == cyrillic


def test_the_shipped_cyrillic_file_keeps_brand_and_key_names() -> None:
    shipped = Path(__file__).resolve().parents[2] / "resources" / "translations"
    text = (shipped / "agent_desk_sr_Cyrl.ts").read_text("utf-8")
    for transliterated in ("Агент Деск", "Генерали", "Цтрл", "СОФ-ЦЕНТЕР"):
        assert transliterated not in text
    assert "Agent Desk" in text and "Ctrl+" in text


def test_file_dialog_patterns_stay_latin() -> None:
    """By hand in Serbian Cyrillic the quote wizard's Import from CSV dialog filtered on
    '*.цсв', so no .csv file was listed."""
    assert latin_to_cyrillic("CSV datoteke (*.csv *.txt);;Sve datoteke (*)") == (
        "CSV датотеке (*.csv *.txt);;Све датотеке (*)"
    )
    shipped = Path(__file__).resolve().parents[2] / "resources" / "translations"
    text = (shipped / "agent_desk_sr_Cyrl.ts").read_text("utf-8")
    assert "*.цсв" not in text and "(*.csv" in text


def test_a_ts_file_gets_the_finished_latin_entries_in_cyrillic(tmp_path: Path) -> None:
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    latin = tmp_path / "sr_Latn.ts"
    latin.write_text(
        header
        + """<TS version="2.1" language="sr_Latn"><context><name>X</name>
<message><source>Save</source><translation>Sačuvaj</translation></message>
<message><source>Later</source><translation type="unfinished">Kasnije</translation></message>
<message numerus="yes"><source>%n customers</source><translation>
<numerusform>%n klijent</numerusform><numerusform>%n klijenta</numerusform>
<numerusform>%n klijenata</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    cyrillic = tmp_path / "sr_Cyrl.ts"
    cyrillic.write_text(
        header
        + """<TS version="2.1" language="sr_Cyrl"><context><name>X</name>
<message><source>Save</source><translation type="unfinished"></translation></message>
<message><source>Later</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n customers</source><translation type="unfinished">
<numerusform></numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    assert latin_ts_to_cyrillic(latin, cyrillic) == 2
    text = cyrillic.read_text("utf-8")
    assert "<translation>Сачувај</translation>" in text
    assert text.count('type="unfinished"') == 1  # "Later" is not finished in Latin either
    assert "<numerusform>%n клијената</numerusform>" in text
    assert text.startswith(header)
