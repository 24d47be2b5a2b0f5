// The CSV exports through the binary (SPEC §6, §7): `export members/visits/ledger/coupons --out FILE
// [--no-bom]` on a shop built with the CLI itself, so every count is known by hand: `rows` (a JSON
// integer) equal to the real number of rows, `file`, the header line, a BOM by default and none with
// --no-bom, CRLF, the rows parsing back; usage errors (exit 2) and an unwritable --out (exit 1, with
// a message, nothing created).

#include "CliHarness.h"
#include "StrictCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace loyalty::test;

namespace {

const QString kToday = u"2026-03-20T10:00:00"_s;
const QByteArray kBom("\xEF\xBB\xBF");

Run cli(const Sandbox &box, const QStringList &args)
{
    return runCli(box, QStringList{u"--db"_s, box.db()} + args);
}

Run json(const Sandbox &box, const QString &now, const QStringList &args)
{
    return cli(box, QStringList{u"--json"_s, u"--now"_s, now} + args);
}


QString header(const QString &kind)
{
    if (kind == u"members")
        return u"card,name,phone,gender,birthday,email,tier,points,spend_12m,visits,last_visit,state,joined,tags,note"_s;
    if (kind == u"visits")
        return u"visit_id,uuid,at,card,member,amount,coupon_discount,points_value,paid,points_earned,points_redeemed,bonus_points,"
               "tier,operator,note,items,void,voided_at,void_reason"_s;
    if (kind == u"ledger")
        return u"entry_id,at,card,kind,points,visit_id,reason,operator"_s;
    return u"code,coupon,card,status,issued_at,valid_until,redeemed_at,discount,campaign_id"_s;
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsHeaderAndBom_data();
    void rowsHeaderAndBom();
    void noBom_data();
    void noBom();
    void contentOfTheRows();
    void membersAgreeWithMemberShow();
    void replacesAnExistingFile();
    void uuidFromTheTillIsGuarded();
    void usageErrors_data();
    void usageErrors();
    void unwritableOut_data();
    void unwritableOut();

private:
    // The shop of every test, built once through the binary (see initTestCase).
    std::unique_ptr<Sandbox> m_box;
    QHash<QString, QString> m_cards;
    QString out(const QString &name) const { return QDir(m_box->path()).filePath(name); }
};

void TestCliExport::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI)).isExecutable(), LOYALTY_CLI);
    m_box = std::make_unique<Sandbox>();
    Sandbox &box = *m_box;
    QVERIFY(box.isValid());
    CHECK_EXIT(cli(box, {u"init"_s}), 0);
    const auto run = [&](const QString &now, const QStringList &args) -> QJsonObject {
        const Run r = json(box, now, args);
        QJsonObject o;
        if (r.code != 0 || !jsonProblem(r.out, &o).isEmpty())
            qWarning("%s", qPrintable(r.describe(0)));
        return o;
    };
    // Members on 03-02: Ann, "Wang, Xiao", 王小明, Gone (archived on 03-08) → 3 active.
    for (const auto &[name, phone] : {std::pair{u"Ann"_s, u"13800000001"_s}, std::pair{u"Wang, Xiao"_s, u"13800000002"_s},
                                      std::pair{u"王小明"_s, u"13800000003"_s}, std::pair{u"Gone"_s, u"13800000004"_s}}) {
        const QJsonObject o = run(u"2026-03-02T09:00:00"_s, {u"member"_s, u"add"_s, u"--name"_s, name, u"--phone"_s, phone});
        QVERIFY(!o.value(u"card"_s).toString().isEmpty());
        m_cards.insert(name, o.value(u"card"_s).toString());
    }
    // Visits: 1 Ann ¥100 = Latte 2 × 28.00 + Croissant 44.00; 2 Wang ¥50; 3 王小明 ¥30 = 拿铁 30.00;
    // 4 Gone ¥20. Each earns its yuan (no member day, Normal, 100%): ledger 1-4.
    QCOMPARE(run(u"2026-03-03T12:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, u"13800000001"_s, u"--amount"_s, u"100.00"_s, u"--item"_s,
                                             u"coffee:Latte:2:28.00"_s, u"--item"_s, u"bakery:Croissant:1:44.00"_s})
                 .value(u"points_earned"_s)
                 .toInteger(),
             100);
    QCOMPARE(run(u"2026-03-04T12:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, u"13800000002"_s, u"--amount"_s, u"50.00"_s})
                 .value(u"visit_id"_s)
                 .toInteger(),
             2);
    QCOMPARE(run(u"2026-03-05T12:00:00"_s,
                 {u"visit"_s, u"add"_s, u"--member"_s, u"13800000003"_s, u"--amount"_s, u"30.00"_s, u"--item"_s, u"饮品:拿铁:1:30.00"_s})
                 .value(u"points_earned"_s)
                 .toInteger(),
             30);
    QCOMPARE(run(u"2026-03-06T12:00:00"_s, {u"visit"_s, u"add"_s, u"--member"_s, u"13800000004"_s, u"--amount"_s, u"20.00"_s})
                 .value(u"points_earned"_s)
                 .toInteger(),
             20);
    // 03-07: visit 2 voided → its 50 points reversed (ledger 5); still one of the 4 visits exported.
    QCOMPARE(run(u"2026-03-07T10:00:00"_s, {u"visit"_s, u"void"_s, u"2"_s, u"--reason"_s, u"wrong member, re-rung"_s})
                 .value(u"balance"_s)
                 .toInteger(),
             0);
    // 03-08: Gone archived; Ann +50 "paper card" (ledger 6) → 6 entries in all.
    QVERIFY(run(u"2026-03-08T09:00:00"_s, {u"member"_s, u"archive"_s, u"13800000004"_s}).contains(u"card"_s));
    QCOMPARE(run(u"2026-03-08T10:00:00"_s, {u"points"_s, u"adjust"_s, u"13800000001"_s, u"--delta"_s, u"50"_s, u"--reason"_s, u"paper card"_s})
                 .value(u"balance"_s)
                 .toInteger(),
             150);
    // 03-09: a template and two coupons (Ann, 王小明) → 2 coupons.
    const qint64 templateId = run(u"2026-03-09T09:00:00"_s, {u"coupon"_s, u"template"_s, u"add"_s, u"--name"_s, u"Ten off"_s, u"--kind"_s,
                                                            u"amount_off"_s, u"--value"_s, u"10.00"_s, u"--valid-days"_s, u"30"_s})
                                  .value(u"template_id"_s)
                                  .toInteger();
    QVERIFY(templateId > 0);
    for (const QString &phone : {u"13800000001"_s, u"13800000003"_s})
        QVERIFY(!run(u"2026-03-09T09:05:00"_s, {u"coupon"_s, u"issue"_s, phone, u"--template"_s, QString::number(templateId)})
                     .value(u"code"_s)
                     .toString()
                     .isEmpty());
}

