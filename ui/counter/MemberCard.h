#pragma once

#include "members/MemberProfile.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace loyalty::ui {

class ShopSession;

// What the person at the till needs to see about the customer in front of them (SPEC §4 step 2):
// name, tier, balance, progress to the next tier, state, birthday this month, the last visit and
// what was bought, points expiring soon.
class MemberCard : public QFrame {
    Q_OBJECT

public:
    explicit MemberCard(ShopSession &session, QWidget *parent = nullptr);
    void showProfile(const std::optional<MemberProfile> &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ShopSession &m_session;
    std::optional<MemberProfile> m_profile;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_card = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_balanceCaption = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_badges = nullptr;
    QLabel *m_lastVisit = nullptr;
    QLabel *m_expiring = nullptr;
    QLabel *m_coupons = nullptr;
};

} // namespace loyalty::ui
