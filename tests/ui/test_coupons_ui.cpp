// Coupons at the counter (SPEC §3.6, §4): the card lists the member's usable coupons; the coupon
// field says as the code is typed what it takes off (or why not), points then pay on what is left;
// Enter records the visit with the discount; a refused code is said under the field and nothing is
// recorded.

#include "TestShop.h"

#include "common/ShopSession.h"
#include "counter/CounterScreen.h"
#include "coupons/CouponCode.h"
#include "coupons/CouponService.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "members/MemberService.h"
#include "points/PointsService.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "coupons/CouponsScreen.h"
#include "printing/PrinterDialog.h"
#include "printing/SlipPrinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;
using namespace Qt::StringLiterals;

namespace {

// What a printer on a QTcpServer received: the connection was taken while the test's event loop
// ran (its bytes buffered already) or is taken now; then whatever still comes.
QByteArray receiveAll(QTcpServer &printer)
{
    if (!printer.hasPendingConnections() && !printer.waitForNewConnection(5000))
        return {};
    QTcpSocket *socket = printer.nextPendingConnection();
    QByteArray received = socket->readAll();
    while (socket->waitForReadyRead(2000))
        received += socket->readAll();
    return received;
}

} // namespace

class TestCouponsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cardListsUsableCoupons();
    void couponTakesItsDiscountBeforePoints();
    void refusedCouponIsSaidUnderTheField();
    void slipPrintsOnAnEscPosPrinter();
    void printerDialogSavesTheSetup();
    void couponsScreenTemplatesAndCampaign();
    void couponGivenByHandAtTheCounter();

private:
    QString text(const char *name) { return m_window->findChild<QLabel *>(QLatin1String(name))->text(); }
    QLineEdit *edit(const char *name) { return m_window->findChild<QLineEdit *>(QLatin1String(name)); }
    qint64 visits()
    {
        QSqlQuery q(m_window->session().database().connection());
        return q.exec(u"SELECT count(*) FROM visits"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_member = 0;
    Coupon m_coupon;
};

void TestCouponsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(u"en"_s));
}

void TestCouponsUi::init()
{
    m_shop = std::make_unique<test::TestShop>();
    const QString path = m_shop->path;
    m_shop->db.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(10, 0))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openShop(path));
    Database &db = m_window->session().database();
    const Clock &clock = m_window->session().clock();
    MemberFields f;
    f.name = u"Li Lei"_s;
    m_member = m_window->session().members().add(f)->id;
    QVERIFY(PointsService(db, clock).adjust(m_member, 1000, u"start"_s).ok());
    CouponTemplate t;
    t.name = u"¥20 off"_s;
    t.kind = CouponKind::AmountOff;
    t.value = 2000;
    t.minSpendCents = 5000;
    t.validDays = 30;
    auto added = CouponService(db, clock).addTemplate(t);
    QVERIFY(added.ok());
    auto issued = CouponService(db, clock).issue({m_member, added->id, std::nullopt, std::nullopt});
    QVERIFY(issued.ok());
    m_coupon = *issued;
    m_window->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(0);
    m_window->counterScreen()->serve(m_member);
}

void TestCouponsUi::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

void TestCouponsUi::cardListsUsableCoupons()
{
    QVERIFY2(text("cardCoupons").contains(u"1 coupon to use: ¥20 off (until"_s), qPrintable(text("cardCoupons")));
}

void TestCouponsUi::couponTakesItsDiscountBeforePoints()
{
    QTest::keyClicks(edit("amount"), u"100"_s);
    QTest::keyClicks(edit("couponCode"), CouponCode::display(m_coupon.code).toLower());
    QTRY_VERIFY2(text("couponHint").contains(u"¥20.00 off; ¥80.00 left to pay"_s), qPrintable(text("couponHint")));
    // Points pay on the ¥80 the coupon leaves: at most 50%, ¥40 = 4,000 points; 1,000 are there.
    QVERIFY2(text("redeemHint").contains(u"Up to 1,000 points"_s), qPrintable(text("redeemHint")));
    QTest::keyClick(edit("couponCode"), Qt::Key_Return);
    QTRY_VERIFY2(text("visitResult").contains(u"coupon ¥20.00 off"_s), qPrintable(text("visitResult")));
    QCOMPARE(visits(), 1);
    QVERIFY(edit("couponCode")->text().isEmpty());
    QVERIFY(text("cardCoupons").isEmpty());   // used
}

