// Tiers in the real main window (SPEC §3.4): the upgrade banner at the counter; the ladder in
// Settings — saved after the owner saw who would move, refused when it does not make a ladder,
// read-only for cashiers; the Tiers screen's pyramid and its suggested thresholds applied in one
// click. Each test opens its own temporary shop; message boxes are answered by MessageBox's hook.

#include "TestShop.h"

#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "counter/CounterScreen.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "members/MemberService.h"
#include "settings/SettingsScreen.h"
#include "storage/TierRepository.h"
#include "tiers/TiersScreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;
using namespace Qt::StringLiterals;

class TestTiersUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void counterShowsTheUpgrade();
    void settingsSavesTheLadderAfterSayingWhoMoves();
    void settingsRefusesABadLadder();
    void settingsKeepsEditingWhenAsked();
    void cashierSeesTheLadderReadOnly();
    void tiersScreenShowsThePyramidAndAppliesTheSuggestion();
    void reviewsDueRunInTheBackgroundAtOpen();

private:
    qint64 addMember(const QString &name);
    void record(qint64 memberId, qint64 cents);
    void go(int screen) { m_window->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(screen); }
    TierLadder stored() { return *TierRepository(m_window->session().database()).ladder(); }
    QLineEdit *edit(const QString &key) { return m_window->settingsScreen()->findChild<QLineEdit *>(key); }

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void TestTiersUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(u"en"_s));
}

void TestTiersUi::init()
{
    m_shop = std::make_unique<test::TestShop>();
    const QString path = m_shop->path;
    m_shop->db.reset(); // the window opens the file itself
    m_window = std::make_unique<MainWindow>();
    // 2 March 2026: a Monday, not the member day.
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openShop(path));
}

void TestTiersUi::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

qint64 TestTiersUi::addMember(const QString &name)
{
    MemberFields f;
    f.name = name;
    auto m = m_window->session().members().add(f);
    if (!m)
        qWarning("%s", qPrintable(m.error().message));
    return m ? m->id : 0;
}

void TestTiersUi::record(qint64 memberId, qint64 cents)
{
    VisitRequest r;
    r.memberId = memberId;
    r.amountCents = cents;
    auto v = m_window->session().checkout().record(r);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
}

void TestTiersUi::counterShowsTheUpgrade()
{
    const qint64 id = addMember(u"Lucy Lin"_s);
    go(0);
    m_window->counterScreen()->serve(id);
    auto *amount = m_window->findChild<QLineEdit *>(u"amount"_s);
    QTest::keyClicks(amount, u"520"_s);
    m_window->counterScreen()->record();
    const QString result = m_window->findChild<QLabel *>(u"visitResult"_s)->text();
    QVERIFY2(result.contains(u"Upgraded to Silver!"_s), qPrintable(result));
    // A visit that moves nobody says nothing of tiers.
    m_window->counterScreen()->serve(id);
    QTest::keyClicks(amount, u"10"_s);
    m_window->counterScreen()->record();
    QVERIFY(!m_window->findChild<QLabel *>(u"visitResult"_s)->text().contains(u"Upgraded"_s));
}

