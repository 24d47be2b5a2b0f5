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
// Written digit by digit: a bulk load stores millions, and QDateTime::toString parses its format
// each time (the years 0-9999 only; others, never seen in a shop, go the slow way).
namespace detail {
inline void putDigits(char16_t *at, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        at[i] = char16_t(u'0' + value % 10);
}
} // namespace detail
inline QString toStorage(const QDate &d)
{
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char16_t text[10] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0};
    detail::putDigits(text, d.year(), 4);
    detail::putDigits(text + 5, d.month(), 2);
    detail::putDigits(text + 8, d.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
inline QString toStorage(const QDateTime &t)
{
    const QDate d = t.date();
    if (!t.isValid() || d.year() < 0 || d.year() > 9999)
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QTime c = t.time();
    char16_t text[19] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0, u'T', 0, 0, u':', 0, 0, u':', 0, 0};
    detail::putDigits(text, d.year(), 4);
    detail::putDigits(text + 5, d.month(), 2);
    detail::putDigits(text + 8, d.day(), 2);
    detail::putDigits(text + 11, c.hour(), 2);
    detail::putDigits(text + 14, c.minute(), 2);
    detail::putDigits(text + 17, c.second(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 19);
}
inline QDate dateFromStorage(const QString &s) { return QDate::fromString(s.left(10), Qt::ISODate); }
inline QDateTime dateTimeFromStorage(const QString &s)
{
    if (s.size() < 10)
        return {};
    return wallTime(dateFromStorage(s), s.size() >= 19 ? QTime::fromString(s.mid(11, 8), Qt::ISODate) : QTime(0, 0));
}

} // namespace loyalty
