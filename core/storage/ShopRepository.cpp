#include "storage/ShopRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

Result<QHash<QString, QString>> ShopRepository::settings() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT key, value FROM settings"));
    if (!q)
        return q.error();
    QHash<QString, QString> values;
    while (q->next())
        values.insert(q->value(0).toString(), q->value(1).toString());
    return values;
}

Status ShopRepository::putSetting(const QString &key, const QString &value)
{
    if (auto q = m_db.execCached(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                 {key, value.isNull() ? QStringLiteral("") : value});   // an empty value, never NULL
        !q)
        return q.error();
    return {};
}

Status ShopRepository::removeSetting(const QString &key)
{
    if (auto q = m_db.execCached(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}); !q)
        return q.error();
    return {};
}

Status ShopRepository::appendAudit(const QDateTime &at, const QString &op, const QString &action, const QString &detailsJson)
{
    if (auto q = m_db.execCached(QStringLiteral("INSERT INTO audit_log(at, operator, action, details) VALUES (?, ?, ?, ?)"),
                                 {toStorage(at), op, action, detailsJson});
        !q)
        return q.error();
    return {};
}

Status ShopRepository::setMeta(const QString &key, const QString &value)
{
    if (auto q = m_db.execCached(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {value, key}); !q)
        return q.error();
    return {};
}

Result<QString> ShopRepository::meta(const QString &key) const
{
    auto value = m_db.value(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!value)
        return value.error();
    return value->toString();
}

} // namespace loyalty
