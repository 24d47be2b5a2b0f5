#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace loyalty {

class Database;

// All SQL about the shop's own small tables: its settings (key → value), the append-only audit log
// and `meta` (bookkeeping such as the last maintenance day).
class ShopRepository {
public:
    explicit ShopRepository(Database &db) : m_db(db) {}

    Result<QHash<QString, QString>> settings() const;
    Status putSetting(const QString &key, const QString &value);
    Status removeSetting(const QString &key);

    Status appendAudit(const QDateTime &at, const QString &op, const QString &action, const QString &detailsJson);

    Status setMeta(const QString &key, const QString &value);
    // The value of a meta key; empty when it is not there.
    Result<QString> meta(const QString &key) const;

private:
    Database &m_db;
};

} // namespace loyalty
