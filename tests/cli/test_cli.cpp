// loyaltydesk-cli as a black box (SPEC §7, §2, §3.5, §8.10): the real binary, run through QProcess
// exactly as an external checker would, each test on its own shop file in its own temporary folder,
// with HOME and the XDG folders inside that folder so nothing touches the user's real data.
//
// What every test holds the program to:
//   exit 0 — done; with --json, stdout is exactly one JSON object and stderr is empty;
//   exit 1 — refused (a rule, a value that does not parse): a message on stderr, nothing changed;
//   exit 2 — usage error: a message on stderr, the shop file not even opened;
//   exit 3 — the shop file cannot be used: a message on stderr, the file left byte for byte as it was.

#include "CliHarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using namespace loyalty::test;

// The moment every fixture member joins, and a later one for looking at them.
const QString kJoin = u"2026-03-11T10:00:00"_s;
const QDate kJoinDate(2026, 3, 11);

// Replaces {db} in every argument with the sandbox's shop file.
QStringList expand(const QStringList &args, const Sandbox &box)
{
    QStringList out;
    for (QString a : args)
        out << a.replace(u"{db}"_s, box.db());
    return out;
}

Run cli(const Sandbox &box, const QStringList &rawArgs, const QString &workDir = {})
{
    return runCli(box, expand(rawArgs, box), workDir);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// Every file under `dir` with its size and a hash of its bytes, sorted: what "left as it was" means.
QStringList listing(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString entry = QDir(dir).relativeFilePath(path);
        if (info.isFile())
            entry += u' ' + QString::number(info.size()) + u' '
                     + QString::fromLatin1(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex().left(16));
        else
            entry += u'/';
        entries << entry;
    }
    entries.sort();
    return entries;
}

QStringList cardsOf(const QJsonObject &found)
{
    QStringList cards;
    for (const QJsonValue &v : found.value(u"results"_s).toArray())
        cards << v.toObject().value(u"card"_s).toString();
    return cards;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // init
    void initCreatesShop();
    void initRelativePathGivesAbsoluteDb();
    void initWithoutDbUsesAppDataLocation();
    void initRefusesExistingFile_data();
    void initRefusesExistingFile();
    void initRefusedValueCreatesNoFile();

    // exit codes
    void unusableShopFile_data();
    void unusableShopFile();
    void readOnlyShopFile();
    void usageError_data();
    void usageError();
    void refusedChangesNothing_data();
    void refusedChangesNothing();

    // members
    void addJson();
    void addNormalisesPhone_data();
    void addNormalisesPhone();
    void addBirthday_data();
    void addBirthday();
    void nowSetsJoinDate_data();
    void nowSetsJoinDate();
    void find_data();
    void find();
    void findPutsExactCardFirst();
    void findLimit();
    void findByFullWidthDigits();
    void showHasEveryField();
    void showState_data();
    void showState();
    void refForms_data();
    void refForms();
    void updateArchiveRestore();
    void archivedMemberKeepsPhone();

    // the command line itself
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void optionEqualsValue();

    // demo
    void demoCreatesMembers();
    void demoSameSeedSameMembers();
    void demoRefusesShopWithMembers();
    void backupAndRestore();

private:
    // A fresh copy of the fixture shop in `box`.
    bool copyFixture(const Sandbox &box) const;
    // What a refused command must leave as it was: every member as `member show` reports it, and
    // that there are exactly four.
    QByteArray snapshot(const Sandbox &box) const;

    struct Known {
        qint64 id = 0;
        QString card;
        QString name;
        QString phone;
    };

    Sandbox m_fixture;
    QMap<QString, Known> m_members; // m1 … m4
    QString m_fifthCard;            // the card the next member of the fixture shop gets
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI)).isExecutable(), LOYALTY_CLI);
    QVERIFY(m_fixture.isValid());

    const Run init = cli(m_fixture, {u"--db"_s, u"{db}"_s, u"--json"_s, u"init"_s});
    CHECK_JSON_OK(init, created);

    // m1: a Chinese name with every field; m2: a Latin name; m3: a name only (吴晓敏 shares the
    // initials wxm with 王小明); m4: a phone only.
    const QList<std::pair<QString, QStringList>> members = {
        {u"m1"_s,
         {u"--name"_s, u"王小明"_s, u"--phone"_s, u"+86 138-0013-8000"_s, u"--birthday"_s, u"1990-05-20"_s, u"--gender"_s, u"m"_s,
          u"--email"_s, u"xiaoming@example.com"_s, u"--tags"_s, u"regular,tea"_s, u"--note"_s, u"likes oolong"_s, u"--consent"_s, u"yes"_s}},
        {u"m2"_s, {u"--name"_s, u"Alice Smith"_s, u"--phone"_s, u"139 1234 5678"_s}},
        {u"m3"_s, {u"--name"_s, u"吴晓敏"_s}},
        {u"m4"_s, {u"--phone"_s, u"13700001234"_s}},
    };
    for (const auto &[key, fields] : members) {
        const Run add = cli(m_fixture, QStringList{u"--db"_s, u"{db}"_s, u"--now"_s, kJoin, u"--json"_s, u"member"_s, u"add"_s} + fields);
        CHECK_JSON_OK(add, m);
        m_members.insert(key, {m.value(u"id"_s).toInteger(), m.value(u"card"_s).toString(), m.value(u"name"_s).toString(),
                               m.value(u"phone"_s).toString()});
    }
    QCOMPARE(m_members.value(u"m1"_s).phone, u"13800138000"_s);
    QCOMPARE(m_members.value(u"m2"_s).phone, u"13912345678"_s);

    // The card the fifth member gets: a refused command must not use it up.
    Sandbox probe;
    QVERIFY(copyFixture(probe));
    const Run fifth = cli(probe, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"add"_s, u"--name"_s, u"Probe"_s});
    CHECK_JSON_OK(fifth, m5);
    QCOMPARE(m5.value(u"id"_s).toInteger(), 5);
    m_fifthCard = m5.value(u"card"_s).toString();
    QVERIFY(!m_fifthCard.isEmpty());
}

bool TestCli::copyFixture(const Sandbox &box) const
{
    if (!box.isValid())
        return false;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString from = m_fixture.db() + suffix;
        if (QFileInfo::exists(from) && !QFile::copy(from, box.db() + suffix))
            return false;
    }
    return QFileInfo::exists(box.db());
}

QByteArray TestCli::snapshot(const Sandbox &box) const
{
    QByteArray s;
    for (int id = 1; id <= 6; ++id) {
        const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"show"_s, u"id:"_s + QString::number(id)});
        s += QByteArray::number(r.code) + ' ' + (r.code == 0 ? r.out : QByteArray()) + '\n';
    }
    for (const QString &query : {u"8000"_s, u"wxm"_s, u"Alice"_s}) {
        const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, query});
        s += QByteArray::number(r.code) + ' ' + r.out + '\n';
    }
    return s;
}

// ---------------------------------------------------------------------------------------------
// init

void TestCli::initCreatesShop()
{
    Sandbox box;
    QVERIFY(!QFileInfo::exists(box.db()));
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"init"_s});
    CHECK_JSON_OK(r, o);
    QVERIFY(o.value(u"db"_s).isString());
    QCOMPARE(QFileInfo(o.value(u"db"_s).toString()).canonicalFilePath(), QFileInfo(box.db()).canonicalFilePath());
    QVERIFY(QFileInfo(box.db()).isFile());
    QVERIFY(fileBytes(box.db()).startsWith(QByteArrayLiteral("SQLite format 3")));

    // A usable, empty shop.
    const Run find = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"8000"_s});
    CHECK_JSON_OK(find, found);
    QVERIFY(found.value(u"results"_s).isArray());
    QCOMPARE(found.value(u"results"_s).toArray().size(), 0);

    // Without --json: a message for people, exit 0.
    Sandbox text;
    const Run plain = cli(text, {u"--db"_s, u"{db}"_s, u"init"_s});
    CHECK_EXIT(plain, 0);
    QVERIFY(QFileInfo(text.db()).isFile());
}

