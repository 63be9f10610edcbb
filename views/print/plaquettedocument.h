#pragma once

#include "models/domain/keyfigures.h"
#include "models/domain/plaquettepanel.h"
#include "printdocument.h"
#include "printstyle.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

class QTextDocument;

/// The plaquette: a tri-fold A4 landscape brochure, two sides of three
/// panels with fold marks. Outside: the flap that folds in, the back
/// (contact) and the cover; inside: three panels read left to right. A
/// panel whose text is too long is set smaller until it fits, never cut.
class PlaquetteDocument : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlaquetteDocument)

public:
    /// @p panels in the order of PublicationStore::plaquettePanels().
    PlaquetteDocument(const QList<PlaquettePanel> &panels, const KeyFigures &figures, const PrintStyle &style);
    ~PlaquetteDocument() override;

    QString title() const override;
    QString kind() const override { return QStringLiteral("plaquette"); }
    QPageLayout defaultPageLayout() const override;
    bool acceptsPageSetup() const override { return false; }
    int layout(QPaintDevice *device, const PageGeometry &geometry) override;
    void paintPage(QPainter *painter, int page) override;

    /// Panel @p index (0-5) in millimetres on its page (0 outside, 1 inside).
    static QRectF panelRect(int index);
    /// The font scale a panel needed to fit (1 when it fits at full size).
    double panelScale(int index) const { return m_scales.at(index); }

private:
    std::unique_ptr<QTextDocument> panelDocument(int index, double width, double scale) const;
    double chartHeight(int index) const;

    QList<PlaquettePanel> m_panels;
    KeyFigures m_figures;
    PrintStyle m_style;
    QPaintDevice *m_device = nullptr;
    PageGeometry m_geometry;
    std::vector<std::unique_ptr<QTextDocument>> m_docs;
    QList<double> m_scales;
};
