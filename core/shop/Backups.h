#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

class Clock;
class Database;

// One backup copy of a shop file.
struct BackupFile {
    QString path;
    QDateTime at;        // when it was made (local time, from its name)
    QString kind;        // daily, exit, manual
    qint64 bytes = 0;
};

// Backups of the shop file (SPEC §8.5): made with VACUUM INTO into a `backups` folder beside the
// file (or another folder), verified with a full integrity check before they are kept, named
// `<shop>-<yyyyMMdd-HHmmss>-<kind>.sqlite`. Automatic ones are made at the first open of each day
// and on exit; of those the newest of each of the last 14 days and of each of the last 12 months
// are kept. Copies made before a migration are never touched here.
class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int kDailyKept = 14;
    static constexpr int kMonthlyKept = 12;

    Backups(Database &db, const Clock &clock);

    QString folder() const { return m_folder; }

    // Makes and verifies a backup now, into `folder` (default: the shop's backups folder).
    Result<BackupFile> make(const QString &kind, const QString &folder = {});
    // The first open of a day: a backup when none was made today. std::nullopt when one exists.
    Result<std::optional<BackupFile>> dailyIfDue();
    // The backups in the shop's folder, newest first.
    QList<BackupFile> list() const;
    // Deletes the automatic backups the retention rule no longer keeps; returns how many.
    int prune();

    // Which of `backups` the rule drops, as of `today`: not among the newest of each of the last
    // kDailyKept days that have backups, nor the newest of each of the last kMonthlyKept months.
    // Manual backups are always kept.
    static QList<BackupFile> toDelete(const QList<BackupFile> &backups, const QDate &today);

    // A backup of the shop file at `shopPath` made on a connection of its own (for a worker
    // thread), then the retention rule applied.
    static Result<BackupFile> makeFor(const QString &shopPath, const QString &kind);

    // The backups found in `folder` for the shop file `shopPath`, newest first.
    static QList<BackupFile> listIn(const QString &folder, const QString &shopPath);

    // Puts a backup in place of the shop file, which must not be open. The backup is verified
    // first; the file it replaces is kept beside it as `<shop>.replaced-<yyyyMMdd-HHmmss>`, so a
    // restore never loses anything. Returns the path of that kept file (empty when there was none).
    static Result<QString> restore(const QString &backupPath, const QString &shopPath, const QDateTime &now);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_folder;
};

} // namespace loyalty
