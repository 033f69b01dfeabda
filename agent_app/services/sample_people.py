"""Made-up people for the demo store and the search benchmark: plausible names in the scripts
each market writes (Slovenian with č š ž, Bulgarian in Cyrillic, Serbian in Latin and Cyrillic),
with national ids that pass every checksum and agree with the birth date and sex, addresses,
e-mails and mobile numbers.

Deterministic for a seed (``random.Random``), and unique where the store demands it (national
ids) or where the duplicate check would otherwise object (e-mail, mobile): ids come from
per-birth-date counters rather than from luck, so a million people are as cheap as three hundred.

E-mails use the reserved example.com/.net/.org domains (RFC 2606), so a demo store never mails
anyone. Mobile numbers are valid numbers in real mobile ranges, because validation demands it:
never connect a demo store to a real SMS gateway.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from agent_app.services.search_text import word_variants

# --- names ----------------------------------------------------------------------------------

SI_MALE = (
    "Luka",
    "Marko",
    "Matej",
    "Janez",
    "Jože",
    "Andrej",
    "Tomaž",
    "Žiga",
    "Nejc",
    "Gašper",
    "Rok",
    "Primož",
    "Boštjan",
    "Matjaž",
    "Aleš",
    "Blaž",
    "Jure",
    "Uroš",
    "Miha",
    "Anže",
    "Domen",
    "Tadej",
    "Igor",
    "Franc",
    "Anton",
    "Marjan",
    "Stanko",
    "Dušan",
    "Bojan",
    "Simon",
    "Klemen",
    "Peter",
    "Jan",
    "Nik",
    "Vid",
    "Žan",
    "Aljaž",
    "Črt",
    "Matic",
    "Gregor",
)
SI_FEMALE = (
    "Maja",
    "Petra",
    "Nina",
    "Ana",
    "Mojca",
    "Špela",
    "Urška",
    "Nataša",
    "Katja",
    "Barbara",
    "Tjaša",
    "Živa",
    "Nuša",
    "Ajda",
    "Eva",
    "Sara",
    "Lara",
    "Zala",
    "Neža",
    "Tina",
    "Mateja",
    "Andreja",
    "Polona",
    "Irena",
    "Jožica",
    "Marija",
    "Vesna",
    "Darja",
    "Brigita",
    "Alenka",
    "Tanja",
    "Metka",
    "Lucija",
    "Hana",
    "Ema",
    "Pia",
    "Manca",
    "Taja",
    "Ana Marija",
    "Klara",
)
SI_SURNAMES = (
    "Novak",
    "Horvat",
    "Kovačič",
    "Krajnc",
    "Zupančič",
    "Potočnik",
    "Kovač",
    "Mlakar",
    "Kos",
    "Vidmar",
    "Golob",
    "Turk",
    "Božič",
    "Kralj",
    "Zupan",
    "Bizjak",
    "Hribar",
    "Kastelic",
    "Oblak",
    "Šuštar",
    "Žagar",
    "Petrovič",
    "Kolar",
    "Korošec",
    "Knez",
    "Rozman",
    "Kavčič",
    "Medved",
    "Jerman",
    "Černe",
    "Furlan",
    "Pirc",
    "Sever",
    "Zorko",
    "Koren",
    "Logar",
    "Žnidaršič",
    "Jereb",
    "Kranjc",
    "Petek",
    "Petrič",
    "Babič",
    "Košir",
    "Majcen",
    "Dolenc",
    "Mrak",
    "Štrukelj",
    "Lesjak",
    "Tomažič",
    "Čeh",
    "Šinkovec",
    "Ribič",
    "Rupnik",
    "Marolt",
    "Erjavec",
    "Bogataj",
    "Leban",
    "Gorenc",
    "Kokalj",
    "Vrhovnik",
    "Pavlič",
    "Hrovat",
    "Jug",
    "Mavrič",
    "Debeljak",
    "Novak Kovačič",
    "Horvat Zupan",
    "Ferjančič",
    "Štefančič",
    "Žužek",
)

BG_MALE = (
    "Иван",
    "Георги",
    "Димитър",
    "Петър",
    "Николай",
    "Христо",
    "Стоян",
    "Тодор",
    "Васил",
    "Живко",
    "Кирил",
    "Борислав",
    "Александър",
    "Стефан",
    "Йордан",
    "Атанас",
    "Красимир",
    "Любомир",
    "Пламен",
    "Валентин",
    "Цветан",
    "Митко",
    "Емил",
    "Добромир",
    "Ангел",
    "Борис",
    "Калоян",
    "Мартин",
    "Виктор",
    "Радослав",
    "Светослав",
    "Венцислав",
    "Чавдар",
    "Огнян",
    "Здравко",
)
BG_FEMALE = (
    "Мария",
    "Елена",
    "Йорданка",
    "Петя",
    "Десислава",
    "Гергана",
    "Надежда",
    "Цветелина",
    "Светлана",
    "Радка",
    "Жана",
    "Иванка",
    "Виолета",
    "Даниела",
    "Росица",
    "Милена",
    "Теодора",
    "Анна",
    "Силвия",
    "Катя",
    "Стефка",
    "Валентина",
    "Емилия",
    "Юлия",
    "Биляна",
    "Кремена",
    "Радостина",
    "Величка",
    "Снежана",
    "Зорница",
    "Надя",
    "Христина",
    "Яна",
    "Женя",
    "Щилияна",
)
# Male forms; the female form adds "а" (Иванов → Иванова, Петровски → Петровска).
BG_SURNAMES = (
    "Иванов",
    "Петров",
    "Георгиев",
    "Димитров",
    "Живков",
    "Стоянов",
    "Николов",
    "Христов",
    "Тодоров",
    "Чолаков",
    "Щерев",
    "Попов",
    "Цветков",
    "Жеков",
    "Ангелов",
    "Василев",
    "Атанасов",
    "Петков",
    "Илиев",
    "Йорданов",
    "Маринов",
    "Колев",
    "Стефанов",
    "Костов",
    "Михайлов",
    "Янков",
    "Добрев",
    "Кирилов",
    "Младенов",
    "Радев",
    "Шишков",
    "Хаджиев",
    "Павлов",
    "Бонев",
    "Дачев",
    "Лазаров",
    "Цанков",
    "Чернев",
    "Тончев",
    "Вълчев",
    "Станчев",
    "Русев",
    "Борисов",
    "Ковачев",
    "Желязков",
    "Щерионов",
    "Пенчев",
    "Петровски",
    "Зарков",
    "Славов",
)
# Foreigners living in Bulgaria: ЛНЧ instead of ЕГН, names as in their documents, by origin:
# (men's first names, women's first names, surnames).
BG_FOREIGNERS = (
    (
        ("Dimitrios", "Giorgos", "Nikos"),
        ("Maria", "Eleni", "Sofia"),
        ("Papadopoulos", "Nikolaidis", "Georgiou"),
    ),
    (("Mehmet", "Ahmet", "Mustafa"), ("Ayşe", "Fatma", "Zeynep"), ("Yılmaz", "Demir", "Şahin")),
    (("Andrei", "Mihai", "Ion"), ("Elena", "Ioana", "Andreea"), ("Popescu", "Ionescu", "Dumitru")),
    (("Thomas", "Stefan", "Jürgen"), ("Anna", "Sophie", "Jana"), ("Schmidt", "Müller", "Weber")),
    (
        ("Олег", "Андрій", "Тарас"),
        ("Олена", "Оксана", "Ірина"),
        ("Коваленко", "Шевченко", "Бондаренко"),
    ),
)
RS_MALE = (
    "Marko",
    "Nikola",
    "Stefan",
    "Milan",
    "Dragan",
    "Nenad",
    "Đorđe",
    "Luka",
    "Miloš",
    "Aleksandar",
    "Nemanja",
    "Vladimir",
    "Dušan",
    "Zoran",
    "Goran",
    "Dejan",
    "Srđan",
    "Bojan",
    "Predrag",
    "Slobodan",
    "Vuk",
    "Lazar",
    "Ognjen",
    "Uroš",
    "Filip",
    "Petar",
    "Jovan",
    "Žarko",
    "Živojin",
    "Branislav",
    "Čedomir",
    "Radovan",
    "Ljubomir",
    "Njegoš",
    "Mihajlo",
)
RS_FEMALE = (
    "Jelena",
    "Milica",
    "Ana",
    "Marija",
    "Jovana",
    "Dragana",
    "Ivana",
    "Snežana",
    "Tijana",
    "Katarina",
    "Teodora",
    "Sanja",
    "Jasmina",
    "Gordana",
    "Vesna",
    "Biljana",
    "Nataša",
    "Marina",
    "Ljiljana",
    "Dušica",
    "Slađana",
    "Mirjana",
    "Danijela",
    "Andrijana",
    "Nevena",
    "Sofija",
    "Anđela",
    "Kristina",
    "Zorica",
    "Branka",
    "Petra",
    "Đurđa",
    "Olivera",
    "Svetlana",
    "Njegoslava",
)
RS_SURNAMES = (
    "Petrović",
    "Jovanović",
    "Nikolić",
    "Marković",
    "Đorđević",
    "Stojanović",
    "Ilić",
    "Stanković",
    "Pavlović",
    "Milošević",
    "Živković",
    "Tomić",
    "Kostić",
    "Čolić",
    "Lukić",
    "Popović",
    "Simić",
    "Mitrović",
    "Obradović",
    "Đukić",
    "Ristić",
    "Savić",
    "Todorović",
    "Lazić",
    "Vasić",
    "Kovačević",
    "Milenković",
    "Stevanović",
    "Radovanović",
    "Jovičić",
    "Babić",
    "Pešić",
    "Filipović",
    "Ćirić",
    "Janković",
    "Mladenović",
    "Šarić",
    "Bogdanović",
    "Ljubić",
    "Njegovan",
    "Vuković",
    "Gajić",
    "Jakovljević",
    "Ivanović",
    "Zdravković",
    "Nedeljković",
    "Perić",
    "Damnjanović",
    "Petrovic",
    "Jovanovic",  # typed without diacritics, as some core-system records are
)

_SR_DIGRAPHS = {
    "lj": "љ",
    "nj": "њ",
    "dž": "џ",
    "Lj": "Љ",
    "Nj": "Њ",
    "Dž": "Џ",
    "LJ": "Љ",
    "NJ": "Њ",
    "DŽ": "Џ",
}
_SR_LETTERS = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
        "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
        strict=True,
    )
)


def to_serbian_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic (Petrović → Петровић, Ljubić → Љубић, Đorđe → Ђорђе)."""
    out: list[str] = []
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if pair in _SR_DIGRAPHS:
            out.append(_SR_DIGRAPHS[pair])
            index += 2
            continue
        out.append(_SR_LETTERS.get(text[index], text[index]))
        index += 1
    return "".join(out)


