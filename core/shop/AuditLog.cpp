#include "shop/AuditLog.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace loyalty {

Status AuditLog::record(const Operator &op, const QString &action, const QJsonObject &details)
{
    auto q = exec(m_db.connection(), QStringLiteral("INSERT INTO audit_log(at, operator, action, details) VALUES (?, ?, ?, ?)"),
                  {toStorage(SystemClock().now()), op.name, action,
                   QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    return {};
}

} // namespace loyalty
