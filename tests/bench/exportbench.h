#pragma once

#include <QString>
#include <QTextStream>

/// The exports of the whole directory: vCard, GeoJSON, and the static site
/// of the first 10,000 actors (a site of 100,000 pages is some 400 MB of
/// files: the disk, not Essaim, would be measured). Prints "name value unit"
/// lines: export.vcard_ms, export.geojson_ms, export.site_10k_ms.
/// Returns false, with the reason on @p err, when an export failed: its figure is then not printed.
bool runExportBench(const QString &connectionName, QTextStream &out, QTextStream &err);
