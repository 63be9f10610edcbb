#pragma once

#include "publicationpage.h"

class QCheckBox;
class QComboBox;

/// The guide's page of the Publications tab: how the actors are grouped,
/// and whether it prints as an A5 booklet.
class GuideOptionsPage : public PublicationPage
{
    Q_OBJECT

public:
    explicit GuideOptionsPage(QWidget *parent = nullptr);

    std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const override;
    QString publicOutput() const override { return QStringLiteral("guide"); }
    /// A booklet's sheet is fixed: the page set-up is the plain guide's.
    bool hasPageSetup() const override;

private:
    QComboBox *m_groupBy;
    QCheckBox *m_booklet;
};
