// Drives the real main window the way the person at the counter does.

#include "TestShop.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "members/ImportDialog.h"
#include "members/MemberDialog.h"
#include "members/MemberTableModel.h"
#include "members/MembersScreen.h"
#include "search/GlobalSearch.h"
#include "counter/CounterScreen.h"
#include "counter/VoidDialog.h"
#include "members/MemberService.h"
#include "points/PointsService.h"
#include "shop/Backups.h"
#include "visits/CheckoutService.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;
using namespace Qt::StringLiterals;

namespace {
// Types any text, Chinese included, as key events with text (what an input method commits);
// QTest::keyClicks only knows ASCII.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registerThroughDialog();
    void findByLastFourDigits();
    void findByPinyinInitials();
    void scannerTypesCardAndEnter();
    void unknownPhoneOffersRegistration();
    void membersFilterSearchesAsYouType();
    void brokenFileIsExplainedAndUntouched();
    void languageSwitchRetranslates();
    void damageInLargeFileIsReportedAfterOpening();
    void searchOnMembersScreenShowsTheMemberThere();
    void counterServesAMemberWithTheKeyboardOnly();
    void openingMakesTheDailyBackup();
    void damagedShopOffersItsNewestBackup();
    void fileMenuExportsCsv();
    void importMapsUnknownColumns();

private:
    // Runs `fill` on the member dialog once it is shown (it is modal), then returns.
    void withMemberDialog(const std::function<void(MemberDialog *)> &fill);
    qint64 addMember(const QString &name, const QString &phone);

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestMainWindow::init()
{
    Translations::install(QStringLiteral("en")); // whatever an earlier test left
    m_shop = std::make_unique<test::TestShop>();
    const QString path = m_shop->path;
    m_shop->db.reset(); // the window opens the file itself
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openShop(path));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

void TestMainWindow::withMemberDialog(const std::function<void(MemberDialog *)> &fill)
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, this, [&] {
                auto *again = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
                QVERIFY2(again, "the member dialog did not open");
                fill(again);
                ran = true;
            });
            return;
        }
        fill(dialog);
        ran = true;
    });
    m_window->findChild<QAction *>(QStringLiteral("actionNewMember"))->trigger();
    QVERIFY(ran);
}

qint64 TestMainWindow::addMember(const QString &name, const QString &phone)
{
    MemberFields f;
    f.name = name;
    f.phone = phone;
    auto m = m_window->session().members().add(f);
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    emit m_window->session().memberChanged(m->id);
    return m->id;
}

void TestMainWindow::registerThroughDialog()
{
    withMemberDialog([](MemberDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(name && phone && save);
        typeText(name, QStringLiteral("王小明"));
        QTest::keyClicks(phone, QStringLiteral("138-0013-80ab"));
        // Checked as typed: the phone's problem shows under the field before saving.
        QTRY_VERIFY(!dialog->errorFor(QStringLiteral("phone")).isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // refused, nothing saved
        QVERIFY(dialog->errorFor(QStringLiteral("phone")).contains(QStringLiteral("digits")));

        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("+86 138 0013 8000"));
        QTRY_VERIFY(dialog->errorFor(QStringLiteral("phone")).isEmpty());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("birthday")), QStringLiteral("03-15"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    auto found = m_window->session().members().resolve(QStringLiteral("13800138000"));
    QVERIFY2(found, "the member was not saved");
    QCOMPARE(found->name, QStringLiteral("王小明"));
    QCOMPARE(found->phone, QStringLiteral("13800138000"));
    QCOMPARE(found->birthday.toStorage(), QStringLiteral("03-15"));
    // Only one member: the refused attempt left nothing behind.
    QCOMPARE(MemberRepository(m_window->session().database()).count(true).value_or(-1), 1);
    // The new member is selected on the Members screen.
    QCOMPARE(m_window->membersScreen()->currentMemberId(), found->id);
}

void TestMainWindow::findByLastFourDigits()
{
    addMember(QStringLiteral("Anna Smith"), QStringLiteral("13912345678"));
    const qint64 id = addMember(QStringLiteral("王小明"), QStringLiteral("13800138000"));
    GlobalSearch *search = m_window->globalSearch();
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("8000"));
    QTRY_COMPARE(search->resultsModel()->rowCount(), 1);
    QCOMPARE(search->resultsModel()->item(0)->data(GlobalSearch::MemberIdRole).toLongLong(), id);
    QVERIFY(search->resultsModel()->item(0)->text().contains(QStringLiteral("王小明")));
    QSignalSpy chosen(search, &GlobalSearch::memberChosen);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search->resultsCompleter()->popup(), Qt::Key_Return);
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), id);
    QCOMPARE(m_window->counterScreen()->currentMemberId(), id); // served at the counter
    QTRY_VERIFY(search->text().isEmpty()); // ready for the next customer
}

