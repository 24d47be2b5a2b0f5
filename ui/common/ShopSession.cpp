#include "common/ShopSession.h"

#include "members/PhoneNumber.h"

namespace loyalty::ui {

ShopSession::ShopSession(QObject *parent) : QObject(parent), m_clock(std::make_unique<SystemClock>()) {}

ShopSession::~ShopSession()
{
    m_members.reset();
    m_settings.reset();
}

void ShopSession::adopt(std::unique_ptr<Database> db)
{
    close();
    m_db = std::move(db);
    rebuildServices();
    emit opened();
}

void ShopSession::close()
{
    if (!m_db)
        return;
    m_members.reset();
    m_settings.reset();
    m_db.reset();
    emit closed();
}

void ShopSession::setClock(std::unique_ptr<Clock> clock)
{
    m_clock = std::move(clock);
    if (m_db)
        rebuildServices();
}

void ShopSession::rebuildServices()
{
    m_members = std::make_unique<MemberService>(*m_db, *m_clock, m_operator);
    m_settings = std::make_unique<Settings>(*m_db);
}

QString ShopSession::phoneForDisplay(const QString &normalised) const
{
    if (normalised.isEmpty())
        return {};
    return m_operator.isOwner() ? PhoneNumber::display(normalised) : PhoneNumber::masked(normalised);
}

} // namespace loyalty::ui
