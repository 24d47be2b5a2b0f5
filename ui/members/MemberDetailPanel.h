#pragma once

#include "members/Member.h"

#include <QFrame>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace loyalty::ui {

class ShopSession;

// The selected member at a glance, with what can be done to them.
class MemberDetailPanel : public QFrame {
    Q_OBJECT

public:
    explicit MemberDetailPanel(ShopSession &session, QWidget *parent = nullptr);
    void showMember(const std::optional<Member> &member);

signals:
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void toggleArchived();

    ShopSession &m_session;
    std::optional<Member> m_member;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_points = nullptr;
    QLabel *m_progress = nullptr;
    QFormLayout *m_facts = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
};

} // namespace loyalty::ui
