#include "csv/CsvWriter.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QIODevice>

namespace loyalty {

CsvWriter::CsvWriter(QIODevice &out, bool byteOrderMark) : m_out(out), m_bom(byteOrderMark) {}

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
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + text;
    return text;
}

void CsvWriter::add(const QString &field)
{
    if (!m_firstField)
        m_line += u',';
    m_firstField = false;
    m_line += quoted(field);
}

CsvWriter &CsvWriter::text(const QString &value)
{
    add(guarded(value));
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    add(QString::number(value));
    return *this;
}

CsvWriter &CsvWriter::money(qint64 cents)
{
    add(Money(cents).toPlainString());
    return *this;
}

CsvWriter &CsvWriter::date(const QDate &day)
{
    add(day.isValid() ? day.toString(Qt::ISODate) : QString());
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    add(QString());
    return *this;
}

Status CsvWriter::endRow()
{
    QByteArray bytes;
    if (!m_started && m_bom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_started = true;
    bytes += m_line.toUtf8();
    bytes += "\r\n";
    m_line.clear();
    m_firstField = true;
    if (m_out.write(bytes) != bytes.size())
        return Error::fileUnusable(QCoreApplication::translate("CsvWriter", "The file could not be written: %1").arg(m_out.errorString()));
    ++m_rows;
    return {};
}

} // namespace loyalty