void TestCliExport::rowsHeaderAndBom_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    // members: Ann, Wang, 王小明 (Gone archived) = 3; visits: 4 (the voided one included); ledger: 4
    // earns + 1 reverse + 1 adjust = 6; coupons: 2.
    QTest::newRow("members") << u"members"_s << 3;
    QTest::newRow("visits") << u"visits"_s << 4;
    QTest::newRow("ledger") << u"ledger"_s << 6;
    QTest::newRow("coupons") << u"coupons"_s << 2;
}

void TestCliExport::rowsHeaderAndBom()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    const QString path = out(kind + u".csv"_s);
    const Run r = json(*m_box, kToday, {u"export"_s, kind, u"--out"_s, path});
    CHECK_JSON_OK(r, o);
    CHECK_INTEGER(r, o, u"rows"_s);
    QCOMPARE(o.value(u"rows"_s).toInteger(), rows);
    QCOMPARE(o.value(u"file"_s).toString(), QFileInfo(path).absoluteFilePath());
    const QByteArray bytes = readAll(path);
    // One BOM, first; the header line; CRLF records, `rows` of them after the header.
    QCOMPARE(bytes.left(3), kBom);
    QCOMPARE(bytes.count(kBom), 1);
    QVERIFY(bytes.mid(3).startsWith(QByteArray(header(kind).toUtf8() + "\r\n")));
    const auto records = parseCsv(bytes.mid(3));
    QVERIFY2(records, bytes.constData());
    QCOMPARE(records->size(), rows + 1);
    for (const QStringList &rec : *records)
        QCOMPARE(rec.size(), header(kind).count(u',') + 1);

    // In text mode: the same file, a line that says where it went, nothing on stderr.
    const QString textPath = out(kind + u"-text.csv"_s);
    const Run text = cli(*m_box, {u"--now"_s, kToday, u"export"_s, kind, u"--out"_s, textPath});
    CHECK_EXIT(text, 0);
    QVERIFY(text.err.isEmpty());
    QVERIFY2(text.out.contains(QDir::toNativeSeparators(textPath).toUtf8()), qPrintable(text.describe()));
    QCOMPARE(readAll(textPath), bytes);
}

