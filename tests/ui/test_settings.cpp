// Drives the Settings screen of the real main window: the points rules, their live preview from
// values not saved yet, Save (one setMany), Revert, refusals, category percents and read-only
// cashiers. Each test opens its own temporary shop.

#include "TestShop.h"

#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "settings/SettingsScreen.h"
#include "shop/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;
using namespace Qt::StringLiterals;

class TestSettingsScreen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void navigationOpensTheScreen();
    void previewFollowsUnsavedValues();
    void saveStoresEveryChangeAtOnce();
    void outOfRangeIsRefusedAndNothingStored();
    void lockedFileIsExplainedAndNothingStored();
    void revertPutsBackTheSavedRules();
    void cashierSeesTheRulesReadOnly();
    void addAndRemoveACategoryPercent();
    void expiryModeAndMonths();
    void languageChangeKeepsUnsavedValues();
    void leavingWithUnsavedChangesAsks_data();
    void leavingWithUnsavedChangesAsks();

private:
    template <typename T> T *child(const QString &name) const { return m_screen->findChild<T *>(name); }
    QSpinBox *spin(const QString &key) const { return child<QSpinBox>(key); }
    // The percent box of a category in the list (the list's widgets are made anew at each load).
    QSpinBox *categorySpin(const QString &name) const
    {
        auto *table = child<QTableWidget>(u"categoryTable"_s);
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == name)
                return qobject_cast<QSpinBox *>(table->cellWidget(row, 1));
        return nullptr;
    }
    QString preview(const char *line) const
    {
        const QLabel *label = child<QLabel>(u"preview_"_s + QLatin1String(line));
        return label && !label->isHidden() ? label->text() : QString();
    }
    // Types a new value into a spin box the way a person does.
    static void typeInto(QSpinBox *spin, const QString &text);
    // What the shop file holds, read through a fresh Settings.
    QString stored(const QString &key) { return Settings(m_window->session().database()).text(key); }
    bool hasRow(const QString &key);

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
    SettingsScreen *m_screen = nullptr;
};

void TestSettingsScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(u"en"_s));
}

void TestSettingsScreen::init()
{
    Translations::install(u"en"_s);
    m_shop = std::make_unique<test::TestShop>();
    const QString path = m_shop->path;
    m_shop->db.reset(); // the window opens the file itself
    m_window = std::make_unique<MainWindow>();
    // 15 March 2026: not the member day (the 11th); the preview's dates follow this clock.
    m_window->session().setClock(std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 15), QTime(10, 0))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openShop(path));
    m_window->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(6);
    m_screen = m_window->settingsScreen();
    QVERIFY(m_screen);
    QTRY_VERIFY(m_screen->isVisible());
}

void TestSettingsScreen::cleanup()
{
    m_screen = nullptr;
    m_window.reset();
    m_shop.reset();
}

void TestSettingsScreen::typeInto(QSpinBox *spin, const QString &text)
{
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

bool TestSettingsScreen::hasRow(const QString &key)
{
    auto values = Settings(m_window->session().database()).storedValues();
    return values && values->contains(key);
}

void TestSettingsScreen::navigationOpensTheScreen()
{
    auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
    QCOMPARE(nav->count(), 7);
    QCOMPARE(nav->item(6)->text(), u"Settings"_s);
    QVERIFY(!nav->item(6)->icon().isNull());
    QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_screen);
    // Nothing changed yet: nothing to save.
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"revertButton"_s)->isEnabled());
    QVERIFY(!child<QLabel>(u"readOnlyNote"_s)->isVisible());
    // The ranges come from the settings table.
    QCOMPARE(spin(u"promo.member_day"_s)->maximum(), 31);
    QCOMPARE(spin(u"promo.member_day_percent"_s)->minimum(), 100);
    QCOMPARE(spin(u"promo.member_day_percent"_s)->maximum(), 1000);
    QCOMPARE(spin(u"redeem.max_percent"_s)->maximum(), 100);
    QCOMPARE(spin(u"promo.member_day"_s)->specialValueText(), u"None"_s);
}

