#include "printing/EscPos.h"

#include "common/Money.h"
#include "common/TextWidth.h"
#include "coupons/CouponCode.h"

#include <QFile>
#include <QLocale>
#include <QStringEncoder>
#include <QTcpSocket>

namespace loyalty {

namespace {

constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char FS = 0x1c;

class Writer {
public:
    explicit Writer(int columns) : m_columns(columns), m_gb("GB18030") {}

    QByteArray bytes() const { return m_out; }
    void raw(std::initializer_list<int> bytes)
    {
        for (int b : bytes)
            m_out += char(b);
    }
    // "¥" (U+00A5) is not in GBK, which most Chinese receipt printers read: the full-width "￥" is.
    static QString printable(QString t) { return t.replace(QChar(0x00A5), QChar(0xFFE5)); }
    void text(const QString &t) { m_out += m_gb.isValid() ? QByteArray(m_gb.encode(t)) : t.toUtf8(); }
    void align(int a) { raw({ESC, 'a', a}); }   // 0 left, 1 centre, 2 right
    void bold(bool on) { raw({ESC, 'E', on ? 1 : 0}); }
    void size(int n) { raw({GS, '!', n}); }     // 0x00 normal, 0x11 double width and height
    void line(const QString &t = {})
    {
        text(printable(t));
        m_out += '\n';
        m_ruled = false;
    }
    // Wraps by display columns; `cols` is the width at the current size.
    void wrapped(const QString &t, int cols)
    {
        for (const QString &paragraph : printable(t).split(u'\n')) {
            QString current;
            int used = 0;
            for (const QChar c : paragraph) {
                const int w = EscPos::columns(QString(c));
                if (used + w > cols) {
                    // Latin words break at a space; Chinese between any two characters.
                    const qsizetype space = current.lastIndexOf(u' ');
                    const QString carry = space > 0 && c != u' ' ? current.mid(space + 1) : QString();
                    line(space > 0 && c != u' ' ? current.left(space) : current);
                    current = carry;
                    used = EscPos::columns(current);
                    if (c == u' ')
                        continue;
                }
                current += c;
                used += w;
            }
            line(current);
        }
    }
    void pair(const QString &labelText, const QString &valueText)
    {
        const QString label = printable(labelText);
        const QString value = printable(valueText);
        const int gap = std::max(1, m_columns - EscPos::columns(label) - EscPos::columns(value));
        line(label + QString(gap, u' ') + value);
    }
    // A dashed line between parts; never two in a row.
    void rule()
    {
        if (!m_ruled)
            line(QString(m_columns, u'-'));
        m_ruled = true;
    }
    int columns() const { return m_columns; }

private:
    int m_columns;
    QStringEncoder m_gb;
    QByteArray m_out;
    bool m_ruled = false;
};

} // namespace

int EscPos::columns(const QString &text)
{
    return displayColumns(text);
}

QByteArray EscPos::render(const SlipData &s, Paper paper)
{
    Writer w(paper == Paper::Mm58 ? 32 : 48);
    const QLocale locale;
    w.raw({ESC, '@'});   // initialise
    w.raw({FS, '&'});    // Chinese character mode: two-byte text (GB18030) prints as Chinese
    w.align(1);
    w.size(0x11);
    w.bold(true);
    w.wrapped(s.shopName, w.columns() / 2);
    w.size(0);
    w.bold(false);
    w.line(locale.toString(s.at, QStringLiteral("yyyy-MM-dd HH:mm")));
    w.align(0);
    w.rule();
    if (s.visit) {
        const SlipData::VisitPart &v = *s.visit;
        w.bold(true);
        w.wrapped(SlipText::tr("Member: %1").arg(v.memberName), w.columns());
        w.bold(false);
        w.line(SlipText::tr("Card %1").arg(v.card));
        w.pair(SlipText::tr("Amount"), Money(v.amountCents).format(s.currency));
        if (v.couponDiscountCents > 0)
            w.pair(SlipText::tr("Coupon"), u'-' + Money(v.couponDiscountCents).format(s.currency));
        if (v.pointsValueCents > 0)
            w.pair(SlipText::tr("Points (%1)").arg(locale.toString(v.pointsRedeemed)), u'-' + Money(v.pointsValueCents).format(s.currency));
        w.bold(true);
        w.pair(SlipText::tr("Paid"), Money(v.paidCents).format(s.currency));
        w.bold(false);
        if (v.voided) {
            w.align(1);
            w.line(SlipText::tr("VOIDED"));
            w.align(0);
        }
        w.rule();
        w.pair(SlipText::tr("Points earned"), u'+' + locale.toString(v.pointsEarned + v.bonusPoints));
        w.bold(true);
        w.pair(SlipText::tr("Points balance"), locale.toString(v.balance));
        w.bold(false);
        for (const PointsExpiring &e : s.expiring)
            w.wrapped(SlipText::tr("%1 points expire after %2").arg(locale.toString(e.points), e.on.toString(Qt::ISODate)), w.columns());
    }
    if (!s.tierName.isEmpty()) {
        w.bold(true);
        w.wrapped(s.tierChanged ? SlipText::tr("Upgraded to %1!").arg(s.tierName) : SlipText::tr("Tier: %1").arg(s.tierName), w.columns());
        w.bold(false);
        if (!s.tierProgress.isEmpty())
            w.wrapped(s.tierProgress, w.columns());
        if (!s.tierPerks.isEmpty())
            w.wrapped(s.tierPerks, w.columns());
    }
    for (const SlipData::CouponPart &c : s.coupons) {
        w.rule();
        w.align(1);
        w.size(0x11);
        w.bold(true);
        w.wrapped(c.name, w.columns() / 2);
        w.size(0);
        w.bold(false);
        w.wrapped(c.terms, w.columns());
        w.line(SlipText::tr("Valid through %1").arg(c.validUntil.toString(Qt::ISODate)));
        // Code 128, code set B, the readable code under it.
        const QByteArray data = "{B" + c.code.toLatin1();
        w.raw({GS, 'h', 80});   // 80 dots high
        w.raw({GS, 'w', paper == Paper::Mm58 ? 2 : 3});
        w.raw({GS, 'H', 0});    // no HRI: the grouped code is printed below instead
        w.raw({GS, 'k', 73, int(data.size())});
        w.text(QString::fromLatin1(data));
        w.line();
        w.bold(true);
        w.line(CouponCode::display(c.code));
        w.bold(false);
        // QR (model 2, module 6 dots, error correction M), stored then printed.
        const QByteArray qr = c.code.toLatin1();
        const int stored = int(qr.size()) + 3;
        w.raw({GS, '(', 'k', 4, 0, 49, 65, 50, 0});
        w.raw({GS, '(', 'k', 3, 0, 49, 67, 6});
        w.raw({GS, '(', 'k', 3, 0, 49, 69, 49});
        w.raw({GS, '(', 'k', stored % 256, stored / 256, 49, 80, 48});
        w.text(QString::fromLatin1(qr));
        w.raw({GS, '(', 'k', 3, 0, 49, 81, 48});
        w.line();
        w.align(0);
    }
    if (!s.footer.isEmpty()) {
        w.rule();
        w.align(1);
        w.wrapped(s.footer, w.columns());
        w.align(0);
    }
    w.raw({ESC, 'd', 4});         // feed 4 lines past the cutter
    w.raw({GS, 'V', 66, 0});      // partial cut
    return w.bytes();
}

EscPos::Target EscPos::targetFrom(const QString &text)
{
    Target t;
    QString rest = text.trimmed();
    const bool tcp = rest.startsWith(u"tcp://");
    if (tcp)
        rest = rest.mid(6);
    // A device path has a slash or is a Windows port name; anything else is host[:port].
    if (!tcp && (rest.contains(u'/') || rest.contains(u'\\') || rest.startsWith(u"COM", Qt::CaseInsensitive))) {
        t.device = rest;
        return t;
    }
    const qsizetype colon = rest.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? rest.mid(colon + 1).toUInt(&ok) : 0;
    if (ok && port > 0 && port < 65536) {
        t.host = rest.left(colon);
        t.port = quint16(port);
    } else {
        t.host = rest;
    }
    return t;
}

Status EscPos::send(const QByteArray &bytes, const Target &target)
{
    if (!target.device.isEmpty()) {
        QFile device(target.device);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Append))
            return Error::refused(tr("The receipt printer %1 cannot be used: %2").arg(target.device, device.errorString()));
        if (device.write(bytes) != bytes.size() || !device.flush())
            return Error::refused(tr("The slip could not be sent to %1: %2").arg(target.device, device.errorString()));
        return {};
    }
    if (target.host.isEmpty())
        return Error::invalid(tr("No receipt printer is set up."));
    QTcpSocket socket;
    socket.connectToHost(target.host, target.port);
    if (!socket.waitForConnected(3000))
        return Error::refused(tr("The receipt printer at %1:%2 does not answer: %3").arg(target.host).arg(target.port).arg(socket.errorString()));
    socket.write(bytes);
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(5000))
            return Error::refused(tr("The slip could not be sent to %1:%2: %3").arg(target.host).arg(target.port).arg(socket.errorString()));
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(2000);
    return {};
}

} // namespace loyalty
