// The dashboard in the real main window (SPEC §3.7): today at a glance, the period chosen by a
// preset or two days, a refusal for a period that ends before it starts, every chart titled with
// titled axes, each one saved as a PNG and its numbers as CSV, refreshed when a visit is recorded,
// and in Chinese. Each test opens its own temporary shop; file dialogs answer through FileDialog.

#include "StrictCsv.h"
#include "TestShop.h"

#include "alerts/AlertsScreen.h"
#include "common/FileDialog.h"
#include "common/ShopSession.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardScreen.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "members/MemberService.h"

#include <QAbstractAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QValueAxis>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;
using namespace Qt::StringLiterals;

class TestDashboardUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTodayAtAGlance();
    void aVisitRefreshesIt();
    void presetsChooseThePeriod();
    void refusesAPeriodThatEndsBeforeItStarts();
    void everyChartHasTitlesAndAxisTitles();
    void everyChartSavesItsPictureAndData();
    void alertsWaitingOpenTheAlertList();
    void speaksChinese();

private:
    qint64 addMember(const QString &name);
    void record(qint64 memberId, qint64 cents);
    DashboardScreen *screen() { return m_window->dashboardScreen(); }
    // Shows the dashboard and waits for its figures.
    bool showAndWait();
    bool waitForFigures();
    QString tileText(int tile);

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDashboardUi::init()
{
    QVERIFY(Translations::install(u"en"_s));
    m_shop = std::make_unique<test::TestShop>();
    const QString path = m_shop->path;
    m_shop->db.reset(); // the window opens the file itself
    m_window = std::make_unique<MainWindow>();
    // Tuesday 24 November 2026, 10:00.
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 24), QTime(10, 0))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openShop(path));
}

void TestDashboardUi::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

qint64 TestDashboardUi::addMember(const QString &name)
{
    MemberFields f;
    f.name = name;
    auto m = m_window->session().members().add(f);
    if (!m)
        qWarning("%s", qPrintable(m.error().message));
    return m ? m->id : 0;
}

void TestDashboardUi::record(qint64 memberId, qint64 cents)
{
    VisitRequest r;
    r.memberId = memberId;
    r.amountCents = cents;
    auto v = m_window->session().checkout().record(r);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    emit m_window->session().visitsChanged(memberId);
}

bool TestDashboardUi::waitForFigures()
{
    for (int i = 0; i < 200 && (screen()->isWorking() || !screen()->dashboard()); ++i)
        QTest::qWait(20);
    return !screen()->isWorking() && screen()->dashboard().has_value();
}

bool TestDashboardUi::showAndWait()
{
    auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
    nav->setCurrentRow(5);
    return m_window->findChild<QStackedWidget *>()->currentWidget() == screen() && waitForFigures();
}

QString TestDashboardUi::tileText(int tile)
{
    return screen()->findChild<QLabel *>(u"glanceValue%1"_s.arg(tile))->text();
}

