#pragma once

#include <QString>

#include <optional>
#include <utility>

/// What a function without an object of its own returns (a parser of a
/// value: TerritorySpec::parse, RuleExpander::parse): the value, or the
/// sentence saying why there is none. The same convention as a store's
/// bool and errorString(), for code that has no object to keep the sentence.
template <typename T>
class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {
    }
    static Outcome failure(const QString &sentence)
    {
        Outcome o;
        o.m_error = sentence;
        return o;
    }

    explicit operator bool() const { return m_value.has_value(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    QString errorString() const { return m_error; }

private:
    Outcome() = default;

    std::optional<T> m_value;
    QString m_error;
};
