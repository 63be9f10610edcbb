#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

/// The council's visual identity, set once in the settings and used by every
/// document and export that speaks in the council's name: mastheads, headers
/// and footers of printed documents, the static web site of the directory.
struct CouncilIdentity
{
    QString name;        ///< "Conseil local de l'ESS Sambre-Avesnois"
    QString address;     ///< postal address, several lines allowed
    QString contactLine; ///< "03 27 00 00 00 · contact@example.org · example.org"
    QByteArray logo;     ///< SVG or PNG bytes as chosen by the user, empty for none
    QColor primary = QColor(0x1b, 0x5e, 0x7a);
    QColor secondary = QColor(0xe3, 0x8b, 0x2c);

    bool operator==(const CouncilIdentity &o) const
    {
        return name == o.name && address == o.address && contactLine == o.contactLine && logo == o.logo
            && primary == o.primary && secondary == o.secondary;
    }
    bool operator!=(const CouncilIdentity &o) const { return !(*this == o); }
};
