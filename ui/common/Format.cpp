#include "common/Format.h"

#include <QLocale>

namespace loyalty::ui {

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString shortTime(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString shortDateTime(const QDateTime &at)
{
    return shortDate(at.date()) + QLatin1Char(' ') + shortTime(at.time());
}

} // namespace loyalty::ui
