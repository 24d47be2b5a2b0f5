#include "common/BusyTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

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

} // namespace loyalty::ui
