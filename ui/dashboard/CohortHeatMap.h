#pragma once

#include "reports/DashboardService.h"

#include <QWidget>

namespace loyalty::ui {

// Monthly cohort retention as a heat map (SPEC §3.7): a row per month members joined in, a column
// per month after; each cell the share of that month's new members who came in that month, the
// darker the more. Painted by hand: Qt Charts has no heat map.
class CohortHeatMap : public QWidget {
    Q_OBJECT

public:
    explicit CohortHeatMap(QWidget *parent = nullptr);

    void setCohorts(const QList<CohortRow> &cohorts);
    const QList<CohortRow> &cohorts() const { return m_cohorts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<CohortRow> m_cohorts;
};

} // namespace loyalty::ui
