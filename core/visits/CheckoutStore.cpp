#include "visits/CheckoutStore.h"

#include "storage/VisitRepository.h"

namespace loyalty {

DirectCheckoutStore::DirectCheckoutStore(Database &db) : m_db(db), m_ledger(db), m_tiers(db), m_coupons(db) {}

Result<std::optional<Visit>> DirectCheckoutStore::visitByUuid(const QString &uuid)
{
    return VisitRepository(m_db).byUuid(uuid);
}

Result<CheckoutStore::Member> DirectCheckoutStore::member(qint64 id) const
{
    return MemberRepository(m_db).forCheckout(id);
}

Result<bool> DirectCheckoutStore::hasStandingBonus(qint64 memberId, const QString &reason, std::optional<int> year,
                                                   std::optional<qint64> relatedMemberId) const
{
    return m_ledger.hasStandingBonus(memberId, reason, year, relatedMemberId);
}

Result<bool> DirectCheckoutStore::wasBonusGranted(qint64 memberId, const QString &reason, qint64 relatedMemberId) const
{
    return m_ledger.wasBonusGranted(memberId, reason, relatedMemberId);
}

Result<qint64> DirectCheckoutStore::insertVisit(const Visit &visit)
{
    return VisitRepository(m_db).insert(visit);
}

Status DirectCheckoutStore::countVisit(const MemberTotalsRepository::Counted &counted)
{
    return MemberTotalsRepository(m_db).countVisit(counted);
}

Result<qint64> DirectCheckoutStore::spendBetween(qint64 memberId, const QDate &first, const QDate &last) const
{
    return VisitRepository(m_db).spendBetween(memberId, first, last);
}

} // namespace loyalty