void TestMainWindow::findByPinyinInitials()
{
    addMember(QStringLiteral("张三"), QStringLiteral("13700000001"));
    const qint64 id = addMember(QStringLiteral("王小明"), QStringLiteral("13800138000"));
    GlobalSearch *search = m_window->globalSearch();
    search->focusSearch();
    QTest::keyClicks(search, QStringLiteral("wxm"));
    QTRY_VERIFY(search->resultsModel()->rowCount() >= 1);
    QCOMPARE(search->resultsModel()->item(0)->data(GlobalSearch::MemberIdRole).toLongLong(), id);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->counterScreen()->currentMemberId(), id);
}

void TestMainWindow::scannerTypesCardAndEnter()
{
    const qint64 first = addMember(QStringLiteral("First"), QStringLiteral("13700000001"));
    const qint64 second = addMember(QStringLiteral("Second"), QStringLiteral("13700000002"));
    Q_UNUSED(first);
    const QString card = m_window->session().members().byId(second)->card;
    GlobalSearch *search = m_window->globalSearch();
    search->focusSearch();
    // A keyboard-wedge scanner: the digits at once, then Enter.
    QTest::keyClicks(search, card);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->counterScreen()->currentMemberId(), second);
}

void TestMainWindow::unknownPhoneOffersRegistration()
{
    GlobalSearch *search = m_window->globalSearch();
    search->focusSearch();
    QTest::keyClicks(search, QStringLiteral("139 1111 2222"));
    QTRY_COMPARE(search->resultsModel()->rowCount(), 1);
    QCOMPARE(search->resultsModel()->item(0)->data(GlobalSearch::RegisterPhoneRole).toString(), QStringLiteral("13911112222"));
    QString prefilled;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<MemberDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
        prefilled = dialog->findChild<QLineEdit *>(QStringLiteral("phone"))->text();
        dialog->reject();
    });
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(prefilled, QStringLiteral("13911112222"));
}

