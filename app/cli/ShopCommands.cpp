// `init` and `demo` (SPEC §7).

#include "CommandLine.h"

#include "demo/DemoGenerator.h"
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
            err << ShopText::tr("%1 of %2 members…").arg(done).arg(total) << '\r';
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
    };
}

} // namespace loyalty::cli
