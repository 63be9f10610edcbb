#pragma once

#include <QString>

/// RAII transaction on a named connection: rolls back unless commit() was
/// called, so an early return or an error path never leaves half a change.
class Transaction
{
public:
    explicit Transaction(const QString &connectionName);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    bool m_active = false;
    QString m_error;
};
