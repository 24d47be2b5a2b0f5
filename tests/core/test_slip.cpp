// Slips (SPEC §5) without a printer: a visit's slip built from the shop file and painted at 58 mm
// and 80 mm (not blank, the paper's width, longer with a coupon), the barcodes' modules against
// what Code 128 and QR must contain, and a PDF whose text (pdftotext, when installed) shows the
// shop, the amount, the balance and Chinese text.

#include "TestShop.h"

#include "coupons/CouponCode.h"
#include "coupons/CouponService.h"
#include "members/MemberService.h"
#include "printing/Barcode.h"
#include "printing/Slip.h"
#include "printing/SlipRenderer.h"
#include "shop/Settings.h"
#include "visits/CheckoutService.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

// Dark pixels in an image (the slip is black on white).
qint64 darkPixels(const QImage &image)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                ++n;
    return n;
}

} // namespace

class TestSlip : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void code128Modules();
    void qrFinderPatterns();
    void visitSlipAtBothWidths_data();
    void visitSlipAtBothWidths();
    void couponMakesItLonger();
    void pdfText();
    void campaignSheets();

    void cleanup() { m_shop.reset(); }

private:
    SlipData visitSlip(const QString &language);

    std::unique_ptr<test::TestShop> m_shop;
};

void TestSlip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSlip::code128Modules()
{
    // "ABC": start B (11010010000), A, B, C, the check symbol and the stop (1100011101011): 68 modules.
    REQUIRE_OK(m, Barcode::encode(Barcode::Kind::Code128, "ABC"));
    QCOMPARE(m->rows, 1);
    QCOMPARE(m->width, 68);
    QString bits;
    for (int x = 0; x < m->width; ++x)
        bits += m->dark(0, x) ? u'1' : u'0';
    QVERIFY2(bits.startsWith(u"11010010000"_s), qPrintable(bits));   // start B
    QVERIFY2(bits.mid(11, 11) == u"10100011000"_s, qPrintable(bits)); // "A"
    QVERIFY2(bits.endsWith(u"1100011101011"_s), qPrintable(bits));   // stop
}

void TestSlip::qrFinderPatterns()
{
    REQUIRE_OK(m, Barcode::encode(Barcode::Kind::Qr, CouponCode::generate().toLatin1()));
    QCOMPARE(m->rows, m->width);
    QVERIFY(m->width >= 21);
    // The three finder patterns: a 7 × 7 square ring with a 3 × 3 core, in three corners.
    for (const auto &[r0, c0] : {std::pair{0, 0}, std::pair{0, m->width - 7}, std::pair{m->width - 7, 0}})
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c) {
                const bool ring = r == 0 || r == 6 || c == 0 || c == 6;
                const bool core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
                QCOMPARE(m->dark(r0 + r, c0 + c), ring || core);
            }
}

SlipData TestSlip::visitSlip(const QString &language)
{
    m_shop = std::make_unique<test::TestShop>(language, QDateTime(QDate(2026, 5, 4), QTime(10, 0)));
    auto &shop = m_shop;
    Database &db = shop->database();
    if (Status footer = Settings(db).set(u"shop.footer"_s, u"谢谢惠顾 Thank you"_s, Operator::owner()); !footer)
        QTest::qFail(qPrintable(footer.error().message), __FILE__, __LINE__);
    MemberFields f;
    f.name = u"王小明"_s;
    const qint64 id = MemberService(db, shop->clock).add(f)->id;
    VisitRequest r;
    r.memberId = id;
    r.amountCents = 62'000;
    auto v = CheckoutService(db, shop->clock).record(r);
    if (!v)
        return {};
    auto slip = SlipBuilder(db, shop->clock).forVisit(v->visitId);
    return slip ? *slip : SlipData{};
}

void TestSlip::visitSlipAtBothWidths_data()
{
    QTest::addColumn<int>("paper");
    QTest::newRow("58 mm") << 58;
    QTest::newRow("80 mm") << 80;
}

