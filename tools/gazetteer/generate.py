#!/usr/bin/env python3
"""Generates Ponte's place gazetteer, demonyms and international organisations into src/Ponte.Languages/Gazetteer/.

Inputs (all offline, Python 3 standard library only):
  * Debian iso-codes (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json and the gettext
    catalogues /usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo (country names per language).
  * Unicode CLDR core (Unicode licence; Debian package unicode-cldr-core): /usr/share/unicode/cldr/common/main/<lang>.xml
    (territory and region names, time-zone exemplar cities), subdivisions/<lang>.xml (state and province names),
    bcp47/timezone.xml (time-zone ids and their countries), supplemental/supplementalData.xml (region containment).
  * Hand-written facts in tools/gazetteer/manual/*.tsv (capitals, extra city and region names, short forms,
    demonyms, international organisations).

Run from anywhere: python3 tools/gazetteer/generate.py [--check]
With --check it only reports whether the committed files are up to date (exit 1 when they are not).
When CLDR is not installed the CLDR part is skipped with a warning (the output then differs from the committed one).
"""

import gettext
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "src", "Ponte.Languages", "Gazetteer")
MANUAL = os.path.join(HERE, "manual")
ISO = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"
CLDR = "/usr/share/unicode/cldr/common"

# Ponte's languages first, then a few more that cost nothing and help with quoted foreign names.
LANGS = ["en", "vi", "it", "ms", "id", "tl", "th", "fr", "es", "de", "pt", "zh", "km", "lo", "my"]
ISO_LOCALE = {"tl": ["tl", "fil"], "zh": ["zh_CN", "zh_Hans"], "pt": ["pt", "pt_PT"]}
CLDR_LOCALE = {"tl": "fil"}

KIND_ORDER = ["country", "continent", "world-region", "capital", "city", "state", "region"]

# M49 areas spoken of as continents; every other CLDR area is a world region.
CONTINENTS = {"002", "009", "142", "150", "003", "005", "019", "010"}
# CLDR "territories" that are not places (the world, organisations, pseudo-regions).
NOT_PLACES = {"001", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}

# Subdivision countries worth listing (first-level units only), and the subdivision types that are really cities.
SUBDIVISION_COUNTRIES = {
    "US", "IT", "VN", "MY", "ID", "TH", "PH", "KH", "LA", "MM", "BN", "CN", "IN", "AU", "CA", "JP", "KR",
    "DE", "FR", "ES", "GB", "BR", "MX", "CH", "BE", "NL", "AT", "PK", "BD", "TW",  # not TL: its municipalities
    # are small and CLDR names them with bare generic words
}
# Countries whose first level is a handful of large areas, so their provinces are listed too (Bali, Cebu).
SECOND_LEVEL_COUNTRIES = {"ID", "PH"}
CITY_LIKE_TYPES = {"Municipality", "Capital district", "Special administrative city", "Federal territory",
                   "Metropolitan administration", "Capital territory", "Capital city", "City", "Special municipality",
                   "Capital metropolitan city", "Metropolitan city", "Autonomous city", "Special region"}
STATE_TYPES = {"State", "Federal district", "Federal territory"}

# Generic prefixes that local names of subdivisions carry but running text often drops ("tỉnh Quảng Ninh").
SUBDIVISION_PREFIXES = {
    "vi": ["Tỉnh ", "Thành phố ", "Khu tự trị ", "Bang ", "Tiểu bang "],
    "th": ["จังหวัด", "รัฐ", "แคว้น"],
    "ms": ["Negeri ", "Wilayah Persekutuan "],
    "id": ["Provinsi ", "Daerah Khusus Ibukota ", "Daerah Istimewa ", "Negara Bagian "],
    "it": ["Provincia di ", "Provincia autonoma di "],
    "fr": ["Province de ", "État de "],
    "es": ["Provincia de ", "Estado de "],
    "tl": ["Lalawigan ng "],
    "en": ["Province of ", "State of ", "Federal Territory of ", "Special Capital Region of ", "Wilayah Persekutuan "],
}

