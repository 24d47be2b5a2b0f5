#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace loyalty::ui {

class ShopSession;

// A view of one member that loads only while it is visible: a tab in the background notes that it
// is out of date and reloads when it is shown.
class LazyMemberView : public QWidget {
    Q_OBJECT

public:
    explicit LazyMemberView(ShopSession &session, QWidget *parent = nullptr);
    void showMember(qint64 memberId);   // 0: nobody
    qint64 memberId() const { return m_memberId; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void refresh();                     // now when visible, else when next shown
    virtual void reload() = 0;
    virtual void retranslateUi() = 0;

    ShopSession &m_session;

private:
    qint64 m_memberId = 0;
    bool m_stale = false;
};

// A member's visits, newest first, each with its line items, points and whether it was voided.
class MemberVisitsView : public LazyMemberView {
    Q_OBJECT

public:
    static constexpr int kVisitLimit = 200;

    explicit MemberVisitsView(ShopSession &session, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    void retranslateUi() override;
    void reload() override;

    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

// A member's points: the ledger (every change, newest first) and the lots with what is left of
// each and the last day it is valid.
class MemberPointsView : public LazyMemberView {
    Q_OBJECT

public:
    static constexpr int kEntryLimit = 500;

    explicit MemberPointsView(ShopSession &session, QWidget *parent = nullptr);
    QTreeWidget *ledger() const { return m_ledger; }
    QTreeWidget *lots() const { return m_lots; }

private:
    void retranslateUi() override;
    void reload() override;

    QLabel *m_summary = nullptr;
    QLabel *m_ledgerTitle = nullptr;
    QLabel *m_lotsTitle = nullptr;
    QTreeWidget *m_ledger = nullptr;
    QTreeWidget *m_lots = nullptr;
};

} // namespace loyalty::ui