void TestCliExport::noBom_data()
{
    rowsHeaderAndBom_data();
}

void TestCliExport::noBom()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    const QString withPath = out(kind + u"-bom.csv"_s);
    const QString plainPath = out(kind + u"-plain.csv"_s);
    CHECK_EXIT(json(*m_box, kToday, {u"export"_s, kind, u"--out"_s, withPath}), 0);
    const Run r = json(*m_box, kToday, {u"export"_s, kind, u"--out"_s, plainPath, u"--no-bom"_s});
    CHECK_JSON_OK(r, o);
    QCOMPARE(o.value(u"rows"_s).toInteger(), rows);
    const QByteArray plain = readAll(plainPath);
    // No BOM anywhere; otherwise the same bytes as the default.
    QVERIFY(plain.startsWith(header(kind).toUtf8()));
    QCOMPARE(plain.count(kBom), 0);
    QCOMPARE(plain, readAll(withPath).mid(3));
    // --no-bom before --out works the same.
    const QString againPath = out(kind + u"-plain2.csv"_s);
    CHECK_EXIT(json(*m_box, kToday, {u"export"_s, kind, u"--no-bom"_s, u"--out"_s, againPath}), 0);
    QCOMPARE(readAll(againPath), plain);
}

void TestCliExport::contentOfTheRows()
{
    const QString members = out(u"content-members.csv"_s);
    const QString visits = out(u"content-visits.csv"_s);
    CHECK_EXIT(json(*m_box, kToday, {u"export"_s, u"members"_s, u"--out"_s, members, u"--no-bom"_s}), 0);
    CHECK_EXIT(json(*m_box, kToday, {u"export"_s, u"visits"_s, u"--out"_s, visits, u"--no-bom"_s}), 0);

    // Members: Ann 100 + 50 = 150 points, 100.00 spent, 1 visit on 03-03; Wang's only visit voided
    // (0 points, 0.00, 0 visits, no last visit), his name quoted; 王小明 30; Gone left out. All joined
    // 03-02, 18 days ago, with fewer than 2 visits: new.
    const auto m = parseCsv(readAll(members));
    QVERIFY(m);
    QCOMPARE(m->size(), 4);
    QCOMPARE(m->at(1), QStringList({m_cards.value(u"Ann"_s), u"Ann"_s, u"13800000001"_s, u"unknown"_s, QString(), QString(), u"Normal"_s,
                                    u"150"_s, u"100.00"_s, u"1"_s, u"2026-03-03"_s, u"new"_s, u"2026-03-02"_s, QString(), QString()}));
    QCOMPARE(m->at(2), QStringList({m_cards.value(u"Wang, Xiao"_s), u"Wang, Xiao"_s, u"13800000002"_s, u"unknown"_s, QString(), QString(),
                                    u"Normal"_s, u"0"_s, u"0.00"_s, u"0"_s, QString(), u"new"_s, u"2026-03-02"_s, QString(), QString()}));
    QCOMPARE(m->at(3).mid(0, 10), QStringList({m_cards.value(u"王小明"_s), u"王小明"_s, u"13800000003"_s, u"unknown"_s, QString(), QString(),
                                               u"Normal"_s, u"30"_s, u"30.00"_s, u"1"_s}));
    QVERIFY(readAll(members).contains("\"Wang, Xiao\""));   // quoted in the file
    QVERIFY(!readAll(members).contains(m_cards.value(u"Gone"_s).toUtf8()));

    // Visits: items in one column; the void marked with its time and reason; Gone's visit kept.
    const auto v = parseCsv(readAll(visits));
    QVERIFY(v);
    QCOMPARE(v->size(), 5);
    QCOMPARE(v->at(1).at(0), u"1"_s);
    QCOMPARE(v->at(1).at(2), u"2026-03-03T12:00:00"_s);
    QCOMPARE(v->at(1).at(15), u"coffee:Latte:2:28.00; bakery:Croissant:1:44.00"_s);
    QCOMPARE(v->at(1).at(16), QString());
    QCOMPARE(v->at(2).mid(3, 6), QStringList({m_cards.value(u"Wang, Xiao"_s), u"Wang, Xiao"_s, u"50.00"_s, u"0.00"_s, u"0.00"_s, u"50.00"_s}));
    QCOMPARE(v->at(2).at(15), QString());
    QCOMPARE(v->at(2).mid(16), QStringList({u"yes"_s, u"2026-03-07T10:00:00"_s, u"wrong member, re-rung"_s}));
    QCOMPARE(v->at(3).at(15), u"饮品:拿铁:1:30.00"_s);
    QCOMPARE(v->at(4).at(4), u"Gone"_s);
}