# Time-zone "cities" that are not useful places or that are common words at the start of a sentence.
ZONE_PREFIXES_SKIPPED = ("Antarctica/", "Etc/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/",
                         "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")
ZONE_CITIES_SKIPPED = {"Coral Harbour", "Dawson Creek", "Mariehamn", "Ceuta", "Catamarca", "Jujuy", "La Rioja",
                       "Rio Gallegos", "San Luis", "San Juan", "Tucuman", "Salta", "Vatican", "Knox, IN", "Knox", "Simferopol", "Uzhhorod",
                       "Zaporizhzhia", "Kostanay", "Kralendijk", "Lower Prince’s Quarter", "Marigot", "Miquelon",
                       "Grand Turk", "Tortola", "St. Thomas", "St. Barthélemy", "Yellowknife", "Regina", "Easter", "Midway", "Wake", "Knox", "Center", "Casey", "Davis", "Troll", "Palmer", "Mawson",
                       "Vostok", "Macquarie", "Eucla", "Currie", "Marengo", "Beulah", "Monticello", "Chuuk", "Pohnpei",
                       "Kosrae", "Enderbury", "Kanton", "Canary", "Madeira", "Azores", "Faroe", "Bermuda", "Johnston",
                       "Metlakatla", "Sitka", "Yakutat", "Nome", "Juneau", "Adak", "Thule", "Danmarkshavn",
                       "Scoresbysund", "Ittoqqortoormiit", "Creston", "Fort Nelson", "Dawson", "Whitehorse", "Inuvik",
                       "Cambridge Bay", "Rankin Inlet", "Resolute", "Iqaluit", "Pangnirtung", "Nipigon",
                       "Rainy River", "Thunder Bay", "Atikokan", "Swift Current", "Goose Bay", "Glace Bay", "Moncton",
                       "Blanc-Sablon", "Menominee", "Boise", "Matamoros", "Ojinaga", "Bahia Banderas", "Merida",
                       "Guam", "Saipan", "Noronha", "Rio Branco", "Eirunepe", "Porto Velho", "Boa Vista",
                       "Santarem", "Araguaina", "Maceio", "Belem", "Cuiaba", "Campo Grande", "Punta Arenas",
                       "Galapagos", "Marquesas", "Gambier", "Pitcairn", "Norfolk", "Chatham", "Lord Howe",
                       "Broken Hill", "Lindeman", "Kiritimati", "Tarawa", "Fakaofo", "Wallis", "Funafuti", "Nauru",
                       "Majuro", "Kwajalein", "Palau", "Christmas", "Cocos", "Chagos", "Kerguelen", "Reunion",
                       "Mayotte", "Mahe", "Comoro", "Casablanca", "El Aaiun", "St. Helena", "South Georgia",
                       "Stanley", "Ushuaia", "Jan Mayen", "Longyearbyen", "Busingen", "Anadyr", "Srednekolymsk",
                       "Ust-Nera", "Khandyga", "Chita", "Barnaul", "Tomsk", "Novokuznetsk", "Astrakhan", "Ulyanovsk",
                       "Kirov", "Saratov", "Atyrau", "Oral", "Aqtau", "Aqtobe", "Qostanay", "Qyzylorda", "Hovd",
                       "Choibalsan", "Famagusta", "Hebron", "Gaza", "Urumqi", "Pontianak", "Makassar", "Jayapura",
                       "Kuching", "Dili", "Tongatapu", "Efate", "Noumea", "Guadalcanal", "Bougainville"}