void TestCli::initRelativePathGivesAbsoluteDb()
{
    Sandbox box;
    const Run r = cli(box, {u"--json"_s, u"init"_s, u"--db"_s, u"sub/dir/my shop.sqlite"_s}, box.shopDir());
    CHECK_JSON_OK(r, o);
    const QString db = o.value(u"db"_s).toString();
    QVERIFY2(QDir::isAbsolutePath(db), qPrintable(db));
    QCOMPARE(QFileInfo(db).canonicalFilePath(), QFileInfo(box.shopFile(u"sub/dir/my shop.sqlite"_s)).canonicalFilePath());
}

void TestCli::initWithoutDbUsesAppDataLocation()
{
    // Without --db the shop goes to the user's data folder — here the sandbox's XDG_DATA_HOME.
    Sandbox box;
    const Run r = cli(box, {u"init"_s, u"--json"_s});
    CHECK_JSON_OK(r, o);
    const QString db = o.value(u"db"_s).toString();
    QVERIFY2(QFileInfo(db).canonicalFilePath().startsWith(QFileInfo(box.dataHome()).canonicalFilePath() + u'/'), qPrintable(db));
    QVERIFY(QFileInfo(db).isFile());

    // And the commands find it there.
    const Run add = cli(box, {u"member"_s, u"add"_s, u"--name"_s, u"Default"_s, u"--json"_s});
    CHECK_JSON_OK(add, m);
    QCOMPARE(m.value(u"name"_s).toString(), u"Default"_s);
}

void TestCli::initRefusesExistingFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a shop") << u"shop"_s;
    QTest::newRow("a text file") << u"text"_s;
    QTest::newRow("an empty file") << u"empty"_s;
}

void TestCli::initRefusesExistingFile()
{
    QFETCH(QString, kind);
    Sandbox box;
    if (kind == u"shop")
        QVERIFY(copyFixture(box));
    else
        QVERIFY(writeFile(box.db(), kind == u"text" ? QByteArrayLiteral("my shopping list\nmilk\n") : QByteArray()));
    const QStringList before = listing(box.shopDir());
    const QByteArray bytes = fileBytes(box.db());

    for (const bool json : {false, true}) {
        QStringList args{u"--db"_s, u"{db}"_s, u"init"_s};
        if (json)
            args << u"--json"_s;
        const Run r = cli(box, args);
        CHECK_FAILURE(r, 1, json);
        QCOMPARE(fileBytes(box.db()), bytes);
        QCOMPARE(listing(box.shopDir()), before);
    }
}

void TestCli::initRefusedValueCreatesNoFile()
{
    Sandbox box;
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"init"_s, u"--currency"_s, u"not money"_s});
    CHECK_FAILURE(r, 1, false);
    QVERIFY(!QFileInfo::exists(box.db()));
    QCOMPARE(listing(box.shopDir()), QStringList());
}

// ---------------------------------------------------------------------------------------------
// Exit 3: the shop file cannot be used, and is left exactly as it was.

void TestCli::unusableShopFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing file") << u"missing"_s;
    QTest::newRow("a folder") << u"folder"_s;
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("random bytes") << u"random"_s;
    QTest::newRow("SQLite header then garbage") << u"header+garbage"_s;
    QTest::newRow("another program's SQLite file") << u"foreign"_s;
    QTest::newRow("another program's SQLite file, WAL mode") << u"foreign-wal"_s;
    QTest::newRow("shop with another application id") << u"application-id"_s;
    QTest::newRow("shop from a newer version") << u"newer"_s;
    QTest::newRow("shop truncated to 100 bytes") << u"truncate:100"_s;
    QTest::newRow("shop truncated to its first page") << u"truncate:4096"_s;
    QTest::newRow("shop truncated to half") << u"truncate:half"_s;
    QTest::newRow("shop with pages zeroed") << u"zeroed"_s;
}

