#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Operator.h"
#include "shop/ShopMaintenance.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMultiMap>
#include <QStringList>

#include <functional>
#include <memory>

namespace loyalty::cli {

// Exit codes (SPEC §7).
enum Exit { Done = 0, Refused = 1, Usage = 2, ShopUnusable = 3 };
int exitCodeFor(const Error &error);

struct OptionSpec {
    QString name;          // without the leading dashes
    bool takesValue = true;
    bool repeatable = false;
    bool required = false;
};

// One parsed command line: the command's positional arguments and options.
struct Invocation {
    QStringList positional;
    QMultiMap<QString, QString> options;

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
    std::optional<QString> optional(const QString &name) const
    {
        return has(name) ? std::optional<QString>(value(name)) : std::nullopt;
    }
    QStringList values(const QString &name) const;  // in the order given
};

// What a command hands back: one JSON object for --json, and text for people.
struct Output {
    QJsonObject json;
    QString text;
    int exitCode = 0;   // `check` finds problems: 1, with its report printed
};

// Everything a command runs with: the shop (opened before the command when it needs one), the
// clock (fixed by --now), the operator and how to print.
struct Session {
    QString dbPath;
    std::unique_ptr<Database> db;
    std::unique_ptr<Clock> clock;
    Operator op;
    bool json = false;
    MaintenanceReport atOpen;     // what the automatic pass at open applied (SPEC §3.3)
};

struct CommandSpec {
    QString path;                 // "member add"
    QString synopsis;             // "REF --delta N --reason T"
    const char *summary;          // for --help; translated when shown
    int minPositional = 0;
    int maxPositional = 0;
    QList<OptionSpec> options;
    bool needsShop = true;        // open --db before running
    std::function<Result<Output>(Session &, const Invocation &)> run;
    // Checked after parsing, before the shop is opened: a usage problem, or empty.
    std::function<QString(const Invocation &)> checkUsage = {};
};

// The table of commands; each group of commands registers itself in its own file.
QList<CommandSpec> memberCommands();
QList<CommandSpec> shopCommands();
QList<CommandSpec> visitCommands();
QList<CommandSpec> tierCommands();
QList<CommandSpec> couponCommands();
QList<CommandSpec> alertCommands();
QList<CommandSpec> exportCommands();

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    // Runs the whole program: parses `args` (without the program name), opens the shop, runs the
    // command and prints. Returns the exit code.
    int run(const QStringList &args);

private:
    int usageError(const QString &message) const;
    QString helpText() const;

    QList<CommandSpec> m_commands;
};

} // namespace loyalty::cli
