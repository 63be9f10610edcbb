#include "publicationstore.h"

#include "models/domain/clock.h"
#include "models/storage/transaction.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QStringList panelOrder = {QStringLiteral("flap"), QStringLiteral("back"), QStringLiteral("cover"),
                                QStringLiteral("inside1"), QStringLiteral("inside2"), QStringLiteral("inside3")};

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

PublicationStore::PublicationStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

CouncilIdentity PublicationStore::identity() const
{
    CouncilIdentity identity;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name, address, contact_line, logo, primary_color, secondary_color "
                             "FROM council_identity WHERE id = 1"));
    if (q.exec() && q.next()) {
        identity.name = q.value(0).toString();
        identity.address = q.value(1).toString();
        identity.contactLine = q.value(2).toString();
        identity.logo = q.value(3).toByteArray();
        const QColor primary(q.value(4).toString());
        const QColor secondary(q.value(5).toString());
        if (primary.isValid())
            identity.primary = primary;
        if (secondary.isValid())
            identity.secondary = secondary;
    }
    return identity;
}

bool PublicationStore::setIdentity(const CouncilIdentity &identity)
{
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO council_identity(id, name, address, contact_line, logo, primary_color, "
                             "secondary_color) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(identity.name.trimmed()));
    q.addBindValue(text(identity.address.trimmed()));
    q.addBindValue(text(identity.contactLine.trimmed()));
    q.addBindValue(identity.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(identity.logo));
    q.addBindValue(identity.primary.name());
    q.addBindValue(identity.secondary.name());
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit identityChanged();
    return true;
}

QList<PlaquettePanel> PublicationStore::defaultPlaquettePanels()
{
    return {
        {panelOrder.at(0), tr("Who we are"),
         tr("The council brings together the associations, cooperatives, mutuals, foundations and ESS companies "
            "of the territory.\n\nIt is open to every structure that shares the values of the social and "
            "solidarity economy.")},
        {panelOrder.at(1), tr("Contact"), tr("Come and meet us at the Rendez-vous de l'ESS, the first Friday of every month.")},
        {panelOrder.at(2), tr("The social and solidarity economy on our territory"),
         tr("Acting together for a local economy that serves people.")},
        {panelOrder.at(3), tr("Our mission"),
         tr("- Make the ESS and its actors known\n- Bring actors, elected officials and partners together\n"
            "- Support projects and the pooling of skills\n- Observe the ESS of the territory")},
        {panelOrder.at(4), tr("Key figures"), tr("The ESS of the territory in a few figures:")},
        {panelOrder.at(5), tr("Members and partners"),
         tr("Our members are the ESS structures of the territory. Our partners: the intercommunalities, the "
            "region, the CRESS and the networks of the ESS.")},
    };
}

QList<PlaquettePanel> PublicationStore::plaquettePanels() const
{
    QList<PlaquettePanel> panels = defaultPlaquettePanels();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT panel, title, body FROM plaquette_panels"));
    if (q.exec()) {
        while (q.next()) {
            const int i = int(panelOrder.indexOf(q.value(0).toString()));
            if (i >= 0)
                panels[i] = {panelOrder.at(i), q.value(1).toString(), q.value(2).toString()};
        }
    }
    return panels;
}

bool PublicationStore::setPlaquettePanels(const QList<PlaquettePanel> &panels)
{
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO plaquette_panels(panel, title, body) VALUES (?, ?, ?)"));
    for (const PlaquettePanel &panel : panels) {
        if (!panelOrder.contains(panel.key))
            continue;
        q.addBindValue(panel.key);
        q.addBindValue(text(panel.title));
        q.addBindValue(text(panel.body));
        if (!q.exec()) {
            m_error = q.lastError().databaseText();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit plaquetteChanged();
    return true;
}

QList<LetterIssue> PublicationStore::readIssues(const QString &where, const QVariant &bound) const
{
    QList<LetterIssue> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // "where" is one of our constant clauses, never user text.
    q.prepare(QStringLiteral("SELECT id, number, issue_date, title, editorial, sections, agenda_weeks, article_title, "
                             "article_body FROM letter_issues %1 ORDER BY number DESC")
                  .arg(where));
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec())
        return out;
    while (q.next()) {
        LetterIssue issue;
        issue.id = q.value(0).toLongLong();
        issue.number = q.value(1).toInt();
        issue.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        issue.title = q.value(3).toString();
        issue.editorialHtml = q.value(4).toString();
        issue.sections = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        issue.agendaWeeks = q.value(6).toInt();
        issue.articleTitle = q.value(7).toString();
        issue.articleHtml = q.value(8).toString();
        out << issue;
    }
    return out;
}

QList<LetterIssue> PublicationStore::issues() const
{
    return readIssues(QString(), QVariant());
}

std::optional<LetterIssue> PublicationStore::issue(int number) const
{
    const auto found = readIssues(QStringLiteral("WHERE number = ?"), number);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<LetterIssue> PublicationStore::latestIssue() const
{
    const auto all = readIssues(QString(), QVariant());
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

std::optional<LetterIssue> PublicationStore::previousIssue(int number) const
{
    const auto found = readIssues(QStringLiteral("WHERE number < ?"), number);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int PublicationStore::nextIssueNumber() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM letter_issues")) && q.next())
        return q.value(0).toInt();
    return 1;
}

bool PublicationStore::saveIssue(LetterIssue &issue)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(m_connectionName);
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM letter_issues WHERE number = ? AND id <> ?"));
        q.addBindValue(issue.number);
        q.addBindValue(issue.id);
        if (q.exec() && q.next()) {
            m_error = tr("Issue no. %1 already exists: give this issue another number.").arg(issue.number);
            return false;
        }
    }
    if (issue.number <= 0 || !issue.date.isValid()) {
        m_error = tr("An issue needs a number above zero and a date.");
        return false;
    }
    const QString now = Clock::nowUtc().toString(Qt::ISODate);
    QSqlQuery q(db);
    if (issue.id > 0) {
        q.prepare(QStringLiteral("UPDATE letter_issues SET number = ?, issue_date = ?, title = ?, editorial = ?, sections = ?, "
                                 "agenda_weeks = ?, article_title = ?, article_body = ?, updated_at = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO letter_issues(number, issue_date, title, editorial, sections, agenda_weeks, "
                                 "article_title, article_body, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(issue.number);
    q.addBindValue(issue.date.toString(Qt::ISODate));
    q.addBindValue(text(issue.title));
    q.addBindValue(text(issue.editorialHtml));
    q.addBindValue(issue.sections.join(QLatin1Char(',')));
    q.addBindValue(issue.agendaWeeks);
    q.addBindValue(text(issue.articleTitle));
    q.addBindValue(text(issue.articleHtml));
    q.addBindValue(now);
    q.addBindValue(issue.id > 0 ? QVariant(issue.id) : QVariant(now));
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    if (issue.id <= 0)
        issue.id = q.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit issuesChanged();
    return true;
}

bool PublicationStore::removeIssue(qint64 id)
{
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM letter_issues WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit issuesChanged();
    return true;
}
