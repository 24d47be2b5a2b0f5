// `member add/find/show/update/archive/restore` (SPEC §7).

#include "CliJson.h"
#include "CommandLine.h"

#include "members/MemberProfile.h"
#include "members/MemberService.h"
#include "shop/Settings.h"
#include "storage/TierRepository.h"

#include <QJsonArray>

namespace loyalty::cli {

namespace {

struct MemberText {
    Q_DECLARE_TR_FUNCTIONS(MemberText)
};

const QList<OptionSpec> kFieldOptions = {
    {QStringLiteral("name")},     {QStringLiteral("phone")},    {QStringLiteral("birthday")},
    {QStringLiteral("gender")},   {QStringLiteral("email")},    {QStringLiteral("referrer")},
    {QStringLiteral("tags")},     {QStringLiteral("note")},     {QStringLiteral("consent")},
};

MemberFields fieldsFrom(const Invocation &in)
{
    MemberFields f;
    f.name = in.optional(QStringLiteral("name"));
    f.phone = in.optional(QStringLiteral("phone"));
    f.birthday = in.optional(QStringLiteral("birthday"));
    f.gender = in.optional(QStringLiteral("gender"));
    f.email = in.optional(QStringLiteral("email"));
    f.referrer = in.optional(QStringLiteral("referrer"));
    f.tags = in.optional(QStringLiteral("tags"));
    f.note = in.optional(QStringLiteral("note"));
    f.consent = in.optional(QStringLiteral("consent"));
    return f;
}

// The referrer's card, for showing who referred a member.
QString referrerCard(const MemberService &members, const Member &m)
{
    if (!m.referrerId)
        return {};
    auto r = members.byId(*m.referrerId);
    return r ? r->card : QString();
}

Result<Output> memberOutput(Session &s, const MemberService &members, const Member &m, const QString &headline)
{
    auto tiers = TierRepository(*s.db).ladder();
    if (!tiers)
        return tiers.error();
    Output o;
    o.json = memberJson(m, *tiers, s.op, referrerCard(members, m));
    o.text = headline.isEmpty() ? memberLine(m, *tiers, s.op) : headline + u'\n' + memberLine(m, *tiers, s.op);
    return o;
}

Result<Output> add(Session &s, const Invocation &in)
{
    MemberService members(*s.db, *s.clock, s.op);
    auto m = members.add(fieldsFrom(in));
    if (!m)
        return m.error();
    return memberOutput(s, members, *m, MemberText::tr("Registered member %1 with card %2.").arg(m->displayName(), m->card));
}

Result<Output> find(Session &s, const Invocation &in)
{
    int limit = 20;
    if (in.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = in.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return Error::invalid(MemberText::tr("--limit takes a whole number from 1 to 1000, not “%1”.").arg(in.value(QStringLiteral("limit"))));
    }
    MemberService members(*s.db, *s.clock, s.op);
    auto found = members.find(in.positional.join(u' '), limit, in.has(QStringLiteral("archived")));
    if (!found)
        return found.error();
    auto tiers = TierRepository(*s.db).ladder();
    if (!tiers)
        return tiers.error();
    Output o;
    QJsonArray results;
    QStringList lines;
    for (const Member &m : std::as_const(*found)) {
        results.append(memberJson(m, *tiers, s.op, referrerCard(members, m)));
        lines << memberLine(m, *tiers, s.op);
    }
    o.json = {{QStringLiteral("results"), results}, {QStringLiteral("count"), results.size()}};
    o.text = lines.isEmpty() ? MemberText::tr("No member matches “%1”.").arg(in.positional.join(u' ')) : lines.join(u'\n');
    return o;
}

Result<Output> show(Session &s, const Invocation &in)
{
    MemberService members(*s.db, *s.clock, s.op);
    auto m = members.resolve(in.positional.first());
    if (!m)
        return m.error();
    auto profile = MemberProfileService(*s.db, *s.clock).load(*m);
    if (!profile)
        return profile.error();
    auto tiers = TierRepository(*s.db).ladder();
    if (!tiers)
        return tiers.error();
    Output o;
    o.json = profileJson(*profile, *tiers, s.op, referrerCard(members, *m));
    o.text = profileText(*profile, Settings(*s.db).currency(), s.op);
    return o;
}

Result<Output> update(Session &s, const Invocation &in)
{
    MemberService members(*s.db, *s.clock, s.op);
    auto m = members.resolve(in.positional.first());
    if (!m)
        return m.error();
    auto updated = members.update(m->id, fieldsFrom(in));
    if (!updated)
        return updated.error();
    return memberOutput(s, members, *updated, MemberText::tr("Saved."));
}

Result<Output> archive(Session &s, const Invocation &in)
{
    MemberService members(*s.db, *s.clock, s.op);
    auto m = members.resolve(in.positional.first());
    if (!m)
        return m.error();
    auto archived = members.archive(m->id);
    if (!archived)
        return archived.error();
    return memberOutput(s, members, *archived, MemberText::tr("Archived %1: hidden from the counter, history kept.").arg(archived->displayName()));
}

Result<Output> restore(Session &s, const Invocation &in)
{
    MemberService members(*s.db, *s.clock, s.op);
    auto m = members.resolve(in.positional.first());
    if (!m)
        return m.error();
    auto restored = members.restore(m->id);
    if (!restored)
        return restored.error();
    return memberOutput(s, members, *restored, MemberText::tr("%1 is active again.").arg(restored->displayName()));
}

} // namespace

QList<CommandSpec> memberCommands()
{
    QList<OptionSpec> updateOptions = kFieldOptions;
    return {
        {QStringLiteral("member add"),
         QStringLiteral("--name N [--phone P] [--birthday MM-DD|YYYY-MM-DD] [--gender f/m/x] [--email E] [--referrer REF] [--tags a,b] [--note T] [--consent yes/no]"),
         QT_TRANSLATE_NOOP("CliCommands", "Register a member (a name or a phone is needed)."), 0, 0, kFieldOptions, true, add,
         [](const Invocation &in) {
             return in.has(QStringLiteral("name")) || in.has(QStringLiteral("phone"))
                        ? QString()
                        : CommandLine::tr("“member add” needs --name or --phone.");
         }},
        {QStringLiteral("member find"), QStringLiteral("QUERY [--limit N] [--archived]"),
         QT_TRANSLATE_NOOP("CliCommands", "Find members by card, phone (full or last 4 digits), name part, pinyin or initials."), 1, 20,
         {{QStringLiteral("limit")}, {QStringLiteral("archived"), false}}, true, find},
        {QStringLiteral("member show"), QStringLiteral("REF"),
         QT_TRANSLATE_NOOP("CliCommands", "Show one member (REF: card number, phone number or id:N)."), 1, 1, {}, true, show},
        {QStringLiteral("member update"), QStringLiteral("REF --FIELD VALUE…"),
         QT_TRANSLATE_NOOP("CliCommands", "Change a member's details (same options as member add)."), 1, 1, updateOptions, true, update,
         [](const Invocation &in) {
             return in.options.isEmpty() ? CommandLine::tr("“member update” needs at least one field to change, e.g. --phone P.") : QString();
         }},
        {QStringLiteral("member archive"), QStringLiteral("REF"),
         QT_TRANSLATE_NOOP("CliCommands", "Hide a member from the counter, keeping their history (owner only)."), 1, 1, {}, true, archive},
        {QStringLiteral("member restore"), QStringLiteral("REF"),
         QT_TRANSLATE_NOOP("CliCommands", "Make an archived member active again (owner only)."), 1, 1, {}, true, restore},
    };
}

} // namespace loyalty::cli
