#include "members/Birthday.h"

#include <QRegularExpression>

namespace loyalty {

QString Birthday::toStorage() const
{
    if (isNull())
        return {};
    const QString md = QString::asprintf("%02d-%02d", month, day);
    return year ? QString::asprintf("%04d-", year) + md : md;
}

Birthday Birthday::fromStorage(const QString &stored)
{
    Birthday b;
    const QStringList parts = stored.split(u'-');
    if (parts.size() == 2) {
        b.month = parts[0].toInt();
        b.day = parts[1].toInt();
    } else if (parts.size() == 3) {
        b.year = parts[0].toInt();
        b.month = parts[1].toInt();
        b.day = parts[2].toInt();
    }
    return b;
}

Result<Birthday> Birthday::parse(const QString &input, const QDate &today)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$)"));
    const QString text = input.trimmed();
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Error::invalid(tr("Write the birthday as MM-DD or YYYY-MM-DD, e.g. 03-15 or 1990-03-15."),
                              QStringLiteral("birthday"));
    Birthday b;
    b.year = m.captured(1).toInt();
    b.month = m.captured(2).toInt();
    b.day = m.captured(3).toInt();
    // Without a year, any day that exists in some year is fine: 02-29 is a real birthday.
    const int checkYear = b.year ? b.year : 2000;
    if (b.month < 1 || b.month > 12 || !QDate(checkYear, b.month, b.day).isValid())
        return Error::invalid(tr("%1 is not a real date.").arg(text), QStringLiteral("birthday"));
    if (b.year) {
        const QDate date(b.year, b.month, b.day);
        if (date > today)
            return Error::invalid(tr("A birthday cannot be in the future."), QStringLiteral("birthday"));
        if (b.year < today.year() - 130)
            return Error::invalid(tr("%1 is too long ago to be a birthday; check the year.").arg(text), QStringLiteral("birthday"));
    }
    return b;
}

} // namespace loyalty
