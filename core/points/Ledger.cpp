#include "points/Ledger.h"

#include <QCoreApplication>

namespace loyalty {

QString toString(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Earn:
        return QStringLiteral("earn");
    case LedgerKind::Bonus:
        return QStringLiteral("bonus");
    case LedgerKind::Redeem:
        return QStringLiteral("redeem");
    case LedgerKind::Expire:
        return QStringLiteral("expire");
    case LedgerKind::Adjust:
        return QStringLiteral("adjust");
    case LedgerKind::Reverse:
        return QStringLiteral("reverse");
    }
    return {};
}

std::optional<LedgerKind> ledgerKindFromString(const QString &text)
{
    for (LedgerKind k : {LedgerKind::Earn, LedgerKind::Bonus, LedgerKind::Redeem, LedgerKind::Expire, LedgerKind::Adjust, LedgerKind::Reverse})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

QString displayName(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Earn:
        return QCoreApplication::translate("Ledger", "Earned");
    case LedgerKind::Bonus:
        return QCoreApplication::translate("Ledger", "Bonus");
    case LedgerKind::Redeem:
        return QCoreApplication::translate("Ledger", "Redeemed");
    case LedgerKind::Expire:
        return QCoreApplication::translate("Ledger", "Expired");
    case LedgerKind::Adjust:
        return QCoreApplication::translate("Ledger", "Adjusted");
    case LedgerKind::Reverse:
        return QCoreApplication::translate("Ledger", "Reversed (void)");
    }
    return {};
}

} // namespace loyalty
