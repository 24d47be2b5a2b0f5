#include "storage/Database.h"

#include "common/Clock.h"
#include "storage/BulkStatement.h"
#include "storage/CohortRepository.h"
#include "storage/DayTotalsRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/Schema.h"

#include <QAtomicInteger>

#include <atomic>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace loyalty {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("loyaltydesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// SQLite primary result codes we explain to people.
enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error errorFor(const QSqlError &e)
{
    switch (primaryCode(e)) {
    case kBusy:
    case kLocked:
        return Error::fileUnusable(Database::tr("The shop file is locked by another program. Close it there and try again."));
    case kReadOnly:
        return Error::fileUnusable(Database::tr("The shop file is read-only: nothing can be saved. Check its permissions or the disk."));
    case kFull:
        return Error::fileUnusable(Database::tr("The disk is full: nothing was saved. Free some space and try again."));
    case kCorrupt:
    case kNotADb:
        return Error::fileUnusable(Database::tr("The shop file is damaged. Restore the newest backup."));
    case kIoErr:
    case kCantOpen:
        return Error::fileUnusable(Database::tr("The shop file cannot be read or written (%1).").arg(e.databaseText()));
    default:
        return Error::internal(Database::tr("The database reported an error: %1").arg(e.text()));
    }
}

// SQLite creates FILE-wal and FILE-shm when it reads a WAL-mode file, even through a read-only
// connection, and a read-only connection cannot remove them when it closes. A refused file must be
// left as it was found: remove them again when they were not there before and the log is empty
// (a reader never writes to it). Call only while no connection to the file is open.
void removeReaderLeftovers(const QString &path, bool hadWal, bool hadShm)
{
    if (hadWal || hadShm)
        return;
    const QFileInfo wal(path + QLatin1String("-wal"));
    if (wal.exists() && wal.size() != 0)
        return;
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &bind)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::errorFrom(q);
    for (qsizetype i = 0; i < bind.size(); ++i)
        q.bindValue(int(i), bind.at(i));
    if (!q.exec())
        return Database::errorFrom(q);
    return q;
}

namespace {
std::atomic<qint64> g_quickCheckLimit{Database::kQuickCheckMaxBytes};
}

qint64 Database::quickCheckLimit()
{
    return g_quickCheckLimit.load();
}

void Database::setQuickCheckLimitForTesting(qint64 bytes)
{
    g_quickCheckLimit.store(bytes);
}

Error Database::errorFrom(const QSqlQuery &query)
{
    return errorFor(query.lastError());
}

Error Database::errorFrom(const QSqlDatabase &db)
{
    return errorFor(db.lastError());
}

Error Database::errorFrom(const QSqlError &error)
{
    return errorFor(error);
}

