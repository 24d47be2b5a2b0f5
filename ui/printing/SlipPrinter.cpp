#include "printing/SlipPrinter.h"

#include "printing/EscPos.h"
#include "shop/Settings.h"

#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace loyalty {

PrinterSetup PrinterSetup::from(const Settings &settings)
{
    PrinterSetup s;
    s.kind = settings.text(QStringLiteral("printer.kind")) == u"escpos" ? Kind::EscPos : Kind::System;
    s.paper = settings.text(QStringLiteral("printer.paper_mm")) == u"58" ? SlipRenderer::Paper::Mm58 : SlipRenderer::Paper::Mm80;
    s.printerName = settings.text(QStringLiteral("printer.name"));
    s.escposTarget = settings.text(QStringLiteral("printer.escpos_target"));
    s.autoPrint = settings.integer(QStringLiteral("printer.auto_print")) != 0;
    return s;
}

Status SlipPrinter::print(const SlipData &slip, const PrinterSetup &setup)
{
    if (setup.kind == PrinterSetup::Kind::EscPos) {
        if (setup.escposTarget.trimmed().isEmpty())
            return Error::invalid(tr("No ESC/POS printer is set up: enter its device or address in the printer settings."));
        return EscPos::send(EscPos::render(slip, setup.paper == SlipRenderer::Paper::Mm58 ? EscPos::Paper::Mm58 : EscPos::Paper::Mm80),
                            EscPos::targetFrom(setup.escposTarget));
    }
    const QPrinterInfo info = setup.printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(setup.printerName);
    if (info.isNull())
        return Error::refused(setup.printerName.isEmpty() ? tr("This computer has no printer set up.")
                                                          : tr("The printer “%1” is not available.").arg(setup.printerName));
    QPrinter printer(info, QPrinter::HighResolution);
    const SlipRenderer renderer(setup.paper);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QSizeF(renderer.paperWidthMm(), renderer.heightMm(slip, printer.resolution())), QPageSize::Millimeter,
                                  QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(tr("Slip"));
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::refused(tr("The printer “%1” cannot print now.").arg(info.printerName()));
    renderer.paint(painter, slip);
    painter.end();
    return {};
}

} // namespace loyalty