# Time-zone ids spelled otherwise than the city is in English news.
ZONE_CITY_RENAMES = {"Tirane": "Tirana", "Asmera": "Asmara", "Ndjamena": "N’Djamena", "Katmandu": "Kathmandu",
                     "Calcutta": "Kolkata", "Rangoon": "Yangon", "Godthab": "Nuuk", "Kiev": "Kyiv",
                     "Zaporozhye": "Zaporizhzhia", "Ponape": "Pohnpei", "Truk": "Chuuk", "Faeroe": "Faroe"}
# Cities kept although they are in the skipped list above (they are capitals, or often in the news).
ZONE_CITIES_KEPT = {"Dili", "Gaza", "Makassar", "Jayapura", "Kuching", "Pontianak", "Casablanca", "Urumqi", "Hebron"}

WARNINGS = []


def warn(message):
    WARNINGS.append(message)
    print("warning: " + message, file=sys.stderr)


def fold(text):
    """Same idea as Ponte.Core.Text.NameFolder: lower case, no diacritics, runs of non-letters become one space."""
    special = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae",
               "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h"}
    out = []
    pending = False
    for ch in text:
        if ch in special:
            if pending and out:
                out.append(" ")
            pending = False
            out.append(special[ch])
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("M"):
            if 0x0E00 <= ord(ch) <= 0x0E7F:
                out.append(ch)
            continue
        if cat.startswith("L") or cat.startswith("N"):
            if pending and out:
                out.append(" ")
            pending = False
            for inner in unicodedata.normalize("NFD", ch):
                if unicodedata.category(inner).startswith("M") and not 0x0E00 <= ord(inner) <= 0x0E7F:
                    continue
                out.append(special.get(inner, inner.lower()))
            continue
        pending = True
    return "".join(out)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def clean(name):
    # CLDR marks some homonyms with a superscript digit ("Washington²").
    name = unicodedata.normalize("NFC", name.strip()).rstrip("¹²³⁴")
    return re.sub(r"\s+", " ", name)


# Single words that subdivision catalogues use as names but running text uses as ordinary words.
GENERIC_NAMES = {"centre", "center", "central", "north", "south", "east", "west", "northern", "southern", "eastern",
                 "western", "capital", "coast", "islands", "region", "province", "district", "state", "city", "valley",
                 "highlands", "lakes", "upper", "lower", "midlands", "interior", "littoral", "plateau", "savanes",
                 "mountains", "border", "centro", "sud", "nord", "est", "ovest", "republic", "republik", "republica",
                 "repubblica", "republique", "mountain"}
# Short or common-word names that stay in the data but are weak evidence alone: words in one of Ponte's languages
# (Malay/Indonesian "tak", "lima", "goa", "mie"; English "male", "mon"), or frequent personal names.
WEAK_NAMES = {"tak", "mon", "goa", "mie", "nan", "kep", "uri", "zug", "male", "lima", "victoria", "ao", "bar", "split",
              "of", "mobile", "reading", "nice", "sale", "praia", "aia", "cad", "dom", "ama", "bua", "jordan", "chad",
              "chili", "island", "para", "chin", "mauricio", "como", "vinh", "nga", "anh", "my", "duc",
              "nhat", "vien", "dominica", "jersey",
              "man", "kingston", "hamilton",
              "lincoln", "madison", "jackson", "austin", "charlotte", "columbus", "aurora", "orlando"}


class Entry:
    def __init__(self, pid, kind, country):
        self.id = pid
        self.kind = kind
        self.country = country
        self.names = {lang: [] for lang in LANGS}

    def add(self, lang, name, first=False, generated=False):
        if lang not in self.names:
            return
        name = clean(name)
        if not name or fold(name) == "":
            return
        if generated:
            # Articles are not part of the name in running text ("the State of Palestine", "l'État de Palestine").
            name = re.sub(r"^(the |l['’])", "", name)
            if not name:
                return
            if name[0].islower() and not any(ch.isupper() for ch in name):
                # A lower-case catalogue entry with no proper name in it ("quận", "municipalité") is not a place name.
                return
            if fold(name) in GENERIC_NAMES:
                return

        if fold(name) in WEAK_NAMES and not name.startswith("~"):
            name = "~" + name
        plain = name.lstrip("~")
        for i, existing in enumerate(self.names[lang]):
            if existing.lstrip("~") == plain:
                if name.startswith("~"):
                    self.names[lang][i] = name
                return
        if first:
            self.names[lang].insert(0, name)
        else:
            self.names[lang].append(name)

    def all_folded(self):
        return {fold(n.lstrip("~")) for names in self.names.values() for n in names}


