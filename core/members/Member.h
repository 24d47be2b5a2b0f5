#pragma once

#include "members/Birthday.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace loyalty {

enum class MemberStatus { Active, Archived, Erased };
QString toString(MemberStatus status);
std::optional<MemberStatus> memberStatusFromString(const QString &text);

enum class Gender { Unknown, Female, Male, Other };
QString toString(Gender gender);      // "unknown", "f", "m", "x"
std::optional<Gender> genderFromString(const QString &text);

struct Member {
    qint64 id = 0;
    QString card;
    QString name;
    QString phone;                    // normalised digits, empty when none
    Gender gender = Gender::Unknown;
    Birthday birthday;
    QString email;
    QStringList tags;
    QString note;
    bool consent = false;
    QDateTime consentAt;
    std::optional<qint64> referrerId;
    QDateTime joinedAt;
    MemberStatus status = MemberStatus::Active;
    int tierLevel = 0;
    QDate tierSince;
    qint64 points = 0;                // the balance: the sum of the member's ledger (cached)
    qint64 pointsDebt = 0;            // points taken back beyond what the lots held (SPEC §2, Lot)
    int visitCount = 0;               // non-void visits
    std::optional<QDateTime> lastVisitAt;
    QDateTime updatedAt;

    // What to call the member on screen: the name, or the phone when there is no name.
    QString displayName() const { return name.isEmpty() ? phone : name; }
};

// What a person typed into the member form or the command line. A field left as std::nullopt is
// not touched by an update; an empty string clears it.
struct MemberFields {
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QString> gender;
    std::optional<QString> birthday;
    std::optional<QString> email;
    std::optional<QString> tags;
    std::optional<QString> note;
    std::optional<QString> consent;   // yes/no
    std::optional<QString> referrer;  // REF: card, phone or id:N
};

} // namespace loyalty
