#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace loyalty {

// A birthday is a month and day, the year optional: stored as "MM-DD" or "YYYY-MM-DD".
struct Birthday {
    Q_DECLARE_TR_FUNCTIONS(Birthday)

public:
    int year = 0; // 0 when unknown
    int month = 0;
    int day = 0;

    bool isNull() const { return month == 0; }
    QString toStorage() const;
    // Whether `date` falls in the birthday month.
    bool inMonthOf(const QDate &date) const { return !isNull() && date.month() == month; }

    // Accepts MM-DD, YYYY-MM-DD, and the same with / or . separators; the date must exist
    // (02-29 is fine without a year, 2023-02-29 is not) and not be in the future (`today`).
    static Result<Birthday> parse(const QString &text, const QDate &today);
    static Birthday fromStorage(const QString &stored);
};

} // namespace loyalty
