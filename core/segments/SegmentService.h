#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "segments/Rfm.h"

#include <QHash>

#include <array>

namespace loyalty {

class Database;

// RFM segments and the Pareto share (SPEC §3.7) of the active members, from what each member's row
// keeps (last visit, visits and spend of the 12 months): one pass over the members, no history.
struct RfmReport {
    std::array<qint64, kSegmentCount> members{};
    std::array<qint64, kSegmentCount> spend12mCents{};
    qint64 activeMembers = 0;
    QHash<qint64, Segment> segmentOf;   // by member id
};

class SegmentService {
public:
    SegmentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<RfmScore>> scores() const;
    Result<RfmReport> rfm() const;
    Result<Rfm::Pareto> pareto() const;
    // The same from inputs read elsewhere (the dashboard's one pass over the members); the map of
    // each member's segment only when asked for.
    static RfmReport rfmOf(const QList<RfmInput> &in, bool withSegmentOf = true);
    static Rfm::Pareto paretoOf(const QList<RfmInput> &in);

private:
    Result<QList<RfmInput>> inputs() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace loyalty
