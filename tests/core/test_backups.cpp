// Backups (SPEC §8.5): made with VACUUM INTO, verified, kept by the 14-daily / 12-monthly rule,
// restored without losing the file they replace.

#include "TestShop.h"

#include "members/MemberService.h"
#include "shop/Backups.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

BackupFile backup(const QString &stamp, const QString &kind = u"daily"_s)
{
    QDateTime at = QDateTime::fromString(stamp, u"yyyy-MM-dd HH:mm"_s);
    at.setTimeSpec(Qt::UTC);
    return {u"/b/shop-%1-%2.sqlite"_s.arg(at.toString(u"yyyyMMdd-HHmmss"_s), kind), at, kind, 1};
}

qint64 memberCount(Database &db)
{
    return MemberRepository(db).count(true).value_or(-1);
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void makeWritesAVerifiedCopy();
    void dailyOncePerDay();
    void retention_data();
    void retention();
    void restorePutsTheBackupBackAndKeepsTheOldFile();
    void damagedBackupIsNotRestored();
};

void TestBackups::makeWritesAVerifiedCopy()
{
    test::TestShop shop;
    MemberService members(shop.database(), shop.clock);
    MemberFields f;
    f.name = u"王小明"_s;
    QVERIFY(members.add(f));
    Backups backups(shop.database(), shop.clock);
    auto made = backups.make(u"manual"_s);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(QFileInfo(made->path).fileName(), u"shop-20260311-100000-manual.sqlite"_s);
    QCOMPARE(QFileInfo(made->path).absolutePath(), QDir(shop.dir.path()).filePath(u"backups"_s));
    QVERIFY(made->bytes > 0);
    QVERIFY(!QFileInfo::exists(made->path + u".partial"_s));
    QVERIFY(Database::verifyCopy(made->path));
    auto copy = Database::open(made->path);
    QVERIFY(copy);
    QCOMPARE(memberCount(**copy), 1);

    const QList<BackupFile> listed = backups.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().kind, u"manual"_s);
    QCOMPARE(listed.first().at, shop.clock.now());

    // A second one in the same second gets its own name; another folder works too.
    QVERIFY(backups.make(u"manual"_s));
    QCOMPARE(backups.list().size(), 2);
    const QString elsewhere = shop.dir.filePath(u"usb"_s);
    auto there = backups.make(u"manual"_s, elsewhere);
    QVERIFY(there);
    QCOMPARE(QFileInfo(there->path).absolutePath(), elsewhere);
}

void TestBackups::dailyOncePerDay()
{
    test::TestShop shop;
    {
        Backups backups(shop.database(), shop.clock);
        auto first = backups.dailyIfDue();
        QVERIFY(first);
        QVERIFY(first->has_value());
        auto again = backups.dailyIfDue();
        QVERIFY(again);
        QVERIFY(!again->has_value());
    }
    shop.clock.set(shop.clock.now().addDays(1));
    Backups backups(shop.database(), shop.clock);
    auto nextDay = backups.dailyIfDue();
    QVERIFY(nextDay && nextDay->has_value());
    QCOMPARE(backups.list().size(), 2);
}

