#include "directorysnapshot.h"

#include "actorstore.h"
#include "referencestore.h"
#include "sectorstore.h"
#include "models/domain/essfamily.h"
#include "models/storage/database.h"

#include <QDate>
#include <QDateTime>

#include <sqlite3.h>

#include <optional>
#include <type_traits>

namespace {
const char *const orderTable = "temp.essaim_export_order";

int number(const QString &text, int from, int length)
{
    int n = 0;
    for (int i = from; i < from + length; ++i) {
        const int d = text.at(i).digitValue();
        if (d < 0)
            return -1;
        n = n * 10 + d;
    }
    return n;
}

/// The same, on the UTF-8 bytes of a column.
int number(const char *text, int from, int length)
{
    int n = 0;
    for (int i = from; i < from + length; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        n = n * 10 + (text[i] - '0');
    }
    return n;
}

/// An instant as the stores write it ("2026-11-23T09:00:00Z", see
/// Clock::nowUtcText()), read without QDateTime's general parser, which
/// costs more than the rest of the row; any other form goes to that parser.
QDateTime instant(const QString &text)
{
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate date(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
        const QTime time(number(text, 11, 2), number(text, 14, 2), number(text, 17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
}
} // namespace

/// One statement stepped row by row; the first column of every statement
/// of forEachActor() is the position of the actor in the caller's list.
class DirectorySnapshot::Cursor
{
public:
    Cursor(sqlite3 *db, const QByteArray &sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr);
    }
    ~Cursor() { sqlite3_finalize(m_stmt); }
    Cursor(const Cursor &) = delete;
    Cursor &operator=(const Cursor &) = delete;

    /// Steps to the next row; false at the end or on an error (failed()).
    bool next()
    {
        if (!m_stmt || (m_started && m_rc != SQLITE_ROW))
            return false;
        m_started = true;
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    bool failed() const { return !m_stmt || (m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE); }
    /// Skips the rows before @p position (of actors that were not asked
    /// for with this part); true when the current row is at @p position.
    bool reach(qint64 position)
    {
        if (!m_started)
            next();
        while (m_rc == SQLITE_ROW && sqlite3_column_int64(m_stmt, 0) < position)
            next();
        return m_rc == SQLITE_ROW && sqlite3_column_int64(m_stmt, 0) == position;
    }
    qint64 position() const { return sqlite3_column_int64(m_stmt, 0); }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    /// A date as the stores write it ("2026-11-23") is read from the bytes,
    /// without a QString nor QDate's general parser (four a row, they cost
    /// a tenth of the read); any other form goes to that parser.
    QDate date(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        if (!data || size == 0)
            return {};
        if (size == 10 && data[4] == '-' && data[7] == '-') {
            const int y = number(data, 0, 4), m = number(data, 5, 2), d = number(data, 8, 2);
            if (y >= 0 && m >= 0 && d >= 0)
                return QDate(y, m, d);
        }
        return QDate::fromString(text(column), Qt::ISODate);
    }
    /// instant() read from the bytes for the stores' own form.
    QDateTime instant(int column) const
    {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (t && sqlite3_column_bytes(m_stmt, column) == 20 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':'
            && t[16] == ':' && t[19] == 'Z') {
            const QDate date(number(t, 0, 4), number(t, 5, 2), number(t, 8, 2));
            const QTime time(number(t, 11, 2), number(t, 14, 2), number(t, 17, 2));
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
        return ::instant(text(column));
    }
    template<typename T>
    std::optional<T> optional(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        if constexpr (std::is_floating_point_v<T>)
            return T(real(column));
        else
            return T(integer(column));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    bool m_started = false;
};

DirectorySnapshot::DirectorySnapshot(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_db(Database::sqliteHandle(connectionName))
{
    const QList<Commune> communes = ReferenceStore(connectionName).allCommunes();
    for (const Commune &c : communes)
        m_communes.insert(c.insee, c);
    const QList<Sector> sectors = SectorStore(connectionName).all();
    for (const Sector &s : sectors)
        m_sectors.insert(s.id, s);
    // Every actor of a sector shares its path and colour: made once.
    for (const Sector &s : sectors) {
        m_chains.insert(s.id, chainOf(s.id));
        m_colors.insert(s.id, s.color.isValid() ? s.color.name() : QString());
    }
    const QList<QPair<QString, QString>> categories = ReferenceStore(connectionName).legalCategories();
    for (const auto &c : categories)
        m_legalCategories.insert(c.first, c.second);
}

DirectorySnapshot::~DirectorySnapshot() = default;

bool DirectorySnapshot::fail()
{
    m_error = tr("The directory could not be read (%1).")
                  .arg(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("the database is not open"));
    return false;
}

std::vector<qint32> DirectorySnapshot::activeIdsByName(const QString &connectionName)
{
    std::vector<qint32> ids;
    sqlite3 *db = Database::sqliteHandle(connectionName);
    if (!db)
        return ids;
    Cursor q(db, "SELECT id FROM actors WHERE archived = 0 ORDER BY sort_key, id");
    while (q.next())
        ids.push_back(qint32(q.integer(0)));
    return ids;
}

const Commune *DirectorySnapshot::commune(const QString &insee) const
{
    const auto it = m_communes.constFind(insee);
    return it == m_communes.constEnd() ? nullptr : &it.value();
}

QString DirectorySnapshot::sectorName(qint64 sectorId) const
{
    const auto it = m_sectors.constFind(sectorId);
    return it == m_sectors.constEnd() ? QString() : it->name;
}

QStringList DirectorySnapshot::chainOf(qint64 sectorId) const
{
    QStringList names;
    for (int guard = 0; sectorId > 0 && guard < 16; ++guard) {
        const auto it = m_sectors.constFind(sectorId);
        if (it == m_sectors.constEnd())
            break;
        names.prepend(it->name);
        sectorId = it->parentId;
    }
    QStringList chain;
    for (int i = 1; i <= names.size(); ++i)
        chain << names.mid(0, i).join(QStringLiteral(" › "));
    return chain;
}

QStringList DirectorySnapshot::sectorChain(qint64 sectorId) const
{
    return m_chains.value(sectorId);
}

QString DirectorySnapshot::sectorPath(qint64 sectorId) const
{
    const auto it = m_chains.constFind(sectorId);
    return it == m_chains.constEnd() || it->isEmpty() ? QString() : it->constLast();
}

QString DirectorySnapshot::sectorColor(qint64 sectorId) const
{
    return m_colors.value(sectorId);
}

QString DirectorySnapshot::familyLabel(const QString &code) const
{
    auto it = m_familyLabels.constFind(code);
    if (it == m_familyLabels.constEnd())
        it = m_familyLabels.insert(code, EssFamily::label(code));
    return it.value();
}

QString DirectorySnapshot::legalCategoryLabel(const QString &code) const
{
    return m_legalCategories.value(code);
}

bool DirectorySnapshot::fillOrder(const std::vector<qint32> &ids)
{
    if (!m_db)
        return fail();
    const QByteArray create = QByteArray("CREATE TEMP TABLE IF NOT EXISTS ") + (orderTable + 5)
        + "(position INTEGER PRIMARY KEY, actor_id INTEGER NOT NULL)";
    if (sqlite3_exec(m_db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_exec(m_db, (QByteArray("DELETE FROM ") + orderTable).constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    // A savepoint, not BEGIN: the caller may hold a transaction of its own.
    if (sqlite3_exec(m_db, "SAVEPOINT essaim_export_order", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    sqlite3_stmt *insert = nullptr;
    bool ok = sqlite3_prepare_v2(m_db, (QByteArray("INSERT INTO ") + orderTable + "(actor_id) VALUES (?)").constData(), -1, &insert,
                                 nullptr)
        == SQLITE_OK;
    for (std::size_t i = 0; ok && i < ids.size(); ++i) {
        sqlite3_bind_int64(insert, 1, ids[i]);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (!ok) {
        fail();
        sqlite3_exec(m_db, "ROLLBACK TO essaim_export_order", nullptr, nullptr, nullptr);
    }
    sqlite3_exec(m_db, "RELEASE essaim_export_order", nullptr, nullptr, nullptr);
    return ok;
}

void DirectorySnapshot::dropOrder()
{
    sqlite3_exec(m_db, (QByteArray("DROP TABLE IF EXISTS ") + orderTable).constData(), nullptr, nullptr, nullptr);
}

bool DirectorySnapshot::forEachActor(const std::vector<qint32> &ids, int parts, const std::function<void(const Actor &)> &visit)
{
    m_error.clear();
    if (!fillOrder(ids))
        return false;
    bool ok = true;
    {
        // CROSS JOIN keeps the positions as the outer loop: the rows come in
        // the caller's order from the table's own order, without a sort.
        const QByteArray from = QByteArray(" FROM ") + orderTable + " o CROSS JOIN ";
        Cursor actors(m_db, "SELECT o.position, " + ActorStore::actorColumns().toUtf8() + from + "actors a ON a.id = o.actor_id ORDER BY o.position");
        Cursor tags(m_db, "SELECT o.position, t.kind, t.name" + from
                              + "actor_tags t ON t.actor_id = o.actor_id ORDER BY o.position, t.kind, t.position");
        Cursor contacts(m_db, "SELECT o.position, c.id, c.first_name, c.last_name, c.role, c.email, c.phone, c.consent_guide, "
                              "c.consent_guide_on, c.consent_guide_source, c.consent_newsletter, c.consent_newsletter_on, "
                              "c.consent_newsletter_source"
                                  + from + "contacts c ON c.actor_id = o.actor_id ORDER BY o.position, c.position, c.id");
        Cursor figures(m_db, "SELECT o.position, f.year, f.headcount, f.fte, f.volunteers, f.members, f.budget_cents" + from
                                 + "actor_figures f ON f.actor_id = o.actor_id AND f.year = "
                                   "(SELECT max(m.year) FROM actor_figures m WHERE m.actor_id = o.actor_id) ORDER BY o.position");
        while (actors.next()) {
            const qint64 position = actors.position();
            Actor a = readActor(actors);
            if (parts & Tags) {
                for (; tags.reach(position); tags.next())
                    (tags.text(1) == QLatin1String("competency") ? a.competencies : a.networks) << tags.text(2);
            }
            if (parts & Contacts) {
                for (; contacts.reach(position); contacts.next())
                    a.contacts << readContact(contacts, a.id);
            }
            if ((parts & LatestFigures) && figures.reach(position))
                a.figures << readFigures(figures);
            visit(a);
        }
        ok = !actors.failed() && !((parts & Tags) && tags.failed()) && !((parts & Contacts) && contacts.failed())
            && !((parts & LatestFigures) && figures.failed());
        if (!ok)
            fail();
    }
    dropOrder();
    return ok;
}

Actor DirectorySnapshot::readActor(const Cursor &q)
{
    // The columns of ActorStore::actorColumns(), after the position.
    Actor a;
    int i = 1;
    a.id = q.integer(i++);
    a.name = q.text(i++);
    a.acronym = q.text(i++);
    a.family = q.text(i++);
    a.legalCategory = q.text(i++);
    a.legalStatus = q.text(i++);
    a.siren = q.text(i++);
    a.siret = q.text(i++);
    a.rna = q.text(i++);
    a.naf = q.text(i++);
    a.sectorId = q.integer(i++);
    a.address = q.text(i++);
    a.postcode = q.text(i++);
    a.communeInsee = q.text(i++);
    a.communeName = q.text(i++);
    a.phone = q.text(i++);
    a.email = q.text(i++);
    a.website = q.text(i++);
    a.description = q.text(i++);
    a.creationYear = int(q.integer(i++));
    a.employer = q.integer(i++) != 0;
    a.acceptsInterns = q.integer(i++) != 0;
    a.charterSignedOn = q.date(i++);
    a.iaeAgreement = q.text(i++);
    a.esusAgreement = q.integer(i++) != 0;
    a.esusAgreedOn = q.date(i++);
    a.publicationConsent = q.integer(i++) != 0;
    a.notes = q.text(i++);
    a.createdAt = q.instant(i++);
    a.updatedAt = q.instant(i++);
    a.archived = q.integer(i++) != 0;
    return a;
}

Contact DirectorySnapshot::readContact(const Cursor &q, qint64 actorId)
{
    Contact c;
    c.actorId = actorId;
    c.id = q.integer(1);
    c.firstName = q.text(2);
    c.lastName = q.text(3);
    c.role = q.text(4);
    c.email = q.text(5);
    c.phone = q.text(6);
    c.consentGuide = q.integer(7) != 0;
    c.consentGuideOn = q.date(8);
    c.consentGuideSource = q.text(9);
    c.consentNewsletter = q.integer(10) != 0;
    c.consentNewsletterOn = q.date(11);
    c.consentNewsletterSource = q.text(12);
    return c;
}

YearFigures DirectorySnapshot::readFigures(const Cursor &q)
{
    YearFigures f;
    f.year = int(q.integer(1));
    f.headcount = q.optional<int>(2);
    f.fte = q.optional<double>(3);
    f.volunteers = q.optional<int>(4);
    f.members = q.optional<int>(5);
    f.budgetCents = q.optional<qint64>(6);
    return f;
}
