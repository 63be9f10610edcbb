#pragma once

#include "labelsheet.h"
#include "models/domain/mailingaddress.h"
#include "printdocument.h"

#include <QCoreApplication>
#include <QList>

/// Address labels on A4 sheets, starting at a chosen position so that a
/// partly used sheet can be finished. Each address is set as large as fits
/// its label (10 pt down to 6.5 pt), never cut.
class LabelSheetDocument : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(LabelSheetDocument)

public:
    /// @p start is the first free label, from 1 (top-left).
    LabelSheetDocument(QList<MailingAddress> addresses, const LabelSheet &sheet, int start = 1);

    QString title() const override;
    QString kind() const override { return QStringLiteral("labels"); }
    QPageLayout defaultPageLayout() const override { return a4Portrait(0); }
    bool acceptsPageSetup() const override { return false; }
    int layout(QPaintDevice *device, const PageGeometry &geometry) override;
    void paintPage(QPainter *painter, int page) override;

    /// Sheet slot (0-based, counted over all sheets) of address @p index.
    int slotOf(int index) const { return m_start - 1 + index; }

private:
    QList<MailingAddress> m_addresses;
    LabelSheet m_sheet;
    int m_start;
    PageGeometry m_geometry;
};