void TestMainWindow::membersFilterSearchesAsYouType()
{
    addMember(QStringLiteral("王小明"), QStringLiteral("13800138000"));
    addMember(QStringLiteral("Anna Smith"), QStringLiteral("13912345678"));
    addMember(QStringLiteral("李雷"), QStringLiteral("13612345679"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("membersFilter"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("membersTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("smi"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, MemberTableModel::NameColumn).data().toString(), QStringLiteral("Anna Smith"));
    filter->clear();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("1234"));
    QTRY_COMPARE(table->model()->rowCount(), 0); // last 4 digits: nobody ends with 1234
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("5678"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
}

void TestMainWindow::brokenFileIsExplainedAndUntouched()
{
    const QString path = m_shop->dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a shop, just some notes\n");
    f.close();
    const QString shopBefore = m_window->session().path();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->openShop(path));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not a LoyaltyDesk shop file")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("this is not a shop, just some notes\n"));
    QCOMPARE(m_window->session().path(), shopBefore); // the open shop stays open
}

void TestMainWindow::languageSwitchRetranslates()
{
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->item(1)->text(), QStringLiteral("Members"));
    auto *zh = m_window->findChild<QAction *>(QStringLiteral("language_zh_CN"));
    QVERIFY2(zh, "zh_CN is not in the Language menu");
    zh->trigger();
    QTRY_COMPARE(nav->item(1)->text(), QStringLiteral("会员"));
    QCOMPARE(nav->item(0)->text(), QStringLiteral("收银台"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(nav->item(1)->text(), QStringLiteral("Members"));
}

// A file too large for the check at open (here: any size) is checked in the background; damage in
// a page that opening does not read is reported once that check is done.
void TestMainWindow::damageInLargeFileIsReportedAfterOpening()
{
    const QString path = m_shop->dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = Database::create(path, {QStringLiteral("Damaged"), QStringLiteral("CNY"), QStringLiteral("en")});
        QVERIFY(db);
        SystemClock clock;
        MemberService members(**db, clock);
        Status s = (*db)->transaction([&]() -> Status {
            for (int i = 0; i < 3000; ++i) {
                MemberFields f;
                f.name = QStringLiteral("Member %1 with a long enough name to fill pages").arg(i);
                if (auto m = members.add(f); !m)
                    return m.error();
            }
            return {};
        });
        QVERIFY(s);
        QVERIFY(exec((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 40);
    file.seek((pages / 2) * 4096 + 8); // inside a page in the middle, past its header
    file.write(QByteArray(2000, '\xA5'));
    file.close();

    Database::setQuickCheckLimitForTesting(0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy problems(&m_window->session(), &ShopSession::integrityProblems);
    const bool opened = m_window->openShop(path);
    Database::setQuickCheckLimitForTesting(Database::kQuickCheckMaxBytes);
    QVERIFY(opened);
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 20000);
    QVERIFY(!problems.first().first().toStringList().isEmpty());
    QTRY_VERIFY2(MessageBox::lastText().contains(QStringLiteral("restore the newest backup")), qPrintable(MessageBox::lastText()));
}

void TestMainWindow::searchOnMembersScreenShowsTheMemberThere()
{
    const qint64 id = addMember(QStringLiteral("王小明"), QStringLiteral("13800138000"));
    m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
    GlobalSearch *search = m_window->globalSearch();
    search->focusSearch();
    QTest::keyClicks(search, QStringLiteral("wxm"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->membersScreen()->currentMemberId(), id);
    QCOMPARE(m_window->counterScreen()->currentMemberId(), 0);
}

// SPEC §4, issue acceptance: search, pick, amount, Enter, result; then points as cash; then undo —
// with the keyboard alone.
void TestMainWindow::counterServesAMemberWithTheKeyboardOnly()
{
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 12), QTime(10, 0))));
    const qint64 id = addMember(QStringLiteral("王小明"), QStringLiteral("13800138000"));
    auto *amount = m_window->findChild<QLineEdit *>(QStringLiteral("amount"));
    auto *redeem = m_window->findChild<QLineEdit *>(QStringLiteral("redeemPoints"));
    auto *result = m_window->findChild<QLabel *>(QStringLiteral("visitResult"));
    QVERIFY(amount && redeem && result);
    const auto balance = [&] { return m_window->session().members().byId(id)->points; };

    // 1. F2, the last 4 digits, Enter: the member's card, the cursor in the amount.
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    QTRY_VERIFY(m_window->globalSearch()->hasFocus());
    QTest::keyClicks(m_window->globalSearch(), QStringLiteral("8000"));
    QTest::keyClick(m_window->globalSearch(), Qt::Key_Return);
    QTRY_COMPARE(m_window->counterScreen()->currentMemberId(), id);
    QTRY_VERIFY(amount->hasFocus());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("cardName"))->text().contains(QStringLiteral("王小明")));

    // 2. A bad amount is explained and records nothing.
    QTest::keyClicks(amount, QStringLiteral("12a"));
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("amountError"))->text().isEmpty());
    QVERIFY(!m_window->counterScreen()->lastResult());
    amount->selectAll();

    // 3. The amount and Enter: recorded; the result; the search is ready for the next customer.
    QTest::keyClicks(amount, QStringLiteral("1234.50"));
    QTest::keyClick(amount, Qt::Key_Return);
    QTRY_VERIFY(m_window->counterScreen()->lastResult().has_value());
    QCOMPARE(m_window->counterScreen()->lastResult()->pointsEarned, 1234);
    QCOMPARE(balance(), 1234);
    QVERIFY(result->text().contains(QStringLiteral("1,234")));
    QTRY_VERIFY(m_window->globalSearch()->hasFocus());

    // 4. Again, paying part with points: Tab to the points field.
    QTest::keyClicks(m_window->globalSearch(), QStringLiteral("wxm"));
    QTest::keyClick(m_window->globalSearch(), Qt::Key_Return);
    QTRY_VERIFY(amount->hasFocus());
    QTest::keyClicks(amount, QStringLiteral("20"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QVERIFY(redeem->hasFocus());
    QTest::keyClicks(redeem, QStringLiteral("1100")); // worth ¥11, more than half of ¥20: refused
    QTest::keyClick(redeem, Qt::Key_Return);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("redeemHint"))->text().contains(QStringLiteral("at most 50%")));
    QCOMPARE(balance(), 1234);
    redeem->selectAll();
    QTest::keyClicks(redeem, QStringLiteral("1000"));
    QTest::keyClick(redeem, Qt::Key_Return);
    QTRY_COMPARE(m_window->counterScreen()->lastResult()->pointsRedeemed, 1000);
    QCOMPARE(m_window->counterScreen()->lastResult()->pointsEarned, 10); // ¥20 − ¥10 paid with points
    QCOMPARE(balance(), 1234 - 1000 + 10);

    // 5. Undo that visit (Alt+U), with a reason: the points come back exactly.
    VoidDialog::setNextAnswer(QStringLiteral("customer changed their mind"));
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(balance(), 1234);
    QVERIFY(result->text().contains(QStringLiteral("voided")));
    auto check = LedgerCheck(m_window->session().database()).run(false);
    QVERIFY(check && check->ok);
}

