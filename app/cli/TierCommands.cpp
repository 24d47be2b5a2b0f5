// `tiers review` and `report tiers` (SPEC §3.4, §7).

#include "CliJson.h"
#include "CommandLine.h"

#include "common/Money.h"
#include "shop/Settings.h"
#include "storage/TierRepository.h"
#include "tiers/TierService.h"

#include <QJsonArray>

namespace loyalty::cli {

namespace {

struct TierText {
    Q_DECLARE_TR_FUNCTIONS(TierText)
};

Result<Output> tiersReview(Session &s, const Invocation &)
{
    // Reports everything applied in this run: the reviews at open and any due now.
    auto now = TierService(*s.db, *s.clock).reviewDue();
    if (!now)
        return now.error();
    TierReviewReport all = s.atOpen.tiers;
    all.days << now->days;
    all.changed << now->changed;
    all.renewed += now->renewed;
    all.kept += now->kept;
    auto ladder = TierRepository(*s.db).ladder();
    if (!ladder)
        return ladder.error();

    QJsonArray changed;
    QStringList lines;
    for (const TierChange &c : std::as_const(all.changed)) {
        changed.append(QJsonObject{{QStringLiteral("card"), c.card},
                                   {QStringLiteral("from"), ladder->at(c.from).name},
                                   {QStringLiteral("to"), ladder->at(c.to).name},
                                   {QStringLiteral("from_level"), c.from},
                                   {QStringLiteral("to_level"), c.to},
                                   {QStringLiteral("on"), c.on.toString(Qt::ISODate)}});
        lines << QStringLiteral("  %1  %2 → %3  (%4)").arg(c.card, ladder->at(c.from).name, ladder->at(c.to).name, c.on.toString(Qt::ISODate));
    }
    QJsonArray days;
    for (const QDate &d : std::as_const(all.days))
        days.append(d.toString(Qt::ISODate));
    Output o;
    o.json = {{QStringLiteral("changed"), changed},
              {QStringLiteral("reviews"), days},
              {QStringLiteral("renewed"), all.renewed},
              {QStringLiteral("kept"), all.kept},
              {QStringLiteral("as_of"), s.clock->today().toString(Qt::ISODate)}};
    if (all.days.isEmpty()) {
        o.text = TierText::tr("No tier review was due: tiers are reviewed as of the first day of each month.");
    } else {
        lines.prepend(TierText::tr("Reviewed tiers as of %1: %n member(s) moved, %2 renewed, %3 kept in their grace.", nullptr,
                                   int(all.changed.size()))
                          .arg(all.days.last().toString(Qt::ISODate))
                          .arg(all.renewed)
                          .arg(all.kept));
        o.text = lines.join(u'\n');
    }
    return o;
}

QJsonObject previewJson(const LadderPreview &p)
{
    QJsonArray byLevel;
    for (const qint64 n : p.byLevel)
        byLevel.append(n);
    return {{QStringLiteral("members_by_level"), byLevel}, {QStringLiteral("up"), p.up}, {QStringLiteral("down"), p.down}};
}

Result<Output> reportTiers(Session &s, const Invocation &)
{
    auto report = TierService(*s.db, *s.clock).report();
    if (!report)
        return report.error();
    const QString currency = Settings(*s.db).currency();
    QJsonArray tiers;
    QStringList lines;
    lines << TierText::tr("Tiers as of %1: %n active member(s); spend over the last 12 months.", nullptr, int(report->members))
                 .arg(report->asOf.toString(Qt::ISODate));
    // Columns padded by their width on a terminal, where a Chinese character takes two.
    const auto line = [](const QStringList &cells) {
        static const int widths[] = {10, 13, 9, 9, 8, 13};
        QString out = QStringLiteral("  ");
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += i == 0 ? padded(cells.at(i), widths[i]) : padded(cells.at(i), widths[i], true);
        return out;
    };
    lines << line({TierText::tr("tier"), TierText::tr("threshold"), TierText::tr("members"), TierText::tr("share"), TierText::tr("target"),
                   TierText::tr("suggested")});
    for (int i = int(report->ladder.size()) - 1; i >= 0; --i) {
        const Tier &t = report->ladder.at(i);
        const qint64 members = report->membersByLevel.value(i);
        const qint64 share = TierReport::shareBasisPoints(members, report->members);
        const qint64 suggested = report->suggestedThresholds.value(i);
        const qint64 withSuggestion = report->suggested.byLevel.value(i);
        tiers.prepend(QJsonObject{{QStringLiteral("level"), t.level},
                                  {QStringLiteral("name"), t.name},
                                  {QStringLiteral("threshold_cents"), t.thresholdCents},
                                  {QStringLiteral("earn_percent"), t.earnPercent},
                                  {QStringLiteral("members"), members},
                                  {QStringLiteral("share_percent"), percentJson(share)},
                                  {QStringLiteral("target_percent"), t.targetPercent},
                                  {QStringLiteral("qualifying_members"), report->current.byLevel.value(i)},
                                  {QStringLiteral("suggested_threshold_cents"), suggested},
                                  {QStringLiteral("suggested_members"), withSuggestion},
                                  {QStringLiteral("suggested_share_percent"), percentJson(TierReport::shareBasisPoints(withSuggestion, report->members))}});
        lines << line({t.name, Money(t.thresholdCents).format(currency), QString::number(members), percentText(share),
                       QStringLiteral("%1%").arg(t.targetPercent), Money(suggested).format(currency)});
    }
    lines << TierText::tr("With the suggested thresholds — members whose spend would reach a higher tier: %1; "
                          "who would no longer reach their own: %2.")
                 .arg(report->suggested.up)
                 .arg(report->suggested.down);
    Output o;
    o.json = {{QStringLiteral("as_of"), report->asOf.toString(Qt::ISODate)},
              {QStringLiteral("members"), report->members},
              {QStringLiteral("tiers"), tiers},
              {QStringLiteral("current"), previewJson(report->current)},
              {QStringLiteral("suggested"), previewJson(report->suggested)}};
    o.text = lines.join(u'\n');
    return o;
}

} // namespace

QList<CommandSpec> tierCommands()
{
    return {
        {QStringLiteral("tiers review"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "Run the monthly tier reviews that are due, as of now."), 0, 0, {}, true, tiersReview},
        {QStringLiteral("report tiers"), QString(),
         QT_TRANSLATE_NOOP("CliCommands", "The tier pyramid against its target shares, with suggested thresholds."), 0, 0, {}, true,
         reportTiers},
    };
}

} // namespace loyalty::cli
