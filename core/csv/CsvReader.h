#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace loyalty {

// Reading CSV files people bring (SPEC §6): UTF-8 with or without a byte order mark, GB18030/GBK
// (what Chinese Excel writes), CRLF or LF, RFC 4180 quoting with newlines inside quoted fields.
struct CsvRecord {
    int line = 0;          // the line of the file where the record starts (the header is line 1)
    QStringList fields;
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The text of the file and the encoding it was read in ("UTF-8", "GB18030"); refused when it is
    // neither.
    static Result<QString> decode(const QByteArray &bytes, QString *encoding = nullptr);
    // The records; refused whole, with the line where reading failed, when the text cannot be read
    // as CSV (a quoted field never closed, text after a closing quote). Blank lines are skipped.
    static Result<QList<CsvRecord>> parse(const QString &text);
};

} // namespace loyalty
