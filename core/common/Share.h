#pragma once

#include <QtGlobal>

namespace loyalty {

// A share in hundredths of a percent, rounded half up (1234 = 12.34%): integers all the way, shown
// with two decimals by reports and the CLI's `*_percent` fields.
inline qint64 basisPoints(qint64 part, qint64 whole)
{
    return whole <= 0 ? 0 : (part * 10000 + whole / 2) / whole;
}

} // namespace loyalty
