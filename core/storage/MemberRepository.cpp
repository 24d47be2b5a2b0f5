#include "storage/MemberRepository.h"

#include "rules/MemberState.h"

#include "common/Clock.h"
#include "members/PhoneNumber.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

namespace loyalty {

namespace {

const QString kColumns = QStringLiteral(
    "m.id, m.card, m.name, m.phone, m.gender, m.birthday, m.email, m.tags, m.note, m.consent, m.consent_at, "
    "m.referrer_id, m.joined_at, m.status, m.tier_level, m.tier_since, m.points, m.updated_at, m.points_debt, "
    "m.visit_count, m.last_visit_at");

Member fromRow(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.card = q.value(1).toString();
    m.name = q.value(2).toString();
    m.phone = q.value(3).toString();
    m.gender = genderFromString(q.value(4).toString()).value_or(Gender::Unknown);
    m.birthday = Birthday::fromStorage(q.value(5).toString());
    m.email = q.value(6).toString();
    m.tags = q.value(7).toString().split(u',', Qt::SkipEmptyParts);
    m.note = q.value(8).toString();
    m.consent = q.value(9).toInt() != 0;
    m.consentAt = dateTimeFromStorage(q.value(10).toString());
    if (!q.value(11).isNull())
        m.referrerId = q.value(11).toLongLong();
    m.joinedAt = dateTimeFromStorage(q.value(12).toString());
    m.status = memberStatusFromString(q.value(13).toString()).value_or(MemberStatus::Active);
    m.tierLevel = q.value(14).toInt();
    m.tierSince = dateFromStorage(q.value(15).toString());
    m.points = q.value(16).toLongLong();
    m.updatedAt = dateTimeFromStorage(q.value(17).toString());
    m.pointsDebt = q.value(18).toLongLong();
    m.visitCount = q.value(19).toInt();
    if (!q.value(20).isNull())
        m.lastVisitAt = dateTimeFromStorage(q.value(20).toString());
    return m;
}

Result<QList<Member>> collect(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Member> out;
    while ((*q)->next())
        out << fromRow(**q);
    (*q)->finish();
    return out;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// For NOT NULL text columns: the SQLite driver binds a null QString as NULL, so an unset name,
// email, note or search key must be bound as '' instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// The smallest string greater than every string that starts with `prefix` (binary collation).
QString upperBound(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

// Digits of a query that looks like a phone or card number ("138-0013 8000"), else empty.
QString digitsOf(const QString &query)
{
    QString digits;
    for (const QChar c : query) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width, from a Chinese input method
            digits.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        else if (c == u' ' || c == u'-' || c == u'+')
            continue;
        else
            return {};
    }
    return digits;
}

QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

QSqlDatabase MemberRepository::db() const
{
    return m_db.connection();
}

Result<qint64> MemberRepository::nextCardSequence()
{
    auto q = m_db.execCached(QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'card_sequence' RETURNING value"));
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::internal(QStringLiteral("card_sequence missing from meta"));
    const qint64 sequence = (*q)->value(0).toLongLong();
    (*q)->finish();
    return sequence;
}

Status MemberRepository::bindAndStore(const Member &m, bool isInsert, qint64 *newId)
{
    // What a person edits. Points, tier and the visit aggregates are never written from a Member
    // struct (it may be stale: the counter changes them): they have their own statements.
    const SearchKeys keys = SearchKeys::forName(m.name);
    QVariantList values = {
        text(m.name),
        textOrNull(m.phone),
        toString(m.gender),
        textOrNull(m.birthday.toStorage()),
        text(m.email),
        text(m.tags.join(u',')),
        text(m.note),
        m.consent ? 1 : 0,
        m.consentAt.isValid() ? QVariant(toStorage(m.consentAt)) : QVariant(QMetaType(QMetaType::QString)),
        m.referrerId ? QVariant(*m.referrerId) : QVariant(QMetaType(QMetaType::LongLong)),
        toString(m.status),
        toStorage(m.updatedAt),
        text(keys.nameFold),
        text(keys.nameRev),
        text(keys.pinyin),
        text(keys.initials),
        m.phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(SearchKeys::reversed(m.phone)),
    };
    static const QString profileColumns = QStringLiteral(
        "name, phone, gender, birthday, email, tags, note, consent, consent_at, referrer_id, status, updated_at, "
        "name_fold, name_rev, pinyin, initials, phone_rev");
    if (isInsert) {
        values << text(m.card) << toStorage(m.joinedAt) << m.tierLevel
               << (m.tierSince.isValid() ? QVariant(toStorage(m.tierSince)) : QVariant(QMetaType(QMetaType::QString)));
        static const QString sql = QStringLiteral("INSERT INTO members(%1, card, joined_at, tier_level, tier_since) "
                                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                       .arg(profileColumns);
        auto q = m_db.execCached(sql, values);
        if (!q)
            return q.error();
        *newId = (*q)->lastInsertId().toLongLong();
        return {};
    }
    QString assignments = profileColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    assignments += QStringLiteral(" = ?");
    values << m.id;
    auto q = m_db.execCached(QStringLiteral("UPDATE members SET %1 WHERE id = ?").arg(assignments), values);
    if (!q)
        return q.error();
    return {};
}

Result<qint64> MemberRepository::insert(const Member &member)
{
    qint64 id = 0;
    if (Status s = bindAndStore(member, true, &id); !s)
        return s.error();
    return id;
}

Status MemberRepository::update(const Member &member)
{
    return bindAndStore(member, false, nullptr);
}

Result<Member> MemberRepository::byId(qint64 id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM members m WHERE m.id = ?").arg(kColumns);
    auto list = collect(m_db.execCached(sql, {id}));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(QCoreApplication::translate("MemberService", "There is no member with id %1.").arg(id));
    return list->first();
}

namespace {
const QString kCheckoutColumns = QStringLiteral("id, CASE WHEN name = '' THEN coalesce(phone, '') ELSE name END, status, points, points_debt, "
                                                "tier_level, CAST(substr(birthday, -5, 2) AS INTEGER), referrer_id, visit_count, last_visit_at, tier_since, visit_days, joined_at");

MemberRepository::CheckoutView checkoutViewOf(const QSqlQuery &r)
{
    MemberRepository::CheckoutView v;
    v.id = r.value(0).toLongLong();
    v.name = r.value(1).toString();
    v.status = memberStatusFromString(r.value(2).toString()).value_or(MemberStatus::Active);
    v.points = r.value(3).toLongLong();
    v.pointsDebt = r.value(4).toLongLong();
    v.tierLevel = r.value(5).toInt();
    v.birthdayMonth = r.value(6).toInt();
    if (!r.value(7).isNull())
        v.referrerId = r.value(7).toLongLong();
    v.visitCount = r.value(8).toInt();
    if (!r.value(9).isNull())
        v.lastVisitAt = dateTimeFromStorage(r.value(9).toString());
    v.tierSince = dateFromStorage(r.value(10).toString());
    v.visitDays = visitDaysFromText(r.value(11).toString());
    v.joined = dateFromStorage(r.value(12).toString());
    return v;
}
} // namespace

Result<MemberRepository::CheckoutView> MemberRepository::forCheckout(qint64 id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(kCheckoutColumns);
    auto q = m_db.execCached(sql, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::notFound(QCoreApplication::translate("MemberService", "There is no member with id %1.").arg(id));
    const CheckoutView v = checkoutViewOf(**q);
    (*q)->finish();
    return v;
}

Result<QList<MemberRepository::CheckoutView>> MemberRepository::allForCheckout() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT %1 FROM members ORDER BY id").arg(kCheckoutColumns));
    if (!q)
        return q.error();
    QList<CheckoutView> all;
    while (q->next())
        all << checkoutViewOf(*q);
    return all;
}

QString MemberRepository::searchIndexRebuild()
{
    return QStringLiteral("INSERT INTO member_fts(member_fts) VALUES ('rebuild')");
}

Result<QHash<qint64, QDateTime>> MemberRepository::joinDates() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT id, joined_at FROM members"));
    if (!q)
        return q.error();
    QHash<qint64, QDateTime> joined;
    while (q->next())
        joined.insert(q->value(0).toLongLong(), dateTimeFromStorage(q->value(1).toString()));
    return joined;
}

Result<std::optional<Member>> MemberRepository::byCard(const QString &card) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM members m WHERE m.card = ?").arg(kColumns);
    auto list = collect(m_db.execCached(sql, {card}));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Member>() : std::optional<Member>(list->first());
}

Result<std::optional<Member>> MemberRepository::byPhone(const QString &phone) const
{
    auto list = collect(m_db.execCached(
                             QStringLiteral("SELECT %1 FROM members m WHERE m.phone = ? AND m.status <> 'erased'").arg(kColumns),
                             {phone}));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Member>() : std::optional<Member>(list->first());
}

Result<QList<Member>> MemberRepository::search(const QString &rawQuery, int limit, bool includeArchived) const
{
    const QString query = rawQuery.trimmed();
    QList<Member> results;
    if (query.isEmpty() || limit <= 0)
        return results;

    // The search runs as a list of steps, each an indexed range query, best matches first; it stops
    // once `limit` members are found. A step that does not apply to this query is left out.
    struct Step {
        QString where;
        QVariantList bind;
        QString order;
    };
    QList<Step> steps;

    const QString digits = digitsOf(query);
    if (!digits.isEmpty()) {
        // A number is a card or a phone, never part of a name.
        const QString phone = PhoneNumber::normalise(query).value_or(digits);
        const QString bound = digits + u':'; // ':' sorts right after '9'
        const QString rev = SearchKeys::reversed(digits);
        steps << Step{QStringLiteral("m.card = ?"), {digits}, {}};
        steps << Step{QStringLiteral("m.phone = ?"), {phone}, {}};
        if (digits.size() >= 4) // the last digits of a phone
            steps << Step{QStringLiteral("m.phone_rev >= ? AND m.phone_rev < ?"), {rev, QString(rev + u':')}, QStringLiteral("ORDER BY m.phone_rev")};
        // The start of a phone or card as it is being typed in full; shorter digits would match
        // half the shop (every card starts 80000…).
        if (digits.size() >= 7)
            steps << Step{QStringLiteral("m.phone >= ? AND m.phone < ?"), {digits, bound}, {}};
        if (digits.size() >= 8)
            steps << Step{QStringLiteral("m.card >= ? AND m.card < ?"), {digits, bound}, {}};
    } else {
        const QString folded = SearchKeys::fold(query);
        QString latin; // the query as pinyin is typed: letters and digits, no spaces
        bool isLatin = true;
        for (const QChar c : folded) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                latin.append(c);
            else if (c != u' ' && c != u'\'')
                isLatin = false;
        }
        if (latin.isEmpty())
            isLatin = false;
        const QString rev = SearchKeys::reversed(folded);
        steps << Step{QStringLiteral("m.name_fold = ?"), {folded}, {}};
        if (isLatin) {
            steps << Step{QStringLiteral("m.initials = ?"), {latin}, {}};
            steps << Step{QStringLiteral("m.pinyin = ?"), {latin}, {}};
        }
        steps << Step{QStringLiteral("m.name_fold >= ? AND m.name_fold < ?"), {folded, upperBound(folded)}, QStringLiteral("ORDER BY m.name_fold")};
        if (isLatin) {
            steps << Step{QStringLiteral("m.initials >= ? AND m.initials < ?"), {latin, upperBound(latin)}, QStringLiteral("ORDER BY m.initials")};
            steps << Step{QStringLiteral("m.pinyin >= ? AND m.pinyin < ?"), {latin, upperBound(latin)}, QStringLiteral("ORDER BY m.pinyin")};
        }
        // The end of a name: the given name of a Chinese name ("小明" in "王小明").
        steps << Step{QStringLiteral("m.name_rev >= ? AND m.name_rev < ?"), {rev, upperBound(rev)}, {}};
        // Any part of the name or its pinyin: the trigram index needs three characters.
        if (folded.size() >= 3) {
            QString match = ftsPhrase(folded);
            if (isLatin && latin.size() >= 3 && latin != folded)
                match += QStringLiteral(" OR ") + ftsPhrase(latin);
            steps << Step{QStringLiteral("m.id IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ? LIMIT %1)").arg(limit * 4),
                          {match}, {}};
        }
    }

    const QString statusFilter = includeArchived ? QStringLiteral("m.status <> 'erased'") : QStringLiteral("m.status = 'active'");
    QSet<qint64> seen;
    for (const Step &step : std::as_const(steps)) {
        const QString sql = QStringLiteral("SELECT %1 FROM members m WHERE %2 AND %3 %4 LIMIT %5")
                                .arg(kColumns, step.where, statusFilter, step.order)
                                .arg(limit);
        auto found = collect(m_db.execCached(sql, step.bind));
        if (!found)
            return found.error();
        for (const Member &m : std::as_const(*found)) {
            if (results.size() >= limit)
                return results;
            if (!seen.contains(m.id)) {
                seen.insert(m.id);
                results << m;
            }
        }
        if (results.size() >= limit)
            break;
    }
    return results;
}

MemberCursor MemberRepository::cursorOf(const Member &m, const MemberListQuery &query)
{
    MemberCursor c;
    c.id = m.id;
    switch (query.sort) {
    case MemberListQuery::Sort::Name: {
        const SearchKeys keys = SearchKeys::forName(m.name);
        c.sortValue = keys.pinyin;
        c.secondary = keys.nameFold;
        break;
    }
    case MemberListQuery::Sort::Card:
        c.sortValue = m.card;
        break;
    case MemberListQuery::Sort::Phone:
        c.sortValue = textOrNull(m.phone);
        break;
    case MemberListQuery::Sort::Joined:
        c.sortValue = toStorage(m.joinedAt);
        break;
    case MemberListQuery::Sort::Points:
        c.sortValue = m.points;
        break;
    case MemberListQuery::Sort::Tier:
        c.sortValue = m.tierLevel;
        break;
    }
    return c;
}

Result<QList<Member>> MemberRepository::page(const MemberListQuery &query, const std::optional<MemberCursor> &after, int limit) const
{
    const QString status = query.includeArchived ? QStringLiteral("m.status <> 'erased'") : QStringLiteral("m.status = 'active'");
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    const auto run = [&](const QString &where, const QString &keys, const QVariantList &bind, int n) {
        QString order = keys;
        order.replace(QStringLiteral(","), dir + u',');
        order += dir;
        return collect(m_db.execCached(
            QStringLiteral("SELECT %1 FROM members m WHERE %2 AND %3 ORDER BY %4 LIMIT %5").arg(kColumns, status, where, order).arg(n), bind));
    };

    if (query.sort == MemberListQuery::Sort::Name) {
        // Names in pinyin order (Chinese and Latin names together, as a phone book), then the members
        // without a readable name (phone only) — in reverse when descending.
        const QString named = QStringLiteral("m.pinyin <> ''");
        const QString unnamed = QStringLiteral("m.pinyin = ''");
        const QString namedKeys = QStringLiteral("m.pinyin, m.name_fold, m.id");
        const QString unnamedKeys = QStringLiteral("m.name_fold, m.id");
        const bool cursorNamed = after && !after->sortValue.toString().isEmpty();
        struct Part {
            bool named;
        };
        const QList<Part> parts = query.descending ? QList<Part>{{false}, {true}} : QList<Part>{{true}, {false}};
        QList<Member> rows;
        bool started = !after;
        for (const Part &part : parts) {
            if (!started && part.named != cursorNamed)
                continue;
            QString where = part.named ? named : unnamed;
            QVariantList bind;
            if (!started) {
                where += part.named ? QStringLiteral(" AND (m.pinyin, m.name_fold, m.id) %1 (?, ?, ?)").arg(op)
                                    : QStringLiteral(" AND (m.name_fold, m.id) %1 (?, ?)").arg(op);
                if (part.named)
                    bind << after->sortValue;
                bind << after->secondary << after->id;
            }
            started = true;
            auto got = run(where, part.named ? namedKeys : unnamedKeys, bind, limit - int(rows.size()));
            if (!got)
                return got.error();
            rows << *got;
            if (rows.size() >= limit)
                break;
        }
        return rows;
    }

    QString keys;
    switch (query.sort) {
    case MemberListQuery::Sort::Name:
    case MemberListQuery::Sort::Card:
        keys = QStringLiteral("m.card, m.id");
        break;
    case MemberListQuery::Sort::Phone:
        keys = QStringLiteral("m.phone, m.id");
        break;
    case MemberListQuery::Sort::Joined:
        keys = QStringLiteral("m.joined_at, m.id");
        break;
    case MemberListQuery::Sort::Points:
        keys = QStringLiteral("m.points, m.id");
        break;
    case MemberListQuery::Sort::Tier:
        keys = QStringLiteral("m.tier_level, m.id");
        break;
    }
    QString where = QStringLiteral("1");
    QVariantList bind;
    if (after) {
        // Row values compare column by column; NULL phones sort first and never compare, so they
        // are handled through the id alone.
        if (query.sort == MemberListQuery::Sort::Phone && after->sortValue.isNull()) {
            where = query.descending ? QStringLiteral("m.phone IS NULL AND m.id < ?") : QStringLiteral("(m.phone IS NOT NULL OR m.id > ?)");
            bind << after->id;
        } else if (query.sort == MemberListQuery::Sort::Phone && query.descending) {
            where = QStringLiteral("((m.phone, m.id) < (?, ?) OR m.phone IS NULL)");
            bind << after->sortValue << after->id;
        } else {
            where = QStringLiteral("(%1) %2 (?, ?)").arg(keys, op);
            bind << after->sortValue << after->id;
        }
    }
    return run(where, keys, bind, limit);
}

Result<qint64> MemberRepository::count(bool includeArchived) const
{
    auto q = exec(db(), includeArchived ? QStringLiteral("SELECT count(*) FROM members WHERE status <> 'erased'")
                                        : QStringLiteral("SELECT count(*) FROM members WHERE status = 'active'"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace loyalty
