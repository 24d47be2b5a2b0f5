#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace loyalty {

class Database;

// Moves the copying of the write-ahead log back into the shop file off the counter's path.
//
// In WAL mode SQLite copies the log into the database ("checkpoint") when a commit finds the log
// longer than wal_autocheckpoint pages; that commit then waits for the copy and an extra fsync —
// about one checkout in a hundred, several milliseconds each time. While a WalCheckpointer runs, a
// thread of its own with its own connection makes passive checkpoints (they never block readers
// or writers) every `interval`, and the owner's connection checkpoints by itself only when the log
// grows very long (a backstop should that thread fall behind).
class WalCheckpointer {
public:
    static constexpr int kBackstopPages = 20000;   // ~80 MB of log before a commit checkpoints itself

    WalCheckpointer(Database &db, int intervalMs = 500);
    ~WalCheckpointer();   // stops the thread and gives the connection its usual automatic checkpoints
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    int checkpoints() const;   // passive checkpoints made so far (for tests and the bench)

private:
    void run();

    Database &m_db;
    const int m_intervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};

} // namespace loyalty
