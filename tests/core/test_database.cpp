// Database: the pragmas that make a recorded visit durable (SPEC §8.1), migrations with a backup
// first (§8.4), and files that cannot be used: refused with a clear message and left exactly as
// they were (§8.6, §8.10).

#include "TestShop.h"
#include "storage/WalCheckpointer.h"

#include "members/CardNumber.h"
#include "members/MemberService.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

// A plain Qt SQL connection that knows nothing of LoyaltyDesk: stands for another program, an old
// version of ours, or a second counter holding the file.
class RawSqlite {
public:
    explicit RawSqlite(const QString &path, const QString &options = {})
        : m_name(u"raw-sqlite-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!options.isEmpty())
            db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawSqlite() { close(); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text() + u" — "_s + sql.left(200);
        return false;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            m_error = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// The statements of a .sql fixture: each ends with ";" at the end of a line, a trigger with "END;".
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(u"--")))
            continue;
        current += line + u'\n';
        const bool trigger = current.trimmed().startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive);
        if (trigger ? trimmed.compare(u"END;", Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QByteArrayLiteral("<missing>");
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(gen.bounded(256));
    return bytes;
}

// A shop with `members` members and longish notes, so it spans many pages; opened and closed once
// more so its write-ahead log is merged into the file and removed.
bool makeShop(const QString &path, int members)
{
    {
        auto made = Database::create(path, {u"Full Shop"_s, u"CNY"_s, u"en"_s});
        if (!made) {
            qWarning("create: %s", qPrintable(made.error().message));
            return false;
        }
        Database &db = **made;
        MemberRepository repo(db);
        const Status s = db.transaction([&]() -> Status {
            for (int i = 0; i < members; ++i) {
                auto seq = repo.nextCardSequence();
                if (!seq)
                    return seq.error();
                Member m;
                m.card = CardNumber::fromSequence(*seq);
                m.name = u"Member %1 Lastname"_s.arg(i);
                m.phone = u"139%1"_s.arg(i, 8, 10, QChar(u'0'));
                m.note = QString(200, QChar(u'a' + i % 26));
                m.joinedAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0));
                m.updatedAt = m.joinedAt;
                if (auto id = repo.insert(m); !id)
                    return id.error();
            }
            return {};
        });
        if (!s) {
            qWarning("fill: %s", qPrintable(s.error().message));
            return false;
        }
    }
    auto reopened = Database::open(path);
    if (!reopened) {
        qWarning("reopen: %s", qPrintable(reopened.error().message));
        return false;
    }
    return true;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void pragmasOfANewShop();
    void newShopIsSeeded();
    void createRefusesAnExistingPath_data();
    void createRefusesAnExistingPath();
    void reopenNeedsNoMigration();

    void migratesVersion1();

    void unusableFileIsRefusedAndLeftAlone_data();
    void unusableFileIsRefusedAndLeftAlone();
    void lockedFileIsRefusedUntilReleased();
    void readOnlyFileIsRefused();

    void transactionCommitsOnSuccess();
    void transactionRollsBackOnFailure();
    void nestedTransactionJoinsTheOuterOne();
    void failedNestedWorkDoomsTheBatch();
    void suspendedIndexesComeBackAtNextOpen();
    void timesAsStored_data();
    void timesAsStored();
    void checkpointerCopiesTheLogInTheBackground();
    void copyToMakesAFileThatOpens();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
}

