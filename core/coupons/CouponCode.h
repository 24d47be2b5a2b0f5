#pragma once

#include <QString>

namespace loyalty {

// A coupon's code (SPEC §3.6): 60 random bits from the system's cryptographic generator, written
// as 12 symbols of Crockford's base32 and a check symbol from the same 32 (Luhn mod 32), so that a
// mistyped code is told apart from an unknown one. Shown in groups of four ("7KQ2-M9XD-3RTB-W");
// read case-insensitively, with I and L as 1, O as 0, and dashes and spaces ignored.
class CouponCode {
public:
    static constexpr int kDataSymbols = 12;   // 60 bits
    static constexpr int kLength = kDataSymbols + 1;

    enum class Reading {
        Ok,         // a well-formed code (whether any coupon has it is the store's question)
        NotACode,   // wrong length or a symbol that is not in the alphabet
        Typo,       // the check symbol does not match: a symbol was mistyped or two swapped
    };
    struct Parsed {
        Reading reading = Reading::NotACode;
        QString code;   // canonical: 13 upper-case symbols, no dashes
    };

    // A new code, canonical.
    static QString generate();
    static Parsed parse(const QString &input);
    // "7KQ2-M9XD-3RTB-W" for people and slips.
    static QString display(const QString &canonical);
    // The check symbol for these data symbols (canonical, without the check).
    static QChar checkSymbol(const QString &data);

    static const char *alphabet() { return "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; }
};

} // namespace loyalty
