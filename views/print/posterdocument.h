#pragma once

#include "models/domain/posterdata.h"
#include "printdocument.h"
#include "printstyle.h"

#include <QCoreApplication>

/// The A4 poster of an event: a band in the council's colour with the kind
/// of event, the title as large as fits, the date and place, a few lines of
/// description, the partners and the council's logo and contact line.
class PosterDocument : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PosterDocument)

public:
    PosterDocument(const PosterData &data, const PrintStyle &style);
    QString title() const override { return m_data.title; }
    QString kind() const override { return QStringLiteral("poster"); }
    QPageLayout defaultPageLayout() const override { return a4Portrait(12); }
    int layout(QPaintDevice *device, const PageGeometry &geometry) override;
    void paintPage(QPainter *painter, int page) override;

private:
    PosterData m_data;
    PrintStyle m_style;
    PageGeometry m_geometry;
};
