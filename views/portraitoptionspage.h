#pragma once

#include "publicationpage.h"

class QComboBox;

/// The portrait of the territory's page of the Publications tab: the year
/// and the territory (the whole, an EPCI or a commune) it describes.
class PortraitOptionsPage : public PublicationPage
{
    Q_OBJECT

public:
    explicit PortraitOptionsPage(const QString &connectionName, QWidget *parent = nullptr);

    std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const override;
    bool hasPageSetup() const override { return true; }
    /// The years and territories change with the data.
    void reloadChoices() override;

private:
    QString m_connectionName;
    QComboBox *m_year;
    QComboBox *m_territory;
};