void TestDatabase::pragmasOfANewShop()
{
    test::TestShop shop;
    const QSqlDatabase c = shop.database().connection();
    const auto pragma = [&c](const char *name) {
        QSqlQuery q(c);
        if (!q.exec(u"PRAGMA "_s + QLatin1String(name)) || !q.next())
            return QVariant();
        return q.value(0);
    };
    QCOMPARE(pragma("journal_mode").toString(), u"wal"_s);
    QCOMPARE(pragma("synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma("foreign_keys").toInt(), 1);
    QCOMPARE(pragma("application_id").toInt(), Database::kApplicationId);
    QCOMPARE(pragma("user_version").toInt(), Database::kSchemaVersion);
    QCOMPARE(pragma("page_size").toInt(), Database::kPageSize);
    QVERIFY(shop.database().checkIntegrity(true).isEmpty());
    QVERIFY(shop.database().migrationBackup().isEmpty());
}

void TestDatabase::newShopIsSeeded()
{
    test::TestShop shop;
    const QSqlDatabase c = shop.database().connection();
    QSqlQuery q(c);
    QVERIFY(q.exec(u"SELECT value FROM settings WHERE key = 'shop.name'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Test Shop"_s);
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'card_sequence'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"0"_s);
    QVERIFY(q.exec(u"SELECT count(*) FROM tiers"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QVERIFY(q.exec(u"SELECT role FROM operators WHERE name = 'owner'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"owner"_s);
}

void TestDatabase::createRefusesAnExistingPath_data()
{
    QTest::addColumn<bool>("existingShop");

    QTest::newRow("an existing shop") << true;
    QTest::newRow("an existing text file") << false;
}

void TestDatabase::createRefusesAnExistingPath()
{
    QFETCH(bool, existingShop);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    if (existingShop)
        QVERIFY(makeShop(path, 3));
    else
        QVERIFY(writeFile(path, QByteArrayLiteral("my accounts, please do not overwrite\n")));
    const QByteArray before = fingerprint(path);

    auto made = Database::create(path, {u"Another"_s, u"CNY"_s, u"en"_s});
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, ErrorCode::Refused);
    QVERIFY(!made.error().message.isEmpty());
    QCOMPARE(fingerprint(path), before);
}

void TestDatabase::reopenNeedsNoMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    QVERIFY(makeShop(path, 3));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY((*db)->migrationBackup().isEmpty());
    QVERIFY(!QFileInfo::exists(Database::backupFolderFor(path)));
    auto count = MemberRepository(**db).count(true);
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(3));
}

void TestDatabase::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old-shop.sqlite"_s);

    // Build the old file from the frozen fixture, the way an old LoyaltyDesk left it.
    QFile fixture(QStringLiteral(LOYALTY_TEST_DATA "/migrations/v1-shop.sql"));
    QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
    const QStringList statements = statementsOf(QString::fromUtf8(fixture.readAll()));
    QVERIFY(statements.size() > 30);
    {
        RawSqlite raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        for (const QString &sql : statements)
            QVERIFY2(raw.exec(sql), qPrintable(raw.error()));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), Database::kApplicationId);
    }

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = **opened;

    // Upgraded to the current schema…
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
        QVERIFY(q.exec(u"SELECT name, role FROM operators"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"owner"_s);
        QCOMPARE(q.value(1).toString(), u"owner"_s);
        QVERIFY(!q.next());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT value FROM settings WHERE key = 'shop.name'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Corner Tea 街角茶铺"_s);
    }
    QVERIFY(db.checkIntegrity(true).isEmpty());

    // …with its members intact and findable.
    MemberRepository repo(db);
    QCOMPARE(repo.count(true).value_or(-1), qint64(3));
    auto wxm = repo.search(u"wxm"_s, 10);
    QVERIFY(wxm.ok());
    QCOMPARE(wxm->size(), 1);
    QCOMPARE(wxm->first().name, u"王小明"_s);
    QCOMPARE(wxm->first().card, u"8000000011"_s);
    QCOMPARE(wxm->first().phone, u"13800138000"_s);
    auto tail = repo.search(u"5678"_s, 10);
    QVERIFY(tail.ok());
    QCOMPARE(tail->size(), 1);
    QCOMPARE(tail->first().name, u"Anna Smith"_s);
    auto noPhone = repo.byCard(u"8000000037"_s);
    QVERIFY(noPhone.ok() && noPhone->has_value());
    QCOMPARE((*noPhone)->name, u"陳大文"_s);
    QVERIFY((*noPhone)->phone.isEmpty());
    QCOMPARE((*noPhone)->referrerId.value_or(0), qint64(1));
    // The card sequence carries on after the old cards.
    QVERIFY(db.transaction([&]() -> Status {
        auto seq = repo.nextCardSequence();
        if (!seq)
            return seq.error();
        return *seq == 4 ? Status() : Error::internal(u"card sequence %1"_s.arg(*seq));
    }));

    // A backup of the old file was taken first, beside it in the backups folder.
    const QString backup = db.migrationBackup();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(Database::backupFolderFor(path)).absoluteFilePath());
    {
        RawSqlite old(backup, u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY2(old.isOpen(), qPrintable(old.error()));
        QCOMPARE(old.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(old.scalar(u"PRAGMA application_id"_s).toInt(), Database::kApplicationId);
        QCOMPARE(old.scalar(u"SELECT count(*) FROM members"_s).toInt(), 3);
        QCOMPARE(old.scalar(u"SELECT name FROM members WHERE initials = 'wxm'"_s).toString(), u"王小明"_s);
        QVERIFY(!old.scalar(u"SELECT count(*) FROM sqlite_schema WHERE name = 'operators'"_s).toBool());
    }

    // Opening the upgraded file again needs no further migration.
    opened.value().reset(); // closes the first connection
    auto again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY((*again)->migrationBackup().isEmpty());
}

void TestDatabase::unusableFileIsRefusedAndLeftAlone_data()
{
    QTest::addColumn<QString>("kind");

    QTest::newRow("missing file") << u"missing"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("random bytes") << u"random"_s;
    QTest::newRow("SQLite header then random bytes") << u"header-random"_s;
    QTest::newRow("another program's SQLite database") << u"foreign"_s;
    QTest::newRow("our application id without our tables") << u"our-id-no-tables"_s;
    QTest::newRow("our tables with schema version 0") << u"version-0"_s;
    QTest::newRow("schema version from the future") << u"newer"_s;
    QTest::newRow("truncated shop") << u"truncated"_s;
    QTest::newRow("middle pages overwritten") << u"overwritten"_s;
}

void TestDatabase::unusableFileIsRefusedAndLeftAlone()
{
    QFETCH(QString, kind);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);

    if (kind == u"missing") {
        // nothing to build
    } else if (kind == u"empty") {
        QVERIFY(writeFile(path, {}));
    } else if (kind == u"text") {
        QByteArray text;
        for (int i = 0; i < 40; ++i)
            text += "card,name,phone\n8000000011,Wang Xiaoming,13800138000\n";
        QVERIFY(writeFile(path, text));
    } else if (kind == u"random") {
        QVERIFY(writeFile(path, randomBytes(5 * 4096 + 123, 4711)));
    } else if (kind == u"header-random") {
        QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16) + randomBytes(8 * 4096, 815)));
    } else if (kind == u"foreign" || kind == u"our-id-no-tables") {
        RawSqlite raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY(raw.exec(u"CREATE TABLE foo(id INTEGER PRIMARY KEY, bar TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO foo(bar) VALUES ('baz'), ('qux')"_s));
        if (kind == u"our-id-no-tables") {
            QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(Database::kApplicationId)));
            QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
        } else {
            QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), 0);
        }
    } else if (kind == u"version-0") {
        QVERIFY(makeShop(path, 3));
        RawSqlite raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY(raw.exec(u"PRAGMA user_version = 0"_s));
    } else if (kind == u"newer") {
        QVERIFY(makeShop(path, 3));
        RawSqlite raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
    } else if (kind == u"truncated" || kind == u"overwritten") {
        QVERIFY(makeShop(path, 400));
        QVERIFY2(!QFileInfo::exists(path + u"-wal"_s), "the write-ahead log should be merged on close");
        QFile f(path);
        const qint64 size = f.size();
        QVERIFY2(size >= 40 * 4096, qPrintable(u"only %1 bytes"_s.arg(size)));
        if (kind == u"truncated") {
            QVERIFY(f.resize(size / 2));
        } else {
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 from = (size / 3) / 4096 * 4096;
            QVERIFY(f.seek(from));
            const QByteArray garbage = randomBytes(size / 3, 1234);
            QCOMPARE(f.write(garbage), qint64(garbage.size()));
            f.close();
        }
    } else {
        QFAIL(qPrintable(u"unknown case "_s + kind));
    }

    const QByteArray before = fingerprint(path);
    const bool hadWal = QFileInfo::exists(path + u"-wal"_s);
    const bool hadShm = QFileInfo::exists(path + u"-shm"_s);
    const bool hadJournal = QFileInfo::exists(path + u"-journal"_s);

    auto opened = Database::open(path);
    QVERIFY2(!opened.ok(), "an unusable file was opened");
    QCOMPARE(opened.error().code, ErrorCode::FileUnusable);
    QVERIFY(!opened.error().message.isEmpty());

    QCOMPARE(fingerprint(path), before);
    QCOMPARE(QFileInfo::exists(path + u"-wal"_s), hadWal);
    QCOMPARE(QFileInfo::exists(path + u"-shm"_s), hadShm);
    QCOMPARE(QFileInfo::exists(path + u"-journal"_s), hadJournal);
    QVERIFY(!QFileInfo::exists(Database::backupFolderFor(path)));
}

