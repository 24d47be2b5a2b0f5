#include "storage/BulkStatement.h"

#include "storage/Database.h"

#include <QSqlError>

#include <sqlite3.h>

namespace loyalty {

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

BulkStatement &BulkStatement::bound(int rc)
{
    if (rc != SQLITE_OK && !m_failed)
        m_failed = rc;
    return *this;
}

BulkStatement &BulkStatement::operator<<(qint64 value)
{
    return bound(sqlite3_bind_int64(m_statement, m_next++, value));
}

BulkStatement &BulkStatement::operator<<(const QString &text)
{
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries may be bound.
    return bound(sqlite3_bind_text16(m_statement, m_next++, text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16()),
                                     int(text.size() * 2), SQLITE_TRANSIENT));
}

BulkStatement &BulkStatement::operator<<(std::optional<qint64> value)
{
    return value ? *this << *value : null();
}

BulkStatement &BulkStatement::null()
{
    return bound(sqlite3_bind_null(m_statement, m_next++));
}

Status BulkStatement::run()
{
    int rc = m_failed;
    if (!rc) {
        rc = sqlite3_step(m_statement);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            rc = 0;
    }
    QString message;
    if (rc)
        message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    m_next = 1;
    m_failed = 0;
    if (rc)
        return Database::errorFrom(QSqlError(QString(), message, QSqlError::StatementError, QString::number(rc)));
    return {};
}

Result<bool> BulkStatement::step()
{
    if (m_failed) {
        const int rc = m_failed;
        finish();
        return Database::errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errstr(rc)), QSqlError::StatementError, QString::number(rc)));
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        finish();
        return false;
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    finish();
    return Database::errorFrom(QSqlError(QString(), message, QSqlError::StatementError, QString::number(rc)));
}

Status BulkStatement::forEachRow(const std::function<bool(const BulkStatement &)> &each)
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (!each(*this)) {
            finish();
            return {};
        }
    }
}

qint64 BulkStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool BulkStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView BulkStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QString BulkStatement::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

void BulkStatement::finish()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
    m_failed = 0;
}

} // namespace loyalty