def bg_female_surname(male: str) -> str:
    if male.endswith("ски"):
        return male[:-1] + "а"
    return male + "а" if male[-1] in "вн" else male


@lru_cache(maxsize=4096)
def ascii_name(name: str, *, bulgarian: bool = False) -> str:
    """A name in plain ASCII letters, as it would appear in an e-mail address."""
    parts = []
    for word in name.replace("-", " ").split():
        variants = sorted(word_variants(word), key=lambda v: (len(v), v))
        if variants:
            parts.append(variants[-1] if bulgarian else variants[0])
    return "".join(parts).encode("ascii", "ignore").decode() or "client"


# --- places ---------------------------------------------------------------------------------

SI_PLACES = (
    ("1000", "Ljubljana"),
    ("2000", "Maribor"),
    ("3000", "Celje"),
    ("4000", "Kranj"),
    ("5000", "Nova Gorica"),
    ("6000", "Koper"),
    ("8000", "Novo mesto"),
    ("9000", "Murska Sobota"),
    ("1230", "Domžale"),
    ("4260", "Bled"),
    ("3320", "Velenje"),
    ("2250", "Ptuj"),
    ("1290", "Grosuplje"),
    ("4220", "Škofja Loka"),
)
SI_STREETS = (
    "Slovenska cesta",
    "Trubarjeva ulica",
    "Prešernova ulica",
    "Cankarjeva ulica",
    "Tržaška cesta",
    "Dunajska cesta",
    "Celovška cesta",
    "Gosposvetska cesta",
    "Šmartinska cesta",
    "Partizanska cesta",
    "Koroška cesta",
    "Ulica talcev",
    "Gregorčičeva ulica",
    "Vodnikova cesta",
    "Župančičeva ulica",
    "Cesta v Šmartno",
)
BG_PLACES = (
    ("1000", "София"),
    ("4000", "Пловдив"),
    ("9000", "Варна"),
    ("8000", "Бургас"),
    ("7000", "Русе"),
    ("6000", "Стара Загора"),
    ("5800", "Плевен"),
    ("2700", "Благоевград"),
    ("5000", "Велико Търново"),
    ("9700", "Шумен"),
)
BG_STREETS = (
    "ул. Граф Игнатиев",
    "бул. Витоша",
    "ул. Шипка",
    "бул. България",
    "ул. Раковски",
    "бул. Христо Ботев",
    "ул. Цар Симеон",
    "бул. Мария Луиза",
    "ул. Оборище",
    "ул. Иван Вазов",
    "бул. Черни връх",
    "ул. Алеко Константинов",
    "ул. Търговска",
)
RS_PLACES = (
    ("11000", "Beograd", "71"),
    ("21000", "Novi Sad", "80"),
    ("18000", "Niš", "73"),
    ("34000", "Kragujevac", "72"),
    ("24000", "Subotica", "81"),
    ("32000", "Čačak", "78"),
    ("36000", "Kraljevo", "78"),
    ("14000", "Valjevo", "77"),
    ("11300", "Smederevo", "75"),
    ("23000", "Zrenjanin", "85"),
)
RS_STREETS = (
    "Knez Mihailova",
    "Bulevar kralja Aleksandra",
    "Njegoševa",
    "Cara Dušana",
    "Bulevar oslobođenja",
    "Kralja Petra",
    "Nemanjina",
    "Takovska",
    "Gospodar Jovanova",
    "Vojvode Stepe",
    "Kneza Miloša",
    "Jurija Gagarina",
    "Đure Đakovića",
    "Ćirila i Metodija",
)

