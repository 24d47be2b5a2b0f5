#pragma once

#include "common/Result.h"
#include "printing/Slip.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;
class QPaintDevice;

namespace loyalty {

// Paints a slip (SPEC §5) on any QPaintDevice — an image, a PDF, a printer — for 58 mm or 80 mm
// receipt paper: the shop, the visit, points, tier and progress, points expiring soon and each
// coupon with its terms, validity, code, Code 128 and QR code. Laid out in millimetres and drawn
// in the device's own pixels; Chinese text through a CJK font.
class SlipRenderer {
    Q_DECLARE_TR_FUNCTIONS(SlipRenderer)

public:
    enum class Paper { Mm58 = 58, Mm80 = 80 };

    explicit SlipRenderer(Paper paper = Paper::Mm80) : m_paper(paper) {}

    double paperWidthMm() const { return double(int(m_paper)); }
    // The printable width: thermal heads print 48 mm of 58 mm paper and 72 mm of 80 mm.
    double printableWidthMm() const { return m_paper == Paper::Mm58 ? 48.0 : 72.0; }

    // How long the slip is, in millimetres, on a device of this resolution.
    double heightMm(const SlipData &slip, int dpi) const;
    // Paints the slip from the top left of the painter's device (the paper's left edge at x = 0).
    void paint(QPainter &painter, const SlipData &slip) const;

    QImage toImage(const SlipData &slip, int dpi = 203) const;
    Status toPdf(const SlipData &slip, const QString &path) const;

    // A campaign's coupons on A4 sheets to cut (SPEC §5): eight to a page, each with the shop, the
    // member, the terms, validity, code, Code 128 and QR code. `members` names each coupon's
    // holder (empty: to bearer), in the order of `coupons`.
    static Status couponSheetsToPdf(const QString &shopName, const QList<SlipData::CouponPart> &coupons, const QStringList &members,
                                    const QString &path);

private:
    // Lays the slip out; draws too when `draw`. Returns the height in device pixels.
    double layout(QPainter &painter, const SlipData &slip, bool draw) const;

    Paper m_paper;
};

} // namespace loyalty
