// Members from CSV (SPEC §6): encodings (UTF-8 with and without BOM, GB18030), line ends, quoted
// newlines, English and Chinese headers, every bad row with the line where it starts, duplicates
// told and not merged, the dry run saying exactly what the import does, one transaction, points as
// an `adjust` with reason "import", files that cannot be read as CSV refused whole with their line,
// and a round trip through this program's own export.

#include "TestShop.h"

#include "csv/CsvExport.h"
#include "csv/CsvReader.h"
#include "members/MemberImport.h"
#include "members/MemberService.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestMemberImport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void parsesQuotedNewlinesAndLineNumbers();
    void refusesWhatIsNotCsv_data();
    void refusesWhatIsNotCsv();
    void chineseHeadersInGb18030();
    void everyBadRowWithItsLine();
    void dryRunSaysExactlyWhatHappens();
    void duplicatesAgainstTheShop();
    void cashierRefused();
    void roundTripThroughTheExport();

private:
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_shop->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    std::unique_ptr<test::TestShop> m_shop;
};

void TestMemberImport::init()
{
    m_shop = std::make_unique<test::TestShop>();
}

void TestMemberImport::parsesQuotedNewlinesAndLineNumbers()
{
    // Record 3 starts on line 3 and holds a newline; record 4 starts on line 5. CRLF and LF mixed;
    // the blank line 6 is no record.
    const QString text = u"name,note\r\nA,one\nB,\"two\nlines\"\r\nC,\"say \"\"hi\"\"\"\n\nD,\n"_s;
    auto records = CsvReader::parse(text);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 5);
    QCOMPARE(records->at(2).line, 3);
    QCOMPARE(records->at(2).fields, QStringList({u"B"_s, u"two\nlines"_s}));
    QCOMPARE(records->at(3).line, 5);
    QCOMPARE(records->at(3).fields.at(1), u"say \"hi\""_s);
    QCOMPARE(records->at(4).line, 7);
    QCOMPARE(records->at(4).fields, QStringList({u"D"_s, QString()}));
}

void TestMemberImport::refusesWhatIsNotCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("unclosed quote") << QByteArray("name,phone\nA,13800000001\n\"B,13800000002\nC,1\n") << u"Line 3: a quoted field is never closed"_s;
    QTest::newRow("text after a closing quote") << QByteArray("name\n\"A\"x\n") << u"Line 2: there is text after a closing quote"_s;
    // Bytes that are neither UTF-8 nor GB18030 (0xFF never starts a GB18030 character), on line 2.
    QTest::newRow("unknown encoding") << QByteArray("name\n\xff\xfe\xff\n") << u"Line 2: the file is neither UTF-8 nor GB18030"_s;
    QTest::newRow("BOM that lies") << QByteArray("\xEF\xBB\xBFname\n\xff\n") << u"says it is UTF-8 but is not"_s;
    QTest::newRow("empty") << QByteArray() << u"The file is empty"_s;
    QTest::newRow("no name or phone column") << QByteArray("colour,size\nred,M\n") << u"Line 1: no column is named name or phone"_s;
}

void TestMemberImport::refusesWhatIsNotCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    auto r = MemberImport(m_shop->database(), m_shop->clock).run(bytes, false);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM members"_s), 0);
}