void TestSlip::visitSlipAtBothWidths()
{
    QFETCH(int, paper);
    const SlipData slip = visitSlip(u"en"_s);
    QVERIFY(slip.visit.has_value());
    QCOMPARE(slip.visit->amountCents, 62'000);
    QCOMPARE(slip.visit->balance, 620);
    QVERIFY(slip.tierChanged);
    const SlipRenderer renderer{SlipRenderer::Paper(paper)};
    const QImage image = renderer.toImage(slip, 203);
    QCOMPARE(image.width(), qRound(paper * 203 / 25.4));
    QVERIFY2(image.height() > 40 * 203 / 25.4, qPrintable(u"%1 × %2"_s.arg(image.width()).arg(image.height())));
    // Text on it, and nothing beyond the printable width (the margins stay white).
    QVERIFY(darkPixels(image) > 2000);
    const int margin = qRound((paper - renderer.printableWidthMm()) / 2 * 203 / 25.4) - 2;
    QCOMPARE(darkPixels(image.copy(0, 0, margin, image.height())), 0);
    QCOMPARE(darkPixels(image.copy(image.width() - margin, 0, margin, image.height())), 0);
}

void TestSlip::couponMakesItLonger()
{
    SlipData slip = visitSlip(u"en"_s);
    const SlipRenderer renderer(SlipRenderer::Paper::Mm58);
    const double without = renderer.heightMm(slip, 203);
    slip.coupons << SlipData::CouponPart{u"¥10 off"_s, u"¥10.00 off, with a spend of at least ¥50.00"_s, CouponCode::generate(),
                                         QDate(2026, 6, 3)};
    const double with = renderer.heightMm(slip, 203);
    // A Code 128 of 10 mm and a QR of about 20 mm, with the coupon's lines.
    QVERIFY2(with - without > 35, qPrintable(u"%1 → %2 mm"_s.arg(without).arg(with)));
    const QImage image = renderer.toImage(slip, 203);
    QVERIFY(darkPixels(image) > darkPixels(renderer.toImage(visitSlip(u"en"_s), 203)) + 5000);
}

void TestSlip::pdfText()
{
    const SlipData slip = visitSlip(u"zh_CN"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"slip.pdf"_s);
    QVERIFY(SlipRenderer(SlipRenderer::Paper::Mm80).toPdf(slip, path).ok());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QProcess p;
    p.start(pdftotext, {path, u"-"_s});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(u"Test Shop"_s), qPrintable(text));
    QVERIFY2(text.contains(u"¥620.00"_s), qPrintable(text));
    QVERIFY2(text.contains(u"620"_s), qPrintable(text));
    QVERIFY2(text.contains(u"王小明"_s), qPrintable(text));
    QVERIFY2(text.contains(u"谢谢惠顾"_s), qPrintable(text));
    QVERIFY2(text.contains(u"白银"_s), qPrintable(text));   // the tier reached, named in the shop's language
}

void TestSlip::campaignSheets()
{
    // Ten members and a campaign: eight coupons to an A4 page, two pages, each code on them.
    m_shop = std::make_unique<test::TestShop>(u"en"_s, QDateTime(QDate(2026, 5, 4), QTime(10, 0)));
    Database &db = m_shop->database();
    for (int i = 1; i <= 10; ++i) {
        MemberFields f;
        f.name = u"Member %1"_s.arg(i);
        QVERIFY(MemberService(db, m_shop->clock).add(f).ok());
    }
    CouponTemplate t;
    t.name = u"Spring ¥10"_s;
    t.kind = CouponKind::AmountOff;
    t.value = 1000;
    auto added = CouponService(db, m_shop->clock).addTemplate(t);
    QVERIFY(added.ok());
    auto run = CouponService(db, m_shop->clock).runCampaign({u"Spring"_s, added->id, {}});
    QVERIFY(run.ok());
    QCOMPARE(run->coupons.size(), 10);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheets.pdf"_s);
    QVERIFY(SlipBuilder(db, m_shop->clock).couponSheets(run->coupons, path).ok());
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QProcess p;
    p.start(pdftotext, {path, u"-"_s});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(text.count(u'\f'), 2);   // two pages
    for (const Coupon &c : run->coupons)
        QVERIFY2(text.contains(CouponCode::display(c.code)), qPrintable(CouponCode::display(c.code)));
    QVERIFY(text.contains(u"Member 10"_s));
}

QTEST_MAIN(TestSlip)
#include "test_slip.moc"
