#pragma once

#include "common/Clock.h"
#include "members/MemberService.h"
#include "operators/Operator.h"
#include "shop/Settings.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

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
    MemberService &members() { return *m_members; }
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

private:
    void rebuildServices();
    void checkInBackground();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    Operator m_operator;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<Settings> m_settings;
};

} // namespace loyalty::ui
