#include "common/ShopSession.h"

#include "members/PhoneNumber.h"
#include "shop/Backups.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace loyalty::ui {

ShopSession::ShopSession(QObject *parent) : QObject(parent), m_clock(std::make_unique<SystemClock>())
{
    // Expiry runs at open and again at each day change while the shop is open (SPEC §3.3).
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60'000);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        if (m_db && m_clock->today() != m_maintainedDay)
            runMaintenance();
    });
    const auto changed = [this] { m_changedSinceOpen = true; };
    connect(this, &ShopSession::memberChanged, this, changed);
    connect(this, &ShopSession::visitsChanged, this, changed);
    connect(this, &ShopSession::settingsChanged, this, changed);
}

ShopSession::~ShopSession()
{
    m_checkpointer.reset();
    m_checkout.reset();
    m_members.reset();
    m_settings.reset();
}

void ShopSession::adopt(std::unique_ptr<Database> db)
{
    close();
    m_db = std::move(db);
    m_checkpointer = std::make_unique<WalCheckpointer>(*m_db);
    rebuildServices();
    runMaintenance();
    m_dayTimer->start();
    m_changedSinceOpen = false;
    emit opened();
    checkInBackground();
    backUpInBackground();
}

void ShopSession::runMaintenance()
{
    m_maintainedDay = m_clock->today();
    // Expiry here (quick: one indexed pass); the tier reviews, which read a year of visits, on a
    // worker thread.
    auto report = ShopMaintenance(*m_db, *m_clock).run(ShopMaintenance::Parts::ExpiryOnly);
    if (!report)
        return; // the next change of day tries again; opening already proved the file is usable
    if (report->expiry.points > 0)
        emit visitsChanged(0);
    emit maintained(*report);
    // The rest reads days or a year of visits: the 12-month spends moved to today (SPEC §3.5) and the
    // tier reviews due.
    auto due = TierService(*m_db, *m_clock).reviewsDue();
    auto spendDay = MemberTotalsRepository(*m_db).spendDay();
    if ((due && !due->isEmpty()) || (spendDay && *spendDay != m_clock->today()))
        maintainInBackground();
}

void ShopSession::maintainInBackground()
{
    if (m_reviewing) { // asked again (another open, a day change): once more when this one is done
        m_reviewAgain = true;
        return;
    }
    m_reviewing = true;
    m_reviewAgain = false;
    const QString path = m_db->path();
    const QDateTime now = m_clock->now();
    auto *watcher = new QFutureWatcher<Result<TierReviewReport>>(this);
    connect(watcher, &QFutureWatcher<Result<TierReviewReport>>::finished, this, [this, watcher, path] {
        const Result<TierReviewReport> reviewed = watcher->result();
        watcher->deleteLater();
        m_reviewing = false;
        if (m_reviewAgain && m_db)
            QTimer::singleShot(0, this, &ShopSession::maintainInBackground);
        if (!m_db || m_db->path() != path)
            return;
        if (!reviewed) {
            emit tierReviewFailed(reviewed.error().message);
            return;
        }
        if (!reviewed->changed.isEmpty())
            emit memberChanged(0);
        emit tiersReviewed(*reviewed);
    });
    watcher->setFuture(QtConcurrent::run([path, now]() -> Result<TierReviewReport> {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        FixedClock clock(now);
        if (Status s = MemberTotalsRepository(**db).moveSpendWindow(clock.today()); !s)
            return s.error();
        return TierService(**db, clock).reviewDue();
    }));
}

// Database::open checks small files fully; a large one is checked here, on its own connection in a
// worker thread, so opening stays fast and the GUI never waits (SPEC §8.6).
// SPEC §8.5: a verified backup at the first open of each day, made on its own connection in a
// worker thread so the counter is usable at once.
void ShopSession::backUpInBackground()
{
    const QString path = m_db->path();
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        const Result<QString> made = watcher->result();
        watcher->deleteLater();
        if (!made)
            emit backupFailed(made.error().message);
        else if (!made->isEmpty())
            emit backedUp(*made);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<QString> {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        SystemClock clock;
        auto made = Backups(**db, clock).dailyIfDue();
        if (!made)
            return made.error();
        return *made ? (*made)->path : QString();
    }));
}

void ShopSession::checkInBackground()
{
    if (QFileInfo(m_db->path()).size() <= Database::quickCheckLimit())
        return;
    const QString path = m_db->path();
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, path] {
        const QStringList problems = watcher->result();
        watcher->deleteLater();
        if (!problems.isEmpty() && m_db && m_db->path() == path)
            emit integrityProblems(problems);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> QStringList {
        auto db = Database::open(path);
        if (!db)
            return {db.error().message};
        return (*db)->checkIntegrity(false);
    }));
}

void ShopSession::close()
{
    if (!m_db)
        return;
    m_dayTimer->stop();
    m_checkpointer.reset();
    m_members.reset();
    m_checkout.reset();
    m_settings.reset();
    m_db.reset();
    emit closed();
}

void ShopSession::setClock(std::unique_ptr<Clock> clock)
{
    m_clock = std::move(clock);
    if (m_db)
        rebuildServices();
}

void ShopSession::setOperator(const Operator &op)
{
    m_operator = op;
    if (m_db)
        rebuildServices();
    emit operatorChanged();
}

void ShopSession::rebuildServices()
{
    m_members = std::make_unique<MemberService>(*m_db, *m_clock, m_operator);
    m_checkout = std::make_unique<CheckoutService>(*m_db, *m_clock, m_operator);
    m_settings = std::make_unique<Settings>(*m_db);
}

QString ShopSession::phoneForDisplay(const QString &normalised) const
{
    if (normalised.isEmpty())
        return {};
    return m_operator.isOwner() ? PhoneNumber::display(normalised) : PhoneNumber::masked(normalised);
}

} // namespace loyalty::ui
