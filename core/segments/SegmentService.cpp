#include "segments/SegmentService.h"

#include "storage/MemberTotalsRepository.h"

namespace loyalty {

Result<QList<RfmInput>> SegmentService::inputs() const
{
    const QDate today = m_clock.today();
    QList<RfmInput> in;
    Status scanned = MemberTotalsRepository(m_db).scanStates(
        [&](const MemberTotalsRepository::StateRow &row) {
            in << RfmInput{row.id, row.lastVisit.isValid() ? int(row.lastVisit.daysTo(today)) : -1, row.visits12m, row.spend12mCents};
            return false;
        },
        [](MemberTotalsRepository::StateRow &&) {});
    if (!scanned)
        return scanned.error();
    return in;
}

Result<QList<RfmScore>> SegmentService::scores() const
{
    auto in = inputs();
    if (!in)
        return in.error();
    return Rfm::score(*in);
}

Result<RfmReport> SegmentService::rfm() const
{
    auto in = inputs();
    if (!in)
        return in.error();
    const QList<RfmScore> scored = Rfm::score(*in);
    RfmReport report;
    report.activeMembers = in->size();
    report.segmentOf.reserve(in->size());
    for (qsizetype i = 0; i < scored.size(); ++i) {
        const int s = int(scored.at(i).segment);
        report.members[s] += 1;
        report.spend12mCents[s] += in->at(i).spend12mCents;
        report.segmentOf.insert(scored.at(i).memberId, scored.at(i).segment);
    }
    return report;
}

Result<Rfm::Pareto> SegmentService::pareto() const
{
    auto in = inputs();
    if (!in)
        return in.error();
    QList<qint64> spends;
    spends.reserve(in->size());
    for (const RfmInput &m : std::as_const(*in))
        spends << m.spend12mCents;
    return Rfm::pareto(spends);
}

} // namespace loyalty
