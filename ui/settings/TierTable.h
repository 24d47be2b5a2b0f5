#pragma once

#include "common/Result.h"
#include "tiers/Tier.h"

#include <QHash>
#include <QTableWidget>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace loyalty::ui {

// The tier ladder as an editable table (SPEC §3.4): one row per tier, lowest first — name, spend
// over the last 12 months to reach it, earn percent, target share, badge colour, perks printed on
// the slip. The lowest tier starts at 0 and stays there. What the table holds is turned into the
// settings' tier keys, so Settings checks and stores it like any other rule.
class TierTable : public QTableWidget {
    Q_OBJECT

public:
    enum Column { NameColumn, ThresholdColumn, EarnColumn, TargetColumn, ColorColumn, PerksColumn, ColumnCount };

    explicit TierTable(QWidget *parent = nullptr);

    void setLadder(const TierLadder &ladder);
    // The ladder as edited; an error (translated, with the key as its field) when a spend does not
    // read as an amount.
    Result<TierLadder> ladder() const;
    // The tier keys ("tiers.<n>.<field>") and their values as Settings stores them; a spend that
    // does not read as an amount is given as typed (Settings refuses it).
    QHash<QString, QString> values() const;
    void setReadOnly(bool readOnly);
    // Puts the focus on the cell of a key ("tiers.2.threshold_cents").
    void focusKey(const QString &key);
    // The shop's currency, for the spend column's title.
    void retranslate(const QString &currency = QStringLiteral("CNY"));

signals:
    void edited();

private:
    struct Row {
        QLineEdit *name = nullptr;
        QLineEdit *threshold = nullptr;
        QSpinBox *earn = nullptr;
        QSpinBox *target = nullptr;
        QPushButton *color = nullptr;
        QLineEdit *perks = nullptr;
        QString colorValue;
    };
    void setColor(Row &row, const QString &color);
    void chooseColor(int level);

    QList<Row> m_rows;
    TierLadder m_base;   // what setLadder() gave: levels and anything the table does not show
    bool m_readOnly = false;
};

} // namespace loyalty::ui
