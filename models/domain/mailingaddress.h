#pragma once

#include <QStringList>

/// A postal address as printed on a label: the lines, top to bottom
/// (addressee, attention line, street, "59600 MAUBEUGE").
struct MailingAddress
{
    QStringList lines;
};