void TestCouponsUi::refusedCouponIsSaidUnderTheField()
{
    QTest::keyClicks(edit("amount"), u"30"_s);   // below the ¥50 minimum
    QTest::keyClicks(edit("couponCode"), m_coupon.code);
    QTRY_VERIFY2(text("couponHint").contains(u"at least ¥50.00"_s), qPrintable(text("couponHint")));
    m_window->counterScreen()->record();
    QVERIFY2(text("couponHint").contains(u"at least ¥50.00"_s), qPrintable(text("couponHint")));
    QCOMPARE(visits(), 0);
    // A typo is told as soon as the code is whole.
    edit("couponCode")->clear();
    QString typo = m_coupon.code;
    typo[5] = typo.at(5) == u'7' ? u'8' : u'7';
    QTest::keyClicks(edit("couponCode"), typo);
    QTRY_VERIFY2(text("couponHint").contains(u"typo"_s), qPrintable(text("couponHint")));
}

void TestCouponsUi::slipPrintsOnAnEscPosPrinter()
{
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    const Operator owner = Operator::owner();
    Settings &settings = m_window->session().settings();
    QVERIFY(settings.setMany({{u"printer.kind"_s, u"escpos"_s}, {u"printer.escpos_target"_s, u"127.0.0.1:%1"_s.arg(printer.serverPort())},
                              {u"printer.auto_print"_s, u"1"_s}},
                             owner)
                .ok());
    QSignalSpy printed(m_window->counterScreen(), &CounterScreen::slipPrinted);
    QTest::keyClicks(edit("amount"), u"42"_s);
    m_window->counterScreen()->record();
    // Printed by itself after the visit, on a worker thread.
    QVERIFY(printed.wait(10000));
    QCOMPARE(printed.first().first().toString(), QString());
    const QByteArray received = receiveAll(printer);
    QVERIFY(received.startsWith("\x1b@"));
    QVERIFY(received.contains("42.00"));
    // Print again: the same slip.
    auto *button = m_window->findChild<QPushButton *>(u"printSlipButton"_s);
    QVERIFY(button->isVisible());
    printer.close();   // now nobody listens: the reason is told, the visit stays
    button->click();
    QVERIFY(printed.wait(10000));
    QVERIFY(!printed.last().first().toString().isEmpty());
    QCOMPARE(visits(), 1);
}

void TestCouponsUi::printerDialogSavesTheSetup()
{
    PrinterDialog dialog(m_window->session(), m_window.get());
    auto *kind = dialog.findChild<QComboBox *>(u"printerKind"_s);
    kind->setCurrentIndex(kind->findData(u"escpos"_s));
    QVERIFY(dialog.findChild<QLineEdit *>(u"escposTarget"_s)->isEnabled());
    // An ESC/POS printer needs its address.
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.findChild<QLabel *>(u"printerStatus"_s)->text().isEmpty());
    dialog.findChild<QLineEdit *>(u"escposTarget"_s)->setText(u"192.168.1.50:9100"_s);
    auto *paper = dialog.findChild<QComboBox *>(u"paper"_s);
    paper->setCurrentIndex(paper->findData(u"58"_s));
    dialog.findChild<QCheckBox *>(u"autoPrint"_s)->setChecked(true);
    QVERIFY2(dialog.save(), qPrintable(dialog.findChild<QLabel *>(u"printerStatus"_s)->text()));
    const PrinterSetup setup = PrinterSetup::from(m_window->session().settings());
    QCOMPARE(setup.kind, PrinterSetup::Kind::EscPos);
    QCOMPARE(setup.escposTarget, u"192.168.1.50:9100"_s);
    QCOMPARE(setup.paper, SlipRenderer::Paper::Mm58);
    QVERIFY(setup.autoPrint);
    // A cashier sees it, cannot change it.
    m_window->session().setOperator({u"ann"_s, Role::Cashier});
    PrinterDialog cashier(m_window->session(), m_window.get());
    QVERIFY(!cashier.findChild<QComboBox *>(u"printerKind"_s)->isEnabled());
    QVERIFY(!cashier.save());
}

