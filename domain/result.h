#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace corpcare::domain {

// Why a piece of input was rejected: where (a JSON path such as "accountBalance[0].amount.value")
// and what was wrong with it.
struct ParseError {
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// A value or the reason there is none. Small on purpose: C++20 has no std::expected.
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(ParseError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const ParseError &error() const { return std::get<ParseError>(m_state); }

private:
    std::variant<T, ParseError> m_state;
};

} // namespace corpcare::domain
