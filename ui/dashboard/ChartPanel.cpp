#include "dashboard/ChartPanel.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace loyalty::ui {

ChartPanel::ChartPanel(const QString &name, QWidget *parent) : QFrame(parent), m_name(name)
{
    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 240);
    m_view = m_chartView;
    build();
}

ChartPanel::ChartPanel(const QString &name, QWidget *view, QWidget *parent) : QFrame(parent), m_name(name), m_view(view)
{
    m_view->setParent(this);
    build();
}

void ChartPanel::build()
{
    setObjectName(m_name + QStringLiteral("Panel"));
    m_view->setObjectName(m_name + QStringLiteral("Chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 0, 4, 2);
    buttons->addStretch();
    m_savePicture = new QToolButton(this);
    m_savePicture->setObjectName(m_name + QStringLiteral("SavePicture"));
    m_saveData = new QToolButton(this);
    m_saveData->setObjectName(m_name + QStringLiteral("SaveData"));
    for (QToolButton *b : {m_savePicture, m_saveData}) {
        b->setAutoRaise(true);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(m_savePicture, &QToolButton::clicked, this, [this] { askAndSave(true); });
    connect(m_saveData, &QToolButton::clicked, this, [this] { askAndSave(false); });
    retranslateUi();
}

void ChartPanel::setChart(QChart *chart, DataTable data)
{
    Q_ASSERT(m_chartView);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    setData(std::move(data));
}

void ChartPanel::setData(DataTable data)
{
    m_data = std::move(data);
}

QChart *ChartPanel::chart() const
{
    return m_chartView ? m_chartView->chart() : nullptr;
}

bool ChartPanel::savePicture(const QString &path)
{
    if (!m_view->grab().save(path, "PNG")) {
        MessageBox::warning(this, tr("Picture not saved"), tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool ChartPanel::saveData(const QString &path)
{
    if (Status s = m_data.save(path); !s) {
        MessageBox::warning(this, tr("Data not saved"), s.error().message);
        return false;
    }
    return true;
}

void ChartPanel::askAndSave(bool picture)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(m_name + (picture ? QStringLiteral(".png") : QStringLiteral(".csv")));
    const QString path = picture ? FileDialog::saveFileName(this, tr("Save the chart as a picture"), suggested, tr("PNG pictures (*.png)"))
                                 : FileDialog::saveFileName(this, tr("Save the chart's data"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    picture ? savePicture(path) : saveData(path);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ChartPanel::retranslateUi()
{
    m_savePicture->setText(tr("Save picture…"));
    m_savePicture->setToolTip(tr("Save this chart as a PNG picture"));
    m_saveData->setText(tr("Save data…"));
    m_saveData->setToolTip(tr("Save the numbers behind this chart as a CSV file (opens in Excel)"));
}

} // namespace loyalty::ui
