#pragma once

#include "common/Result.h"
#include "printing/Slip.h"
#include "printing/SlipRenderer.h"

#include <QCoreApplication>

class QWidget;

namespace loyalty {

class Settings;

// The receipt printer as the shop set it up (SPEC §5; settings "printer.*"): the system printer
// (a thermal printer with a driver, through QPrinter) or raw ESC/POS to a device file or a TCP
// printer, the paper width, and whether the counter prints each visit by itself.
struct PrinterSetup {
    enum class Kind { System, EscPos };
    Kind kind = Kind::System;
    SlipRenderer::Paper paper = SlipRenderer::Paper::Mm80;
    QString printerName;     // System: empty for the default printer
    QString escposTarget;    // EscPos: "/dev/usb/lp0", "192.168.1.50:9100"
    bool autoPrint = false;

    static PrinterSetup from(const Settings &settings);
};

// Prints a slip on the printer set up. Blocking (a network printer may take seconds): the GUI
// calls it off its thread. Used by the GUI and by `loyaltydesk-cli … --print` alike; lives beside
// the GUI because QPrinter belongs to Qt Print Support, which core does not use.
class SlipPrinter {
    Q_DECLARE_TR_FUNCTIONS(SlipPrinter)

public:
    static Status print(const SlipData &slip, const PrinterSetup &setup);
    // Several slips in one go (a campaign's coupons): one ESC/POS stream with a cut after each, or
    // one print job with a page per slip.
    static Status printMany(const QList<SlipData> &slips, const PrinterSetup &setup);
    // The print preview of a slip, on paper of this width (a dialog; GUI thread).
    static void preview(QWidget *parent, const SlipData &slip, SlipRenderer::Paper paper);
};

} // namespace loyalty
