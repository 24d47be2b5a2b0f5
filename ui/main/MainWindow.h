#pragma once

#include "storage/Database.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace loyalty::ui {

class CounterScreen;
class GlobalSearch;
class MembersScreen;
class SettingsScreen;
class TiersScreen;
class CouponsScreen;
class DashboardScreen;
class AlertsScreen;
class ShopSession;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ShopSession &session() { return *m_session; }
    GlobalSearch *globalSearch() const { return m_search; }
    MembersScreen *membersScreen() const { return m_members; }
    CounterScreen *counterScreen() const { return m_counter; }
    SettingsScreen *settingsScreen() const { return m_settings; }
    TiersScreen *tiersScreen() const { return m_tiers; }
    DashboardScreen *dashboardScreen() const { return m_dashboard; }
    CouponsScreen *couponsScreen() const { return m_coupons; }
    AlertsScreen *alertsScreen() const { return m_alerts; }

    // Opens a shop file; on failure explains why and offers to open or create another.
    bool openShop(const QString &path);
    // Puts the backup in place of the shop file (the replaced file is kept) and opens it.
    bool restoreBackup(const QString &shopPath, const QString &backupFile);
    // Opens the demo shop, building it first when it does not exist yet.
    bool openDemoShop();
    // What to open at start: the last shop, or the first-run choice. False when the user quits.
    bool openAtStart();

public slots:
    void newShop();
    void openShopDialog();
    void showAbout();
    void backUpNow();
    void restoreBackupDialog();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void updateRecentMenu();
    void updateTitle();
    void setLanguage(const QString &language);
    bool createShop(const QString &path, const ShopProfile &profile);
    bool firstRun();
    void showScreen(int index);
    void chooseMember(qint64 memberId);

    ShopSession *m_session = nullptr;
    GlobalSearch *m_search = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    MembersScreen *m_members = nullptr;
    CounterScreen *m_counter = nullptr;
    SettingsScreen *m_settings = nullptr;
    TiersScreen *m_tiers = nullptr;
    CouponsScreen *m_coupons = nullptr;
    DashboardScreen *m_dashboard = nullptr;
    AlertsScreen *m_alerts = nullptr;
    QLabel *m_shopLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_membersMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newShopAction = nullptr;
    QAction *m_openShopAction = nullptr;
    QAction *m_demoShopAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_printerAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newMemberAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace loyalty::ui
