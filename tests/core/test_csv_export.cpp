// The CSV exports of SPEC §6 (members, visits, ledger, coupons) byte for byte: a small shop built
// through the services (members with commas, quotes, newlines, formula-like text, an emoji and
// Chinese; visits with and without items, a coupon and points as cash, a void; adjustments; coupons
// issued by hand, to bearer and by a campaign), written into a QBuffer and compared with the bytes
// worked out by hand in the comments. Then the file routine (exportTo, SPEC §8.7): whole or nothing
// through QSaveFile, owner only, audited, cancel leaves no file and an existing file untouched; and
// a 5,000-visit export that is streamed and parses back to as many rows.

#include "StrictCsv.h"
#include "TestShop.h"

#include "coupons/CouponService.h"
#include "csv/CsvExport.h"
#include "csv/CsvWriter.h"
#include "members/MemberService.h"
#include "points/ExpiryService.h"
#include "points/PointsService.h"
#include "shop/ShopMaintenance.h"
#include "storage/Database.h"
#include "visits/CheckoutService.h"
#include "visits/VisitBatch.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

// The export's "today" for the small shop.
const QDateTime kToday(QDate(2026, 3, 20), QTime(10, 0));

using loyalty::test::parseCsv;

QByteArray lines(const QStringList &rows)
{
    QByteArray out;
    for (const QString &r : rows)
        out += r.toUtf8() + "\r\n";
    return out;
}

// Empty when equal, else the first line (CRLF-separated) that differs, both ways: a readable
// failure for the golden comparisons.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray x = a.value(i), y = e.value(i);
        if (x != y)
            return u"line %1 differs:\n  actual:   "_s.arg(i + 1) + QString::fromUtf8(x) + u"\n  expected: "_s + QString::fromUtf8(y);
    }
    return u"the bytes differ"_s;
}

qint64 number(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Counts the writes a device receives and the largest one: the export must reach the device in
// blocks as it goes (SPEC §6: memory does not grow with the rows), not as one piece at the end.
class CountingDevice : public QIODevice {
public:
    qint64 writes = 0;
    qint64 largest = 0;
    qint64 total = 0;
    QByteArray head;   // the first bytes, for the BOM

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        ++writes;
        largest = std::max(largest, len);
        total += len;
        if (head.size() < 16)
            head += QByteArray(data, int(std::min<qint64>(len, 16)));
        bom += QByteArray(data, int(len)).count(kBom);
        return len;
    }

public:
    qint64 bom = 0;    // BOMs seen anywhere (a block boundary could split one; not with these rows)
};

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_shop.reset(); }

    void columns();
    void cellsOfTheWriter_data();
    void cellsOfTheWriter();
    void namesCannotHoldLineBreaks();
    void membersGolden();
    void visitsGolden();
    void ledgerGolden();
    void couponsGolden();
    void byteOrderMarkAndLineEnds_data();
    void byteOrderMarkAndLineEnds();
    void rowsToWrite();
    void bonusAndExpiryRows();
    void emptyShop();
    void uuidFromTheTillIsGuarded();

    void exportToWritesFileAndAudits();
    void exportToRefusesCashier();
    void exportToUnwritablePath();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void cancelledExportKeepsOldFile();
    void failedCommitKeepsOldFile();
    void failedWriterKeepsOldFile();

    void streamingFiveThousandVisits();

private:
    // The small shop (see buildSmallShop for the story); the clock ends at kToday.
    struct Small {
        QString li, wang, say, formula, plus, zoe, wxm, gone;   // cards
        QString c1, c2, c3, c4;                                  // coupon codes, in id order
    };
    bool buildSmallShop(Small &s);
    // A shop with 40 members and 5,000 visits (recorded in bulk); the clock ends at 2026-03-01.
    bool buildBigShop();
    QByteArray exported(CsvExport::What what, bool bom = false, qint64 *rows = nullptr);

    Database &db() { return m_shop->database(); }
    FixedClock &clock() { return m_shop->clock; }
    void at(const QDate &d, const QTime &t) { clock().set(QDateTime(d, t)); }

    std::unique_ptr<test::TestShop> m_shop;
};

// ---------------------------------------------------------------------------------------------
// The shop

