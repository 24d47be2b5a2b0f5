#include "shop/Settings.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/ShopRepository.h"
#include "storage/TierRepository.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace loyalty {

namespace {

// The keys that make up the Rules struct (SPEC §3.1-3.3).
bool isRuleKey(const QString &key)
{
    for (const char *prefix : {"earn.", "promo.", "bonus.", "redeem.", "expiry."})
        if (key.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

Error unknownSetting(const QString &key)
{
    return Error::invalid(Settings::tr("There is no setting called “%1”.").arg(key), key);
}

// Settings that must keep an order between them, low ≤ high.
struct OrderedPair {
    const char *low;
    const char *high;
};
constexpr OrderedPair kOrdered[] = {
    {"dormancy.min_gap_days", "dormancy.max_gap_days"},
};

// Checks the values after a change (`after`: stored values with the changes applied) against the
// rules between settings, for the pairs that `changes` touch.
Status checkTogether(const QHash<QString, QString> &after, const QList<Settings::Change> &changes)
{
    const auto changed = [&](const QString &key) {
        return std::any_of(changes.cbegin(), changes.cend(), [&](const Settings::Change &c) { return c.first == key; });
    };
    for (const OrderedPair &pair : kOrdered) {
        const QString low = QString::fromLatin1(pair.low);
        const QString high = QString::fromLatin1(pair.high);
        if (!changed(low) && !changed(high))
            continue;
        const qint64 lowValue = after.value(low, Settings::defaultValue(low)).toLongLong();
        const qint64 highValue = after.value(high, Settings::defaultValue(high)).toLongLong();
        if (lowValue > highValue)
            return Error::invalid(
                Settings::tr("%1 (%2) cannot be more than %3 (%4).").arg(low).arg(lowValue).arg(high).arg(highValue),
                changed(low) ? low : high);
    }
    return Status::success();
}

} // namespace

const QList<SettingDef> &Settings::definitions()
{
    using K = SettingDef::Kind;
    static const QList<SettingDef> defs = {
        {"shop.name", K::Text, "", 1, 100},
        {"shop.currency", K::Code, "CNY", 0, 0, "^[A-Z]{3}$"},
        {"shop.language", K::Code, "en", 0, 0, "^(en|zh_CN|zh_TW)$"},
        {"shop.footer", K::Text, "", 0, 500},
        {"dormancy.min_gap_days", K::Integer, "3", 1, 365},
        {"dormancy.max_gap_days", K::Integer, "90", 1, 365},
        // SPEC §3.1: earning. Percents and rates are capped at 1,000 so that the earning formula
        // stays far inside 64-bit integers (see Money::kMaxCents).
        {"earn.points_per_yuan", K::Integer, "1", 0, 1000},
        {"earn.category_percent.*", K::Integer, "100", 0, 1000},
        {"promo.member_day", K::Integer, "11", 0, 31},
        {"promo.member_day_percent", K::Integer, "200", 100, 1000},
        {"bonus.birthday_points", K::Integer, "100", 0, 1000000},
        {"bonus.referral_points", K::Integer, "200", 0, 1000000},
        {"bonus.signup_points", K::Integer, "0", 0, 1000000},
        // SPEC §3.2: redeeming.
        {"redeem.points_per_yuan", K::Integer, "100", 1, 100000},
        {"redeem.max_percent", K::Integer, "50", 0, 100},
        {"redeem.min_points", K::Integer, "100", 0, 1000000},
        // SPEC §3.3: expiry.
        {"expiry.mode", K::Code, "rolling", 0, 0, "^(rolling|yearly|none)$"},
        {"expiry.months", K::Integer, "12", 1, 120},
        // SPEC §3.4: tiers. The ladder itself lives in the tiers table; its keys read and write it
        // ("tiers.<n>.<field>", n = 0 for the lowest); their defaults are the shop language's.
        {"tiers.grace_months", K::Integer, "12", 0, 60},
        // SPEC §5: the receipt printer's paper.
        {"printer.paper_mm", K::Code, "80", 0, 0, "^(58|80)$"},
        {"printer.kind", K::Code, "system", 0, 0, "^(system|escpos)$"},
        {"printer.name", K::Text, "", 0, 200},
        {"printer.escpos_target", K::Text, "", 0, 200},
        {"printer.auto_print", K::Integer, "0", 0, 1},
        {"tiers.*.name", K::Text, "", 1, TierLadder::kMaxNameLength},
        {"tiers.*.threshold_cents", K::Integer, "", 0, Money::kMaxCents},
        {"tiers.*.earn_percent", K::Integer, "", 0, TierLadder::kMaxEarnPercent},
        {"tiers.*.perks", K::Text, "", 0, TierLadder::kMaxPerksLength},
        {"tiers.*.color", K::Code, "", 0, 0, "^(#[0-9a-fA-F]{6})?$"},
        {"tiers.*.target_percent", K::Integer, "", 0, 100},
    };
    return defs;
}

const SettingDef *Settings::find(const QString &key)
{
    for (const SettingDef &d : definitions()) {
        const QLatin1String name(d.key);
        if (key == name)
            return &d;
        // A "*" stands for a category name ("earn.category_percent.*") or a tier level ("tiers.*.name").
        const qsizetype star = name.indexOf(u'*');
        if (star < 0)
            continue;
        const QLatin1String prefix = name.left(star);
        const QLatin1String suffix = name.mid(star + 1);
        if (key.size() <= prefix.size() + suffix.size() || !key.startsWith(prefix) || !key.endsWith(suffix))
            continue;
        const QStringView part = QStringView(key).mid(prefix.size(), key.size() - prefix.size() - suffix.size());
        if (prefix == QLatin1String("tiers.")) {
            if (part.size() == 1 && part.at(0) >= u'0' && part.at(0) < QChar(u'0' + TierLadder::kLevels))
                return &d;
        } else if (part.size() <= kMaxCategoryLength) {
            return &d;
        }
    }
    return nullptr;
}

std::optional<Settings::TierKey> Settings::tierKey(const QString &key)
{
    const SettingDef *def = find(key);
    if (!def || !QLatin1String(def->key).startsWith(QLatin1String("tiers.*.")))
        return std::nullopt;
    return TierKey{key.at(6).digitValue(), key.mid(8)};
}

QString Settings::tierField(const Tier &tier, const QString &field)
{
    if (field == u"name")
        return tier.name;
    if (field == u"threshold_cents")
        return QString::number(tier.thresholdCents);
    if (field == u"earn_percent")
        return QString::number(tier.earnPercent);
    if (field == u"perks")
        return tier.perks;
    if (field == u"color")
        return tier.color;
    return QString::number(tier.targetPercent);
}

void Settings::setTierField(Tier &tier, const QString &field, const QString &value)
{
    if (field == u"name")
        tier.name = value;
    else if (field == u"threshold_cents")
        tier.thresholdCents = value.toLongLong();
    else if (field == u"earn_percent")
        tier.earnPercent = value.toInt();
    else if (field == u"perks")
        tier.perks = value;
    else if (field == u"color")
        tier.color = value;
    else
        tier.targetPercent = value.toInt();
}

Result<QHash<QString, QString>> Settings::storedValues() const
{
    // Every stored setting, read once per connection and kept until the settings change.
    if (const auto *cached = m_db.cached<QHash<QString, QString>>(QStringLiteral("settings")))
        return *cached;
    auto values = ShopRepository(m_db).settings();
    if (!values)
        return values.error();
    m_db.putCached(QStringLiteral("settings"), *values);
    return values;
}

Result<Rules> Settings::rules() const
{
    if (const auto *cached = m_db.cached<Rules>(QStringLiteral("rules")))
        return *cached;
    auto stored = storedValues();
    if (!stored)
        return stored.error();
    auto r = rulesFrom(*stored);
    if (!r)
        return r.error();
    m_db.putCached(QStringLiteral("rules"), *r);
    return r;
}

Result<Rules> Settings::rulesFrom(const QHash<QString, QString> &values)
{
    // Only the rules' keys matter here; each is checked as a stored value would be.
    QHash<QString, QString> checked;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isRuleKey(it.key()) || !find(it.key()))
            continue;
        auto value = validate(it.key(), it.value());
        if (!value)
            return value.error();
        checked.insert(it.key(), *value);
    }
    const auto text = [&](const char *key) {
        const QString name = QString::fromLatin1(key);
        return checked.value(name, defaultValue(name));
    };
    const auto number = [&](const char *key) { return text(key).toLongLong(); };
    Rules r;
    const QString prefix = categoryPrefix();
    for (auto it = checked.cbegin(); it != checked.cend(); ++it)
        if (it.key().startsWith(prefix))
            r.categoryPercent.insert(it.key().mid(prefix.size()).toCaseFolded(), it.value().toInt());
    r.pointsPerYuan = int(number("earn.points_per_yuan"));
    r.memberDay = int(number("promo.member_day"));
    r.memberDayPercent = int(number("promo.member_day_percent"));
    r.birthdayPoints = number("bonus.birthday_points");
    r.referralPoints = number("bonus.referral_points");
    r.signupPoints = number("bonus.signup_points");
    r.redeemPointsPerYuan = number("redeem.points_per_yuan");
    r.redeemMaxPercent = int(number("redeem.max_percent"));
    r.redeemMinPoints = number("redeem.min_points");
    const QString mode = text("expiry.mode");
    r.expiryMode = mode == u"yearly" ? ExpiryMode::Yearly : mode == u"none" ? ExpiryMode::None : ExpiryMode::Rolling;
    r.expiryMonths = int(number("expiry.months"));
    return r;
}