void TestCli::unusableShopFile()
{
    QFETCH(QString, kind);
    Sandbox box;
    const auto patchedFixture = [&](const std::function<void(QByteArray &)> &patch) {
        QByteArray bytes = fileBytes(m_fixture.db());
        QVERIFY(bytes.size() > 8192);
        patch(bytes);
        QVERIFY(writeFile(box.db(), bytes));
    };
    const auto bigEndian = [](QByteArray &bytes, int offset, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bytes[offset + i] = char((value >> (8 * (3 - i))) & 0xff);
    };

    if (kind == u"missing") {
        // nothing
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(box.db()));
    } else if (kind == u"text") {
        QVERIFY(writeFile(box.db(), QByteArrayLiteral("card,name,phone\n8000000011,王小明,13800138000\n")));
    } else if (kind == u"empty") {
        QVERIFY(writeFile(box.db(), {}));
    } else if (kind == u"random" || kind == u"header+garbage") {
        QRandomGenerator rng(20260311);
        QByteArray bytes(16384, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        if (kind == u"random")
            bytes[0] = 'x';
        else
            bytes.replace(0, 100, fileBytes(m_fixture.db()).left(100));
        QVERIFY(writeFile(box.db(), bytes));
    } else if (kind.startsWith(u"foreign")) {
        const QString fixture = QStringLiteral(LOYALTY_TEST_DATA) + u"/cli/"_s + kind + u".sqlite"_s;
        QVERIFY2(QFile::copy(fixture, box.db()), qPrintable(fixture));
        QFile(box.db()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else if (kind == u"application-id") {
        patchedFixture([&](QByteArray &b) { bigEndian(b, 68, 0x46524F47); }); // SQLite header: application_id
    } else if (kind == u"newer") {
        patchedFixture([&](QByteArray &b) { bigEndian(b, 60, 99); });         // SQLite header: user_version
    } else if (kind.startsWith(u"truncate:")) {
        patchedFixture([&](QByteArray &b) {
            const QString size = kind.mid(9);
            b.truncate(size == u"half" ? b.size() / 2 : size.toInt());
        });
    } else if (kind == u"zeroed") {
        patchedFixture([&](QByteArray &b) { b.replace(4096 * 2, 4096 * 6, QByteArray(4096 * 6, '\0')); });
    } else {
        QFAIL("unknown kind");
    }
    if (QTest::currentTestFailed()) // a check inside patchedFixture failed
        return;
    const bool existed = QFileInfo::exists(box.db());
    const QByteArray bytes = fileBytes(box.db());
    const QStringList before = listing(box.shopDir());

    struct Case {
        QStringList args;
        bool json;
    };
    QList<Case> cases = {
        {{u"--db"_s, u"{db}"_s, u"member"_s, u"add"_s, u"--name"_s, u"Probe"_s, u"--phone"_s, u"13600000000"_s}, false},
        {{u"member"_s, u"find"_s, u"8000"_s, u"--db"_s, u"{db}"_s, u"--json"_s}, true},
        {{u"--db"_s, u"{db}"_s, u"member"_s, u"show"_s, u"id:1"_s}, false},
        {{u"--json"_s, u"--db={db}"_s, u"member"_s, u"archive"_s, u"id:1"_s}, true},
    };
    if (existed) // demo fills a missing file; an existing one must be a shop
        cases.append({{u"--db"_s, u"{db}"_s, u"demo"_s, u"--members"_s, u"3"_s}, false});

    for (const Case &c : std::as_const(cases)) {
        const Run r = cli(box, c.args);
        CHECK_FAILURE(r, 3, c.json);
        QCOMPARE(QFileInfo::exists(box.db()), existed);
        QVERIFY2(fileBytes(box.db()) == bytes, qPrintable(u"the file changed\n"_s + r.describe()));
        QCOMPARE(listing(box.shopDir()), before);
    }
}

void TestCli::readOnlyShopFile()
{
    // SPEC §8.10: a read-only shop file gets a clear message and nothing changes.
    Sandbox box;
    QVERIFY(copyFixture(box));
    QVERIFY(QFile(box.db()).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    if (QFileInfo(box.db()).isWritable())
        QSKIP("the file stays writable for this user (root): cannot test a read-only shop file");
    const QByteArray bytes = fileBytes(box.db());
    const QStringList before = listing(box.shopDir());
    for (const bool json : {false, true}) {
        QStringList args{u"--db"_s, u"{db}"_s, u"member"_s, u"add"_s, u"--name"_s, u"Probe"_s};
        if (json)
            args << u"--json"_s;
        const Run r = cli(box, args);
        CHECK_FAILURE(r, 3, json);
        QCOMPARE(fileBytes(box.db()), bytes);
        QCOMPARE(listing(box.shopDir()), before);
    }
}

// ---------------------------------------------------------------------------------------------
// Exit 2: usage errors. Found before the shop is opened, so the file does not change at all.

void TestCli::usageError_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList db{u"--db"_s, u"{db}"_s};
    const QStringList add{u"member"_s, u"add"_s, u"--name"_s, u"Bob"_s};

    QTest::newRow("no command") << QStringList();
    QTest::newRow("only global options") << (db + QStringList{u"--json"_s});
    QTest::newRow("unknown command") << (db + QStringList{u"frobnicate"_s});
    QTest::newRow("unknown member command") << (db + QStringList{u"member"_s, u"frobnicate"_s, u"x"_s});
    QTest::newRow("member without its command") << (db + QStringList{u"member"_s});
    QTest::newRow("unknown option before the command") << (db + QStringList{u"--bogus"_s, u"member"_s, u"find"_s, u"8000"_s});
    QTest::newRow("unknown option after the command") << (db + QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--bogus"_s});
    QTest::newRow("unknown option with a value") << (db + QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--bogus=1"_s});
    QTest::newRow("another command's option") << (db + QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--members"_s, u"5"_s});
    QTest::newRow("missing value of --name") << (db + QStringList{u"member"_s, u"add"_s, u"--name"_s});
    QTest::newRow("missing value of --limit") << (db + QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--limit"_s});
    QTest::newRow("missing value of --db") << QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--db"_s};
    QTest::newRow("missing value of --now") << (db + add + QStringList{u"--now"_s});
    QTest::newRow("--db given twice") << (db + db + QStringList{u"member"_s, u"find"_s, u"8000"_s});
    QTest::newRow("--now given twice")
        << (db + QStringList{u"--now"_s, u"2026-03-11T10:00:00"_s, u"--now"_s, u"2026-03-12T10:00:00"_s, u"member"_s, u"find"_s, u"8000"_s});
    QTest::newRow("a value for a flag") << (db + QStringList{u"--json=yes"_s, u"member"_s, u"find"_s, u"8000"_s});
    QTest::newRow("member add with neither name nor phone") << (db + QStringList{u"member"_s, u"add"_s});
    QTest::newRow("member add with only an email") << (db + QStringList{u"member"_s, u"add"_s, u"--email"_s, u"a@example.com"_s});
    QTest::newRow("member show without REF") << (db + QStringList{u"member"_s, u"show"_s});
    QTest::newRow("member show with two REFs") << (db + QStringList{u"member"_s, u"show"_s, u"id:1"_s, u"id:2"_s});
    QTest::newRow("member find without QUERY") << (db + QStringList{u"member"_s, u"find"_s});
    QTest::newRow("member update without fields") << (db + QStringList{u"member"_s, u"update"_s, u"id:1"_s});
    QTest::newRow("member archive without REF") << (db + QStringList{u"member"_s, u"archive"_s});
    QTest::newRow("--limit twice") << (db + QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--limit"_s, u"5"_s, u"--limit"_s, u"6"_s});
    QTest::newRow("--limit= twice") << (db + QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--limit=5"_s, u"--limit=5"_s});
    QTest::newRow("--name twice") << (db + QStringList{u"member"_s, u"add"_s, u"--name"_s, u"A"_s, u"--name"_s, u"B"_s});

    const QStringList badNow = {u"yesterday"_s,           u""_s,                   u"2026-02-30T10:00:00"_s, u"2026-13-01T10:00:00"_s,
                                u"2026-03-11T25:00:00"_s, u"2026-03-11T10:61:00"_s, u"11/03/2026 10:00"_s,    u"2026-3-11T10:00:00"_s,
                                u"20260311T100000"_s,     u"2026-03-11T10:00:00 and more"_s, u"1741687200"_s};
    for (const QString &now : badNow) {
        QTest::addRow("--now \"%s\"", qPrintable(now)) << (db + QStringList{u"--now"_s, now} + add);
        QTest::addRow("--now=\"%s\" after the command", qPrintable(now)) << (db + add + QStringList{u"--now="_s + now});
    }
}

void TestCli::usageError()
{
    QFETCH(QStringList, args);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QByteArray bytes = fileBytes(box.db());
    const QStringList before = listing(box.shopDir());

    const Run r = cli(box, args);
    CHECK_EXIT(r, 2);
    // A usage error explains itself on stderr; stdout stays clean for scripts.
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(u"no message on stderr\n"_s + r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(u"stdout is not empty\n"_s + r.describe()));
    QCOMPARE(fileBytes(box.db()), bytes);
    QCOMPARE(listing(box.shopDir()), before);
}

// ---------------------------------------------------------------------------------------------
// Exit 1: refused, with a message, and nothing changed.

void TestCli::refusedChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList add{u"member"_s, u"add"_s, u"--name"_s, u"Bob"_s};
    const QString m1 = m_members.value(u"m1"_s).card;

    QTest::newRow("phone with letters") << (add + QStringList{u"--phone"_s, u"138abcd8000"_s});
    QTest::newRow("phone too short") << (add + QStringList{u"--phone"_s, u"12345"_s});
    QTest::newRow("phone too long") << (add + QStringList{u"--phone"_s, u"1234567890123456"_s});
    QTest::newRow("mobile with 10 digits") << (add + QStringList{u"--phone"_s, u"1380013800"_s});
    QTest::newRow("only a bad phone") << QStringList{u"member"_s, u"add"_s, u"--phone"_s, u"call me"_s};
    QTest::newRow("duplicate phone") << (add + QStringList{u"--phone"_s, u"13800138000"_s});
    QTest::newRow("duplicate phone spelled +86") << (add + QStringList{u"--phone"_s, u"+86 138-0013-8000"_s});
    QTest::newRow("duplicate phone spelled 0086") << (add + QStringList{u"--phone"_s, u"0086 138 0013 8000"_s});
    QTest::newRow("duplicate phone of a phone-only member") << QStringList{u"member"_s, u"add"_s, u"--phone"_s, u"137-0000-1234"_s};
    QTest::newRow("name of 2000 characters") << QStringList{u"member"_s, u"add"_s, u"--name"_s, QString(2000, u'x')};
    QTest::newRow("name of 2000 Chinese characters")
        << QStringList{u"member"_s, u"add"_s, u"--name"_s, QString(2000, u'王'), u"--phone"_s, u"13600000000"_s};
    QTest::newRow("empty name and no phone") << QStringList{u"member"_s, u"add"_s, u"--name"_s, u"   "_s};
    QTest::newRow("birthday 2023-02-29") << (add + QStringList{u"--birthday"_s, u"2023-02-29"_s});
    QTest::newRow("birthday 13-01") << (add + QStringList{u"--birthday"_s, u"13-01"_s});
    QTest::newRow("birthday 02-30") << (add + QStringList{u"--birthday"_s, u"02-30"_s});
    QTest::newRow("birthday in words") << (add + QStringList{u"--birthday"_s, u"May 20"_s});
    QTest::newRow("birthday after --now") << (add + QStringList{u"--birthday"_s, u"2026-03-12"_s, u"--now"_s, kJoin});
    QTest::newRow("email without @") << (add + QStringList{u"--email"_s, u"bob.example.com"_s});
    QTest::newRow("email without domain dot") << (add + QStringList{u"--email"_s, u"bob@example"_s});
    QTest::newRow("email with two @") << (add + QStringList{u"--email"_s, u"bob@@example.com"_s});
    QTest::newRow("email with a space") << (add + QStringList{u"--email"_s, u"bob smith@example.com"_s});
    QTest::newRow("gender q") << (add + QStringList{u"--gender"_s, u"q"_s});
    QTest::newRow("consent maybe") << (add + QStringList{u"--consent"_s, u"maybe"_s});
    QTest::newRow("unknown referrer") << (add + QStringList{u"--referrer"_s, u"8999999999"_s});
    QTest::newRow("show unknown card") << QStringList{u"member"_s, u"show"_s, u"8999999999"_s};
    QTest::newRow("show unknown phone") << QStringList{u"member"_s, u"show"_s, u"13999999999"_s};
    QTest::newRow("show unknown id") << QStringList{u"member"_s, u"show"_s, u"id:999"_s};
    QTest::newRow("show id:abc") << QStringList{u"member"_s, u"show"_s, u"id:abc"_s};
    QTest::newRow("update unknown id") << QStringList{u"member"_s, u"update"_s, u"id:999"_s, u"--name"_s, u"X"_s};
    QTest::newRow("update unknown card") << QStringList{u"member"_s, u"update"_s, u"8999999999"_s, u"--name"_s, u"X"_s};
    QTest::newRow("update with a bad phone keeps the name")
        << QStringList{u"member"_s, u"update"_s, m1, u"--name"_s, u"Changed"_s, u"--phone"_s, u"abc"_s};
    QTest::newRow("update with a bad birthday keeps the email")
        << QStringList{u"member"_s, u"update"_s, m1, u"--email"_s, u"new@example.com"_s, u"--birthday"_s, u"2023-02-29"_s};
    QTest::newRow("update to another member's phone") << QStringList{u"member"_s, u"update"_s, u"id:2"_s, u"--phone"_s, u"138 0013 8000"_s};
    QTest::newRow("update to a name of 2000 characters") << QStringList{u"member"_s, u"update"_s, u"id:2"_s, u"--name"_s, QString(2000, u'y')};
    QTest::newRow("update removing the only phone") << QStringList{u"member"_s, u"update"_s, u"id:4"_s, u"--phone"_s, u""_s};
    QTest::newRow("archive unknown") << QStringList{u"member"_s, u"archive"_s, u"id:999"_s};
    QTest::newRow("restore an active member") << QStringList{u"member"_s, u"restore"_s, u"id:1"_s};
    QTest::newRow("find --limit abc") << QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--limit"_s, u"abc"_s};
    QTest::newRow("find --limit 0") << QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--limit"_s, u"0"_s};
    QTest::newRow("find --limit -1") << QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--limit=-1"_s};
    QTest::newRow("find --limit 2.5") << QStringList{u"member"_s, u"find"_s, u"8000"_s, u"--limit"_s, u"2.5"_s};
    QTest::newRow("demo into a shop with members") << QStringList{u"demo"_s, u"--members"_s, u"5"_s};
    QTest::newRow("demo --members abc") << QStringList{u"demo"_s, u"--members"_s, u"abc"_s};
    QTest::newRow("init over the shop") << QStringList{u"init"_s};
}

void TestCli::refusedChangesNothing()
{
    QFETCH(QStringList, args);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QByteArray before = snapshot(box);
    QVERIFY(before.startsWith("0 {")); // the snapshot sees the members

    for (const bool json : {false, true}) {
        QStringList full = QStringList{u"--db"_s, u"{db}"_s} + args;
        if (json)
            full << u"--json"_s;
        const Run r = cli(box, full);
        CHECK_FAILURE(r, 1, json);
        QCOMPARE(snapshot(box), before);
    }

    // Not even a card number was used up.
    const Run next = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"add"_s, u"--name"_s, u"Next"_s});
    CHECK_JSON_OK(next, m);
    QCOMPARE(m.value(u"id"_s).toInteger(), 5);
    QCOMPARE(m.value(u"card"_s).toString(), m_fifthCard);
}

// ---------------------------------------------------------------------------------------------
// member add / find / show / update / archive / restore

void TestCli::addJson()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"add"_s, u"--name"_s, u"李华"_s,
                            u"--phone"_s, u"+86 136 0000 0001"_s});
    CHECK_JSON_OK(r, m);
    for (const QString &key : {u"id"_s, u"points"_s, u"tier_level"_s})
        CHECK_INTEGER(r, m, key);
    QCOMPARE(m.value(u"id"_s).toInteger(), 5);
    QVERIFY(m.value(u"card"_s).isString());
    QCOMPARE(m.value(u"card"_s).toString(), m_fifthCard);
    QCOMPARE(m.value(u"name"_s).toString(), u"李华"_s);
    QCOMPARE(m.value(u"phone"_s).toString(), u"13600000001"_s);
    QCOMPARE(m.value(u"tier"_s).toString(), u"Normal"_s);
    QCOMPARE(m.value(u"tier_level"_s).toInteger(), 0);
    QCOMPARE(m.value(u"points"_s).toInteger(), 0);

    // Every member has their own card.
    QStringList cards{m.value(u"card"_s).toString()};
    for (const Known &k : std::as_const(m_members))
        cards << k.card;
    cards.removeDuplicates();
    QCOMPARE(cards.size(), 5);

    // Without --json: a line for people on stdout, nothing on stderr.
    const Run text = cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"add"_s, u"--name"_s, u"Plain"_s});
    CHECK_EXIT(text, 0);
    QVERIFY(!text.out.trimmed().isEmpty());
    QVERIFY2(text.err.isEmpty(), qPrintable(text.describe()));
}

