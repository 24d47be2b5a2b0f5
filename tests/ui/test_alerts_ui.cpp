// Who stopped coming, on screen (SPEC §3.5, §4): the Alerts screen lists the members at risk and
// dormant by their own rhythm, most valuable first, with the actions that bring them back (a contact
// logged, a snooze, a win-back coupon to one member or the whole list, a call sheet); the counter
// welcomes back a member who had stopped coming and the card says how long they were away.

#include "TestShop.h"

#include "alerts/AlertTableModel.h"
#include "alerts/AlertsScreen.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "counter/CounterScreen.h"
#include "coupons/CouponService.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "members/MemberService.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/OutreachRepository.h"
#include "visits/CheckoutService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 5, 4), QTime(10, 0));
}

class TestAlertsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheAwayMostValuableFirst();
    void filtersByStateAndTier();
    void contactIsLoggedAndCounted();
    void snoozeHidesUntilItEnds();
    void winBackCouponToOneMember();
    void winBackCouponsToTheWholeList();
    void callSheetIsExported();
    void winBackByMonth();
    void cashierSeesMaskedPhonesAndNoExport();
    void counterWelcomesBackALapsedRegular();

private:
    qint64 addMember(const QString &name, const QString &phone);
    // Visits `every` days apart, the last one `daysAgo` days before now, `count` of them.
    void visits(qint64 memberId, int count, int every, int daysAgo, qint64 cents);
    AlertsScreen *open();
    QString cell(int row, int column) const
    {
        auto *model = m_window->alertsScreen()->model();
        return model->data(model->index(row, column)).toString();
    }
    // Answers the next modal dialog with `answer` once it is shown.
    template <typename Dialog>
    void whenShown(const std::function<void(Dialog *)> &answer)
    {
        QTimer::singleShot(0, this, [answer] {
            auto *d = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            answer(d);
        });
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_window->session().database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_weekly = 0;   // at risk: weekly, away 20 days
    qint64 m_monthly = 0;  // dormant: monthly, away 130 days
    qint64 m_active = 0;   // weekly, here 3 days ago
    qint64 m_template = 0;
};

void TestAlertsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(u"en"_s));
}

qint64 TestAlertsUi::addMember(const QString &name, const QString &phone)
{
    MemberFields f;
    f.name = name;
    f.phone = phone;
    auto added = m_window->session().members().add(f);
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    return added->id;
}

void TestAlertsUi::visits(qint64 memberId, int count, int every, int daysAgo, qint64 cents)
{
    for (int i = count - 1; i >= 0; --i) {
        FixedClock at(kNow.addDays(-(daysAgo + i * every)));
        VisitRequest r;
        r.memberId = memberId;
        r.amountCents = cents;
        r.items = {VisitLine{u"coffee"_s, u"Latte"_s, 1, cents}};
        auto v = CheckoutService(m_window->session().database(), at).record(r);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    }
}

