#include "members/Member.h"

namespace loyalty {

QString toString(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return QStringLiteral("active");
    case MemberStatus::Archived:
        return QStringLiteral("archived");
    case MemberStatus::Erased:
        return QStringLiteral("erased");
    }
    return {};
}

std::optional<MemberStatus> memberStatusFromString(const QString &text)
{
    if (text == u"active")
        return MemberStatus::Active;
    if (text == u"archived")
        return MemberStatus::Archived;
    if (text == u"erased")
        return MemberStatus::Erased;
    return std::nullopt;
}

QString toString(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return QStringLiteral("f");
    case Gender::Male:
        return QStringLiteral("m");
    case Gender::Other:
        return QStringLiteral("x");
    case Gender::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Gender> genderFromString(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty() || text == u"unknown" || text == u"u" || text == u"?")
        return Gender::Unknown;
    if (text == u"f" || text == u"female" || text == u"w" || text == u"女")
        return Gender::Female;
    if (text == u"m" || text == u"male" || text == u"男")
        return Gender::Male;
    if (text == u"x" || text == u"other" || text == u"其他")
        return Gender::Other;
    return std::nullopt;
}

} // namespace loyalty
