#include "members/MemberService.h"

#include "members/CardNumber.h"
#include "members/PhoneNumber.h"
#include "points/PointsLedger.h"
#include "shop/Settings.h"
#include "storage/Database.h"

#include <QRegularExpression>

namespace loyalty {

namespace {

bool hasControlCharacters(const QString &s, bool allowNewlines)
{
    for (const QChar c : s) {
        if (allowNewlines && (c == u'\n' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

std::optional<bool> yesNo(const QString &input)
{
    const QString t = input.trimmed().toLower();
    if (t == u"yes" || t == u"y" || t == u"true" || t == u"1" || t == u"是")
        return true;
    if (t == u"no" || t == u"n" || t == u"false" || t == u"0" || t == u"否" || t.isEmpty())
        return false;
    return std::nullopt;
}

} // namespace

MemberService::MemberService(Database &db, const Clock &clock, Operator op)
    : m_db(db), m_clock(clock), m_operator(std::move(op)), m_repo(db)
{
}

Result<Member> MemberService::apply(const MemberFields &f, Member m, QList<Error> *all) const
{
    QList<Error> problems;
    const auto problem = [&problems](Error e) { problems << std::move(e); };

    if (f.name) {
        const QString name = f.name->simplified();
        if (hasControlCharacters(*f.name, false))
            problem(Error::invalid(tr("A name cannot contain line breaks or control characters."), QStringLiteral("name")));
        else if (codePoints(name) > kMaxNameLength)
            problem(Error::invalid(tr("A name is at most %1 characters long.").arg(kMaxNameLength), QStringLiteral("name")));
        else
            m.name = name;
    }
    if (f.phone) {
        if (f.phone->trimmed().isEmpty()) {
            m.phone.clear();
        } else if (auto p = PhoneNumber::normalise(*f.phone)) {
            m.phone = *p;
        } else {
            problem(p.error());
        }
    }
    if (f.gender) {
        if (auto g = genderFromString(*f.gender))
            m.gender = *g;
        else
            problem(Error::invalid(tr("Gender is f, m, x or unknown."), QStringLiteral("gender")));
    }
    if (f.birthday) {
        if (f.birthday->trimmed().isEmpty()) {
            m.birthday = {};
        } else if (auto b = Birthday::parse(*f.birthday, m_clock.today())) {
            m.birthday = *b;
        } else {
            problem(b.error());
        }
    }
    if (f.email) {
        static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
        const QString email = f.email->trimmed();
        if (email.size() > kMaxEmailLength)
            problem(Error::invalid(tr("An email address is at most %1 characters long.").arg(kMaxEmailLength), QStringLiteral("email")));
        else if (!email.isEmpty() && !shape.match(email).hasMatch())
            problem(Error::invalid(tr("“%1” does not look like an email address (name@example.com).").arg(email.left(60)),
                                   QStringLiteral("email")));
        else
            m.email = email;
    }
    if (f.tags) {
        static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
        QStringList tags;
        for (const QString &raw : f.tags->split(separators, Qt::SkipEmptyParts)) {
            const QString tag = raw.simplified();
            if (!tag.isEmpty() && !tags.contains(tag))
                tags << tag;
        }
        if (tags.size() > kMaxTags)
            problem(Error::invalid(tr("At most %1 tags.").arg(kMaxTags), QStringLiteral("tags")));
        else if (std::any_of(tags.cbegin(), tags.cend(), [](const QString &t) { return codePoints(t) > kMaxTagLength; }))
            problem(Error::invalid(tr("A tag is at most %1 characters long.").arg(kMaxTagLength), QStringLiteral("tags")));
        else
            m.tags = tags;
    }
    if (f.note) {
        if (codePoints(*f.note) > kMaxNoteLength)
            problem(Error::invalid(tr("A note is at most %1 characters long.").arg(kMaxNoteLength), QStringLiteral("note")));
        else if (hasControlCharacters(*f.note, true))
            problem(Error::invalid(tr("A note cannot contain control characters."), QStringLiteral("note")));
        else
            m.note = f.note->trimmed();
    }
    if (f.consent) {
        if (auto c = yesNo(*f.consent)) {
            if (*c != m.consent || !m.consentAt.isValid())
                m.consentAt = m_clock.now();
            m.consent = *c;
        } else {
            problem(Error::invalid(tr("Marketing consent is yes or no."), QStringLiteral("consent")));
        }
    }
    if (f.referrer) {
        if (f.referrer->trimmed().isEmpty()) {
            m.referrerId.reset();
        } else if (auto r = resolve(*f.referrer)) {
            if (r->id == m.id && m.id != 0)
                problem(Error::invalid(tr("A member cannot refer themselves."), QStringLiteral("referrer")));
            else
                m.referrerId = r->id;
        } else {
            problem(Error::invalid(tr("Referrer: %1").arg(r.error().message), QStringLiteral("referrer")));
        }
    }

    if (m.name.isEmpty() && m.phone.isEmpty())
        problem(Error::invalid(tr("Enter a name or a phone number (at least one)."), QStringLiteral("name")));

    if (!m.phone.isEmpty() && std::none_of(problems.cbegin(), problems.cend(), [](const Error &e) { return e.field == u"phone"; })) {
        auto holder = m_repo.byPhone(m.phone);
        if (!holder)
            problem(holder.error());
        else if (*holder && (*holder)->id != m.id)
            problem(Error::conflict(tr("This phone number already belongs to %1 (card %2).")
                                        .arg((*holder)->displayName(), (*holder)->card),
                                    QStringLiteral("phone")));
    }

    if (all)
        *all = problems;
    if (!problems.isEmpty())
        return problems.first();
    return m;
}

QList<Error> MemberService::validate(const MemberFields &fields, const Member &base) const
{
    QList<Error> problems;
    (void)apply(fields, base, &problems);
    return problems;
}

Result<Member> MemberService::add(const MemberFields &fields)
{
    Member draft;
    draft.joinedAt = m_clock.now();
    auto member = apply(fields, draft, nullptr);
    if (!member)
        return member.error();
    return insertNew(*member, true);
}

Result<Member> MemberService::addExisting(const MemberFields &fields, const Existing &existing)
{
    Member draft;
    draft.joinedAt = existing.joined.isValid() ? wallTime(existing.joined, QTime(0, 0)) : m_clock.now();
    draft.card = existing.card;
    auto member = apply(fields, draft, nullptr);
    if (!member)
        return member.error();
    return insertNew(*member, false);
}

Result<Member> MemberService::insertNew(Member member, bool signupBonus)
{
    Status s = m_db.transaction([&]() -> Status {
        // A new card from the sequence, passing over any a member brought along (an import).
        while (member.card.isEmpty()) {
            auto seq = m_repo.nextCardSequence();
            if (!seq)
                return seq.error();
            const QString card = CardNumber::fromSequence(*seq);
            auto taken = m_repo.byCard(card);
            if (!taken)
                return taken.error();
            if (!*taken)
                member.card = card;
        }
        member.tierSince = member.joinedAt.date();
        member.updatedAt = m_clock.now();
        auto id = m_repo.insert(member);
        if (!id)
            return id.error();
        member.id = *id;
        // The sign-up bonus (SPEC §3.1), when the shop gives one.
        auto rules = Settings(m_db).rules();
        if (!rules)
            return rules.error();
        if (signupBonus && rules->signupPoints > 0) {
            PointsLedger::Credit c;
            c.memberId = member.id;
            c.kind = LedgerKind::Bonus;
            c.points = rules->signupPoints;
            c.at = member.joinedAt;
            c.earnedOn = member.joinedAt.date();
            c.reason = BonusReason::Signup;
            if (auto e = PointsLedger(m_db, *rules, m_operator.name).credit(c); !e)
                return e.error();
            member.points = rules->signupPoints;
        }
        return {};
    });
    if (!s)
        return s.error();
    return member;
}

Result<Member> MemberService::update(qint64 id, const MemberFields &fields)
{
    auto current = m_repo.byId(id);
    if (!current)
        return current.error();
    if (current->status == MemberStatus::Erased)
        return Error::refused(tr("This member's personal data was erased; the record cannot be edited."));
    auto member = apply(fields, *current, nullptr);
    if (!member)
        return member.error();
    member->updatedAt = m_clock.now();
    Status s = m_db.transaction([&] { return m_repo.update(*member); });
    if (!s)
        return s.error();
    return member;
}

Result<Member> MemberService::archive(qint64 id)
{
    if (!m_operator.isOwner())
        return Error::permission(tr("Only the owner can archive members."));
    auto member = m_repo.byId(id);
    if (!member)
        return member.error();
    if (member->status != MemberStatus::Active)
        return Error::refused(tr("%1 is already archived or erased.").arg(member->displayName()));
    member->status = MemberStatus::Archived;
    member->updatedAt = m_clock.now();
    Status s = m_db.transaction([&] { return m_repo.update(*member); });
    if (!s)
        return s.error();
    return member;
}

Result<Member> MemberService::restore(qint64 id)
{
    if (!m_operator.isOwner())
        return Error::permission(tr("Only the owner can restore archived members."));
    auto member = m_repo.byId(id);
    if (!member)
        return member.error();
    if (member->status != MemberStatus::Archived)
        return Error::refused(tr("%1 is not archived.").arg(member->displayName()));
    member->status = MemberStatus::Active;
    member->updatedAt = m_clock.now();
    // Another member may have taken the phone number meanwhile.
    if (!member->phone.isEmpty()) {
        auto holder = m_repo.byPhone(member->phone);
        if (!holder)
            return holder.error();
        if (*holder && (*holder)->id != member->id)
            return Error::conflict(tr("This phone number already belongs to %1 (card %2).").arg((*holder)->displayName(), (*holder)->card),
                                   QStringLiteral("phone"));
    }
    Status s = m_db.transaction([&] { return m_repo.update(*member); });
    if (!s)
        return s.error();
    return member;
}

Result<Member> MemberService::byId(qint64 id) const
{
    return m_repo.byId(id);
}

Result<Member> MemberService::resolve(const QString &refInput) const
{
    const QString ref = refInput.trimmed();
    if (ref.startsWith(u"id:", Qt::CaseInsensitive)) {
        bool ok = false;
        const qint64 id = ref.mid(3).toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::invalid(tr("“%1” is not a member id (id:123).").arg(ref.left(40)));
        return m_repo.byId(id);
    }
    if (ref.isEmpty())
        return Error::invalid(tr("Name a member by card number, phone number or id:N."));
    auto byCard = m_repo.byCard(ref);
    if (!byCard)
        return byCard.error();
    if (*byCard)
        return **byCard;
    if (auto phone = PhoneNumber::normalise(ref)) {
        auto byPhone = m_repo.byPhone(*phone);
        if (!byPhone)
            return byPhone.error();
        if (*byPhone)
            return **byPhone;
    }
    return Error::notFound(tr("No member has the card or phone number “%1”.").arg(ref.left(40)));
}

Result<QList<Member>> MemberService::find(const QString &query, int limit, bool includeArchived) const
{
    return m_repo.search(query, limit, includeArchived);
}

} // namespace loyalty
