#include "common/TextWidth.h"

#include <QList>

namespace loyalty {

int displayColumns(const QString &text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                              || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000))
                 ? 2
                 : 1;
    return n;
}

} // namespace loyalty
