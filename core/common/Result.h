#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace loyalty {

// What went wrong, in terms the caller can act on. The command line maps these to its exit codes
// (SPEC §7): Invalid, Refused, NotFound, Conflict and Permission are 1, FileUnusable is 3.
enum class ErrorCode {
    Invalid,       // a value that does not parse or is out of range
    Refused,       // a rule says no
    NotFound,      // no such member, visit, …
    Conflict,      // unique value taken (phone, card, …)
    Permission,    // the operator may not do this
    FileUnusable,  // the shop file is missing, locked, corrupt, foreign, read-only
    Internal,      // a bug or an I/O failure we did not foresee
};

// An error the user caused or must know about. `message` is translated already; `field` names the
// input it is about (for inline messages in dialogs), empty when it is about the whole operation.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;

    static Error invalid(QString msg, QString field = {}) { return {ErrorCode::Invalid, std::move(msg), std::move(field)}; }
    static Error refused(QString msg, QString field = {}) { return {ErrorCode::Refused, std::move(msg), std::move(field)}; }
    static Error notFound(QString msg) { return {ErrorCode::NotFound, std::move(msg), {}}; }
    static Error conflict(QString msg, QString field = {}) { return {ErrorCode::Conflict, std::move(msg), std::move(field)}; }
    static Error permission(QString msg) { return {ErrorCode::Permission, std::move(msg), {}}; }
    static Error fileUnusable(QString msg) { return {ErrorCode::FileUnusable, std::move(msg), {}}; }
    static Error internal(QString msg) { return {ErrorCode::Internal, std::move(msg), {}}; }
};

// A value or an Error. Small on purpose: std::expected is C++23.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_v); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

// Result of an operation that returns nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace loyalty
