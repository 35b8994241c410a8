"""Check the gazetteer tables in ``extract/data/``: countries, organisations and titles.

    python benchmarks/check_gazetteer.py [--data DIR]

Stand-alone (standard library only).  Checks, for ``countries.tsv``, ``organisations.tsv`` and
``titles.tsv``:

* the column header line and the column count of every row; no stray whitespace, empty list
  items or a canonical name starting with "the";
* no duplicate canonical names and no form listed twice in one cell;
* no form (name, other name, abbreviation, demonym, capital, metonym; case-folded, accents,
  dots and a leading "the" dropped, as a matcher would) that stands for two different countries
  or organisations, except the collisions accepted in a header (``#@ accept<TAB>form<TAB>why``);
  an accepted collision that no longer occurs is a problem too;
* every country has a demonym and a capital, a region and a ``un_member`` value from the lists
  in its header (``#@ regions`` / ``#@ un_member``), well-formed unique ISO codes, and exactly
  193 rows with ``un_member`` = yes;
* every organisation has a kind from ``#@ kinds`` and a parent that is a canonical name in the
  same file;
* every title is lower case, unique, has a class that roles.tsv uses (and the same class as
  roles.tsv where both list the word), documented in the titles header, and a ``takes_place``
  of yes or nothing; at least 300 titles.

Prints the collisions and the counts per region, kind and class; exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "summit_nlp" / "extract" / "data"
UN_MEMBERS = 193
MIN_TITLES = 300

COLUMNS = {
    "countries.tsv": ["name", "names", "demonyms", "capitals", "metonyms", "iso2", "iso3", "region", "un_member"],
    "organisations.tsv": ["name", "names", "kind", "parent", "members_demonym", "metonyms"],
    "titles.tsv": ["title", "class", "takes_place"],
}
LIST_COLUMNS = {
    "countries.tsv": ["names", "demonyms", "capitals", "metonyms"],
    "organisations.tsv": ["names", "members_demonym", "metonyms"],
    "titles.tsv": [],
}

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


class Table:
    def __init__(self, path: Path, columns: list[str]):
        self.path = path
        self.name = path.name
        self.columns = columns
        self.rows: list[tuple[int, dict[str, str]]] = []
        self.directives: dict[str, list[list[str]]] = defaultdict(list)
        self.comments: list[str] = []
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            problem(f"{self.name}: cannot read as UTF-8: {e}")
            return
        header = "# " + "\t".join(columns)
        saw_header = False
        for no, line in enumerate(text.split("\n"), 1):
            if line == "" and no == text.count("\n") + 1:
                continue  # after the final newline
            where = f"{self.name}:{no}"
            if "\r" in line:
                problem(f"{where}: carriage return")
            if line != line.rstrip(" "):
                problem(f"{where}: trailing space")
            if not line.strip():
                problem(f"{where}: blank line")
                continue
            if line.startswith("#@"):
                key, *values = line[2:].strip().split("\t")
                self.directives[key.strip()].append([v.strip() for v in values])
                continue
            if line.startswith("#"):
                self.comments.append(line)
                saw_header |= line.rstrip() == header
                continue
            cells = line.split("\t")
            if len(cells) != len(columns):
                problem(f"{where}: {len(cells)} columns, expected {len(columns)} ({', '.join(columns)})")
                continue
            for col, cell in zip(columns, cells):
                if cell != cell.strip():
                    problem(f"{where}: {col} has leading or trailing whitespace")
            row = dict(zip(columns, cells))
            for col in LIST_COLUMNS[self.name]:
                items = row[col].split(",") if row[col] else []
                if any(not it.strip() for it in items):
                    problem(f"{where}: {col} has an empty item: {row[col]!r}")
                if any(it != it.strip() for it in items):
                    problem(f"{where}: {col} has an item with surrounding spaces: {row[col]!r}")
            self.rows.append((no, row))
        if not saw_header:
            problem(f"{self.name}: no column header line {header!r}")

    def directive(self, key: str) -> list[str]:
        values = self.directives.get(key)
        if not values:
            problem(f"{self.name}: header has no '#@ {key}' line")
            return []
        return [v.strip() for v in values[0][0].split(",") if v.strip()]


def items(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def norm(form: str) -> str:
    """The key a matcher compares: case-folded, accents, dots and a leading "the" dropped."""
    s = form.replace("’", "'").replace("‘", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold().replace(".", "")
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def loader_key(form: str) -> str:
    """The key lexicon.py builds: lower case, a leading "the" dropped (accents and dots kept)."""
    s = form.strip().lower()
    return s[4:] if s.startswith("the ") else s


def check_cell_dups(table: Table, no: int, row: dict[str, str]) -> None:
    """One form once per cell (spelling variants with accents or dots are separate forms)."""
    for col in LIST_COLUMNS[table.name]:
        seen: dict[str, str] = {}
        for form in items(row[col]):
            key = loader_key(form)
            if key in seen:
                problem(f"{table.name}:{no}: {col} lists {seen[key]!r} and {form!r}, which are one form")
            seen.setdefault(key, form)
    if "names" in row:
        name = loader_key(row[table.columns[0]])
        for form in items(row["names"]):
            if loader_key(form) == name:
                problem(f"{table.name}:{no}: names repeats the canonical name as {form!r}")


def check_unique_names(table: Table) -> None:
    seen: dict[str, int] = {}
    col = table.columns[0]
    for no, row in table.rows:
        key = row[col].casefold()
        if key in seen:
            problem(f"{table.name}:{no}: duplicate {col} {row[col]!r} (first on line {seen[key]})")
        seen.setdefault(key, no)
        if row[col].lower().startswith("the "):
            problem(f"{table.name}:{no}: canonical {col} starts with 'the': {row[col]!r}")
        if not row[col]:
            problem(f"{table.name}:{no}: empty {col}")


def check_countries(t: Table) -> Counter:
    regions = set(t.directive("regions"))
    flags = set(t.directive("un_member"))
    iso2: dict[str, str] = {}
    iso3: dict[str, str] = {}
    per_region: Counter = Counter()
    flag_count: Counter = Counter()
    for no, r in t.rows:
        where = f"{t.name}:{no} ({r['name']})"
        if not items(r["demonyms"]):
            problem(f"{where}: no demonym")
        if not items(r["capitals"]):
            problem(f"{where}: no capital")
        if r["region"] not in regions:
            problem(f"{where}: region {r['region']!r} is not one of {sorted(regions)}")
        if r["un_member"] not in flags:
            problem(f"{where}: un_member {r['un_member']!r} is not one of {sorted(flags)}")
        caps = {norm(c) for c in items(r["capitals"])}
        for m in items(r["metonyms"]):
            if norm(m) in caps:
                problem(f"{where}: metonym {m!r} is also a capital")
        a2, a3 = r["iso2"], r["iso3"]
        if bool(a2) != bool(a3):
            problem(f"{where}: iso2 and iso3 must both be given or both be empty")
        if a2 and not re.fullmatch(r"[A-Z]{2}", a2):
            problem(f"{where}: bad iso2 {a2!r}")
        if a3 and not re.fullmatch(r"[A-Z]{3}", a3):
            problem(f"{where}: bad iso3 {a3!r}")
        if r["un_member"] in {"yes", "observer"} and not a2:
            problem(f"{where}: a UN member or observer state needs ISO codes")
        for code, seen in ((a2, iso2), (a3, iso3)):
            if code and code in seen:
                problem(f"{where}: ISO code {code} also used by {seen[code]}")
            elif code:
                seen[code] = r["name"]
        per_region[r["region"]] += 1
        flag_count[r["un_member"]] += 1
    if flag_count["yes"] != UN_MEMBERS:
        problem(f"{t.name}: {flag_count['yes']} rows with un_member=yes, expected {UN_MEMBERS}")
    print(f"countries.tsv: {len(t.rows)} rows; un_member: "
          + ", ".join(f"{k} {flag_count[k]}" for k in sorted(flags, key=lambda k: -flag_count[k])))
    for region in sorted(regions, key=lambda k: (-per_region[k], k)):
        print(f"  {region:28} {per_region[region]:4}")
    return per_region


def check_organisations(t: Table) -> None:
    kinds = set(t.directive("kinds"))
    names = {r["name"] for _, r in t.rows}
    per_kind: Counter = Counter()
    parent_of = {r["name"]: r["parent"] for _, r in t.rows}
    for no, r in t.rows:
        where = f"{t.name}:{no} ({r['name']})"
        if r["kind"] not in kinds:
            problem(f"{where}: kind {r['kind']!r} is not one of {sorted(kinds)}")
        if r["parent"] and r["parent"] not in names:
            problem(f"{where}: parent {r['parent']!r} is not a canonical name in {t.name}")
        if r["parent"] == r["name"]:
            problem(f"{where}: is its own parent")
        per_kind[r["kind"]] += 1
    for name in names:  # parent cycles
        seen, cur = set(), name
        while parent_of.get(cur):
            if cur in seen:
                problem(f"{t.name}: parent cycle through {name!r}")
                break
            seen.add(cur)
            cur = parent_of[cur]
    with_parent = sum(1 for _, r in t.rows if r["parent"])
    print(f"organisations.tsv: {len(t.rows)} rows ({with_parent} with a parent)")
    for kind in sorted(kinds, key=lambda k: (-per_kind[k], k)):
        print(f"  {kind:28} {per_kind[kind]:4}")


def roles_classes(path: Path) -> tuple[set[str], dict[str, set[str]]]:
    by_word: dict[str, set[str]] = defaultdict(set)
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as e:
        problem(f"roles.tsv: cannot read: {e}")
        return set(), {}
    for line in lines:
        if line.strip() and not line.startswith("#"):
            word, cls, *_ = line.split("\t") + [""]
            by_word[word.strip().lower()].add(cls.strip())
    return {c for cs in by_word.values() for c in cs}, by_word


def check_titles(t: Table, roles_path: Path) -> None:
    classes, roles = roles_classes(roles_path)
    per_class: Counter = Counter()
    documented = {m.group(1) for line in t.comments if (m := re.match(r"#\s+(\w+)\s+=", line))}
    for no, r in t.rows:
        where = f"{t.name}:{no} ({r['title']!r})"
        if r["title"] != r["title"].lower():
            problem(f"{where}: title is not lower case")
        if "  " in r["title"]:
            problem(f"{where}: double space")
        if r["class"] not in classes:
            problem(f"{where}: class {r['class']!r} is not a roles.tsv class ({', '.join(sorted(classes))})")
        if r["title"] in roles and r["class"] not in roles[r["title"]]:
            problem(f"{where}: class {r['class']} but roles.tsv says {'/'.join(sorted(roles[r['title']]))}")
        if r["takes_place"] not in {"yes", ""}:
            problem(f"{where}: takes_place must be 'yes' or empty, not {r['takes_place']!r}")
        per_class[r["class"]] += 1
    for cls in sorted(set(per_class) | classes):
        if cls not in documented:
            problem(f"{t.name}: class {cls!r} is not explained in the header")
    if len(t.rows) < MIN_TITLES:
        problem(f"{t.name}: {len(t.rows)} titles, expected at least {MIN_TITLES}")
    places = sum(1 for _, r in t.rows if r["takes_place"] == "yes")
    print(f"titles.tsv: {len(t.rows)} rows ({places} take a place)")
    for cls in sorted(per_class, key=lambda k: (-per_class[k], k)):
        print(f"  {cls:28} {per_class[cls]:4}")


def check_collisions(countries: Table, orgs: Table) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    sources = ((countries, "country", ["name", "names", "demonyms", "capitals", "metonyms"]),
               (orgs, "organisation", ["name", "names", "members_demonym"]))
    for table, label, cols in sources:
        for _, r in table.rows:
            for col in cols:
                forms = [r[col]] if col == "name" else items(r[col])
                for form in forms:
                    key = norm(form)
                    owners[key].add(f"{label} {r['name']}")
                    spellings[key].add(form)
    accepted: dict[str, str] = {}
    for table in (countries, orgs):
        for values in table.directives.get("accept", []):
            if not values or not values[0]:
                problem(f"{table.name}: empty '#@ accept' line")
                continue
            accepted[norm(values[0])] = values[1] if len(values) > 1 else ""
    collisions = {k: v for k, v in owners.items() if len(v) > 1}
    print(f"collisions: {len(collisions)} ({sum(1 for k in collisions if k in accepted)} accepted)")
    for key in sorted(collisions):
        status = "accepted" if key in accepted else "PROBLEM"
        print(f"  [{status}] {'/'.join(sorted(spellings[key]))}: {'; '.join(sorted(collisions[key]))}")
        if key not in accepted:
            problem(f"form {key!r} stands for {len(collisions[key])} entities: {'; '.join(sorted(collisions[key]))}")
    for key in sorted(set(accepted) - set(collisions)):
        problem(f"accepted collision {key!r} no longer occurs: drop its '#@ accept' line")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the extract/data directory")
    args = ap.parse_args(argv)
    tables = {name: Table(args.data / name, cols) for name, cols in COLUMNS.items()}
    for t in tables.values():
        check_unique_names(t)
        for no, row in t.rows:
            check_cell_dups(t, no, row)
    check_countries(tables["countries.tsv"])
    check_organisations(tables["organisations.tsv"])
    check_titles(tables["titles.tsv"], args.data / "roles.tsv")
    check_collisions(tables["countries.tsv"], tables["organisations.tsv"])
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(f"  {p}")
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