void TestAlertsUi::init()
{
    // Joined long before the visits: the test shop's clock stands a year back.
    m_shop = std::make_unique<test::TestShop>(u"en"_s, kNow.addDays(-400));
    const QString path = m_shop->path;
    m_shop->db.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->session().setClock(std::make_unique<FixedClock>(kNow.addDays(-400)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openShop(path));
    m_weekly = addMember(u"Wang Wei"_s, u"13812345678"_s);
    m_monthly = addMember(u"Ma Li"_s, u"13987654321"_s);
    m_active = addMember(u"Ann Active"_s, u"13700001111"_s);
    visits(m_weekly, 12, 7, 20, 30'000);    // ¥3,600 in 12 months; usually every 7 days; away 20 > 14
    visits(m_monthly, 6, 30, 130, 20'000);  // ¥1,200 within the year; every 30 days; away 130 > 120
    visits(m_active, 12, 7, 3, 10'000);
    m_window->session().setClock(std::make_unique<FixedClock>(kNow));
    // Again, today: the 12-month spends move to today, on a worker thread; wait for it.
    QVERIFY(m_window->openShop(path));
    // (The first open's pass may still be running and report first: wait for today's window.)
    QTRY_VERIFY_WITH_TIMEOUT(MemberTotalsRepository(m_window->session().database()).spendDay().value_or(QDate()) == kNow.date(), 10000);
    CouponTemplate t;
    t.name = u"We miss you: ¥15 off"_s;
    t.kind = CouponKind::AmountOff;
    t.value = 1500;
    t.validDays = 30;
    auto added = CouponService(m_window->session().database(), m_window->session().clock()).addTemplate(t);
    QVERIFY(added.ok());
    m_template = added->id;
}

void TestAlertsUi::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

AlertsScreen *TestAlertsUi::open()
{
    AlertsScreen *screen = m_window->alertsScreen();
    m_window->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(2);
    screen->refresh();
    if (!QTest::qWaitFor([&] { return !screen->isWorking() && screen->snapshot().has_value(); }, 10000))
        qWarning("the alert list did not come");
    return screen;
}

void TestAlertsUi::listsTheAwayMostValuableFirst()
{
    AlertsScreen *screen = open();
    QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(screen->model()->rowCount(), 2);
    // Wang spent ¥3,600, Ma ¥1,200 (the 6 visits from 280 to 130 days ago): Wang first.
    QCOMPARE(cell(0, AlertTableModel::Name), u"Wang Wei"_s);
    QCOMPARE(cell(0, AlertTableModel::State), u"At risk"_s);
    QCOMPARE(cell(0, AlertTableModel::Rhythm), u"about every 7 days"_s);
    QCOMPARE(cell(0, AlertTableModel::Away), u"20 days"_s);
    QCOMPARE(cell(0, AlertTableModel::LastBought), u"Latte"_s);
    QCOMPARE(cell(0, AlertTableModel::Spend), u"¥3,600.00"_s);
    QCOMPARE(cell(0, AlertTableModel::Phone), u"138 1234 5678"_s);   // the owner sees it whole
    QCOMPARE(cell(1, AlertTableModel::Name), u"Ma Li"_s);
    QCOMPARE(cell(1, AlertTableModel::State), u"Dormant"_s);
    QCOMPARE(cell(1, AlertTableModel::Rhythm), u"about once a month"_s);
    QCOMPARE(cell(1, AlertTableModel::Spend), u"¥1,200.00"_s);
    const QString summary = m_window->findChild<QLabel *>(u"alertSummary"_s)->text();
    QVERIFY2(summary.contains(u"1 at risk"_s) && summary.contains(u"1 dormant"_s), qPrintable(summary));
    // Double-click: served at the counter.
    QSignalSpy serve(screen, &AlertsScreen::serveMember);
    emit screen->table()->doubleClicked(screen->model()->index(1, 0));
    QCOMPARE(serve.size(), 1);
    QCOMPARE(serve.first().first().toLongLong(), m_monthly);
}

void TestAlertsUi::filtersByStateAndTier()
{
    AlertsScreen *screen = open();
    auto *states = m_window->findChild<QComboBox *>(u"alertStates"_s);
    states->setCurrentIndex(states->findData(u"dormant"_s));
    QTRY_VERIFY(!screen->isWorking() && screen->model()->rowCount() == 1);
    QCOMPARE(cell(0, AlertTableModel::Name), u"Ma Li"_s);
    states->setCurrentIndex(states->findData(u"at_risk,dormant"_s));
    QTRY_VERIFY(!screen->isWorking() && screen->model()->rowCount() == 2);
    // Wang's ¥3,600 reached Gold (¥2,000), Ma's ¥1,200 Silver: Gold and higher leaves Ma out.
    auto *tier = m_window->findChild<QComboBox *>(u"alertTier"_s);
    tier->setCurrentIndex(tier->findData(2));
    QTRY_VERIFY(!screen->isWorking() && screen->model()->rowCount() == 1);
    QCOMPARE(cell(0, AlertTableModel::Name), u"Wang Wei"_s);
}

void TestAlertsUi::contactIsLoggedAndCounted()
{
    AlertsScreen *screen = open();
    screen->table()->selectRow(0);
    whenShown<ContactDialog>([](ContactDialog *d) {
        auto *outcome = d->findChild<QComboBox *>(u"contactOutcome"_s);
        outcome->setCurrentIndex(outcome->findData(int(Outcome::WillReturn)));
        d->findChild<QLineEdit *>(u"contactNote"_s)->setText(u"back from holiday on Friday"_s);
        if (d->save())
            d->accept();
    });
    QVERIFY(screen->logContact());
    auto contacts = OutreachRepository(m_window->session().database()).ofMember(m_weekly);
    QVERIFY(contacts.ok());
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(toString(contacts->first().channel), u"call"_s);
    QCOMPARE(toString(contacts->first().outcome), u"will_return"_s);
    QCOMPARE(toString(contacts->first().state), u"at_risk"_s);
    QCOMPARE(contacts->first().note, u"back from holiday on Friday"_s);
    // The list shows it, and the win-back line counts Wang as contacted, still able to come back.
    QTRY_VERIFY(!screen->isWorking() && screen->winBack() && screen->winBack()->total.contacted == 1);
    QCOMPARE(cell(0, AlertTableModel::LastContact), u"Called on 2026-05-04: Will come back"_s);
    QCOMPARE(screen->winBack()->total.waiting, 1);
    const QString line = m_window->findChild<QLabel *>(u"winBackSummary"_s)->text();
    QVERIFY2(line.contains(u"1 contacted"_s) && line.contains(u"1 may still come"_s), qPrintable(line));
}

void TestAlertsUi::snoozeHidesUntilItEnds()
{
    AlertsScreen *screen = open();
    screen->table()->selectRow(0);
    QVERIFY(screen->snoozeSelected(7));
    QTRY_VERIFY(!screen->isWorking() && screen->model()->rowCount() == 1);
    QCOMPARE(cell(0, AlertTableModel::Name), u"Ma Li"_s);
    QCOMPARE(screen->snapshot()->snoozed, 1);
    m_window->findChild<QCheckBox *>(u"alertShowSnoozed"_s)->setChecked(true);
    QTRY_VERIFY(!screen->isWorking() && screen->model()->rowCount() == 2);
    QCOMPARE(cell(0, AlertTableModel::Name), u"Wang Wei (snoozed)"_s);
    // Seven days on, Wang is listed again.
    m_window->findChild<QCheckBox *>(u"alertShowSnoozed"_s)->setChecked(false);
    m_window->session().setClock(std::make_unique<FixedClock>(kNow.addDays(7)));
    screen->refresh();
    QTRY_VERIFY(!screen->isWorking() && screen->model()->rowCount() == 2);
    QCOMPARE(screen->snapshot()->snoozed, 0);
}

void TestAlertsUi::winBackCouponToOneMember()
{
    AlertsScreen *screen = open();
    screen->table()->selectRow(1); // Ma, dormant
    whenShown<WinBackDialog>([this](WinBackDialog *d) {
        QVERIFY(d->findChild<QRadioButton *>(u"winBackOne"_s)->isChecked());
        QCOMPARE(d->templateId(), m_template);
        d->accept();
    });
    MessageBox::setNextAnswer(QMessageBox::No); // not printed
    QVERIFY(screen->giveWinBackCoupon());
    QCOMPARE(count(u"SELECT count(*) FROM coupons WHERE member_id = %1 AND status = 'issued'"_s.arg(m_monthly)), 1);
    // The coupon counts as a try to bring Ma back, made while dormant.
    QCOMPARE(count(u"SELECT count(*) FROM outreach WHERE member_id = %1 AND channel = 'coupon' AND state = 'dormant'"_s.arg(m_monthly)), 1);
    QCOMPARE(count(u"SELECT count(*) FROM coupons"_s), 1);
}

void TestAlertsUi::winBackCouponsToTheWholeList()
{
    AlertsScreen *screen = open();
    whenShown<WinBackDialog>([](WinBackDialog *d) {
        auto *all = d->findChild<QRadioButton *>(u"winBackAll"_s);
        QVERIFY(all->isEnabled());
        QVERIFY2(all->text().contains(u"2 members"_s), qPrintable(all->text()));
        all->setChecked(true);
        d->accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Cancel); // "Not now": no printing
    QVERIFY(screen->giveWinBackCoupon());
    // One each for Wang and Ma, none for Ann who still comes.
    QCOMPARE(count(u"SELECT count(*) FROM coupons"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM coupons WHERE member_id = %1"_s.arg(m_active)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM campaigns WHERE audience = 'tier>=0;states=at_risk,dormant;unsnoozed'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outreach WHERE channel = 'coupon'"_s), 2);
}

void TestAlertsUi::winBackByMonth()
{
    // March: two members contacted, one back; April: one contacted, not back and past 30 days.
    WinBackReport report;
    report.months = {{u"2026-03"_s, 2, 1, 0}, {u"2026-04"_s, 1, 0, 1}};
    report.total = {QString(), 3, 1, 1};
    WinBackReportDialog dialog(report);
    auto *table = dialog.findChild<QTableWidget *>(u"winBackTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), u"April 2026"_s);   // newest first
    QCOMPARE(table->item(1, 1)->text(), u"2"_s);
    QCOMPARE(table->item(1, 2)->text(), u"1"_s);
    QCOMPARE(table->item(1, 3)->text(), u"50.0%"_s);
    QCOMPARE(table->item(2, 0)->text(), u"All"_s);
    QCOMPARE(table->item(2, 3)->text(), u"33.3%"_s);
    QCOMPARE(table->item(2, 4)->text(), u"1"_s);
    // The screen's button is there once someone was contacted.
    AlertsScreen *screen = open();
    QVERIFY(!m_window->findChild<QPushButton *>(u"winBackMonths"_s)->isEnabled());
    screen->table()->selectRow(0);
    whenShown<ContactDialog>([](ContactDialog *d) {
        if (d->save())
            d->accept();
    });
    QVERIFY(screen->logContact());
    QTRY_VERIFY(!screen->isWorking() && m_window->findChild<QPushButton *>(u"winBackMonths"_s)->isEnabled());
}

void TestAlertsUi::callSheetIsExported()
{
    AlertsScreen *screen = open();
    QTemporaryDir dir;
    const QString file = dir.filePath(u"calls.csv"_s);
    FileDialog::setNextFileName(file);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(screen->exportCallSheet());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "card,name,phone,tier,state,"));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains(",Wang Wei,13812345678,Gold,at_risk,7,7,20,2026-04-14,Latte ×1,3600.00,"), lines.at(1).constData());
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 1);
}

void TestAlertsUi::cashierSeesMaskedPhonesAndNoExport()
{
    m_window->session().setOperator({u"ann"_s, Role::Cashier});
    AlertsScreen *screen = open();
    QTRY_VERIFY(!screen->isWorking() && screen->model()->rowCount() == 2);
    QCOMPARE(cell(0, AlertTableModel::Phone), u"138 **** 5678"_s);
    screen->table()->selectRow(0);
    QVERIFY(!m_window->findChild<QPushButton *>(u"alertExport"_s)->isEnabled());
    QVERIFY(m_window->findChild<QPushButton *>(u"alertContact"_s)->isEnabled());
    // A cashier may give one member a coupon, not the whole list.
    whenShown<WinBackDialog>([](WinBackDialog *d) {
        QVERIFY(!d->findChild<QRadioButton *>(u"winBackAll"_s)->isEnabled());
        d->reject();
    });
    QVERIFY(!screen->giveWinBackCoupon());
    QCOMPARE(count(u"SELECT count(*) FROM coupons"_s), 0);
}

void TestAlertsUi::counterWelcomesBackALapsedRegular()
{
    m_window->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(0);
    m_window->counterScreen()->serve(m_weekly);
    const QString badges = m_window->findChild<QLabel *>(u"cardBadges"_s)->text();
    QVERIFY2(badges.contains(u"Away 20 days — usually about every 7 days"_s), qPrintable(badges));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"amount"_s), u"30"_s);
    m_window->counterScreen()->record();
    const QString result = m_window->findChild<QLabel *>(u"visitResult"_s)->text();
    QVERIFY2(result.contains(u"Welcome back!"_s) && result.contains(u"Back after 20 days — usually about every 7 days"_s), qPrintable(result));
    // An active member's visit says nothing of it.
    m_window->counterScreen()->serve(m_active);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"amount"_s), u"10"_s);
    m_window->counterScreen()->record();
    QVERIFY(!m_window->findChild<QLabel *>(u"visitResult"_s)->text().contains(u"Welcome back"_s));
}

QTEST_MAIN(TestAlertsUi)
#include "test_alerts_ui.moc"
