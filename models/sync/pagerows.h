#pragma once

struct sqlite3;

/// A page of the server's records as libpq received it (revision, kind,
/// key, deleted, data, changed_by, changed_at), read by SQL as the table
/// essaim_page(?) — the result bound with sqlite3_bind_pointer() as
/// pointerType — without being copied: a join writes each page of its
/// council from there (JoinWriter::writePage), where inserting it first
/// into a temporary table copied the council's 700 MB of JSON once more.
namespace PageRows {
inline constexpr const char pointerType[] = "essaim_pg_result";
/// Makes essaim_page known to @p db; false when SQLite refuses.
bool install(sqlite3 *db);
} // namespace PageRows
