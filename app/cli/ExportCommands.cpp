// `export members/visits/ledger/coupons --out FILE [--no-bom]` (SPEC §6, §7). `export alerts` is
// with the alert commands.

#include "CliJson.h"
#include "CommandLine.h"

#include "csv/CsvExport.h"

#include <QDir>
#include <QFileInfo>

namespace loyalty::cli {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

std::function<Result<Output>(Session &, const Invocation &)> exporter(CsvExport::What what)
{
    return [what](Session &s, const Invocation &in) -> Result<Output> {
        const QString path = in.value(QStringLiteral("out"));
        auto rows = CsvExport::exportTo(*s.db, *s.clock, s.op, what, path, !in.has(QStringLiteral("no-bom")));
        if (!rows)
            return rows.error();
        const qint64 n = rows->value_or(0);
        Output o;
        o.json = {{QStringLiteral("rows"), n}, {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
        o.text = ExportText::tr("Wrote %n row(s) to %1.", nullptr, int(std::min<qint64>(n, INT_MAX))).arg(QDir::toNativeSeparators(path));
        return o;
    };
}

} // namespace

QList<CommandSpec> exportCommands()
{
    const QList<OptionSpec> options = {{QStringLiteral("out"), true, false, true}, {QStringLiteral("no-bom"), false}};
    const QString synopsis = QStringLiteral("--out FILE [--no-bom]");
    return {
        {QStringLiteral("export members"), synopsis,
         QT_TRANSLATE_NOOP("CliCommands", "Active members as CSV, in SPEC §6's column order (owner)."), 0, 0, options, true,
         exporter(CsvExport::What::Members)},
        {QStringLiteral("export visits"), synopsis,
         QT_TRANSLATE_NOOP("CliCommands", "Every visit as CSV, its items in one column, voided ones marked (owner)."), 0, 0, options, true,
         exporter(CsvExport::What::Visits)},
        {QStringLiteral("export ledger"), synopsis, QT_TRANSLATE_NOOP("CliCommands", "Every points ledger entry as CSV (owner)."), 0, 0,
         options, true, exporter(CsvExport::What::Ledger)},
        {QStringLiteral("export coupons"), synopsis, QT_TRANSLATE_NOOP("CliCommands", "Every coupon issued as CSV (owner)."), 0, 0, options,
         true, exporter(CsvExport::What::Coupons)},
    };
}

} // namespace loyalty::cli