bool TestCsvExport::buildSmallShop(Small &s)
{
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(QDate(2026, 1, 2), QTime(9, 0)));
    const auto add = [&](MemberFields f, QString *card) -> qint64 {
        auto m = MemberService(db(), clock()).add(f);
        if (!m) {
            qWarning("cannot add member %s: %s", qPrintable(f.name.value_or(QString())), qPrintable(m.error().message));
            return 0;
        }
        *card = m->card;
        return m->id;
    };
    // 1 Li Lei joins 2026-01-02; never comes: 77 days away from joining on 03-20, more than 30 days a
    // member, the shop's usual gap 30 (nobody has a rhythm) → 60 < 77 ≤ 120: at_risk.
    MemberFields li;
    li.name = u"Li Lei"_s;
    li.phone = u"139 0000 0007"_s;                       // stored 13900000007
    li.note = u"likes oat milk\nno sugar"_s;            // a newline: quoted
    const qint64 liId = add(li, &s.li);

    at(QDate(2026, 3, 2), QTime(9, 0));   // everyone else joins 2026-03-02
    MemberFields wang;
    wang.name = u"Wang, Xiao"_s;                         // a comma: quoted
    wang.phone = u"13800000001"_s;
    wang.gender = u"m"_s;
    wang.birthday = u"1990-05-06"_s;
    wang.email = u"wang@example.com"_s;
    wang.tags = u"vip, coffee"_s;                        // stored vip,coffee: quoted
    wang.note = u"-5 owed"_s;                            // guarded: '-5 owed
    const qint64 wangId = add(wang, &s.wang);
    MemberFields say;
    say.name = u"Say \"Hi\""_s;                          // quotes doubled inside quotes
    say.gender = u"f"_s;
    say.birthday = u"07-15"_s;                           // no year
    const qint64 sayId = add(say, &s.say);
    MemberFields formula;
    formula.name = u"=1+2"_s;                            // guarded: '=1+2
    const qint64 formulaId = add(formula, &s.formula);
    MemberFields plus;
    plus.name = u"+86 friend"_s;                         // guarded: '+86 friend
    plus.tags = u"@home"_s;                              // guarded: '@home
    const qint64 plusId = add(plus, &s.plus);
    MemberFields zoe;
    zoe.name = u"Zoë 😀"_s;
    zoe.phone = u"13800000005"_s;
    const qint64 zoeId = add(zoe, &s.zoe);
    MemberFields wxm;
    wxm.name = u"王小明"_s;
    wxm.phone = u"13800000006"_s;
    wxm.tags = u"常客"_s;
    wxm.note = u"喜欢拿铁"_s;
    const qint64 wxmId = add(wxm, &s.wxm);
    MemberFields gone;
    gone.name = u"Gone"_s;
    const qint64 goneId = add(gone, &s.gone);
    if (!liId || !wangId || !sayId || !formulaId || !plusId || !zoeId || !wxmId || !goneId)
        return false;

    const auto visit = [&](const QDateTime &when, qint64 member, qint64 cents, const QString &uuid, const QList<VisitLine> &items = {},
                           qint64 redeem = 0, const QString &coupon = {}, const QString &note = {}) -> bool {
        clock().set(when);
        VisitRequest r;
        r.memberId = member;
        r.amountCents = cents;
        r.items = items;
        r.uuid = uuid;
        r.redeemPoints = redeem;
        r.couponCode = coupon;
        r.note = note;
        auto v = CheckoutService(db(), clock()).record(r);
        if (!v)
            qWarning("cannot record %s: %s", qPrintable(uuid), qPrintable(v.error().message));
        return v.ok();
    };
    const auto when = [](int day, int hour, int minute = 0) { return QDateTime(QDate(2026, 3, day), QTime(hour, minute)); };

    // Visit 1, 03-03 12:00: Wang ¥123.45, no items → E 12,345, earns floor(123.45) = 123 (ledger 1).
    if (!visit(when(3, 12), wangId, 12'345, u"v-1"_s))
        return false;
    // Visit 2, 03-04 12:00: 王小明 拿铁 ×2 at 28.00 + 蛋糕 ×4 at 38.00 = 56 + 152 = ¥208.00 → earns 208 (ledger 2).
    if (!visit(when(4, 12), wxmId, 20'800, u"v-2"_s, {VisitLine{u"饮品"_s, u"拿铁"_s, 2, 2'800}, VisitLine{u"烘焙"_s, u"蛋糕"_s, 4, 3'800}}))
        return false;

    // 03-05 09:30: two templates; coupons 1 (王小明) and 2 (Say "Hi") of the first, 3 to bearer of
    // the second; valid 30 days → through 04-04.
    at(QDate(2026, 3, 5), QTime(9, 30));
    CouponService coupons(db(), clock());
    CouponTemplate tenOff;
    tenOff.name = u"¥10 off, welcome"_s;                 // a comma: quoted
    tenOff.kind = CouponKind::AmountOff;
    tenOff.value = 1'000;
    tenOff.validDays = 30;
    auto t1 = coupons.addTemplate(tenOff);
    CouponTemplate tuesday;
    tuesday.name = u"-20% Tuesday"_s;                    // guarded: '-20% Tuesday
    tuesday.kind = CouponKind::PercentOff;
    tuesday.value = 20;
    tuesday.validDays = 30;
    auto t2 = coupons.addTemplate(tuesday);
    if (!t1 || !t2) {
        qWarning("cannot add templates: %s", qPrintable((t1 ? t2.error() : t1.error()).message));
        return false;
    }
    auto c1 = coupons.issue({wxmId, t1->id, std::nullopt, std::nullopt});
    auto c2 = coupons.issue({sayId, t1->id, std::nullopt, std::nullopt});
    auto c3 = coupons.issue({std::nullopt, t2->id, std::nullopt, std::nullopt});
    if (!c1 || !c2 || !c3)
        return false;
    s.c1 = c1->code;
    s.c2 = c2->code;
    s.c3 = c3->code;

    // Visit 3, 03-05 12:00: Say "Hi" ¥30.00 with coupon 2 (¥10 off) → E 2,000, earns 20 (ledger 3).
    if (!visit(when(5, 12), sayId, 3'000, u"v-3"_s, {}, 0, s.c2))
        return false;
    // Visit 4, 03-06 12:00: Zoë 😀 ¥600.00, flat white 32.00 + beans 568.00, note "=SUM(A1)"; earns 600
    // at Normal (the tier held before), then Silver (¥500 reached) (ledger 4).
    if (!visit(when(6, 12), zoeId, 60'000, u"v-4"_s,
               {VisitLine{u"coffee"_s, u"Flat white, large"_s, 1, 3'200}, VisitLine{u"beans"_s, u"Yirgacheffe 1kg"_s, 1, 56'800}}, 0, {},
               u"=SUM(A1)"_s))
        return false;
    // 03-06 15:00: visit 3 voided: its 20 points reversed (ledger 5), coupon 2 issued again.
    clock().set(when(6, 15));
    if (auto v = CheckoutService(db(), clock()).voidVisit(3, u"wrong member, re-rung"_s); !v) {
        qWarning("void: %s", qPrintable(v.error().message));
        return false;
    }
    // Visit 5, 03-07 12:00: Gone ¥20.00 → 20 (ledger 6); archived 03-08 09:00.
    if (!visit(when(7, 12), goneId, 2'000, u"v-5"_s))
        return false;
    clock().set(when(8, 9));
    if (!MemberService(db(), clock()).archive(goneId))
        return false;
    // 03-08 10:00: +500 to "+86 friend" (ledger 7); 10:05: −23 from Wang, 123 → 100 (ledger 8).
    clock().set(when(8, 10));
    if (auto a = PointsService(db(), clock()).adjust(plusId, 500, u"paper card, moved over"_s); !a)
        return false;
    clock().set(when(8, 10, 5));
    if (auto a = PointsService(db(), clock()).adjust(wangId, -23, u"typo"_s); !a)
        return false;
    // Visit 6, 03-10 12:00: 王小明 ¥50.00 = 拿铁, 大杯 20.00 + 可颂\n(热) ×2 15.00, coupon 1 (D = 1,000),
    // 150 points as cash (V = 150; at most 50% of 4,000 = 2,000; balance 208) → E = 5,000 − 1,000 −
    // 150 = 3,850, earns 38: redeem −150 (ledger 9), earn 38 (ledger 10); balance 208 − 150 + 38 = 96.
    if (!visit(when(10, 12), wxmId, 5'000, u"v-6"_s,
               {VisitLine{u"饮品"_s, u"拿铁, 大杯"_s, 1, 2'000}, VisitLine{u"烘焙"_s, u"可颂\n(热)"_s, 2, 1'500}}, 150, s.c1))
        return false;
    // 03-12 09:00: a campaign of the first template to Silver and up: Zoë alone → coupon 4, campaign
    // 1, valid through 03-12 + 30 = 04-11.
    clock().set(when(12, 9));
    CouponService::CampaignRequest campaign;
    campaign.name = u"Silver thanks"_s;
    campaign.templateId = t1->id;
    campaign.audience.minTierLevel = 1;
    auto ran = CouponService(db(), clock()).runCampaign(campaign);
    if (!ran || ran->coupons.size() != 1) {
        qWarning("campaign: %s", ran ? "not one coupon" : qPrintable(ran.error().message));
        return false;
    }
    s.c4 = ran->coupons.first().code;
    // The day's maintenance, as a session runs it at open (the GUI, the CLI): it counts the members'
    // 12-month spend up to today (kept on their rows, SPEC §3.5), runs the tier reviews due (03-01:
    // Zoë's Silver is younger than its grace) and expires nothing yet.
    clock().set(kToday);
    if (auto m = ShopMaintenance(db(), clock()).run(); !m) {
        qWarning("maintenance: %s", qPrintable(m.error().message));
        return false;
    }
    return true;
}

bool TestCsvExport::buildBigShop()
{
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(QDate(2025, 5, 1), QTime(9, 0)));
    for (int i = 1; i <= 40; ++i) {
        MemberFields f;
        f.name = i % 5 == 0 ? u"Name, with \"quotes\" %1"_s.arg(i) : u"会员%1"_s.arg(i);
        if (!MemberService(db(), clock()).add(f))
            return false;
    }
    VisitBatch batch(db());
    CheckoutService checkout(batch, clock());
    const QDateTime start(QDate(2025, 5, 2), QTime(8, 0));
    Status s = db().transaction([&]() -> Status {
        for (int i = 0; i < 5'000; ++i) {
            // 25 a day from 2025-05-02: the last on day 199, 2025-11-17.
            clock().set(start.addDays(i / 25).addSecs(60 * 20 * (i % 25)));
            VisitRequest r;
            r.memberId = 1 + i % 40;
            r.uuid = u"big-%1"_s.arg(i + 1);
            if (i % 3 == 0) {
                // Items whose descriptions need quoting now and then (a comma, a quote, a newline).
                r.items << VisitLine{u"coffee"_s, i % 2 ? u"Latte, oat"_s : u"Say \"flat\"\nwhite"_s, 1 + i % 3, 2'800};
                r.items << VisitLine{u"bakery"_s, u"可颂"_s, 1, 1'500};
                for (const VisitLine &l : std::as_const(r.items))
                    r.amountCents += l.totalCents();
            } else {
                r.amountCents = 1'000 + 7 * i;
            }
            if (auto v = checkout.record(r); !v)
                return v.error();
        }
        return batch.flush();
    });
    if (!s) {
        qWarning("big shop: %s", qPrintable(s.error().message));
        return false;
    }
    clock().set(QDateTime(QDate(2026, 3, 1), QTime(10, 0)));
    return true;
}

QByteArray TestCsvExport::exported(CsvExport::What what, bool bom, qint64 *rows)
{
    QBuffer buffer;
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    auto n = CsvExport::write(db(), clock(), what, buffer, bom);
    if (!n) {
        qWarning("write: %s", qPrintable(n.error().message));
        return {};
    }
    if (rows)
        *rows = *n;
    return buffer.data();
}

// ---------------------------------------------------------------------------------------------
// Columns and cells

void TestCsvExport::columns()
{
    // SPEC §6 gives the members' order; the others as CsvExport.h documents them.
    QCOMPARE(CsvExport::columns(CsvExport::What::Members).join(u','),
             u"card,name,phone,gender,birthday,email,tier,points,spend_12m,visits,last_visit,state,joined,tags,note"_s);
    QCOMPARE(CsvExport::columns(CsvExport::What::Visits).join(u','),
             u"visit_id,uuid,at,card,member,amount,coupon_discount,points_value,paid,points_earned,points_redeemed,bonus_points,tier,"
             "operator,note,items,void,voided_at,void_reason"_s);
    QCOMPARE(CsvExport::columns(CsvExport::What::Ledger).join(u','), u"entry_id,at,card,kind,points,visit_id,reason,operator"_s);
    QCOMPARE(CsvExport::columns(CsvExport::What::Coupons).join(u','),
             u"code,coupon,card,status,issued_at,valid_until,redeemed_at,discount,campaign_id"_s);
    // The names the CLI takes, both ways; "alerts" is not one of these four, "Members" is not a name.
    for (auto w : {CsvExport::What::Members, CsvExport::What::Visits, CsvExport::What::Ledger, CsvExport::What::Coupons})
        QCOMPARE(CsvExport::whatFrom(CsvExport::nameOf(w)), std::optional<CsvExport::What>(w));
    QCOMPARE(CsvExport::nameOf(CsvExport::What::Ledger), u"ledger"_s);
    QVERIFY(!CsvExport::whatFrom(u"alerts"_s));
    QVERIFY(!CsvExport::whatFrom(u"Members"_s));
    QVERIFY(!CsvExport::whatFrom(QString()));
}

void TestCsvExport::cellsOfTheWriter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("comma") << u"Wang, Xiao"_s << u"\"Wang, Xiao\""_s;
    QTest::newRow("quotes") << u"Say \"Hi\""_s << u"\"Say \"\"Hi\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("= ") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("+") << u"+86 friend"_s << u"'+86 friend"_s;
    QTest::newRow("-") << u"-5 owed"_s << u"'-5 owed"_s;
    QTest::newRow("@") << u"@home"_s << u"'@home"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("CR: guarded inside the quotes") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("= with quotes") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("- with newline") << u"-a\nb"_s << u"\"'-a\nb\""_s;
    QTest::newRow("emoji") << u"Zoë 😀"_s << u"Zoë 😀"_s;
    QTest::newRow("emoji first") << u"😀=1"_s << u"😀=1"_s;
    QTest::newRow("Chinese") << u"王小明"_s << u"王小明"_s;
    QTest::newRow("Chinese comma (not a separator)") << u"拿铁，大杯"_s << u"拿铁，大杯"_s;
    QTest::newRow("a leading space is not a guard") << u" =1"_s << u" =1"_s;
    QTest::newRow("a lone apostrophe") << u"'"_s << u"'"_s;
}

void TestCsvExport::cellsOfTheWriter()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter csv(buffer, false);
        csv.number(1).text(text).typed(text.toUtf8()).plain(u"z"_s.toUtf8());
        QVERIFY(csv.endRow().ok());
        QVERIFY(csv.flush().ok());
    }
    // text() and typed() write the same cell; the static helpers agree with them.
    QCOMPARE(QString::fromUtf8(buffer.data()), u"1,"_s + written + u',' + written + u",z\r\n"_s);
    QCOMPARE(CsvWriter::quoted(CsvWriter::guarded(text)), written);
    // And the cell reads back as the guarded text.
    QString where;
    const auto parsed = parseCsv(buffer.data(), &where);
    QVERIFY2(parsed, qPrintable(where));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().size(), 4);
    QCOMPARE(parsed->first().at(1), CsvWriter::guarded(text));
}

void TestCsvExport::namesCannotHoldLineBreaks()
{
    // A name with a newline never reaches an export: the member form refuses it (so the newline
    // cases of the exports are in notes and item descriptions).
    m_shop = std::make_unique<test::TestShop>();
    MemberFields f;
    f.name = u"two\nlines"_s;
    auto m = MemberService(db(), clock()).add(f);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::Invalid);
    QCOMPARE(number(db(), u"SELECT count(*) FROM members"_s), 0);
}

// ---------------------------------------------------------------------------------------------
// Golden exports of the small shop

void TestCsvExport::membersGolden()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    qint64 rows = -1;
    const QByteArray bytes = exported(CsvExport::What::Members, false, &rows);
    // Active members in id order; Gone (archived) left out → 7 rows. As of 2026-03-20:
    // - Li Lei: no visit, joined 01-02 → at_risk (see buildSmallShop); gender unknown; the note's
    //   newline quoted.
    // - Wang: 123 − 23 = 100 points; 12-month spend 123.45; 1 visit, last 03-03; 1 visit and 18 days
    //   a member → new; tags vip,coffee quoted; the note guarded.
    // - Say "Hi": the only visit voided → 0 points, 0.00, 0 visits, no last visit; birthday 07-15.
    // - "=1+2", "+86 friend": guarded names; 500 points from the adjustment; '@home guarded.
    // - Zoë 😀: 600 points, 600.00, Silver since visit 4.
    // - 王小明: 208 − 150 + 38 = 96; 20,800 + 3,850 = 24,650 → 246.50; 2 visits, last 03-10, 10 days
    //   away, the shop's gap 30 → active (not new: 2 visits).
    const QByteArray expected = lines({
        u"card,name,phone,gender,birthday,email,tier,points,spend_12m,visits,last_visit,state,joined,tags,note"_s,
        s.li + u",Li Lei,13900000007,unknown,,,Normal,0,0.00,0,,at_risk,2026-01-02,,\"likes oat milk\nno sugar\""_s,
        s.wang + u",\"Wang, Xiao\",13800000001,m,1990-05-06,wang@example.com,Normal,100,123.45,1,2026-03-03,new,2026-03-02,\"vip,coffee\",'-5 owed"_s,
        s.say + u",\"Say \"\"Hi\"\"\",,f,07-15,,Normal,0,0.00,0,,new,2026-03-02,,"_s,
        s.formula + u",'=1+2,,unknown,,,Normal,0,0.00,0,,new,2026-03-02,,"_s,
        s.plus + u",'+86 friend,,unknown,,,Normal,500,0.00,0,,new,2026-03-02,'@home,"_s,
        s.zoe + u",Zoë 😀,13800000005,unknown,,,Silver,600,600.00,1,2026-03-06,new,2026-03-02,,"_s,
        s.wxm + u",王小明,13800000006,unknown,,,Normal,96,246.50,2,2026-03-10,active,2026-03-02,常客,喜欢拿铁"_s,
    });
    QVERIFY2(bytes == expected, qPrintable(firstDifference(bytes, expected)));
    QCOMPARE(rows, 7);
    QVERIFY(!bytes.contains(s.gone.toUtf8()));
}

void TestCsvExport::visitsGolden()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    qint64 rows = -1;
    const QByteArray bytes = exported(CsvExport::What::Visits, false, &rows);
    // Every visit, voided and archived members' included, in id order. paid = amount − coupon −
    // points value: visit 3: 30.00 − 10.00 − 0 = 20.00; visit 6: 50.00 − 10.00 − 1.50 = 38.50. tier
    // is the one held at the visit (Zoë was Normal when she came). Items as category:description:
    // qty:unit_price joined by "; "; no items → an empty cell.
    const QByteArray expected = lines({
        u"visit_id,uuid,at,card,member,amount,coupon_discount,points_value,paid,points_earned,points_redeemed,bonus_points,tier,"
        "operator,note,items,void,voided_at,void_reason"_s,
        u"1,v-1,2026-03-03T12:00:00,"_s + s.wang + u",\"Wang, Xiao\",123.45,0.00,0.00,123.45,123,0,0,Normal,owner,,,,,"_s,
        u"2,v-2,2026-03-04T12:00:00,"_s + s.wxm + u",王小明,208.00,0.00,0.00,208.00,208,0,0,Normal,owner,,饮品:拿铁:2:28.00; 烘焙:蛋糕:4:38.00,,,"_s,
        u"3,v-3,2026-03-05T12:00:00,"_s + s.say
            + u",\"Say \"\"Hi\"\"\",30.00,10.00,0.00,20.00,20,0,0,Normal,owner,,,yes,2026-03-06T15:00:00,\"wrong member, re-rung\""_s,
        u"4,v-4,2026-03-06T12:00:00,"_s + s.zoe
            + u",Zoë 😀,600.00,0.00,0.00,600.00,600,0,0,Normal,owner,'=SUM(A1),\"coffee:Flat white, large:1:32.00; beans:Yirgacheffe 1kg:1:568.00\",,,"_s,
        u"5,v-5,2026-03-07T12:00:00,"_s + s.gone + u",Gone,20.00,0.00,0.00,20.00,20,0,0,Normal,owner,,,,,"_s,
        u"6,v-6,2026-03-10T12:00:00,"_s + s.wxm
            + u",王小明,50.00,10.00,1.50,38.50,38,150,0,Normal,owner,,\"饮品:拿铁, 大杯:1:20.00; 烘焙:可颂\n(热):2:15.00\",,,"_s,
    });
    QVERIFY2(bytes == expected, qPrintable(firstDifference(bytes, expected)));
    QCOMPARE(rows, 6);
    QCOMPARE(number(db(), u"SELECT count(*) FROM visits"_s), 6);
}

void TestCsvExport::ledgerGolden()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    qint64 rows = -1;
    const QByteArray bytes = exported(CsvExport::What::Ledger, false, &rows);
    // Entries 1-10 as numbered in buildSmallShop: the void's reverse carries its reason; the
    // adjustments have no visit; a redeem comes before the earn of the same visit.
    const QByteArray expected = lines({
        u"entry_id,at,card,kind,points,visit_id,reason,operator"_s,
        u"1,2026-03-03T12:00:00,"_s + s.wang + u",earn,123,1,,owner"_s,
        u"2,2026-03-04T12:00:00,"_s + s.wxm + u",earn,208,2,,owner"_s,
        u"3,2026-03-05T12:00:00,"_s + s.say + u",earn,20,3,,owner"_s,
        u"4,2026-03-06T12:00:00,"_s + s.zoe + u",earn,600,4,,owner"_s,
        u"5,2026-03-06T15:00:00,"_s + s.say + u",reverse,-20,3,\"wrong member, re-rung\",owner"_s,
        u"6,2026-03-07T12:00:00,"_s + s.gone + u",earn,20,5,,owner"_s,
        u"7,2026-03-08T10:00:00,"_s + s.plus + u",adjust,500,,\"paper card, moved over\",owner"_s,
        u"8,2026-03-08T10:05:00,"_s + s.wang + u",adjust,-23,,typo,owner"_s,
        u"9,2026-03-10T12:00:00,"_s + s.wxm + u",redeem,-150,6,,owner"_s,
        u"10,2026-03-10T12:00:00,"_s + s.wxm + u",earn,38,6,,owner"_s,
    });
    QVERIFY2(bytes == expected, qPrintable(firstDifference(bytes, expected)));
    QCOMPARE(rows, 10);
}

