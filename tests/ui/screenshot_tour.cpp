// A developer tool, not a test: builds a demo shop in a temporary folder, drives the real main
// window offscreen and saves screenshots (QWidget::grab) of what a user sees, in one language.
//
//   QT_QPA_PLATFORM=offscreen ./screenshot_tour OUTDIR zh_CN
//
// Used for the README's pictures and for looking at every screen in each language.

#include "alerts/AlertTableModel.h"
#include "alerts/AlertsScreen.h"
#include "common/ShopSession.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "dashboard/DashboardScreen.h"
#include "main/MainWindow.h"
#include "counter/CounterScreen.h"
#include "members/ImportDialog.h"
#include "members/MemberDialog.h"
#include "members/MemberTableModel.h"
#include "members/MembersScreen.h"
#include "search/GlobalSearch.h"
#include "coupons/CouponCode.h"
#include "coupons/CouponService.h"
#include "printing/PrinterDialog.h"
#include "tiers/TiersScreen.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace loyalty;
using namespace loyalty::ui;

namespace {

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
    }
    QTest::qWait(250);
}

// The window with its popups painted where they are on screen.
QImage grabWithPopups(QWidget *window, const QList<QWidget *> &popups)
{
    QImage image = window->grab().toImage();
    QPainter p(&image);
    for (QWidget *popup : popups)
        if (popup && popup->isVisible())
            p.drawPixmap(window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        qWarning("usage: screenshot_tour OUTDIR LANGUAGE");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString language = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out.path());
    Translations::install(language);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tour.sqlite"));
    {
        auto db = Database::create(path, {language.startsWith(u"zh") ? QStringLiteral("街角茶屋") : QStringLiteral("Corner Tea House"),
                                          language == u"zh_TW" ? QStringLiteral("TWD") : QStringLiteral("CNY"), language});
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        SystemClock clock;
        DemoOptions options;
        options.members = 2000;
        options.visits = 40000;
        options.language = language;
        if (auto r = DemoGenerator(**db, clock).run(options); !r)
            qFatal("%s", qPrintable(r.error().message));
    }

    MainWindow window;
    window.resize(1366, 740);
    window.show();
    if (!window.openShop(path))
        return 1;
    QTest::qWait(200);
    const auto save = [&](const QImage &image, const QString &name) {
        const QString file = out.filePath(name + u'-' + language + QStringLiteral(".png"));
        image.save(file);
        qInfo("%s", qPrintable(file));
    };

    // The member list with one member picked.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
    auto *table = window.findChild<QTableView *>(QStringLiteral("membersTable"));
    table->selectRow(3);
    QTest::qWait(100);
    save(window.grab().toImage(), QStringLiteral("members"));

    // The global search as the counter types pinyin initials.
    GlobalSearch *search = window.globalSearch();
    search->focusSearch();
    typeText(search, QStringLiteral("wxm"));
    save(grabWithPopups(&window, {search->resultsCompleter()->popup()}), QStringLiteral("search"));
    search->resultsCompleter()->popup()->hide();
    search->clear();

    // Registering a member, with a phone that is refused as it is typed.
    MemberDialog dialog(window.session(), &window);
    dialog.show();
    QTest::qWait(50);
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("name")), language.startsWith(u"zh") ? QStringLiteral("林小雨") : QStringLiteral("Lucy Lin"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("138-0013-80ab"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("birthday")), QStringLiteral("02-30"));
    QTest::qWait(300);
    save(dialog.grab().toImage(), QStringLiteral("member-dialog"));
    dialog.close();

    // A regular at the counter: the card, an amount and points to pay with, before Enter...
    table->sortByColumn(MemberTableModel::PointsColumn, Qt::DescendingOrder);
    QTest::qWait(100);
    const qint64 regular = window.membersScreen()->model()->memberAt(2)->id;
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);
    window.counterScreen()->serve(regular);
    QTest::qWait(100);
    typeText(window.findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("128.00"));
    typeText(window.findChild<QLineEdit *>(QStringLiteral("redeemPoints")), QStringLiteral("500"));
    save(window.grab().toImage(), QStringLiteral("counter-before"));
    // ... and after: what was earned and paid, the new balance, ready for the next customer.
    window.counterScreen()->record();
    QTest::qWait(300);
    save(window.grab().toImage(), QStringLiteral("counter-after"));

    // The member page: visits with their items, then the ledger and the lots.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
    window.membersScreen()->showMember(regular);
    auto *tabs = window.membersScreen()->memberTabs();
    tabs->setCurrentIndex(1);
    QTest::qWait(150);
    save(window.grab().toImage(), QStringLiteral("member-visits"));
    tabs->setCurrentIndex(2);
    QTest::qWait(150);
    save(window.grab().toImage(), QStringLiteral("member-points"));
    tabs->setCurrentIndex(0);

    // A new member whose first visit reaches Silver: the moment of the upgrade at the counter.
    MemberFields newcomer;
    newcomer.name = language.startsWith(u"zh") ? QStringLiteral("林小雨") : QStringLiteral("Lucy Lin");
    auto added = window.session().members().add(newcomer);
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);
    window.counterScreen()->serve(added->id);
    QTest::qWait(100);
    typeText(window.findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("520.00"));
    window.counterScreen()->record();
    QTest::qWait(300);
    save(window.grab().toImage(), QStringLiteral("counter-upgrade"));

    // A coupon at the counter: the card lists it, the field says what it takes off.
    {
        CouponTemplate t;
        t.name = language.startsWith(u"zh") ? QStringLiteral("满100减20") : QStringLiteral("¥20 off ¥100");
        t.kind = CouponKind::SpendAndSave;
        t.value = 2000;
        t.thresholdCents = 10000;
        t.validDays = 30;
        auto made = CouponService(window.session().database(), window.session().clock()).addTemplate(t);
        auto coupon = made ? CouponService(window.session().database(), window.session().clock()).issue({regular, made->id, {}, {}})
                            : Result<Coupon>(made.error());
        if (!coupon)
            qFatal("%s", qPrintable(coupon.error().message));
        window.counterScreen()->serve(regular);
        QTest::qWait(100);
        typeText(window.findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("168.00"));
        typeText(window.findChild<QLineEdit *>(QStringLiteral("couponCode")), CouponCode::display(coupon->code));
        save(window.grab().toImage(), QStringLiteral("counter-coupon"));
        window.counterScreen()->clear();
    }
    {
        PrinterDialog printer(window.session(), &window);
        printer.show();
        QTest::qWait(100);
        save(printer.grab().toImage(), QStringLiteral("printer-dialog"));
    }

    // The coupons: what became of them, and a campaign ready to go.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(4);
    QTest::qWait(150);
    save(window.grab().toImage(), QStringLiteral("coupons"));

    // Who stopped coming: the alert list, most valuable first.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(2);
    for (int i = 0; i < 100 && (window.alertsScreen()->isWorking() || !window.alertsScreen()->snapshot()); ++i)
        QTest::qWait(50);
    QTest::qWait(150);
    save(window.grab().toImage(), QStringLiteral("alerts"));

    if (window.alertsScreen()->winBack()) {
        WinBackReportDialog months(*window.alertsScreen()->winBack(), &window);
        months.show();
        QTest::qWait(100);
        save(months.grab().toImage(), QStringLiteral("winback-months"));
    }
    {
        const QString list = language.startsWith(u"zh") ? QStringLiteral("名字,电话,积分余额\n赵敏,13812345670,30\n周芷若,1381234,\n小昭,13812345672,\n")
                                                          : QStringLiteral("Customer,Mobile,Balance\nAmy Ho,13812345670,30\nBen Yu,1381234,\nCara Lu,13812345672,\n");
        ImportDialog import(window.session(), list.toUtf8(), QStringLiteral("list.csv"), &window);
        import.mappingOf(0)->setCurrentIndex(import.mappingOf(0)->findData(QStringLiteral("name")));
        import.mappingOf(1)->setCurrentIndex(import.mappingOf(1)->findData(QStringLiteral("phone")));
        import.mappingOf(2)->setCurrentIndex(import.mappingOf(2)->findData(QStringLiteral("points")));
        import.check();
        import.show();
        QTest::qWait(100);
        save(import.grab().toImage(), QStringLiteral("import-dialog"));
    }

    // The most valuable of them comes in: the card says how long they were away, Enter welcomes
    // them back.
    if (const Alert *lapsed = window.alertsScreen()->model()->alertAt(0)) {
        const qint64 id = lapsed->memberId;
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);
        window.counterScreen()->serve(id);
        QTest::qWait(100);
        typeText(window.findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("58.00"));
        save(window.grab().toImage(), QStringLiteral("counter-away"));
        window.counterScreen()->record();
        QTest::qWait(300);
        save(window.grab().toImage(), QStringLiteral("counter-welcome-back"));
        window.counterScreen()->clear();
    }

    // The tier pyramid against the target shares, with the suggested thresholds.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(3);
    for (int i = 0; i < 100 && (window.tiersScreen()->isWorking() || !window.tiersScreen()->report()); ++i)
        QTest::qWait(50);
    QTest::qWait(100);
    save(window.grab().toImage(), QStringLiteral("tiers"));

    // The dashboard on the last 30 days, a shot per tab.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(5);
    auto *dashboard = window.findChild<DashboardScreen *>();
    for (int i = 0; i < 100 && (dashboard->isWorking() || !dashboard->dashboard()); ++i)
        QTest::qWait(50);
    auto *dashTabs = dashboard->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
    const QStringList tabNames{QStringLiteral("sales"), QStringLiteral("members"), QStringLiteral("points"),
                               QStringLiteral("coupons"), QStringLiteral("segments"), QStringLiteral("retention")};
    for (int t = 0; t < dashTabs->count(); ++t) {
        dashTabs->setCurrentIndex(t);
        QTest::qWait(150);
        save(window.grab().toImage(), QStringLiteral("dashboard-") + tabNames.value(t));
    }
    // A year, month by month.
    dashboard->choosePreset(DashboardScreen::Last12Months);
    for (int i = 0; i < 100 && dashboard->isWorking(); ++i)
        QTest::qWait(50);
    dashTabs->setCurrentIndex(0);
    QTest::qWait(150);
    save(window.grab().toImage(), QStringLiteral("dashboard-year"));

    // The points rules, with one change not saved yet showing in the preview.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(6);
    window.findChild<QSpinBox *>(QStringLiteral("promo.member_day_percent"))->setValue(300);
    QTest::qWait(100);
    save(window.grab().toImage(), QStringLiteral("settings"));
    // The tier ladder further down the same form.
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("tierTable")));
    QTest::qWait(100);
    save(window.grab().toImage(), QStringLiteral("settings-tiers"));
    return 0;
}
