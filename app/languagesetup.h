#pragma once

#include <QString>

class QCoreApplication;

/// Chooses the language (the --lang option, then the preference, then the
/// system's) and installs Essaim's and Qt's own translations, so standard
/// dialogs speak it too. Dates and numbers follow the same locale.
class LanguageSetup
{
public:
    /// @return the language installed: "fr" or "en".
    static QString install(QCoreApplication *app, const QString &requested);
};
