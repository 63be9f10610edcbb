#pragma once

#include "models/domain/councilidentity.h"
#include "models/domain/territoryspec.h"

#include <QWizard>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class TerritoryEditor;

/// File ▸ New council…, and the first start without a database: the
/// council's name, address and logo, its territory (any mix of EPCIs,
/// départements and communes of France), and the file to create. The
/// Sambre-Avesnois demo is one button away. Collects only: the window
/// creates the database (CouncilFactory) once the assistant is accepted.
class NewCouncilWizard : public QWizard
{
    Q_OBJECT

public:
    explicit NewCouncilWizard(const QString &suggestedPath, QWidget *parent = nullptr);

    CouncilIdentity identity() const;
    QList<TerritorySpec> territory() const;
    QString filePath() const;
    /// True when the demo directory of Sambre-Avesnois is to be written too.
    bool withDemo() const;

    TerritoryEditor *territoryEditor() const { return m_territory; }
    /// Fills the assistant with the demo council of Sambre-Avesnois.
    void chooseDemo();

private:
    QWizardPage *buildIdentityPage();
    QWizardPage *buildTerritoryPage();
    QWizardPage *buildFilePage();
    void chooseLogo();

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_logo = nullptr;
    TerritoryEditor *m_territory = nullptr;
    QCheckBox *m_demo = nullptr;
    QLineEdit *m_path = nullptr;
};