void TestDatabase::lockedFileIsRefusedUntilReleased()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    QVERIFY(makeShop(path, 3));

    RawSqlite other(path);
    QVERIFY2(other.isOpen(), qPrintable(other.error()));
    QCOMPARE(other.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QVERIFY2(other.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(other.error()));
    QVERIFY(other.exec(u"UPDATE settings SET value = 'Held' WHERE key = 'shop.name'"_s));

    // Waits Database::kBusyTimeoutMs for the lock, then gives up with a message.
    auto locked = Database::open(path);
    QVERIFY2(!locked.ok(), "opened a file another connection holds exclusively");
    QCOMPARE(locked.error().code, ErrorCode::FileUnusable);
    QVERIFY(!locked.error().message.isEmpty());

    QVERIFY2(other.exec(u"ROLLBACK"_s), qPrintable(other.error()));
    auto released = Database::open(path);
    QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().message));
    QSqlQuery q((*released)->connection());
    QVERIFY(q.exec(u"SELECT value FROM settings WHERE key = 'shop.name'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Full Shop"_s);
}

void TestDatabase::readOnlyFileIsRefused()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root from writing");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    QVERIFY(makeShop(path, 3));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fingerprint(path);

    auto opened = Database::open(path);
    QVERIFY2(!opened.ok(), "opened a read-only file for writing");
    QCOMPARE(opened.error().code, ErrorCode::FileUnusable);
    QVERIFY(!opened.error().message.isEmpty());
    QCOMPARE(fingerprint(path), before);

    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestDatabase::transactionCommitsOnSuccess()
{
    test::TestShop shop;
    MemberRepository repo(shop.database());
    const Status s = shop.database().transaction([&]() -> Status {
        Member m;
        m.card = CardNumber::fromSequence(repo.nextCardSequence().value_or(0));
        m.name = u"Committed"_s;
        m.joinedAt = shop.clock.now();
        m.updatedAt = shop.clock.now();
        auto id = repo.insert(m);
        return id ? Status() : Status(id.error());
    });
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QVERIFY(!shop.database().inTransaction());
    QCOMPARE(repo.count(true).value_or(-1), qint64(1));
    QVERIFY(repo.byCard(CardNumber::fromSequence(1)).value_or(std::nullopt).has_value());
}

