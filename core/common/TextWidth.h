#pragma once

#include <QString>

namespace loyalty {

// How many columns a text takes on a terminal or a receipt printer: East Asian wide and full-width
// characters (Chinese, ￥) take two, everything else one.
int displayColumns(const QString &text);

} // namespace loyalty
