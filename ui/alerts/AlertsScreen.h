#pragma once

#include "common/RefreshState.h"
#include "dormancy/DormancyService.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QToolButton;

namespace loyalty::ui {

class AlertTableModel;
class ShopSession;

// Logs a contact with a member who stopped coming: call, message or in person, how it went, a note.
class ContactDialog : public QDialog {
    Q_OBJECT

public:
    ContactDialog(ShopSession &session, const Alert &alert, QWidget *parent = nullptr);
    // Logs it; false (with the reason shown in the dialog) when refused.
    bool save();

private:
    ShopSession &m_session;
    qint64 m_memberId = 0;
    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

// A win-back coupon: which coupon, and to the selected member only or to the whole list shown.
class WinBackDialog : public QDialog {
    Q_OBJECT

public:
    WinBackDialog(ShopSession &session, const Alert *selected, qint64 listSize, QWidget *parent = nullptr);
    qint64 templateId() const;
    bool wholeList() const;

private:
    QComboBox *m_template = nullptr;
    QRadioButton *m_one = nullptr;
    QRadioButton *m_all = nullptr;
};

// The win-back by month: contacted while at risk or dormant, came back within 30 days, the rate,
// and those who may still come.
class WinBackReportDialog : public QDialog {
    Q_OBJECT

public:
    WinBackReportDialog(const WinBackReport &report, QWidget *parent = nullptr);
};

// Who stopped coming (SPEC §3.5): the members at risk or dormant by their own rhythm, most valuable
// first, with what to do about it — log a contact, snooze, give a win-back coupon (to one member or
// to the whole list, printed), export a call sheet — and how many came back.
// The list is worked out on a worker thread on its own connection.
class AlertsScreen : public QWidget {
    Q_OBJECT

public:
    explicit AlertsScreen(ShopSession &session, QWidget *parent = nullptr);

    AlertTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    const std::optional<StatesSnapshot> &snapshot() const { return m_snapshot; }
    const std::optional<WinBackReport> &winBack() const { return m_winBack; }
    bool isWorking() const { return m_refreshState.isWorking(); }
    AlertFilter filter() const;

public slots:
    void refresh();
    // The actions on the selected member (false when nothing was done).
    bool logContact();
    bool snoozeSelected(int days);
    bool giveWinBackCoupon();
    bool exportCallSheet();
    void showWinBackByMonth();

signals:
    void refreshed();
    // Serve this member at the counter.
    void serveMember(qint64 memberId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void updateActions();
    const Alert *selected() const;

    ShopSession &m_session;
    AlertTableModel *m_model = nullptr;
    std::optional<StatesSnapshot> m_snapshot;
    std::optional<WinBackReport> m_winBack;
    RefreshState m_refreshState;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_states = nullptr;
    QComboBox *m_tier = nullptr;
    QCheckBox *m_showSnoozed = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_contact = nullptr;
    QToolButton *m_snooze = nullptr;
    QPushButton *m_coupon = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_serve = nullptr;
    QLabel *m_winBackLabel = nullptr;
    QPushButton *m_winBackMonths = nullptr;
};

} // namespace loyalty::ui
