"""Run presswork on quantulum3's own English test suite (shipped inside the quantulum3 package)
and report value-matched precision/recall, listing the misses.

    python bench/quantulum_suite.py [--misses]

A prediction matches an expected quantity when its text overlaps the expected surface and the
values are equal (within 1e-9 relative). The suite is quantulum3's, so it favours scientific
units over news figures; it is a check on coverage, not a target.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import presswork as pw


def suite() -> list[dict]:
    import quantulum3

    base = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests"
    return json.loads((base / "quantities.json").read_text(encoding="utf-8"))


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def main() -> int:
    verbose = "--misses" in sys.argv
    tp = fp = fn = 0
    for case in suite():
        text = case["req"]
        preds = pw.analyze(text).numbers
        used = [False] * len(preds)
        for exp in case["res"]:
            start = text.find(exp["surface"])
            end = start + len(exp["surface"])
            hit = next(
                (
                    k
                    for k, p in enumerate(preds)
                    if not used[k] and p.start < end and start < p.end and close(p.value, exp["value"])
                ),
                None,
            )
            if hit is None:
                fn += 1
                if verbose:
                    got = [(p.text, p.value) for p in preds]
                    print(
                        f"MISS {exp['surface']!r}={exp['value']} {exp['unit']}  in {text!r}\n     got {got}"
                    )
            else:
                used[hit] = True
                tp += 1
        fp += used.count(False)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(
        f"quantulum3 suite: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} ({tp} matched, {fp} extra, {fn} missed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
