#include "callscsvreader.h"

#include "importvalue.h"
#include "models/domain/essfamily.h"
#include "models/domain/textkey.h"
#include "tabularfile.h"

#include <QHash>

namespace {

QStringList cellList(const QString &cell)
{
    QStringList result;
    for (const QString &part : cell.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            result << part.trimmed();
    }
    return result;
}

// A family written as its code, its label or the label's plural ("Coopératives").
QString familyCode(const QString &word)
{
    const QString key = TextKey::fold(word);
    for (const QString &code : EssFamily::codes()) {
        const QString label = TextKey::fold(EssFamily::label(code));
        if (key == code || key == label || key == label + QLatin1Char('s') || key == TextKey::fold(code) + QLatin1Char('s'))
            return code;
    }
    return {};
}

} // namespace

QStringList CallsCsvReader::header()
{
    return {QStringLiteral("funder"), QStringLiteral("title"), QStringLiteral("sectors"), QStringLiteral("families"),
            QStringLiteral("opens"),  QStringLiteral("closes"), QStringLiteral("amount"), QStringLiteral("url")};
}

bool CallsCsvReader::fail(int line, const QString &why)
{
    m_calls.clear();
    m_error = tr("Line %1: %2 Nothing was imported; correct the file and import it again.").arg(line).arg(why);
    return false;
}

bool CallsCsvReader::readFile(const QString &path)
{
    TabularFile file;
    if (!file.load(path)) {
        m_calls.clear();
        m_error = file.errorString();
        return false;
    }
    return read(file);
}

bool CallsCsvReader::readData(const QByteArray &bytes, const QString &name)
{
    TabularFile file;
    if (!file.loadData(bytes, name)) {
        m_calls.clear();
        m_error = file.errorString();
        return false;
    }
    return read(file);
}

bool CallsCsvReader::read(TabularFile &file)
{
    m_calls.clear();
    m_error.clear();
    QHash<QString, int> index;
    const QStringList columns = file.header();
    for (int i = 0; i < columns.size(); ++i)
        index.insert(TextKey::fold(columns.at(i)).trimmed(), i);
    for (const char *required : {"funder", "title", "closes"}) {
        if (!index.contains(QLatin1String(required)))
            return fail(file.headerLine(), tr("the column “%1” is missing (expected: %2).")
                                               .arg(QLatin1String(required), header().join(QLatin1Char(';'))));
    }
    const bool read = file.forEachRow([&](int line, const QStringList &fields) {
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            return true;
        if (fields.size() != columns.size()) {
            fail(line, tr("%1 fields where the header has %2.").arg(fields.size()).arg(columns.size()));
            return false;
        }
        return readRow(line, fields, index);
    });
    if (!read) {
        if (m_error.isEmpty())
            m_error = file.errorString();
        m_calls.clear();
        return false;
    }
    if (m_calls.isEmpty())
        return fail(file.headerLine(), tr("the file holds no call for projects."));
    return true;
}

bool CallsCsvReader::readRow(int line, const QStringList &fields, const QHash<QString, int> &index)
{
    const auto field = [&](const char *name) { return fields.value(index.value(QLatin1String(name), -1)).trimmed(); };
    CallForProjects call;
    call.funder = field("funder");
    call.title = field("title");
    if (call.funder.isEmpty() || call.title.isEmpty())
        return fail(line, tr("a call needs a funder and a title."));
    call.sectors = cellList(field("sectors"));
    for (const QString &word : cellList(field("families"))) {
        const QString code = familyCode(word);
        if (code.isEmpty())
            return fail(line, tr("“%1” is not an ESS family (%2).").arg(word, EssFamily::codes().join(QLatin1String(", "))));
        call.families << code;
    }
    for (const auto &[name, target] : {std::pair{"opens", &call.opensOn}, std::pair{"closes", &call.closesOn}}) {
        const auto date = ImportValue::date(field(name));
        if (!date)
            return fail(line, tr("“%1” is not a date; write 2027-03-31 or 31/03/2027.").arg(field(name)));
        *target = *date;
    }
    if (!call.closesOn.isValid())
        return fail(line, tr("the closing date is empty."));
    if (call.opensOn.isValid() && call.opensOn > call.closesOn)
        return fail(line, tr("the call closes before it opens."));
    if (!field("amount").isEmpty()) {
        const auto cents = ImportValue::cents(field("amount"));
        if (!cents || *cents < 0)
            return fail(line, tr("“%1” is not an amount in euros; write 50 000 or 120 000,50.").arg(field("amount")));
        call.amountCents = *cents;
    }
    call.url = field("url");
    m_calls << call;
    return true;
}
