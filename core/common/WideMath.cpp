#include "common/WideMath.h"

namespace loyalty {

namespace {

struct U128 {
    quint64 hi = 0;
    quint64 lo = 0;
};

// a × b for a 128-bit a and a 64-bit b, in 32-bit halves so no partial product overflows.
U128 multiply(U128 a, quint64 b)
{
    const quint64 bl = b & 0xffffffffULL, bh = b >> 32;
    const quint64 al = a.lo & 0xffffffffULL, ah = a.lo >> 32;
    const quint64 ll = al * bl;
    const quint64 lh = al * bh;
    const quint64 hl = ah * bl;
    const quint64 hh = ah * bh;
    const quint64 mid = (ll >> 32) + (lh & 0xffffffffULL) + (hl & 0xffffffffULL);
    U128 r;
    r.lo = (ll & 0xffffffffULL) | (mid << 32);
    r.hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32) + a.hi * b;
    return r;
}

// floor(a / d), bit by bit: 128 steps, cheap next to a database write.
quint64 divide(U128 a, quint64 d)
{
    U128 q;
    quint64 rem = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = rem >> 63;
        rem = (rem << 1) | ((bit >= 64 ? a.hi >> (bit - 64) : a.lo >> bit) & 1U);
        if (carry || rem >= d) {
            rem -= d;
            if (bit >= 64)
                q.hi |= 1ULL << (bit - 64);
            else
                q.lo |= 1ULL << bit;
        }
    }
    return q.lo;
}

} // namespace

quint64 floorMulDiv(std::initializer_list<quint64> factors, quint64 divisor)
{
    U128 product{0, 1};
    for (const quint64 f : factors)
        product = multiply(product, f);
    return divisor ? divide(product, divisor) : 0;
}

} // namespace loyalty
