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

RfmReport SegmentService::rfmOf(const QList<RfmInput> &in, bool withSegmentOf)
{
    const QList<RfmScore> scored = Rfm::score(in);
    RfmReport report;
    report.activeMembers = in.size();
    if (withSegmentOf)
        report.segmentOf.reserve(in.size());
    for (qsizetype i = 0; i < scored.size(); ++i) {
        const int s = int(scored.at(i).segment);
        report.members[s] += 1;
        report.spend12mCents[s] += in.at(i).spend12mCents;
        if (withSegmentOf)
            report.segmentOf.insert(scored.at(i).memberId, scored.at(i).segment);
    }
    return report;
}

Rfm::Pareto SegmentService::paretoOf(const QList<RfmInput> &in)
{
    QList<qint64> spends;
    spends.reserve(in.size());
    for (const RfmInput &m : in)
        spends << m.spend12mCents;
    return Rfm::pareto(std::move(spends));
}

Result<RfmReport> SegmentService::rfm() const
{
    auto in = inputs();
    if (!in)
        return in.error();
    return rfmOf(*in);
}

Result<Rfm::Pareto> SegmentService::pareto() const
{
    auto in = inputs();
    if (!in)
        return in.error();
    return paretoOf(*in);
}

} // namespace loyalty