Result<QString> Settings::validate(const QString &key, const QString &input)
{
    const SettingDef *def = find(key);
    if (!def)
        return unknownSetting(key);
    switch (def->kind) {
    case SettingDef::Kind::Text: {
        const QString value = input.trimmed();
        if (value.size() < def->min)
            return Error::invalid(tr("%1 cannot be empty.").arg(key), key);
        if (value.size() > def->max)
            return Error::invalid(tr("%1 is at most %2 characters long.").arg(key).arg(def->max), key);
        return value;
    }
    case SettingDef::Kind::Integer: {
        bool ok = false;
        const qint64 v = input.trimmed().toLongLong(&ok);
        if (!ok)
            return Error::invalid(tr("%1 takes a whole number, not “%2”.").arg(key, input.left(40)), key);
        if (v < def->min || v > def->max)
            return Error::invalid(tr("%1 must be between %2 and %3.").arg(key).arg(def->min).arg(def->max), key);
        return QString::number(v);
    }
    case SettingDef::Kind::Code: {
        const QString value = key == u"shop.currency" ? input.trimmed().toUpper() : input.trimmed();
        if (!QRegularExpression(QString::fromLatin1(def->pattern)).match(value).hasMatch())
            return Error::invalid(tr("“%1” is not a valid value for %2.").arg(input.left(40), key), key);
        return value;
    }
    }
    return Error::internal(QStringLiteral("unknown setting kind"));
}