QString Database::backupFolderFor(const QString &shopPath)
{
    return QFileInfo(shopPath).absoluteDir().filePath(QStringLiteral("backups"));
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    m_bulk.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

// Looks at a file without changing it: returns its schema version, or why it cannot be a shop.
Result<int> Database::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::fileUnusable(tr("The shop file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return Error::fileUnusable(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::fileUnusable(tr("The shop file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    const auto notAShop = [&path] {
        return Error::fileUnusable(tr("%1 is not a LoyaltyDesk shop file.").arg(QDir::toNativeSeparators(path)));
    };
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return notAShop();

    const QString name = newConnectionName();
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        result = [&]() -> Result<int> {
            if (!db.open())
                return errorFrom(db);
            auto appId = exec(db, QStringLiteral("PRAGMA application_id"));
            if (!appId)
                return appId.error();
            if (!appId->next())
                return notAShop();
            if (appId->value(0).toInt() != kApplicationId)
                return notAShop();
            auto version = exec(db, QStringLiteral("PRAGMA user_version"));
            if (!version)
                return version.error();
            const int v = version->next() ? version->value(0).toInt() : 0;
            if (v > kSchemaVersion)
                return Error::fileUnusable(tr("This shop file was written by a newer LoyaltyDesk (schema %1; this program knows up to %2). Update LoyaltyDesk to open it.")
                                               .arg(v)
                                               .arg(kSchemaVersion));
            if (v < 1)
                return notAShop();
            if (info.size() <= quickCheckLimit()) {
                auto check = exec(db, QStringLiteral("PRAGMA quick_check(5)"));
                if (!check)
                    return check.error();
                if (!check->next() || check->value(0).toString() != u"ok")
                    return Error::fileUnusable(tr("The shop file is damaged (%1). Restore the newest backup.")
                                                   .arg(check->value(0).toString().left(200)));
            } else {
                // Reading the schema still catches a file truncated or overwritten at the start.
                auto schema = exec(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
                if (!schema)
                    return schema.error();
            }
            auto tables = exec(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('meta', 'settings', 'members')"));
            if (!tables)
                return tables.error();
            if (!tables->next() || tables->value(0).toInt() != 3)
                return notAShop();
            return v;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path)
{
    std::unique_ptr<Database> d(new Database(path, newConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            return errorFrom(db);
    }
    if (Status s = d->applyPragmas(); !s)
        return s.error();
    return d;
}

Status Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    // The page size of a new file (before anything is written to it; an existing file keeps its
    // own, and this does nothing there).
    if (auto q = exec(db, QStringLiteral("PRAGMA page_size = %1").arg(kPageSize)); !q)
        return q.error();
    // SQLite's own handle, for BulkStatement: looked up here, on the connection's thread, so that a
    // bulk write may run on another one.
    if (const QVariant handle = db.driver()->handle(); qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA temp_store = MEMORY"}) {
        if (auto q = exec(db, QString::fromLatin1(pragma)); !q)
            return q.error();
    }
    if (auto q = exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(kCacheSizePragma)); !q)
        return q.error();
    return {};
}

// Takes the write lock for a moment: tells a locked or read-only file apart before any work.
Status Database::probeWritable()
{
    if (auto q = exec(connection(), QStringLiteral("BEGIN IMMEDIATE")); !q)
        return q.error();
    if (auto q = exec(connection(), QStringLiteral("ROLLBACK")); !q)
        return q.error();
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool hadWal = QFileInfo::exists(absolute + QLatin1String("-wal"));
    const bool hadShm = QFileInfo::exists(absolute + QLatin1String("-shm"));
    auto version = inspect(absolute);
    if (!version) {
        removeReaderLeftovers(absolute, hadWal, hadShm);
        return version.error();
    }
    if (!QFileInfo(absolute).isWritable()) {
        removeReaderLeftovers(absolute, hadWal, hadShm);
        return Error::fileUnusable(tr("The shop file is read-only: nothing can be saved. Check its permissions or the disk."));
    }

    auto db = connect(absolute);
    if (!db)
        return db.error();
    if (Status s = (*db)->probeWritable(); !s)
        return s.error();
    if (*version < kSchemaVersion) {
        if (Status s = (*db)->migrate(*version); !s)
            return s.error();
    }
    if (Status s = (*db)->restoreIndexes(); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, const ShopProfile &profile)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return Error::refused(tr("%1 already exists. Choose another name, or open it instead.").arg(QDir::toNativeSeparators(absolute)));
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return Error::fileUnusable(tr("The folder for %1 cannot be created.").arg(QDir::toNativeSeparators(absolute)));

    auto made = [&]() -> Result<std::unique_ptr<Database>> {
        auto db = connect(absolute);
        if (!db)
            return db.error();
        if (auto q = exec((*db)->connection(), QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !q)
            return q.error();
        if (Status s = (*db)->migrate(0); !s)
            return s.error();
        if (Status s = (*db)->seed(profile); !s)
            return s.error();
        return db;
    }();
    if (!made) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(absolute + QLatin1String(suffix));
    }
    return made;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    return connect(m_path);
}

Status Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        const QString folder = backupFolderFor(m_path);
        if (!QDir().mkpath(folder))
            return Error::fileUnusable(tr("The backup folder %1 cannot be created, so the shop file was not upgraded.")
                                           .arg(QDir::toNativeSeparators(folder)));
        const QString target = QDir(folder).filePath(
            QStringLiteral("%1-before-v%2-%3.sqlite")
                .arg(QFileInfo(m_path).completeBaseName())
                .arg(kSchemaVersion)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status s = copyTo(target); !s)
            return s;
        m_migrationBackup = target;
    }
    const auto &steps = schema::migrations();
    for (int v = fromVersion; v < kSchemaVersion; ++v) {
        Status s = transaction([&]() -> Status {
            for (const QString &sql : steps.at(v)) {
                if (auto q = exec(connection(), sql); !q)
                    return q.error();
            }
            // 6: the members' rhythms, kept at each visit from now on, are read from the history once.
            if (v + 1 == 6 && fromVersion > 0)
                if (Status rebuilt = MemberTotalsRepository(*this).rebuildRhythms(); !rebuilt)
                    return rebuilt;
            // 8: the day totals, kept by triggers from now on, counted from the rows once.
            if (v + 1 == 8 && fromVersion > 0)
                for (const QString &sql : DayTotalsRepository::rebuildStatements())
                    if (auto q = exec(connection(), sql); !q)
                        return q.error();
            // 9: the cohorts' months, kept by triggers from now on, counted from the visits once.
            if (v + 1 == 9 && fromVersion > 0)
                for (const QString &sql : CohortRepository::rebuildStatements())
                    if (auto q = exec(connection(), sql); !q)
                        return q.error();
            if (auto q = exec(connection(), QStringLiteral("PRAGMA user_version = %1").arg(v + 1)); !q)
                return q.error();
            return {};
        });
        if (!s)
            return s;
    }
    return {};
}

Status Database::seed(const ShopProfile &profile)
{
    return transaction([&]() -> Status {
        const QSqlDatabase db = connection();
        const QString now = toStorage(SystemClock().now());
        const QList<std::pair<QString, QString>> settings = {
            {QStringLiteral("shop.name"), profile.name},
            {QStringLiteral("shop.currency"), profile.currency.toUpper()},
            {QStringLiteral("shop.language"), profile.language},
        };
        for (const auto &[key, value] : settings)
            if (auto q = exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"), {key, value}); !q)
                return q.error();
        const QList<std::pair<QString, QString>> meta = {
            {QStringLiteral("created_at"), now},
            {QStringLiteral("created_by"), QStringLiteral("LoyaltyDesk " LOYALTYDESK_VERSION)},
            {QStringLiteral("card_sequence"), QStringLiteral("0")},
        };
        for (const auto &[key, value] : meta)
            if (auto q = exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {key, value}); !q)
                return q.error();
        const auto tiers = schema::defaultTiers(profile.language);
        for (qsizetype level = 0; level < tiers.size(); ++level) {
            const auto &t = tiers.at(level);
            if (auto q = exec(db,
                              QStringLiteral("INSERT INTO tiers(level, name, threshold_cents, earn_percent, color, target_percent) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {int(level), QString::fromUtf8(t.name), t.thresholdCents, t.earnPercent, QString::fromLatin1(t.color),
                               t.targetPercent});
                !q)
                return q.error();
        }
        return {};
    });
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_inTransaction) {
        // Inside a larger transaction (a batch): the work joins it. Work that fails dooms the whole
        // transaction, so nothing of it can be committed by a caller that carries on regardless.
        Status result = work();
        if (!result && !m_doomed)
            m_doomed = result.error();
        return result;
    }
    if (auto q = exec(connection(), QStringLiteral("BEGIN IMMEDIATE")); !q)
        return q.error();
    m_inTransaction = true;
    m_cachesCheckedInTransaction = false;
    m_doomed.reset();
    Status result = work();
    m_inTransaction = false;
    if (result && m_doomed)
        result = *m_doomed;
    m_doomed.reset();
    if (result) {
        if (auto q = exec(connection(), QStringLiteral("COMMIT")); !q) {
            (void)exec(connection(), QStringLiteral("ROLLBACK"));
            return q.error();
        }
    } else {
        (void)exec(connection(), QStringLiteral("ROLLBACK"));
    }
    return result;
}

namespace {
const QString kSuspendedIndexesKey = QStringLiteral("suspended_indexes");
}

Status Database::suspendIndexes(const QStringList &names, const QStringList &afterwards)
{
    return transaction([&]() -> Status {
        QJsonArray definitions;   // run in order by restoreIndexes()
        QStringList drops;
        for (const QString &name : names) {
            auto q = exec(connection(),
                          QStringLiteral("SELECT type, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND name = ? AND sql IS NOT NULL"),
                          {name});
            if (!q)
                return q.error();
            if (!q->next())
                return Error::internal(QStringLiteral("no index or trigger %1 to suspend").arg(name));
            drops << QStringLiteral("DROP %1 \"%2\"").arg(q->value(0).toString().toUpper(), name);
            definitions.append(q->value(1).toString());
        }
        for (const QString &sql : afterwards)
            definitions.append(sql);
        if (auto q = exec(connection(), QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"),
                          {kSuspendedIndexesKey, QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact))});
            !q)
            return q.error();
        for (const QString &drop : std::as_const(drops))
            if (auto q = exec(connection(), drop); !q)
                return q.error();
        return {};
    });
}

