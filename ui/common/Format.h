#pragma once

#include <QDateTime>
#include <QString>

namespace loyalty::ui {

// Dates in the user's short format; times always on the 24-hour clock ("19:40"). Qt 6.4 cannot
// write the day-period field of some locales' short time (zh_TW "Bh:mm" comes out as "B7:40"), and
// a till's clock reads 24 hours anyway.
QString shortDate(const QDate &day);
QString shortTime(const QTime &time);
QString shortDateTime(const QDateTime &at);

} // namespace loyalty::ui