void TestBackups::retention_data()
{
    QTest::addColumn<QList<BackupFile>>("backups");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("dropped"); // stamps yyyy-MM-dd HH:mm of what goes

    QList<BackupFile> daily30;
    for (int d = 0; d < 30; ++d)
        daily30 << backup(QDate(2026, 3, 30).addDays(-d).toString(u"yyyy-MM-dd"_s) + u" 09:00"_s);
    // The newest 14 days stay (17-30 March); March's newest is among them, so 1-16 March go.
    QStringList dropped30;
    for (int d = 1; d <= 16; ++d)
        dropped30 << QDate(2026, 3, d).toString(u"yyyy-MM-dd"_s) + u" 09:00"_s;
    QTest::newRow("30 days of dailies") << daily30 << QDate(2026, 3, 30) << dropped30;

    QTest::newRow("two on one day: the older goes")
        << QList<BackupFile>{backup(u"2026-03-11 09:00"_s), backup(u"2026-03-11 21:30"_s, u"exit"_s)} << QDate(2026, 3, 11)
        << QStringList{u"2026-03-11 09:00"_s};
    QTest::newRow("manual backups are kept")
        << QList<BackupFile>{backup(u"2020-01-01 09:00"_s, u"manual"_s), backup(u"2026-03-11 09:00"_s)} << QDate(2026, 3, 11)
        << QStringList{};
    QTest::newRow("few backups: all kept, however old")
        << QList<BackupFile>{backup(u"2025-03-31 09:00"_s), backup(u"2025-04-30 09:00"_s), backup(u"2026-03-11 09:00"_s)}
        << QDate(2026, 3, 11) << QStringList{};
    QList<BackupFile> monthly;
    for (int m = 0; m < 20; ++m)
        monthly << backup(QDate(2026, 3, 1).addMonths(-m).toString(u"yyyy-MM-dd"_s) + u" 09:00"_s);
    QStringList droppedMonthly;
    // 14 distinct days keep the 14 newest (Mar 2026 … Feb 2025); months keep 12; the rest go.
    for (int m = 14; m < 20; ++m)
        droppedMonthly << QDate(2026, 3, 1).addMonths(-m).toString(u"yyyy-MM-dd"_s) + u" 09:00"_s;
    QTest::newRow("twenty monthly backups") << monthly << QDate(2026, 3, 11) << droppedMonthly;
}

void TestBackups::retention()
{
    QFETCH(QList<BackupFile>, backups);
    QFETCH(QDate, today);
    QFETCH(QStringList, dropped);
    QStringList got;
    for (const BackupFile &b : Backups::toDelete(backups, today))
        got << b.at.toString(u"yyyy-MM-dd HH:mm"_s);
    got.sort();
    dropped.sort();
    QCOMPARE(got, dropped);
}

void TestBackups::restorePutsTheBackupBackAndKeepsTheOldFile()
{
    test::TestShop shop;
    MemberService members(shop.database(), shop.clock);
    MemberFields f;
    f.name = u"Before"_s;
    QVERIFY(members.add(f));
    auto made = Backups(shop.database(), shop.clock).make(u"manual"_s);
    QVERIFY(made);
    f.name = u"After"_s;
    QVERIFY(members.add(f));
    QCOMPARE(memberCount(shop.database()), 2);
    shop.db.reset();

    auto kept = Backups::restore(made->path, shop.path, shop.clock.now());
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(*kept, shop.path + u".replaced-20260311-100000"_s);
    auto restored = Database::open(shop.path);
    QVERIFY(restored);
    QCOMPARE(memberCount(**restored), 1);
    restored->reset();
    // Nothing is lost: the replaced file still opens with both members.
    auto old = Database::open(*kept);
    QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
    QCOMPARE(memberCount(**old), 2);
}

void TestBackups::damagedBackupIsNotRestored()
{
    test::TestShop shop;
    auto made = Backups(shop.database(), shop.clock).make(u"manual"_s);
    QVERIFY(made);
    shop.db.reset();
    {
        QFile f(made->path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Damaged pages in the middle: the whole middle half, so that whichever tables and indexes
        // the schema puts there, some are hit.
        f.seek(f.size() / 4);
        f.write(QByteArray(int(f.size() / 2), '\xA5'));
    }
    QFile shopFile(shop.path);
    QVERIFY(shopFile.open(QIODevice::ReadOnly));
    const QByteArray before = shopFile.readAll();
    shopFile.close();
    auto result = Backups::restore(made->path, shop.path, shop.clock.now());
    QVERIFY(!result);
    QVERIFY(shopFile.open(QIODevice::ReadOnly));
    QCOMPARE(shopFile.readAll(), before);
    QVERIFY(!QFileInfo::exists(shop.path + u".restoring"_s));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "test_backups.moc"
