#pragma once

#include "reports/DashboardService.h"

#include <QCoreApplication>

class QChart;
class QColor;

namespace loyalty::ui {

// The dashboard's charts (SPEC §3.7), drawn from the numbers core worked out: each with a title,
// axis titles and a legend where there is more than one series.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static QChart *sales(const Dashboard &d, const QString &currency);
    static QChart *newMembers(const Dashboard &d);
    static QChart *tiers(const Dashboard &d, const QColor &labelColor);
    static QChart *states(const Dashboard &d);
    static QChart *points(const Dashboard &d, const QString &currency);
    static QChart *coupons(const Dashboard &d, const QColor &labelColor);
    static QChart *segments(const Dashboard &d, const QColor &labelColor);
    static QChart *pareto(const Dashboard &d);

    // The state colours the Alerts screen uses too.
    static QColor stateColor(MemberState state);
};

} // namespace loyalty::ui
