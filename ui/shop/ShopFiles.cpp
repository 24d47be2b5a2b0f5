#include "shop/ShopFiles.h"

#include "common/Clock.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent>

namespace loyalty::ui {

QString ShopFiles::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ShopFiles::defaultShopPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("shop.sqlite"));
}

QString ShopFiles::demoShopPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("demo.sqlite"));
}

QStringList ShopFiles::recent()
{
    return QSettings().value(QStringLiteral("shops/recent")).toStringList();
}

void ShopFiles::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recent();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings settings;
    settings.setValue(QStringLiteral("shops/recent"), list);
    settings.setValue(QStringLiteral("shops/last"), absolute);
}

void ShopFiles::removeRecent(const QString &path)
{
    QStringList list = recent();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("shops/recent"), list);
}

QString ShopFiles::lastOpened()
{
    return QSettings().value(QStringLiteral("shops/last")).toString();
}

std::unique_ptr<Database> DemoShopBuilder::build(QWidget *parent, const QString &path, const QString &language)
{
    QProgressDialog progress(tr("Building the demo shop…"), tr("Cancel"), 0, ShopFiles::kDemoMembers + ShopFiles::kDemoVisits, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("Demo shop"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);

    auto cancelled = std::make_shared<QAtomicInteger<int>>(0);
    auto done = std::make_shared<QAtomicInteger<qint64>>(0);
    // The worker makes and fills the file on its own connection, then closes it; the GUI thread
    // opens the finished file.
    QFuture<Status> future = QtConcurrent::run([path, language, cancelled, done]() -> Status {
        ShopProfile profile;
        profile.language = language;
        profile.name = language.startsWith(u"zh_TW") ? QStringLiteral("示範咖啡館")
                       : language.startsWith(u"zh")   ? QStringLiteral("示范咖啡馆")
                                                      : QStringLiteral("Demo Coffee House");
        auto db = Database::create(path, profile);
        if (!db)
            return db.error();
        SystemClock clock;
        DemoOptions options;
        options.members = ShopFiles::kDemoMembers;
        options.visits = ShopFiles::kDemoVisits;
        options.language = language;
        auto result = DemoGenerator(**db, clock).run(options, [cancelled, done](qint64 n, qint64) {
            done->storeRelaxed(n);
            return cancelled->loadRelaxed() == 0;
        });
        if (!result)
            return result.error();
        return {};
    });
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&progress, done] { progress.setValue(int(done->loadRelaxed())); });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancelled] { cancelled->storeRelaxed(1); });
    ticker.start(100);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    ticker.stop();
    progress.reset();

    const Status status = future.result();
    if (!status || cancelled->loadRelaxed()) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        if (!cancelled->loadRelaxed())
            MessageBox::warning(parent, tr("Demo shop"), tr("The demo shop could not be built: %1").arg(status.error().message));
        return nullptr;
    }
    auto db = Database::open(path);
    if (!db) {
        MessageBox::warning(parent, tr("Demo shop"), db.error().message);
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace loyalty::ui