MOBILE_PREFIXES = {
    "SI": (
        ("30", 6),
        ("31", 6),
        ("40", 6),
        ("41", 6),
        ("51", 6),
        ("64", 6),
        ("68", 6),
        ("69", 6),
        ("70", 6),
        ("71", 6),
    ),
    "BG": (("87", 7), ("88", 7), ("89", 7), ("98", 7)),
    "RS": (("60", 7), ("61", 7), ("62", 7), ("63", 7), ("64", 7), ("65", 7), ("66", 7), ("69", 7)),
}
COUNTRY_CODE = {"SI": "386", "BG": "359", "RS": "381"}
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")


# --- national ids ---------------------------------------------------------------------------


def si_tax_check(first7: str) -> int | None:
    """Davčna številka check digit: 11 - (weighted sum mod 11); 10 → 0; 11 has none."""
    check = 11 - sum(int(d) * w for d, w in zip(first7, range(8, 1, -1), strict=True)) % 11
    if check == 11:
        return None
    return 0 if check == 10 else check


def mod11_check(first12: str) -> int | None:
    """EMŠO/JMBG check digit, or None where the remainder leaves 10 (such numbers are not
    assigned; the validators read them as 0, which a made-up person should not rely on)."""
    weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    check = 11 - sum(int(d) * w for d, w in zip(first12, weights, strict=True)) % 11
    if check == 10:
        return None
    return 0 if check == 11 else check


