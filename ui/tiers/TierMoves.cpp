#include "tiers/TierMoves.h"

#include "common/BusyTask.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "tiers/TierRules.h"

#include <QLocale>

namespace loyalty::ui {

Result<LadderPreview> TierMoves::work(QWidget *parent, ShopSession &session, const TierLadder &ladder)
{
    LadderPreview preview;
    const QString path = session.path();
    const QDateTime now = session.clock().now();
    const Status worked = runBusy(parent, tr("Working out which members the new thresholds would move…"), [&]() -> Status {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        FixedClock clock(now);
        auto p = TierService(**db, clock).preview(ladder);
        if (!p)
            return p.error();
        preview = *p;
        return {};
    });
    if (!worked)
        return worked.error();
    return preview;
}

QString TierMoves::describe(const LadderPreview &p, const QDate &today)
{
    if (p.up == 0 && p.down == 0)
        return tr("No member would change tier with these thresholds.");
    const QString review = QLocale().toString(TierRules::nextReviewDay(today), QLocale::LongFormat);
    QStringList lines;
    if (p.up > 0)
        lines << tr("%n member(s) spent enough in the last 12 months for a higher tier than they hold: they move up at "
                    "their next visit, or at the review on %1.", nullptr, int(p.up))
                     .arg(review);
    if (p.down > 0)
        lines << tr("%n member(s) no longer reach the tier they hold: they keep it through their grace and move down at a "
                    "review after it.", nullptr, int(p.down));
    return lines.join(QStringLiteral("\n\n"));
}

bool TierMoves::confirm(QWidget *parent, ShopSession &session, const TierLadder &ladder)
{
    auto preview = work(parent, session, ladder);
    if (!preview) {
        MessageBox::warning(parent, tr("Thresholds not saved"), preview.error().message);
        return false;
    }
    const auto answer = MessageBox::choose(parent, QMessageBox::Question, tr("New tier thresholds"),
                                           describe(*preview, session.clock().today()),
                                           {{QMessageBox::Save, tr("&Save the thresholds")}, {QMessageBox::Cancel, tr("&Keep editing")}},
                                           QMessageBox::Save);
    return answer == QMessageBox::Save;
}

} // namespace loyalty::ui
