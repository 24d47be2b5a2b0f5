#pragma once

#include <QDateTime>

namespace loyalty {

// Every time in LoyaltyDesk is the shop's local wall-clock time (SPEC §3: every rule is about the
// local calendar). It is held as a "floating" QDateTime: the local date and time with the UTC spec,
// so no time-zone conversion runs on every comparison, addition or formatting (with the LocalTime
// spec each of those calls mktime, which showed up as a tenth of a checkout). Convert once, where
// a time enters: the clock, the command line's --now, storage.
inline QDateTime wallTime(const QDate &date, const QTime &time) { return QDateTime(date, time, Qt::UTC); }
inline QDateTime wallTime(const QDateTime &local) { return wallTime(local.date(), local.time()); }

// Where "now" comes from. Every rule takes the time from a Clock so tests and `--now` can fix it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;     // local wall time (see wallTime)
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return wallTime(QDateTime::currentDateTime()); }
};

// A clock that stands still until told otherwise (tests, the CLI's --now).
class FixedClock final : public Clock {
public:
    explicit FixedClock(const QDateTime &at) : m_at(wallTime(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = wallTime(at); }
    void advanceDays(int days) { m_at = m_at.addDays(days); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

// Timestamps are stored as local ISO 8601 text without offset ("2026-03-11T10:00:00").
inline QString toStorage(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }
inline QString toStorage(const QDate &d) { return d.toString(Qt::ISODate); }
inline QDate dateFromStorage(const QString &s) { return QDate::fromString(s.left(10), Qt::ISODate); }
inline QDateTime dateTimeFromStorage(const QString &s)
{
    if (s.size() < 10)
        return {};
    return wallTime(dateFromStorage(s), s.size() >= 19 ? QTime::fromString(s.mid(11, 8), Qt::ISODate) : QTime(0, 0));
}

} // namespace loyalty
