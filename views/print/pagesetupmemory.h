#pragma once

#include <QPageLayout>
#include <QString>

class PrintDocument;

/// Remembers the paper, orientation and margins chosen for each kind of
/// document (guide, letter...) between sessions, in the user's settings.
class PageSetupMemory
{
public:
    /// The remembered layout, else the document's default. Documents drawn
    /// for a fixed sheet (labels, plaquette) always get their default.
    static QPageLayout layoutFor(const PrintDocument &document);
    static void remember(const QString &kind, const QPageLayout &layout);
};
