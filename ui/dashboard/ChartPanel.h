#pragma once

#include "reports/DataTable.h"

#include <QFrame>

class QChart;
class QChartView;
class QToolButton;

namespace loyalty::ui {

// One chart of the dashboard with its two buttons: save the picture as PNG, save the numbers
// behind it as CSV (SPEC §3.7). It shows a QChart, or any widget that paints itself (the cohort
// heat map).
class ChartPanel : public QFrame {
    Q_OBJECT

public:
    // A panel showing QCharts.
    ChartPanel(const QString &name, QWidget *parent = nullptr);
    // A panel showing `view`, which it takes.
    ChartPanel(const QString &name, QWidget *view, QWidget *parent);

    // Shows `chart` (taken; the previous one is deleted) and keeps `data` for the CSV.
    void setChart(QChart *chart, DataTable data);
    // For a panel with its own view: the data only.
    void setData(DataTable data);

    QWidget *view() const { return m_view; }
    QChart *chart() const;
    const DataTable &data() const { return m_data; }
    // What the buttons do, after asking for a file; false when not saved (a message was shown).
    bool savePicture(const QString &path);
    bool saveData(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void askAndSave(bool picture);

    QString m_name;          // the files' suggested name
    QWidget *m_view = nullptr;
    QChartView *m_chartView = nullptr;
    DataTable m_data;
    QToolButton *m_savePicture = nullptr;
    QToolButton *m_saveData = nullptr;
};

} // namespace loyalty::ui
