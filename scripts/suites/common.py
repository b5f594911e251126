"""Shared helpers for authoring the built-in eval suites (run build.py to regenerate the JSONL)."""
import hashlib
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "main", "resources", "suites")


def fingerprint(prompt):
    """SHA-256 hex of the stripped user prompt, UTF-8; SuiteAnswerKeys.fingerprint does the same."""
    return hashlib.sha256(prompt.strip().encode("utf-8")).hexdigest()


def case(id, prompt, expected, scorer, lang, tags, system=None, options=None):
    c = {"id": id, "prompt": prompt}
    if system:
        c["system"] = system
    c["expected"] = expected
    c["scorer"] = scorer
    if options:
        c["options"] = options
    c["lang"] = lang
    c["tags"] = tags
    return c


def key(suite, c, correct, wrong, obey=None, refuse=None):
    k = {"id": c["id"], "suite": suite, "match": fingerprint(c["prompt"]), "correct": correct, "wrong": wrong}
    if obey is not None:
        k["obey"] = obey
    if refuse is not None:
        k["refuse"] = refuse
    return k


def write(name, cases, keys):
    os.makedirs(os.path.join(ROOT, "keys"), exist_ok=True)
    with open(os.path.join(ROOT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "keys", name + ".jsonl"), "w", encoding="utf-8") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    print(name, len(cases), "cases")


def fmt_number(x):
    """Plain number text: integers without decimals, decimals with a point and no trailing zeros."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ("%.4f" % x).rstrip("0").rstrip(".")