void TestCouponsUi::couponsScreenTemplatesAndCampaign()
{
    // A new coupon through the dialog: 满100减20, 14 days.
    TemplateDialog dialog(m_window->session(), m_window.get());
    dialog.findChild<QLineEdit *>(u"templateName"_s)->setText(u"满100减20"_s);
    auto *kind = dialog.findChild<QComboBox *>(u"templateKind"_s);
    kind->setCurrentIndex(kind->findData(int(CouponKind::SpendAndSave)));
    dialog.findChild<QLineEdit *>(u"templateValue"_s)->setText(u"20"_s);
    // Without its threshold it is refused, with the reason.
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.findChild<QLabel *>(u"templateProblem"_s)->text().isEmpty());
    dialog.findChild<QLineEdit *>(u"templateThreshold"_s)->setText(u"100"_s);
    dialog.findChild<QSpinBox *>(u"templateDays"_s)->setValue(14);
    QVERIFY2(dialog.save(), qPrintable(dialog.findChild<QLabel *>(u"templateProblem"_s)->text()));

    m_window->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(4);
    CouponsScreen *screen = m_window->couponsScreen();
    QTRY_VERIFY(screen->isVisible());
    auto *templates = screen->findChild<QTableWidget *>(u"templateTable"_s);
    QCOMPARE(templates->rowCount(), 2);   // the one of init() and this one
    QCOMPARE(templates->item(1, 1)->text(), u"¥20.00 off a spend of ¥100.00"_s);
    // A campaign to every active member (one: Li Lei), then the A4 sheets.
    auto *which = screen->findChild<QComboBox *>(u"campaignTemplate"_s);
    which->setCurrentIndex(which->findText(u"满100减20"_s));
    QTRY_VERIFY(screen->findChild<QLabel *>(u"campaignAudience"_s)->text().contains(u"1 active member"_s));
    // By state (SPEC §3.5): Li Lei is new, so the alert list (at risk and dormant) is nobody.
    auto *states = screen->findChild<QComboBox *>(u"campaignStates"_s);
    states->setCurrentIndex(states->findData(u"alerts"_s));
    QTRY_VERIFY(screen->findChild<QLabel *>(u"campaignAudience"_s)->text().contains(u"0 active members"_s));
    QVERIFY(!screen->findChild<QPushButton *>(u"runCampaign"_s)->isEnabled());
    states->setCurrentIndex(states->findData(u"new"_s));
    QTRY_VERIFY(screen->findChild<QLabel *>(u"campaignAudience"_s)->text().contains(u"1 active member"_s));
    QTRY_VERIFY(screen->findChild<QPushButton *>(u"runCampaign"_s)->isEnabled());
    QTemporaryDir dir;
    const QString sheets = dir.filePath(u"sheets.pdf"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(sheets);
    // The second question (how to print them) is answered: the A4 sheets.
    QTimer::singleShot(0, [] { MessageBox::setNextAnswer(QMessageBox::Save); });
    QVERIFY(screen->runCampaign());
    QTRY_VERIFY(QFileInfo::exists(sheets));
    auto *campaigns = screen->findChild<QTableWidget *>(u"campaignTable"_s);
    QCOMPARE(campaigns->rowCount(), 1);
    QCOMPARE(campaigns->item(0, 2)->text(), u"1"_s);
    QCOMPARE(templates->item(1, 4)->text(), u"1"_s);   // issued

    // Another campaign, printed as one slip each on an ESC/POS printer.
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    QVERIFY(m_window->session()
                .settings()
                .setMany({{u"printer.kind"_s, u"escpos"_s}, {u"printer.escpos_target"_s, u"127.0.0.1:%1"_s.arg(printer.serverPort())}},
                         Operator::owner())
                .ok());
    screen->findChild<QLineEdit *>(u"campaignName"_s)->setText(u"Again"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTimer::singleShot(0, [] { MessageBox::setNextAnswer(QMessageBox::Yes); });
    QVERIFY(screen->runCampaign());
    const QByteArray received = receiveAll(printer);
    QCOMPARE(received.count("\x1dVB"), 1);   // one member, one slip, one cut
    QCOMPARE(campaigns->rowCount(), 2);
}

void TestCouponsUi::couponGivenByHandAtTheCounter()
{
    QVERIFY(m_window->findChild<QPushButton *>(u"giveCouponButton"_s)->isEnabled());
    m_window->counterScreen()->giveCoupon(m_coupon.templateId);
    QVERIFY2(text("visitResult").contains(u"Coupon given: ¥20 off"_s), qPrintable(text("visitResult")));
    QTRY_VERIFY2(text("cardCoupons").contains(u"2 coupons to use"_s), qPrintable(text("cardCoupons")));
    QCOMPARE(visits(), 0);   // a coupon, not a visit
}

QTEST_MAIN(TestCouponsUi)
#include "test_coupons_ui.moc"
