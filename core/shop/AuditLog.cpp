#include "shop/AuditLog.h"

#include "common/Clock.h"
#include "storage/ShopRepository.h"

#include <QJsonDocument>

namespace loyalty {

Status AuditLog::record(const Operator &op, const QString &action, const QJsonObject &details)
{
    return ShopRepository(m_db).appendAudit(SystemClock().now(), op.name, action,
                                            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

} // namespace loyalty
