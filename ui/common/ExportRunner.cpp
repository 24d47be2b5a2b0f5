#include "common/ExportRunner.h"

#include "common/BusyTask.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "storage/Database.h"

#include <QDir>

namespace loyalty::ui {

QString ExportRunner::title(CsvExport::What what)
{
    switch (what) {
    case CsvExport::What::Members:
        return tr("Export members");
    case CsvExport::What::Visits:
        return tr("Export visits");
    case CsvExport::What::Ledger:
        return tr("Export the points ledger");
    case CsvExport::What::Coupons:
        return tr("Export coupons");
    }
    return {};
}

bool ExportRunner::run(QWidget *parent, ShopSession &session, CsvExport::What what)
{
    if (!session.isOpen())
        return false;
    if (!session.op().isOwner()) {
        MessageBox::warning(parent, title(what), tr("Only the owner can export the shop's data."));
        return false;
    }
    const QString file = FileDialog::saveFileName(
        parent, title(what), tr("%1-%2.csv").arg(CsvExport::nameOf(what), session.clock().today().toString(Qt::ISODate)), tr("CSV (*.csv)"));
    if (file.isEmpty())
        return false;
    const QString path = session.path();
    const QDateTime now = session.clock().now();
    const Operator op = session.op();
    std::optional<qint64> rows;
    auto done = runWithProgress(parent, tr("Writing %1…").arg(QDir::toNativeSeparators(file)), [&](const ProgressReport &progress) -> Status {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        auto total = CsvExport::rowsToWrite(**db, what);
        if (!total)
            return total.error();
        const FixedClock clock(now);
        auto written = CsvExport::exportTo(**db, clock, op, what, file, true, [&](qint64 n) { return progress(n, *total); });
        if (!written)
            return written.error();
        rows = *written;
        return {};
    });
    if (!done) {
        MessageBox::warning(parent, title(what), done.error().message);
        return false;
    }
    if (*done == Progress::Cancelled || !rows)
        return false;
    MessageBox::information(parent, title(what), tr("Wrote %n row(s) to %1.", nullptr, int(std::min<qint64>(*rows, INT_MAX))).arg(QDir::toNativeSeparators(file)));
    return true;
}

} // namespace loyalty::ui
