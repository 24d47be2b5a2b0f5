#pragma once

#include "common/Result.h"
#include "dormancy/Outreach.h"

#include <QHash>

namespace loyalty {

class Database;

// The win-back log (SPEC §3.5): contacts made and coupons sent to bring members back.
class OutreachRepository {
public:
    explicit OutreachRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Contact &contact);
    // A member's contacts, newest first.
    Result<QList<Contact>> ofMember(qint64 memberId, int limit = 50) const;
    // The newest contact of each member that has one.
    Result<QHash<qint64, Contact>> latestByMember() const;
    // Contacts made while the member was at risk or dormant, by member then time.
    Result<QList<Contact>> whileAway() const;
    // When the member's first non-void visit after `at` was, if any.
    Result<std::optional<QDateTime>> firstVisitAfter(qint64 memberId, const QDateTime &at) const;

private:
    Database &m_db;
};

} // namespace loyalty