def egn_check(first9: str) -> int:
    weights = (2, 4, 8, 5, 10, 9, 7, 3, 6)
    return sum(int(d) * w for d, w in zip(first9, weights, strict=True)) % 11 % 10


def lnch_check(first9: str) -> int:
    weights = (21, 19, 17, 13, 11, 9, 7, 3, 1)
    return sum(int(d) * w for d, w in zip(first9, weights, strict=True)) % 10


def egn_date(born: date) -> str:
    month = born.month + (40 if born.year >= 2000 else 20 if born.year < 1900 else 0)
    return f"{born.year % 100:02d}{month:02d}{born.day:02d}"


# --- people ---------------------------------------------------------------------------------


def _common_first(names: tuple[str, ...], skew: float) -> tuple[tuple[str, ...], list[float]]:
    """Names are listed most common first; real name frequencies fall off roughly like
    1/rank (Novak is far more common than Žužek), which is what a search has to cope with."""
    weights = [1 / (rank + 1) ** skew for rank in range(len(names))]
    total = 0.0
    cumulative = []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return names, cumulative


_POOLS = {
    name: _common_first(pool, skew)
    for name, pool, skew in (
        ("si_m", SI_MALE, 0.5),
        ("si_f", SI_FEMALE, 0.5),
        ("si_s", SI_SURNAMES, 0.9),
        ("bg_m", BG_MALE, 0.5),
        ("bg_f", BG_FEMALE, 0.5),
        ("bg_s", BG_SURNAMES, 0.9),
        ("rs_m", RS_MALE, 0.5),
        ("rs_f", RS_FEMALE, 0.5),
        ("rs_s", RS_SURNAMES, 0.9),
    )
}


