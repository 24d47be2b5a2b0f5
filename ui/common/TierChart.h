#pragma once

#include "tiers/Tier.h"

#include <QCoreApplication>
#include <QList>

class QChart;
class QColor;

namespace loyalty::ui {

// The tier pyramid as a chart (SPEC §3.4): each tier's share of the active members beside the
// share the owner aims for, the highest tier on top. The Tiers screen and the dashboard draw it.
class TierChart {
    Q_DECLARE_TR_FUNCTIONS(TierChart)

public:
    static QChart *create(const QList<Tier> &tiers, const QList<qint64> &membersByLevel, qint64 members, const QColor &labelColor);
};

} // namespace loyalty::ui
