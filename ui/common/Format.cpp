#include "common/Format.h"

#include <QVBoxLayout>

#include <QColor>
#include <QLabel>

#include <cmath>

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

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

QString textColorOn(const QString &background)
{
    const QColor c(background);
    if (!c.isValid())
        return QStringLiteral("white");
    return (1.05 / (luminance(c) + 0.05)) >= 3.0 ? QStringLiteral("white") : QStringLiteral("#1b1b1b");
}

void makeTitle(QLabel *label)
{
    QFont big = label->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    label->setFont(big);
}

QVBoxLayout *screenLayout(QWidget *screen, QLabel **title, QLabel **intro)
{
    auto *layout = new QVBoxLayout(screen);
    layout->setContentsMargins(16, 12, 16, 12);
    *title = new QLabel(screen);
    makeTitle(*title);
    *intro = new QLabel(screen);
    (*intro)->setWordWrap(true);
    layout->addWidget(*title);
    layout->addWidget(*intro);
    return layout;
}

QString tierColor(const QString &color)
{
    return color.isEmpty() ? QStringLiteral("#8d99ae") : color;
}

} // namespace loyalty::ui