def variants(name):
    """A CLDR or iso-codes name and the shorter forms running text uses ("Myanmar (Burma)" → Myanmar, Burma)."""
    name = clean(name)
    result = [name]
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        # "Myanmar (Burma)" names the country twice; "Guyane (française)" only qualifies it.
        result = [m.group(1).strip()] + ([m.group(2).strip()] if m.group(2)[:1].isupper() else [])
    # Inverted catalogue forms ("Korea, Republic of") are never written in running text.
    return [r for r in result if ", " not in r or r.endswith(("D.C.", "DC"))]


# ---------------------------------------------------------------------------------------------------------------- CLDR

def cldr_available():
    return os.path.isdir(os.path.join(CLDR, "main"))


def cldr_tree(folder, lang):
    path = os.path.join(CLDR, folder, CLDR_LOCALE.get(lang, lang) + ".xml")
    if not os.path.exists(path):
        return None
    return ET.parse(path).getroot()


def accepted(el):
    return el.get("draft") not in ("unconfirmed", "provisional")


def cldr_territories(lang):
    root = cldr_tree("main", lang)
    result = {}
    if root is None:
        return result
    for el in root.iter("territory"):
        if not accepted(el) or el.text is None:
            continue
        result.setdefault(el.get("type"), []).append((el.get("alt"), el.text))
    return result


def cldr_exemplar_cities(lang):
    root = cldr_tree("main", lang)
    result = {}
    if root is None:
        return result
    if lang == "en":
        # English inherits the exemplar cities that differ from the zone id from the root locale (Asia/Calcutta → Kolkata).
        result.update(cldr_exemplar_cities("root"))
    for zone in root.iter("zone"):
        for city in zone.findall("exemplarCity"):
            if accepted(city) and city.text and city.get("alt") is None:
                result[zone.get("type")] = city.text
    return result


def cldr_subdivisions(lang):
    root = cldr_tree("subdivisions", lang)
    result = {}
    if root is None:
        return result
    for el in root.iter("subdivision"):
        if accepted(el) and el.text:
            result[el.get("type")] = el.text
    return result


def cldr_zones():
    """(country, [zone ids]) for every real time zone, the country read from the BCP 47 id (vnsgn → VN)."""
    root = ET.parse(os.path.join(CLDR, "bcp47", "timezone.xml")).getroot()
    zones = []
    for el in root.iter("type"):
        aliases = (el.get("alias") or "").split()
        name = el.get("name") or ""
        if not aliases or el.get("deprecated") == "true" or len(name) != 5:
            continue
        zones.append((name[:2].upper(), aliases))
    return zones


def cldr_containment():
    root = ET.parse(os.path.join(CLDR, "supplemental", "supplementalData.xml")).getroot()
    result = {}
    for group in root.iter("group"):
        if group.get("status") in ("deprecated",):
            continue
        result.setdefault(group.get("type"), group.get("contains", "").split())
    return result


# ------------------------------------------------------------------------------------------------------------ manual

