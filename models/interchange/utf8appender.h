#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QStringView>

/// Appends text as UTF-8 straight into a buffer that is being filled, so
/// that a writer of many values (vCard, GeoJSON) makes no temporary
/// QByteArray per value. The bytes are those of QString::toUtf8(), lone
/// surrogates included, so the files stay what they were.
class Utf8Appender
{
public:
    void append(QByteArray &out, QStringView text);

private:
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};
