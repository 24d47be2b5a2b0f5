#include "storage/WalCheckpointer.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace loyalty {

namespace {
constexpr int kSqliteDefaultAutoCheckpoint = 1000;
} // namespace

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs) : m_db(db), m_intervalMs(intervalMs)
{
    m_db.setAutoCheckpoint(kBackstopPages);
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
    m_db.setAutoCheckpoint(kSqliteDefaultAutoCheckpoint);
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