void TestTiersUi::settingsSavesTheLadderAfterSayingWhoMoves()
{
    // One member with ¥400 this year: Normal now, Silver once Silver starts at ¥300.
    record(addMember(u"Li Lei"_s), 40'000);
    go(6);
    SettingsScreen *screen = m_window->settingsScreen();
    QLineEdit *silver = edit(u"tiers.1.threshold_cents"_s);
    QVERIFY(silver);
    QCOMPARE(silver->text(), u"500.00"_s);
    silver->selectAll();
    QTest::keyClicks(silver, u"300"_s);
    QLineEdit *perks = edit(u"tiers.2.perks"_s);
    QTest::keyClicks(perks, u"Free refill"_s);
    QTRY_COMPARE(screen->changes().size(), 2);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(screen->save());
    QVERIFY2(MessageBox::lastText().contains(u"1 member spent enough"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(stored().at(1).thresholdCents, 30'000);
    QCOMPARE(stored().at(2).perks, u"Free refill"_s);
    QVERIFY(screen->changes().isEmpty());
}

void TestTiersUi::settingsRefusesABadLadder()
{
    go(6);
    SettingsScreen *screen = m_window->settingsScreen();
    const TierLadder before = stored();
    // Gold below Silver: refused, said under the table, nothing stored.
    QLineEdit *gold = edit(u"tiers.2.threshold_cents"_s);
    gold->selectAll();
    QTest::keyClicks(gold, u"400"_s);
    QVERIFY(!screen->save());
    QVERIFY2(screen->errorFor(u"tiers"_s).contains(u"Gold"_s), qPrintable(screen->errorFor(u"tiers"_s)));
    QCOMPARE(stored(), before);
    // Not an amount at all.
    gold->selectAll();
    QTest::keyClicks(gold, u"2k"_s);
    QVERIFY(!screen->save());
    QVERIFY2(screen->errorFor(u"tiers"_s).contains(u"as an amount"_s), qPrintable(screen->errorFor(u"tiers"_s)));
    QCOMPARE(stored(), before);
    // Target shares that do not add up to 100%.
    gold->selectAll();
    QTest::keyClicks(gold, u"2000"_s);
    m_window->settingsScreen()->findChild<QSpinBox *>(u"tiers.4.target_percent"_s)->setValue(10);
    QVERIFY(!screen->save());
    QVERIFY2(screen->errorFor(u"tiers"_s).contains(u"100%"_s), qPrintable(screen->errorFor(u"tiers"_s)));
    QCOMPARE(stored(), before);
}

void TestTiersUi::settingsKeepsEditingWhenAsked()
{
    go(6);
    SettingsScreen *screen = m_window->settingsScreen();
    QLineEdit *silver = edit(u"tiers.1.threshold_cents"_s);
    silver->selectAll();
    QTest::keyClicks(silver, u"800"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!screen->save());
    QVERIFY2(MessageBox::lastText().contains(u"No member would change tier"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(stored().at(1).thresholdCents, 50'000);
    QCOMPARE(screen->changes().size(), 1); // still in the form
}

void TestTiersUi::cashierSeesTheLadderReadOnly()
{
    m_window->session().setOperator({u"anna"_s, Role::Cashier});
    go(6);
    QVERIFY(edit(u"tiers.1.threshold_cents"_s)->isReadOnly());
    QVERIFY(edit(u"tiers.1.name"_s)->isReadOnly());
    go(3);
    QVERIFY(!m_window->tiersScreen()->findChild<QPushButton *>(u"applySuggestion"_s)->isVisible());
    QVERIFY(!m_window->tiersScreen()->applySuggestion());
}

void TestTiersUi::tiersScreenShowsThePyramidAndAppliesTheSuggestion()
{
    // Ten members spending ¥100 … ¥1,000: four reach Silver (¥500) now.
    for (int i = 1; i <= 10; ++i)
        record(addMember(u"Member %1"_s.arg(i)), i * 10'000LL);
    go(3);
    TiersScreen *screen = m_window->tiersScreen();
    QTRY_VERIFY(!screen->isWorking() && screen->report().has_value());
    const TierReport &r = *screen->report();
    QCOMPARE(r.members, 10);
    QCOMPARE(r.membersByLevel, (QList<qint64>{4, 6, 0, 0, 0}));
    auto *table = screen->findChild<QTableWidget *>(u"tierReportTable"_s);
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(4, 0)->text(), u"Normal"_s);   // highest first
    QCOMPARE(table->item(3, 2)->text(), u"6"_s);        // Silver's members
    // Top 8 of 10 reach Silver: the 8th best spends ¥300; Gold the top 2 (¥900); Platinum and
    // Diamond the top round(0.5) = 1 and round(0.2) = 0 members.
    QCOMPARE(r.suggestedThresholds.at(1), 30'000);
    QCOMPARE(r.suggestedThresholds.at(2), 90'000);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(screen->applySuggestion());
    QCOMPARE(stored().at(1).thresholdCents, 30'000);
    QCOMPARE(stored().at(2).thresholdCents, 90'000);
    QVERIFY2(MessageBox::lastText().contains(u"spent enough"_s), qPrintable(MessageBox::lastText()));
    // The screen works the report out again with the new ladder.
    QTRY_VERIFY(!screen->isWorking() && screen->report()->ladder.at(1).thresholdCents == 30'000);
}

void TestTiersUi::reviewsDueRunInTheBackgroundAtOpen()
{
    // Silver since 2026-03-02; the shop is next opened on 2028-04-02: the reviews of 2026-04-01 …
    // 2028-04-01 are due. The one of 2027-03-01 still sees the visit and renews Silver; the one of
    // 2028-03-01 (the grace over, no spend since) drops it.
    const qint64 id = addMember(u"Li Lei"_s);
    record(id, 60'000);
    const QString path = m_window->session().path();
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2028, 4, 2), QTime(9, 0))));
    QSignalSpy reviewed(&m_window->session(), &ShopSession::tiersReviewed);
    QSignalSpy changed(&m_window->session(), &ShopSession::memberChanged);
    QVERIFY(m_window->openShop(path));
    // The background pass of the first open (the 12-month spends counted) may report too: wait for
    // the one with the reviews.
    const auto withReviews = [&reviewed]() -> std::optional<TierReviewReport> {
        for (const QList<QVariant> &args : std::as_const(reviewed))
            if (auto r = args.first().value<TierReviewReport>(); !r.days.isEmpty())
                return r;
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(withReviews().has_value(), 10000);
    const TierReviewReport report = *withReviews();
    QCOMPARE(report.days.size(), 25);
    QCOMPARE(report.changed.size(), 1);
    QCOMPARE(report.changed.first().to, 0);
    QCOMPARE(report.changed.first().on, QDate(2028, 3, 1));
    QVERIFY(!changed.isEmpty()); // the screens refresh
    QCOMPARE(m_window->session().members().byId(id)->tierLevel, 0);
}

QTEST_MAIN(TestTiersUi)
#include "test_tiers_ui.moc"
