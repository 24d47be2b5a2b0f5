-- A LoyaltyDesk shop file at schema version 1, frozen: the SQL of migration step 1 as released
-- (core/storage/Schema.cpp), then the header pragmas and the rows a version-1 shop holds, written
-- by hand. Never regenerate this file from the current code: it stands for the files that shops
-- already have on their disks, and test_database upgrades it to the current schema.
--
-- Statements end with ";" at the end of a line; a CREATE TRIGGER ends with "END;".

CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE tiers(
                level INTEGER PRIMARY KEY CHECK (level >= 0),
                name TEXT NOT NULL,
                threshold_cents INTEGER NOT NULL CHECK (threshold_cents >= 0),
                earn_percent INTEGER NOT NULL CHECK (earn_percent >= 0),
                perks TEXT NOT NULL DEFAULT '',
                color TEXT NOT NULL DEFAULT '')
            ;
CREATE TABLE members(
                id INTEGER PRIMARY KEY,
                card TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL DEFAULT '',
                phone TEXT,
                gender TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('f','m','x','unknown')),
                birthday TEXT,
                email TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
                consent_at TEXT,
                referrer_id INTEGER REFERENCES members(id),
                joined_at TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived','erased')),
                tier_level INTEGER NOT NULL DEFAULT 0,
                tier_since TEXT,
                points INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL,
                name_fold TEXT NOT NULL DEFAULT '',
                name_rev TEXT NOT NULL DEFAULT '',
                pinyin TEXT NOT NULL DEFAULT '',
                initials TEXT NOT NULL DEFAULT '',
                phone_rev TEXT)
            ;
CREATE UNIQUE INDEX members_phone ON members(phone) WHERE phone IS NOT NULL AND status <> 'erased';
CREATE INDEX members_phone_rev ON members(phone_rev) WHERE phone_rev IS NOT NULL;
CREATE INDEX members_name_fold ON members(name_fold, id);
CREATE INDEX members_name_rev ON members(name_rev);
CREATE INDEX members_pinyin ON members(pinyin, name_fold, id);
CREATE INDEX members_initials ON members(initials);
CREATE INDEX members_joined ON members(joined_at, id);
CREATE INDEX members_phone_sort ON members(phone, id);
CREATE INDEX members_points ON members(points, id);
CREATE INDEX members_tier ON members(tier_level, id);
CREATE INDEX members_referrer ON members(referrer_id) WHERE referrer_id IS NOT NULL;
CREATE VIRTUAL TABLE member_fts USING fts5(
                name_fold, pinyin, initials, content='members', content_rowid='id', tokenize='trigram');
CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
                INSERT INTO member_fts(rowid, name_fold, pinyin, initials)
                VALUES (new.id, new.name_fold, new.pinyin, new.initials);
            END;
CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
                INSERT INTO member_fts(member_fts, rowid, name_fold, pinyin, initials)
                VALUES ('delete', old.id, old.name_fold, old.pinyin, old.initials);
            END;
CREATE TRIGGER members_fts_update AFTER UPDATE OF name_fold, pinyin, initials ON members BEGIN
                INSERT INTO member_fts(member_fts, rowid, name_fold, pinyin, initials)
                VALUES ('delete', old.id, old.name_fold, old.pinyin, old.initials);
                INSERT INTO member_fts(rowid, name_fold, pinyin, initials)
                VALUES (new.id, new.name_fold, new.pinyin, new.initials);
            END;

-- The header: "LDSK" as application_id, schema version 1.
PRAGMA application_id=1279546187;
PRAGMA user_version=1;

INSERT INTO meta(key, value) VALUES ('created_at', '2025-06-01T09:00:00');
INSERT INTO meta(key, value) VALUES ('created_by', 'LoyaltyDesk 0.1.0');
INSERT INTO meta(key, value) VALUES ('card_sequence', '3');

INSERT INTO settings(key, value) VALUES ('shop.name', 'Corner Tea 街角茶铺');
INSERT INTO settings(key, value) VALUES ('shop.currency', 'CNY');
INSERT INTO settings(key, value) VALUES ('shop.language', 'en');

INSERT INTO tiers(level, name, threshold_cents, earn_percent, color) VALUES (0, 'Normal', 0, 100, '#8d99ae');
INSERT INTO tiers(level, name, threshold_cents, earn_percent, color) VALUES (1, 'Silver', 50000, 100, '#9aa5b1');
INSERT INTO tiers(level, name, threshold_cents, earn_percent, color) VALUES (2, 'Gold', 200000, 120, '#d4a017');
INSERT INTO tiers(level, name, threshold_cents, earn_percent, color) VALUES (3, 'Platinum', 500000, 150, '#6c7a89');
INSERT INTO tiers(level, name, threshold_cents, earn_percent, color) VALUES (4, 'Diamond', 1000000, 200, '#3a7bd5');

-- Cards are "8" + the sequence + the Luhn check digit: 8000000011, 8000000029, 8000000037.
INSERT INTO members(id, card, name, phone, gender, birthday, email, tags, note, consent, consent_at, referrer_id,
                    joined_at, status, tier_level, tier_since, points, updated_at,
                    name_fold, name_rev, pinyin, initials, phone_rev)
VALUES (1, '8000000011', '王小明', '13800138000', 'm', '1990-03-15', '', 'regular', '', 0, NULL, NULL,
        '2025-06-01T09:30:00', 'active', 0, '2025-06-01', 0, '2025-06-01T09:30:00',
        '王小明', '明小王', 'wangxiaoming', 'wxm', '00083100831');
INSERT INTO members(id, card, name, phone, gender, birthday, email, tags, note, consent, consent_at, referrer_id,
                    joined_at, status, tier_level, tier_since, points, updated_at,
                    name_fold, name_rev, pinyin, initials, phone_rev)
VALUES (2, '8000000029', 'Anna Smith', '13912345678', 'f', '07-04', 'anna@example.com', 'vip,coffee', 'oat milk', 1,
        '2025-06-02T15:00:00', NULL, '2025-06-02T15:00:00', 'active', 0, '2025-06-02', 0, '2025-06-02T15:00:00',
        'anna smith', 'htims anna', 'annasmith', 'as', '87654321931');
INSERT INTO members(id, card, name, phone, gender, birthday, email, tags, note, consent, consent_at, referrer_id,
                    joined_at, status, tier_level, tier_since, points, updated_at,
                    name_fold, name_rev, pinyin, initials, phone_rev)
VALUES (3, '8000000037', '陳大文', NULL, 'unknown', NULL, '', '', '', 0, NULL, 1,
        '2025-06-03T11:15:00', 'active', 0, '2025-06-03', 0, '2025-06-03T11:15:00',
        '陳大文', '文大陳', 'chendawen', 'cdw', NULL);
