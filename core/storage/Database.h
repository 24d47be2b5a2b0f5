#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <any>
#include <memory>
#include <optional>
#include <unordered_map>


struct sqlite3;

namespace loyalty {

class BulkStatement;

// What a new shop starts with.
struct ShopProfile {
    QString name;
    QString currency = QStringLiteral("CNY");
    QString language = QStringLiteral("en");  // the default tier names are set in this language
};

// Owns the connection to one shop file: opening and creating it, the pragmas, the schema version
// and its migrations. Every other storage class borrows the connection from here. One Database per
// thread: QSqlDatabase connections must not cross threads.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int kSchemaVersion = 9;
    static constexpr qint32 kApplicationId = 0x4C44534B; // "LDSK" in the SQLite header
    static constexpr int kBusyTimeoutMs = 3000;
    static constexpr int kCacheSizePragma = -32000; // 32 MB of page cache per connection
    // New shop files use 16 KB pages instead of SQLite's 4 KB: fewer B-tree pages and splits build
    // a 2,000,000-visit history 10-15% faster (measured side by side); a checkout writes more bytes
    // to the log, which measured within noise (p50 0.6-0.8 ms, p99 1-2 ms either way, against a
    // 10 ms target). Existing files keep theirs.
    static constexpr int kPageSize = 16384;
    // Files up to this size get a full PRAGMA quick_check when opened; bigger ones are checked in
    // the background by the GUI and by `check` (a full check of a 500 MB shop takes seconds).
    static constexpr qint64 kQuickCheckMaxBytes = 64LL * 1024 * 1024;
    static qint64 quickCheckLimit();
    static void setQuickCheckLimitForTesting(qint64 bytes);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing shop file, migrating it (after a backup copy) when it is older. A missing,
    // locked, read-only, corrupt, foreign or too-new file gives ErrorCode::FileUnusable and is left
    // untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // Creates a new shop file; refuses a path that exists.
    static Result<std::unique_ptr<Database>> create(const QString &path, const ShopProfile &profile);
    // Another connection to the same, already opened file (for a worker thread).
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &path() const { return m_path; }
    // The backup copy made before the last migration, empty when none was needed.
    const QString &migrationBackup() const { return m_migrationBackup; }

    // Runs `work` in one transaction: committed when it returns success, rolled back otherwise.
    // Called inside another transaction (a batch), `work` joins it; if it fails, the whole batch is
    // rolled back and reports that failure, even when the batch's own work goes on and succeeds.
    // (Savepoints would let the batch go on, but cost a sixth of a bulk load's time.)
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_inTransaction; }

    // Bulk loading (a demo shop's history): indexes and triggers that the load itself never reads
    // are dropped and made again at the end, one sort each, which is several times faster than
    // keeping them up to date row by row; `afterwards` runs once they are back (rebuilding what a
    // dropped trigger kept up to date, see MemberRepository::searchIndexRebuild()). Everything is
    // saved in the file first, so a load that is interrupted is completed by the next open().
    Status suspendIndexes(const QStringList &names, const QStringList &afterwards = {});
    Status restoreIndexes();   // nothing to do when none are suspended
    // This connection's page cache (a bulk load wants a large one); 0 gives the usual size back.
    void setPageCacheKiB(int kib);
    // After how many pages of log a commit on this connection checkpoints by itself (SQLite: 1000).
    void setAutoCheckpoint(int pages);

    // Runs a statement prepared once per connection and kept: for the hot paths (the counter, bulk
    // inserts), where preparing costs more than running. The returned query stays owned by the
    // Database; read its rows before the same SQL runs again.
    Result<QSqlQuery *> execCached(const QString &sql, const QVariantList &bind = {});
    // One value: the first column of the first row of a cached statement (null when no row).
    Result<QVariant> value(const QString &sql, const QVariantList &bind = {});

    // Bulk loads: `sql` prepared once per connection through SQLite's own interface, and kept.
    // May be called from another thread (VisitBatch::writeInBackground) while this one leaves the
    // connection alone.
    Result<BulkStatement *> bulkStatement(const QString &sql);
    // The id the next row of `table` gets (max + 1): for rows whose ids are given in advance, inside
    // the transaction that writes them.
    Result<qint64> nextRowId(const QString &table);

    // Caches of slow-changing tables (settings, tiers), for the hot paths. Dropped when another
    // connection has committed since (PRAGMA data_version) and by invalidateCaches() after our own
    // changes to those tables.
    template <typename T>
    T *cached(const QString &name)
    {
        dropCachesIfChangedElsewhere();
        auto it = m_caches.find(name);
        return it == m_caches.end() ? nullptr : std::any_cast<T>(&it->second);
    }
    template <typename T>
    void putCached(const QString &name, T value)
    {
        m_caches[name] = std::move(value);
    }
    void invalidateCaches() { m_caches.clear(); }

    // PRAGMA quick_check (or integrity_check when `full`): empty when the file is sound.
    QStringList checkIntegrity(bool full = false) const;

    // A copy of the whole shop made with VACUUM INTO; the target must not exist.
    Status copyTo(const QString &target) const;
    // Checks a copy (a backup) without changing it: a shop file this program can open, and a full
    // PRAGMA integrity_check finds nothing.
    static Status verifyCopy(const QString &path);

    // Maps a failed statement to a user-facing Error (locked, read-only, full disk, corrupt, …).
    static Error errorFrom(const QSqlQuery &query);
    static Error errorFrom(const QSqlDatabase &db);
    static Error errorFrom(const QSqlError &error);

    // The folder beside the shop file that holds its backups.
    static QString backupFolderFor(const QString &shopPath);

private:
    Database(QString path, QString connectionName);

    static Result<int> inspect(const QString &path);
    static Result<std::unique_ptr<Database>> connect(const QString &path);
    Status applyPragmas();
    Status probeWritable();
    Status migrate(int fromVersion);
    Status seed(const ShopProfile &profile);

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    bool m_inTransaction = false;
    std::optional<Error> m_doomed;   // the first failure of work that joined the transaction
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::any> m_caches;
    qint64 m_dataVersion = -1;
    bool m_cachesCheckedInTransaction = false;
    void dropCachesIfChangedElsewhere();
    std::unordered_map<QString, std::unique_ptr<BulkStatement>> m_bulk;
    sqlite3 *m_sqlite = nullptr;
};

// Prepares and runs one statement, binding values by position. Returns the query positioned before
// its first row. Storage classes use this so every failure becomes an Error the same way.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &bind = {});

} // namespace loyalty