Result<QString> Settings::get(const QString &key) const
{
    const SettingDef *def = find(key);
    if (!def)
        return unknownSetting(key);
    if (const auto tk = tierKey(key)) {
        auto ladder = TierRepository(m_db).ladder();
        if (!ladder)
            return ladder.error();
        return tierField(ladder->at(tk->level), tk->field);
    }
    auto stored = storedValues();
    if (!stored)
        return stored.error();
    return stored->value(key, QString::fromUtf8(def->defaultValue));
}

QString Settings::defaultValue(const QString &key)
{
    const SettingDef *def = find(key);
    return def ? QString::fromUtf8(def->defaultValue) : QString();
}

QString Settings::text(const QString &key) const
{
    auto v = get(key);
    return v ? *v : defaultValue(key);
}

qint64 Settings::integer(const QString &key) const
{
    return text(key).toLongLong();
}

Status Settings::set(const QString &key, const QString &input, const Operator &op)
{
    return setMany({Change(key, input)}, op);
}

Status Settings::setMany(const QList<Change> &changes, const Operator &op)
{
    if (!op.isOwner())
        return Error::permission(tr("Only the owner can change the shop's settings."));
    auto stored = storedValues();
    if (!stored)
        return stored.error();
    auto ladder = TierRepository(m_db).ladder();
    if (!ladder)
        return ladder.error();
    // Every value checked first, then how they fit together; nothing is stored until all pass.
    QList<Change> checked;
    QHash<QString, QString> after = *stored;
    TierLadder tiersAfter = *ladder;
    QList<std::pair<QString, QString>> tierChanges;   // key, value
    for (const auto &[key, input] : changes) {
        if (const auto tk = tierKey(key)) {
            // Back to the default: the default tier of the shop's language.
            QString value;
            if (input) {
                auto v = validate(key, *input);
                if (!v)
                    return v.error();
                value = *v;
            } else {
                value = tierField(schema::defaultTier(tk->level, language()), tk->field);
            }
            setTierField(tiersAfter.tiers()[tk->level], tk->field, value);
            tierChanges << std::pair{key, value};
            continue;
        }
        if (!input) {
            if (!find(key))
                return unknownSetting(key);
            checked << Change(key, std::nullopt);
            after.remove(key);
            continue;
        }
        auto value = validate(key, *input);
        if (!value)
            return value.error();
        checked << Change(key, *value);
        after.insert(key, *value);
    }
    if (Status together = checkTogether(after, changes); !together)
        return together;
    if (!tierChanges.isEmpty())
        if (Status valid = tiersAfter.validate(); !valid)
            return valid;

    ShopRepository repo(m_db);
    Status s = m_db.transaction([&]() -> Status {
        QHash<QString, QString> current = *stored;
        for (const auto &[key, value] : std::as_const(checked)) {
            const QString before = current.value(key, defaultValue(key));
            // A value is stored; going back to the default removes the row.
            if (Status written = value ? repo.putSetting(key, *value) : repo.removeSetting(key); !written)
                return written;
            QJsonObject details{{QStringLiteral("key"), key}, {QStringLiteral("before"), before},
                {QStringLiteral("after"), value.value_or(defaultValue(key))}};
            if (!value)
                details.insert(QStringLiteral("default"), true);
            if (Status audited = AuditLog(m_db).record(op, QStringLiteral("settings.set"), details); !audited)
                return audited;
            if (value)
                current.insert(key, *value);
            else
                current.remove(key);
        }
        if (tierChanges.isEmpty())
            return Status::success();
        if (Status saved = TierRepository(m_db).save(tiersAfter); !saved)
            return saved;
        for (const auto &[key, value] : std::as_const(tierChanges)) {
            const auto tk = tierKey(key);
            const QJsonObject details{{QStringLiteral("key"), key}, {QStringLiteral("before"), tierField(ladder->at(tk->level), tk->field)},
                                      {QStringLiteral("after"), value}};
            if (Status audited = AuditLog(m_db).record(op, QStringLiteral("settings.set"), details); !audited)
                return audited;
        }
        return Status::success();
    });
    m_db.invalidateCaches();
    return s;
}

} // namespace loyalty
