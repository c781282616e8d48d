#!/usr/bin/env python3
"""Writes the token, error and database-list examples of the Management API spec as seed
inputs for the token JSON fuzzer: tests/fuzz/corpus/token_json/spec-*.json. Re-run after the spec changes:
    python3 tests/fuzz/extract-corpus.py
"""
import hashlib
import json
import pathlib

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SPECS = sorted((HERE.parent / "contract" / "spec").glob("*/openapi.yml"))
OUT = HERE / "corpus" / "token_json"


def is_token(value):
    return isinstance(value, dict) and "id" in value and "permissions" in value


def is_error(value):
    return isinstance(value, dict) and set(value) == {"code", "message"}


def is_database(value):
    return isinstance(value, dict) and "name" in value and "maxTables" in value


def wanted(value):
    if isinstance(value, list):
        return bool(value) and (all(is_token(item) for item in value)
                                or all(is_database(item) for item in value))
    return is_token(value) or is_error(value)


def examples(node):
    """Every example value in the document: `example`, `examples: {name: {value}}`, `examples: [..]`."""
    if isinstance(node, dict):
        for key, child in node.items():
            if key == "example":
                yield child
            elif key == "examples" and isinstance(child, dict):
                for named in child.values():
                    if isinstance(named, dict) and "value" in named:
                        yield named["value"]
            elif key == "examples" and isinstance(child, list):
                yield from child
            else:
                yield from examples(child)
    elif isinstance(node, list):
        for child in node:
            yield from examples(child)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    seen = set()
    for spec in SPECS:
        for value in examples(yaml.safe_load(spec.read_text())):
            if not wanted(value):
                continue
            text = json.dumps(value, indent=2, default=str).encode() + b"\n"
            digest = hashlib.sha1(text).hexdigest()[:12]
            if digest in seen:
                continue
            seen.add(digest)
            if isinstance(value, list):
                kind = "databases" if is_database(value[0]) else "list"
            else:
                kind = "error" if is_error(value) else "token"
            (OUT / f"spec-{kind}-{digest}.json").write_bytes(text)
    print(f"{len(seen)} examples written to {OUT}")


if __name__ == "__main__":
    main()
