#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/ShopSession.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <functional>

namespace loyalty::ui {

// Work on the open shop that must not hold up the GUI thread (SPEC §9: the counter never waits):
// `work` runs on a worker thread on its own connection to the shop file, with the session's "now";
// `done` runs on the GUI thread afterwards, told whether the same shop is still open (when it is
// not, the result belongs to a shop that was closed: show nothing of it).
template <typename T>
void runOnShop(QObject *owner, ShopSession &session, std::function<Result<T>(Database &db, const Clock &clock)> work,
               std::function<void(const Result<T> &result, bool sameShop)> done)
{
    const QString path = session.path();
    const QDateTime now = session.clock().now();
    auto *watcher = new QFutureWatcher<Result<T>>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result<T>>::finished, owner, [watcher, &session, path, done = std::move(done)] {
        const Result<T> result = watcher->result();
        watcher->deleteLater();
        done(result, session.isOpen() && session.path() == path);
    });
    watcher->setFuture(QtConcurrent::run([path, now, work = std::move(work)]() -> Result<T> {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        FixedClock clock(now);
        return work(**db, clock);
    }));
}

} // namespace loyalty::ui
