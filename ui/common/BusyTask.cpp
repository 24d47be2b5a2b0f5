#include "common/BusyTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace loyalty::ui {

Status runBusy(QWidget *parent, const QString &label, const std::function<Status()> &work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300); // quick work shows nothing
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    const QFuture<Status> future = QtConcurrent::run(work);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    progress.reset();
    return future.result();
}

Result<Progress> runWithProgress(QWidget *parent, const QString &label, const std::function<Status(const ProgressReport &progress)> &work)
{
    // The bar counts in thousandths, so any total fits its int range.
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&] {
        const qint64 t = total;
        dialog.setValue(t > 0 ? int(std::min<qint64>(1000, done * 1000 / t)) : 0);
    });
    tick.start(100);
    const QFuture<Status> future = QtConcurrent::run([&]() -> Status {
        return work([&](qint64 n, qint64 of) {
            done = n;
            total = of;
            return !cancelled.load();
        });
    });
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    tick.stop();
    dialog.reset();
    const Status status = future.result();
    if (cancelled)
        return Progress::Cancelled;
    if (!status)
        return status.error();
    return Progress::Done;
}

} // namespace loyalty::ui
