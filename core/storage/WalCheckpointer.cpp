#include "storage/WalCheckpointer.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

namespace {
constexpr int kSqliteDefaultAutoCheckpoint = 1000;

void setAutoCheckpoint(Database &db, int pages)
{
    (void)exec(db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}
} // namespace

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs) : m_db(db), m_intervalMs(intervalMs)
{
    setAutoCheckpoint(m_db, kBackstopPages);
    m_thread = std::thread(&WalCheckpointer::run, this);
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    setAutoCheckpoint(m_db, kSqliteDefaultAutoCheckpoint);
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void WalCheckpointer::run()
{
    // A connection belongs to the thread that made it: this one is made, used and closed here.
    auto other = m_db.openAnotherConnection();
    if (!other)
        return; // the owner's connection goes on checkpointing by itself (the backstop)
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; })) {
        lock.unlock();
        const bool done = exec((*other)->connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).ok();
        lock.lock();
        if (done)
            ++m_checkpoints;
    }
}

} // namespace loyalty
