#pragma once

#include "common/Result.h"
#include "operators/Operator.h"

#include <QJsonObject>
#include <QString>

namespace loyalty {

class Database;

// The append-only audit log (SPEC §8.8): who, when, what, before and after.
class AuditLog {
public:
    explicit AuditLog(Database &db) : m_db(db) {}
    // Call inside the transaction of the operation being recorded.
    Status record(const Operator &op, const QString &action, const QJsonObject &details);

private:
    Database &m_db;
};

} // namespace loyalty
