#include "transaction.h"

#include <QSqlDatabase>
#include <QSqlError>

Transaction::Transaction(const QString &connectionName)
    : m_connectionName(connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_active = db.isOpen() && db.transaction();
    if (!m_active)
        m_error = db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlDatabase::database(m_connectionName, false).rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        m_active = false;
        return false;
    }
    m_active = false;
    return true;
}
