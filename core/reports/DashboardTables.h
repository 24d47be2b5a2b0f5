#pragma once

#include "reports/DashboardService.h"
#include "reports/DataTable.h"

#include <QCoreApplication>

namespace loyalty {

// Each chart's numbers as the table its "Save data as CSV" writes, with translated headers.
class DashboardTables {
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)

public:
    static DataTable sales(const Dashboard &d);
    static DataTable newMembers(const Dashboard &d);
    static DataTable tiers(const Dashboard &d);
    static DataTable states(const Dashboard &d);
    static DataTable points(const Dashboard &d);
    static DataTable coupons(const Dashboard &d);
    static DataTable segments(const Dashboard &d);
    static DataTable pareto(const Dashboard &d);
    static DataTable cohorts(const Dashboard &d);

};

} // namespace loyalty
