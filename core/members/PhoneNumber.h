#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace loyalty {

// Phone numbers are stored normalised: digits only, a leading +86 / 0086 removed (SPEC §2).
class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    static constexpr int kMinDigits = 7;   // a local landline without area code
    static constexpr int kMaxDigits = 15;  // E.164

    // Spaces, dashes, dots and brackets are separators, not errors. Letters, too few or too many
    // digits are refused. A number that starts with 1 (a mainland mobile) needs exactly 11 digits.
    static Result<QString> normalise(const QString &input);

    // "138****5678" — what a cashier sees (SPEC §8.7).
    static QString masked(const QString &normalised);
    // "138 0013 8000" for 11-digit mobiles, the digits otherwise.
    static QString display(const QString &normalised);
};

} // namespace loyalty