void TestMemberImport::chineseHeadersInGb18030()
{
    const QString text = u"姓名,手机,性别,生日,积分,标签,备注\r\n王小明,138 0013 8000,男,03-15,120,\"常客,咖啡\",老顾客\r\n韩梅梅,+86 139-0013-9000,女,1990-02-14,,,\r\n"_s;
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(text);
    QVERIFY(!bytes.contains("\xEF\xBB\xBF"));
    auto r = MemberImport(m_shop->database(), m_shop->clock).run(bytes, false);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->encoding, u"GB18030"_s);
    QCOMPARE(r->imported, 2);
    QCOMPARE(r->skipped, 0);
    auto wang = MemberService(m_shop->database(), m_shop->clock).resolve(u"13800138000"_s);
    QVERIFY(wang.ok());
    QCOMPARE(wang->name, u"王小明"_s);
    QCOMPARE(toString(wang->gender), u"m"_s);
    QCOMPARE(wang->birthday.toStorage(), u"03-15"_s);
    QCOMPARE(wang->tags, QStringList({u"常客"_s, u"咖啡"_s}));
    QCOMPARE(wang->note, u"老顾客"_s);
    QCOMPARE(wang->points, 120);
    // The points are one adjust entry with reason "import"; no sign-up bonus.
    QCOMPARE(count(u"SELECT count(*) FROM ledger WHERE member_id = %1 AND kind = 'adjust' AND reason = 'import' AND points = 120"_s.arg(wang->id)), 1);
    QCOMPARE(count(u"SELECT count(*) FROM ledger WHERE member_id = %1"_s.arg(wang->id)), 1);
    auto han = MemberService(m_shop->database(), m_shop->clock).resolve(u"13900139000"_s);
    QVERIFY(han.ok());
    QCOMPARE(han->points, 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s), 1);
}

void TestMemberImport::everyBadRowWithItsLine()
{
    // Line 1 header; 2 good; 3 letters in the phone; 4 the phone of line 2 again; 5-6 one record
    // with a newline in the name (a name cannot hold one) starting on line 5; 7 points -5; 8 empty
    // cells only (no row); 9 neither name nor phone; 10 too many fields; 11 a bad birthday; 12 good,
    // with a note that was guarded by an export ('=1+1 comes back as =1+1).
    const QByteArray csv = "name,phone,birthday,points,note\n"
                           "Ann,13800000001,,,\n"
                           "Bob,12ab,,,\n"
                           "Cai,138-0000-0001,,,\n"
                           "\"Dan\nNight\",13800000004,,,\n"
                           "Eve,13800000005,,-5,\n"
                           ",,,,\n"
                           ",,,7,hello\n"
                           "Fay,13800000006,,,,extra\n"
                           "Gus,13800000007,02-30,,\n"
                           "Hal,13800000008,,,'=1+1\n";
    auto dry = MemberImport(m_shop->database(), m_shop->clock).run(csv, true);
    QVERIFY(dry.ok());
    QList<int> lines;
    for (const ImportProblem &p : dry->errors)
        lines << p.line;
    QCOMPARE(lines, QList<int>({3, 4, 5, 7, 9, 10, 11}));
    QCOMPARE(dry->imported, 2);
    QCOMPARE(dry->skipped, 7);
    QVERIFY2(dry->errors.at(1).reason.contains(u"line 2"_s), qPrintable(dry->errors.at(1).reason));
    QVERIFY2(dry->errors.at(3).reason.contains(u"-5"_s), qPrintable(dry->errors.at(3).reason));
    QVERIFY2(dry->errors.at(5).reason.contains(u"6 fields"_s), qPrintable(dry->errors.at(5).reason));
    QCOMPARE(count(u"SELECT count(*) FROM members"_s), 0);   // a dry run changes nothing
    auto real = MemberImport(m_shop->database(), m_shop->clock).run(csv, false);
    QVERIFY(real.ok());
    QCOMPARE(real->imported, dry->imported);
    QCOMPARE(real->errors.size(), dry->errors.size());
    QCOMPARE(count(u"SELECT count(*) FROM members"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM members WHERE note = '=1+1'"_s), 1);
}

void TestMemberImport::dryRunSaysExactlyWhatHappens()
{
    // The same file twice: the second time every phone belongs to a member already.
    const QByteArray csv = "name,phone,points\nAnn,13800000001,10\nBob,13800000002,\n";
    auto first = MemberImport(m_shop->database(), m_shop->clock).run(csv, false);
    QVERIFY(first.ok());
    QCOMPARE(first->imported, 2);
    auto dry = MemberImport(m_shop->database(), m_shop->clock).run(csv, true);
    QVERIFY(dry.ok());
    QCOMPARE(dry->imported, 0);
    QCOMPARE(dry->skipped, 2);
    auto again = MemberImport(m_shop->database(), m_shop->clock).run(csv, false);
    QVERIFY(again.ok());
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->errors.size(), 2);
    QCOMPARE(again->errors.at(0).line, 2);
    QVERIFY2(again->errors.at(0).reason.contains(u"already belongs to Ann"_s), qPrintable(again->errors.at(0).reason));
    QCOMPARE(count(u"SELECT count(*) FROM members"_s), 2);
    QCOMPARE(count(u"SELECT sum(points) FROM members"_s), 10);
}

void TestMemberImport::duplicatesAgainstTheShop()
{
    MemberFields f;
    f.name = u"Old"_s;
    f.phone = u"13800000009"_s;
    auto old = MemberService(m_shop->database(), m_shop->clock).add(f);
    QVERIFY(old.ok());
    // A card already used, a card twice in the file, a card with a space; the kept card stays.
    const QByteArray csv = "card,name,phone\n" + old->card.toUtf8() + ",New,13800000010\nX-1,A,\nX-1,B,\nX 2,C,\nX-3,D,13800000009\n";
    auto r = MemberImport(m_shop->database(), m_shop->clock).run(csv, false);
    QVERIFY(r.ok());
    QList<int> lines;
    for (const ImportProblem &p : r->errors)
        lines << p.line;
    QCOMPARE(lines, QList<int>({2, 4, 5, 6}));
    QCOMPARE(r->imported, 1);
    auto a = MemberService(m_shop->database(), m_shop->clock).resolve(u"X-1"_s);
    QVERIFY(a.ok());
    QCOMPARE(a->name, u"A"_s);
    // New members after an import get cards from the sequence that no import took.
    MemberFields g;
    g.name = u"Next"_s;
    auto next = MemberService(m_shop->database(), m_shop->clock).add(g);
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
    QVERIFY(next->card != old->card);
}

void TestMemberImport::cashierRefused()
{
    auto r = MemberImport(m_shop->database(), m_shop->clock, Operator{u"ann"_s, Role::Cashier}).run("name\nA\n", false);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Permission);
    QCOMPARE(count(u"SELECT count(*) FROM members"_s), 0);
}

