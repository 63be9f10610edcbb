#pragma once

#include "publicationpage.h"

class QComboBox;
class QSpinBox;

/// The address labels' page of the Publications tab: who gets a label,
/// on which sheet, from which free label.
class AddressLabelsPage : public PublicationPage
{
    Q_OBJECT

public:
    explicit AddressLabelsPage(QWidget *parent = nullptr);

    std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const override;
    QString publicOutput() const override { return QStringLiteral("labels"); }

private:
    QComboBox *m_audience;
    QComboBox *m_sheet;
    QSpinBox *m_start;
};
