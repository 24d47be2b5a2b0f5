#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace loyalty {

// An amount of money in integer cents (分). Never a double (SPEC §2).
class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // The largest amount one value may hold: 1,000,000.00 (10^8 cents) — far above any sale at a
    // small shop's counter. The earning rule multiplies an amount by at most three factors that
    // settings cap at 1,000 each, so every product stays below 10^17, far from 2^63.
    static constexpr qint64 kMaxCents = 100'000'000LL;

    constexpr Money() = default;
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }

    // Parses what a person types: "12", "12.5", "12.34", " 1,234.50 " (grouping commas in the
    // right places are accepted). Refuses letters, signs, more than two decimals and anything above
    // `max`. Zero is accepted here; callers that need a positive amount say so themselves.
    static Result<Money> parse(const QString &text, qint64 maxCents = kMaxCents);

    // "1234.50" — the plain form for CSV and JSON-adjacent text (no symbol, no grouping).
    QString toPlainString() const;
    // "¥1,234.50" — for people. `currency` is an ISO 4217 code; unknown codes print as a prefix.
    QString format(const QString &currency) const;

    static QString currencySymbol(const QString &currency);

    friend constexpr auto operator<=>(Money, Money) = default;
    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }

private:
    qint64 m_cents = 0;
};

} // namespace loyalty