void TestCsvExport::couponsGolden()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    qint64 rows = -1;
    const QByteArray bytes = exported(CsvExport::What::Coupons, false, &rows);
    // 1 redeemed by visit 6 for 10.00; 2 given back by the void of visit 3 (issued, no redemption,
    // discount 0.00); 3 to bearer (no card), its name guarded; 4 from campaign 1.
    const QByteArray expected = lines({
        u"code,coupon,card,status,issued_at,valid_until,redeemed_at,discount,campaign_id"_s,
        s.c1 + u",\"¥10 off, welcome\","_s + s.wxm + u",redeemed,2026-03-05T09:30:00,2026-04-04,2026-03-10T12:00:00,10.00,"_s,
        s.c2 + u",\"¥10 off, welcome\","_s + s.say + u",issued,2026-03-05T09:30:00,2026-04-04,,0.00,"_s,
        s.c3 + u",'-20% Tuesday,,issued,2026-03-05T09:30:00,2026-04-04,,0.00,"_s,
        s.c4 + u",\"¥10 off, welcome\","_s + s.zoe + u",issued,2026-03-12T09:00:00,2026-04-11,,0.00,1"_s,
    });
    QVERIFY2(bytes == expected, qPrintable(firstDifference(bytes, expected)));
    QCOMPARE(rows, 4);
}

