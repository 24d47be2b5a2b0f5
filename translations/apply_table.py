#!/usr/bin/env python3
"""Fill unfinished Chinese translations from a table.

    python3 translations/apply_table.py TABLE.py

TABLE.py defines T = {source_text: (zh_CN, zh_TW), ...}. Only messages still marked
type="unfinished" are filled, so finished translations are never overwritten. A numerus message
(%n / %Ln) gets its one Chinese form. Run `cmake --build build --target update_translations` first
so new source texts are in the .ts files, then this, then `python3 translations/fill_en.py`.
Prints what it filled and which unfinished sources the table lacked.
"""
import html
import importlib.util
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
MESSAGE = re.compile(r"(<message\b(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<content>.*?)</translation>)", re.S)


def escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&apos;').replace('"', '&quot;')


def apply(path, table, column):
    text = path.read_text(encoding='utf-8')
    filled, missing = [], []

    def one(m):
        body = m.group('body')
        t = TRANSLATION.search(body)
        if 'type="unfinished"' not in t.group('attrs'):
            return m.group(0)
        source = html.unescape(SOURCE.search(body).group(1))
        if source not in table:
            missing.append(source)
            return m.group(0)
        translation = table[source][column]
        indent = t.group('indent')
        attrs = re.sub(r'\s+type="unfinished"', '', t.group('attrs'))
        if 'numerus="yes"' in m.group('attrs'):
            content = f"\n{indent}    <numerusform>{escape(translation)}</numerusform>\n{indent}"
        else:
            content = escape(translation)
        filled.append(source)
        return m.group(1) + body[:t.start()] + f"{indent}<translation{attrs}>{content}</translation>" + body[t.end():] + m.group(4)

    path.write_text(MESSAGE.sub(one, text), encoding='utf-8')
    print(f"{path.name}: filled {len(filled)}; not in the table: {missing}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    spec = importlib.util.spec_from_file_location('table', sys.argv[1])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    apply(HERE / 'loyaltydesk_zh_CN.ts', module.T, 0)
    apply(HERE / 'loyaltydesk_zh_TW.ts', module.T, 1)


if __name__ == '__main__':
    main()
