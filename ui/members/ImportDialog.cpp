#include "members/ImportDialog.h"

#include "common/BusyTask.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {
QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Phone")},
        {QStringLiteral("card"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Card number")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Gender")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Birthday")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Email")},
        {QStringLiteral("points"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Points")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Tags")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Note")},
        {QStringLiteral("joined"), QT_TRANSLATE_NOOP("loyalty::ui::ImportDialog", "Joined")},
    };
    return QCoreApplication::translate("loyalty::ui::ImportDialog", names.value(field, ""));
}
} // namespace

ImportDialog::ImportDialog(ShopSession &session, const QByteArray &bytes, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_session(session), m_bytes(bytes)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import members from %1").arg(QFileInfo(fileName).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each column of the file goes into the field chosen for it (“—”: left out). A row with a problem is "
                                "left out and listed below with its line; the others go in together."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_columns = new QTableWidget(0, 2, this);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Goes into")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setMaximumHeight(200);
    layout->addWidget(m_columns);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QTableWidget(0, 2, this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_problems, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("&Check again"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importNow"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The columns, with what their names say.
    if (auto header = MemberImport::headerOf(bytes)) {
        m_columns->setRowCount(int(header->size()));
        for (int i = 0; i < header->size(); ++i) {
            m_columns->setItem(i, 0, new QTableWidgetItem(header->at(i)));
            auto *combo = new QComboBox(m_columns);
            combo->addItem(tr("—"), QString());
            for (const QString &field : MemberImport::fields())
                combo->addItem(fieldName(field), field);
            combo->setCurrentIndex(std::max(0, combo->findData(MemberImport::fieldOfHeader(header->at(i)))));
            m_columns->setCellWidget(i, 1, combo);
        }
        m_columns->resizeColumnsToContents();
    }
    resize(640, 560);
}

QComboBox *ImportDialog::mappingOf(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 1));
}

QHash<int, QString> ImportDialog::mapping() const
{
    QHash<int, QString> m;
    for (int i = 0; i < m_columns->rowCount(); ++i)
        if (QComboBox *combo = mappingOf(i))
            m.insert(i, combo->currentData().toString());
    return m;
}

Result<ImportReport> ImportDialog::runImport(const QString &label, bool dryRun)
{
    const QString path = m_session.path();
    const QDateTime now = m_session.clock().now();
    const Operator op = m_session.op();
    const QHash<int, QString> columns = mapping();
    Result<ImportReport> report = Error::internal(QString());
    const Status done = runBusy(this, label, [&]() -> Status {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        const FixedClock clock(now);
        report = MemberImport(**db, clock, op).run(m_bytes, dryRun, columns);
        return {};
    });
    if (!done)
        return done.error();
    return report;
}

bool ImportDialog::check()
{
    const Result<ImportReport> report = runImport(tr("Reading the file…"), true);
    m_problems->setRowCount(0);
    if (!report) {
        m_preview.reset();
        m_summary->setText(report.error().message);
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_import->setEnabled(false);
        return false;
    }
    m_preview = *report;
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("%n member(s) will be imported (the file is %1).", nullptr, int(report->imported)).arg(report->encoding) + u' '
                       + (report->skipped > 0 ? tr("%n row(s) have a problem and will be left out:", nullptr, int(report->skipped))
                                              : tr("No row has a problem.")));
    m_problems->setRowCount(int(report->errors.size()));
    for (int i = 0; i < report->errors.size(); ++i) {
        auto *line = new QTableWidgetItem(QString::number(report->errors.at(i).line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(i, 0, line);
        m_problems->setItem(i, 1, new QTableWidgetItem(report->errors.at(i).reason));
    }
    m_problems->resizeColumnToContents(0);
    m_import->setEnabled(report->imported > 0);
    m_import->setText(tr("&Import %n member(s)", nullptr, int(report->imported)));
    return true;
}

bool ImportDialog::importNow()
{
    if (!m_preview || m_preview->imported == 0)
        return false;
    const Result<ImportReport> report = runImport(tr("Importing the members…"), false);
    if (!report) {
        MessageBox::warning(this, windowTitle(), report.error().message);
        return false;
    }
    emit m_session.memberChanged(0);
    emit imported(report->imported);
    MessageBox::information(this, windowTitle(), tr("%n member(s) imported.", nullptr, int(report->imported)));
    return true;
}

} // namespace loyalty::ui
