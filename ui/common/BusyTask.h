#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace loyalty::ui {

// Runs work that may take seconds on a large shop (a backup, a restore) on a worker thread, with a
// busy progress dialog, and returns its result; the GUI keeps painting meanwhile. `work` must not
// touch widgets or the GUI thread's database connection (open its own).
Status runBusy(QWidget *parent, const QString &label, const std::function<Status()> &work);

// The same for work with a size (an export): a progress bar and a Cancel button. `work` reports how
// far it is through `progress(done, total)`, which returns false once the person cancelled; the
// work then stops and returns. Cancelled tells the caller it was cancelled (the work's own status
// otherwise).
enum class Progress { Done, Cancelled };
using ProgressReport = std::function<bool(qint64 done, qint64 total)>;
Result<Progress> runWithProgress(QWidget *parent, const QString &label, const std::function<Status(const ProgressReport &progress)> &work);

} // namespace loyalty::ui
