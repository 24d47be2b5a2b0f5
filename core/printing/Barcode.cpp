#include "printing/Barcode.h"

#include <zint.h>

#include <memory>

namespace loyalty {

Result<BarcodeMatrix> Barcode::encode(Kind kind, const QByteArray &data)
{
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return Error::internal(QStringLiteral("zint could not make a symbol"));
    symbol->symbology = kind == Kind::Code128 ? BARCODE_CODE128 : BARCODE_QRCODE;
    if (kind == Kind::Qr)
        symbol->option_1 = 2;   // error correction M: survives a smudge on thermal paper
    const int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()));
    if (rc >= ZINT_ERROR)
        return Error::internal(QStringLiteral("zint: %1").arg(QString::fromLatin1(symbol->errtxt)));
    BarcodeMatrix m;
    m.rows = symbol->rows;
    m.width = symbol->width;
    for (int r = 0; r < m.rows; ++r) {
        QBitArray row(m.width);
        // zint keeps the modules bit-packed: bit (x & 7) of byte x >> 3.
        for (int x = 0; x < m.width; ++x)
            row.setBit(x, (symbol->encoded_data[r][x >> 3] >> (x & 7)) & 1);
        m.modules << row;
    }
    return m;
}

} // namespace loyalty