void Database::setPageCacheKiB(int kib)
{
    (void)exec(connection(), QStringLiteral("PRAGMA cache_size = %1").arg(kib > 0 ? -kib : kCacheSizePragma));
}

void Database::setAutoCheckpoint(int pages)
{
    (void)exec(connection(), QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}

Status Database::restoreIndexes()
{
    auto q = exec(connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kSuspendedIndexesKey});
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    const QJsonArray definitions = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
    q->finish();
    Status s = transaction([&]() -> Status {
        for (const QJsonValue &sql : definitions)
            if (auto made = exec(connection(), sql.toString()); !made)
                return made.error();
        if (auto gone = exec(connection(), QStringLiteral("DELETE FROM meta WHERE key = ?"), {kSuspendedIndexesKey}); !gone)
            return gone.error();
        return {};
    });
    invalidateCaches();
    return s;
}

Result<QSqlQuery *> Database::execCached(const QString &sql, const QVariantList &bind)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return errorFrom(*q);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    q->finish();
    for (qsizetype i = 0; i < bind.size(); ++i)
        q->bindValue(int(i), bind.at(i));
    if (!q->exec())
        return errorFrom(*q);
    return q;
}

Result<BulkStatement *> Database::bulkStatement(const QString &sql)
{
    if (auto it = m_bulk.find(sql); it != m_bulk.end())
        return it->second.get();
    if (!m_sqlite)
        return Error::internal(QStringLiteral("the connection is not SQLite's"));
    sqlite3 *db = m_sqlite;
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(db, reinterpret_cast<const char *>(sql.toUtf8().constData()), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError, QString::number(rc)));
    auto made = std::unique_ptr<BulkStatement>(new BulkStatement(db, statement));
    return m_bulk.emplace(sql, std::move(made)).first->second.get();
}

