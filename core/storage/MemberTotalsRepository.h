#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>

#include <optional>

namespace loyalty {

class Database;

// What a member's row keeps about their visits so that nothing needs their history again: the
// count, the last visit, the last distinct visit days with the typical gap they give (SPEC §3.5),
// and the qualifying spend of the 12 months up to the shop's spend day (meta.spend_12m_day). A visit
// adds to them; a void recounts one member; the daily maintenance moves the spend window along.
class MemberTotalsRepository {
public:
    explicit MemberTotalsRepository(Database &db) : m_db(db) {}

    struct Counted {
        qint64 memberId = 0;
        QDateTime at;
        qint64 points = 0;              // the balance after the visit
        qint64 debt = 0;
        QList<QDate> visitDays;         // the member's last distinct visit days, this one's included
        std::optional<int> typicalGapDays;
        qint64 spendCents = 0;          // the visit's qualifying spend
    };
    // One more non-void visit (one write of the member's row per visit).
    Status countVisit(const Counted &c);
    // After a void: the member's count, last visit, visit days and typical gap from their non-void
    // visits, and the voided visit's spend out of their 12 months when it was in them.
    Status recount(qint64 memberId, const QDate &voidedDay, qint64 voidedSpendCents);
    // Every member's visit days and typical gap from the history (a migration, a repair).
    Status rebuildRhythms();
    // Members whose kept visit days or typical gap differ from their history (`check`): card, what
    // is kept, what the history says; at most `limit`.
    struct Mismatch {
        QString card;
        QString kept;
        QString history;
    };
    Result<QList<Mismatch>> rhythmMismatches(int limit) const;
    // Every non-void visit's member and day, by member then time, in one pass.
    Status scanVisitDays(const std::function<void(qint64 memberId, const QDate &day)> &each) const;

    // The day the stored 12-month spends are counted up to (invalid before the first count).
    Result<QDate> spendDay() const;
    // Moves every member's 12-month spend to the window ending on `today`: only the days that left
    // or joined the window are read (a day's visits at each day change), all of it when the window
    // was never counted or moved a year or more.
    Status moveSpendWindow(const QDate &today);
    // Bulk loads write visits without counting spend: the next moveSpendWindow counts it all again.
    // Only a BulkStatement, so a bulk load's writing thread may call it.
    Status forgetSpendWindow();

    // The shop-wide median of the members' known typical gaps (SPEC §3.5), none when nobody has one.
    Result<std::optional<int>> medianTypicalGap() const;
    // What every active member's state is worked out from, in one pass over the members (no
    // history): SPEC §9 wants all states in well under 150 ms for 100,000 members.
    struct StateRow {
        qint64 id = 0;
        int tierLevel = 0;
        int visits = 0;
        QDate joined;
        QDate lastVisit;            // invalid before the first visit
        int typicalGapDays = -1;    // -1: unknown
        qint64 spend12mCents = 0;
        int visits12m = 0;          // non-void visits in the same 12 months
        QDate snoozedUntil;         // invalid: not snoozed
        QString card;               // read only for the rows `each` asks details of
        QString name;
        QString phone;

        bool snoozed(const QDate &today) const { return snoozedUntil.isValid() && today < snoozedUntil; }
    };
    // Calls `each` for every active member; when it returns true, the member's card, name and phone
    // are read as well and the row handed to `detailed`.
    Status scanStates(const std::function<bool(const StateRow &)> &each, const std::function<void(StateRow &&)> &detailed) const;
    Result<StateRow> stateRow(qint64 memberId) const;   // whatever the member's status
    Status setSnoozedUntil(qint64 memberId, const QDate &until);   // invalid date: no snooze
    // How many members are active, and every member's balance added up (the ledger's sum).
    Result<std::pair<qint64, qint64>> activeMembersAndPoints() const;

private:
    Status addSpendOfDays(const QDate &first, const QDate &last, int sign);

    Database &m_db;
};

} // namespace loyalty
