// `init` and `demo` (SPEC §7).

#include "CommandLine.h"

#include "demo/DemoGenerator.h"
#include "shop/Backups.h"
#include "shop/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace loyalty::cli {

namespace {

struct ShopText {
    Q_DECLARE_TR_FUNCTIONS(ShopText)
};

// The shop's language for a new file: the one the person at the keyboard reads.
QString systemShopLanguage()
{
    const QLocale locale;
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    return locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
                   || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao
               ? QStringLiteral("zh_TW")
               : QStringLiteral("zh_CN");
}

Result<int> parseCount(const Invocation &in, const QString &name, qint64 max, qint64 fallback)
{
    if (!in.has(name))
        return int(fallback);
    bool ok = false;
    const qint64 n = in.value(name).toLongLong(&ok);
    if (!ok || n < 0 || n > max)
        return Error::invalid(ShopText::tr("--%1 takes a whole number from 0 to %2, not “%3”.").arg(name).arg(max).arg(in.value(name)));
    return int(n);
}

Result<Output> init(Session &s, const Invocation &in)
{
    ShopProfile profile;
    profile.language = in.has(QStringLiteral("language")) ? in.value(QStringLiteral("language")) : systemShopLanguage();
    profile.name = in.has(QStringLiteral("shop-name")) ? in.value(QStringLiteral("shop-name")) : ShopText::tr("My Shop");
    profile.currency = in.has(QStringLiteral("currency")) ? in.value(QStringLiteral("currency")) : QStringLiteral("CNY");
    for (const auto &[key, value] : {std::pair{QStringLiteral("shop.name"), &profile.name},
                                     std::pair{QStringLiteral("shop.currency"), &profile.currency},
                                     std::pair{QStringLiteral("shop.language"), &profile.language}}) {
        auto valid = Settings::validate(key, *value);
        if (!valid)
            return valid.error();
        *value = *valid;
    }
    auto db = Database::create(s.dbPath, profile);
    if (!db)
        return db.error();
    Output o;
    o.json = {{QStringLiteral("db"), s.dbPath}, {QStringLiteral("shop_name"), profile.name}, {QStringLiteral("currency"), profile.currency}};
    o.text = ShopText::tr("Created the shop “%1” in %2.").arg(profile.name, QDir::toNativeSeparators(s.dbPath));
    return o;
}

Result<Output> demo(Session &s, const Invocation &in)
{
    auto members = parseCount(in, QStringLiteral("members"), 1'000'000, 2000);
    if (!members)
        return members.error();
    auto visits = parseCount(in, QStringLiteral("visits"), 100'000'000, 0);
    if (!visits)
        return visits.error();
    bool seedOk = true;
    const quint64 seed = in.has(QStringLiteral("seed")) ? in.value(QStringLiteral("seed")).toULongLong(&seedOk) : 1;
    if (!seedOk)
        return Error::invalid(ShopText::tr("--seed takes a whole number, not “%1”.").arg(in.value(QStringLiteral("seed"))));

    // A missing file becomes a new demo shop; an existing one must be a shop without members.
    std::unique_ptr<Database> db;
    if (QFileInfo::exists(s.dbPath)) {
        auto opened = Database::open(s.dbPath);
        if (!opened)
            return opened.error();
        db = std::move(opened).value();
    } else {
        ShopProfile profile;
        profile.language = systemShopLanguage();
        profile.name = ShopText::tr("Demo Shop");
        auto created = Database::create(s.dbPath, profile);
        if (!created)
            return created.error();
        db = std::move(created).value();
    }
    DemoOptions options;
    options.members = *members;
    options.visits = *visits;
    options.seed = seed;
    options.language = Settings(*db).language();
    const bool showProgress = !s.json;
    auto result = DemoGenerator(*db, *s.clock).run(options, [showProgress](qint64 done, qint64 total) {
        if (showProgress && total >= 10'000) {
            QTextStream err(stderr);
            // Members first, then visits: one share of the whole work.
            err << ShopText::tr("Building the demo shop… %1%").arg(done * 100 / total) << '\r';
        }
        return true;
    });
    if (!result)
        return result.error();
    Output o;
    o.json = {{QStringLiteral("db"), s.dbPath}, {QStringLiteral("members"), result->members}, {QStringLiteral("visits"), result->visits}};
    o.text = ShopText::tr("The demo shop %1 is ready: %2 members, %3 visits.").arg(QDir::toNativeSeparators(s.dbPath)).arg(result->members).arg(result->visits);
    return o;
}

// `backup [--to DIR]` (SPEC §8.5): a verified copy now, for a scheduler or before a risky change.
Result<Output> backup(Session &s, const Invocation &in)
{
    if (!s.op.isOwner())
        return Error::permission(ShopText::tr("Only the owner can make backups from the command line."));
    auto made = Backups(*s.db, *s.clock).make(QStringLiteral("manual"), in.value(QStringLiteral("to")));
    if (!made)
        return made.error();
    Output o;
    o.json = {{QStringLiteral("file"), made->path}, {QStringLiteral("bytes"), made->bytes}, {QStringLiteral("at"), toStorage(made->at)}};
    o.text = ShopText::tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(made->path));
    return o;
}

// `restore FILE`: the shop file is replaced by a verified backup; the file it replaces is kept. The
// shop is not opened first: restoring is how a damaged file is repaired.
Result<Output> restore(Session &s, const Invocation &in)
{
    auto kept = Backups::restore(in.positional.first(), s.dbPath, s.clock->now());
    if (!kept)
        return kept.error();
    Output o;
    o.json = {{QStringLiteral("db"), s.dbPath}, {QStringLiteral("restored_from"), QFileInfo(in.positional.first()).absoluteFilePath()},
              {QStringLiteral("replaced_file"), kept->isEmpty() ? QJsonValue() : QJsonValue(*kept)}};
    o.text = kept->isEmpty() ? ShopText::tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(s.dbPath), QDir::toNativeSeparators(in.positional.first()))
                             : ShopText::tr("Restored %1 from %2. The file it replaced is kept as %3.")
                                   .arg(QDir::toNativeSeparators(s.dbPath), QDir::toNativeSeparators(in.positional.first()), QDir::toNativeSeparators(*kept));
    return o;
}

} // namespace

QList<CommandSpec> shopCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("[--shop-name N] [--currency CNY] [--language en|zh_CN|zh_TW]"),
         QT_TRANSLATE_NOOP("CliCommands", "Create a new shop file (refuses one that exists)."), 0, 0,
         {{QStringLiteral("shop-name")}, {QStringLiteral("currency")}, {QStringLiteral("language")}}, false, init},
        {QStringLiteral("demo"), QStringLiteral("--members N --visits M [--seed S]"),
         QT_TRANSLATE_NOOP("CliCommands", "Fill a new shop with realistic synthetic members."), 0, 0,
         {{QStringLiteral("members")}, {QStringLiteral("visits")}, {QStringLiteral("seed")}}, false, demo},
        {QStringLiteral("backup"), QStringLiteral("[--to DIR]"),
         QT_TRANSLATE_NOOP("CliCommands", "Write a verified backup copy of the shop (into its backups folder, or DIR)."), 0, 0,
         {{QStringLiteral("to")}}, true, backup},
        {QStringLiteral("restore"), QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("CliCommands", "Replace the shop file by a backup (checked first; the replaced file is kept)."), 1, 1, {}, false, restore},
    };
}

} // namespace loyalty::cli