void TestCsvExport::byteOrderMarkAndLineEnds_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("members") << int(CsvExport::What::Members);
    QTest::newRow("visits") << int(CsvExport::What::Visits);
    QTest::newRow("ledger") << int(CsvExport::What::Ledger);
    QTest::newRow("coupons") << int(CsvExport::What::Coupons);
}

void TestCsvExport::byteOrderMarkAndLineEnds()
{
    QFETCH(int, what);
    const auto w = CsvExport::What(what);
    Small s;
    QVERIFY(buildSmallShop(s));
    qint64 plainRows = -1, bomRows = -1;
    const QByteArray plain = exported(w, false, &plainRows);
    const QByteArray withBom = exported(w, true, &bomRows);
    QVERIFY(!plain.isEmpty());
    // --no-bom: no BOM anywhere; the default: exactly one, first, then the same bytes.
    QVERIFY(!plain.startsWith(kBom));
    QCOMPARE(plain.count(kBom), 0);
    QCOMPARE(withBom.left(3), kBom);
    QCOMPARE(withBom.count(kBom), 1);
    QCOMPARE(withBom.mid(3), plain);
    QCOMPARE(bomRows, plainRows);
    // CRLF at every record's end; the only bare LFs are inside quoted cells (parseCsv refuses any
    // other), and the header is the columns.
    QVERIFY(plain.endsWith("\r\n"));
    QString where;
    const auto records = parseCsv(plain, &where);
    QVERIFY2(records, qPrintable(where));
    QCOMPARE(records->size(), plainRows + 1);
    QCOMPARE(records->first(), CsvExport::columns(w));
    for (const QStringList &r : *records)
        QCOMPARE(r.size(), CsvExport::columns(w).size());
    // Valid UTF-8 throughout (Chinese and the emoji round-trip).
    QCOMPARE(QString::fromUtf8(plain).toUtf8(), plain);
}