void TestCli::addNormalisesPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::newRow("digits") << u"13600000002"_s << u"13600000002"_s;
    QTest::newRow("spaces") << u"136 0000 0002"_s << u"13600000002"_s;
    QTest::newRow("dashes") << u"136-0000-0002"_s << u"13600000002"_s;
    QTest::newRow("+86 with dashes") << u"+86 136-0000-0002"_s << u"13600000002"_s;
    QTest::newRow("+86 glued") << u"+8613600000002"_s << u"13600000002"_s;
    QTest::newRow("0086") << u"0086 136 0000 0002"_s << u"13600000002"_s;
    QTest::newRow("surrounding spaces") << u"  13600000002 "_s << u"13600000002"_s;
}

void TestCli::addNormalisesPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"add"_s, u"--phone"_s, input});
    CHECK_JSON_OK(r, m);
    QCOMPARE(m.value(u"phone"_s).toString(), stored);

    // Stored that way: the normalised number finds the member.
    const Run show = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"show"_s, stored});
    CHECK_JSON_OK(show, shown);
    QCOMPARE(shown.value(u"id"_s).toInteger(), m.value(u"id"_s).toInteger());
}

void TestCli::addBirthday_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("YYYY-MM-DD") << u"1990-05-20"_s << u"1990-05-20"_s;
    QTest::newRow("MM-DD") << u"05-20"_s << u"05-20"_s;
    QTest::newRow("02-29 without a year") << u"02-29"_s << u"02-29"_s;
    QTest::newRow("leap day with a leap year") << u"2000-02-29"_s << u"2000-02-29"_s;
}

