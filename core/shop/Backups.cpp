#include "shop/Backups.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace loyalty {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString &shopPath)
{
    return QFileInfo(shopPath).completeBaseName();
}

} // namespace

Backups::Backups(Database &db, const Clock &clock) : m_db(db), m_clock(clock), m_folder(Database::backupFolderFor(db.path()))
{
}

Result<BackupFile> Backups::make(const QString &kind, const QString &folder)
{
    const QString dir = folder.isEmpty() ? m_folder : QFileInfo(folder).absoluteFilePath();
    if (!QDir().mkpath(dir))
        return Error::fileUnusable(tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    const QDateTime at = m_clock.now();
    QString target = QDir(dir).filePath(QStringLiteral("%1-%2-%3.sqlite").arg(baseName(m_db.path()), at.toString(kStamp), kind));
    for (int n = 2; QFileInfo::exists(target); ++n) // two in the same second
        target = QDir(dir).filePath(QStringLiteral("%1-%2-%3-%4.sqlite").arg(baseName(m_db.path()), at.toString(kStamp), kind).arg(n));
    // Written under a temporary name and kept only once verified: a half-written or damaged copy
    // never looks like a backup.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Status s = m_db.copyTo(partial); !s)
        return s.error();
    if (Status s = Database::verifyCopy(partial); !s) {
        QFile::remove(partial);
        return Error::fileUnusable(tr("The backup could not be verified and was not kept: %1").arg(s.error().message));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::fileUnusable(tr("The backup %1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    }
    return BackupFile{target, at, kind, QFileInfo(target).size()};
}

Result<std::optional<BackupFile>> Backups::dailyIfDue()
{
    const QDate today = m_clock.today();
    const QList<BackupFile> existing = list();
    if (std::any_of(existing.cbegin(), existing.cend(), [&](const BackupFile &b) { return b.at.date() == today && b.kind != u"manual"; }))
        return std::optional<BackupFile>();
    auto made = make(QStringLiteral("daily"));
    if (!made)
        return made.error();
    prune();
    return std::optional<BackupFile>(*made);
}

Result<BackupFile> Backups::makeFor(const QString &shopPath, const QString &kind)
{
    auto db = Database::open(shopPath);
    if (!db)
        return db.error();
    SystemClock clock;
    Backups backups(**db, clock);
    auto made = backups.make(kind);
    if (made)
        backups.prune();
    return made;
}

QList<BackupFile> Backups::list() const
{
    return listIn(m_folder, m_db.path());
}

QList<BackupFile> Backups::listIn(const QString &folder, const QString &shopPath)
{
    const QRegularExpression name(QStringLiteral("^%1-(\\d{8}-\\d{6})-(daily|exit|manual)(-\\d+)?\\.sqlite$")
                                      .arg(QRegularExpression::escape(baseName(shopPath))));
    QList<BackupFile> found;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const auto m = name.match(f.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), kStamp);
        at.setTimeSpec(Qt::UTC); // a floating local time, like every time in the shop (common/Clock.h)
        if (at.isValid())
            found << BackupFile{f.absoluteFilePath(), at, m.captured(2), f.size()};
    }
    std::sort(found.begin(), found.end(), [](const BackupFile &a, const BackupFile &b) { return a.at != b.at ? a.at > b.at : a.path > b.path; });
    return found;
}

QList<BackupFile> Backups::toDelete(const QList<BackupFile> &backups, const QDate &today)
{
    QList<BackupFile> automatic;
    for (const BackupFile &b : backups)
        if (b.kind != u"manual")
            automatic << b;
    std::sort(automatic.begin(), automatic.end(), [](const BackupFile &a, const BackupFile &b) { return a.at > b.at; });

    QSet<QString> keep;
    QSet<QDate> days;
    QSet<int> months; // year × 12 + month
    const int thisMonth = today.year() * 12 + today.month() - 1;
    for (const BackupFile &b : std::as_const(automatic)) {
        const QDate day = b.at.date();
        if (!days.contains(day) && days.size() < kDailyKept) {
            days.insert(day);
            keep.insert(b.path);
        }
        const int month = day.year() * 12 + day.month() - 1;
        if (!months.contains(month) && thisMonth - month < kMonthlyKept) {
            months.insert(month);
            keep.insert(b.path);
        }
    }
    QList<BackupFile> drop;
    for (const BackupFile &b : std::as_const(automatic))
        if (!keep.contains(b.path))
            drop << b;
    return drop;
}

int Backups::prune()
{
    int removed = 0;
    for (const BackupFile &b : toDelete(list(), m_clock.today()))
        if (QFile::remove(b.path))
            ++removed;
    return removed;
}

Result<QString> Backups::restore(const QString &backupPath, const QString &shopPath, const QDateTime &now)
{
    if (Status s = Database::verifyCopy(backupPath); !s)
        return Error::refused(tr("This backup cannot be restored: %1").arg(s.error().message));
    const QString shop = QFileInfo(shopPath).absoluteFilePath();
    const QString incoming = shop + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error::fileUnusable(tr("The backup cannot be copied next to %1.").arg(QDir::toNativeSeparators(shop)));
    QString kept;
    if (QFileInfo::exists(shop)) {
        kept = shop + QStringLiteral(".replaced-") + now.toString(kStamp);
        // The file being replaced is kept whole, its log included.
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = shop + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, kept + QLatin1String(suffix))) {
                QFile::remove(incoming);
                return Error::fileUnusable(tr("%1 cannot be moved aside; nothing was restored.").arg(QDir::toNativeSeparators(from)));
            }
        }
    }
    if (!QFile::rename(incoming, shop))
        return Error::fileUnusable(tr("The backup cannot be put in place of %1.").arg(QDir::toNativeSeparators(shop)));
    return kept;
}

} // namespace loyalty
