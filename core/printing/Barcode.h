#pragma once

#include "common/Result.h"

#include <QBitArray>
#include <QByteArray>
#include <QList>

namespace loyalty {

// A barcode as its modules (zint, through its C API): one row for Code 128, a square for QR.
// Painted module by module, so it is as sharp in a PDF as on a thermal printer.
struct BarcodeMatrix {
    int rows = 0;
    int width = 0;
    QList<QBitArray> modules;   // rows × width, true = dark

    bool dark(int row, int column) const { return modules.at(row).testBit(column); }
};

class Barcode {
public:
    enum class Kind { Code128, Qr };
    static Result<BarcodeMatrix> encode(Kind kind, const QByteArray &data);
};

} // namespace loyalty