void TestCli::addBirthday()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"add"_s, u"--name"_s, u"Bday"_s,
                            u"--birthday"_s, input});
    CHECK_JSON_OK(r, m);
    const Run show = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"show"_s, u"id:5"_s});
    CHECK_JSON_OK(show, s);
    QCOMPARE(s.value(u"birthday"_s).toString(), shown);
}

void TestCli::nowSetsJoinDate_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("joined");
    QTest::newRow("2026-03-11T10:00:00") << kJoin << u"2026-03-11"_s;
    QTest::newRow("last second of a year") << u"2026-12-31T23:59:59"_s << u"2026-12-31"_s;
    QTest::newRow("first second of a year") << u"2027-01-01T00:00:00"_s << u"2027-01-01"_s;
    QTest::newRow("leap day") << u"2028-02-29T12:00:00"_s << u"2028-02-29"_s;
    QTest::newRow("long ago") << u"2019-07-01T08:30:00"_s << u"2019-07-01"_s;
}

void TestCli::nowSetsJoinDate()
{
    QFETCH(QString, now);
    QFETCH(QString, joined);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run add = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, now, u"member"_s, u"add"_s, u"--name"_s, u"Joiner"_s});
    CHECK_JSON_OK(add, m);
    QCOMPARE(m.value(u"joined"_s).toString(), joined);

    // Seen ten days later: joined that day, absent ten days.
    const QString later = QDateTime::fromString(now, Qt::ISODate).addDays(10).toString(Qt::ISODate);
    const Run show = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, later, u"member"_s, u"show"_s, u"id:5"_s});
    CHECK_JSON_OK(show, s);
    QCOMPARE(s.value(u"joined"_s).toString(), joined);
    QCOMPARE(s.value(u"days_absent"_s).toInteger(), 10);
}

void TestCli::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("member"); // who must be in the results
    QTest::addColumn<bool>("first");     // … as the first result

    QTest::newRow("last 4 digits") << u"8000"_s << u"m1"_s << true;
    QTest::newRow("full phone") << u"13800138000"_s << u"m1"_s << true;
    QTest::newRow("phone with dashes") << u"138-0013-8000"_s << u"m1"_s << true;
    QTest::newRow("phone with +86") << u"+86 138 0013 8000"_s << u"m1"_s << true;
    QTest::newRow("card") << m_members.value(u"m1"_s).card << u"m1"_s << true;
    QTest::newRow("card of a phone-only member") << m_members.value(u"m4"_s).card << u"m4"_s << true;
    QTest::newRow("last 4 digits of a phone-only member") << u"1234"_s << u"m4"_s << false;
    QTest::newRow("full Chinese name") << u"王小明"_s << u"m1"_s << true;
    QTest::newRow("Chinese given name") << u"小明"_s << u"m1"_s << false;
    QTest::newRow("Chinese surname") << u"王"_s << u"m1"_s << false;
    QTest::newRow("pinyin full") << u"wangxiaoming"_s << u"m1"_s << true;
    QTest::newRow("pinyin with capitals") << u"WangXiaoming"_s << u"m1"_s << true;
    QTest::newRow("pinyin with spaces") << u"wang xiao ming"_s << u"m1"_s << true;
    QTest::newRow("pinyin start") << u"wangx"_s << u"m1"_s << false;
    QTest::newRow("initials wxm") << u"wxm"_s << u"m1"_s << false;
    QTest::newRow("initials wxm, the other one") << u"wxm"_s << u"m3"_s << false;
    QTest::newRow("initials in capitals") << u"WXM"_s << u"m1"_s << false;
    QTest::newRow("Latin first name") << u"Alice"_s << u"m2"_s << true;
    QTest::newRow("Latin first name, lower case") << u"alice"_s << u"m2"_s << true;
    QTest::newRow("Latin last name") << u"Smith"_s << u"m2"_s << false;
    QTest::newRow("Latin full name") << u"alice smith"_s << u"m2"_s << true;
    QTest::newRow("inside a Latin name") << u"lice"_s << u"m2"_s << false;
}

void TestCli::find()
{
    QFETCH(QString, query);
    QFETCH(QString, member);
    QFETCH(bool, first);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, query});
    CHECK_JSON_OK(r, o);
    QVERIFY2(o.value(u"results"_s).isArray(), qPrintable(r.describe()));
    const QStringList cards = cardsOf(o);
    const QString card = m_members.value(member).card;
    QVERIFY2(cards.contains(card), qPrintable(u"expected card "_s + card + u'\n' + r.describe()));
    if (first)
        QCOMPARE(cards.first(), card);
    for (const QJsonValue &v : o.value(u"results"_s).toArray()) {
        QVERIFY(v.isObject());
        QVERIFY(v.toObject().value(u"id"_s).isDouble());
    }

    // Nothing matches: an empty list, still exit 0.
    const Run none = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"zzqqxx"_s});
    CHECK_JSON_OK(none, n);
    QVERIFY(n.value(u"results"_s).isArray());
    QCOMPARE(n.value(u"results"_s).toArray().size(), 0);
}

void TestCli::findPutsExactCardFirst()
{
    // m1 (the older member) gets a phone that ends with m2's card: searching m2's card matches
    // both, the exact card first.
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QString card2 = m_members.value(u"m2"_s).card;
    const QString phone = u'1' + card2;
    QCOMPARE(phone.size(), 11);
    const Run update = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"update"_s, u"id:1"_s, u"--phone"_s, phone});
    CHECK_JSON_OK(update, u);
    QCOMPARE(u.value(u"phone"_s).toString(), phone);

    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, card2});
    CHECK_JSON_OK(r, o);
    const QStringList cards = cardsOf(o);
    QVERIFY2(cards.size() >= 2, qPrintable(r.describe()));
    QCOMPARE(cards.first(), card2);
    QVERIFY(cards.contains(m_members.value(u"m1"_s).card));
}

void TestCli::findLimit()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    // Both 王小明 and 吴晓敏 answer to wxm.
    const Run all = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"wxm"_s});
    CHECK_JSON_OK(all, a);
    QCOMPARE(a.value(u"results"_s).toArray().size(), 2);
    const Run one = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"wxm"_s, u"--limit"_s, u"1"_s});
    CHECK_JSON_OK(one, o);
    QCOMPARE(o.value(u"results"_s).toArray().size(), 1);
}

void TestCli::findByFullWidthDigits()
{
    // A Chinese IME in full-width mode types ８０００. `member show` reads such a phone (SPEC §2
    // normalisation), so the counter search should too.
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run show = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"show"_s, u"１３８００１３８０００"_s});
    CHECK_JSON_OK(show, s);
    QCOMPARE(s.value(u"card"_s).toString(), m_members.value(u"m1"_s).card);

    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"８０００"_s});
    CHECK_JSON_OK(r, o);
    QVERIFY2(cardsOf(o).contains(m_members.value(u"m1"_s).card), qPrintable(r.describe()));
}

