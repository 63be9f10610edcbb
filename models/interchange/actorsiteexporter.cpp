#include "actorsiteexporter.h"

#include "models/domain/clock.h"
#include "models/stores/directorysnapshot.h"
#include "models/domain/textkey.h"

#include <QCollator>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Escaped text with its line breaks kept, paragraph by paragraph.
QString paragraphs(const QString &text)
{
    QString html;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    const QStringList parts = text.split(blankLine, Qt::SkipEmptyParts);
    for (const QString &p : parts)
        html += QStringLiteral("<p>%1</p>\n").arg(esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html;
}

/// A web address a visitor can follow: http(s) only, so that a
/// "javascript:" value typed in the directory can never run.
QString webHref(const QString &website)
{
    const QString w = website.trimmed();
    if (w.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) || w.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return w;
    static const QRegularExpression bare(QStringLiteral("^[\\w.-]+\\.[a-z]{2,}(/\\S*)?$"), QRegularExpression::CaseInsensitiveOption);
    return bare.match(w).hasMatch() ? QStringLiteral("https://") + w : QString();
}

QString actorFileName(const Actor &a)
{
    QString slug = TextKey::normalizedName(a.name).replace(QLatin1Char(' '), QLatin1Char('-'));
    // Keep file names portable (FAT on a USB key, zip archives): ASCII only.
    static const QRegularExpression notPortable(QStringLiteral("[^a-z0-9-]"));
    slug.remove(notPortable);
    slug = slug.left(60);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("%1.html").arg(a.id) : QStringLiteral("%1-%2.html").arg(a.id).arg(slug);
}

QString logoExtension(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (bytes.left(1024).contains("<svg"))
        return QStringLiteral("svg");
    return {};
}

QString shortText(const QString &text, int length)
{
    QString t = text.simplified();
    if (t.size() <= length)
        return t;
    t.truncate(length);
    const int space = t.lastIndexOf(QLatin1Char(' '));
    if (space > length / 2)
        t.truncate(space);
    return t + QStringLiteral("…");
}

} // namespace

ActorSiteExporter::ActorSiteExporter(const QString &connectionName, const CouncilIdentity &identity)
    : m_connectionName(connectionName)
    , m_identity(identity)
{
    const QString ext = logoExtension(identity.logo);
    if (!ext.isEmpty())
        m_logoFile = QStringLiteral("logo.") + ext;
}

ActorSiteExporter::FolderState ActorSiteExporter::folderState(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FolderState::Missing;
    if (!info.isDir())
        return FolderState::NotAFolder;
    const QDir dir(path);
    if (dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return FolderState::Empty;
    return QFileInfo::exists(dir.filePath(markerFileName())) ? FolderState::PreviousSite : FolderState::Foreign;
}

QString ActorSiteExporter::siteTitle() const
{
    return m_identity.name.isEmpty() ? tr("Directory of the social and solidarity economy") : m_identity.name;
}

QString ActorSiteExporter::pageHead(const QString &title, const QString &root) const
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Essaim\">\n"
                          "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3style.css\">\n</head>\n")
        .arg(esc(QLocale().bcp47Name().section(QLatin1Char('-'), 0, 0)), esc(title), root);
}

QString ActorSiteExporter::councilHeader(const QString &root) const
{
    QString html = QStringLiteral("<header class=\"council\">\n");
    if (!m_logoFile.isEmpty())
        html += QStringLiteral("<img src=\"%1%2\" alt=\"\">\n").arg(root, m_logoFile);
    html += QStringLiteral("<div>\n<h1 id=\"council-name\"><a href=\"%1index.html\">%2</a></h1>\n").arg(root, esc(siteTitle()));
    if (!m_identity.address.isEmpty())
        html += QStringLiteral("<p class=\"address\">%1</p>\n").arg(esc(m_identity.address));
    if (!m_identity.contactLine.isEmpty())
        html += QStringLiteral("<p class=\"contact\">%1</p>\n").arg(esc(m_identity.contactLine));
    html += QStringLiteral("</div>\n</header>\n");
    return html;
}

