#include "shop/Settings.h"

#include "common/Clock.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace loyalty {

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
    };
    return defs;
}

const SettingDef *Settings::find(const QString &key)
{
    for (const SettingDef &d : definitions())
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

Result<QString> Settings::validate(const QString &key, const QString &input)
{
    const SettingDef *def = find(key);
    if (!def)
        return Error::invalid(tr("There is no setting called “%1”.").arg(key), key);
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
        return Error::invalid(tr("There is no setting called “%1”.").arg(key), key);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    auto q = exec(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    const QString value = q->next() ? q->value(0).toString() : QString::fromUtf8(def->defaultValue);
    m_cache.insert(key, value);
    return value;
}

QString Settings::text(const QString &key) const
{
    auto v = get(key);
    if (v)
        return *v;
    const SettingDef *def = find(key);
    return def ? QString::fromUtf8(def->defaultValue) : QString();
}

qint64 Settings::integer(const QString &key) const
{
    return text(key).toLongLong();
}

Status Settings::set(const QString &key, const QString &input, const Operator &op)
{
    if (!op.isOwner())
        return Error::permission(tr("Only the owner can change the shop's settings."));
    auto value = validate(key, input);
    if (!value)
        return value.error();
    const QString before = text(key);
    Status s = m_db.transaction([&]() -> Status {
        if (auto q = exec(m_db.connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {key, *value});
            !q)
            return q.error();
        return AuditLog(m_db).record(op, QStringLiteral("settings.set"),
                                     {{QStringLiteral("key"), key}, {QStringLiteral("before"), before}, {QStringLiteral("after"), *value}});
    });
    if (s)
        m_cache.insert(key, *value);
    return s;
}

} // namespace loyalty