void TestCli::showHasEveryField()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Known m1 = m_members.value(u"m1"_s);
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"show"_s, m1.card});
    CHECK_JSON_OK(r, o);

    // Every field SPEC §7 lists, with its type.
    for (const QString &key : {u"id"_s, u"points"_s, u"spend_12m_cents"_s, u"visits"_s, u"days_absent"_s, u"to_next_tier_cents"_s,
                               u"tier_level"_s, u"expected_gap_days"_s})
        CHECK_INTEGER(r, o, key);
    for (const QString &key : {u"card"_s, u"name"_s, u"phone"_s, u"birthday"_s, u"tier"_s, u"state"_s, u"next_tier"_s})
        QVERIFY2(o.value(key).isString(), qPrintable(key + u" is not a string\n"_s + r.describe()));
    for (const QString &key : {u"points_expiring"_s, u"last_items"_s, u"coupons"_s})
        QVERIFY2(o.value(key).isArray(), qPrintable(key + u" is not a list\n"_s + r.describe()));
    for (const QString &key : {u"last_visit"_s, u"typical_gap_days"_s}) {
        QVERIFY2(o.contains(key), qPrintable(u"no field "_s + key));
        QVERIFY2(o.value(key).isNull(), qPrintable(key + u" is not null for a member without visits\n"_s + r.describe()));
    }

    QCOMPARE(o.value(u"id"_s).toInteger(), m1.id);
    QCOMPARE(o.value(u"card"_s).toString(), m1.card);
    QCOMPARE(o.value(u"name"_s).toString(), u"王小明"_s);
    QCOMPARE(o.value(u"phone"_s).toString(), u"13800138000"_s);
    QCOMPARE(o.value(u"birthday"_s).toString(), u"1990-05-20"_s);
    QCOMPARE(o.value(u"tier"_s).toString(), u"Normal"_s);
    QCOMPARE(o.value(u"tier_level"_s).toInteger(), 0);
    QCOMPARE(o.value(u"points"_s).toInteger(), 0);
    QCOMPARE(o.value(u"spend_12m_cents"_s).toInteger(), 0);
    QCOMPARE(o.value(u"visits"_s).toInteger(), 0);
    QCOMPARE(o.value(u"state"_s).toString(), u"new"_s); // joined today
    QCOMPARE(o.value(u"days_absent"_s).toInteger(), 0);
    QCOMPARE(o.value(u"expected_gap_days"_s).toInteger(), 30);
    QCOMPARE(o.value(u"points_expiring"_s).toArray().size(), 0);
    QCOMPARE(o.value(u"next_tier"_s).toString(), u"Silver"_s);
    QCOMPARE(o.value(u"to_next_tier_cents"_s).toInteger(), 50000); // Silver at ¥500 (SPEC §3.4)
    QCOMPARE(o.value(u"joined"_s).toString(), u"2026-03-11"_s);

    // A member without a birthday: null, not an empty string.
    const Run m3 = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"show"_s, u"id:3"_s});
    CHECK_JSON_OK(m3, o3);
    QVERIFY2(o3.contains(u"birthday"_s) && o3.value(u"birthday"_s).isNull(), qPrintable(m3.describe()));
    QCOMPARE(o3.value(u"name"_s).toString(), u"吴晓敏"_s);

    // Without --json: text for people.
    const Run text = cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"show"_s, m1.card});
    CHECK_EXIT(text, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(m1.card));
    QVERIFY(text.err.isEmpty());
}

void TestCli::showState_data()
{
    // A member who joined on 2026-03-11 at 10:00 and never came: fewer than 2 visits and joined at
    // most 30 days ago is new; then the fallback gap of 30 days rules (SPEC §3.5): active up to
    // 2 × 30 days absent, at risk up to 4 × 30, dormant up to 365, then lost. Days are calendar days.
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("state");
    QTest::newRow("joined today") << 0 << u"10:00:00"_s << u"new"_s;
    QTest::newRow("same evening") << 0 << u"23:59:59"_s << u"new"_s;
    QTest::newRow("next day, 14 hours later") << 1 << u"00:00:01"_s << u"new"_s;
    QTest::newRow("30 days") << 30 << u"10:00:00"_s << u"new"_s;
    QTest::newRow("31 days") << 31 << u"10:00:00"_s << u"active"_s;
    QTest::newRow("60 days") << 60 << u"10:00:00"_s << u"active"_s;
    QTest::newRow("60 days, late") << 60 << u"23:59:59"_s << u"active"_s;
    QTest::newRow("61 days") << 61 << u"10:00:00"_s << u"at_risk"_s;
    QTest::newRow("61 days, just after midnight") << 61 << u"00:00:01"_s << u"at_risk"_s;
    QTest::newRow("120 days") << 120 << u"10:00:00"_s << u"at_risk"_s;
    QTest::newRow("121 days") << 121 << u"10:00:00"_s << u"dormant"_s;
    QTest::newRow("365 days") << 365 << u"10:00:00"_s << u"dormant"_s;
    QTest::newRow("366 days") << 366 << u"10:00:00"_s << u"lost"_s;
}

void TestCli::showState()
{
    QFETCH(int, days);
    QFETCH(QString, time);
    QFETCH(QString, state);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QString now = kJoinDate.addDays(days).toString(Qt::ISODate) + u'T' + time;
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, now, u"member"_s, u"show"_s, m_members.value(u"m2"_s).card});
    CHECK_JSON_OK(r, o);
    QCOMPARE(o.value(u"state"_s).toString(), state);
    QCOMPARE(o.value(u"days_absent"_s).toInteger(), days);
    QVERIFY(o.value(u"typical_gap_days"_s).isNull());
    QCOMPARE(o.value(u"expected_gap_days"_s).toInteger(), 30);
    QVERIFY(o.value(u"last_visit"_s).isNull());
}

void TestCli::refForms_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("member");
    QTest::newRow("card") << m_members.value(u"m1"_s).card << u"m1"_s;
    QTest::newRow("card of a name-only member") << m_members.value(u"m3"_s).card << u"m3"_s;
    QTest::newRow("phone") << u"13800138000"_s << u"m1"_s;
    QTest::newRow("phone with spaces") << u"138 0013 8000"_s << u"m1"_s;
    QTest::newRow("phone with dashes") << u"138-0013-8000"_s << u"m1"_s;
    QTest::newRow("phone with +86") << u"+86 138-0013-8000"_s << u"m1"_s;
    QTest::newRow("phone with +86 glued") << u"+8613800138000"_s << u"m1"_s;
    QTest::newRow("phone with 0086") << u"0086 13800138000"_s << u"m1"_s;
    QTest::newRow("phone of a phone-only member") << u"137 0000 1234"_s << u"m4"_s;
    QTest::newRow("id:1") << u"id:1"_s << u"m1"_s;
    QTest::newRow("id:2") << u"id:2"_s << u"m2"_s;
    QTest::newRow("id:4") << u"id:4"_s << u"m4"_s;
}

void TestCli::refForms()
{
    QFETCH(QString, ref);
    QFETCH(QString, member);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Known k = m_members.value(member);

    const Run show = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"show"_s, ref});
    CHECK_JSON_OK(show, s);
    QCOMPARE(s.value(u"id"_s).toInteger(), k.id);
    QCOMPARE(s.value(u"card"_s).toString(), k.card);

    // The same REF edits and archives that member.
    const Run update = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"update"_s, ref, u"--note"_s, u"found by REF"_s});
    CHECK_JSON_OK(update, u);
    QCOMPARE(u.value(u"id"_s).toInteger(), k.id);
    QCOMPARE(u.value(u"note"_s).toString(), u"found by REF"_s);
    const Run archive = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"archive"_s, ref});
    CHECK_JSON_OK(archive, a);
    QCOMPARE(a.value(u"id"_s).toInteger(), k.id);
}