void TestSettingsScreen::previewFollowsUnsavedValues()
{
    // The defaults: ¥100 earns 100 points, 200 on the member day.
    QVERIFY2(preview("memberDay").contains(u"A ¥100.00 visit on the member day (day 11 of each month) earns 200 point"_s),
        qPrintable(preview("memberDay")));
    QVERIFY2(preview("otherDay").contains(u"A ¥100.00 visit on another day earns 100 point"_s), qPrintable(preview("otherDay")));
    QCOMPARE(preview("redeem"), u"100 points pay ¥1.00; at most 50% of a visit, at least 100 points at a time."_s);
    QCOMPARE(preview("redeemVisit"), u"Points can pay up to ¥50.00 of a ¥100.00 visit (5,000 points)."_s);

    typeInto(spin(u"promo.member_day_percent"_s), u"300"_s);
    QTRY_VERIFY2(preview("memberDay").contains(u"earns 300 point"_s), qPrintable(preview("memberDay")));
    QVERIFY(preview("otherDay").contains(u"earns 100 point"_s));
    QCOMPARE(stored(u"promo.member_day_percent"_s), u"200"_s); // not saved yet
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
    QCOMPARE(m_screen->changes().size(), 1);

    // The example amount is the user's: ¥50 → 150 on the member day.
    auto *amount = child<QLineEdit>(u"exampleAmount"_s);
    amount->selectAll();
    QTest::keyClicks(amount, u"50"_s);
    QTRY_VERIFY2(preview("memberDay").contains(u"A ¥50.00 visit on the member day (day 11 of each month) earns 150 point"_s),
        qPrintable(preview("memberDay")));
    // Something Money cannot read is said under the field.
    amount->selectAll();
    QTest::keyClicks(amount, u"12abc"_s);
    QTRY_VERIFY(!m_screen->errorFor(u"exampleAmount"_s).isEmpty());
    QVERIFY(preview("memberDay").isEmpty());
    amount->selectAll();
    QTest::keyClicks(amount, u"100"_s);
    QTRY_VERIFY(m_screen->errorFor(u"exampleAmount"_s).isEmpty());

    // No member day: one line for every day, and its percent does not apply.
    typeInto(spin(u"earn.points_per_yuan"_s), u"2"_s);
    spin(u"promo.member_day"_s)->setValue(0);
    QTRY_VERIFY(preview("memberDay").isEmpty());
    QVERIFY2(preview("otherDay").contains(u"A ¥100.00 visit earns 200 point"_s), qPrintable(preview("otherDay")));
    QVERIFY(!spin(u"promo.member_day_percent"_s)->isEnabled());
    // A member day late in the month comes with a word about short months.
    spin(u"promo.member_day"_s)->setValue(31);
    QVERIFY(child<QLabel>(u"hint_promo.member_day"_s)->text().contains(u"day 31"_s));
}

void TestSettingsScreen::saveStoresEveryChangeAtOnce()
{
    QSignalSpy changed(&m_window->session(), &ShopSession::settingsChanged);
    typeInto(spin(u"promo.member_day_percent"_s), u"300"_s);
    typeInto(spin(u"bonus.birthday_points"_s), u"250"_s);
    typeInto(spin(u"redeem.max_percent"_s), u"30"_s);
    QTRY_COMPARE(m_screen->changes().size(), 3);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);

    QCOMPARE(stored(u"promo.member_day_percent"_s), u"300"_s);
    QCOMPARE(stored(u"bonus.birthday_points"_s), u"250"_s);
    QCOMPARE(stored(u"redeem.max_percent"_s), u"30"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_screen->changes().isEmpty());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"saveStatus"_s)->text().startsWith(u"Saved."_s));
    // The rules a checkout reads are the new ones.
    auto rules = m_window->session().settings().rules();
    QVERIFY(rules.ok());
    QCOMPARE(rules->memberDayPercent, 300);
    QCOMPARE(rules->redeemMaxPercent, 30);
}

void TestSettingsScreen::outOfRangeIsRefusedAndNothingStored()
{
    // The spin boxes keep values in range; a value that gets past them anyway (here a box made
    // wider than the settings table allows) is refused by Settings::setMany with the other
    // change, shown under its field.
    typeInto(spin(u"bonus.birthday_points"_s), u"250"_s);
    spin(u"promo.member_day_percent"_s)->setMaximum(5000);
    spin(u"promo.member_day_percent"_s)->setValue(5000);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);

    const QString error = m_screen->errorFor(u"promo.member_day_percent"_s);
    QVERIFY2(error.contains(u"between 100 and 1000"_s), qPrintable(error));
    QVERIFY(child<QLabel>(u"error_promo.member_day"_s)->isVisible());
    QCOMPARE(stored(u"promo.member_day_percent"_s), u"200"_s);
    QCOMPARE(stored(u"bonus.birthday_points"_s), u"100"_s); // all or nothing
    QVERIFY(child<QLabel>(u"saveStatus"_s)->text().startsWith(u"Not saved"_s));
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled()); // the edits are still there to fix

    // Fixing the value clears the message, and then Save stores both.
    spin(u"promo.member_day_percent"_s)->setValue(400);
    QVERIFY(m_screen->errorFor(u"promo.member_day_percent"_s).isEmpty());
    QVERIFY(m_screen->save());
    QCOMPARE(stored(u"promo.member_day_percent"_s), u"400"_s);
    QCOMPARE(stored(u"bonus.birthday_points"_s), u"250"_s);
}

