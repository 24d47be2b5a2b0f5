// ESC/POS without a printer (SPEC §5): a visit's slip and a coupon slip against golden byte
// streams (tests/data/escpos; written again with LOYALTY_WRITE_GOLDEN=1 after a deliberate change,
// then read through `xxd` before committing), the commands a printer needs in them (initialise,
// Chinese mode, GB18030 text, GS k Code 128, GS ( k QR, cut), columns by display width, the
// targets a setting can name, and a slip sent to a TCP printer on 127.0.0.1.

#include "coupons/CouponCode.h"
#include "printing/EscPos.h"

#include <QFile>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

SlipData visitSlip()
{
    SlipData s;
    s.shopName = u"街角茶屋 Corner Tea"_s;
    s.footer = u"谢谢惠顾，欢迎再来！"_s;
    s.at = QDateTime(QDate(2026, 5, 4), QTime(18, 30));
    SlipData::VisitPart v;
    v.memberName = u"王小明"_s;
    v.card = u"8000000011"_s;
    v.amountCents = 12'800;
    v.pointsValueCents = 500;
    v.pointsRedeemed = 500;
    v.paidCents = 12'300;
    v.pointsEarned = 123;
    v.balance = 178;
    s.visit = v;
    s.tierName = u"白银"_s;
    s.tierProgress = u"未来 12 个月再消费 ¥1,221.50 即可升至黄金"_s;
    s.expiring << PointsExpiring{100, QDate(2026, 5, 31)};
    return s;
}

SlipData couponSlip()
{
    SlipData s;
    s.shopName = u"Corner Tea House"_s;
    s.at = QDateTime(QDate(2026, 5, 4), QTime(10, 0));
    s.coupons << SlipData::CouponPart{u"满100减20"_s, u"满 ¥100.00 减 ¥20.00"_s, u"GRTB82JN2428A"_s, QDate(2026, 6, 3)};
    return s;
}

QByteArray golden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(LOYALTY_TEST_DATA "/escpos/") + name;
    if (qEnvironmentVariableIsSet("LOYALTY_WRITE_GOLDEN")) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
    }
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace

class TestEscPos : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void visitSlipMatchesGolden();
    void couponSlipMatchesGolden();
    void commandsAPrinterNeeds();
    void chineseIsGb18030();
    void columnsByDisplayWidth();
    void targets_data();
    void targets();
    void sendsToATcpPrinter();
    void unreachablePrinterIsSaid();
};

void TestEscPos::visitSlipMatchesGolden()
{
    const QByteArray bytes = EscPos::render(visitSlip(), EscPos::Paper::Mm58);
    QCOMPARE(bytes, golden(u"visit-58.bin"_s, bytes));
}

void TestEscPos::couponSlipMatchesGolden()
{
    const QByteArray bytes = EscPos::render(couponSlip(), EscPos::Paper::Mm80);
    QCOMPARE(bytes, golden(u"coupon-80.bin"_s, bytes));
}

void TestEscPos::commandsAPrinterNeeds()
{
    const QByteArray bytes = EscPos::render(couponSlip(), EscPos::Paper::Mm80);
    QVERIFY(bytes.startsWith("\x1b@\x1c&"));                       // initialise, Chinese mode
    QVERIFY(bytes.endsWith("\x1b" "d\x04\x1dVB\x00"_ba));           // feed, partial cut
    const QByteArray code128 = "\x1dk\x49\x0f{BGRTB82JN2428A"_ba;  // GS k 73, 15 bytes: code set B and the code
    QVERIFY(bytes.contains(code128));
    // QR: stored with its length + 3 in pL pH, then printed.
    QVERIFY(bytes.contains("\x1d(k\x10\x00" "1P0GRTB82JN2428A"_ba));
    QVERIFY(bytes.contains("\x1d(k\x03\x00" "1Q0"_ba));
    QVERIFY(bytes.contains("GRTB-82JN-2428-A"));                    // readable under the bars
}

void TestEscPos::chineseIsGb18030()
{
    const QByteArray bytes = EscPos::render(visitSlip(), EscPos::Paper::Mm58);
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    QVERIFY(bytes.contains(QByteArray(gb.encode(u"王小明"_s))));
    QVERIFY(bytes.contains(QByteArray(gb.encode(u"谢谢惠顾，欢迎再来！"_s))));
    QVERIFY(!bytes.contains(u"王小明"_s.toUtf8()));
}

void TestEscPos::columnsByDisplayWidth()
{
    QCOMPARE(EscPos::columns(u"Paid"_s), 4);
    QCOMPARE(EscPos::columns(u"积分余额"_s), 8);
    QCOMPARE(EscPos::columns(u"¥12.30"_s), 6);
    // Every printed line of a 58 mm slip fits its 32 columns (normal size).
    QStringDecoder gb("GB18030");
    const QString text = gb.decode(EscPos::render(visitSlip(), EscPos::Paper::Mm58));
    for (const QString &line : text.split(u'\n')) {
        QString printable;
        for (const QChar c : line)
            if (c.unicode() >= 0x20)
                printable += c;
        if (printable.contains(u"Points balance"_s) || printable.contains(u"Paid"_s))
            QCOMPARE(EscPos::columns(printable.mid(printable.indexOf(u'P'))), 32);
    }
}

void TestEscPos::targets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("USB device") << u"/dev/usb/lp0"_s << u"/dev/usb/lp0"_s << QString() << 9100;
    QTest::newRow("Windows port") << u"COM3"_s << u"COM3"_s << QString() << 9100;
    QTest::newRow("host only") << u"192.168.1.50"_s << QString() << u"192.168.1.50"_s << 9100;
    QTest::newRow("host and port") << u"printer.local:9101"_s << QString() << u"printer.local"_s << 9101;
    QTest::newRow("tcp URL") << u"tcp://10.0.0.7:9100"_s << QString() << u"10.0.0.7"_s << 9100;
}

void TestEscPos::targets()
{
    QFETCH(QString, text);
    QFETCH(QString, device);
    QFETCH(QString, host);
    QFETCH(int, port);
    const EscPos::Target t = EscPos::targetFrom(text);
    QCOMPARE(t.device, device);
    QCOMPARE(t.host, host);
    QCOMPARE(int(t.port), port);
}

void TestEscPos::sendsToATcpPrinter()
{
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    const QByteArray bytes = EscPos::render(couponSlip(), EscPos::Paper::Mm80);
    // The kernel takes the connection and the bytes while this thread sends; read them afterwards.
    const Status sent = EscPos::send(bytes, {QString(), u"127.0.0.1"_s, printer.serverPort()});
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QVERIFY(printer.waitForNewConnection(5000));
    QTcpSocket *socket = printer.nextPendingConnection();
    QByteArray received;
    while (received.size() < bytes.size() && socket->waitForReadyRead(3000))
        received += socket->readAll();
    received += socket->readAll();
    QCOMPARE(received, bytes);
}

void TestEscPos::unreachablePrinterIsSaid()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();   // nobody listens there now
    const Status sent = EscPos::send("x", {QString(), u"127.0.0.1"_s, port});
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().message.contains(u"127.0.0.1"_s), qPrintable(sent.error().message));
    const Status device = EscPos::send("x", {u"/nonexistent/lp0"_s, QString(), 9100});
    QVERIFY(!device.ok());
}

QTEST_GUILESS_MAIN(TestEscPos)
#include "test_escpos.moc"