def read_wide(name, fixed):
    """Rows of a hand-written table whose header names the fixed columns and then languages; cells hold names
    separated by '|'. Yields (line number, *fixed values, {language: [names]})."""
    header = None
    for number, cols in read_tsv(name):
        if header is None:
            header = cols
            if header[:len(fixed)] != fixed or any(l not in LANGS for l in header[len(fixed):]):
                raise SystemExit(f"manual/{name}:{number}: header must be {fixed} then language codes from {LANGS}")
            continue
        if len(cols) > len(header):
            raise SystemExit(f"manual/{name}:{number}: {len(cols)} columns, header has {len(header)}")
        cols = cols + [""] * (len(header) - len(cols))
        names = {}
        for lang, cell in zip(header[len(fixed):], cols[len(fixed):]):
            names[lang] = [clean(n) for n in cell.split("|") if clean(n)]
        yield (number, *cols[:len(fixed)], names)


def read_tsv(name):
    rows = []
    path = os.path.join(MANUAL, name)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((number, line.split("\t")))
    return rows


# -------------------------------------------------------------------------------------------------------------- build

def build_places():
    entries = {}

    def entry(pid, kind, country):
        if pid not in entries:
            entries[pid] = Entry(pid, kind, country)
        return entries[pid]

    have_cldr = cldr_available()
    if not have_cldr:
        warn("CLDR not found under " + CLDR + "; install unicode-cldr-core for the full gazetteer")

    # Countries: iso-codes names and translations, then CLDR names.
    countries = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    catalogues = {}
    for lang in LANGS:
        if lang == "en":
            continue
        for loc in ISO_LOCALE.get(lang, [lang]):
            try:
                catalogues[lang] = gettext.translation("iso_3166-1", localedir=LOCALE, languages=[loc])
                break
            except OSError:
                continue
        else:
            warn("iso-codes has no country names for " + lang)

    territory_names = {lang: cldr_territories(lang) for lang in LANGS} if have_cldr else {}
    for c in countries:
        code = c["alpha_2"]
        e = entry(code, "country", code)
        english = [c.get("common_name"), c["name"], c.get("official_name")]
        if have_cldr:
            for alt, text in territory_names["en"].get(code, []):
                for v in variants(text):
                    e.add("en", v, first=alt is None, generated=True)
        for n in english:
            if n:
                for v in variants(n):
                    e.add("en", v, generated=True)
        for lang, cat in catalogues.items():
            for n in english:
                if not n:
                    continue
                translated = cat.gettext(n)
                if translated != n or lang in ("ms", "id", "tl"):
                    for v in variants(translated):
                        e.add(lang, v, generated=True)
        if have_cldr:
            for lang in LANGS:
                if lang == "en":
                    continue
                for alt, text in territory_names[lang].get(code, []):
                    for v in variants(text):
                        e.add(lang, v, first=alt is None, generated=True)

    # Continents and world regions (UN M49 areas named by CLDR).
    if have_cldr:
        containment = cldr_containment()
        for code in sorted(containment):
            if not code.isdigit() or code in NOT_PLACES:
                continue
            kind = "continent" if code in CONTINENTS else "world-region"
            e = entry("M49-" + code, kind, "")
            for lang in LANGS:
                for alt, text in territory_names[lang].get(code, []):
                    for v in variants(text):
                        e.add(lang, v, first=alt is None, generated=True)
            if not e.names["en"]:
                del entries[e.id]

    # Cities: every CLDR time-zone exemplar city worth keeping, then capitals.
    capitals = {}
    for number, cols in read_tsv("capitals.tsv"):
        capitals[cols[0]] = cols[1]
    city_by_key = {}
    if have_cldr:
        exemplar = {lang: cldr_exemplar_cities(lang) for lang in LANGS}
        for country, aliases in cldr_zones():
            if all(a.startswith(ZONE_PREFIXES_SKIPPED) for a in aliases) or "/" not in aliases[0]:
                continue
            english = next((exemplar["en"][a] for a in aliases if a in exemplar["en"]), None)
            if english is None:
                english = aliases[0].rsplit("/", 1)[1].replace("_", " ")
            english = ZONE_CITY_RENAMES.get(english, english)
            if english in ZONE_CITIES_SKIPPED and english not in ZONE_CITIES_KEPT:
                continue
            if country not in entries or fold(english) in entries[country].all_folded():
                # Zones named after their country (America/Barbados, Asia/Brunei) are not cities.
                continue
            pid = country + "." + slug(english)
            kind = "capital" if fold(capitals.get(country, "")) == fold(english) else "city"
            e = entry(pid, kind, country)
            e.add("en", english, generated=True)
            for lang in LANGS:
                local = next((exemplar[lang][a] for a in aliases if a in exemplar[lang]), None)
                if local:
                    e.add(lang, local, generated=True)
            city_by_key[(country, fold(english))] = e
    for country, name in capitals.items():
        pid = country + "." + slug(name)
        if pid not in entries:
            entry(pid, "capital", country).add("en", name, generated=True)
        entries[pid].kind = "capital"
        city_by_key[(country, fold(name))] = entries[pid]

    # First-level subdivisions of the countries that matter; city-like ones are merged into the city of that name.
    subdivisions = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    sub_names = {lang: cldr_subdivisions(lang) for lang in LANGS} if have_cldr else {}
    for s in subdivisions:
        code = s["code"]
        country = code[:2]
        if country not in SUBDIVISION_COUNTRIES or ("parent" in s and country not in SECOND_LEVEL_COUNTRIES):
            continue
        names = {lang: [] for lang in LANGS}
        names["en"].append(s["name"])
        key = code.replace("-", "").lower()
        for lang in LANGS:
            if have_cldr and key in sub_names[lang]:
                names[lang].insert(0, sub_names[lang][key])
        for lang in LANGS:
            for n in list(names[lang]):
                for prefix in SUBDIVISION_PREFIXES.get(lang, []):
                    if n.startswith(prefix) and len(n) > len(prefix) + 2:
                        names[lang].append(n[len(prefix):])
        folded = {fold(n) for ns in names.values() for n in ns}
        target = None
        if s["type"] in CITY_LIKE_TYPES:
            for (c, k), e in city_by_key.items():
                if c == country and (k in folded or e.all_folded() & folded):
                    target = e
                    break
        if target is None:
            kind = "state" if s["type"] in STATE_TYPES else "region"
            if s["type"] in CITY_LIKE_TYPES:
                kind = "city"
            english = names["en"][0]
            for prefix in SUBDIVISION_PREFIXES["en"]:
                if english.startswith(prefix):
                    english = english[len(prefix):]
            target = entry(country + "." + slug(english) if kind == "city" else code, kind, country)
        for lang in LANGS:
            for n in names[lang]:
                for v in variants(n):
                    target.add(lang, v, generated=True)

    # Hand-written places and extra names (wide files: id, kind, country, then one column per language in the header).
    for file in ("countries.tsv", "cities.tsv", "regions.tsv"):
        for number, pid, kind, country, names in read_wide(file, ["id", "kind", "country"]):
            where = f"manual/{file}:{number}"
            if kind not in ("-",) + tuple(KIND_ORDER):
                raise SystemExit(f"{where}: unknown kind {kind}")
            if pid not in entries:
                if kind == "-":
                    raise SystemExit(f"{where}: {pid} does not exist, give its kind")
                entry(pid, kind, "" if country == "-" else country)
            e = entries[pid]
            if kind != "-":
                e.kind = kind
            if country != "-":
                e.country = country
            for lang, cell in names.items():
                for name in cell:
                    if name.startswith("!"):
                        # "!Name" removes a generated name that misleads (a catalogue quirk or a common word).
                        e.names[lang] = [n for n in e.names[lang] if fold(n.lstrip("~")) != fold(name[1:])]
                    else:
                        e.add(lang, name, first=lang == "en" and kind != "-" and name == cell[0])

    for e in entries.values():
        if not e.names["en"]:
            raise SystemExit(f"place {e.id} has no English name")
    return entries


