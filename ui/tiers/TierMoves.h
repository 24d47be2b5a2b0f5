#pragma once

#include "common/Result.h"
#include "tiers/Tier.h"
#include "tiers/TierService.h"

#include <QCoreApplication>

class QWidget;

namespace loyalty::ui {

class ShopSession;

// Before the owner saves new tier thresholds (in Settings, or the suggestion of the Tiers report):
// how many members they would move, worked out on a worker thread (a year of visits is read) with
// a busy dialog, and said in words. Members move as the rules say: up at their next visit or
// review, down at a review once their grace is over.
class TierMoves {
    Q_DECLARE_TR_FUNCTIONS(TierMoves)

public:
    static Result<LadderPreview> work(QWidget *parent, ShopSession &session, const TierLadder &ladder);
    static QString describe(const LadderPreview &preview, const QDate &today);
    // Works them out and asks whether to save; false when the owner keeps editing or it failed
    // (said in a message box).
    static bool confirm(QWidget *parent, ShopSession &session, const TierLadder &ladder);
};

} // namespace loyalty::ui
