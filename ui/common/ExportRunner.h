#pragma once

#include "csv/CsvExport.h"

#include <QCoreApplication>

class QWidget;

namespace loyalty::ui {

class ShopSession;

// File → Export: asks where, then writes the CSV on a worker thread on its own connection with a
// progress bar and Cancel (SPEC §6: millions of rows). Owner only. True when a file was written.
struct ExportRunner {
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)

public:
    static bool run(QWidget *parent, ShopSession &session, CsvExport::What what);
    static QString title(CsvExport::What what);
};

} // namespace loyalty::ui
