#pragma once

#include "members/MemberProfile.h"
#include "printing/Slip.h"
#include "visits/Visit.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTreeWidget;

namespace loyalty::ui {

class MemberCard;
class ShopSession;

// The counter (SPEC §4): the member found with F2 or a scanner, the amount and points to redeem,
// Enter to record, the result, and undo. Keyboard only from search to the next customer.
class CounterScreen : public QWidget {
    Q_OBJECT

public:
    explicit CounterScreen(ShopSession &session, QWidget *parent = nullptr);

    // Serves this member: shows their card and puts the cursor in the amount.
    void serve(qint64 memberId);
    qint64 currentMemberId() const { return m_profile ? m_profile->member.id : 0; }
    const std::optional<VisitResult> &lastResult() const { return m_lastResult; }

public slots:
    void record();
    void undoLast();
    void clear();
    // Prints the last visit's slip again (and, when the printer is set to, after each visit).
    void printLastSlip();
    // Gives the member being served a coupon of this template by hand.
    void giveCoupon(qint64 templateId);

signals:
    // A slip went to the printer, or could not (the reason); for the status bar and tests.
    void slipPrinted(const QString &problem);

    // The counter is done with a customer: the search field may take the next one.
    void readyForNext();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void printInBackground(const SlipData &slip);
    void retranslateUi();
    void reloadProfile();
    void updateHints();
    void showResult(const VisitResult &result);
    void reloadToday();
    void voidSelected();
    bool confirmAndVoid(qint64 visitId, const QString &description);
    VisitRequest currentRequest(QString *amountProblem, QString *redeemProblem) const;

    ShopSession &m_session;
    std::optional<MemberProfile> m_profile;
    std::optional<VisitResult> m_lastResult;
    QString m_pendingUuid; // one per customer: Enter twice records one visit

    MemberCard *m_card = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountError = nullptr;
    QLabel *m_redeemLabel = nullptr;
    QLineEdit *m_redeem = nullptr;
    QLabel *m_redeemHint = nullptr;
    QLabel *m_couponLabel = nullptr;
    QLineEdit *m_coupon = nullptr;
    QLabel *m_couponHint = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_give = nullptr;
    QMenu *m_giveMenu = nullptr;
    bool m_printing = false;
    QLabel *m_todayTitle = nullptr;
    QTreeWidget *m_today = nullptr;
    QPushButton *m_voidSelected = nullptr;
};

} // namespace loyalty::ui
