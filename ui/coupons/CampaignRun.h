#pragma once

#include "coupons/CouponService.h"

#include <QCoreApplication>

class QWidget;

namespace loyalty::ui {

class ShopSession;

// Issues a campaign's coupons on a worker thread (thousands take a second or two), then offers to
// print them: A4 sheets to cut, or one slip each on the receipt printer. Used by the Coupons screen
// and by the Alerts screen's win-back coupons. False when it failed (the reason was shown).
struct CampaignRun {
    Q_DECLARE_TR_FUNCTIONS(CampaignRun)

public:
    static std::optional<CouponService::CampaignResult> issueAndOfferPrinting(QWidget *parent, ShopSession &session,
                                                                              const CouponService::CampaignRequest &request);
};

} // namespace loyalty::ui
