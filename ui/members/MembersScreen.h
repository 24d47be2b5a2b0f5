#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace loyalty::ui {

class MemberDetailPanel;
class MemberPointsView;
class MemberVisitsView;
class MemberTableModel;
class ShopSession;

// The Members screen: the whole membership, searchable as you type and sortable, with the
// selected member's details beside it.
class MembersScreen : public QWidget {
    Q_OBJECT

public:
    explicit MembersScreen(ShopSession &session, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    // Shows the member (selects it, searching for them when they are not in the list).
    void showMember(qint64 memberId);
    qint64 currentMemberId() const;
    QTabWidget *memberTabs() const { return m_tabs; }
    MemberVisitsView *visitsView() const { return m_visits; }
    MemberPointsView *pointsView() const { return m_points; }

public slots:
    void registerMember(const QString &prefillPhone = {});
    void editCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void currentChanged();

    ShopSession &m_session;
    MemberTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_archived = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    MemberDetailPanel *m_detail = nullptr;
    MemberVisitsView *m_visits = nullptr;
    MemberPointsView *m_points = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace loyalty::ui