void TestDatabase::transactionRollsBackOnFailure()
{
    test::TestShop shop;
    Database &db = shop.database();
    MemberRepository repo(db);
    const auto cardSequence = [&db] {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT value FROM meta WHERE key = 'card_sequence'"_s) && q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(cardSequence(), u"0"_s);

    bool workRan = false;
    const Status s = db.transaction([&]() -> Status {
        workRan = true;
        auto seq = repo.nextCardSequence();
        if (!seq)
            return seq.error();
        Member m;
        m.card = CardNumber::fromSequence(*seq);
        m.name = u"Rolled Back"_s;
        m.phone = u"13800138000"_s;
        m.joinedAt = shop.clock.now();
        m.updatedAt = shop.clock.now();
        if (auto id = repo.insert(m); !id)
            return id.error();
        if (auto q = exec(db.connection(), u"UPDATE settings SET value = 'Changed' WHERE key = 'shop.name'"_s); !q)
            return q.error();
        return Error::refused(u"a rule says no after the writes"_s);
    });
    QVERIFY(workRan);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Refused);
    QVERIFY(!db.inTransaction());

    QCOMPARE(repo.count(true).value_or(-1), qint64(0));
    QVERIFY(!repo.byPhone(u"13800138000"_s).value_or(std::nullopt).has_value());
    QCOMPARE(cardSequence(), u"0"_s);
    auto search = repo.search(u"rolled"_s, 10);
    QVERIFY(search.ok());
    QVERIFY(search->isEmpty());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT value FROM settings WHERE key = 'shop.name'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Test Shop"_s);

    // The connection is usable afterwards: the next transaction commits.
    QVERIFY(db.transaction([&]() -> Status { return repo.nextCardSequence() ? Status() : Error::internal(u"seq"_s); }));
    QCOMPARE(cardSequence(), u"1"_s);
}

