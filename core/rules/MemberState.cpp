#include "rules/MemberState.h"

#include <algorithm>

namespace loyalty {

QString toString(MemberState state)
{
    switch (state) {
    case MemberState::New:
        return QStringLiteral("new");
    case MemberState::Active:
        return QStringLiteral("active");
    case MemberState::AtRisk:
        return QStringLiteral("at_risk");
    case MemberState::Dormant:
        return QStringLiteral("dormant");
    case MemberState::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

QString displayName(MemberState state)
{
    switch (state) {
    case MemberState::New:
        return QCoreApplication::translate("MemberState", "New");
    case MemberState::Active:
        return QCoreApplication::translate("MemberState", "Active");
    case MemberState::AtRisk:
        return QCoreApplication::translate("MemberState", "At risk");
    case MemberState::Dormant:
        return QCoreApplication::translate("MemberState", "Dormant");
    case MemberState::Lost:
        return QCoreApplication::translate("MemberState", "Lost");
    }
    return {};
}

std::optional<MemberState> memberStateFromString(const QString &text)
{
    for (MemberState s : {MemberState::New, MemberState::Active, MemberState::AtRisk, MemberState::Dormant, MemberState::Lost})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

std::optional<int> lowerMedian(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

std::optional<int> typicalGapFromDays(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.size() > 11)
        days = days.mid(days.size() - 11);
    if (days.size() < 3)
        return std::nullopt;
    QList<int> gaps;
    for (qsizetype i = 1; i < days.size(); ++i)
        gaps << int(days.at(i - 1).daysTo(days.at(i)));
    return lowerMedian(gaps);
}

QList<QDate> withVisitDay(QList<QDate> days, const QDate &day)
{
    const auto at = std::lower_bound(days.begin(), days.end(), day);
    if (at != days.end() && *at == day)
        return days;
    days.insert(at, day);
    if (days.size() > kRhythmDays)
        days.remove(0, days.size() - kRhythmDays);
    return days;
}

QString visitDaysToText(const QList<QDate> &days)
{
    if (days.isEmpty())
        return QStringLiteral(""); // an empty text, not a null one (the column is NOT NULL)
    QStringList parts;
    parts.reserve(days.size());
    for (const QDate &d : days)
        parts << d.toString(Qt::ISODate);
    return parts.join(u' ');
}

QList<QDate> visitDaysFromText(const QString &text)
{
    QList<QDate> days;
    for (const QStringView part : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part.toString(), Qt::ISODate);
        if (d.isValid())
            days << d;
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString rhythmInWords(int gapDays)
{
    if (gapDays <= 1)
        return QCoreApplication::translate("MemberState", "about every day");
    if (gapDays >= 28 && gapDays <= 31)
        return QCoreApplication::translate("MemberState", "about once a month");
    if (const int weeks = gapDays / 7; gapDays >= 14 && gapDays % 7 == 0)
        return QCoreApplication::translate("MemberState", "about every %n weeks", nullptr, weeks);
    return QCoreApplication::translate("MemberState", "about every %n days", nullptr, gapDays);
}

StateResult evaluateState(const StateInput &in)
{
    StateResult r;
    const int typical = in.typicalGapDays.value_or(in.fallbackGapDays);
    r.expectedGapDays = std::clamp(typical, in.minGapDays, std::max(in.minGapDays, in.maxGapDays));
    const QDate from = in.lastVisit.value_or(in.joined);
    r.daysAbsent = int(std::max<qint64>(0, from.daysTo(in.today)));
    if (in.visits < 2 && in.joined.daysTo(in.today) <= 30)
        r.state = MemberState::New;
    else if (r.daysAbsent <= 2 * r.expectedGapDays)
        r.state = MemberState::Active;
    else if (r.daysAbsent <= 4 * r.expectedGapDays)
        r.state = MemberState::AtRisk;
    else if (r.daysAbsent <= 365)
        r.state = MemberState::Dormant;
    else
        r.state = MemberState::Lost;
    return r;
}

} // namespace loyalty
