#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the exports wrote, read back by the tests that check them (core and command line).
namespace loyalty::test {

using namespace Qt::StringLiterals;

// A strict RFC 4180 reader for checking what was written: records end with CRLF outside quotes; a
// bare CR or LF outside quotes, a quote inside an unquoted field or an unclosed quote is an error
// (std::nullopt, with the offset in `where`). `bytes` must not start with a BOM.
inline std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes, QString *where = nullptr)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;       // inside a quoted field
    bool wasQuoted = false;    // the current field was quoted (only a separator or CRLF may follow)
    const auto fail = [&](qsizetype at, const char *why) -> std::optional<QList<QStringList>> {
        if (where)
            *where = QString::fromLatin1(why) + u" at byte "_s + QString::number(at);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\r') {
            if (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')
                return fail(i, "a bare CR");
            record << QString::fromUtf8(field);
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == '\n') {
            return fail(i, "a bare LF");
        } else if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return fail(i, "a quote inside an unquoted field");
            quoted = true;
        } else {
            if (wasQuoted)
                return fail(i, "text after a closing quote");
            field += c;
        }
    }
    if (quoted)
        return fail(bytes.size(), "an unclosed quote");
    if (!field.isEmpty() || !record.isEmpty())
        return fail(bytes.size(), "a last record without CRLF");
    return records;
}

// A file's bytes; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace loyalty::test
