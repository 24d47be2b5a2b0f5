#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace loyalty {

// Kinds of ledger entries (SPEC §2).
enum class LedgerKind { Earn, Bonus, Redeem, Expire, Adjust, Reverse };
QString toString(LedgerKind kind);
std::optional<LedgerKind> ledgerKindFromString(const QString &text);
QString displayName(LedgerKind kind);

// Why a bonus was given (ledger.reason of a bonus entry).
namespace BonusReason {
inline const QString Birthday = QStringLiteral("birthday");
inline const QString Referral = QStringLiteral("referral");
inline const QString Signup = QStringLiteral("signup");
} // namespace BonusReason

// One immutable change of a member's points.
struct LedgerEntry {
    qint64 id = 0;
    qint64 memberId = 0;
    QDateTime at;
    LedgerKind kind = LedgerKind::Earn;
    qint64 points = 0;                  // signed
    std::optional<qint64> visitId;
    QString reason;
    std::optional<qint64> relatedMemberId;
    std::optional<qint64> reversesId;
    QString op;
    std::optional<qint64> lotId;        // an `expire` entry: the lot it emptied
};

// Points that came in together and expire together.
struct Lot {
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 ledgerId = 0;
    QDate earnedOn;                     // the date the lot counts as earned (FIFO order)
    std::optional<QDate> expiresOn;     // the last valid day; never when empty
    qint64 points = 0;
    qint64 remaining = 0;
};

} // namespace loyalty
