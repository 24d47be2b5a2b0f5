#pragma once

#include <QDateTime>
#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace loyalty::ui {

// Dates in the user's short format; times always on the 24-hour clock ("19:40"). Qt 6.4 cannot
// write the day-period field of some locales' short time (zh_TW "Bh:mm" comes out as "B7:40"), and
// a till's clock reads 24 hours anyway.
QString shortDate(const QDate &day);
QString shortTime(const QTime &time);
QString shortDateTime(const QDateTime &at);

// The text colour that reads on a background colour ("#rrggbb"): white while it keeps the contrast
// of large bold text (3:1, WCAG), a near black otherwise (a light tier colour such as silver).
QString textColorOn(const QString &background);
// A screen's title: its label's font bold and 1.3 times as large.
void makeTitle(QLabel *label);
// A screen's layout with its title (made big) and the wrapped introduction under it, the margins
// every screen uses; the labels are returned for retranslation.
QVBoxLayout *screenLayout(QWidget *screen, QLabel **title, QLabel **intro);

// A tier's badge colour, or the default one when the owner chose none.
QString tierColor(const QString &color);

} // namespace loyalty::ui
