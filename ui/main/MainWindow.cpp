#include "main/MainWindow.h"

#include "common/BusyTask.h"
#include "common/FileDialog.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "i18n/Translations.h"
#include "alerts/AlertsScreen.h"
#include "common/ExportRunner.h"
#include "members/ImportDialog.h"
#include "counter/CounterScreen.h"
#include "members/MemberDialog.h"
#include "members/MembersScreen.h"
#include "search/GlobalSearch.h"
#include "settings/SettingsScreen.h"
#include "printing/PrinterDialog.h"
#include "coupons/CouponsScreen.h"
#include "dashboard/DashboardScreen.h"
#include "tiers/TiersScreen.h"
#include "shop/Backups.h"
#include "shop/NewShopDialog.h"
#include "shop/ShopFiles.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace loyalty::ui {

namespace {
enum Screen { CounterIndex = 0, MembersIndex = 1, AlertsIndex = 2, TiersIndex = 3, CouponsIndex = 4, DashboardIndex = 5, SettingsIndex = 6 };
const QString kShopFilter = QStringLiteral("*.sqlite *.db");
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new ShopSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/loyaltydesk.svg")));

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    m_search = new GlobalSearch(*m_session, toolbar);
    m_search->setMaximumWidth(560);
    toolbar->addWidget(m_search);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_shopLabel = new QLabel(toolbar);
    m_shopLabel->setObjectName(QStringLiteral("shopLabel"));
    m_shopLabel->setContentsMargins(8, 0, 8, 0);
    QFont bold = m_shopLabel->font();
    bold.setBold(true);
    m_shopLabel->setFont(bold);
    toolbar->addWidget(m_shopLabel);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(150);
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid); padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 10px 8px; border-radius: 6px; margin: 2px 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/counter.svg")), QString()));
    m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/members.svg")), QString()));
    m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/alerts.svg")), QString()));
    m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/tiers.svg")), QString()));
    m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/coupons.svg")), QString()));
    m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/reports.svg")), QString()));
    m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/settings.svg")), QString()));
    m_stack = new QStackedWidget(central);
    m_counter = new CounterScreen(*m_session, m_stack);
    m_members = new MembersScreen(*m_session, m_stack);
    m_stack->addWidget(m_counter);
    m_stack->addWidget(m_members);
    m_alerts = new AlertsScreen(*m_session, m_stack);
    m_stack->addWidget(m_alerts);
    m_tiers = new TiersScreen(*m_session, m_stack);
    m_stack->addWidget(m_tiers);
    m_coupons = new CouponsScreen(*m_session, m_stack);
    m_stack->addWidget(m_coupons);
    m_dashboard = new DashboardScreen(*m_session, m_stack);
    m_stack->addWidget(m_dashboard);
    m_settings = new SettingsScreen(*m_session, m_stack);
    m_stack->addWidget(m_settings);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showScreen);
    m_nav->setCurrentRow(CounterIndex);

    connect(m_search, &GlobalSearch::memberChosen, this, &MainWindow::chooseMember);
    connect(m_search, &GlobalSearch::registerRequested, this, [this](const QString &phone) {
        // A phone nobody has: register them, then serve them at the counter (or show them).
        const bool atCounter = m_stack->currentIndex() == CounterIndex;
        MemberDialog dialog(*m_session, this, phone);
        if (dialog.exec() == QDialog::Accepted)
            atCounter ? m_counter->serve(dialog.member().id) : m_members->showMember(dialog.member().id);
    });
    connect(m_counter, &CounterScreen::readyForNext, m_search, &GlobalSearch::focusSearch);
    connect(m_dashboard, &DashboardScreen::showAlerts, this, [this] { showScreen(AlertsIndex); });
    connect(m_alerts, &AlertsScreen::serveMember, this, [this](qint64 memberId) {
        showScreen(CounterIndex);
        m_counter->serve(memberId);
    });
    connect(m_counter, &CounterScreen::slipPrinted, this, [this](const QString &problem) {
        if (problem.isEmpty())
            statusBar()->showMessage(tr("The slip was sent to the printer."), 5000);
        else
            statusBar()->showMessage(tr("⚠ The slip was not printed: %1").arg(problem), 30000);
    });
    connect(m_session, &ShopSession::opened, this, &MainWindow::updateTitle);
    connect(m_session, &ShopSession::closed, this, &MainWindow::updateTitle);
    connect(m_session, &ShopSession::integrityProblems, this, [this](const QStringList &problems) {
        MessageBox::warning(this, tr("The shop file is damaged"),
                            tr("A check of the shop file found damage:\n\n%1\n\nStop using this file and restore the newest backup.")
                                .arg(problems.mid(0, 5).join(u'\n')));
    });

    connect(m_session, &ShopSession::backedUp, this, [this](const QString &file) {
        statusBar()->showMessage(tr("Today's backup is made: %1").arg(QDir::toNativeSeparators(file)), 8000);
    });
    // Not a modal box: the counter stays usable, and a damaged file has its own warning.
    connect(m_session, &ShopSession::backupFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("⚠ Today's automatic backup could not be made: %1").arg(message), 60000);
    });

    buildMenus();
    retranslateUi();
    statusBar()->setSizeGripEnabled(true);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        // First start: fill a counter PC's small screen, leave a big one some room.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1280, available.width()), std::min(800, available.height()));
        if (available.width() <= 1440)
            setWindowState(Qt::WindowMaximized);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newShopAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/shop-new.svg")), QString(), this, &MainWindow::newShop);
    m_newShopAction->setObjectName(QStringLiteral("actionNewShop"));
    m_openShopAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/shop-open.svg")), QString(), this, &MainWindow::openShopDialog);
    m_openShopAction->setShortcut(QKeySequence::Open);
    m_openShopAction->setObjectName(QStringLiteral("actionOpenShop"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_demoShopAction = m_fileMenu->addAction(QString(), this, [this] { openDemoShop(); });
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backUpNow);
    m_backupAction->setObjectName(QStringLiteral("actionBackup"));
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreBackupDialog);
    m_restoreAction->setObjectName(QStringLiteral("actionRestore"));
    m_fileMenu->addSeparator();
    m_printerAction = m_fileMenu->addAction(QString(), this, [this] {
        if (!m_session->isOpen())
            return;
        PrinterDialog dialog(*m_session, this);
        dialog.exec();
    });
    m_printerAction->setObjectName(QStringLiteral("actionPrinter"));
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->setObjectName(QStringLiteral("menuExport"));
    for (CsvExport::What what : {CsvExport::What::Members, CsvExport::What::Visits, CsvExport::What::Ledger, CsvExport::What::Coupons}) {
        QAction *a = m_exportMenu->addAction(QString(), this, [this, what] { ExportRunner::run(this, *m_session, what); });
        a->setObjectName(QStringLiteral("actionExport_") + CsvExport::nameOf(what));
        a->setData(int(what));
    }
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_membersMenu = menuBar()->addMenu(QString());
    m_newMemberAction = m_membersMenu->addAction(QIcon(QStringLiteral(":/icons/member-add.svg")), QString(), this, [this] {
        showScreen(MembersIndex);
        m_members->registerMember();
    });
    m_newMemberAction->setShortcut(QKeySequence::New);
    m_newMemberAction->setObjectName(QStringLiteral("actionNewMember"));
    m_findAction = m_membersMenu->addAction(QString(), m_search, &GlobalSearch::focusSearch);
    m_importAction = m_membersMenu->addAction(QString(), this, [this] {
        if (!m_session->isOpen())
            return;
        if (!m_session->op().isOwner()) {
            MessageBox::warning(this, tr("Import members"), tr("Only the owner can import members."));
            return;
        }
        const QString file = FileDialog::openFileName(this, tr("Import members"), QString(), tr("CSV (*.csv *.txt)"));
        if (file.isEmpty())
            return;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            MessageBox::warning(this, tr("Import members"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
            return;
        }
        ImportDialog dialog(*m_session, in.readAll(), file, this);
        dialog.check();
        dialog.exec();
    });
    m_importAction->setObjectName(QStringLiteral("actionImportMembers"));
    m_findAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence::Find});
    m_findAction->setShortcutContext(Qt::ApplicationShortcut);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    m_languageGroup->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const QString &language : Translations::available()) {
        QAction *a = m_languageMenu->addAction(Translations::nativeName(language));
        a->setCheckable(true);
        a->setData(language);
        a->setObjectName(QStringLiteral("language_") + language);
        m_languageGroup->addAction(a);
        a->setChecked(language == chosen);
    }
    m_systemLanguageAction->setChecked(chosen.isEmpty());
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) { setLanguage(a->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newShopAction->setText(tr("&New shop…"));
    m_openShopAction->setText(tr("&Open shop…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_demoShopAction->setText(tr("Open the &demo shop"));
    m_quitAction->setText(tr("&Quit"));
    m_backupAction->setText(tr("&Back up now"));
    m_restoreAction->setText(tr("&Restore a backup…"));
    m_printerAction->setText(tr("Receipt &printer…"));
    m_exportMenu->setTitle(tr("E&xport to CSV"));
    for (QAction *a : m_exportMenu->actions())
        a->setText(ExportRunner::title(CsvExport::What(a->data().toInt())) + QStringLiteral("…"));
    m_membersMenu->setTitle(tr("&Members"));
    m_newMemberAction->setText(tr("&Register new member…"));
    m_findAction->setText(tr("&Find member"));
    m_importAction->setText(tr("&Import members from CSV…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("Follow the system"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About LoyaltyDesk"));
    m_nav->item(CounterIndex)->setText(tr("Counter"));
    m_nav->item(MembersIndex)->setText(tr("Members"));
    m_nav->item(AlertsIndex)->setText(tr("Alerts"));
    m_nav->item(TiersIndex)->setText(tr("Tiers"));
    m_nav->item(CouponsIndex)->setText(tr("Coupons"));
    m_nav->item(DashboardIndex)->setText(tr("Dashboard"));
    m_nav->item(SettingsIndex)->setText(tr("Settings"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stack->currentIndex() == SettingsIndex && !m_settings->maybeLeave()) {
        event->ignore();
        return;
    }
    // SPEC §8.5: a backup on exit, when anything changed since the shop was opened.
    if (m_session->isOpen() && m_session->changedSinceOpen()) {
        const QString path = m_session->path();
        const Status made = runBusy(this, tr("Making a backup before closing…"), [path]() -> Status {
            auto file = Backups::makeFor(path, QStringLiteral("exit"));
            return file ? Status() : Status(file.error());
        });
        if (!made)
            MessageBox::warning(this, tr("No backup on exit"), tr("The backup on closing could not be made:\n\n%1").arg(made.error().message));
    }
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_session->close();
    event->accept();
}

void MainWindow::backUpNow()
{
    if (!m_session->isOpen())
        return;
    const QString path = m_session->path();
    QString file;
    const Status made = runBusy(this, tr("Making a backup…"), [path, &file]() -> Status {
        auto b = Backups::makeFor(path, QStringLiteral("manual"));
        if (!b)
            return b.error();
        file = b->path;
        return {};
    });
    if (!made) {
        MessageBox::warning(this, tr("Back up"), made.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::restoreBackupDialog()
{
    if (!m_session->isOpen())
        return;
    const QString path = m_session->path();
    const QList<BackupFile> backups = Backups::listIn(Database::backupFolderFor(path), path);
    if (backups.isEmpty()) {
        MessageBox::information(this, tr("Restore a backup"),
                                tr("There are no backups of this shop in %1 yet.").arg(QDir::toNativeSeparators(Database::backupFolderFor(path))));
        return;
    }
    QStringList items;
    for (const BackupFile &b : backups) {
        const QString kind = b.kind == u"daily" ? tr("first open of the day") : b.kind == u"exit" ? tr("on closing") : tr("made by hand");
        items << tr("%1 — %2, %3 KB").arg(shortDateTime(b.at), kind).arg(b.bytes / 1024);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore a backup"), tr("The shop as it was at:"), items, 0, false, &ok);
    if (!ok)
        return;
    const BackupFile &backup = backups.at(items.indexOf(chosen));
    const auto answer = MessageBox::question(this, tr("Restore a backup"),
                                             tr("Replace the shop by the backup of %1? Whatever was recorded after it will not be in the shop; "
                                                "the current file is kept beside it, so nothing is deleted.")
                                                 .arg(shortDateTime(backup.at)));
    if (answer == QMessageBox::Yes)
        restoreBackup(path, backup.path);
}

bool MainWindow::restoreBackup(const QString &shopPath, const QString &backupFile)
{
    if (m_session->isOpen() && m_session->path() == shopPath)
        m_session->close();
    Result<QString> kept = QString();
    const Status restored = runBusy(this, tr("Restoring the backup…"), [&]() -> Status {
        kept = Backups::restore(backupFile, shopPath, SystemClock().now());
        return kept ? Status() : Status(kept.error());
    });
    if (!restored) {
        MessageBox::warning(this, tr("Restore a backup"), restored.error().message);
        return openShop(shopPath);
    }
    if (!openShop(shopPath))
        return false;
    if (!kept->isEmpty())
        statusBar()->showMessage(tr("Restored. The file it replaced is kept as %1").arg(QDir::toNativeSeparators(*kept)), 15000);
    return true;
}

// A member picked in the search: served at the counter, or shown on the Members screen when that
// is where the user is.
void MainWindow::chooseMember(qint64 memberId)
{
    if (m_stack->currentIndex() == MembersIndex) {
        m_members->showMember(memberId);
    } else {
        showScreen(CounterIndex);
        m_counter->serve(memberId);
    }
}

void MainWindow::showScreen(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    if (m_stack->currentIndex() == SettingsIndex && index != SettingsIndex && !m_settings->maybeLeave()) {
        const QSignalBlocker quiet(m_nav);
        m_nav->setCurrentRow(SettingsIndex);
        return;
    }
    m_stack->setCurrentIndex(index);
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(tr("LoyaltyDesk"));
        m_shopLabel->clear();
        statusBar()->clearMessage();
        return;
    }
    const QString shop = m_session->settings().shopName();
    setWindowTitle(tr("%1 — LoyaltyDesk").arg(shop));
    m_shopLabel->setText(shop);
    m_shopLabel->setToolTip(QDir::toNativeSeparators(m_session->path()));
    statusBar()->showMessage(tr("Shop file: %1").arg(QDir::toNativeSeparators(m_session->path())));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = ShopFiles::recent();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openShop(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    Translations::install(language.isEmpty() ? Translations::systemLanguage() : language);
    // Every widget gets QEvent::LanguageChange and retranslates itself.
}

bool MainWindow::openShop(const QString &path)
{
    if (m_stack->currentIndex() == SettingsIndex && !m_settings->maybeLeave())
        return false;
    QString current = path;
    while (true) {
        auto db = Database::open(current);
        if (db) {
            m_session->adopt(std::move(db).value());
            ShopFiles::addRecent(current);
            return true;
        }
        // SPEC §8.6: a damaged file gets the offer to restore its newest backup.
        const QList<BackupFile> backups = QFileInfo::exists(current) ? Backups::listIn(Database::backupFolderFor(current), current) : QList<BackupFile>();
        QList<std::pair<QMessageBox::StandardButton, QString>> choices;
        if (!backups.isEmpty())
            choices.append({QMessageBox::RestoreDefaults, tr("Restore the backup of %1").arg(shortDateTime(backups.first().at))});
        choices.append({{QMessageBox::Open, tr("Open another…")}, {QMessageBox::Save, tr("Create a new shop…")}, {QMessageBox::Cancel, tr("Cancel")}});
        const auto answer = MessageBox::choose(
            this, QMessageBox::Warning, tr("Cannot open the shop"),
            tr("%1\n\nThe file was not changed. Open another shop file, or create a new one?").arg(db.error().message), choices,
            backups.isEmpty() ? QMessageBox::Open : QMessageBox::RestoreDefaults);
        if (answer == QMessageBox::RestoreDefaults) {
            return restoreBackup(current, backups.first().path);
        } else if (answer == QMessageBox::Open) {
            current = FileDialog::openFileName(this, tr("Open shop"), ShopFiles::dataFolder(), tr("Shop files (%1)").arg(kShopFilter));
            if (current.isEmpty())
                return false;
        } else if (answer == QMessageBox::Save) {
            newShop();
            return m_session->isOpen();
        } else {
            return false;
        }
    }
}

bool MainWindow::createShop(const QString &path, const ShopProfile &profile)
{
    auto db = Database::create(path, profile);
    if (!db) {
        MessageBox::warning(this, tr("New shop"), db.error().message);
        return false;
    }
    m_session->adopt(std::move(db).value());
    ShopFiles::addRecent(path);
    return true;
}

void MainWindow::newShop()
{
    NewShopDialog dialog(NewShopDialog::Mode::NewShop, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(ShopFiles::dataFolder()).filePath(QStringLiteral("shop.sqlite"));
    QString path = FileDialog::saveFileName(this, tr("Save the new shop as"), suggested, tr("Shop files (%1)").arg(kShopFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    createShop(path, dialog.profile());
}

void MainWindow::openShopDialog()
{
    const QString path = FileDialog::openFileName(this, tr("Open shop"), ShopFiles::dataFolder(), tr("Shop files (%1)").arg(kShopFilter));
    if (!path.isEmpty())
        openShop(path);
}

bool MainWindow::openDemoShop()
{
    const QString path = ShopFiles::demoShopPath();
    if (QFileInfo::exists(path))
        return openShop(path);
    auto db = DemoShopBuilder::build(this, path, Translations::current());
    if (!db)
        return false;
    m_session->adopt(std::move(db));
    ShopFiles::addRecent(path);
    return true;
}

bool MainWindow::firstRun()
{
    NewShopDialog dialog(NewShopDialog::Mode::FirstRun, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.choice() == NewShopDialog::Choice::DemoShop)
        return openDemoShop();
    const QString path = ShopFiles::defaultShopPath();
    if (QFileInfo::exists(path))
        return openShop(path);
    return createShop(path, dialog.profile());
}

bool MainWindow::openAtStart()
{
    const QString last = ShopFiles::lastOpened();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return openShop(last);
    if (QFileInfo::exists(ShopFiles::defaultShopPath()))
        return openShop(ShopFiles::defaultShopPath());
    return firstRun();
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>LoyaltyDesk %1</h3>"
                      "<p>The loyalty program for small shops: members, visits, points, tiers and coupons, "
                      "and who has stopped coming — in one file on this computer.</p>")
                       .arg(QStringLiteral(LOYALTYDESK_VERSION));
    if (m_session->isOpen())
        text += tr("<p>Shop: <b>%1</b><br>File: %2</p>")
                    .arg(m_session->settings().shopName().toHtmlEscaped(), QDir::toNativeSeparators(m_session->path()).toHtmlEscaped());
    text += tr("<p>Built with Qt %1, SQLite, ICU and zint.</p>").arg(QString::fromLatin1(qVersion()));
    QMessageBox::about(this, tr("About LoyaltyDesk"), text);
}

} // namespace loyalty::ui
