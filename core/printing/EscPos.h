#pragma once

#include "common/Result.h"
#include "printing/Slip.h"

#include <QByteArray>
#include <QCoreApplication>

namespace loyalty {

// A slip as raw ESC/POS (SPEC §5), for receipt printers without a driver: initialise, Chinese
// character mode with text in GB18030, centred bold double-size titles, left/right columns padded
// by display width (a Chinese character takes two), Code 128 with GS k, a QR code with GS ( k, and
// a cut. 32 columns on 58 mm paper, 48 on 80 mm (font A). The same SlipData as the painted slip.
class EscPos {
    Q_DECLARE_TR_FUNCTIONS(EscPos)

public:
    enum class Paper { Mm58, Mm80 };
    static QByteArray render(const SlipData &slip, Paper paper);

    // Where the bytes go: a device file ("/dev/usb/lp0", "COM3") or a network printer on port 9100.
    struct Target {
        QString device;          // set: a file to write to
        QString host;            // else: host[:port] of a TCP printer
        quint16 port = 9100;
    };
    // Parses "tcp://host:port", "host:port", or a device path.
    static Target targetFrom(const QString &text);
    // Sends the bytes (blocking, a few seconds at most: call it off the GUI thread).
    static Status send(const QByteArray &bytes, const Target &target);

    // Columns a text takes on the printer (a CJK character takes two).
    static int columns(const QString &text);
};

} // namespace loyalty
