#include "CommandLine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace loyalty::cli {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const QList<OptionSpec> kGlobalOptions = {
    {QStringLiteral("db")},
    {QStringLiteral("now")},
    {QStringLiteral("json"), false},
    {QStringLiteral("operator")},
    {QStringLiteral("pin")},
    {QStringLiteral("help"), false},
    {QStringLiteral("version"), false},
};

const OptionSpec *findOption(const QList<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &o : specs)
        if (o.name == name)
            return &o;
    return nullptr;
}

QString errorKind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::Refused:
        return QStringLiteral("refused");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Permission:
        return QStringLiteral("permission");
    case ErrorCode::FileUnusable:
        return QStringLiteral("shop_unusable");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
}

} // namespace

int exitCodeFor(const Error &error)
{
    return error.code == ErrorCode::FileUnusable ? ShopUnusable : Refused;
}

QStringList Invocation::values(const QString &name) const
{
    QStringList list = options.values(name);
    std::reverse(list.begin(), list.end()); // QMultiMap returns the newest first
    return list;
}

CommandLine::CommandLine()
{
    m_commands << shopCommands() << memberCommands() << visitCommands() << tierCommands() << couponCommands() << alertCommands() << exportCommands();
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: loyaltydesk-cli [--db FILE] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--operator NAME --pin PIN] COMMAND …") + u"\n\n"
                   + tr("Commands:") + u'\n';
    for (const CommandSpec &c : m_commands)
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.path, c.synopsis, QCoreApplication::translate("CliCommands", c.summary));
    text += u'\n' + tr("Exit codes: 0 done, 1 refused or a value that does not parse, 2 usage error, 3 the shop file cannot be used.") + u'\n';
    return text;
}

int CommandLine::usageError(const QString &message) const
{
    err() << tr("Usage error: %1").arg(message) << '\n' << tr("Run loyaltydesk-cli --help for the commands.") << '\n';
    err().flush();
    return Usage;
}

int CommandLine::run(const QStringList &args)
{
    // 1. Parse. Global options may stand anywhere; the leading words name the command; after it
    //    come its own options and positional arguments.
    Invocation global;
    Invocation local;
    QStringList path;
    const CommandSpec *command = nullptr;
    const auto isPathPrefix = [this](const QStringList &words) {
        return std::any_of(m_commands.cbegin(), m_commands.cend(), [&words](const CommandSpec &c) {
            const QStringList p = c.path.split(u' ');
            return p.size() >= words.size() && p.mid(0, words.size()) == words;
        });
    };
    const auto settleCommand = [&]() -> bool {
        if (command)
            return true;
        for (const CommandSpec &c : std::as_const(m_commands))
            if (c.path.split(u' ') == path)
                command = &c;
        return command != nullptr;
    };
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool isOption = !onlyPositional && arg.startsWith(u"--") && arg.size() > 2;
        if (!onlyPositional && arg == u"--") {
            onlyPositional = true;
            continue;
        }
        if (!isOption) {
            if (arg == u"-h" && !onlyPositional) {
                global.options.insert(QStringLiteral("help"), {});
            } else if (!command && isPathPrefix(QStringList(path) << arg)) {
                path << arg;
            } else {
                if (!settleCommand())
                    return global.has(QStringLiteral("help")) ? (out() << helpText(), out().flush(), int(Done))
                                                               : usageError(tr("unknown command “%1”.").arg((QStringList(path) << arg).join(u' ')));
                local.positional << arg;
            }
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        const OptionSpec *spec = findOption(kGlobalOptions, name);
        Invocation *target = &global;
        if (!spec) {
            if (!settleCommand()) {
                if (global.has(QStringLiteral("help")))
                    continue;
                return usageError(path.isEmpty() ? tr("unknown option --%1.").arg(name)
                                                 : tr("unknown command “%1”.").arg(path.join(u' ')));
            }
            spec = findOption(command->options, name);
            if (!spec)
                return usageError(tr("“%1” has no option --%2.").arg(command->path, name));
            target = &local;
        }
        QString value;
        if (spec->takesValue) {
            if (inlineValue)
                value = *inlineValue;
            else if (i + 1 < args.size())
                value = args.at(++i);
            else
                return usageError(tr("--%1 needs a value.").arg(name));
        } else if (inlineValue) {
            return usageError(tr("--%1 takes no value.").arg(name));
        }
        if (target->has(name) && !spec->repeatable)
            return usageError(tr("--%1 is given twice.").arg(name));
        if (spec->repeatable)
            target->options.insert(name, value);
        else
            target->options.replace(name, value);
    }

    if (global.has(QStringLiteral("version"))) {
        out() << "loyaltydesk-cli " LOYALTYDESK_VERSION "\n";
        out().flush();
        return Done;
    }
    if (global.has(QStringLiteral("help"))) {
        out() << helpText();
        out().flush();
        return Done;
    }
    if (path.isEmpty()) { // a usage error: the explanation goes to stderr, stdout stays clean
        err() << helpText();
        err().flush();
        return Usage;
    }
    if (!settleCommand())
        return usageError(tr("unknown command “%1”.").arg(path.join(u' ')));

    // 2. Check the command's arguments.
    for (const OptionSpec &o : command->options)
        if (o.required && !local.has(o.name))
            return usageError(tr("“%1” needs --%2.").arg(command->path, o.name));
    if (local.positional.size() < command->minPositional || local.positional.size() > command->maxPositional)
        return usageError(tr("“%1” takes: %2").arg(command->path, command->synopsis));
    if (command->checkUsage)
        if (const QString problem = command->checkUsage(local); !problem.isEmpty())
            return usageError(problem);

    // 3. The session: clock, shop file, operator.
    Session session;
    session.json = global.has(QStringLiteral("json"));
    if (global.has(QStringLiteral("now"))) {
        const QString text = global.value(QStringLiteral("now"));
        QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid())
            at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!at.isValid())
            return usageError(tr("--now takes a local time like 2026-03-11T10:00:00, not “%1”.").arg(text));
        session.clock = std::make_unique<FixedClock>(at.toLocalTime()); // held as local wall time
    } else {
        session.clock = std::make_unique<SystemClock>();
    }
    session.dbPath = global.has(QStringLiteral("db"))
                         ? QFileInfo(global.value(QStringLiteral("db"))).absoluteFilePath()
                         : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("shop.sqlite"));

    const auto fail = [&session](const Error &error) {
        if (session.json)
            printJson({{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), errorKind(error.code)}, {QStringLiteral("message"), error.message}}}});
        err() << error.message << '\n';
        err().flush();
        return exitCodeFor(error);
    };

    if (command->needsShop) {
        auto db = Database::open(session.dbPath);
        if (!db)
            return fail(db.error());
        session.db = std::move(db).value();
        // Expiry and the tier reviews that are due happen by themselves whenever the shop is opened.
        auto maintained = ShopMaintenance(*session.db, *session.clock).run();
        if (!maintained)
            return fail(maintained.error());
        session.atOpen = *maintained;
    }
    // Operators with PINs arrive with their own issue; until a PIN is set the CLI acts as the
    // owner (SPEC §8.7), whatever --operator says.
    session.op = Operator::owner();

    // 4. Run and print.
    auto result = command->run(session, local);
    if (!result)
        return fail(result.error());
    if (session.json)
        printJson(result->json);
    else if (!result->text.isEmpty())
        out() << result->text << (result->text.endsWith(u'\n') ? "" : "\n");
    out().flush();
    return result->exitCode;
}

} // namespace loyalty::cli