void TestCli::updateArchiveRestore()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const QStringList db{u"--db"_s, u"{db}"_s, u"--json"_s};
    const Known m2 = m_members.value(u"m2"_s);

    // update returns the member, changed; the change is stored.
    const Run update = cli(box, db + QStringList{u"member"_s, u"update"_s, m2.card, u"--name"_s, u"Alice Chen"_s, u"--email"_s,
                                                 u"alice@example.com"_s, u"--phone"_s, u"+86 139-1234-5679"_s});
    CHECK_JSON_OK(update, u);
    QCOMPARE(u.value(u"id"_s).toInteger(), m2.id);
    QCOMPARE(u.value(u"card"_s).toString(), m2.card);
    QCOMPARE(u.value(u"name"_s).toString(), u"Alice Chen"_s);
    QCOMPARE(u.value(u"phone"_s).toString(), u"13912345679"_s);
    const Run shown = cli(box, db + QStringList{u"member"_s, u"show"_s, u"13912345679"_s});
    CHECK_JSON_OK(shown, s);
    QCOMPARE(s.value(u"name"_s).toString(), u"Alice Chen"_s);
    QCOMPARE(s.value(u"email"_s).toString(), u"alice@example.com"_s);
    const Run oldPhone = cli(box, db + QStringList{u"member"_s, u"show"_s, u"13912345678"_s});
    CHECK_FAILURE(oldPhone, 1, true);
    const Run byNewName = cli(box, db + QStringList{u"member"_s, u"find"_s, u"Chen"_s});
    CHECK_JSON_OK(byNewName, f);
    QVERIFY(cardsOf(f).contains(m2.card));

    // archive hides the member from find; --archived and show still see them.
    const Run archive = cli(box, db + QStringList{u"member"_s, u"archive"_s, m2.card});
    CHECK_JSON_OK(archive, a);
    QCOMPARE(a.value(u"id"_s).toInteger(), m2.id);
    const Run hidden = cli(box, db + QStringList{u"member"_s, u"find"_s, u"Alice"_s});
    CHECK_JSON_OK(hidden, h);
    QVERIFY2(!cardsOf(h).contains(m2.card), qPrintable(hidden.describe()));
    const Run withArchived = cli(box, db + QStringList{u"member"_s, u"find"_s, u"Alice"_s, u"--archived"_s});
    CHECK_JSON_OK(withArchived, w);
    QVERIFY2(cardsOf(w).contains(m2.card), qPrintable(withArchived.describe()));
    const Run showArchived = cli(box, db + QStringList{u"member"_s, u"show"_s, m2.card});
    CHECK_JSON_OK(showArchived, sa);
    QCOMPARE(sa.value(u"id"_s).toInteger(), m2.id);

    // archive twice: refused, nothing changed.
    const QByteArray before = snapshot(box);
    const Run again = cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"archive"_s, m2.card});
    CHECK_FAILURE(again, 1, false);
    QCOMPARE(snapshot(box), before);

    // restore brings them back; restoring twice is refused.
    const Run restore = cli(box, db + QStringList{u"member"_s, u"restore"_s, m2.card});
    CHECK_JSON_OK(restore, r);
    QCOMPARE(r.value(u"id"_s).toInteger(), m2.id);
    const Run found = cli(box, db + QStringList{u"member"_s, u"find"_s, u"Alice"_s});
    CHECK_JSON_OK(found, fo);
    QVERIFY(cardsOf(fo).contains(m2.card));
    const QByteArray restored = snapshot(box);
    const Run restoreAgain = cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"restore"_s, m2.card});
    CHECK_FAILURE(restoreAgain, 1, false);
    QCOMPARE(snapshot(box), restored);
}

void TestCli::archivedMemberKeepsPhone()
{
    // Phones are unique among members that are not erased (SPEC §2): archived members included.
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run archive = cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"archive"_s, u"id:1"_s});
    CHECK_EXIT(archive, 0);
    const QByteArray before = snapshot(box);
    const Run add = cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"add"_s, u"--name"_s, u"Newcomer"_s, u"--phone"_s, u"138 0013 8000"_s});
    CHECK_FAILURE(add, 1, false);
    QCOMPARE(snapshot(box), before);
}

// ---------------------------------------------------------------------------------------------
// Global options anywhere, --opt=value

void TestCli::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("args");
    const QString now = kJoinDate.addDays(61).toString(Qt::ISODate) + u"T10:00:00"_s; // at_risk, 61 days absent
    QTest::newRow("before the command")
        << QStringList{u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, now, u"member"_s, u"show"_s, u"id:2"_s};
    QTest::newRow("after the command")
        << QStringList{u"member"_s, u"show"_s, u"id:2"_s, u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, now};
    QTest::newRow("between the command's words")
        << QStringList{u"member"_s, u"--db"_s, u"{db}"_s, u"show"_s, u"--json"_s, u"id:2"_s, u"--now"_s, now};
    QTest::newRow("between command and REF")
        << QStringList{u"member"_s, u"show"_s, u"--now"_s, now, u"id:2"_s, u"--json"_s, u"--db"_s, u"{db}"_s};
    QTest::newRow("--opt=value before") << QStringList{u"--db={db}"_s, u"--now="_s + now, u"--json"_s, u"member"_s, u"show"_s, u"id:2"_s};
    QTest::newRow("--opt=value after") << QStringList{u"member"_s, u"show"_s, u"id:2"_s, u"--json"_s, u"--now="_s + now, u"--db={db}"_s};
    QTest::newRow("mixed") << QStringList{u"--json"_s, u"member"_s, u"--now="_s + now, u"show"_s, u"--db"_s, u"{db}"_s, u"id:2"_s};
}

void TestCli::globalOptionsAnywhere()
{
    QFETCH(QStringList, args);
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run r = cli(box, args);
    CHECK_JSON_OK(r, o); // --json was seen
    QCOMPARE(o.value(u"card"_s).toString(), m_members.value(u"m2"_s).card); // --db was seen
    QCOMPARE(o.value(u"days_absent"_s).toInteger(), 61);                  // --now was seen
    QCOMPARE(o.value(u"state"_s).toString(), u"at_risk"_s);
}

