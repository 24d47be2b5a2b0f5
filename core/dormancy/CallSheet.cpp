#include "dormancy/CallSheet.h"

#include "csv/CsvExport.h"
#include "csv/CsvWriter.h"

#include "storage/TierRepository.h"

#include <QCoreApplication>

namespace loyalty {

QStringList CallSheet::columns()
{
    return {QStringLiteral("card"),          QStringLiteral("name"),         QStringLiteral("phone"),
            QStringLiteral("tier"),          QStringLiteral("state"),        QStringLiteral("typical_gap_days"),
            QStringLiteral("expected_gap_days"), QStringLiteral("days_absent"), QStringLiteral("last_visit"),
            QStringLiteral("last_items"),    QStringLiteral("spend_12m"),    QStringLiteral("last_contact"),
            QStringLiteral("snoozed_until")};
}

Result<qint64> CallSheet::write(Database &db, const QList<Alert> &alerts, const TierLadder &tiers, QIODevice &out, bool byteOrderMark,
                                const std::function<bool(qint64)> &progress)
{
    CsvWriter csv(out, byteOrderMark);
    for (const QString &c : columns())
        csv.text(c);
    if (Status s = csv.endRow(); !s)
        return s.error();
    const SystemClock clock; // reads only (the last items)
    const DormancyService dormancy(db, clock);
    qint64 written = 0;
    for (const Alert &a : alerts) {
        auto items = dormancy.lastItems(a.memberId);
        if (!items)
            return items.error();
        QStringList bought;
        for (const VisitLine &l : std::as_const(*items))
            bought << QStringLiteral("%1 ×%2").arg(l.description.isEmpty() ? l.category : l.description).arg(l.quantity);
        csv.text(a.card).text(a.name).text(a.phone).text(tiers.at(a.tierLevel).name).text(toString(a.state));
        if (a.typicalGapDays)
            csv.number(*a.typicalGapDays);
        else
            csv.empty();
        csv.number(a.expectedGapDays).number(a.daysAbsent).date(a.lastVisit.value_or(QDate()));
        csv.text(bought.join(QStringLiteral(", "))).money(a.spend12mCents);
        csv.text(a.lastContact ? a.lastContact->summary() : QString()).date(a.snoozedUntil);
        if (Status s = csv.endRow(); !s)
            return s.error();
        ++written;
        if (progress && written % 200 == 0 && !progress(written))
            return written;
    }
    if (Status s = csv.flush(); !s)
        return s.error();
    return written;
}

Result<std::optional<qint64>> CallSheet::exportTo(Database &db, const Operator &op, const QList<Alert> &alerts, const QString &path,
                                                  bool byteOrderMark, const std::function<bool(qint64)> &progress)
{
    auto tiers = TierRepository(db).ladder();
    if (!tiers)
        return tiers.error();
    return CsvExport::toFile(
        db, op, QStringLiteral("alerts"), path,
        [&](QIODevice &out, const std::function<bool(qint64)> &tell) { return write(db, alerts, *tiers, out, byteOrderMark, tell); },
        progress);
}

} // namespace loyalty