def write_places(entries):
    rows = sorted(entries.values(), key=lambda e: (KIND_ORDER.index(e.kind), e.country, e.id))
    lines = ["\t".join(["id", "kind", "country"] + LANGS)]
    for e in rows:
        lines.append("\t".join([e.id, e.kind, e.country] + ["|".join(e.names[l]) for l in LANGS]))
    return lines


# Languages whose adjective of nationality is the country's name itself, placed after the noun ("doanh nghiệp Ý",
# "syarikat Malaysia", "บริษัทไทย"), and the word that makes a people of a country ("người Ý", "orang Malaysia").
NAME_AS_ADJECTIVE = {"vi": "người ", "ms": "orang ", "id": "orang ", "th": "ชาว"}


def build_demonyms(entries):
    """Country → adjectives and demonyms per language, from manual/demonyms.tsv; for the languages in
    NAME_AS_ADJECTIVE the country's short names (and the people-of forms) are added."""
    lines = ["\t".join(["country"] + LANGS)]
    table = {}
    for number, country, names in read_wide("demonyms.tsv", ["country"]):
        if country not in entries or entries[country].kind != "country":
            raise SystemExit(f"manual/demonyms.tsv:{number}: {country} is not a country id")
        row = table.setdefault(country, {l: [] for l in LANGS})
        for lang, words in names.items():
            for w in words:
                if w not in row[lang]:
                    row[lang].append(w)
        for lang, people in NAME_AS_ADJECTIVE.items():
            for name in entries[country].names[lang]:
                short = name.lstrip("~")
                if len(short.split()) > 3 or any(w in short for w in ("Cộng", "Republik", "Kerajaan", "สาธารณรัฐ", "ราชอาณาจักร")):
                    continue
                for w in (name, people + short):
                    if w not in row[lang]:
                        row[lang].append(w)
    for country in sorted(table):
        lines.append("\t".join([country] + ["|".join(table[country][l]) for l in LANGS]))
    return lines