void TestDashboardUi::showsTodayAtAGlance()
{
    const qint64 ann = addMember(u"Ann Lee"_s);
    const qint64 bo = addMember(u"Bo Wang"_s);
    record(ann, 12'345);
    record(bo, 5'000);
    record(ann, 655);
    auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
    QCOMPARE(nav->count(), 7);
    QCOMPARE(nav->item(5)->text(), u"Dashboard"_s);
    QVERIFY(!nav->item(5)->icon().isNull());
    QVERIFY(showAndWait());
    const Dashboard &d = *screen()->dashboard();
    QCOMPARE(d.today.visits, 3);
    QCOMPARE(d.today.revenueCents, 18'000);
    QCOMPARE(d.today.newMembers, 2);
    QCOMPARE(tileText(0), u"3"_s);                 // visits
    QVERIFY2(tileText(1).contains(u"180.00"_s), qPrintable(tileText(1)));   // revenue
    QCOMPARE(tileText(2), u"2"_s);                 // new members
    QCOMPARE(tileText(3), QString::number(d.today.pointsEarned));
    QVERIFY(d.today.pointsEarned > 0);
    // The last 30 days, day by day, today last.
    QCOMPARE(d.range.first, QDate(2026, 10, 26));
    QCOMPARE(d.range.last, QDate(2026, 11, 24));
    QCOMPARE(d.sales.size(), 30);
    QCOMPARE(d.sales.constLast().visits, 3);
    const QString status = screen()->findChild<QLabel *>(u"dashboardStatus"_s)->text();
    QVERIFY2(status.contains(u"3 visits"_s) && status.contains(u"180.00"_s), qPrintable(status));
}

void TestDashboardUi::aVisitRefreshesIt()
{
    const qint64 ann = addMember(u"Ann Lee"_s);
    record(ann, 1'000);
    QVERIFY(showAndWait());
    QCOMPARE(screen()->dashboard()->today.visits, 1);
    QSignalSpy refreshed(screen(), &DashboardScreen::refreshed);
    record(ann, 2'000);
    QVERIFY(refreshed.wait(5000) || refreshed.count() > 0);
    QVERIFY(waitForFigures());
    QCOMPARE(screen()->dashboard()->today.visits, 2);
    QCOMPARE(tileText(0), u"2"_s);
}

void TestDashboardUi::presetsChooseThePeriod()
{
    QVERIFY(showAndWait());
    screen()->choosePreset(DashboardScreen::Last12Months);
    QVERIFY(waitForFigures());
    const Dashboard &year = *screen()->dashboard();
    QCOMPARE(year.range.first, QDate(2025, 12, 1));
    QCOMPARE(year.range.last, QDate(2026, 11, 24));
    QCOMPARE(toString(year.range.by), u"month"_s);
    QCOMPARE(year.sales.size(), 12);
    QCOMPARE(year.months.size(), 12);
    auto *preset = screen()->findChild<QComboBox *>(u"dashboardPreset"_s);
    QCOMPARE(preset->currentIndex(), int(DashboardScreen::Last12Months));

    screen()->choosePreset(DashboardScreen::Last90Days);
    QVERIFY(waitForFigures());
    QCOMPARE(toString(screen()->dashboard()->range.by), u"week"_s);
    QCOMPARE(screen()->dashboard()->sales.constFirst().start.dayOfWeek(), 1);   // weeks start on Monday

    // Editing a day makes it a chosen period.
    screen()->findChild<QDateEdit *>(u"dashboardFrom"_s)->setDate(QDate(2026, 11, 1));
    QVERIFY(waitForFigures());
    QCOMPARE(preset->currentIndex(), int(DashboardScreen::Custom));
    QCOMPARE(screen()->dashboard()->range.first, QDate(2026, 11, 1));
}

void TestDashboardUi::refusesAPeriodThatEndsBeforeItStarts()
{
    QVERIFY(showAndWait());
    const DashboardRange before = screen()->dashboard()->range;
    screen()->setRange({QDate(2026, 11, 20), QDate(2026, 11, 10), Granularity::Day});
    for (int i = 0; i < 200 && screen()->isWorking(); ++i)
        QTest::qWait(20);
    const QString status = screen()->findChild<QLabel *>(u"dashboardStatus"_s)->text();
    QVERIFY2(status.contains(u"ends before it starts"_s), qPrintable(status));
    // The figures shown are still the last good ones.
    QCOMPARE(screen()->dashboard()->range.first, before.first);
}

void TestDashboardUi::everyChartHasTitlesAndAxisTitles()
{
    const qint64 ann = addMember(u"Ann Lee"_s);
    record(ann, 8'800);
    QVERIFY(showAndWait());
    const QList<ChartPanel *> panels = screen()->panels();
    QCOMPARE(panels.size(), 9);
    int charts = 0;
    for (ChartPanel *panel : panels) {
        QVERIFY2(!panel->data().columns.isEmpty(), qPrintable(panel->objectName()));
        QChart *chart = panel->chart();
        if (!chart)
            continue;   // the heat map paints its own titles
        ++charts;
        QVERIFY2(!chart->title().isEmpty(), qPrintable(panel->objectName()));
        for (QAbstractAxis *axis : chart->axes())
            if (qobject_cast<QValueAxis *>(axis))
                QVERIFY2(!axis->titleText().isEmpty(), qPrintable(panel->objectName()));
    }
    QCOMPARE(charts, 8);
}

void TestDashboardUi::everyChartSavesItsPictureAndData()
{
    const qint64 ann = addMember(u"Ann Lee"_s);
    record(ann, 12'345);
    QVERIFY(showAndWait());
    QTemporaryDir out;
    auto *tabs = screen()->findChild<QTabWidget *>(u"dashboardTabs"_s);
    for (ChartPanel *panel : screen()->panels()) {
        // Show the panel's tab, as a user would before clicking its buttons.
        for (int t = 0; t < tabs->count(); ++t)
            if (tabs->widget(t)->isAncestorOf(panel))
                tabs->setCurrentIndex(t);
        QTest::qWait(20);
        const QString name = panel->objectName();
        const QString png = out.filePath(name + u".png"_s);
        FileDialog::setNextFileName(png);
        panel->findChild<QToolButton *>(name.chopped(5) + u"SavePicture"_s)->click();
        QImage image(png);
        QVERIFY2(!image.isNull() && image.width() > 200 && image.height() > 150, qPrintable(name));

        const QString csv = out.filePath(name + u".csv"_s);
        FileDialog::setNextFileName(csv);
        panel->findChild<QToolButton *>(name.chopped(5) + u"SaveData"_s)->click();
        const QByteArray bytes = test::readAll(csv);
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(name));
        const auto rows = test::parseCsv(bytes.mid(3));
        QVERIFY2(rows && rows->size() == panel->data().rows.size() + 1, qPrintable(name));
        QStringList header;
        for (const DataTable::Column &c : panel->data().columns)
            header << c.title;
        QCOMPARE(rows->constFirst(), header);
    }
    // The sales data: today's visit with its money as 123.45.
    const auto parsed = test::parseCsv(test::readAll(out.filePath(u"salesPanel.csv"_s)).mid(3));
    QVERIFY(parsed);
    const QList<QStringList> &sales = *parsed;
    QCOMPARE(sales.constFirst(), (QStringList{u"Day"_s, u"Visits"_s, u"Revenue"_s}));
    QCOMPARE(sales.constLast(), (QStringList{u"2026-11-24"_s, u"1"_s, u"123.45"_s}));
    QCOMPARE(sales.at(1), (QStringList{u"2026-10-26"_s, u"0"_s, u"0.00"_s}));
    // Cancelling the dialog writes nothing.
    FileDialog::setNextFileName(QString());
    screen()->panels().constFirst()->findChild<QToolButton *>(u"salesSaveData"_s)->click();
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2 * screen()->panels().size());
}

void TestDashboardUi::alertsWaitingOpenTheAlertList()
{
    QVERIFY(showAndWait());
    auto *alerts = screen()->findChild<QPushButton *>(u"glanceAlerts"_s);
    QCOMPARE(alerts->text(), u"0"_s);
    alerts->click();
    QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->alertsScreen());
}

void TestDashboardUi::speaksChinese()
{
    const qint64 ann = addMember(u"Ann Lee"_s);
    record(ann, 8'800);
    QVERIFY(showAndWait());
    const QString englishTitle = screen()->panels().constFirst()->chart()->title();
    QVERIFY(Translations::install(u"zh_CN"_s));
    QTest::qWait(50);
    auto *tabs = screen()->findChild<QTabWidget *>(u"dashboardTabs"_s);
    QCOMPARE(tabs->tabText(0), u"销售"_s);
    const QString chineseTitle = screen()->panels().constFirst()->chart()->title();
    QVERIFY2(chineseTitle != englishTitle && chineseTitle.contains(u"每天"_s), qPrintable(chineseTitle));
    QCOMPARE(screen()->panels().constFirst()->data().columns.constFirst().title, u"日期"_s);
}

QTEST_MAIN(TestDashboardUi)
#include "test_dashboard_ui.moc"
