#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "members/Member.h"
#include "operators/Operator.h"
#include "storage/MemberRepository.h"

#include <QCoreApplication>

namespace loyalty {

class Database;

// Registering, editing, archiving and finding members (SPEC §2, §4 step 1). The GUI's member dialog
// and `loyaltydesk-cli member …` both come through here.
class MemberService {
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    static constexpr int kMaxNameLength = 100;   // characters (code points)
    static constexpr int kMaxNoteLength = 2000;
    static constexpr int kMaxEmailLength = 254;
    static constexpr int kMaxTags = 20;
    static constexpr int kMaxTagLength = 30;

    MemberService(Database &db, const Clock &clock, Operator op = Operator::owner());

    // Every problem with `fields` applied to `base` (a new member when base.id == 0), one Error per
    // field, so a form can show them all inline. Empty when the member can be saved.
    QList<Error> validate(const MemberFields &fields, const Member &base = {}) const;

    Result<Member> add(const MemberFields &fields);
    // Registering someone who was a member elsewhere (a CSV import): their card kept when given
    // (else a new one), the day they joined, and no sign-up bonus.
    struct Existing {
        QString card;
        QDate joined;
    };
    Result<Member> addExisting(const MemberFields &fields, const Existing &existing);
    Result<Member> update(qint64 id, const MemberFields &fields);
    Result<Member> archive(qint64 id);
    Result<Member> restore(qint64 id);

    Result<Member> byId(qint64 id) const;
    // REF: a card number, a phone number (any accepted spelling) or "id:N" (SPEC §7).
    Result<Member> resolve(const QString &ref) const;
    Result<QList<Member>> find(const QString &query, int limit = 20, bool includeArchived = false) const;

    MemberRepository &repository() { return m_repo; }

private:
    Result<Member> insertNew(Member member, bool signupBonus);
    // Applies validated fields to a copy of `base`; the first problem when there is one.
    Result<Member> apply(const MemberFields &fields, Member base, QList<Error> *all) const;

    Database &m_db;
    const Clock &m_clock;
    Operator m_operator;
    MemberRepository m_repo;
};

} // namespace loyalty
