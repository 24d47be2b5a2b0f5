#pragma once

#include "common/RefreshState.h"
#include "tiers/TierService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QChart;
class QChartView;

namespace loyalty::ui {

class ShopSession;

// The tier pyramid (SPEC §3.4): members per tier against the target shares, as a chart and a
// table, with the thresholds that would give the target shares from the last 12 months of spend.
// The owner applies them in one click, after being told how many members they would move.
// Worked out on a worker thread on its own connection (a year of visits is read), when the screen
// is shown and something changed.
class TiersScreen : public QWidget {
    Q_OBJECT

public:
    explicit TiersScreen(ShopSession &session, QWidget *parent = nullptr);

    // The report shown, when there is one (for tests).
    const std::optional<TierReport> &report() const { return m_report; }
    bool isWorking() const { return m_refreshState.isWorking(); }

public slots:
    void refresh();
    // Saves the suggested thresholds after the owner saw who would move; false when not saved.
    bool applySuggestion();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void show(const TierReport &report);
    void markStale();

    ShopSession &m_session;
    std::optional<TierReport> m_report;
    RefreshState m_refreshState;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chartView = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_suggestionNote = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace loyalty::ui
