"""Prints a libFuzzer dictionary of a scenario's dotted keys (and a few value shapes), so the
fuzzer mutates real keys instead of guessing them letter by letter.

    python tests/fuzz/dictionary.py scenarios/baseline.toml > keys.dict
"""

from __future__ import annotations

import json
import sys
import tomllib


def dotted_keys(table: dict, prefix: str = "") -> list[str]:
    keys = []
    for name, value in table.items():
        path = f"{prefix}{name}"
        keys.extend(dotted_keys(value, f"{path}.") if isinstance(value, dict) else [path])
        if isinstance(value, dict):
            keys.append(path)  # a labelled table is set whole too
    return keys


def main(path: str) -> None:
    with open(path, "rb") as file:
        scenario = tomllib.load(file)
    values = ["=", "=0", "=1", "=-1", "=0.5", "=1e308", "=nan", "=inf", "=true", '=""', "={ }", "=[1, 2]"]
    for entry in [*sorted(set(dotted_keys(scenario))), *values]:
        print(json.dumps(entry))  # ASCII keys and values: JSON quoting is libFuzzer's quoting
    print('"\\x0a"')  # a newline: a second override


if __name__ == "__main__":
    main(sys.argv[1])
