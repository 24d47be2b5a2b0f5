#include "storage/Schema.h"

namespace loyalty::schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the shop, its rules, tiers and members with their search keys.
        {
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral(R"(CREATE TABLE tiers(
                level INTEGER PRIMARY KEY CHECK (level >= 0),
                name TEXT NOT NULL,
                threshold_cents INTEGER NOT NULL CHECK (threshold_cents >= 0),
                earn_percent INTEGER NOT NULL CHECK (earn_percent >= 0),
                perks TEXT NOT NULL DEFAULT '',
                color TEXT NOT NULL DEFAULT '')
            )"),
            QStringLiteral(R"(CREATE TABLE members(
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
            )"),
            // Phones are unique among members that are not erased (SPEC §2).
            QStringLiteral("CREATE UNIQUE INDEX members_phone ON members(phone) WHERE phone IS NOT NULL AND status <> 'erased'"),
            QStringLiteral("CREATE INDEX members_phone_rev ON members(phone_rev) WHERE phone_rev IS NOT NULL"),
            QStringLiteral("CREATE INDEX members_name_fold ON members(name_fold, id)"),
            QStringLiteral("CREATE INDEX members_name_rev ON members(name_rev)"),
            QStringLiteral("CREATE INDEX members_pinyin ON members(pinyin, name_fold, id)"),
            QStringLiteral("CREATE INDEX members_initials ON members(initials)"),
            QStringLiteral("CREATE INDEX members_joined ON members(joined_at, id)"),
            // Keyset paging for the member list, one index per sortable column.
            QStringLiteral("CREATE INDEX members_phone_sort ON members(phone, id)"),
            QStringLiteral("CREATE INDEX members_points ON members(points, id)"),
            QStringLiteral("CREATE INDEX members_tier ON members(tier_level, id)"),
            QStringLiteral("CREATE INDEX members_referrer ON members(referrer_id) WHERE referrer_id IS NOT NULL"),
            // Any part of a name or its pinyin, three characters or more (FTS5 trigram).
            QStringLiteral(R"(CREATE VIRTUAL TABLE member_fts USING fts5(
                name_fold, pinyin, initials, content='members', content_rowid='id', tokenize='trigram'))"),
            QStringLiteral(R"(CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
                INSERT INTO member_fts(rowid, name_fold, pinyin, initials)
                VALUES (new.id, new.name_fold, new.pinyin, new.initials);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
                INSERT INTO member_fts(member_fts, rowid, name_fold, pinyin, initials)
                VALUES ('delete', old.id, old.name_fold, old.pinyin, old.initials);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER members_fts_update AFTER UPDATE OF name_fold, pinyin, initials ON members BEGIN
                INSERT INTO member_fts(member_fts, rowid, name_fold, pinyin, initials)
                VALUES ('delete', old.id, old.name_fold, old.pinyin, old.initials);
                INSERT INTO member_fts(rowid, name_fold, pinyin, initials)
                VALUES (new.id, new.name_fold, new.pinyin, new.initials);
            END)"),
        },
        // 2: operators and the append-only audit log (SPEC §8.7, §8.8).
        {
            QStringLiteral(R"(CREATE TABLE operators(
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                role TEXT NOT NULL CHECK (role IN ('owner','cashier')),
                pin_hash TEXT,
                pin_salt TEXT,
                pin_iterations INTEGER,
                created_at TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0)
            )"),
            QStringLiteral("INSERT INTO operators(name, role, created_at) VALUES ('owner', 'owner', strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))"),
            QStringLiteral(R"(CREATE TABLE audit_log(
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                operator TEXT NOT NULL,
                action TEXT NOT NULL,
                details TEXT NOT NULL DEFAULT '{}')
            )"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        },
    };
    return steps;
}

QList<TierDefault> defaultTiers(const QString &language)
{
    struct Names {
        const char *n[5];
    };
    static const Names en{{"Normal", "Silver", "Gold", "Platinum", "Diamond"}};
    static const Names hans{{"普通", "白银", "黄金", "白金", "钻石"}};
    static const Names hant{{"普通", "白銀", "黃金", "白金", "鑽石"}};
    const Names &names = language.startsWith(u"zh_TW") || language.startsWith(u"zh_HK") ? hant
                         : language.startsWith(u"zh")                                      ? hans
                                                                                           : en;
    return {
        {names.n[0], 0, 100, "#8d99ae"},
        {names.n[1], 50'000, 100, "#9aa5b1"},
        {names.n[2], 200'000, 120, "#d4a017"},
        {names.n[3], 500'000, 150, "#6c7a89"},
        {names.n[4], 1'000'000, 200, "#3a7bd5"},
    };
}

} // namespace loyalty::schema
