#include "csv/CsvExport.h"

#include "csv/CsvWriter.h"
#include "dormancy/DormancyService.h"
#include "shop/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/ExportRepository.h"
#include "storage/TierRepository.h"

#include <QDir>
#include <QHash>
#include <QFileInfo>
#include <QSaveFile>

namespace loyalty {

namespace {
constexpr CsvExport::What kAll[] = {CsvExport::What::Members, CsvExport::What::Visits, CsvExport::What::Ledger, CsvExport::What::Coupons};

QDate isoDate(QByteArrayView s)
{
    return s.size() >= 10 ? QDate::fromString(QString::fromLatin1(s.first(10)), Qt::ISODate) : QDate();
}

QByteArrayView dayOf(QByteArrayView s)
{
    return s.size() >= 10 ? s.first(10) : s;
}
} // namespace

std::optional<CsvExport::What> CsvExport::whatFrom(const QString &name)
{
    for (What w : kAll)
        if (nameOf(w) == name)
            return w;
    return std::nullopt;
}

QString CsvExport::nameOf(What what)
{
    switch (what) {
    case What::Members:
        return QStringLiteral("members");
    case What::Visits:
        return QStringLiteral("visits");
    case What::Ledger:
        return QStringLiteral("ledger");
    case What::Coupons:
        return QStringLiteral("coupons");
    }
    return {};
}

QStringList CsvExport::columns(What what)
{
    switch (what) {
    case What::Members:
        return QStringLiteral("card,name,phone,gender,birthday,email,tier,points,spend_12m,visits,last_visit,state,joined,tags,note").split(u',');
    case What::Visits:
        return QStringLiteral("visit_id,uuid,at,card,member,amount,coupon_discount,points_value,paid,points_earned,points_redeemed,"
                              "bonus_points,tier,operator,note,items,void,voided_at,void_reason")
            .split(u',');
    case What::Ledger:
        return QStringLiteral("entry_id,at,card,kind,points,visit_id,reason,operator").split(u',');
    case What::Coupons:
        return QStringLiteral("code,coupon,card,status,issued_at,valid_until,redeemed_at,discount,campaign_id").split(u',');
    }
    return {};
}

Result<qint64> CsvExport::rowsToWrite(Database &db, What what)
{
    return ExportRepository(db).count(nameOf(what));
}

Result<qint64> CsvExport::write(Database &db, const Clock &clock, What what, QIODevice &out, bool byteOrderMark,
                                const std::function<bool(qint64)> &progress)
{
    auto tiers = TierRepository(db).ladder();
    if (!tiers)
        return tiers.error();
    QList<QByteArray> tierNames;
    for (const Tier &t : tiers->tiers())
        tierNames << t.name.toUtf8();
    const auto tierName = [&tierNames](qint64 level) {
        return level >= 0 && level < tierNames.size() ? QByteArrayView(tierNames.at(level)) : QByteArrayView();
    };

    CsvWriter csv(out, byteOrderMark);
    for (const QString &c : columns(what))
        csv.plain(c.toUtf8());
    if (Status s = csv.endRow(); !s)
        return s.error();
    qint64 written = 0;
    bool stopped = false;
    std::optional<Error> failed;
    // After each row: its end, and now and then the progress.
    const auto rowDone = [&]() -> bool {
        if (Status s = csv.endRow(); !s) {
            failed = s.error();
            return false;
        }
        ++written;
        if (progress && written % 1000 == 0 && !progress(written)) {
            stopped = true;
            return false;
        }
        return true;
    };
    const auto optionalNumber = [&csv](const BulkStatement &r, int column) {
        if (r.isNull(column))
            csv.empty();
        else
            csv.number(r.integer(column));
    };
    ExportRepository rows(db);
    Status s;
    switch (what) {
    case What::Members: {
        auto states = DormancyService(db, clock).rules();
        if (!states)
            return states.error();
        s = rows.members([&](const BulkStatement &r) {
            const QDate last = isoDate(r.utf8(11));
            const StateResult st = states->evaluate(int(r.integer(10)), isoDate(r.utf8(12)),
                                                    last.isValid() ? std::optional<QDate>(last) : std::nullopt,
                                                    r.isNull(15) ? std::nullopt : std::optional<int>(int(r.integer(15))));
            csv.typed(r.utf8(1)).typed(r.utf8(2)).typed(r.utf8(3)).plain(r.utf8(4)).plain(r.utf8(5)).typed(r.utf8(6));
            csv.typed(tierName(r.integer(7))).number(r.integer(8)).money(r.integer(9)).number(r.integer(10));
            csv.plain(dayOf(r.utf8(11))).plain(toString(st.state).toLatin1()).plain(dayOf(r.utf8(12)));
            csv.typed(r.utf8(13)).typed(r.utf8(14));
            return rowDone();
        });
        break;
    }
    case What::Visits: {
        // Cards and names once, by member id (memory grows with the members, not with the visits).
        QHash<qint64, std::pair<QByteArray, QByteArray>> names;
        s = rows.memberNames([&names](const BulkStatement &m) {
            names.insert(m.integer(0), {m.utf8(1).toByteArray(), m.utf8(2).toByteArray()});
            return true;
        });
        if (!s)
            break;
        // A visit's row is finished once its items, which come right after it, are known.
        QByteArray items;
        QByteArray voidedAt;
        QByteArray voidReason;
        bool open = false;
        const auto close = [&]() -> bool {
            if (!open)
                return true;
            open = false;
            csv.typed(items).plain(voidedAt.isEmpty() ? QByteArrayView() : QByteArrayView("yes")).plain(voidedAt).typed(voidReason);
            items.clear();
            return rowDone();
        };
        const std::pair<QByteArray, QByteArray> nobody;
        s = rows.visits(
            [&](const BulkStatement &v) {
                if (!close())
                    return false;
                const auto found = names.constFind(v.integer(3));
                const auto &[card, name] = found != names.cend() ? *found : nobody;
                csv.number(v.integer(0)).typed(v.utf8(1)).plain(v.utf8(2)).typed(card).typed(name);   // a till may bring its own uuid
                csv.money(v.integer(4)).money(v.integer(5)).money(v.integer(6)).money(v.integer(7));
                csv.number(v.integer(8)).number(v.integer(9)).number(v.integer(10)).typed(tierName(v.integer(11)));
                csv.typed(v.utf8(12)).typed(v.utf8(13));
                voidedAt.clear();
                voidedAt += v.utf8(14);
                voidReason.clear();
                voidReason += v.utf8(15);
                open = true;
                return true;
            },
            [&](const BulkStatement &i) {
                if (!items.isEmpty())
                    items += "; ";
                items += i.utf8(1);
                items += ':';
                items += i.utf8(2);
                items += ':';
                CsvWriter::appendNumber(items, i.integer(3));
                items += ':';
                CsvWriter::appendMoney(items, i.integer(4));
                return true;
            });
        if (s && !failed && !stopped)
            close();
        break;
    }
    case What::Ledger:
        s = rows.ledger([&](const BulkStatement &r) {
            csv.number(r.integer(0)).plain(r.utf8(1)).typed(r.utf8(2)).plain(r.utf8(3)).number(r.integer(4));
            optionalNumber(r, 5);
            csv.typed(r.utf8(6)).typed(r.utf8(7));
            return rowDone();
        });
        break;
    case What::Coupons:
        s = rows.coupons([&](const BulkStatement &r) {
            csv.plain(r.utf8(0)).typed(r.utf8(1)).typed(r.utf8(2)).plain(r.utf8(3)).plain(r.utf8(4)).plain(r.utf8(5)).plain(r.utf8(6));
            csv.money(r.integer(7));
            optionalNumber(r, 8);
            return rowDone();
        });
        break;
    }
    if (failed)
        return *failed;
    if (!s)
        return s.error();
    if (Status f = csv.flush(); !f)
        return f.error();
    return written;
}

Result<std::optional<qint64>> CsvExport::exportTo(Database &db, const Clock &clock, const Operator &op, What what, const QString &path,
                                                  bool byteOrderMark, const std::function<bool(qint64)> &progress)
{
    return toFile(
        db, op, nameOf(what), path,
        [&](QIODevice &out, const std::function<bool(qint64)> &tell) { return write(db, clock, what, out, byteOrderMark, tell); }, progress);
}

Result<std::optional<qint64>> CsvExport::toFile(Database &db, const Operator &op, const QString &what, const QString &path,
                                                const Writer &writer, const std::function<bool(qint64)> &progress)
{
    if (!op.isOwner())
        return Error::permission(tr("Only the owner can export the shop's data."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::refused(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    bool cancelled = false;
    auto rows = writer(file, [&](qint64 n) {
        cancelled = progress && !progress(n);
        return !cancelled;
    });
    if (!rows)
        return rows.error();
    if (cancelled) {
        file.cancelWriting();
        return std::optional<qint64>();
    }
    if (!file.commit())
        return Error::refused(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status audited = AuditLog(db).record(op, QStringLiteral("export"),
                                             {{QStringLiteral("what"), what},
                                              {QStringLiteral("rows"), *rows},
                                              {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}});
        !audited)
        return audited.error();
    return std::optional<qint64>(*rows);
}

} // namespace loyalty