// SPEC §8.5: the first open of a day makes a verified backup, in the background.
void TestMainWindow::openingMakesTheDailyBackup()
{
    const QString path = m_window->session().path();
    QTRY_COMPARE_WITH_TIMEOUT(Backups::listIn(Database::backupFolderFor(path), path).size(), 1, 10000);
    const BackupFile daily = Backups::listIn(Database::backupFolderFor(path), path).first();
    QCOMPARE(daily.kind, QStringLiteral("daily"));
    QVERIFY(Database::verifyCopy(daily.path));
    // Opening again the same day makes no second one.
    QVERIFY(m_window->openShop(path));
    QTest::qWait(500);
    QCOMPARE(Backups::listIn(Database::backupFolderFor(path), path).size(), 1);
}

// SPEC §8.6: a damaged shop file offers its newest backup; restoring keeps the damaged file.
void TestMainWindow::damagedShopOffersItsNewestBackup()
{
    const QString path = m_window->session().path();
    const qint64 id = addMember(QStringLiteral("王小明"), QStringLiteral("13800138000"));
    QVERIFY(id > 0);
    m_window->backUpNow();
    QTRY_VERIFY(!Backups::listIn(Database::backupFolderFor(path), path).isEmpty());
    m_window->session().close();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, 'x')); // the header is gone
    }
    MessageBox::setNextAnswer(QMessageBox::RestoreDefaults);
    QVERIFY(m_window->openShop(path));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not a LoyaltyDesk shop file")));
    QVERIFY(m_window->session().isOpen());
    QCOMPARE(m_window->session().members().byId(id)->name, QStringLiteral("王小明"));
    // One replaced shop file, with its -wal and -shm when a connection had left them (that depends
    // on when the background backup's connection closed).
    QStringList kept = QDir(QFileInfo(path).absolutePath()).entryList({QFileInfo(path).fileName() + QStringLiteral(".replaced-*")});
    kept.removeIf([](const QString &name) { return name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm")); });
    QCOMPARE(kept.size(), 1);
}

void TestMainWindow::fileMenuExportsCsv()
{
    // Two members, one visit with two items: File → Export → visits writes the header and one row,
    // members the header and two rows; a cashier is refused and nothing is written.
    const qint64 li = addMember(u"Li Lei"_s, u"13800138000"_s);
    addMember(u"=Han Meimei"_s, u"13900139000"_s);
    VisitRequest r;
    r.memberId = li;
    r.amountCents = 3'600;
    r.items = {VisitLine{u"coffee"_s, u"Latte"_s, 1, 2'800}, VisitLine{u"bakery"_s, u"Croissant"_s, 1, 800}};
    QVERIFY(m_window->session().checkout().record(r).ok());
    QTemporaryDir dir;
    const auto exportTo = [&](const QString &what, const QString &file) {
        FileDialog::setNextFileName(dir.filePath(file));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        auto *action = m_window->findChild<QAction *>(u"actionExport_"_s + what);
        QVERIFY2(action, qPrintable(what));
        action->trigger();
    };
    exportTo(u"visits"_s, u"visits.csv"_s);
    QFile visits(dir.filePath(u"visits.csv"_s));
    QVERIFY(visits.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = visits.readAll().split('\n');
    QCOMPARE(lines.size(), 3);   // header, one visit, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF" "visit_id,uuid,at,card,member,amount,"));
    QVERIFY2(lines.at(1).contains(",Li Lei,36.00,0.00,0.00,36.00,36,0,0,Normal,owner,,coffee:Latte:1:28.00; bakery:Croissant:1:8.00,,,"),
             lines.at(1).constData());
    QVERIFY2(MessageBox::lastText().contains(u"1 row"_s), qPrintable(MessageBox::lastText()));
    exportTo(u"members"_s, u"members.csv"_s);
    QFile members(dir.filePath(u"members.csv"_s));
    QVERIFY(members.open(QIODevice::ReadOnly));
    const QByteArray m = members.readAll();
    QCOMPARE(m.count("\r\n"), 3);
    QVERIFY(m.contains(",'=Han Meimei,13900139000,"));   // the formula guard
    // A cashier: refused, no file.
    m_window->session().setOperator({u"ann"_s, Role::Cashier});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(u"actionExport_ledger"_s)->trigger();
    QVERIFY(MessageBox::lastText().contains(u"Only the owner"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"ledger.csv"_s)));
}

void TestMainWindow::importMapsUnknownColumns()
{
    // Headers nobody named for us ("名字", "电话", "积分余额"): nothing is mapped, so the file is
    // refused as it stands; mapped by hand, two rows go in and the third (a bad phone, line 4) is
    // listed.
    const QString text = u"名字,电话,积分余额\n王小明,13800138000,50\n李雷,13900139000,\n韩梅梅,12ab,\n"_s;
    QVERIFY(m_window->findChild<QAction *>(u"actionImportMembers"_s));
    ImportDialog dialog(m_window->session(), text.toUtf8(), u"list.csv"_s, m_window.get());
    QVERIFY(!dialog.check());
    QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().contains(u"no column is named name or phone"_s));
    QVERIFY(!dialog.findChild<QPushButton *>(u"importNow"_s)->isEnabled());
    dialog.mappingOf(0)->setCurrentIndex(dialog.mappingOf(0)->findData(u"name"_s));
    dialog.mappingOf(1)->setCurrentIndex(dialog.mappingOf(1)->findData(u"phone"_s));
    dialog.mappingOf(2)->setCurrentIndex(dialog.mappingOf(2)->findData(u"points"_s));
    QVERIFY(dialog.check());
    QCOMPARE(dialog.preview()->imported, 2);
    auto *problems = dialog.findChild<QTableWidget *>(u"importProblems"_s);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), u"4"_s);
    QCOMPARE(dialog.findChild<QPushButton *>(u"importNow"_s)->text(), u"&Import 2 members"_s);
    QVERIFY(m_window->session().members().resolve(u"13800138000"_s).error().code == ErrorCode::NotFound); // a check changes nothing
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(dialog.importNow());
    auto wang = m_window->session().members().resolve(u"13800138000"_s);
    QVERIFY(wang.ok());
    QCOMPARE(wang->name, u"王小明"_s);
    QCOMPARE(wang->points, 50);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
