// The member page (issue 3): the visits with their items, the ledger and the lots, as the owner
// sees them on the Members screen.

#include "TestShop.h"

#include "common/ShopSession.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "members/MemberHistory.h"
#include "members/MembersScreen.h"
#include "points/ExpiryService.h"
#include "storage/LedgerRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;

class TestMemberPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void visitsShowItemsPointsAndVoids();
    void pointsShowLedgerAndLots();
    void backgroundTabCatchesUpWhenShown();

private:
    // Records a visit as of `at` through the same service as the counter.
    VisitResult visit(const QDateTime &at, qint64 amountCents, QList<VisitLine> items = {}, qint64 redeem = 0);
    void openMemberPage();

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_member = 0;
};

void TestMemberPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestMemberPage::init()
{
    m_shop = std::make_unique<test::TestShop>();
    const QString path = m_shop->path;
    m_shop->db.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openShop(path));
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0))));
    MemberFields input;
    input.name = QStringLiteral("王小明");
    input.phone = QStringLiteral("13800138000");
    auto m = m_window->session().members().add(input);
    QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
    m_member = m->id;
}

void TestMemberPage::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

VisitResult TestMemberPage::visit(const QDateTime &at, qint64 amountCents, QList<VisitLine> items, qint64 redeem)
{
    m_window->session().setClock(std::make_unique<FixedClock>(at));
    VisitRequest request;
    request.memberId = m_member;
    request.amountCents = amountCents;
    request.items = std::move(items);
    request.redeemPoints = redeem;
    auto result = m_window->session().checkout().record(request);
    if (!result)
        qFatal("visit refused: %s", qPrintable(result.error().message));
    emit m_window->session().visitsChanged(m_member);
    return *result;
}

void TestMemberPage::openMemberPage()
{
    m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
    m_window->membersScreen()->showMember(m_member);
    QTRY_COMPARE(m_window->membersScreen()->currentMemberId(), m_member);
}

void TestMemberPage::visitsShowItemsPointsAndVoids()
{
    visit(QDateTime(QDate(2026, 3, 2), QTime(8, 30)), 3650,
          {{QStringLiteral("coffee"), QStringLiteral("Latte"), 1, 2800}, {QStringLiteral("bakery"), QStringLiteral("Croissant"), 2, 425}});
    const VisitResult second = visit(QDateTime(QDate(2026, 3, 11), QTime(12, 0)), 12000); // member day: 240
    visit(QDateTime(QDate(2026, 3, 12), QTime(9, 0)), 5000, {}, 200);                     // ¥2 paid with points
    QVERIFY(m_window->session().checkout().voidVisit(second.visitId, QStringLiteral("wrong member")));
    emit m_window->session().visitsChanged(m_member);

    openMemberPage();
    QTabWidget *tabs = m_window->membersScreen()->memberTabs();
    tabs->setCurrentIndex(1);
    QTreeWidget *tree = m_window->membersScreen()->visitsView()->tree();
    QTRY_COMPARE(tree->topLevelItemCount(), 3);

    // Newest first: the visit paid partly with points, the voided member-day visit, the first one.
    QTreeWidgetItem *paid = tree->topLevelItem(0);
    QVERIFY2(paid->text(2).contains(QStringLiteral("−200")), qPrintable(paid->text(2)));
    QVERIFY(paid->text(2).contains(QStringLiteral("¥2.00")));
    QTreeWidgetItem *voided = tree->topLevelItem(1);
    QVERIFY(voided->font(0).strikeOut());
    QVERIFY(voided->text(4).contains(QStringLiteral("wrong member")));
    QVERIFY(voided->text(4).contains(QStringLiteral("200%")));
    QCOMPARE(voided->childCount(), 0);
    QTreeWidgetItem *first = tree->topLevelItem(2);
    QVERIFY(!first->font(0).strikeOut());
    QCOMPARE(first->text(1), QStringLiteral("¥36.50"));
    QCOMPARE(first->childCount(), 2);
    QCOMPARE(first->child(0)->text(0), QStringLiteral("1 × Latte (coffee)"));
    QCOMPARE(first->child(1)->text(0), QStringLiteral("2 × Croissant (bakery)"));
    QCOMPARE(first->child(1)->text(1), QStringLiteral("¥8.50"));
    QVERIFY(first->child(1)->text(2).contains(QStringLiteral("¥4.25")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("visitsSummary"))->text().contains(QStringLiteral("1 voided")));
}

void TestMemberPage::pointsShowLedgerAndLots()
{
    visit(QDateTime(QDate(2025, 1, 10), QTime(10, 0)), 30000);   // 300 points, valid through 2026-01-31
    visit(QDateTime(QDate(2026, 2, 20), QTime(10, 0)), 10000);   // 100 points, valid through 2027-02-28
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0))));
    auto expired = ExpiryService(m_window->session().database(), m_window->session().clock()).run();
    QVERIFY(expired);
    emit m_window->session().visitsChanged(0);

    openMemberPage();
    m_window->membersScreen()->memberTabs()->setCurrentIndex(2);
    MemberPointsView *view = m_window->membersScreen()->pointsView();
    QTRY_COMPARE(view->ledger()->topLevelItemCount(), 3);

    // The ledger, newest first: the expiry of the first lot, then the two earnings.
    auto entries = LedgerRepository(m_window->session().database()).entriesOf(m_member);
    QVERIFY(entries);
    QCOMPARE(view->ledger()->topLevelItemCount(), int(entries->size()));
    QCOMPARE(view->ledger()->topLevelItem(0)->text(1), QStringLiteral("Expired"));
    QCOMPARE(view->ledger()->topLevelItem(0)->text(2), QStringLiteral("−300"));
    QCOMPARE(view->ledger()->topLevelItem(2)->text(2), QStringLiteral("+300"));

    // The lots, newest first, with what is left and the last valid day.
    QCOMPARE(view->lots()->topLevelItemCount(), 2);
    QTreeWidgetItem *open = view->lots()->topLevelItem(0);
    QCOMPARE(open->text(2), QStringLiteral("100"));
    QCOMPARE(open->text(3), QLocale().toString(QDate(2027, 2, 28), QLocale::ShortFormat));
    QCOMPARE(open->text(4), QStringLiteral("open"));
    QTreeWidgetItem *gone = view->lots()->topLevelItem(1);
    QCOMPARE(gone->text(2), QStringLiteral("0"));
    QCOMPARE(gone->text(3), QLocale().toString(QDate(2026, 1, 31), QLocale::ShortFormat));
    QCOMPARE(gone->text(4), QStringLiteral("expired"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("pointsSummary"))->text().contains(QStringLiteral("300 expired")));
}

void TestMemberPage::backgroundTabCatchesUpWhenShown()
{
    openMemberPage();
    QTabWidget *tabs = m_window->membersScreen()->memberTabs();
    tabs->setCurrentIndex(1);
    QTreeWidget *tree = m_window->membersScreen()->visitsView()->tree();
    QCOMPARE(tree->topLevelItemCount(), 0);
    tabs->setCurrentIndex(0);
    visit(QDateTime(QDate(2026, 3, 2), QTime(8, 30)), 1000);
    QCOMPARE(tree->topLevelItemCount(), 0); // hidden: not reloaded yet
    tabs->setCurrentIndex(1);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
}

QTEST_MAIN(TestMemberPage)
#include "test_memberpage.moc"