void TestCliExport::membersAgreeWithMemberShow()
{
    // Each exported member's numbers are the ones `member show` gives on the same day.
    const QString path = out(u"show-members.csv"_s);
    CHECK_EXIT(json(*m_box, kToday, {u"export"_s, u"members"_s, u"--out"_s, path, u"--no-bom"_s}), 0);
    const auto m = parseCsv(readAll(path));
    QVERIFY(m);
    QCOMPARE(m->size(), 4);
    for (qsizetype i = 1; i < m->size(); ++i) {
        const QStringList &row = m->at(i);
        const Run r = json(*m_box, kToday, {u"member"_s, u"show"_s, row.at(0)});
        CHECK_JSON_OK(r, o);
        QCOMPARE(row.at(1), o.value(u"name"_s).toString());
        QCOMPARE(row.at(6), o.value(u"tier"_s).toString());
        QCOMPARE(row.at(7), QString::number(o.value(u"points"_s).toInteger()));
        const qint64 spend = o.value(u"spend_12m_cents"_s).toInteger();
        QCOMPARE(row.at(8), u"%1.%2"_s.arg(spend / 100).arg(spend % 100, 2, 10, QChar(u'0')));
        QCOMPARE(row.at(9), QString::number(o.value(u"visits"_s).toInteger()));
        QCOMPARE(row.at(10), o.value(u"last_visit"_s).toString().left(10));
        QCOMPARE(row.at(11), o.value(u"state"_s).toString());
        QCOMPARE(row.at(12), o.value(u"joined"_s).toString());
    }
}

void TestCliExport::uuidFromTheTillIsGuarded()
{
    // A till sends its own UUID (`visit add --uuid`, any text): in the visits export it is a text cell
    // from outside, so SPEC §6's formula guard must apply to it as it does to the note.
    Sandbox box;
    QVERIFY(box.isValid());
    CHECK_EXIT(cli(box, {u"init"_s}), 0);
    CHECK_EXIT(json(box, u"2026-03-02T09:00:00"_s, {u"member"_s, u"add"_s, u"--name"_s, u"Ann"_s}), 0);
    CHECK_EXIT(json(box, u"2026-03-03T12:00:00"_s,
                    {u"visit"_s, u"add"_s, u"--member"_s, u"id:1"_s, u"--amount"_s, u"10"_s, u"--uuid"_s, u"=1+2"_s, u"--note"_s, u"=1+2"_s}),
               0);
    const QString path = QDir(box.path()).filePath(u"v.csv"_s);
    CHECK_EXIT(json(box, kToday, {u"export"_s, u"visits"_s, u"--out"_s, path, u"--no-bom"_s}), 0);
    const auto v = parseCsv(readAll(path));
    QVERIFY(v);
    QCOMPARE(v->size(), 2);
    QCOMPARE(v->at(1).at(14), u"'=1+2"_s);   // the note: guarded
    // The uuid the till gave is guarded too.
    QCOMPARE(v->at(1).at(1), u"'=1+2"_s);
}

