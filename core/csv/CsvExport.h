#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Operator.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace loyalty {

class Database;

// The CSV exports of SPEC §6, streamed (memory stays flat at 2,000,000 rows):
// - members (active): card,name,phone,gender,birthday,email,tier,points,spend_12m,visits,
//   last_visit,state,joined,tags,note — in that order;
// - visits, one row per visit with its items in one column as category:description:qty:unit_price
//   joined by "; ", voided visits included: visit_id,uuid,at,card,member,amount,coupon_discount,
//   points_value,paid,points_earned,points_redeemed,bonus_points,tier,operator,note,items,void,
//   voided_at,void_reason;
// - ledger: entry_id,at,card,kind,points,visit_id,reason,operator;
// - coupons: code,coupon,card,status,issued_at,valid_until,redeemed_at,discount,campaign_id.
class CsvExport {
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    enum class What { Members, Visits, Ledger, Coupons };
    static std::optional<What> whatFrom(const QString &name);   // "members", "visits", "ledger", "coupons"
    static QString nameOf(What what);
    static QStringList columns(What what);

    // Rows there are to write (for a progress bar).
    static Result<qint64> rowsToWrite(Database &db, What what);
    // Writes the rows to `out`; `progress` is told the rows written and returns false to stop.
    static Result<qint64> write(Database &db, const Clock &clock, What what, QIODevice &out, bool byteOrderMark,
                                const std::function<bool(qint64)> &progress = {});
    // The export (owner only, SPEC §8.7): to `path` whole or not at all (a cancelled or failed
    // export leaves no file), audited. The rows; std::nullopt when cancelled.
    static Result<std::optional<qint64>> exportTo(Database &db, const Clock &clock, const Operator &op, What what, const QString &path,
                                                  bool byteOrderMark, const std::function<bool(qint64)> &progress = {});

    // What every export does around its writer: owner only, written to a temporary file that
    // replaces `path` only when whole, audited as an export of `what`.
    using Writer = std::function<Result<qint64>(QIODevice &out, const std::function<bool(qint64)> &progress)>;
    static Result<std::optional<qint64>> toFile(Database &db, const Operator &op, const QString &what, const QString &path,
                                                const Writer &writer, const std::function<bool(qint64)> &progress);
};

} // namespace loyalty