void TestCsvExport::rowsToWrite()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    // What the progress bar is told to expect: 7 active members, 6 visits, 10 entries, 4 coupons.
    const QList<std::pair<CsvExport::What, qint64>> expected = {
        {CsvExport::What::Members, 7}, {CsvExport::What::Visits, 6}, {CsvExport::What::Ledger, 10}, {CsvExport::What::Coupons, 4}};
    for (const auto &[w, n] : expected) {
        REQUIRE_OK(count, CsvExport::rowsToWrite(db(), w));
        QCOMPARE(*count, n);
    }
}

void TestCsvExport::bonusAndExpiryRows()
{
    // The kinds the small shop has not: a birthday bonus (in the visit's bonus_points too) and expiry.
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    MemberFields f;
    f.name = u"Bea"_s;
    f.birthday = u"03-15"_s;
    auto m = MemberService(db(), clock()).add(f);
    QVERIFY(m.ok());
    // 03-03 12:00, ¥45.67: earns floor(45.67) = 45, and the birthday month's first visit brings the
    // birthday bonus, 100 (ledger 1 earn, 2 bonus "birthday").
    clock().set(QDateTime(QDate(2026, 3, 3), QTime(12, 0)));
    VisitRequest r;
    r.memberId = m->id;
    r.amountCents = 4'567;
    r.uuid = u"b-1"_s;
    auto v = CheckoutService(db(), clock()).record(r);
    QVERIFY(v.ok());
    QCOMPARE(v->bonusPoints, 100);
    // Both lots earned in March 2026 are valid through 2027-03-31 (rolling, 12 months) and are gone
    // at the start of 2027-04-01: expiry on 04-02 writes −45 and −100 (ledger 3, 4), no visit.
    clock().set(QDateTime(QDate(2027, 4, 2), QTime(10, 0)));
    REQUIRE_OK(expired, ExpiryService(db(), clock()).run());
    const QByteArray ledger = exported(CsvExport::What::Ledger);
    const QByteArray expected = lines({
        u"entry_id,at,card,kind,points,visit_id,reason,operator"_s,
        u"1,2026-03-03T12:00:00,"_s + m->card + u",earn,45,1,,owner"_s,
        u"2,2026-03-03T12:00:00,"_s + m->card + u",bonus,100,1,birthday,owner"_s,
        u"3,2027-04-01T00:00:00,"_s + m->card + u",expire,-45,,,system"_s,
        u"4,2027-04-01T00:00:00,"_s + m->card + u",expire,-100,,,system"_s,
    });
    QVERIFY2(ledger == expected, qPrintable(firstDifference(ledger, expected)));
    const auto visits = parseCsv(exported(CsvExport::What::Visits));
    QVERIFY(visits);
    QCOMPARE(visits->size(), 2);
    // points_earned 45, points_redeemed 0, bonus_points 100.
    QCOMPARE(visits->at(1).mid(9, 3), QStringList({u"45"_s, u"0"_s, u"100"_s}));
}

