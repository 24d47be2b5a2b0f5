#pragma once

#include "common/RefreshState.h"
#include "reports/DashboardService.h"

#include <QWidget>

#include <array>
#include <optional>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace loyalty::ui {

class ChartPanel;
class CohortHeatMap;
class ShopSession;

// The dashboard (SPEC §3.7): today at a glance, and the charts of a period the owner chooses —
// revenue and visits, new members, tiers against their targets, member states, points and their
// liability, coupon redemption, RFM segments, the Pareto curve and cohort retention. Each chart
// saves as a PNG and its numbers as CSV. The numbers are worked out on a worker thread on its own
// connection, from the aggregates the shop keeps; the counter never waits for them.
class DashboardScreen : public QWidget {
    Q_OBJECT

public:
    explicit DashboardScreen(ShopSession &session, QWidget *parent = nullptr);

    enum Preset { Last7Days, Last30Days, Last90Days, Last12Months, ThisYear, Custom };
    // The period shown; choosing one refreshes.
    void choosePreset(Preset preset);
    void setRange(const DashboardRange &range);
    DashboardRange range() const;

    const std::optional<Dashboard> &dashboard() const { return m_dashboard; }
    bool isWorking() const { return m_refreshState.isWorking(); }
    QList<ChartPanel *> panels() const { return m_panels; }

public slots:
    void refresh();

signals:
    void refreshed();
    // The owner clicked the alerts waiting.
    void showAlerts();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void show(const Dashboard &d);
    void markStale();
    void rangeEdited();
    ChartPanel *addPanel(const QString &name, QWidget *page, QBoxLayout *layout, int stretch = 1);

    ShopSession &m_session;
    std::optional<Dashboard> m_dashboard;
    QString m_problem;
    RefreshState m_refreshState;

    QLabel *m_title = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_byLabel = nullptr;
    QComboBox *m_by = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;

    enum Tile { VisitsTile, RevenueTile, NewMembersTile, EarnedTile, RedeemedTile, AlertsTile, TileCount };
    QLabel *m_todayLabel = nullptr;
    std::array<QLabel *, TileCount> m_tileValues{};
    std::array<QLabel *, TileCount> m_tileCaptions{};
    QPushButton *m_alertsButton = nullptr;

    QTabWidget *m_tabs = nullptr;
    QList<ChartPanel *> m_panels;
    ChartPanel *m_sales = nullptr;
    ChartPanel *m_newMembers = nullptr;
    ChartPanel *m_tiers = nullptr;
    ChartPanel *m_states = nullptr;
    ChartPanel *m_points = nullptr;
    ChartPanel *m_coupons = nullptr;
    ChartPanel *m_segments = nullptr;
    ChartPanel *m_pareto = nullptr;
    ChartPanel *m_cohorts = nullptr;
    CohortHeatMap *m_heatMap = nullptr;
};

} // namespace loyalty::ui