QString ActorSiteExporter::footer() const
{
    const QLocale locale;
    return QStringLiteral("<footer>%1</footer>\n")
        .arg(esc(tr("Published on %1 with Essaim. Only the structures that agreed to be published appear here.")
                     .arg(locale.toString(Clock::today(), QLocale::LongFormat))));
}

QString ActorSiteExporter::actorPage(const Actor &a, const DirectorySnapshot &context) const
{
    const QString root = QStringLiteral("../");
    QString html = pageHead(a.name + QStringLiteral(" – ") + siteTitle(), root);
    const QString color = context.sectorColor(a.sectorId);
    html += QStringLiteral("<body>\n") + councilHeader(root);
    html += QStringLiteral("<main class=\"actor\" id=\"actor\" data-id=\"%1\"%2>\n")
                .arg(a.id)
                .arg(color.isEmpty() ? QString() : QStringLiteral(" style=\"--sector: %1\"").arg(esc(color)));
    html += QStringLiteral("<p class=\"back\"><a href=\"../index.html\">← %1</a></p>\n").arg(esc(tr("Back to the directory")));
    html += QStringLiteral("<h2 id=\"name\">%1</h2>\n").arg(esc(a.name));
    if (!a.acronym.isEmpty())
        html += QStringLiteral("<p class=\"acronym\">%1</p>\n").arg(esc(a.acronym));
    html += QStringLiteral("<ul class=\"badges\">\n<li id=\"family\">%1</li>\n").arg(esc(context.familyLabel(a.family)));
    const QString sector = context.sectorPath(a.sectorId);
    if (!sector.isEmpty())
        html += QStringLiteral("<li id=\"sector\">%1</li>\n").arg(esc(sector));
    if (!a.communeName.isEmpty())
        html += QStringLiteral("<li id=\"commune\">%1</li>\n").arg(esc(a.communeName));
    html += QStringLiteral("</ul>\n");
    if (!a.description.isEmpty())
        html += QStringLiteral("<div class=\"description\" id=\"description\">\n%1</div>\n").arg(paragraphs(a.description));

    html += factsHtml(a);

    if (const Commune *commune = context.commune(a.communeInsee); commune && (commune->latitude != 0 || commune->longitude != 0)) {
        const QString lat = QString::number(commune->latitude, 'f', 5);
        const QString lon = QString::number(commune->longitude, 'f', 5);
        html += QStringLiteral("<p class=\"map\"><a href=\"https://www.openstreetmap.org/?mlat=%1&amp;mlon=%2#map=13/%1/%2\" "
                               "rel=\"noopener\">%3</a></p>\n")
                    .arg(lat, lon, esc(tr("See %1 on OpenStreetMap").arg(commune->name)));
    }
    html += QStringLiteral("</main>\n") + footer() + QStringLiteral("</body>\n</html>\n");
    return html;
}

