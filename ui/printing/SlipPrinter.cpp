#include "printing/SlipPrinter.h"

#include "printing/EscPos.h"
#include "shop/Settings.h"

#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPrintPreviewDialog>

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
    return printMany({slip}, setup);
}

Status SlipPrinter::printMany(const QList<SlipData> &slips, const PrinterSetup &setup)
{
    if (slips.isEmpty())
        return {};
    if (setup.kind == PrinterSetup::Kind::EscPos) {
        if (setup.escposTarget.trimmed().isEmpty())
            return Error::invalid(tr("No ESC/POS printer is set up: enter its device or address in the printer settings."));
        QByteArray bytes;
        for (const SlipData &slip : slips)
            bytes += EscPos::render(slip, setup.paper == SlipRenderer::Paper::Mm58 ? EscPos::Paper::Mm58 : EscPos::Paper::Mm80);
        return EscPos::send(bytes, EscPos::targetFrom(setup.escposTarget));
    }
    const QPrinterInfo info = setup.printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(setup.printerName);
    if (info.isNull())
        return Error::refused(setup.printerName.isEmpty() ? tr("This computer has no printer set up.")
                                                          : tr("The printer “%1” is not available.").arg(setup.printerName));
    QPrinter printer(info, QPrinter::HighResolution);
    const SlipRenderer renderer(setup.paper);
    // One page size for the job: the longest slip's.
    double height = 0;
    for (const SlipData &slip : slips)
        height = std::max(height, renderer.heightMm(slip, printer.resolution()));
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QSizeF(renderer.paperWidthMm(), height), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(tr("Slip"));
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::refused(tr("The printer “%1” cannot print now.").arg(info.printerName()));
    for (qsizetype i = 0; i < slips.size(); ++i) {
        if (i > 0)
            printer.newPage();
        renderer.paint(painter, slips.at(i));
    }
    painter.end();
    return {};
}

void SlipPrinter::preview(QWidget *parent, const SlipData &slip, SlipRenderer::Paper paper)
{
    const SlipRenderer renderer(paper);
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QSizeF(renderer.paperWidthMm(), renderer.heightMm(slip, printer.resolution())), QPageSize::Millimeter,
                                  QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        QPainter painter(p);
        renderer.paint(painter, slip);
    });
    dialog.exec();
}

} // namespace loyalty
