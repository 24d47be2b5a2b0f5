#!/usr/bin/env python3
"""Makes the foreign SQLite files test_cli opens to check exit code 3 (SPEC §7).

Run from this folder: python3 make_fixtures.py. The files are committed; rerun only to change them.
"""
import os
import sqlite3


def make(path, wal):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path)
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
    # Another program's file that even has tables with the names a shop file uses.
    db.executescript(
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE members(id INTEGER PRIMARY KEY, card TEXT, name TEXT, phone TEXT);
        INSERT INTO members(card, name, phone) VALUES ('8000000011', 'Someone Else', '13800138000');
        PRAGMA user_version = 1;
        """
    )
    db.commit()
    db.close()


make("foreign.sqlite", wal=False)
make("foreign-wal.sqlite", wal=True)