QString ActorSiteExporter::factsHtml(const Actor &a) const
{
    QString html = QStringLiteral("<dl class=\"facts\">\n");
    auto fact = [&html](const QString &id, const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            html += QStringLiteral("<dt>%1</dt>\n<dd id=\"%2\">%3</dd>\n").arg(esc(label), id, valueHtml);
    };
    QStringList addressLines;
    if (!a.address.isEmpty())
        addressLines << esc(a.address).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const QString town = QStringList{a.postcode, a.communeName}.join(QLatin1Char(' ')).trimmed();
    if (!town.isEmpty())
        addressLines << esc(town);
    fact(QStringLiteral("address"), tr("Address"), addressLines.join(QStringLiteral("<br>")));
    if (!a.phone.isEmpty()) {
        QString digits = a.phone;
        static const QRegularExpression notDialled(QStringLiteral("[^0-9+]"));
        digits.remove(notDialled);
        fact(QStringLiteral("phone"), tr("Phone"), QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(esc(digits), esc(a.phone)));
    }
    static const QRegularExpression mail(QStringLiteral("^[^\\s@<>\"]+@[^\\s@<>\"]+$"));
    if (!a.email.isEmpty()) {
        fact(QStringLiteral("email"), tr("E-mail"),
             mail.match(a.email).hasMatch() ? QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(a.email)) : esc(a.email));
    }
    if (!a.website.isEmpty()) {
        const QString href = webHref(a.website);
        fact(QStringLiteral("website"), tr("Website"),
             href.isEmpty() ? esc(a.website) : QStringLiteral("<a href=\"%1\" rel=\"noopener\">%2</a>").arg(esc(href), esc(a.website)));
    }
    fact(QStringLiteral("status"), tr("Legal status"), esc(a.legalStatus));
    if (a.creationYear > 0)
        fact(QStringLiteral("created"), tr("Created in"), QString::number(a.creationYear));
    fact(QStringLiteral("competencies"), tr("Competencies"), esc(a.competencies.join(QStringLiteral(", "))));
    fact(QStringLiteral("networks"), tr("Networks"), esc(a.networks.join(QStringLiteral(", "))));
    QStringList labels;
    if (a.esusAgreement)
        labels << tr("ESUS approval");
    if (!a.iaeAgreement.isEmpty())
        labels << tr("IAE agreement: %1").arg(a.iaeAgreement);
    if (a.charterSignedOn.isValid())
        labels << tr("ESS charter signed");
    if (a.acceptsInterns)
        labels << tr("Accepts interns");
    fact(QStringLiteral("labels"), tr("Commitments"), esc(labels.join(QStringLiteral(" · "))));
    QStringList people;
    for (const Contact &c : a.contacts) {
        if (!c.consentGuide || c.displayName().isEmpty())
            continue;
        people << (c.role.isEmpty() ? esc(c.displayName()) : esc(QStringLiteral("%1, %2").arg(c.displayName(), c.role)));
    }
    fact(QStringLiteral("contacts"), tr("Contacts"), people.join(QStringLiteral("<br>")));
    html += QStringLiteral("</dl>\n");
    return html;
}

bool ActorSiteExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        m_error = tr("The file “%1” could not be written (%2). Check the free space and try again.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ActorSiteExporter::build(const QString &dirPath, const std::vector<qint32> &ids)
{
    const QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("actors"))) {
        m_error = tr("The folder “%1” could not be created. Choose another place.").arg(QDir::toNativeSeparators(dirPath));
        return false;
    }
    Index site;
    return writeActorPages(dir, ids, &site) && writeFile(dir.filePath(QStringLiteral("data.js")), dataScript(site.data))
        && writeFile(dir.filePath(QStringLiteral("index.html")), indexPage(site).toUtf8())
        && writeFile(dir.filePath(QStringLiteral("list.html")), listPage(site.listItems).toUtf8()) && writeAssets(dir);
}

bool ActorSiteExporter::writeActorPages(const QDir &dir, const std::vector<qint32> &ids, Index *index)
{
    Index &site = *index;
    DirectorySnapshot context(m_connectionName);
    bool written = true;
    const bool read = context.forEachActor(ids, DirectorySnapshot::Tags | DirectorySnapshot::Contacts, [&](const Actor &a) {
        const Actor *actor = &a;
        if (!written)
            return;
        if (!DirectorySnapshot::isPublic(*actor)) {
            ++m_withheld;
            return;
        }
        const QString file = actorFileName(*actor);
        if (!writeFile(dir.filePath(QStringLiteral("actors/") + file), actorPage(*actor, context).toUtf8())) {
            written = false;
            return;
        }
        ++m_pages;
        const QStringList chain = context.sectorChain(actor->sectorId);
        for (const QString &s : chain)
            site.sectors.insert(s);
        if (!actor->communeName.isEmpty())
            site.communes.insert(actor->communeName);
        QJsonObject entry{
            {QStringLiteral("id"), actor->id},
            {QStringLiteral("n"), actor->name},
            {QStringLiteral("a"), actor->acronym},
            {QStringLiteral("f"), context.familyLabel(actor->family)},
            {QStringLiteral("s"), chain.isEmpty() ? QString() : chain.last()},
            {QStringLiteral("sp"), QJsonArray::fromStringList(chain)},
            {QStringLiteral("c"), actor->communeName},
            {QStringLiteral("d"), shortText(actor->description, 160)},
            {QStringLiteral("k"), actor->competencies.join(QLatin1Char(' '))},
            {QStringLiteral("u"), QStringLiteral("actors/") + file},
        };
        const QString color = context.sectorColor(actor->sectorId);
        if (!color.isEmpty())
            entry.insert(QStringLiteral("col"), color);
        site.data.append(entry);
        site.listItems += QStringLiteral("<li><a href=\"actors/%1\">%2</a>%3</li>\n")
                         .arg(file, esc(actor->name),
                              actor->communeName.isEmpty() ? QString() : QStringLiteral(" · ") + esc(actor->communeName));
    });
    if (!read)
        m_error = context.errorString();
    return read && written;
}