void TestCliExport::replacesAnExistingFile()
{
    const QString path = out(u"existing.csv"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content that is longer than the new one would be if it were appended …………………………………………\r\n");
    }
    const Run r = json(*m_box, kToday, {u"export"_s, u"coupons"_s, u"--out"_s, path, u"--no-bom"_s});
    CHECK_JSON_OK(r, o);
    QCOMPARE(o.value(u"rows"_s).toInteger(), 2);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(header(u"coupons"_s).toUtf8()));
    QVERIFY(!bytes.contains("old content"));
    QCOMPARE(parseCsv(bytes)->size(), 3);
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("json");
    QTest::newRow("export foo") << QStringList{u"export"_s, u"foo"_s, u"--out"_s, u"{out}"_s} << true;
    QTest::newRow("export foo, text") << QStringList{u"export"_s, u"foo"_s, u"--out"_s, u"{out}"_s} << false;
    QTest::newRow("export Members (case)") << QStringList{u"export"_s, u"Members"_s, u"--out"_s, u"{out}"_s} << true;
    QTest::newRow("export alone") << QStringList{u"export"_s} << true;
    QTest::newRow("members without --out") << QStringList{u"export"_s, u"members"_s} << true;
    QTest::newRow("visits without --out") << QStringList{u"export"_s, u"visits"_s, u"--no-bom"_s} << false;
    QTest::newRow("ledger without --out") << QStringList{u"export"_s, u"ledger"_s} << true;
    QTest::newRow("coupons without --out") << QStringList{u"export"_s, u"coupons"_s} << false;
    QTest::newRow("--out without a value") << QStringList{u"export"_s, u"members"_s, u"--out"_s} << true;
    QTest::newRow("an unknown option") << QStringList{u"export"_s, u"members"_s, u"--out"_s, u"{out}"_s, u"--bom"_s} << true;
    QTest::newRow("--no-bom with a value") << QStringList{u"export"_s, u"members"_s, u"--out"_s, u"{out}"_s, u"--no-bom=yes"_s} << true;
    QTest::newRow("--out twice") << QStringList{u"export"_s, u"ledger"_s, u"--out"_s, u"{out}"_s, u"--out"_s, u"{out}"_s} << true;
    QTest::newRow("a stray argument") << QStringList{u"export"_s, u"visits"_s, u"extra"_s, u"--out"_s, u"{out}"_s} << true;
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, json);
    const QString path = out(u"usage.csv"_s);
    args.replaceInStrings(u"{out}"_s, path);
    QStringList all{u"--now"_s, kToday};
    if (json)
        all << u"--json"_s;
    const Run r = cli(*m_box, all + args);
    // Exit 2, a message on stderr, stdout clean (or one JSON object), and no file.
    CHECK_FAILURE(r, 2, json);
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliExport::unwritableOut_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &k : {u"members"_s, u"visits"_s, u"ledger"_s, u"coupons"_s})
        QTest::newRow(qPrintable(k)) << k;
}

void TestCliExport::unwritableOut()
{
    QFETCH(QString, kind);
    // A folder that does not exist: refused (exit 1) with a message naming the file; nothing created,
    // neither the file nor its folders.
    const QString nowhere = out(u"no/such/dir/"_s + kind + u".csv"_s);
    const Run r = json(*m_box, kToday, {u"export"_s, kind, u"--out"_s, nowhere});
    CHECK_FAILURE(r, 1, true);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(nowhere).toUtf8()), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(out(u"no"_s)));
    const Run text = cli(*m_box, {u"--now"_s, kToday, u"export"_s, kind, u"--out"_s, nowhere, u"--no-bom"_s});
    CHECK_FAILURE(text, 1, false);
    QVERIFY(!QFileInfo::exists(out(u"no"_s)));
    // --out naming a folder that exists: the folder is not a file; refused, the folder kept.
    const QString folder = out(u"a-folder-"_s + kind);
    QVERIFY(QDir().mkpath(folder));
    CHECK_FAILURE(json(*m_box, kToday, {u"export"_s, kind, u"--out"_s, folder}), 1, true);
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