void TestCsvExport::emptyShop()
{
    // A fresh shop: each export is its header alone, 0 rows; the BOM still first.
    m_shop = std::make_unique<test::TestShop>();
    for (auto w : {CsvExport::What::Members, CsvExport::What::Visits, CsvExport::What::Ledger, CsvExport::What::Coupons}) {
        qint64 rows = -1;
        const QByteArray bytes = exported(w, true, &rows);
        QCOMPARE(rows, 0);
        QCOMPARE(bytes, QByteArray(kBom + CsvExport::columns(w).join(u',').toUtf8() + "\r\n"));
    }
}

void TestCsvExport::uuidFromTheTillIsGuarded()
{
    // A visit's UUID comes from outside when a till sends one (`visit add --uuid U`, any text up to
    // 100 characters): it is a text cell like a note, so SPEC §6's formula guard applies to it.
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    MemberFields f;
    f.name = u"Ann"_s;
    auto m = MemberService(db(), clock()).add(f);
    QVERIFY(m.ok());
    clock().set(QDateTime(QDate(2026, 3, 3), QTime(12, 0)));
    VisitRequest r;
    r.memberId = m->id;
    r.amountCents = 1'000;
    r.uuid = u"=HYPERLINK(\"http://x.example\",\"y\")"_s;
    r.note = u"=HYPERLINK(\"http://x.example\",\"y\")"_s;
    QVERIFY(CheckoutService(db(), clock()).record(r).ok());
    const auto records = parseCsv(exported(CsvExport::What::Visits, false));
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    // The note is guarded (a typed cell) …
    QCOMPARE(records->at(1).at(14), u"'=HYPERLINK(\"http://x.example\",\"y\")"_s);
    // … and so is the UUID a till brought along: a spreadsheet never runs it as a formula.
    QCOMPARE(records->at(1).at(1), u"'=HYPERLINK(\"http://x.example\",\"y\")"_s);
}

// ---------------------------------------------------------------------------------------------
// exportTo: the file, the owner, the audit

