#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace loyalty {

// floor(product of `factors` / divisor) for non-negative integers whose product needs more than 64
// bits (the earning rule with line items reaches about 10^28). Exact: 128-bit arithmetic, portable
// (no compiler-specific __int128). The result must fit in 63 bits.
quint64 floorMulDiv(std::initializer_list<quint64> factors, quint64 divisor);

} // namespace loyalty
