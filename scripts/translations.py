#!/usr/bin/env python3
"""Runs lupdate over app/ and ui/ into Token Admin's .ts files, or checks them.

  translations.py update --lupdate LUPDATE
      Refreshes resources/translations/*.ts: new strings come in unfinished, strings gone
      from the sources are dropped. (The build's `update_translations` target runs this.)
  translations.py check --lupdate LUPDATE --work DIR
      Runs the same lupdate over copies in DIR, keeping what vanished, and fails on any
      message that is unfinished, empty, obsolete or vanished, or whose translation lost a
      placeholder (%1, %n) or an accelerator (&). The committed files are not touched.

German and French carry every string; English only the plural forms (-pluralonly): every
other English text is the source text itself.
"""

import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ["de", "fr"]
PLURALS_ONLY = ["en"]
# Scanned as directories: lupdate reads every .cpp, .h and .ui below them.
SOURCES = ["app", "ui"]
# lupdate reads the whole tree in well under a second; far longer means it is looping.
LUPDATE_SECONDS = 20


def run_lupdate(lupdate, ts_dir, keep_obsolete):
    # Relative source paths and -locations none: no path of this machine lands in a .ts file.
    common = ["-silent", "-locations", "none"] + ([] if keep_obsolete else ["-no-obsolete"])
    runs = [(LANGUAGES, []), (PLURALS_ONLY, ["-pluralonly"])]
    for languages, extra in runs:
        ts_files = [str(ts_dir / f"tokenadmin_{language}.ts") for language in languages]
        try:
            subprocess.run([lupdate, *common, *extra, *SOURCES, "-ts", *ts_files], cwd=ROOT,
                           check=True, timeout=LUPDATE_SECONDS)
        except subprocess.TimeoutExpired:
            sys.exit(f"lupdate ran for more than {LUPDATE_SECONDS} s (it takes under one): a "
                     "construct its C++ parser loops on, such as a call inside translate()'s "
                     "count argument; see docs/ARCHITECTURE.md.")


PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


def accelerators(text):
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def problems_in(path):
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{path.name}: {name}: \"{source}\""
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                found.append(f"{where} is {kind}")
                continue
            forms = ([form.text or "" for form in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            if not forms or any(not form.strip() for form in forms):
                found.append(f"{where} has an empty translation")
                continue
            wanted = set(PLACEHOLDER.findall(source))
            for form in forms:
                # A singular form may say "one" instead of %n; every other placeholder stays.
                missing = wanted - set(PLACEHOLDER.findall(form)) - ({"%n"} if form is forms[0] and len(forms) > 1 else set())
                if missing:
                    found.append(f"{where} lost {', '.join(sorted(missing))} in \"{form}\"")
                if accelerators(form) != accelerators(source):
                    found.append(f"{where} has a different number of accelerators in \"{form}\"")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["update", "check"])
    parser.add_argument("--lupdate", default="lupdate")
    parser.add_argument("--work", type=pathlib.Path, help="check: where the copies go")
    arguments = parser.parse_args()

    if arguments.mode == "update":
        run_lupdate(arguments.lupdate, TS_DIR, keep_obsolete=False)
        return 0

    if arguments.work is None:
        parser.error("check needs --work")
    shutil.rmtree(arguments.work, ignore_errors=True)
    arguments.work.mkdir(parents=True)
    for language in LANGUAGES + PLURALS_ONLY:
        shutil.copy(TS_DIR / f"tokenadmin_{language}.ts", arguments.work)
    run_lupdate(arguments.lupdate, arguments.work.resolve(), keep_obsolete=True)
    problems = []
    for language in LANGUAGES + PLURALS_ONLY:
        problems += problems_in(arguments.work / f"tokenadmin_{language}.ts")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} message(s) to fix: run `cmake --build <build dir> --target "
              "update_translations`, then translate what is unfinished in "
              "resources/translations/ (Qt Linguist or an editor).")
        return 1
    print("Every message is translated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
