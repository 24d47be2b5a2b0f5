#pragma once

#include "members/MemberImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace loyalty::ui {

class ShopSession;

// Members from a CSV file (SPEC §6), in two steps: what the import would do (a dry run: how many
// members, every bad row with its line and reason), with the file's columns mapped to the fields
// (filled in from the header's names, English or Chinese; changed by hand when a header is not
// ours), then the import itself. Both run on a worker thread on their own connection.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(ShopSession &session, const QByteArray &bytes, const QString &fileName, QWidget *parent = nullptr);

    // The dry run with the mapping shown; false when the file cannot be read at all (said in the
    // dialog).
    bool check();
    // The import; true when members went in.
    bool importNow();
    const std::optional<ImportReport> &preview() const { return m_preview; }
    QComboBox *mappingOf(int column) const;

signals:
    void imported(qint64 members);

private:
    QHash<int, QString> mapping() const;
    // The import (or its dry run) with the mapping, on a worker thread on its own connection.
    Result<ImportReport> runImport(const QString &label, bool dryRun);

    ShopSession &m_session;
    QByteArray m_bytes;
    std::optional<ImportReport> m_preview;
    QLabel *m_summary = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace loyalty::ui
