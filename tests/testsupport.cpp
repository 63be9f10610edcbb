#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

namespace TestSupport {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

Actor makeActor(const QString &name, const QString &communeInsee, const QString &communeName)
{
    Actor a;
    a.name = name;
    a.communeInsee = communeInsee;
    a.communeName = communeName;
    return a;
}

} // namespace TestSupport
