#include "csv/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace loyalty {

namespace {
constexpr qsizetype kBlock = 64 * 1024;

bool startsLikeAFormula(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    const char c = bytes.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool needsQuotes(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}
} // namespace

CsvWriter::CsvWriter(QIODevice &out, bool byteOrderMark) : m_out(out)
{
    m_buffer.resize(kBlock + 4096);
    if (byteOrderMark)
        put(QByteArrayView("\xEF\xBB\xBF"));
}

void CsvWriter::put(char c)
{
    if (m_used == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2);
    m_buffer.data()[m_used++] = c;
}

void CsvWriter::put(QByteArrayView bytes)
{
    if (m_used + bytes.size() > m_buffer.size())
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(m_buffer.data() + m_used, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
}

CsvWriter::~CsvWriter()
{
    (void)flush();
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needs = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needs)
        return field;
    QString q = field;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString CsvWriter::guarded(const QString &text)
{
    const QByteArray bytes = text.left(1).toUtf8();
    return startsLikeAFormula(bytes) ? u'\'' + text : text;
}

void CsvWriter::separate()
{
    if (!m_firstField)
        put(',');
    m_firstField = false;
}

void CsvWriter::field(QByteArrayView bytes, bool guard)
{
    separate();
    const bool guarded = guard && startsLikeAFormula(bytes);
    if (!needsQuotes(bytes)) {
        if (guarded)
            put('\'');
        put(bytes);
        return;
    }
    put('"');
    if (guarded)
        put('\'');
    for (const char c : bytes) {
        if (c == '"')
            put('"');
        put(c);
    }
    put('"');
}

CsvWriter &CsvWriter::text(const QString &value)
{
    field(value.toUtf8(), true);
    return *this;
}

CsvWriter &CsvWriter::typed(QByteArrayView utf8)
{
    field(utf8, true);
    return *this;
}

CsvWriter &CsvWriter::plain(QByteArrayView utf8)
{
    field(utf8, false);
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    separate();
    char digits[24];
    int n = 0;
    quint64 v = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        digits[n++] = '-';
    std::reverse(digits, digits + n);
    put(QByteArrayView(digits, n));
    return *this;
}

void CsvWriter::appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        out += '-';
    while (n)
        out += digits[--n];
}

void CsvWriter::appendMoney(QByteArray &out, qint64 cents)
{
    if (cents < 0) {
        out += '-';
        cents = -cents; // within ±1e15: no overflow
    }
    appendNumber(out, cents / 100);
    out += '.';
    const int rest = int(cents % 100);
    out += char('0' + rest / 10);
    out += char('0' + rest % 10);
}

CsvWriter &CsvWriter::money(qint64 cents)
{
    separate();
    // Right to left into a small buffer: two decimals, the point, the whole part, the sign.
    char text[32];
    int at = sizeof text;
    quint64 v = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    text[--at] = char('0' + v % 10);
    v /= 10;
    text[--at] = char('0' + v % 10);
    v /= 10;
    text[--at] = '.';
    do {
        text[--at] = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (cents < 0)
        text[--at] = '-';
    put(QByteArrayView(text + at, qsizetype(sizeof text) - at));
    return *this;
}

CsvWriter &CsvWriter::date(const QDate &day)
{
    separate();
    if (day.isValid())
        put(day.toString(Qt::ISODate).toLatin1());
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    separate();
    return *this;
}

Status CsvWriter::endRow()
{
    put(QByteArrayView("\r\n"));
    m_firstField = true;
    ++m_rows;
    if (m_used >= kBlock)
        return flush();
    return m_failed ? Status(Error::fileUnusable(QCoreApplication::translate("CsvWriter", "The file could not be written: %1").arg(m_out.errorString())))
                    : Status();
}

Status CsvWriter::flush()
{
    if (m_failed)
        return Error::fileUnusable(QCoreApplication::translate("CsvWriter", "The file could not be written: %1").arg(m_out.errorString()));
    if (m_used == 0)
        return {};
    const qint64 written = m_out.write(m_buffer.constData(), m_used);
    if (written != m_used) {
        m_failed = true;
        return Error::fileUnusable(QCoreApplication::translate("CsvWriter", "The file could not be written: %1").arg(m_out.errorString()));
    }
    m_used = 0;
    return {};
}

} // namespace loyalty
