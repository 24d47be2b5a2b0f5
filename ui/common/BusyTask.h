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

} // namespace loyalty::ui