Result<QVariant> Database::value(const QString &sql, const QVariantList &bind)
{
    auto q = execCached(sql, bind);
    if (!q)
        return q.error();
    QVariant v = (*q)->next() ? (*q)->value(0) : QVariant();
    (*q)->finish();
    return v;
}

Result<qint64> Database::nextRowId(const QString &table)
{
    auto next = value(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    if (!next)
        return next.error();
    return next->toLongLong();
}

void Database::dropCachesIfChangedElsewhere()
{
    // Inside a write transaction no other connection can commit: one look is enough.
    if (m_inTransaction && m_cachesCheckedInTransaction)
        return;
    m_cachesCheckedInTransaction = m_inTransaction;
    auto q = execCached(QStringLiteral("PRAGMA data_version"));
    if (!q || !(*q)->next()) {
        m_caches.clear();
        return;
    }
    const qint64 version = (*q)->value(0).toLongLong();
    (*q)->finish();
    if (version != m_dataVersion) {
        m_caches.clear();
        m_dataVersion = version;
    }
}

QStringList Database::checkIntegrity(bool full) const
{
    QStringList problems;
    auto q = exec(connection(), full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    if (!q)
        return {q.error().message};
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    return problems;
}

Status Database::verifyCopy(const QString &path)
{
    if (auto version = inspect(path); !version)
        return version.error();
    const QString name = newConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        result = [&]() -> Status {
            if (!db.open())
                return errorFrom(db);
            auto q = exec(db, QStringLiteral("PRAGMA integrity_check(5)"));
            if (!q)
                return q.error();
            if (!q->next() || q->value(0).toString() != u"ok")
                return Error::fileUnusable(tr("The copy %1 is damaged: %2").arg(QDir::toNativeSeparators(path), q->value(0).toString().left(200)));
            return {};
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status Database::copyTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error::refused(tr("%1 already exists.").arg(QDir::toNativeSeparators(target)));
    if (auto q = exec(connection(), QStringLiteral("VACUUM INTO ?"), {target}); !q) {
        QFile::remove(target);
        return q.error();
    }
    return {};
}

} // namespace loyalty