void TestCsvExport::exportToWritesFileAndAudits()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    const QString path = m_shop->dir.filePath(u"visits.csv"_s);
    const qint64 auditsBefore = number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s);
    QCOMPARE(auditsBefore, 0);
    REQUIRE_OK(rows, CsvExport::exportTo(db(), clock(), Operator::owner(), CsvExport::What::Visits, path, true));
    QVERIFY(rows->has_value());
    QCOMPARE(**rows, 6);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The file holds exactly what write() gives, with its BOM.
    QCOMPARE(file.readAll(), QByteArray(kBom + exported(CsvExport::What::Visits, false)));
    file.close();
    // Nothing but the file is left in the folder (no temporary of QSaveFile).
    QCOMPARE(QDir(m_shop->dir.path()).entryList({u"visits.csv*"_s}, QDir::Files | QDir::Hidden), QStringList{u"visits.csv"_s});

    // One audit row: the owner, 'export', what, rows and the absolute file.
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 1);
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT operator, details FROM audit_log WHERE action = 'export'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"owner"_s);
    const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(details.value(u"what"_s).toString(), u"visits"_s);
    QCOMPARE(details.value(u"rows"_s).toInteger(), 6);
    QCOMPARE(details.value(u"file"_s).toString(), QFileInfo(path).absoluteFilePath());

    // A second export replaces the file (no BOM now) and is audited again.
    REQUIRE_OK(again, CsvExport::exportTo(db(), clock(), Operator::owner(), CsvExport::What::Members, path, false));
    QCOMPARE(again->value_or(-1), 7);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exported(CsvExport::What::Members, false));
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 2);
}

void TestCsvExport::exportToRefusesCashier()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    const Operator cashier{u"cashy"_s, Role::Cashier};
    for (auto w : {CsvExport::What::Members, CsvExport::What::Visits, CsvExport::What::Ledger, CsvExport::What::Coupons}) {
        const QString path = m_shop->dir.filePath(CsvExport::nameOf(w) + u".csv"_s);
        auto r = CsvExport::exportTo(db(), clock(), cashier, w, path, true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Permission);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }
    // Nothing created at all, and nothing audited.
    QCOMPARE(QDir(m_shop->dir.path()).entryList({u"*.csv*"_s}, QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 0);

    // A cashier's refusal leaves an existing file as it was.
    const QString path = m_shop->dir.filePath(u"kept.csv"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content\r\n");
    old.close();
    QVERIFY(!CsvExport::exportTo(db(), clock(), cashier, CsvExport::What::Members, path, true).ok());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old content\r\n"));
}

void TestCsvExport::exportToUnwritablePath()
{
    Small s;
    QVERIFY(buildSmallShop(s));
    // A folder that does not exist: refused (exit 1 in the CLI), nothing made, not audited.
    const QString nowhere = m_shop->dir.filePath(u"no/such/folder/members.csv"_s);
    auto r = CsvExport::exportTo(db(), clock(), Operator::owner(), CsvExport::What::Members, nowhere, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Refused);
    QVERIFY(r.error().message.contains(QDir::toNativeSeparators(nowhere)));
    QVERIFY(!QFileInfo::exists(m_shop->dir.filePath(u"no"_s)));
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 0);
}

void TestCsvExport::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<qint64>("stopAt");   // the progress answers false once told this many rows
    // The big shop: 5,000 visits, each with an earn entry (5,000+ ledger rows).
    QTest::newRow("visits, at once") << int(CsvExport::What::Visits) << qint64(0);
    QTest::newRow("visits, halfway") << int(CsvExport::What::Visits) << qint64(2'500);
    QTest::newRow("visits, at the last row") << int(CsvExport::What::Visits) << qint64(5'000);
    QTest::newRow("ledger, at once") << int(CsvExport::What::Ledger) << qint64(0);
}

void TestCsvExport::cancelledExportLeavesNoFile()
{
    QFETCH(int, what);
    QFETCH(qint64, stopAt);
    const auto w = CsvExport::What(what);
    QVERIFY(buildBigShop());
    const QString path = m_shop->dir.filePath(u"cancelled.csv"_s);
    QList<qint64> told;
    auto r = CsvExport::exportTo(db(), clock(), Operator::owner(), w, path, true, [&](qint64 n) {
        told << n;
        return n < stopAt;
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    // Cancelled: std::nullopt, no file, no temporary left, not audited.
    QVERIFY(!r->has_value());
    QVERIFY(!told.isEmpty());
    QVERIFY(told.last() >= stopAt);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_shop->dir.path()).entryList({u"cancelled*"_s}, QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 0);
    // Progress is told increasing counts that never pass the rows there are.
    REQUIRE_OK(total, CsvExport::rowsToWrite(db(), w));
    for (qsizetype i = 0; i < told.size(); ++i) {
        QVERIFY(told.at(i) > 0 && told.at(i) <= *total);
        if (i)
            QVERIFY(told.at(i) > told.at(i - 1));
    }
}

void TestCsvExport::cancelledExportKeepsOldFile()
{
    QVERIFY(buildBigShop());
    const QString path = m_shop->dir.filePath(u"visits.csv"_s);
    const QByteArray oldContent("card,name\r\nold,file\r\n");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write(oldContent), oldContent.size());
    }
    // Cancelled halfway: the old file is left as it was, byte for byte.
    auto cancelled = CsvExport::exportTo(db(), clock(), Operator::owner(), CsvExport::What::Visits, path, true,
                                         [](qint64 n) { return n < 2'000; });
    QVERIFY(cancelled.ok());
    QVERIFY(!cancelled->has_value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), oldContent);
    file.close();
    // Done: replaced whole (5,000 visits plus the header).
    auto done = CsvExport::exportTo(db(), clock(), Operator::owner(), CsvExport::What::Visits, path, true, [](qint64) { return true; });
    QVERIFY(done.ok());
    QCOMPARE(done->value_or(-1), 5'000);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(QByteArray(kBom + "visit_id,")));
    const auto records = parseCsv(bytes.mid(3));
    QVERIFY(records);
    QCOMPARE(records->size(), 5'001);
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 1);
}

void TestCsvExport::failedCommitKeepsOldFile()
{
    // The target is a folder: the file cannot replace it; refused, the folder and its content kept.
    Small s;
    QVERIFY(buildSmallShop(s));
    const QString path = m_shop->dir.filePath(u"a-folder.csv"_s);
    QVERIFY(QDir().mkpath(path + u"/inside"_s));
    auto r = CsvExport::exportTo(db(), clock(), Operator::owner(), CsvExport::What::Members, path, true);
    QVERIFY(!r.ok());
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QFileInfo(path + u"/inside"_s).isDir());
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 0);
}