void TestMemberImport::roundTripThroughTheExport()
{
    // Members with every kind of cell, exported, then imported into an empty shop: the same members.
    MemberService members(m_shop->database(), m_shop->clock);
    const QList<std::array<QString, 5>> people = {
        {u"王小明"_s, u"13800138000"_s, u"03-15"_s, u"vip,咖啡"_s, u"=not a formula"_s},
        {u"Zoë \"Z\" O'Neil, Jr."_s, u"13900139000"_s, u"1990-02-14"_s, QString(), u"two\nlines"_s},
        {u"😀 Smile"_s, QString(), QString(), u"-dash"_s, u"+plus"_s},
    };
    for (const auto &p : people) {
        MemberFields f;
        f.name = p[0];
        if (!p[1].isEmpty())
            f.phone = p[1];
        if (!p[2].isEmpty())
            f.birthday = p[2];
        if (!p[3].isEmpty())
            f.tags = p[3];
        f.note = p[4];
        auto added = members.add(f);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    auto written = CsvExport::write(m_shop->database(), m_shop->clock, CsvExport::What::Members, out, true);
    QVERIFY(written.ok());
    QCOMPARE(*written, 3);

    test::TestShop empty;
    auto r = MemberImport(empty.database(), empty.clock).run(out.data(), false);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->imported, 3);
    QVERIFY(r->errors.isEmpty());
    const auto dump = [](Database &db) {
        QStringList rows;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT card, name, coalesce(phone, ''), gender, coalesce(birthday, ''), tags, note, joined_at FROM members ORDER BY card"_s);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i)
                cells << q.value(i).toString();
            rows << cells.join(u'|');
        }
        return rows;
    };
    const QStringList before = dump(m_shop->database());
    QCOMPARE(before.size(), 3);
    // Joined: kept as the day (the time of day is not in the file).
    QStringList after = dump(empty.database());
    QStringList beforeDays = before;
    for (QString &row : beforeDays)
        row = row.left(row.lastIndexOf(u'|') + 11);
    for (QString &row : after)
        row = row.left(row.lastIndexOf(u'|') + 11);
    QCOMPARE(after, beforeDays);
}

QTEST_GUILESS_MAIN(TestMemberImport)
#include "test_member_import.moc"