void TestDatabase::nestedTransactionJoinsTheOuterOne()
{
    test::TestShop shop;
    Database &db = shop.database();
    MemberRepository repo(db);
    const Status s = db.transaction([&]() -> Status {
        const Status inner = db.transaction([&]() -> Status {
            Member m;
            m.card = CardNumber::fromSequence(repo.nextCardSequence().value_or(0));
            m.name = u"Inner"_s;
            m.joinedAt = shop.clock.now();
            m.updatedAt = shop.clock.now();
            auto id = repo.insert(m);
            return id ? Status() : Status(id.error());
        });
        if (!inner)
            return inner;
        return Error::refused(u"the outer work fails after the inner one succeeded"_s);
    });
    QVERIFY(!s.ok());
    QCOMPARE(repo.count(true).value_or(-1), qint64(0));
}

// In a batch, work that fails dooms the batch: even when the batch goes on and its own work
// succeeds, nothing is committed and the failure is reported.
void TestDatabase::failedNestedWorkDoomsTheBatch()
{
    test::TestShop shop;
    Database &db = shop.database();
    MemberRepository repo(db);
    const auto add = [&](const QString &name, bool thenFail) {
        return db.transaction([&]() -> Status {
            Member m;
            m.card = CardNumber::fromSequence(repo.nextCardSequence().value_or(0));
            m.name = name;
            m.joinedAt = shop.clock.now();
            m.updatedAt = shop.clock.now();
            if (auto id = repo.insert(m); !id)
                return id.error();
            return thenFail ? Status(Error::refused(u"refused after writing"_s)) : Status();
        });
    };
    const Status s = db.transaction([&]() -> Status {
        if (Status a = add(u"First"_s, false); !a)
            return a;
        (void)add(u"Refused"_s, true); // a careless batch carries on
        return add(u"Third"_s, false);
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, u"refused after writing"_s);
    QVERIFY(!db.inTransaction());
    QCOMPARE(repo.count(true).value_or(-1), qint64(0));

    // The next transaction is not affected.
    QVERIFY(db.transaction([&]() -> Status { return add(u"Later"_s, false); }));
    QCOMPARE(repo.count(true).value_or(-1), qint64(1));
}

// A bulk load drops indexes and triggers it does not read; if it is interrupted, the next open
// makes them again and rebuilds the search index.
void TestDatabase::suspendedIndexesComeBackAtNextOpen()
{
    test::TestShop shop;
    const auto indexes = [](Database &db) {
        QStringList names;
        QSqlQuery q(db.connection());
        if (q.exec(u"SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"_s))
            while (q.next())
                names << q.value(0).toString();
        return names;
    };
    const QStringList before = indexes(shop.database());
    QVERIFY(before.contains(u"visits_member"_s));
    QVERIFY(before.contains(u"members_fts_insert"_s));
    QVERIFY(shop.database().suspendIndexes({u"visits_member"_s, u"ledger_member"_s, MemberRepository::searchIndexTrigger()},
                                           {MemberRepository::searchIndexRebuild()}));
    QVERIFY(!indexes(shop.database()).contains(u"visits_member"_s));
    QVERIFY(!indexes(shop.database()).contains(u"ledger_member"_s));
    QVERIFY(!indexes(shop.database()).contains(u"members_fts_insert"_s));
    QVERIFY(!shop.database().suspendIndexes({u"no_such_index"_s}));
    // Added while the search index's trigger is away: found by name once the index is rebuilt.
    MemberFields f;
    f.name = u"Zhang Weiwei"_s;
    QVERIFY(MemberService(shop.database(), shop.clock).add(f));

    shop.db.reset(); // interrupted: the process ends before restoreIndexes()
    auto reopened = Database::open(shop.path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    QCOMPARE(indexes(**reopened), before);
    auto found = MemberRepository(**reopened).search(u"eiwe"_s, 10);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QSqlQuery q((*reopened)->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM meta WHERE key = 'suspended_indexes'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY((*reopened)->restoreIndexes()); // nothing left to do
}

// Times and dates as the file holds them, written digit by digit (bulk loads store millions).
void TestDatabase::timesAsStored_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("stored");
    QTest::newRow("morning") << wallTime(QDate(2026, 3, 11), QTime(7, 5, 9)) << u"2026-03-11T07:05:09"_s;
    QTest::newRow("last second of a year") << wallTime(QDate(1999, 12, 31), QTime(23, 59, 59)) << u"1999-12-31T23:59:59"_s;
    QTest::newRow("29 February") << wallTime(QDate(2028, 2, 29), QTime(0, 0)) << u"2028-02-29T00:00:00"_s;
    QTest::newRow("year 9") << wallTime(QDate(9, 1, 2), QTime(3, 4, 5)) << u"0009-01-02T03:04:05"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestDatabase::timesAsStored()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, stored);
    QCOMPARE(toStorage(time), stored);
    QCOMPARE(toStorage(time), time.toString(u"yyyy-MM-ddTHH:mm:ss"_s)); // what it was before
    QCOMPARE(toStorage(time.date()), time.date().toString(Qt::ISODate));
    if (time.isValid())
        QCOMPARE(dateTimeFromStorage(stored), time);
}

// Checkpoints leave the counter's path: a thread of their own copies the log into the file, and
// the owner's connection only checkpoints by itself as a backstop.
void TestDatabase::checkpointerCopiesTheLogInTheBackground()
{
    test::TestShop shop;
    Database &db = shop.database();
    const auto autoCheckpoint = [&db] {
        QSqlQuery q(db.connection());
        return q.exec(u"PRAGMA wal_autocheckpoint"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    {
        WalCheckpointer checkpointer(db, 20);
        QCOMPARE(autoCheckpoint(), WalCheckpointer::kBackstopPages);
        MemberRepository repo(db);
        for (int i = 0; i < 20; ++i)
            QVERIFY(db.transaction([&]() -> Status { return repo.nextCardSequence() ? Status() : Error::internal(u"seq"_s); }));
        QTRY_VERIFY(checkpointer.checkpoints() >= 2);
    }
    QCOMPARE(autoCheckpoint(), 1000);
}

void TestDatabase::copyToMakesAFileThatOpens()
{
    test::TestShop shop;
    MemberRepository repo(shop.database());
    QVERIFY(shop.database().transaction([&]() -> Status {
        Member m;
        m.card = CardNumber::fromSequence(repo.nextCardSequence().value_or(0));
        m.name = u"王小明"_s;
        m.phone = u"13800138000"_s;
        m.joinedAt = shop.clock.now();
        m.updatedAt = shop.clock.now();
        auto id = repo.insert(m);
        return id ? Status() : Status(id.error());
    }));

    const QString target = shop.dir.filePath(u"copies/copy.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    const Status copied = shop.database().copyTo(target);
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().message));
    QVERIFY(QFileInfo::exists(target));

    {
        auto copy = Database::open(target);
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().message));
        QVERIFY((*copy)->migrationBackup().isEmpty());
        QVERIFY((*copy)->checkIntegrity(true).isEmpty());
        MemberRepository copyRepo(**copy);
        QCOMPARE(copyRepo.count(true).value_or(-1), qint64(1));
        auto found = copyRepo.search(u"wxm"_s, 5);
        QVERIFY(found.ok() && found->size() == 1);
        QCOMPARE(found->first().phone, u"13800138000"_s);
    }

    // A copy never overwrites a file.
    const QByteArray before = fingerprint(target);
    const Status again = shop.database().copyTo(target);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Refused);
    QCOMPARE(fingerprint(target), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
