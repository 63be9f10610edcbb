#include "pagerows.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>

namespace {
/// The hidden column that takes the page: essaim_page(?).
constexpr int rowsColumn = 7;

struct Cursor {
    sqlite3_vtab_cursor base;
    const PGresult *rows = nullptr;
    int row = 0;
    int count = 0;
};

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(revision INTEGER, kind TEXT, key TEXT, deleted INTEGER, data TEXT, "
                                            "changed_by TEXT, changed_at TEXT, rows HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    *out = new sqlite3_vtab{};
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    delete table;
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    // Only ever read whole, and only with its page.
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn != rowsColumn || c.op != SQLITE_INDEX_CONSTRAINT_EQ)
            continue;
        if (!c.usable)
            return SQLITE_CONSTRAINT;
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->estimatedCost = 20000;
        info->estimatedRows = 20000;
        return SQLITE_OK;
    }
    return SQLITE_CONSTRAINT;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    *out = &(new Cursor{})->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *cursor, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<Cursor *>(cursor);
    c->rows = argc > 0 ? static_cast<const PGresult *>(sqlite3_value_pointer(argv[0], PageRows::pointerType)) : nullptr;
    c->row = 0;
    c->count = c->rows ? PQntuples(c->rows) : 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *cursor)
{
    const auto *c = reinterpret_cast<Cursor *>(cursor);
    return c->row >= c->count;
}

int column(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int i)
{
    const auto *c = reinterpret_cast<Cursor *>(cursor);
    if (i == rowsColumn) {
        sqlite3_result_null(context);
        return SQLITE_OK;
    }
    const char *value = PQgetvalue(c->rows, c->row, i);
    if (i == 0)
        sqlite3_result_int64(context, std::strtoll(value, nullptr, 10));
    else if (i == 3)
        sqlite3_result_int(context, value[0] == '1' ? 1 : 0);
    else  // the server's UTF-8 text, which lives as long as the statement
        sqlite3_result_text(context, value, PQgetlength(c->rows, c->row, i), SQLITE_STATIC);
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *id)
{
    *id = reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.xConnect = connect;  // no xCreate: only ever used as essaim_page(?)
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xOpen = open;
    m.xClose = close;
    m.xFilter = filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = column;
    m.xRowid = rowid;
    return m;
}

const sqlite3_module module = makeModule();
} // namespace

bool PageRows::install(sqlite3 *db)
{
    return db && sqlite3_create_module_v2(db, "essaim_page", &module, nullptr, nullptr) == SQLITE_OK;
}
