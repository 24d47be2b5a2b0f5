#pragma once

#include "common/Result.h"
#include "operators/Operator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace loyalty {

class Database;

// One setting of the shop: its key (SPEC §3 names), what values it takes and its default.
struct SettingDef {
    enum class Kind { Text, Integer, Code };
    const char *key;
    Kind kind;
    const char *defaultValue;
    qint64 min = 0;         // Integer: smallest value; Text: smallest length
    qint64 max = 0;         // Integer: largest value; Text: largest length
    const char *pattern = nullptr; // Code: a regular expression the value must match
};

// The shop's rules and details, kept in the shop file (SPEC §2), with their keys and defaults in
// one table. Reads are cached; writes are validated, stored in one transaction and audited.
class Settings {
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    explicit Settings(Database &db) : m_db(db) {}

    static const QList<SettingDef> &definitions();
    static const SettingDef *find(const QString &key);

    Result<QString> get(const QString &key) const;
    Status set(const QString &key, const QString &value, const Operator &op);
    // Checks a value against its definition without storing it; returns it normalised.
    static Result<QString> validate(const QString &key, const QString &value);

    QString text(const QString &key) const;   // the stored value, or the default
    qint64 integer(const QString &key) const;

    QString shopName() const { return text(QStringLiteral("shop.name")); }
    QString currency() const { return text(QStringLiteral("shop.currency")); }
    QString language() const { return text(QStringLiteral("shop.language")); }

    void invalidate() { m_cache.clear(); }

private:
    Database &m_db;
    mutable QHash<QString, QString> m_cache;
};

} // namespace loyalty
