#include "csv/CsvReader.h"

#include <QStringDecoder>

namespace loyalty {

namespace {
// Where the first byte that is not UTF-8 is (the size when all of it is).
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        const int more = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (more < 0 || i + more >= n + (more == 0 ? 1 : 0))
            return i;
        for (int k = 1; k <= more; ++k)
            if ((p[i + k] >> 6) != 0x2)
                return i;
        i += more + 1;
    }
    return n;
}
} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    const auto strict = [](QStringDecoder &decoder, QByteArrayView data) -> std::optional<QString> {
        QString text = decoder.decode(data);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    };
    const auto lineAt = [&bytes](qsizetype offset) { return QByteArrayView(bytes).first(offset).count('\n') + 1; };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (auto text = strict(utf8, QByteArrayView(bytes).sliced(3))) {
            if (encoding)
                *encoding = QStringLiteral("UTF-8");
            return *text;
        }
        return Error::refused(tr("Line %1: the file says it is UTF-8 but is not: save it again as CSV UTF-8.")
                                  .arg(lineAt(3 + firstInvalidUtf8(bytes.sliced(3)))));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    if (auto text = strict(utf8, bytes)) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return *text;
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid())
        if (auto text = strict(gb, bytes)) {
            if (encoding)
                *encoding = QStringLiteral("GB18030");
            return *text;
        }
    // Neither: the line of the first byte that is not UTF-8 (Qt's GB18030 decoder does not say where
    // it failed).
    return Error::refused(tr("Line %1: the file is neither UTF-8 nor GB18030/GBK text: save it again as CSV (UTF-8).")
                              .arg(lineAt(firstInvalidUtf8(bytes))));
}

Result<QList<CsvRecord>> CsvReader::parse(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool quotedField = false;   // the current field was quoted (and its quote closed)
    bool recordStarted = false;
    int quoteLine = 0;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        quotedField = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records << record;
        record = CsvRecord();
        recordStarted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!recordStarted) {
            record.line = line;
            recordStarted = true;
        }
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    quotedField = true;
                }
            } else if (c == u'\r') {
                // A line break inside quotes is kept as \n, whichever the file wrote (CRLF, CR).
                if (i + 1 < n && text.at(i + 1) == u'\n')
                    ++i;
                ++line;
                field += u'\n';
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
        } else if (c == u'"' && field.isEmpty() && !quotedField) {
            inQuotes = true;
            quoteLine = line;
        } else if (quotedField) {
            return Error::refused(tr("Line %1: there is text after a closing quote; a quote inside a field is written as two (\"\").").arg(line));
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return Error::refused(tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    if (recordStarted)
        endRecord();
    return records;
}

} // namespace loyalty