@dataclass(frozen=True)
class SamplePerson:
    market: str
    first_name: str
    last_name: str
    birth_date: date
    sex: str
    identifiers: tuple[tuple[str, str], ...]
    street: str
    postcode: str
    city: str
    country: str
    email: str
    mobile: str  # as the person would say it: national format with spaces
    mobile_e164: str
    preferred_language: str
    document_type: str
    document_number: str
    document_expiry: date


class PeopleFactory:
    """Makes people one at a time; same seed, same people."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self._serials: dict[tuple[str, date, str], int] = {}
        self._sequences: dict[str, int] = {}
        self._emails: dict[str, int] = {}
        self._stride = {"si_tax": 7_654_321, "bg_lnch": 123_456_791, "mobile": 7_654_327}
        self._start = {
            key: self.rng.randrange(10**6)
            for key in ("si_tax", "bg_lnch", "mobile_SI", "mobile_BG", "mobile_RS")
        }

    # ids -----------------------------------------------------------------------------------

    def _next(self, key: str) -> int:
        value = self._sequences.get(key, 0)
        self._sequences[key] = value + 1
        return value

    def _serial(self, kind: str, born: date, sex: str) -> int:
        key = (kind, born, sex)
        value = self._serials.get(key)
        if value is None:
            value = self.rng.randrange(0, 200)
        self._serials[key] = value + 1
        return value

    def si_tax(self) -> str:
        while True:
            i = self._next("si_tax")
            first7 = str(
                1_000_000 + (self._start["si_tax"] + i * self._stride["si_tax"]) % 9_000_000
            )
            check = si_tax_check(first7)
            if check is not None:
                return f"{first7}{check}"

    def bg_lnch(self) -> str:
        i = self._next("bg_lnch")
        first9 = f"{(self._start['bg_lnch'] + i * self._stride['bg_lnch']) % 10**9:09d}"
        return f"{first9}{lnch_check(first9)}"

    def _dmy_number(self, kind: str, born: date, sex: str, region: str) -> str:
        """EMŠO and JMBG: DD MM YYY RR SSS K; SSS below 500 for men, from 500 for women."""
        head = f"{born.day:02d}{born.month:02d}{born.year % 1000:03d}{region}"
        while True:
            serial = self._serial(f"{kind}{region}", born, sex) % 500
            first12 = f"{head}{serial + (0 if sex == 'M' else 500):03d}"
            check = mod11_check(first12)
            if check is not None:
                return f"{first12}{check}"

    def si_emso(self, born: date, sex: str) -> str:
        return self._dmy_number("emso", born, sex, "50")

    def rs_jmbg(self, born: date, sex: str, region: str) -> str:
        return self._dmy_number("jmbg", born, sex, region)

    def bg_egn(self, born: date, sex: str) -> str:
        """YYMMDD (month +20 before 1900, +40 from 2000), 3 digits whose last is even for a
        man and odd for a woman, then the check digit."""
        serial = self._serial("egn", born, sex) % 500
        first9 = f"{egn_date(born)}{serial * 2 + (0 if sex == 'M' else 1):03d}"
        return f"{first9}{egn_check(first9)}"

    # contact -------------------------------------------------------------------------------

    def mobile(self, market: str) -> tuple[str, str]:
        i = self._next(f"mobile_{market}")
        prefixes = MOBILE_PREFIXES[market]
        digits = prefixes[0][1]
        number = (self._start[f"mobile_{market}"] + i * self._stride["mobile"]) % (
            len(prefixes) * 10**digits
        )
        prefix = prefixes[number // 10**digits][0]
        rest = f"{number % 10**digits:0{digits}d}"
        national = f"0{prefix} {rest[:3]} {rest[3:]}"
        return national, f"+{COUNTRY_CODE[market]}{prefix}{rest}"

    def email(self, first: str, last: str, bulgarian: bool) -> str:
        rng = self.rng
        first_ascii = ascii_name(first, bulgarian=bulgarian).lower()
        last_ascii = ascii_name(last, bulgarian=bulgarian).lower()
        style = rng.randrange(4)
        if style == 0:
            local = f"{first_ascii}.{last_ascii}"
        elif style == 1:
            local = f"{first_ascii[0]}{last_ascii}"
        elif style == 2:
            local = f"{first_ascii}{last_ascii[:1]}"
        else:
            local = f"{last_ascii}.{first_ascii}"
        seen = self._emails.get(local, 0)
        self._emails[local] = seen + 1
        if seen:
            local = f"{local}{seen + 1}"
        return f"{local}@{EMAIL_DOMAINS[rng.randrange(len(EMAIL_DOMAINS))]}"

    def birth_date(self) -> date:
        """Mostly adults 18..90; one in twenty a child (insured on a parent's health policy)."""
        rng = self.rng
        if rng.random() < 0.05:
            days = rng.randrange(365 * 2, 365 * 17)
        else:
            days = rng.randrange(365 * 18 + 5, 365 * 90)
        return self.today - timedelta(days=days)

    def document(self, market: str) -> tuple[str, str, date]:
        rng = self.rng
        kind = "id_card" if rng.random() < 0.8 else "passport"
        if market == "SI":
            number = (
                ("I" if kind == "id_card" else "P")
                + rng.choice("ABCD")
                + f"{rng.randrange(10**7):07d}"
            )
        else:
            number = f"{rng.randrange(10**9):09d}"
        expiry = self.today + timedelta(days=rng.randrange(30, 365 * 10))
        return kind, number, expiry

    # people --------------------------------------------------------------------------------

    def _pick(self, pool: str) -> str:
        names, cumulative = _POOLS[pool]
        return self.rng.choices(names, cum_weights=cumulative)[0]

    def person(self, market: str) -> SamplePerson:
        return {"SI": self._slovenian, "BG": self._bulgarian, "RS": self._serbian}[market]()

    def _finish(
        self,
        market: str,
        first: str,
        last: str,
        born: date,
        sex: str,
        identifiers: tuple[tuple[str, str], ...],
        street: str,
        postcode: str,
        city: str,
        language: str,
        bulgarian: bool = False,
    ) -> SamplePerson:
        mobile, e164 = self.mobile(market)
        kind, number, expiry = self.document(market)
        return SamplePerson(
            market=market,
            first_name=first,
            last_name=last,
            birth_date=born,
            sex=sex,
            identifiers=identifiers,
            street=street,
            postcode=postcode,
            city=city,
            country=market,
            email=self.email(first, last, bulgarian),
            mobile=mobile,
            mobile_e164=e164,
            preferred_language=language,
            document_type=kind,
            document_number=number,
            document_expiry=expiry,
        )

    def _slovenian(self) -> SamplePerson:
        rng = self.rng
        sex = "F" if rng.random() < 0.5 else "M"
        first = self._pick("si_f" if sex == "F" else "si_m")
        last = self._pick("si_s")
        born = self.birth_date()
        identifiers = [("si_tax", self.si_tax())]
        if rng.random() < 0.85:
            identifiers.append(("si_emso", self.si_emso(born, sex)))
        postcode, city = rng.choice(SI_PLACES)
        street = f"{rng.choice(SI_STREETS)} {rng.randrange(1, 120)}"
        if rng.random() < 0.1:
            street += rng.choice("abc")
        return self._finish(
            "SI", first, last, born, sex, tuple(identifiers), street, postcode, city, "sl"
        )

    def _bulgarian(self) -> SamplePerson:
        rng = self.rng
        sex = "F" if rng.random() < 0.5 else "M"
        born = self.birth_date()
        postcode, city = rng.choice(BG_PLACES)
        street = f"{rng.choice(BG_STREETS)} {rng.randrange(1, 150)}"
        if rng.random() < 0.08:
            men, women, surnames = rng.choice(BG_FOREIGNERS)
            first = rng.choice(women if sex == "F" else men)
            last = rng.choice(surnames)
            return self._finish(
                "BG",
                first,
                last,
                born,
                sex,
                (("bg_lnch", self.bg_lnch()),),
                street,
                postcode,
                city,
                "en",
            )
        first = self._pick("bg_f" if sex == "F" else "bg_m")
        last = self._pick("bg_s")
        if sex == "F":
            last = bg_female_surname(last)
        return self._finish(
            "BG",
            first,
            last,
            born,
            sex,
            (("bg_egn", self.bg_egn(born, sex)),),
            street,
            postcode,
            city,
            "bg",
            bulgarian=True,
        )

    def _serbian(self) -> SamplePerson:
        rng = self.rng
        sex = "F" if rng.random() < 0.5 else "M"
        first = self._pick("rs_f" if sex == "F" else "rs_m")
        last = self._pick("rs_s")
        born = self.birth_date()
        postcode, city, region = rng.choice(RS_PLACES)
        street = f"{rng.choice(RS_STREETS)} {rng.randrange(1, 200)}"
        language = "sr_Latn"
        if last.isascii():
            # a record typed without diacritics: the whole name is
            first = ascii_name(first).capitalize()
        elif rng.random() < 0.4:
            first, last = to_serbian_cyrillic(first), to_serbian_cyrillic(last)
            street, city = to_serbian_cyrillic(street), to_serbian_cyrillic(city)
            language = "sr_Cyrl"
        jmbg = self.rs_jmbg(born, sex, region)
        return self._finish(
            "RS", first, last, born, sex, (("rs_jmbg", jmbg),), street, postcode, city, language
        )
