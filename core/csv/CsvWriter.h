#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

class QIODevice;

namespace loyalty {

// CSV as SPEC §6 writes it: UTF-8 with a byte order mark unless asked not to (Excel then reads
// Chinese right), RFC 4180 quoting, CRLF line ends, ISO dates, money as 123.45. A text cell (names,
// notes, anything a person typed) starting with = + - @ tab or CR gets a leading ' so a spreadsheet
// never runs it as a formula; numbers the program writes are left as they are. Rows go straight to
// the device: memory does not grow with the number of rows.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &out, bool byteOrderMark = true);

    CsvWriter &text(const QString &value);          // guarded against formulas
    CsvWriter &number(qint64 value);
    CsvWriter &money(qint64 cents);                 // 123.45, -0.50
    CsvWriter &date(const QDate &day);              // ISO; empty when invalid
    CsvWriter &empty();
    // Ends the row and writes it; an error when the device refuses (a full disk).
    Status endRow();
    qint64 rows() const { return m_rows; }

    // One field as it is written: quoted when it holds a comma, a quote, CR or LF.
    static QString quoted(const QString &field);
    static QString guarded(const QString &text);

private:
    void add(const QString &field);

    QIODevice &m_out;
    bool m_bom;
    bool m_started = false;
    QString m_line;
    bool m_firstField = true;
    qint64 m_rows = 0;
};

} // namespace loyalty
