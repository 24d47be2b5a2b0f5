#include "printing/PrinterDialog.h"

#include "common/BusyTask.h"
#include "common/ShopSession.h"
#include "printing/SlipPrinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {

// A slip that shows everything a slip can hold, for a test print and the preview.
SlipData sampleSlip(ShopSession &session)
{
    SlipData s;
    const Settings &settings = session.settings();
    s.shopName = settings.shopName();
    s.footer = settings.text(QStringLiteral("shop.footer"));
    s.currency = settings.currency();
    s.at = session.clock().now();
    SlipData::VisitPart v;
    v.memberName = PrinterDialog::tr("Test print");
    v.card = QStringLiteral("8000000000");
    v.amountCents = 3650;
    v.paidCents = 3650;
    v.pointsEarned = 36;
    v.balance = 1236;
    s.visit = v;
    s.tierName = PrinterDialog::tr("Silver");
    s.tierProgress = PrinterDialog::tr("Receipt printer works: 中文 ¥ 123");
    s.coupons << SlipData::CouponPart{PrinterDialog::tr("Sample coupon"), PrinterDialog::tr("Not valid: a test of the barcodes."),
                                      QStringLiteral("0123456789ABZ"), s.at.date()};
    return s;
}

} // namespace

PrinterDialog::PrinterDialog(ShopSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("printerDialog"));
    setWindowTitle(tr("Receipt printer"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("printerKind"));
    m_kind->addItem(tr("A printer of this computer (with a driver)"), QStringLiteral("system"));
    m_kind->addItem(tr("An ESC/POS receipt printer (USB device or network)"), QStringLiteral("escpos"));
    form->addRow(tr("Print on"), m_kind);
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printerName"));
    m_printer->addItem(tr("The default printer"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    form->addRow(tr("Printer"), m_printer);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("escposTarget"));
    m_target->setPlaceholderText(tr("/dev/usb/lp0, COM3 or 192.168.1.50:9100"));
    form->addRow(tr("Device or address"), m_target);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("80 mm"), QStringLiteral("80"));
    m_paper->addItem(tr("58 mm"), QStringLiteral("58"));
    form->addRow(tr("Paper"), m_paper);
    m_auto = new QCheckBox(tr("Print the slip of each visit as it is recorded"), this);
    m_auto->setObjectName(QStringLiteral("autoPrint"));
    form->addRow(QString(), m_auto);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printerStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test print"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testPrint"));
    m_preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("previewSlip"));
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrinterDialog::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &PrinterDialog::testPrint);
    connect(m_preview, &QPushButton::clicked, this, &PrinterDialog::preview);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void PrinterDialog::load()
{
    const PrinterSetup setup = PrinterSetup::from(m_session.settings());
    m_kind->setCurrentIndex(setup.kind == PrinterSetup::Kind::EscPos ? 1 : 0);
    const int printer = m_printer->findData(setup.printerName);
    if (printer < 0 && !setup.printerName.isEmpty())
        m_printer->addItem(tr("%1 (not available now)").arg(setup.printerName), setup.printerName);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(setup.printerName)));
    m_target->setText(setup.escposTarget);
    m_paper->setCurrentIndex(setup.paper == SlipRenderer::Paper::Mm58 ? 1 : 0);
    m_auto->setChecked(setup.autoPrint);
    updateEnabled();
}

void PrinterDialog::updateEnabled()
{
    const bool escpos = m_kind->currentData().toString() == u"escpos";
    m_printer->setEnabled(!escpos);
    m_target->setEnabled(escpos);
    const bool owner = m_session.op().isOwner();
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_printer, m_target, m_paper, m_auto})
        w->setEnabled(owner && w->isEnabled());
    if (!owner)
        m_status->setText(tr("Only the owner can change the printer."));
}

QList<QPair<QString, std::optional<QString>>> PrinterDialog::values() const
{
    return {{QStringLiteral("printer.kind"), m_kind->currentData().toString()},
            {QStringLiteral("printer.name"), m_printer->currentData().toString()},
            {QStringLiteral("printer.escpos_target"), m_target->text().trimmed()},
            {QStringLiteral("printer.paper_mm"), m_paper->currentData().toString()},
            {QStringLiteral("printer.auto_print"), m_auto->isChecked() ? QStringLiteral("1") : QStringLiteral("0")}};
}

bool PrinterDialog::save()
{
    if (values().at(0).second == u"escpos" && m_target->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter the printer's device or network address."));
        m_target->setFocus();
        return false;
    }
    const Status saved = m_session.settings().setMany(values(), m_session.op());
    if (!saved) {
        m_status->setText(saved.error().message);
        return false;
    }
    emit m_session.settingsChanged();
    return true;
}

void PrinterDialog::testPrint()
{
    PrinterSetup setup;
    setup.kind = m_kind->currentData().toString() == u"escpos" ? PrinterSetup::Kind::EscPos : PrinterSetup::Kind::System;
    setup.printerName = m_printer->currentData().toString();
    setup.escposTarget = m_target->text().trimmed();
    setup.paper = m_paper->currentData().toString() == u"58" ? SlipRenderer::Paper::Mm58 : SlipRenderer::Paper::Mm80;
    const SlipData slip = sampleSlip(m_session);
    const Status printed = runBusy(this, tr("Printing a test slip…"), [slip, setup] { return SlipPrinter::print(slip, setup); });
    m_status->setText(printed ? tr("The test slip was sent to the printer.") : tr("The test slip was not printed: %1").arg(printed.error().message));
}

void PrinterDialog::preview()
{
    SlipPrinter::preview(this, sampleSlip(m_session),
                         m_paper->currentData().toString() == u"58" ? SlipRenderer::Paper::Mm58 : SlipRenderer::Paper::Mm80);
}

} // namespace loyalty::ui
