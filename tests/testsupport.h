#pragma once

#include "actor.h"

#include <QByteArray>
#include <QString>

namespace TestSupport {

/// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fileHash(const QString &path);

/// An actor with just enough to be valid.
Actor makeActor(const QString &name, const QString &communeInsee = QString(), const QString &communeName = QString());

} // namespace TestSupport
