#include "storage/OutreachRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

namespace {
const QString kColumns = QStringLiteral("id, member_id, at, channel, outcome, note, state, coupon_id, operator");

Contact fromRow(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.memberId = q.value(1).toLongLong();
    c.at = dateTimeFromStorage(q.value(2).toString());
    c.channel = channelFromString(q.value(3).toString()).value_or(Channel::Call);
    c.outcome = outcomeFromString(q.value(4).toString()).value_or(Outcome::None);
    c.note = q.value(5).toString();
    c.state = memberStateFromString(q.value(6).toString()).value_or(MemberState::Active);
    if (!q.value(7).isNull())
        c.couponId = q.value(7).toLongLong();
    c.op = q.value(8).toString();
    return c;
}

// The columns are NOT NULL: "" rather than a null text.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Result<QList<Contact>> collect(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Contact> out;
    while ((*q)->next())
        out << fromRow(**q);
    (*q)->finish();
    return out;
}
} // namespace

Result<qint64> OutreachRepository::insert(const Contact &c)
{
    auto q = m_db.execCached(QStringLiteral("INSERT INTO outreach(member_id, at, channel, outcome, note, state, coupon_id, operator) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {c.memberId, toStorage(c.at), toString(c.channel), nonNull(toString(c.outcome)), nonNull(c.note), toString(c.state),
                              c.couponId ? QVariant(*c.couponId) : QVariant(QMetaType::fromType<qint64>()), c.op});
    if (!q)
        return q.error();
    return (*q)->lastInsertId().toLongLong();
}

Result<QList<Contact>> OutreachRepository::ofMember(qint64 memberId, int limit) const
{
    return collect(m_db.execCached(QStringLiteral("SELECT %1 FROM outreach WHERE member_id = ? ORDER BY at DESC, id DESC LIMIT ?").arg(kColumns),
                                   {memberId, limit}));
}

Result<QHash<qint64, Contact>> OutreachRepository::latestByMember() const
{
    auto list = collect(m_db.execCached(
        QStringLiteral("SELECT %1 FROM outreach WHERE id IN (SELECT max(id) FROM outreach GROUP BY member_id)").arg(kColumns)));
    if (!list)
        return list.error();
    QHash<qint64, Contact> out;
    out.reserve(list->size());
    for (const Contact &c : std::as_const(*list))
        out.insert(c.memberId, c);
    return out;
}

Result<QList<Contact>> OutreachRepository::whileAway() const
{
    return collect(m_db.execCached(
        QStringLiteral("SELECT %1 FROM outreach WHERE state IN ('at_risk', 'dormant') ORDER BY member_id, at, id").arg(kColumns)));
}

Result<std::optional<QDateTime>> OutreachRepository::firstVisitAfter(qint64 memberId, const QDateTime &at) const
{
    auto v = m_db.value(QStringLiteral("SELECT min(at) FROM visits WHERE member_id = ? AND at > ? AND voided_at IS NULL"),
                        {memberId, toStorage(at)});
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(dateTimeFromStorage(v->toString()));
}

} // namespace loyalty
