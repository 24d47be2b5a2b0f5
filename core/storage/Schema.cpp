#include "storage/Schema.h"

#include <algorithm>

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
        // 3: visits, their items, the points ledger and its lots (SPEC §2, §3.1-3.3, §8.3).
        {
            QStringLiteral(R"(CREATE TABLE visits(
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                member_id INTEGER NOT NULL REFERENCES members(id),
                at TEXT NOT NULL,
                day TEXT NOT NULL,
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                coupon_discount_cents INTEGER NOT NULL DEFAULT 0,
                points_value_cents INTEGER NOT NULL DEFAULT 0,
                eligible_cents INTEGER NOT NULL,
                points_redeemed INTEGER NOT NULL DEFAULT 0,
                points_earned INTEGER NOT NULL DEFAULT 0,
                bonus_points INTEGER NOT NULL DEFAULT 0,
                tier_level INTEGER NOT NULL,
                earn_percent INTEGER NOT NULL,
                promo_percent INTEGER NOT NULL,
                balance_after INTEGER NOT NULL,
                tier_after INTEGER NOT NULL,
                tier_changed INTEGER NOT NULL DEFAULT 0,
                operator TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                voided_at TEXT,
                voided_by TEXT,
                void_reason TEXT)
            )"),
            QStringLiteral("CREATE INDEX visits_member ON visits(member_id, at)"),
            QStringLiteral("CREATE INDEX visits_day ON visits(day)"),
            QStringLiteral(R"(CREATE TABLE visit_items(
                visit_id INTEGER NOT NULL REFERENCES visits(id),
                line INTEGER NOT NULL,
                category TEXT NOT NULL,
                description TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
                PRIMARY KEY (visit_id, line)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE ledger(
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES members(id),
                at TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('earn','bonus','redeem','expire','adjust','reverse')),
                points INTEGER NOT NULL,
                visit_id INTEGER REFERENCES visits(id),
                reason TEXT NOT NULL DEFAULT '',
                related_member_id INTEGER REFERENCES members(id),
                reverses_id INTEGER REFERENCES ledger(id),
                lot_id INTEGER,
                operator TEXT NOT NULL)
            )"),
            QStringLiteral("CREATE INDEX ledger_lot ON ledger(lot_id) WHERE lot_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX ledger_member ON ledger(member_id, id)"),
            QStringLiteral("CREATE INDEX ledger_visit ON ledger(visit_id) WHERE visit_id IS NOT NULL"),
            QStringLiteral("CREATE UNIQUE INDEX ledger_reverses ON ledger(reverses_id) WHERE reverses_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX ledger_bonus ON ledger(member_id, reason) WHERE kind = 'bonus'"),
            QStringLiteral("CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"),
            QStringLiteral("CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"),
            QStringLiteral(R"(CREATE TABLE lots(
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES members(id),
                ledger_id INTEGER NOT NULL UNIQUE REFERENCES ledger(id),
                earned_on TEXT NOT NULL,
                expires_on TEXT,
                points INTEGER NOT NULL CHECK (points > 0),
                remaining INTEGER NOT NULL CHECK (remaining >= 0 AND remaining <= points))
            )"),
            QStringLiteral("CREATE INDEX lots_open ON lots(member_id, earned_on, id) WHERE remaining > 0"),
            QStringLiteral("CREATE INDEX lots_expiring ON lots(expires_on) WHERE remaining > 0 AND expires_on IS NOT NULL"),
            QStringLiteral("ALTER TABLE members ADD COLUMN points_debt INTEGER NOT NULL DEFAULT 0 CHECK (points_debt >= 0)"),
            QStringLiteral("ALTER TABLE members ADD COLUMN visit_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE members ADD COLUMN last_visit_at TEXT"),
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('last_maintenance_day', '')"),
        },
        // 4: tier reviews (SPEC §3.4): the share of members each tier aims for, and the last review
        // day done ('' before the first; the first due is the month after the shop's first member).
        {
            QStringLiteral("ALTER TABLE tiers ADD COLUMN target_percent INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (target_percent BETWEEN 0 AND 100)"),
            QStringLiteral("UPDATE tiers SET target_percent = CASE level WHEN 0 THEN 20 WHEN 1 THEN 60 WHEN 2 THEN 15 "
                           "WHEN 3 THEN 3 WHEN 4 THEN 2 ELSE 0 END"),
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('tiers_reviewed', '')"),
        },
        // 5: coupons (SPEC §3.6): templates, campaigns and the coupons issued from them. A redeemed
        // coupon names its visit; a coupon issued with a visit (automatic ones) names that visit too.
        {
            QStringLiteral(R"(CREATE TABLE coupon_templates(
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('amount_off','percent_off','spend_and_save')),
                value INTEGER NOT NULL CHECK (value > 0),
                threshold_cents INTEGER NOT NULL DEFAULT 0 CHECK (threshold_cents >= 0),
                min_spend_cents INTEGER NOT NULL DEFAULT 0 CHECK (min_spend_cents >= 0),
                valid_days INTEGER NOT NULL CHECK (valid_days BETWEEN 1 AND 3650),
                tier_level INTEGER,
                slip_text TEXT NOT NULL DEFAULT '',
                auto_issue TEXT NOT NULL DEFAULT '' CHECK (auto_issue IN ('', 'tier_upgrade', 'birthday')),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                created_at TEXT NOT NULL)
            )"),
            QStringLiteral(R"(CREATE TABLE campaigns(
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                template_id INTEGER NOT NULL REFERENCES coupon_templates(id),
                audience TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                operator TEXT NOT NULL)
            )"),
            QStringLiteral(R"(CREATE TABLE coupons(
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                template_id INTEGER NOT NULL REFERENCES coupon_templates(id),
                member_id INTEGER REFERENCES members(id),
                campaign_id INTEGER REFERENCES campaigns(id),
                issued_at TEXT NOT NULL,
                valid_until TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued','redeemed','expired','void')),
                issued_visit_id INTEGER REFERENCES visits(id),
                redeemed_visit_id INTEGER REFERENCES visits(id),
                redeemed_at TEXT,
                discount_cents INTEGER NOT NULL DEFAULT 0,
                operator TEXT NOT NULL)
            )"),
            QStringLiteral("CREATE INDEX coupons_member ON coupons(member_id, status) WHERE member_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX coupons_template ON coupons(template_id, status)"),
            QStringLiteral("CREATE INDEX coupons_campaign ON coupons(campaign_id) WHERE campaign_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX coupons_expiring ON coupons(valid_until) WHERE status = 'issued'"),
            QStringLiteral("CREATE UNIQUE INDEX coupons_redeemed_visit ON coupons(redeemed_visit_id) WHERE redeemed_visit_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX coupons_issued_visit ON coupons(issued_visit_id) WHERE issued_visit_id IS NOT NULL"),
        },
        // 6: member states (SPEC §3.5) kept up to date at each visit instead of read from history:
        // the last 11 distinct visit days, the typical gap they give, the spend of the 12 months up
        // to meta.spend_12m_day (moved along by the daily maintenance; '' until the first), when an
        // alert is snoozed until; and every contact made to bring a member back (the win-back log).
        // The days and gaps of a file from before are filled in by Database::migrate.
        {
            QStringLiteral("ALTER TABLE members ADD COLUMN visit_days TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE members ADD COLUMN typical_gap_days INTEGER CHECK (typical_gap_days >= 0)"),
            QStringLiteral("ALTER TABLE members ADD COLUMN spend_12m_cents INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE members ADD COLUMN snoozed_until TEXT"),
            QStringLiteral("CREATE INDEX members_typical_gap ON members(typical_gap_days) WHERE typical_gap_days IS NOT NULL"),
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('spend_12m_day', '')"),
            QStringLiteral(R"(CREATE TABLE outreach(
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES members(id),
                at TEXT NOT NULL,
                channel TEXT NOT NULL CHECK (channel IN ('call','message','in_person','coupon')),
                outcome TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL CHECK (state IN ('new','active','at_risk','dormant','lost')),
                coupon_id INTEGER REFERENCES coupons(id),
                operator TEXT NOT NULL)
            )"),
            QStringLiteral("CREATE INDEX outreach_member ON outreach(member_id, at)"),
            QStringLiteral("CREATE INDEX outreach_at ON outreach(at)"),
        },
        // 7: RFM segments (SPEC §3.7) need each member's visits of the last 12 months, kept beside
        // their 12-month spend over the same window; the window is counted again at the next
        // maintenance.
        {
            QStringLiteral("ALTER TABLE members ADD COLUMN visits_12m INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE meta SET value = '' WHERE key = 'spend_12m_day'"),
        },
        // 8: the shop's totals by day (SPEC §3.7, §9: the dashboard answers from aggregates, never by
        // reading the history again), kept by triggers whatever writes the rows: visits and their
        // voids on the visit's day, ledger entries on theirs, members on the day they joined. Bulk
        // loads suspend the triggers and count the table again at the end (DayTotalsRepository).
        {
            QStringLiteral(R"(CREATE TABLE day_totals(
                day TEXT PRIMARY KEY,
                visits INTEGER NOT NULL DEFAULT 0,
                amount_cents INTEGER NOT NULL DEFAULT 0,
                revenue_cents INTEGER NOT NULL DEFAULT 0,
                points_earned INTEGER NOT NULL DEFAULT 0,
                points_redeemed INTEGER NOT NULL DEFAULT 0,
                points_expired INTEGER NOT NULL DEFAULT 0,
                points_adjusted INTEGER NOT NULL DEFAULT 0,
                points_reversed INTEGER NOT NULL DEFAULT 0,
                new_members INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TRIGGER day_totals_visit AFTER INSERT ON visits WHEN new.voided_at IS NULL BEGIN
                INSERT INTO day_totals(day, visits, amount_cents, revenue_cents) VALUES (new.day, 1, new.amount_cents, new.eligible_cents)
                ON CONFLICT(day) DO UPDATE SET visits = visits + 1, amount_cents = amount_cents + excluded.amount_cents,
                    revenue_cents = revenue_cents + excluded.revenue_cents;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER day_totals_void AFTER UPDATE OF voided_at ON visits
                WHEN old.voided_at IS NULL AND new.voided_at IS NOT NULL BEGIN
                UPDATE day_totals SET visits = visits - 1, amount_cents = amount_cents - old.amount_cents,
                    revenue_cents = revenue_cents - old.eligible_cents WHERE day = old.day;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER day_totals_ledger AFTER INSERT ON ledger BEGIN
                INSERT INTO day_totals(day, points_earned, points_redeemed, points_expired, points_adjusted, points_reversed)
                VALUES (substr(new.at, 1, 10),
                        CASE WHEN new.kind IN ('earn', 'bonus') THEN new.points ELSE 0 END,
                        CASE WHEN new.kind = 'redeem' THEN -new.points ELSE 0 END,
                        CASE WHEN new.kind = 'expire' THEN -new.points ELSE 0 END,
                        CASE WHEN new.kind = 'adjust' THEN new.points ELSE 0 END,
                        CASE WHEN new.kind = 'reverse' THEN new.points ELSE 0 END)
                ON CONFLICT(day) DO UPDATE SET points_earned = points_earned + excluded.points_earned,
                    points_redeemed = points_redeemed + excluded.points_redeemed, points_expired = points_expired + excluded.points_expired,
                    points_adjusted = points_adjusted + excluded.points_adjusted, points_reversed = points_reversed + excluded.points_reversed;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER day_totals_member AFTER INSERT ON members BEGIN
                INSERT INTO day_totals(day, new_members) VALUES (substr(new.joined_at, 1, 10), 1)
                ON CONFLICT(day) DO UPDATE SET new_members = new_members + 1;
            END)"),
        },
        // 9: monthly cohort retention (SPEC §3.7): for each month members joined in, how many of them
        // came at least once in each later month. A visit counts its member in its month when it is
        // their first non-void visit of that month; a void takes them out when it was their last.
        // The probe walks visits_member over one member's month. Bulk loads count it once at the end
        // (CohortRepository).
        {
            QStringLiteral(R"(CREATE TABLE cohort_months(
                cohort TEXT NOT NULL,
                month TEXT NOT NULL,
                members INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (cohort, month)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TRIGGER cohort_visit AFTER INSERT ON visits WHEN new.voided_at IS NULL AND NOT EXISTS (
                    SELECT 1 FROM visits v WHERE v.member_id = new.member_id AND v.at >= substr(new.at, 1, 7)
                        AND v.at < substr(new.at, 1, 7) || '~' AND v.voided_at IS NULL AND v.id <> new.id) BEGIN
                INSERT INTO cohort_months(cohort, month, members)
                    SELECT substr(joined_at, 1, 7), substr(new.at, 1, 7), 1 FROM members WHERE id = new.member_id
                ON CONFLICT(cohort, month) DO UPDATE SET members = members + 1;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER cohort_void AFTER UPDATE OF voided_at ON visits
                WHEN old.voided_at IS NULL AND new.voided_at IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM visits v WHERE v.member_id = old.member_id AND v.at >= substr(old.at, 1, 7)
                        AND v.at < substr(old.at, 1, 7) || '~' AND v.voided_at IS NULL AND v.id <> old.id) BEGIN
                UPDATE cohort_months SET members = members - 1
                    WHERE cohort = (SELECT substr(joined_at, 1, 7) FROM members WHERE id = old.member_id) AND month = substr(old.at, 1, 7);
            END)"),
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
        {names.n[0], 0, 100, "#8d99ae", 20},
        {names.n[1], 50'000, 100, "#9aa5b1", 60},
        {names.n[2], 200'000, 120, "#d4a017", 15},
        {names.n[3], 500'000, 150, "#6c7a89", 3},
        {names.n[4], 1'000'000, 200, "#3a7bd5", 2},
    };
}

Tier defaultTier(int level, const QString &language)
{
    const auto tiers = defaultTiers(language);
    const TierDefault &d = tiers.at(std::clamp<qsizetype>(level, 0, tiers.size() - 1));
    return Tier{level, QString::fromUtf8(d.name), d.thresholdCents, d.earnPercent, QString(), QString::fromLatin1(d.color), d.targetPercent};
}

} // namespace loyalty::schema