void TestCli::optionEqualsValue()
{
    Sandbox box;
    QVERIFY(copyFixture(box));
    const Run add = cli(box, {u"--db={db}"_s, u"--json"_s, u"--now="_s + kJoin, u"member"_s, u"add"_s, u"--name=Bob Lee"_s,
                              u"--phone=+86-136-0000-0003"_s, u"--birthday=05-20"_s, u"--note=a=b=c"_s, u"--email=bob@example.com"_s});
    CHECK_JSON_OK(add, m);
    QCOMPARE(m.value(u"name"_s).toString(), u"Bob Lee"_s);
    QCOMPARE(m.value(u"phone"_s).toString(), u"13600000003"_s);
    QCOMPARE(m.value(u"birthday"_s).toString(), u"05-20"_s);
    QCOMPARE(m.value(u"note"_s).toString(), u"a=b=c"_s); // only the first = separates
    QCOMPARE(m.value(u"email"_s).toString(), u"bob@example.com"_s);
    QCOMPARE(m.value(u"joined"_s).toString(), u"2026-03-11"_s);

    const Run find = cli(box, {u"--db={db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"wxm"_s, u"--limit=1"_s});
    CHECK_JSON_OK(find, f);
    QCOMPARE(f.value(u"results"_s).toArray().size(), 1);
}

// ---------------------------------------------------------------------------------------------
// demo

void TestCli::demoCreatesMembers()
{
    // Into a path that does not exist yet…
    Sandbox box;
    const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--now"_s, kJoin, u"demo"_s, u"--members"_s, u"300"_s, u"--seed"_s, u"7"_s, u"--json"_s});
    CHECK_JSON_OK(r, o);
    CHECK_INTEGER(r, o, u"members"_s);
    CHECK_INTEGER(r, o, u"visits"_s);
    QCOMPARE(o.value(u"members"_s).toInteger(), 300);
    QCOMPARE(o.value(u"visits"_s).toInteger(), 0);
    const Run last = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"show"_s, u"id:300"_s});
    CHECK_JSON_OK(last, l);
    QVERIFY(!l.value(u"card"_s).toString().isEmpty());
    const Run beyond = cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"show"_s, u"id:301"_s});
    CHECK_FAILURE(beyond, 1, false);

    // …and into a new, empty shop made by init.
    Sandbox fresh;
    CHECK_EXIT(cli(fresh, {u"--db"_s, u"{db}"_s, u"init"_s}), 0);
    const Run intoInit = cli(fresh, {u"--db"_s, u"{db}"_s, u"--json"_s, u"demo"_s, u"--members"_s, u"25"_s});
    CHECK_JSON_OK(intoInit, i);
    QCOMPARE(i.value(u"members"_s).toInteger(), 25);
    const Run twentyFifth = cli(fresh, {u"--db"_s, u"{db}"_s, u"member"_s, u"show"_s, u"id:25"_s});
    CHECK_EXIT(twentyFifth, 0);
}

void TestCli::demoSameSeedSameMembers()
{
    Sandbox a, b, c;
    const auto demo = [](const Sandbox &box, const QString &seed) {
        return cli(box, {u"--db"_s, u"{db}"_s, u"--now"_s, kJoin, u"--json"_s, u"demo"_s, u"--members"_s, u"300"_s, u"--seed"_s, seed});
    };
    CHECK_EXIT(demo(a, u"7"_s), 0);
    CHECK_EXIT(demo(b, u"7"_s), 0);
    CHECK_EXIT(demo(c, u"8"_s), 0);

    const auto member = [](const Sandbox &box, int id) {
        const Run r = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"show"_s, u"id:"_s + QString::number(id)});
        return r.code == 0 ? r.out : QByteArray("exit ") + QByteArray::number(r.code);
    };
    int differentFromSeed8 = 0;
    QStringList names;
    for (const int id : {1, 2, 3, 10, 42, 99, 150, 200, 250, 299, 300}) {
        const QByteArray fromA = member(a, id);
        QVERIFY2(fromA.startsWith('{'), fromA.constData());
        QCOMPARE(member(b, id), fromA);
        if (member(c, id) != fromA)
            ++differentFromSeed8;
        names << QJsonDocument::fromJson(fromA).object().value(u"name"_s).toString();
    }
    QVERIFY2(differentFromSeed8 > 0, "seed 8 gave the same members as seed 7");

    // The same searches give the same answers.
    names.removeAll(QString());
    QVERIFY(names.size() >= 3);
    for (const QString &query : names.mid(0, 4)) {
        const QStringList args{u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, query, u"--limit"_s, u"50"_s};
        const Run fromA = cli(a, args);
        CHECK_JSON_OK(fromA, fa);
        QVERIFY2(!fa.value(u"results"_s).toArray().isEmpty(), qPrintable(fromA.describe()));
        QCOMPARE(cli(b, args).out, fromA.out);
    }
}

void TestCli::demoRefusesShopWithMembers()
{
    Sandbox box;
    CHECK_EXIT(cli(box, {u"--db"_s, u"{db}"_s, u"--now"_s, kJoin, u"demo"_s, u"--members"_s, u"20"_s, u"--seed"_s, u"3"_s}), 0);
    const auto state = [&box] {
        QByteArray s;
        for (int id = 1; id <= 21; ++id)
            s += cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"member"_s, u"show"_s, u"id:"_s + QString::number(id)}).out;
        return s;
    };
    const QByteArray before = state();
    for (const QString &seed : {u"3"_s, u"4"_s}) {
        const Run again = cli(box, {u"--db"_s, u"{db}"_s, u"demo"_s, u"--members"_s, u"20"_s, u"--seed"_s, seed});
        CHECK_FAILURE(again, 1, false);
        QCOMPARE(state(), before);
    }
    const Run json = cli(box, {u"--db"_s, u"{db}"_s, u"demo"_s, u"--members"_s, u"5"_s, u"--json"_s});
    CHECK_FAILURE(json, 1, true);
    QCOMPARE(state(), before);

    // A bad count refuses and creates no file.
    Sandbox empty;
    const Run bad = cli(empty, {u"--db"_s, u"{db}"_s, u"demo"_s, u"--members"_s, u"-3"_s});
    CHECK_FAILURE(bad, 1, false);
    QVERIFY(!QFileInfo::exists(empty.db()));
}

// `backup` writes a verified copy; `restore` puts it back, keeps the replaced file and works on a
// damaged shop file (that is what it is for); a damaged backup is refused and changes nothing.
void TestCli::backupAndRestore()
{
    Sandbox box;
    CHECK_EXIT(cli(box, {u"--db"_s, u"{db}"_s, u"init"_s}), 0);
    CHECK_EXIT(cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"add"_s, u"--name"_s, u"Before"_s}), 0);
    const Run made = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"backup"_s});
    CHECK_JSON_OK(made, backup);
    const QString file = backup.value(u"file"_s).toString();
    QCOMPARE(QFileInfo(file).absolutePath(), QDir(box.shopDir()).filePath(u"backups"_s));
    QCOMPARE(QFileInfo(file).fileName(), u"shop-20260311-100000-manual.sqlite"_s);
    QCOMPARE(backup.value(u"at"_s).toString(), kJoin);
    QVERIFY(backup.value(u"bytes"_s).toInteger() > 0);
    CHECK_EXIT(cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"add"_s, u"--name"_s, u"After"_s}), 0);

    // The shop file is damaged: it no longer opens (exit 3), and restore repairs it.
    {
        QFile f(box.db());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, 'x'));
    }
    CHECK_FAILURE(cli(box, {u"--db"_s, u"{db}"_s, u"member"_s, u"find"_s, u"Before"_s}), 3, false);
    const Run restored = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"--now"_s, kJoin, u"restore"_s, file});
    CHECK_JSON_OK(restored, result);
    const QString kept = result.value(u"replaced_file"_s).toString();
    QCOMPARE(kept, box.db() + u".replaced-20260311-100000"_s);
    QVERIFY(QFileInfo::exists(kept));
    const Run found = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"After"_s});
    CHECK_JSON_OK(found, after);
    QCOMPARE(after.value(u"results"_s).toArray().size(), 0); // the shop is as it was at the backup
    const Run before = cli(box, {u"--db"_s, u"{db}"_s, u"--json"_s, u"member"_s, u"find"_s, u"Before"_s});
    CHECK_JSON_OK(before, was);
    QCOMPARE(was.value(u"results"_s).toArray().size(), 1);

    // A damaged backup is refused (exit 1) and the shop file is left as it is.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, 'x'));
    }
    QFile shop(box.db());
    QVERIFY(shop.open(QIODevice::ReadOnly));
    const QByteArray bytes = shop.readAll();
    shop.close();
    CHECK_FAILURE(cli(box, {u"--db"_s, u"{db}"_s, u"restore"_s, file}), 1, false);
    QVERIFY(shop.open(QIODevice::ReadOnly));
    QCOMPARE(shop.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
