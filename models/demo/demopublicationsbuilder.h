#pragma once

#include <QCoreApplication>
#include <QString>

/// The demo council's identity (Conseil local de l'ESS Sambre-Avesnois,
/// with a logo) and two issues of its Lettre de l'ESS, so that every
/// document prints from the demo database at once.
class DemoPublicationsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoPublicationsBuilder)

public:
    explicit DemoPublicationsBuilder(const QString &connectionName);
    bool build();
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
};
