#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

class QIODevice;

namespace loyalty {

// The numbers behind one chart as a table, for "Save data as CSV" (SPEC §3.7): written with the
// shop's CSV rules (CsvWriter), each column as its kind says.
struct DataTable {
    enum class Kind {
        Text,    // guarded against formulas
        Date,    // ISO
        Count,   // an integer
        Money,   // cents, written 123.45
        Share,   // hundredths of a percent, written 12.34
    };
    struct Column {
        QString title;
        Kind kind = Kind::Text;
    };
    QList<Column> columns;
    QList<QVariantList> rows;   // QString, QDate or qint64 by column

    Status write(QIODevice &out, bool byteOrderMark = true) const;
    // Replaces `path` only when written whole.
    Status save(const QString &path, bool byteOrderMark = true) const;
};

} // namespace loyalty