ORG_KINDS = ("organisation", "agreement")


def build_organisations():
    lines = ["\t".join(["id", "kind", "acronyms"] + LANGS)]
    seen = set()
    for number, oid, kind, acronyms, names in read_wide("organisations.tsv", ["id", "kind", "acronyms"]):
        where = f"manual/organisations.tsv:{number}"
        if kind not in ORG_KINDS:
            raise SystemExit(f"{where}: kind must be one of {ORG_KINDS}")
        if oid in seen:
            raise SystemExit(f"{where}: duplicate id {oid}")
        seen.add(oid)
        if not names.get("en"):
            raise SystemExit(f"{where}: organisation {oid} has no English name")
        row = [oid, kind, "|".join(clean(a) for a in acronyms.split("|") if clean(a))]
        lines.append("\t".join(row + ["|".join(names.get(l, [])) for l in LANGS]))
    return lines


HEADER = """# Generated by tools/gazetteer/generate.py — do not edit by hand; edit tools/gazetteer/manual/ and re-run.
# Sources: Debian iso-codes (LGPL-2.1+), Unicode CLDR core (Unicode licence), hand-written facts (tools/gazetteer/manual).
# Columns are tab-separated; a cell lists names separated by '|', the preferred one first.
# A name starting with '~' is also a common word or personal name: a match on it alone is weak.
"""


def main():
    check = "--check" in sys.argv
    entries = build_places()
    outputs = {
        "places.tsv": write_places(entries),
        "demonyms.tsv": build_demonyms(entries),
        "organisations.tsv": build_organisations(),
    }
    stale = []
    os.makedirs(OUT, exist_ok=True)
    for name, lines in outputs.items():
        text = HEADER + "\n".join(lines) + "\n"
        path = os.path.join(OUT, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            stale.append(name)
            if not check:
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
        print(f"{name}: {len(lines) - 1} rows, {len(text.encode('utf-8')) // 1024} KiB", file=sys.stderr)
    if check and stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