void TestSettingsScreen::lockedFileIsExplainedAndNothingStored()
{
    // Another program holds the shop file's write lock: the refusal has no field of the form, so
    // it comes as a message box with the reason from core.
    typeInto(spin(u"bonus.signup_points"_s), u"50"_s);
    QTRY_COMPARE(m_screen->changes().size(), 1);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(m_window->session().path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_screen->save());
        QVERIFY2(MessageBox::lastText().contains(u"locked"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    QCOMPARE(stored(u"bonus.signup_points"_s), u"0"_s);
    QCOMPARE(m_screen->changes().size(), 1); // still there to save once the file is free
    QVERIFY(m_screen->save());
    QCOMPARE(stored(u"bonus.signup_points"_s), u"50"_s);
}

void TestSettingsScreen::revertPutsBackTheSavedRules()
{
    typeInto(spin(u"redeem.min_points"_s), u"500"_s);
    child<QComboBox>(u"expiry.mode"_s)->setCurrentIndex(2);
    QTRY_COMPARE(m_screen->changes().size(), 2);
    QTest::mouseClick(child<QPushButton>(u"revertButton"_s), Qt::LeftButton);
    QCOMPARE(spin(u"redeem.min_points"_s)->value(), 100);
    QCOMPARE(child<QComboBox>(u"expiry.mode"_s)->currentData().toString(), u"rolling"_s);
    QVERIFY(m_screen->changes().isEmpty());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
    QCOMPARE(child<QLabel>(u"saveStatus"_s)->text(), u"The saved rules are back."_s);
    QVERIFY2(preview("redeem").contains(u"at least 100 points"_s), qPrintable(preview("redeem")));
}

void TestSettingsScreen::cashierSeesTheRulesReadOnly()
{
    // Saved by the owner first, so there is a category on the list.
    QVERIFY(m_window->session().settings().set(Settings::categoryPrefix() + u"tobacco"_s, u"0"_s, Operator::owner()).ok());
    emit m_window->session().settingsChanged();
    m_window->session().setOperator({u"anna"_s, Role::Cashier});

    auto *note = child<QLabel>(u"readOnlyNote"_s);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Only the owner can change the rules."_s);
    QVERIFY(spin(u"promo.member_day_percent"_s)->isReadOnly());
    QVERIFY(spin(u"bonus.birthday_points"_s)->isReadOnly());
    QVERIFY(categorySpin(u"tobacco"_s) && categorySpin(u"tobacco"_s)->isReadOnly());
    QVERIFY(!child<QComboBox>(u"expiry.mode"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"revertButton"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"addCategoryButton"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(u"categoryName"_s)->isVisible());

    // Typing changes nothing, and there is nothing to save.
    typeInto(spin(u"bonus.birthday_points"_s), u"999"_s);
    QCOMPARE(spin(u"bonus.birthday_points"_s)->value(), 100);
    QVERIFY(m_screen->changes().isEmpty());
    QVERIFY(!m_screen->save());
    // The preview still explains the rules.
    QVERIFY(preview("otherDay").contains(u"earns 100 point"_s));

    // The owner again: editable.
    m_window->session().setOperator(Operator::owner());
    QTRY_VERIFY(!note->isVisible());
    QVERIFY(!spin(u"bonus.birthday_points"_s)->isReadOnly());
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isVisible());
}

void TestSettingsScreen::addAndRemoveACategoryPercent()
{
    auto *table = child<QTableWidget>(u"categoryTable"_s);
    auto *name = child<QLineEdit>(u"categoryName"_s);
    auto *percent = child<QSpinBox>(u"categoryPercent"_s);
    auto *add = child<QPushButton>(u"addCategoryButton"_s);
    QVERIFY(table && name && percent && add);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(preview("category").isEmpty());

    // No name: said under the list.
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!m_screen->errorFor(u"category"_s).isEmpty());
    QCOMPARE(table->rowCount(), 0);

    QTest::keyClicks(name, u"Tobacco"_s);
    percent->setValue(0);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Tobacco"_s);
    QVERIFY(m_screen->errorFor(u"category"_s).isEmpty());
    QTRY_VERIFY2(preview("category").contains(u"“Tobacco” items (0%) earn 0 point"_s), qPrintable(preview("category")));

    // The same category in other letters is refused.
    QTest::keyClicks(name, u"TOBACCO"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY2(m_screen->errorFor(u"category"_s).contains(u"already"_s), qPrintable(m_screen->errorFor(u"category"_s)));
    QCOMPARE(table->rowCount(), 1);
    name->clear();

    QTest::keyClicks(name, u"Tea"_s);
    percent->setValue(150);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(m_screen->save());
    QCOMPARE(stored(Settings::categoryPrefix() + u"Tobacco"_s), u"0"_s);
    QCOMPARE(stored(Settings::categoryPrefix() + u"Tea"_s), u"150"_s);
    QCOMPARE(m_window->session().settings().rules()->categoryPercentOf(u"tobacco"_s), 0);

    // A percent changed in the list, and a category removed: back to 100%, its row gone.
    auto *tea = categorySpin(u"Tea"_s);
    QVERIFY(tea);
    QCOMPARE(tea->objectName(), u"categoryPercent_Tea"_s);
    typeInto(tea, u"120"_s);
    const QList<QTableWidgetItem *> found = table->findItems(u"Tobacco"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->selectRow(found.first()->row());
    auto *remove = child<QPushButton>(u"removeCategoryButton"_s);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(m_screen->changes().size(), 2);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(!hasRow(Settings::categoryPrefix() + u"Tobacco"_s));
    QCOMPARE(stored(Settings::categoryPrefix() + u"Tea"_s), u"120"_s);
    auto rules = m_window->session().settings().rules();
    QCOMPARE(rules->categoryPercentOf(u"tobacco"_s), 100);
    QCOMPARE(rules->categoryPercentOf(u"tea"_s), 120);
}

void TestSettingsScreen::expiryModeAndMonths()
{
    // SPEC §3.3: earned 2026-03-15 → valid through 2027-03-31.
    QCOMPARE(preview("expiry"), u"Points earned on 15 March 2026 are valid through 31 March 2027."_s);
    auto *mode = child<QComboBox>(u"expiry.mode"_s);
    QCOMPARE(mode->count(), 3);
    QCOMPARE(mode->itemText(2), u"Never"_s);
    mode->setCurrentIndex(mode->findData(u"yearly"_s));
    QCOMPARE(preview("expiry"), u"Points earned on 15 March 2026 are valid through 31 December 2027."_s);
    QVERIFY(!spin(u"expiry.months"_s)->isEnabled());
    mode->setCurrentIndex(mode->findData(u"none"_s));
    QCOMPARE(preview("expiry"), u"Points earned on 15 March 2026 never expire."_s);
    mode->setCurrentIndex(mode->findData(u"rolling"_s));
    QVERIFY(spin(u"expiry.months"_s)->isEnabled());
    typeInto(spin(u"expiry.months"_s), u"6"_s);
    QTRY_COMPARE(preview("expiry"), u"Points earned on 15 March 2026 are valid through 30 September 2026."_s);
    QVERIFY(m_screen->save());
    QCOMPARE(stored(u"expiry.months"_s), u"6"_s);
    QCOMPARE(stored(u"expiry.mode"_s), u"rolling"_s);
}

void TestSettingsScreen::languageChangeKeepsUnsavedValues()
{
    typeInto(spin(u"bonus.referral_points"_s), u"300"_s);
    QTRY_COMPARE(m_screen->changes().size(), 1);
    QVERIFY(Translations::install(u"zh_CN"_s));
    QCoreApplication::processEvents();
    QCOMPARE(spin(u"bonus.referral_points"_s)->value(), 300);
    QCOMPARE(m_screen->changes().size(), 1);
    QVERIFY(!preview("bonuses").isEmpty());
    QVERIFY(Translations::install(u"en"_s));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->findChild<QListWidget *>(u"navigation"_s)->item(6)->text(), u"Settings"_s);
    QVERIFY(preview("bonuses").contains(u"300 for a referral"_s));
}

void TestSettingsScreen::leavingWithUnsavedChangesAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("left");
    QTest::addColumn<QString>("storedAfter");
    QTest::addColumn<QString>("inFormAfter");

    QTest::newRow("keep editing") << int(QMessageBox::Cancel) << false << u"200"_s << u"300"_s;
    QTest::newRow("drop them") << int(QMessageBox::Discard) << true << u"200"_s << u"200"_s;
    QTest::newRow("save them") << int(QMessageBox::Save) << true << u"300"_s << u"300"_s;
}

void TestSettingsScreen::leavingWithUnsavedChangesAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, left);
    QFETCH(QString, storedAfter);
    QFETCH(QString, inFormAfter);

    typeInto(spin(u"promo.member_day_percent"_s), u"300"_s);
    QTRY_COMPARE(m_screen->changes().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    m_window->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(0); // to the counter
    QVERIFY(MessageBox::lastText().contains(u"not saved"_s));
    auto *stack = m_window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget() != m_screen, left);
    QCOMPARE(m_window->findChild<QListWidget *>(u"navigation"_s)->currentRow(), left ? 0 : 6);
    QCOMPARE(stored(u"promo.member_day_percent"_s), storedAfter);
    QCOMPARE(QString::number(spin(u"promo.member_day_percent"_s)->value()), inFormAfter);
}

QTEST_MAIN(TestSettingsScreen)
#include "test_settings.moc"
