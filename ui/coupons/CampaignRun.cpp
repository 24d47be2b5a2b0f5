#include "coupons/CampaignRun.h"

#include "common/BusyTask.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "printing/Slip.h"
#include "printing/SlipPrinter.h"

namespace loyalty::ui {

std::optional<CouponService::CampaignResult> CampaignRun::issueAndOfferPrinting(QWidget *parent, ShopSession &session,
                                                                                const CouponService::CampaignRequest &request)
{
    // Thousands of coupons may take a second or two: on a worker thread, on its own connection.
    CouponService::CampaignResult result;
    const QString path = session.path();
    const QDateTime now = session.clock().now();
    const Operator op = session.op();
    const Status done = runBusy(parent, tr("Issuing the coupons…"), [&]() -> Status {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        FixedClock clock(now);
        auto run = CouponService(**db, clock, op).runCampaign(request);
        if (!run)
            return run.error();
        result = *run;
        return {};
    });
    if (!done) {
        MessageBox::warning(parent, tr("Issue the coupons"), done.error().message);
        return std::nullopt;
    }
    emit session.memberChanged(0);
    const auto answer = MessageBox::choose(parent, QMessageBox::Question, tr("Issue the coupons"),
                                           tr("%n coupon(s) issued. Print them now?", nullptr, int(result.coupons.size())),
                                           {{QMessageBox::Save, tr("&A4 sheets to cut (PDF)…")},
                                            {QMessageBox::Yes, tr("&One slip each on the receipt printer")},
                                            {QMessageBox::Cancel, tr("&Not now")}},
                                           QMessageBox::Save);
    SlipBuilder slips(session.database(), session.clock());
    if (answer == QMessageBox::Save) {
        const QString file = FileDialog::saveFileName(parent, tr("Save the coupons"), QString(), tr("PDF (*.pdf)"));
        if (!file.isEmpty())
            if (Status written = slips.couponSheets(result.coupons, file); !written)
                MessageBox::warning(parent, tr("Save the coupons"), written.error().message);
    } else if (answer == QMessageBox::Yes) {
        QList<SlipData> each;
        for (const Coupon &c : std::as_const(result.coupons))
            if (auto slip = slips.forCoupon(c.code))
                each << *slip;
        const PrinterSetup setup = PrinterSetup::from(session.settings());
        const Status printed = runBusy(parent, tr("Printing the coupons…"), [each, setup] { return SlipPrinter::printMany(each, setup); });
        if (!printed)
            MessageBox::warning(parent, tr("Print the coupons"), printed.error().message);
    }
    return result;
}

} // namespace loyalty::ui
