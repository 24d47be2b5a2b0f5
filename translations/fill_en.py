#!/usr/bin/env python3
"""Fill the English translation file from the source texts.

The program's source strings are English already, so loyaltydesk_en.ts needs no translator: every
message's translation is its source text, and type="unfinished" goes away. Only plurals need a
little care: a numerus message such as "%n point(s)" gets the two English forms
"%n point" / "%n points" ("match(es)" -> "match"/"matches", "entr(y/ies)" and "entry(ies)" ->
"entry"/"entries", "child(ren)" -> "child"/"children").

Use it after every lupdate run (the .ts files are refreshed with
`cmake --build build --target update_translations`):

    python3 translations/fill_en.py                 # fills translations/loyaltydesk_en.ts
    python3 translations/fill_en.py path/to/x_en.ts # another file
    python3 translations/fill_en.py --all           # also rewrite finished translations from source
    python3 translations/fill_en.py --check         # change nothing; exit 1 if something is unfilled

By default only unfinished or empty translations are filled, so an English wording someone set on
purpose in Linguist survives; --all makes every translation equal its source again. Obsolete and
vanished messages are left alone. The file is edited as text, message by message, so lupdate's
layout, the DOCTYPE line, entities such as &apos; and the utf-8 encoding stay exactly as they are;
running it twice changes nothing the second time.
"""

import argparse
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"(?P<open><message\b(?P<attrs>[^>]*)>)(?P<body>.*?)(?P<close></message>)", re.S)
SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
# <translation ...>...</translation> or <translation .../>
TRANSLATION = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<content>.*?)</translation>)", re.S)
NUMERUS_FORM = re.compile(r"<numerusform[^>]*>(?P<text>.*?)</numerusform>|<numerusform[^>]*/>", re.S)
TYPE_ATTR = re.compile(r'\s+type="(?P<type>[^"]*)"')
# A word with a plural ending in brackets: point(s), match(es), entr(y/ies), entry(ies), child(ren).
PLURAL = re.compile(r"(?P<word>[A-Za-z]+)\((?:(?P<sing>[a-z]+)/)?(?P<plural>[a-z]+)\)")


def english_forms(source):
    """(singular, plural) of a numerus source text such as "%n point(s)"."""

    def singular(m):
        return m.group("word") + (m.group("sing") or "")

    def plural(m):
        word, suffix = m.group("word"), m.group("plural")
        if m.group("sing"):  # entr(y/ies)
            return word + suffix
        if suffix == "ies" and word.endswith("y"):  # entry(ies)
            return word[:-1] + suffix
        return word + suffix  # point(s), match(es), child(ren)

    return PLURAL.sub(singular, source), PLURAL.sub(plural, source)


def fill_message(match, fill_all, problems):
    attrs, body = match.group("attrs"), match.group("body")
    source = SOURCE.search(body)
    translation = TRANSLATION.search(body)
    if not source or not translation:
        return match.group(0)
    type_match = TYPE_ATTR.search(translation.group("attrs"))
    kind = type_match.group("type") if type_match else ""
    if kind in ("obsolete", "vanished"):
        return match.group(0)
    content = translation.group("content") or ""
    numerus = re.search(r'\bnumerus="yes"', attrs) is not None
    if numerus:
        forms = [m.group("text") or "" for m in NUMERUS_FORM.finditer(content)]
        empty = not forms or any(not f.strip() for f in forms)
    else:
        empty = not content.strip()
    if not fill_all and kind != "unfinished" and not empty:
        return match.group(0)

    text = source.group("text")
    indent = translation.group("indent")
    new_attrs = TYPE_ATTR.sub("", translation.group("attrs"))
    if numerus:
        if "%n" not in text and "%Ln" not in text:
            problems.append(f"numerus message without %n: {text!r}")
        one, many = english_forms(text)
        inner = indent + "    "
        new_content = f"\n{inner}<numerusform>{one}</numerusform>\n{inner}<numerusform>{many}</numerusform>\n{indent}"
    else:
        new_content = text
    new_translation = f"{indent}<translation{new_attrs}>{new_content}</translation>"
    new_body = body[: translation.start()] + new_translation + body[translation.end():]
    return match.group("open") + new_body + match.group("close")


def fill(text, fill_all=False):
    problems = []
    result = MESSAGE.sub(lambda m: fill_message(m, fill_all, problems), text)
    return result, problems


def unfinished_count(text):
    return sum(1 for m in MESSAGE.finditer(text)
               if (t := TRANSLATION.search(m.group("body"))) and 'type="unfinished"' in t.group("attrs"))


def main():
    parser = argparse.ArgumentParser(description="Fill an English .ts file: translation = source text.")
    parser.add_argument("ts", nargs="?", default=str(Path(__file__).with_name("loyaltydesk_en.ts")),
                        help="the .ts file (default: loyaltydesk_en.ts next to this script)")
    parser.add_argument("--all", action="store_true", help="rewrite finished translations from the source too")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when the file needs filling")
    args = parser.parse_args()

    path = Path(args.ts)
    original = path.read_bytes().decode("utf-8")
    filled, problems = fill(original, args.all)
    for p in problems:
        print(f"{path}: warning: {p}", file=sys.stderr)
    messages = len(MESSAGE.findall(original))
    if args.check:
        if filled != original:
            print(f"{path}: {unfinished_count(original)} of {messages} messages unfinished; run {Path(__file__).name}")
            return 1
        print(f"{path}: {messages} messages, all filled")
        return 0
    if filled != original:
        path.write_bytes(filled.encode("utf-8"))
        print(f"{path}: filled; {messages} messages, {unfinished_count(filled)} unfinished")
    else:
        print(f"{path}: nothing to do; {messages} messages, {unfinished_count(filled)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
