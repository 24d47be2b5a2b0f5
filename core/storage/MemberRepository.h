#pragma once

#include "common/Result.h"
#include "members/Member.h"
#include "members/SearchKeys.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace loyalty {

class Database;

// How the member list is ordered and filtered (the Members screen).
struct MemberListQuery {
    enum class Sort { Name, Card, Phone, Joined, Points, Tier };
    Sort sort = Sort::Name;
    bool descending = false;
    bool includeArchived = false;
};

// Where the previous page ended: the sort value and id of its last row.
struct MemberCursor {
    QVariant sortValue;
    QString secondary; // name_fold when sorting by name
    qint64 id = 0;
};

// All SQL about members. Knows nothing of rules: MemberService validates, this stores.
class MemberRepository {
public:
    explicit MemberRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Member &member);
    Status update(const Member &member);
    Result<Member> byId(qint64 id) const;
    // Only what a checkout needs, read in one narrow query (the counter's hot path).
    struct CheckoutView {
        qint64 id = 0;
        QString name;
        MemberStatus status = MemberStatus::Active;
        qint64 points = 0;
        qint64 pointsDebt = 0;
        int tierLevel = 0;
        int birthdayMonth = 0;   // 0 when unknown
        std::optional<qint64> referrerId;
        int visitCount = 0;
        QDateTime lastVisitAt;   // invalid before the first visit
        QDate tierSince;         // the tier date (SPEC §3.4)
        QList<QDate> visitDays;  // the last distinct visit days, oldest first (SPEC §3.5)
        QDate joined;
    };
    Result<CheckoutView> forCheckout(qint64 id) const;
    // Every member's, in one read (bulk loads hold them all).
    Result<QList<CheckoutView>> allForCheckout() const;
    // Bulk loads: the trigger that keeps the name search's full-text index up to date as members
    // are added, and what rebuilds that index from the members table when it is back (for
    // Database::suspendIndexes).
    static QString searchIndexTrigger() { return QStringLiteral("members_fts_insert"); }
    static QString searchIndexRebuild();
    // Every member's joining time, by id (the demo's history starts there).
    Result<QHash<qint64, QDateTime>> joinDates() const;
    // std::nullopt when there is none; an Error only when the file cannot be read.
    Result<std::optional<Member>> byCard(const QString &card) const;
    Result<std::optional<Member>> byPhone(const QString &normalisedPhone) const;
    // Takes the next card sequence number (inside the caller's transaction).
    Result<qint64> nextCardSequence();

    // The counter's search: exact card and phone first, then phone tails, name, pinyin, any part.
    Result<QList<Member>> search(const QString &query, int limit, bool includeArchived = false) const;

    Result<QList<Member>> page(const MemberListQuery &query, const std::optional<MemberCursor> &after, int limit) const;
    static MemberCursor cursorOf(const Member &member, const MemberListQuery &query);
    Result<qint64> count(bool includeArchived) const;

private:
    QSqlDatabase db() const;
    Status bindAndStore(const Member &member, bool isInsert, qint64 *newId);

    Database &m_db;
};

} // namespace loyalty