QByteArray ActorSiteExporter::dataScript(const QJsonArray &data) const
{
    const QJsonObject labels{
        {QStringLiteral("none"), tr("No structure matches this search.")},
        {QStringLiteral("one"), tr("1 structure")},
        {QStringLiteral("many"), tr("%1 structures")},
    };
    const QJsonObject site{
        {QStringLiteral("locale"), QLocale().bcp47Name()},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("actors"), data},
    };
    // A script, not a JSON file: browsers refuse to fetch() from file://,
    // while a <script src> loads from anywhere.
    const QByteArray js = "window.ESSAIM_SITE = " + QJsonDocument(site).toJson(QJsonDocument::Compact) + ";\n";
    return js;
}

QString ActorSiteExporter::indexPage(const Index &site) const
{
    QCollator collator;
    collator.setNumericMode(true);
    auto sorted = [&collator](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        std::sort(list.begin(), list.end(), [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        return list;
    };

    QString index = pageHead(siteTitle(), QString()) + QStringLiteral("<body>\n") + councilHeader(QString());
    index += QStringLiteral("<main>\n<h2>%1</h2>\n").arg(esc(tr("Directory of the ESS actors")));
    index += QStringLiteral("<form class=\"filters\" id=\"filters\" role=\"search\">\n");
    index += QStringLiteral("<div><label for=\"q\">%1</label><input id=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"%2\"></div>\n")
                 .arg(esc(tr("Search")), esc(tr("Name, activity, competency…")));
    index += QStringLiteral("<div><label for=\"sector\">%1</label><select id=\"sector\">\n<option value=\"\">%2</option>\n")
                 .arg(esc(tr("Sector")), esc(tr("All sectors")));
    for (const QString &s : sorted(site.sectors)) {
        const int depth = int(s.count(QStringLiteral(" › ")));
        const QString shown = QString(depth * 2, QChar(0x00A0)) + s.section(QStringLiteral(" › "), -1);
        index += QStringLiteral("<option value=\"%1\">%2</option>\n").arg(esc(s), esc(shown));
    }
    index += QStringLiteral("</select></div>\n");
    index += QStringLiteral("<div><label for=\"commune\">%1</label><select id=\"commune\">\n<option value=\"\">%2</option>\n")
                 .arg(esc(tr("Commune")), esc(tr("All communes")));
    for (const QString &c : sorted(site.communes))
        index += QStringLiteral("<option value=\"%1\">%1</option>\n").arg(esc(c));
    index += QStringLiteral("</select></div>\n</form>\n");
    index += QStringLiteral("<p id=\"count\" aria-live=\"polite\">%1</p>\n")
                 .arg(esc(tr("%Ln structure(s)", nullptr, m_pages)));
    index += QStringLiteral("<noscript><p>%1</p></noscript>\n")
                 .arg(esc(tr("The search needs JavaScript; the list of all the structures does not.")));
    index += QStringLiteral("<ul class=\"cards\" id=\"results\"></ul>\n<button type=\"button\" id=\"more\" hidden>%1</button>\n")
                 .arg(esc(tr("Show more")));
    // A plain page of links: for browsers without JavaScript, and for the
    // search engines that index the portal.
    index += QStringLiteral("<p class=\"all\"><a href=\"list.html\" id=\"all-link\">%1</a></p>\n</main>\n")
                 .arg(esc(tr("List of all the structures")));
    index += footer();
    index += QStringLiteral("<script src=\"data.js\" charset=\"utf-8\"></script>\n<script src=\"app.js\" charset=\"utf-8\"></script>\n"
                            "</body>\n</html>\n");
    return index;
}

QString ActorSiteExporter::listPage(const QString &listItems) const
{
    QString list = pageHead(tr("List of all the structures") + QStringLiteral(" – ") + siteTitle(), QString())
        + QStringLiteral("<body>\n") + councilHeader(QString());
    list += QStringLiteral("<main>\n<p class=\"back\"><a href=\"index.html\">← %1</a></p>\n<h2>%2</h2>\n<ul class=\"plain\" id=\"list\">\n")
                .arg(esc(tr("Back to the directory")), esc(tr("List of all the structures")));
    list += listItems + QStringLiteral("</ul>\n</main>\n") + footer() + QStringLiteral("</body>\n</html>\n");
    return list;
}

bool ActorSiteExporter::writeAssets(const QDir &dir)
{
    QFile css(QStringLiteral(":/site/style.css"));
    QFile app(QStringLiteral(":/site/app.js"));
    if (!css.open(QIODevice::ReadOnly) || !app.open(QIODevice::ReadOnly)) {
        m_error = tr("The site's style sheet is missing from this copy of Essaim. Reinstall Essaim.");
        return false;
    }
    const QByteArray colours = QStringLiteral(":root { --primary: %1; --secondary: %2; }\n")
                                   .arg(m_identity.primary.name(), m_identity.secondary.name())
                                   .toUtf8();
    if (!writeFile(dir.filePath(QStringLiteral("style.css")), colours + css.readAll())
        || !writeFile(dir.filePath(QStringLiteral("app.js")), app.readAll()))
        return false;
    if (!m_logoFile.isEmpty() && !writeFile(dir.filePath(m_logoFile), m_identity.logo))
        return false;
    return writeFile(dir.filePath(markerFileName()),
                     QByteArrayLiteral("This folder is a static site written by Essaim; Essaim replaces it whole on the next export.\n"));
}

bool ActorSiteExporter::install(const QString &staging, const QString &folder)
{
    const FolderState state = folderState(folder);
    if (state == FolderState::Empty && !QDir().rmdir(folder)) {
        m_error = tr("The folder “%1” could not be replaced. Check that it is not open elsewhere.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QString old;
    if (state == FolderState::PreviousSite) {
        old = staging + QStringLiteral("-old");
        if (!QDir().rename(folder, old)) {
            m_error = tr("The previous site in “%1” could not be replaced. Check that it is not open elsewhere.")
                          .arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    if (!QDir().rename(staging, folder)) {
        if (!old.isEmpty())
            QDir().rename(old, folder);
        m_error = tr("The site could not be moved into “%1”. Check that the folder is not open elsewhere.")
                      .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    return true;
}

bool ActorSiteExporter::exportTo(const QString &folder, const std::vector<qint32> &ids)
{
    m_pages = 0;
    m_withheld = 0;
    m_error.clear();
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    switch (folderState(target)) {
    case FolderState::NotAFolder:
        m_error = tr("“%1” is a file, not a folder. Choose a folder for the site.").arg(QDir::toNativeSeparators(target));
        return false;
    case FolderState::Foreign:
        m_error = tr("The folder “%1” is not empty and holds no site made by Essaim. Choose an empty folder or a new name: "
                     "Essaim does not write over other files.")
                      .arg(QDir::toNativeSeparators(target));
        return false;
    case FolderState::Missing:
    case FolderState::Empty:
    case FolderState::PreviousSite:
        break;
    }
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("The folder “%1” could not be created. Choose another place.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // Built beside the target, on the same file system, so that the swap is
    // a rename and a failure leaves the previous site untouched.
    const QString staging = QDir(info.absolutePath())
                                .filePath(QStringLiteral(".%1.essaim-%2")
                                              .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!build(staging, ids) || !install(staging, target)) {
        QDir(staging).removeRecursively();
        // The user chose the target: name it, not the hidden folder beside it.
        m_error.replace(QDir::toNativeSeparators(staging), QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}
