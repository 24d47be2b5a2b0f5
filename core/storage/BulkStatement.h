#pragma once

#include "common/Result.h"

#include <QByteArrayView>

#include <functional>

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace loyalty {

// One prepared statement run row after row through SQLite's own interface, for bulk loads
// (VisitBatch::flush): binding a value there costs a fraction of what it costs through QSqlQuery
// and QVariant, and a bulk load binds tens of millions. Made and kept by Database::bulkStatement();
// used only inside storage, on the Database's own thread.
class BulkStatement {
public:
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Values in the order of the statement's placeholders, then run().
    BulkStatement &operator<<(qint64 value);
    BulkStatement &operator<<(int value) { return *this << qint64(value); }
    BulkStatement &operator<<(const QString &text);       // a null QString binds ''
    BulkStatement &operator<<(std::optional<qint64> value); // std::nullopt binds NULL
    BulkStatement &null();
    // Runs the statement with the values bound, and readies it for the next row.
    Status run();

    // Reading (a pass over many rows without a QVariant per value): step() until it says there is
    // no more row, reading the columns in between, then finish(). Text stays valid until the next
    // step.
    Result<bool> step();
    // Steps through every row, calling `each` on it; `each` returns false to stop early.
    Status forEachRow(const std::function<bool(const BulkStatement &)> &each);
    qint64 integer(int column) const;
    bool isNull(int column) const;
    QByteArrayView utf8(int column) const;
    QString text(int column) const;
    void finish();

private:
    friend class Database;
    BulkStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    BulkStatement &bound(int rc);   // keeps the first binding error for run()

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    int m_next = 1;
    int m_failed = 0;   // the first binding error, reported by run()
};

} // namespace loyalty
