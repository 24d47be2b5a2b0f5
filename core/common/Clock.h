#pragma once

#include <QDateTime>

namespace loyalty {

// Where "now" comes from. Every rule takes the time from a Clock so tests and `--now` can fix it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;     // local time
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stands still until told otherwise (tests, the CLI's --now).
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advanceDays(int days) { m_at = m_at.addDays(days); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

// Timestamps are stored as local ISO 8601 text without offset ("2026-03-11T10:00:00"):
// every rule in SPEC §3 is about the shop's local calendar.
inline QString toStorage(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }
inline QString toStorage(const QDate &d) { return d.toString(Qt::ISODate); }
inline QDateTime dateTimeFromStorage(const QString &s) { return QDateTime::fromString(s, Qt::ISODate); }
inline QDate dateFromStorage(const QString &s) { return QDate::fromString(s.left(10), Qt::ISODate); }

} // namespace loyalty
