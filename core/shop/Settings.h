#pragma once

#include "common/Result.h"
#include "operators/Operator.h"
#include "tiers/Tier.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace loyalty {

class Database;

enum class ExpiryMode { Rolling, Yearly, None };

// The rules of SPEC §3.1-3.3 as one plain struct, read at once for a checkout.
struct Rules {
    int pointsPerYuan = 1;
    QHash<QString, int> categoryPercent;   // case-folded category → percent (100 when absent)
    int memberDay = 11;                    // 0: no member day
    int memberDayPercent = 200;
    qint64 birthdayPoints = 100;
    qint64 referralPoints = 200;
    qint64 signupPoints = 0;
    qint64 redeemPointsPerYuan = 100;
    int redeemMaxPercent = 50;
    qint64 redeemMinPoints = 100;
    ExpiryMode expiryMode = ExpiryMode::Rolling;
    int expiryMonths = 12;

    int categoryPercentOf(const QString &category) const { return categoryPercent.value(category.toCaseFolded(), 100); }
};

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

    // One change for setMany(): a key and its new value, or std::nullopt to go back to the default
    // (which removes the stored row: that is how a category percent is removed).
    using Change = QPair<QString, std::optional<QString>>;

    static const QList<SettingDef> &definitions();
    static const SettingDef *find(const QString &key);
    static QString defaultValue(const QString &key);

    // Category percents are one key per category: "earn.category_percent.<category>".
    static constexpr qsizetype kMaxCategoryLength = 40;
    static QString categoryPrefix() { return QStringLiteral("earn.category_percent."); }

    Result<QString> get(const QString &key) const;
    Status set(const QString &key, const QString &value, const Operator &op);
    // Owner only. Checks every value and how they fit together (with the stored values they leave
    // in place) first; stores nothing when one is wrong and returns the first problem with its key
    // as the field. Otherwise stores them all in one transaction, each audited.
    Status setMany(const QList<Change> &changes, const Operator &op);
    // Checks a value against its definition without storing it; returns it normalised.
    static Result<QString> validate(const QString &key, const QString &value);

    // The ladder's keys, "tiers.<level>.<field>" (SPEC §3.4): they read and write the tiers table.
    struct TierKey {
        int level = 0;
        QString field;   // name, threshold_cents, earn_percent, perks, color, target_percent
    };
    static std::optional<TierKey> tierKey(const QString &key);
    static QString tierField(const Tier &tier, const QString &field);
    static void setTierField(Tier &tier, const QString &field, const QString &value);

    // Every stored setting as key → value (defaults are not included).
    Result<QHash<QString, QString>> storedValues() const;

    QString text(const QString &key) const;   // the stored value, or the default
    qint64 integer(const QString &key) const;

    // The rules for a checkout, read in one go.
    Result<Rules> rules() const;
    // The rules that `values` (key → value, as stored; a missing key takes its default) make, e.g.
    // for a preview of settings not saved yet. A value that is not valid is an error.
    static Result<Rules> rulesFrom(const QHash<QString, QString> &values);

    QString shopName() const { return text(QStringLiteral("shop.name")); }
    QString currency() const { return text(QStringLiteral("shop.currency")); }
    QString language() const { return text(QStringLiteral("shop.language")); }

private:
    Database &m_db;
};

} // namespace loyalty
