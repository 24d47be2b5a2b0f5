#pragma once

#include "common/Clock.h"
#include "members/MemberService.h"
#include "shop/ShopMaintenance.h"
#include "visits/CheckoutService.h"

#include <QDate>
#include "operators/Operator.h"
#include "shop/Settings.h"
#include "storage/Database.h"

#include <QObject>

class QTimer;

#include <memory>

namespace loyalty {
class WalCheckpointer;
}

namespace loyalty::ui {

// The open shop as the GUI sees it: the database, the clock, the operator and the services, with
// signals when something changes so every screen can refresh. One per main window.
class ShopSession : public QObject {
    Q_OBJECT

public:
    explicit ShopSession(QObject *parent = nullptr);
    ~ShopSession() override;

    bool isOpen() const { return m_db != nullptr; }
    // Takes over an opened shop (closing the previous one).
    void adopt(std::unique_ptr<Database> db);
    void close();

    Database &database() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    // Tests fix the time; the GUI uses the system clock.
    void setClock(std::unique_ptr<Clock> clock);
    const Operator &op() const { return m_operator; }
    // Who uses the program now (SPEC §8.7); the services act for them.
    void setOperator(const Operator &op);
    MemberService &members() { return *m_members; }
    CheckoutService &checkout() { return *m_checkout; }
    Settings &settings() { return *m_settings; }
    QString path() const { return m_db ? m_db->path() : QString(); }
    QString currency() const { return m_settings ? m_settings->currency() : QStringLiteral("CNY"); }

    // Phones as this operator may see them (masked for cashiers, SPEC §8.7).
    QString phoneForDisplay(const QString &normalised) const;

signals:
    void opened();
    // A large file's integrity check, run in the background after opening, found problems.
    void integrityProblems(const QStringList &problems);
    void closed();
    // A member was added or changed; 0 when many changed at once.
    void memberChanged(qint64 memberId);
    // Points or visits changed (a visit, a void, expiry, an adjustment).
    void visitsChanged(qint64 memberId);
    // The automatic pass (expiry) ran, at open or at a day change.
    void maintained(const loyalty::MaintenanceReport &report);
    // The monthly tier reviews that were due ran (on a worker thread, on its own connection).
    void tiersReviewed(const loyalty::TierReviewReport &report);
    void tierReviewFailed(const QString &message);
    // The first open of the day made its backup (in the background), or could not.
    void backedUp(const QString &file);
    void backupFailed(const QString &message);

    // The shop's rules or details were changed and saved (the Settings screen).
    void settingsChanged();
    // Someone else uses the program now: what they may see and do changes.
    void operatorChanged();

public:
    // Whether anything was recorded or changed since the shop was opened (for the backup on exit).
    bool changedSinceOpen() const { return m_changedSinceOpen; }

private:
    void rebuildServices();
    void checkInBackground();
    void backUpInBackground();
    void runMaintenance();
    void maintainInBackground();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<WalCheckpointer> m_checkpointer;   // declared after m_db: stops before it closes
    std::unique_ptr<Clock> m_clock;
    Operator m_operator;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<CheckoutService> m_checkout;
    QTimer *m_dayTimer = nullptr;
    QDate m_maintainedDay;
    bool m_changedSinceOpen = false;
    bool m_reviewing = false;
    bool m_reviewAgain = false;
    std::unique_ptr<Settings> m_settings;
};

} // namespace loyalty::ui
