// `export members/visits/ledger/coupons --out FILE [--no-bom]` and `import members FILE [--dry-run]`
// (SPEC §6, §7). `export alerts` is with the alert commands.

#include "CliJson.h"
#include "CommandLine.h"

#include "csv/CsvExport.h"
#include "members/MemberImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

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

Result<Output> importMembers(Session &s, const Invocation &in)
{
    const QString path = in.positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(ExportText::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const bool dryRun = in.has(QStringLiteral("dry-run"));
    auto report = MemberImport(*s.db, *s.clock, s.op).run(file.readAll(), dryRun);
    if (!report)
        return report.error();
    QJsonArray errors;
    QStringList lines;
    for (const ImportProblem &p : std::as_const(report->errors)) {
        errors.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
        lines << ExportText::tr("  line %1: %2").arg(p.line).arg(p.reason);
    }
    Output o;
    o.json = {{QStringLiteral("imported"), report->imported},
              {QStringLiteral("skipped"), report->skipped},
              {QStringLiteral("errors"), errors},
              {QStringLiteral("encoding"), report->encoding},
              {QStringLiteral("dry_run"), dryRun}};
    lines.prepend(dryRun ? ExportText::tr("Dry run (%1): %2 member(s) would be imported, %3 row(s) have a problem.")
                               .arg(report->encoding)
                               .arg(report->imported)
                               .arg(report->skipped)
                         : ExportText::tr("Imported %1 member(s) (%2); %3 row(s) with a problem were left out.")
                               .arg(report->imported)
                               .arg(report->encoding)
                               .arg(report->skipped));
    o.text = lines.join(u'\n');
    return o;
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
        {QStringLiteral("import members"), QStringLiteral("FILE [--dry-run]"),
         QT_TRANSLATE_NOOP("CliCommands", "Members from a CSV file: English or Chinese headers, UTF-8 or GB18030; every bad row reported "
                                          "with its line (owner)."),
         1, 1, {{QStringLiteral("dry-run"), false}}, true, importMembers},
        {QStringLiteral("export coupons"), synopsis, QT_TRANSLATE_NOOP("CliCommands", "Every coupon issued as CSV (owner)."), 0, 0, options,
         true, exporter(CsvExport::What::Coupons)},
    };
}

} // namespace loyalty::cli
