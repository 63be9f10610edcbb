#include "pagesetupmemory.h"

#include "printdocument.h"

#include <QPageSize>
#include <QSettings>

QPageLayout PageSetupMemory::layoutFor(const PrintDocument &document)
{
    QPageLayout layout = document.defaultPageLayout();
    if (!document.acceptsPageSetup())
        return layout;
    QSettings settings;
    settings.beginGroup(QStringLiteral("print/") + document.kind());
    const QString size = settings.value(QStringLiteral("pageSize")).toString();
    if (size.isEmpty())
        return layout;
    const QPageSize::PageSizeId id = size == QLatin1String("A5") ? QPageSize::A5 : size == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
    layout.setPageSize(QPageSize(id));
    layout.setOrientation(settings.value(QStringLiteral("landscape")).toBool() ? QPageLayout::Landscape : QPageLayout::Portrait);
    const QList<QVariant> m = settings.value(QStringLiteral("marginsMm")).toList();
    if (m.size() == 4)
        layout.setMargins(QMarginsF(m.at(0).toDouble(), m.at(1).toDouble(), m.at(2).toDouble(), m.at(3).toDouble()));
    return layout;
}

void PageSetupMemory::remember(const QString &kind, const QPageLayout &layout)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("print/") + kind);
    const QPageSize::PageSizeId id = layout.pageSize().id();
    settings.setValue(QStringLiteral("pageSize"), id == QPageSize::A5 ? QStringLiteral("A5") : id == QPageSize::Letter ? QStringLiteral("Letter")
                                                                                                                    : QStringLiteral("A4"));
    settings.setValue(QStringLiteral("landscape"), layout.orientation() == QPageLayout::Landscape);
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    settings.setValue(QStringLiteral("marginsMm"), QVariantList{m.left(), m.top(), m.right(), m.bottom()});
}