void TestCsvExport::failedWriterKeepsOldFile()
{
    // The routine every export goes through (toFile): a writer that fails after writing half leaves
    // the old file as it was and audits nothing; one that succeeds replaces it and is audited as
    // the export of what it was called.
    m_shop = std::make_unique<test::TestShop>();
    const QString path = m_shop->dir.filePath(u"out.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\r\n");
    }
    const CsvExport::Writer failing = [](QIODevice &out, const std::function<bool(qint64)> &) -> Result<qint64> {
        out.write("half,of,it\r\n");
        return Error::fileUnusable(u"disk full"_s);
    };
    auto failed = CsvExport::toFile(db(), Operator::owner(), u"members"_s, path, failing, {});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, u"disk full"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old\r\n"));
    file.close();
    QCOMPARE(QDir(m_shop->dir.path()).entryList({u"out.csv*"_s}, QDir::Files | QDir::Hidden), QStringList{u"out.csv"_s});
    QCOMPARE(number(db(), u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 0);

    const CsvExport::Writer working = [](QIODevice &out, const std::function<bool(qint64)> &) -> Result<qint64> {
        out.write("a\r\nb\r\n");
        return qint64(2);
    };
    auto done = CsvExport::toFile(db(), Operator::owner(), u"call sheet"_s, path, working, {});
    QVERIFY(done.ok());
    QCOMPARE(done->value_or(-1), 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a\r\nb\r\n"));
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT details FROM audit_log WHERE action = 'export'"_s));
    QVERIFY(q.next());
    QCOMPARE(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(u"what"_s).toString(), u"call sheet"_s);
    QVERIFY(!q.next());
}

// ---------------------------------------------------------------------------------------------
// Streaming

void TestCsvExport::streamingFiveThousandVisits()
{
    QVERIFY(buildBigShop());
    QCOMPARE(number(db(), u"SELECT count(*) FROM visits"_s), 5'000);
    // Visits i % 3 == 0 have two items: i = 0, 3, …, 4,998 → 1,667 visits, 3,334 items.
    QCOMPARE(number(db(), u"SELECT count(*) FROM visit_items"_s), 3'334);

    // Through a device that counts its writes: the rows arrive in blocks as they are made.
    CountingDevice device;
    QVERIFY(device.open(QIODevice::WriteOnly));
    REQUIRE_OK(rows, CsvExport::write(db(), clock(), CsvExport::What::Visits, device, true));
    QCOMPARE(*rows, 5'000);
    QCOMPARE(device.head.left(3), kBom);
    QCOMPARE(device.bom, 1);
    // 5,000 rows of 100 bytes or more are several blocks of 64 KB; no write much larger than a block
    // (a writer that kept everything would write it once at the end).
    QVERIFY2(device.total > 5'000 * 100, qPrintable(QString::number(device.total)));
    QVERIFY2(device.writes >= device.total / (80 * 1024), qPrintable(QString::number(device.writes)));
    QVERIFY2(device.largest <= 80 * 1024, qPrintable(QString::number(device.largest)));

    // The same into a buffer: it parses back to 5,000 rows of 19 cells, visit ids 1 … 5,000 in
    // order, items and quoted descriptions intact.
    const QByteArray bytes = exported(CsvExport::What::Visits, false);
    QCOMPARE(qint64(bytes.size()) + 3, device.total);
    QString where;
    const auto records = parseCsv(bytes, &where);
    QVERIFY2(records, qPrintable(where));
    QCOMPARE(records->size(), 5'001);
    qint64 withItems = 0;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const QStringList &r = records->at(i);
        QCOMPARE(r.size(), 19);
        QCOMPARE(r.at(0), QString::number(i));
        QCOMPARE(r.at(1), u"big-%1"_s.arg(i));
        // Items for visits i % 3 == 0 (visit id i + 1) and only those: the two cursors stay in step.
        QCOMPARE(!r.at(15).isEmpty(), (i - 1) % 3 == 0);
        if (!r.at(15).isEmpty())
            ++withItems;
    }
    QCOMPARE(withItems, 1'667);
    // Visit 1 (i = 0): "Say \"flat\"\nwhite" ×1 at 28.00 and 可颂 ×1 at 15.00; member 1, 会员1.
    QCOMPARE(records->at(1).at(15), u"coffee:Say \"flat\"\nwhite:1:28.00; bakery:可颂:1:15.00"_s);
    QCOMPARE(records->at(1).at(4), u"会员1"_s);
    QCOMPARE(records->at(1).at(5), u"43.00"_s);
    // Visit 4 (i = 3, odd): "Latte, oat" ×(1 + 3 % 3 = 1); visit 5 (i = 4): no items, 10.00 + 7 × 4
    // cents = 10.28; member 1 + 4 % 40 = 5: "Name, with \"quotes\" 5".
    QCOMPARE(records->at(4).at(15), u"coffee:Latte, oat:1:28.00; bakery:可颂:1:15.00"_s);
    QCOMPARE(records->at(5).at(15), QString());
    QCOMPARE(records->at(5).at(5), u"10.28"_s);
    QCOMPARE(records->at(5).at(4), u"Name, with \"quotes\" 5"_s);

    // The ledger of the big shop: one earn per visit (no redemptions, no bonuses).
    qint64 ledgerRows = -1;
    const QByteArray ledger = exported(CsvExport::What::Ledger, false, &ledgerRows);
    QCOMPARE(ledgerRows, number(db(), u"SELECT count(*) FROM ledger"_s));
    QCOMPARE(ledgerRows, 5'000);
    const auto ledgerRecords = parseCsv(ledger, &where);
    QVERIFY2(ledgerRecords, qPrintable(where));
    QCOMPARE(ledgerRecords->size(), 5'001);
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csv_export.moc"
