#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

class QIODevice;

namespace loyalty {

// CSV as SPEC §6 writes it: UTF-8 with a byte order mark unless asked not to (Excel then reads
// Chinese right), RFC 4180 quoting, CRLF line ends, ISO dates, money as 123.45. A text cell (names,
// notes, anything a person typed) starting with = + - @ tab or CR gets a leading ' so a spreadsheet
// never runs it as a formula; numbers the program writes are left as they are. Rows go to the
// device in blocks of 64 KB: memory does not grow with the number of rows.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &out, bool byteOrderMark = true);
    ~CsvWriter();

    CsvWriter &text(const QString &value);          // guarded against formulas
    CsvWriter &typed(QByteArrayView utf8);           // the same, for text read as UTF-8
    CsvWriter &number(qint64 value);
    CsvWriter &money(qint64 cents);                 // 123.45, -0.50
    CsvWriter &date(const QDate &day);              // ISO; empty when invalid
    CsvWriter &plain(QByteArrayView utf8);          // as it is, quoted when needed (no guard)
    CsvWriter &empty();
    // Ends the row; an error when the device refuses (a full disk).
    Status endRow();
    // Writes what is buffered (also done when destroyed; call it to see an error).
    Status flush();
    qint64 rows() const { return m_rows; }

    // One field as it is written: quoted when it holds a comma, a quote, CR or LF.
    static QString quoted(const QString &field);
    static QString guarded(const QString &text);
    // Money as CSV and JSON-adjacent text write it: 123.45, -0.50.
    static void appendMoney(QByteArray &out, qint64 cents);
    static void appendNumber(QByteArray &out, qint64 value);   // without a temporary

private:
    void separate();
    void field(QByteArrayView bytes, bool guard);
    // The buffer is filled by hand (m_used bytes of it are the CSV): rows of millions of fields
    // spend their time here.
    void put(char c);
    void put(QByteArrayView bytes);

    QIODevice &m_out;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    bool m_firstField = true;
    qint64 m_rows = 0;
    bool m_failed = false;
};

} // namespace loyalty
