#include "settings/TierTable.h"

#include "common/Money.h"
#include "shop/Settings.h"

#include <QColorDialog>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace loyalty::ui {

TierTable::TierTable(QWidget *parent) : QTableWidget(TierLadder::kLevels, ColumnCount, parent)
{
    setObjectName(QStringLiteral("tierTable"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(PerksColumn, QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(70);
    verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize() + 6);
    for (int level = 0; level < TierLadder::kLevels; ++level) {
        Row row;
        const QString key = QStringLiteral("tiers.%1.").arg(level);
        row.name = new QLineEdit(this);
        row.name->setObjectName(key + QStringLiteral("name"));
        row.name->setMaxLength(TierLadder::kMaxNameLength);
        row.threshold = new QLineEdit(this);
        row.threshold->setObjectName(key + QStringLiteral("threshold_cents"));
        row.threshold->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.threshold->setMaximumWidth(120);
        row.earn = new QSpinBox(this);
        row.earn->setObjectName(key + QStringLiteral("earn_percent"));
        row.earn->setRange(0, TierLadder::kMaxEarnPercent);
        row.earn->setSuffix(QStringLiteral("%"));
        row.target = new QSpinBox(this);
        row.target->setObjectName(key + QStringLiteral("target_percent"));
        row.target->setRange(0, 100);
        row.target->setSuffix(QStringLiteral("%"));
        row.color = new QPushButton(this);
        row.color->setObjectName(key + QStringLiteral("color"));
        row.color->setFixedWidth(64);
        row.perks = new QLineEdit(this);
        row.perks->setObjectName(key + QStringLiteral("perks"));
        row.perks->setMaxLength(TierLadder::kMaxPerksLength);
        setCellWidget(level, NameColumn, row.name);
        setCellWidget(level, ThresholdColumn, row.threshold);
        setCellWidget(level, EarnColumn, row.earn);
        setCellWidget(level, TargetColumn, row.target);
        setCellWidget(level, ColorColumn, row.color);
        setCellWidget(level, PerksColumn, row.perks);
        for (QLineEdit *edit : {row.name, row.threshold, row.perks})
            connect(edit, &QLineEdit::textEdited, this, &TierTable::edited);
        for (QSpinBox *spin : {row.earn, row.target})
            connect(spin, &QSpinBox::valueChanged, this, &TierTable::edited);
        connect(row.color, &QPushButton::clicked, this, [this, level] { chooseColor(level); });
        m_rows << row;
    }
    // The lowest tier is where everyone starts: at 0, always.
    m_rows.first().threshold->setReadOnly(true);
    setFixedHeight(horizontalHeader()->sizeHint().height() + TierLadder::kLevels * verticalHeader()->defaultSectionSize()
                   + 2 * frameWidth() + 2);
    setMinimumWidth(640);
    retranslate();
}

void TierTable::retranslate(const QString &currency)
{
    setHorizontalHeaderLabels({tr("Tier"), tr("Spend in 12 months (%1)").arg(Money::currencySymbol(currency).trimmed()), tr("Earns"), tr("Target share"), tr("Colour"),
                               tr("Perks (printed on the slip)")});
    for (int level = 0; level < m_rows.size(); ++level) {
        Row &row = m_rows[level];
        row.threshold->setToolTip(level == 0 ? tr("Every member holds at least the lowest tier.")
                                             : tr("What a member spends over the last 365 days to reach this tier."));
        row.earn->setToolTip(tr("Points earned at this tier, as a percent of the usual points."));
        row.target->setToolTip(tr("The share of members this tier aims for; the shares add up to 100%."));
        row.color->setToolTip(tr("The colour of the tier's badge. Click to choose."));
    }
}

void TierTable::setColor(Row &row, const QString &color)
{
    row.colorValue = color;
    row.color->setText(color.isEmpty() ? tr("none") : QString());
    row.color->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("QPushButton { background: %1; border: 1px solid #888; border-radius: 3px; min-height: 20px; }").arg(color));
}

void TierTable::chooseColor(int level)
{
    if (m_readOnly)
        return;
    Row &row = m_rows[level];
    const QColor chosen = QColorDialog::getColor(QColor(row.colorValue), this, tr("Colour of %1").arg(row.name->text().trimmed()));
    if (!chosen.isValid())
        return;
    setColor(row, chosen.name());
    emit edited();
}

void TierTable::setLadder(const TierLadder &ladder)
{
    m_base = ladder;
    const QSignalBlocker blocker(this);
    for (int level = 0; level < m_rows.size(); ++level) {
        Row &row = m_rows[level];
        const Tier &t = ladder.at(level);
        for (QObject *o : std::initializer_list<QObject *>{row.name, row.threshold, row.earn, row.target, row.perks})
            o->blockSignals(true);
        row.name->setText(t.name);
        row.threshold->setText(Money(t.thresholdCents).toPlainString());
        row.earn->setValue(t.earnPercent);
        row.target->setValue(t.targetPercent);
        row.perks->setText(t.perks);
        setColor(row, t.color);
        for (QObject *o : std::initializer_list<QObject *>{row.name, row.threshold, row.earn, row.target, row.perks})
            o->blockSignals(false);
    }
}

Result<TierLadder> TierTable::ladder() const
{
    TierLadder out = m_base;
    for (int level = 0; level < m_rows.size() && level < out.size(); ++level) {
        const Row &row = m_rows.at(level);
        Tier &t = out.tiers()[level];
        auto spend = Money::parse(row.threshold->text());
        if (!spend)
            return Error::invalid(tr("Enter the spend for %1 as an amount, such as 500 or 500.00.").arg(row.name->text().trimmed()),
                                  row.threshold->objectName());
        t.name = row.name->text().trimmed();
        t.thresholdCents = spend->cents();
        t.earnPercent = row.earn->value();
        t.targetPercent = row.target->value();
        t.perks = row.perks->text().trimmed();
        t.color = row.colorValue;
    }
    return out;
}

QHash<QString, QString> TierTable::values() const
{
    QHash<QString, QString> out;
    for (int level = 0; level < m_rows.size(); ++level) {
        const Row &row = m_rows.at(level);
        const auto key = [level](const char *field) { return QStringLiteral("tiers.%1.%2").arg(level).arg(QLatin1String(field)); };
        const auto spend = Money::parse(row.threshold->text());
        out.insert(key("name"), row.name->text().trimmed());
        out.insert(key("threshold_cents"), spend ? QString::number(spend->cents()) : row.threshold->text());
        out.insert(key("earn_percent"), QString::number(row.earn->value()));
        out.insert(key("target_percent"), QString::number(row.target->value()));
        out.insert(key("perks"), row.perks->text().trimmed());
        out.insert(key("color"), row.colorValue);
    }
    return out;
}

void TierTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (int level = 0; level < m_rows.size(); ++level) {
        const Row &row = m_rows.at(level);
        row.name->setReadOnly(readOnly);
        row.threshold->setReadOnly(readOnly || level == 0);
        row.perks->setReadOnly(readOnly);
        for (QSpinBox *spin : {row.earn, row.target}) {
            spin->setReadOnly(readOnly);
            spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
        }
    }
}

void TierTable::focusKey(const QString &key)
{
    if (auto *w = findChild<QWidget *>(key))
        w->setFocus();
}

} // namespace loyalty::ui
