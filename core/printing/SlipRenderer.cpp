#include "printing/SlipRenderer.h"

#include "common/Money.h"
#include "coupons/CouponCode.h"
#include "printing/Barcode.h"

#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace loyalty {

namespace {

// The fonts a counter PC is likely to have, CJK first so Chinese never falls back to boxes.
QFont slipFont(double pixelSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("PingFang SC"), QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
    f.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

// The pen that writes a slip: it moves down the paper line by line, measuring always, drawing
// when asked.
class Pen {
public:
    Pen(QPainter &p, double unit, double left, double width, bool draw, double top = 0)
        : m_p(p), m_unit(unit), m_left(left), m_width(width), m_draw(draw), m_y(top)
    {
    }

    double y() const { return m_y; }
    void gap(double mm) { m_y += mm * m_unit; }

    void text(const QString &t, double sizeMm, bool bold = false, Qt::Alignment align = Qt::AlignLeft)
    {
        if (t.isEmpty())
            return;
        m_ruled = false;
        m_p.setFont(slipFont(sizeMm * m_unit, bold));
        const QRectF box(m_left, m_y, m_width, 1e6);
        const int flags = int(align) | Qt::TextWordWrap;
        const QRectF used = m_p.boundingRect(box, flags, t);
        if (m_draw)
            m_p.drawText(QRectF(m_left, m_y, m_width, used.height()), flags, t);
        m_y += used.height();
    }
    // A label on the left and its value on the right, on one line.
    void pair(const QString &label, const QString &value, double sizeMm, bool bold = false)
    {
        m_ruled = false;
        m_p.setFont(slipFont(sizeMm * m_unit, bold));
        const QFontMetricsF fm(m_p.font(), m_p.device());
        const double h = fm.height();
        if (m_draw) {
            m_p.drawText(QRectF(m_left, m_y, m_width, h), int(Qt::AlignLeft | Qt::AlignVCenter), label);
            m_p.drawText(QRectF(m_left, m_y, m_width, h), int(Qt::AlignRight | Qt::AlignVCenter), value);
        }
        m_y += h;
    }
    // A dashed line between parts; never two in a row.
    void rule()
    {
        if (m_ruled)
            return;
        m_ruled = true;
        gap(1.2);
        if (m_draw) {
            QPen pen(Qt::black, std::max(1.0, 0.2 * m_unit), Qt::DashLine);
            m_p.setPen(pen);
            m_p.drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
            m_p.setPen(Qt::black);
        }
        gap(1.2);
    }
    void barcode(const BarcodeMatrix &m, double heightMm, double maxWidthMm)
    {
        if (m.width <= 0)
            return;
        m_ruled = false;
        // Whole device pixels per module keep the bars crisp; as wide as fits.
        const double available = std::min(m_width, maxWidthMm * m_unit);
        const double module = std::max(1.0, std::floor(available / m.width));
        const double w = module * m.width;
        const double rowHeight = m.rows == 1 ? heightMm * m_unit : module;
        const double x0 = m_left + (m_width - w) / 2;
        if (m_draw)
            for (int r = 0; r < m.rows; ++r)
                for (int c = 0; c < m.width; ++c)
                    if (m.dark(r, c))
                        m_p.fillRect(QRectF(x0 + c * module, m_y + r * rowHeight, module, rowHeight), Qt::black);
        m_y += rowHeight * m.rows;
    }

private:
    QPainter &m_p;
    double m_unit;   // device pixels per millimetre
    double m_left;
    double m_width;
    bool m_draw;
    double m_y;
    bool m_ruled = false;
};

} // namespace

double SlipRenderer::layout(QPainter &painter, const SlipData &s, bool draw) const
{
    const double unit = painter.device()->logicalDpiX() / 25.4;
    const double margin = (paperWidthMm() - printableWidthMm()) / 2 * unit;
    Pen pen(painter, unit, margin, printableWidthMm() * unit, draw);
    painter.setPen(Qt::black);
    const QLocale locale;
    const double body = m_paper == Paper::Mm58 ? 2.9 : 3.2;
    const double small = body * 0.85;

    pen.gap(2);
    pen.text(s.shopName, body * 1.6, true, Qt::AlignHCenter);
    pen.text(locale.toString(s.at, QStringLiteral("yyyy-MM-dd HH:mm")), small, false, Qt::AlignHCenter);
    pen.rule();

    if (s.visit) {
        const SlipData::VisitPart &v = *s.visit;
        pen.text(SlipText::tr("Member: %1").arg(v.memberName), body, true);
        pen.text(SlipText::tr("Card %1").arg(v.card), small);
        pen.gap(1);
        pen.pair(SlipText::tr("Amount"), Money(v.amountCents).format(s.currency), body);
        if (v.couponDiscountCents > 0)
            pen.pair(SlipText::tr("Coupon"), u'-' + Money(v.couponDiscountCents).format(s.currency), body);
        if (v.pointsValueCents > 0)
            pen.pair(SlipText::tr("Points (%1)").arg(locale.toString(v.pointsRedeemed)), u'-' + Money(v.pointsValueCents).format(s.currency), body);
        pen.pair(SlipText::tr("Paid"), Money(v.paidCents).format(s.currency), body * 1.15, true);
        if (v.voided)
            pen.text(SlipText::tr("VOIDED"), body * 1.3, true, Qt::AlignHCenter);
        pen.rule();
        pen.pair(SlipText::tr("Points earned"), u'+' + locale.toString(v.pointsEarned + v.bonusPoints), body);
        pen.pair(SlipText::tr("Points balance"), locale.toString(v.balance), body, true);
        for (const PointsExpiring &e : s.expiring)
            pen.text(SlipText::tr("%1 points expire after %2").arg(locale.toString(e.points), e.on.toString(Qt::ISODate)), small);
    }
    if (!s.tierName.isEmpty()) {
        pen.gap(1);
        pen.text(s.tierChanged ? SlipText::tr("Upgraded to %1!").arg(s.tierName) : SlipText::tr("Tier: %1").arg(s.tierName), body, true);
        pen.text(s.tierProgress, small);
        pen.text(s.tierPerks, small);
    }
    for (const SlipData::CouponPart &c : s.coupons) {
        pen.rule();
        pen.text(c.name, body * 1.3, true, Qt::AlignHCenter);
        pen.text(c.terms, small, false, Qt::AlignHCenter);
        pen.text(SlipText::tr("Valid through %1").arg(c.validUntil.toString(Qt::ISODate)), small, false, Qt::AlignHCenter);
        pen.gap(1.5);
        if (auto code128 = Barcode::encode(Barcode::Kind::Code128, c.code.toLatin1()))
            pen.barcode(*code128, 10, printableWidthMm());
        pen.text(CouponCode::display(c.code), body, true, Qt::AlignHCenter);
        pen.gap(1.5);
        if (auto qr = Barcode::encode(Barcode::Kind::Qr, c.code.toLatin1()))
            pen.barcode(*qr, 0, 24);
    }
    if (!s.footer.isEmpty()) {
        pen.rule();
        pen.text(s.footer, small, false, Qt::AlignHCenter);
    }
    pen.gap(4);
    return pen.y();
}

Status SlipRenderer::couponSheetsToPdf(const QString &shopName, const QList<SlipData::CouponPart> &coupons, const QStringList &members,
                                       const QString &path)
{
    constexpr int kDpi = 300;
    constexpr int kColumns = 2;
    constexpr int kRows = 4;
    QPdfWriter pdf(path);
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setCreator(QStringLiteral("LoyaltyDesk"));
    pdf.setTitle(tr("Coupons"));
    QPainter p;
    if (!p.begin(&pdf))
        return Error::invalid(tr("The coupons cannot be written to %1.").arg(path));
    const double unit = kDpi / 25.4;
    const double cellW = 95 * unit;
    const double cellH = 68 * unit;
    const double left0 = 10 * unit;
    const double top0 = 12.5 * unit;
    for (qsizetype i = 0; i < coupons.size(); ++i) {
        const qsizetype onPage = i % (kColumns * kRows);
        if (i > 0 && onPage == 0)
            pdf.newPage();
        const double x = left0 + double(onPage % kColumns) * cellW;
        const double y = top0 + double(onPage / kColumns) * cellH;
        // The cutting line around each coupon.
        p.setPen(QPen(Qt::gray, 0.2 * unit, Qt::DashLine));
        p.drawRect(QRectF(x, y, cellW, cellH));
        p.setPen(Qt::black);
        const SlipData::CouponPart &c = coupons.at(i);
        // Text on the left, the QR code on the right, the Code 128 under both.
        Pen text(p, unit, x + 4 * unit, cellW - 38 * unit, true, y + 4 * unit);
        text.text(shopName, 3.0);
        text.text(c.name, 4.6, true);
        text.text(c.terms, 2.8);
        text.text(SlipText::tr("Valid through %1").arg(c.validUntil.toString(Qt::ISODate)), 2.8);
        text.text(members.value(i), 2.8, true);
        if (auto qr = Barcode::encode(Barcode::Kind::Qr, c.code.toLatin1())) {
            Pen code(p, unit, x + cellW - 32 * unit, 28 * unit, true, y + 5 * unit);
            code.barcode(*qr, 0, 26);
        }
        Pen bars(p, unit, x + 4 * unit, cellW - 8 * unit, true, y + cellH - 20 * unit);
        if (auto code128 = Barcode::encode(Barcode::Kind::Code128, c.code.toLatin1()))
            bars.barcode(*code128, 9, 70);
        bars.text(CouponCode::display(c.code), 3.4, true, Qt::AlignHCenter);
    }
    p.end();
    return {};
}

double SlipRenderer::heightMm(const SlipData &slip, int dpi) const
{
    QImage scratch(1, 1, QImage::Format_Grayscale8);
    scratch.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    scratch.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    QPainter p(&scratch);
    return layout(p, slip, false) / (scratch.logicalDpiY() / 25.4);
}

void SlipRenderer::paint(QPainter &painter, const SlipData &slip) const
{
    layout(painter, slip, true);
}

QImage SlipRenderer::toImage(const SlipData &slip, int dpi) const
{
    const double unit = dpi / 25.4;
    QImage image(int(paperWidthMm() * unit + 0.5), int(std::ceil(heightMm(slip, dpi) * unit)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    paint(p, slip);
    return image;
}

Status SlipRenderer::toPdf(const SlipData &slip, const QString &path) const
{
    constexpr int kDpi = 300;
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error::invalid(tr("The slip cannot be written to %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter pdf(path);
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QSizeF(paperWidthMm(), heightMm(slip, kDpi)), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setCreator(QStringLiteral("LoyaltyDesk"));
    pdf.setTitle(tr("Slip"));
    QPainter p;
    if (!p.begin(&pdf))
        return Error::invalid(tr("The slip cannot be written to %1.").arg(path));
    paint(p, slip);
    p.end();
    return {};
}

} // namespace loyalty
