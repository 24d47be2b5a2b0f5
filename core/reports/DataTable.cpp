#include "reports/DataTable.h"

#include "csv/CsvWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

namespace loyalty {

Status DataTable::write(QIODevice &out, bool byteOrderMark) const
{
    CsvWriter csv(out, byteOrderMark);
    for (const Column &c : columns)
        csv.text(c.title);
    if (Status s = csv.endRow(); !s)
        return s;
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant v = row.value(i);
            if (!v.isValid()) {   // nothing to say (a cohort's months still to come)
                csv.empty();
                continue;
            }
            switch (columns.at(i).kind) {
            case Kind::Text: csv.text(v.toString()); break;
            case Kind::Date: csv.date(v.toDate()); break;
            case Kind::Count: csv.number(v.toLongLong()); break;
            case Kind::Money:
            case Kind::Share: csv.money(v.toLongLong()); break;   // both are hundredths
            }
        }
        if (Status s = csv.endRow(); !s)
            return s;
    }
    return csv.flush();
}

Status DataTable::save(const QString &path, bool byteOrderMark) const
{
    QSaveFile file(path);
    const auto refused = [&] {
        return Error::refused(QCoreApplication::translate("DataTable", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return refused();
    if (Status s = write(file, byteOrderMark); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return refused();
    return {};
}

} // namespace loyalty
