#include "settings/SettingsScreen.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "common/ShopSession.h"
#include "rules/PointsRules.h"
#include "settings/TierTable.h"
#include "tiers/TierMoves.h"
#include "storage/TierRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace loyalty::ui {

namespace {

const QString kCategoryField = QStringLiteral("category");
const QString kTiersField = QStringLiteral("tiers");
const QString kGraceKey = QStringLiteral("tiers.grace_months");
const QString kExampleField = QStringLiteral("exampleAmount");
const QString kModeKey = QStringLiteral("expiry.mode");
const QString kMemberDayKey = QStringLiteral("promo.member_day");
const QString kMemberDayPercentKey = QStringLiteral("promo.member_day_percent");
// The preview's example visit is at most 100,000.00, so that the points it earns (at most
// 1,000 per yuan × 1,000% × 1,000%) fit the int of a translated plural.
constexpr qint64 kMaxExampleCents = 10'000'000;
// A balance no redemption in the preview runs out of.
constexpr qint64 kAnyBalance = 1'000'000'000'000LL;

// A spin box or combo box that leaves the mouse wheel to the page unless it has the focus:
// scrolling through the form must not change a rule on the way.
template <typename Base> class WheelSafe : public Base {
public:
    using Base::Base;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (this->hasFocus())
            Base::wheelEvent(event);
        else
            event->ignore();
    }
};

enum CategoryColumns { NameColumn, PercentColumn };

// A setting's limits, from the one table in Settings.
void setRangeOf(QSpinBox *spin, const QString &key)
{
    if (const SettingDef *def = Settings::find(key))
        spin->setRange(int(def->min), int(def->max));
    spin->setAccelerated(true);
    spin->setAlignment(Qt::AlignRight);
    spin->setGroupSeparatorShown(true);
    spin->setFixedWidth(130);
}

QFormLayout *groupForm(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(6);
    form->setHorizontalSpacing(16);
    return form;
}

QString percentSuffix()
{
    return SettingsScreen::tr("%", "a percent after a number");
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, SettingsScreen::tr("d MMMM yyyy", "a date: day, month and year"));
}

} // namespace

SettingsScreen::SettingsScreen(ShopSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    m_title = new QLabel(this);
    makeTitle(m_title);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffcc80; border-radius: 4px; padding: 6px 10px; }"));
    m_readOnlyNote->setVisible(false);
    layout->addWidget(m_readOnlyNote);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("settingsForm"));
    auto *groups = new QVBoxLayout(form);
    groups->setContentsMargins(0, 0, 8, 0);
    groups->addWidget(buildEarning());
    m_bonuses = buildGroup(QStringLiteral("bonusesGroup"),
        {QStringLiteral("bonus.birthday_points"), QStringLiteral("bonus.referral_points"),
            QStringLiteral("bonus.signup_points")});
    m_redeeming = buildGroup(QStringLiteral("redeemingGroup"),
        {QStringLiteral("redeem.points_per_yuan"), QStringLiteral("redeem.max_percent"), QStringLiteral("redeem.min_points")});
    groups->addWidget(m_bonuses);
    groups->addWidget(m_redeeming);
    groups->addWidget(buildExpiry());
    groups->addWidget(buildTiers());
    groups->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(form);
    body->addWidget(m_scroll, 1);
    // The preview, and under it what Save would do: beside the form, always in sight.
    auto *right = new QVBoxLayout;
    right->addWidget(buildPreview());
    right->addStretch();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    body->addLayout(right);
    layout->addLayout(body, 1);

    connect(m_save, &QPushButton::clicked, this, &SettingsScreen::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsScreen::revert);
    const auto reload = [this] {
        m_lastAction = LastAction::None;
        retranslateUi(); // the shop's currency is in some labels
        load();
    };
    connect(&m_session, &ShopSession::opened, this, reload);
    connect(&m_session, &ShopSession::closed, this, reload);
    // Someone else at the keyboard sees the saved rules, not edits left in the form.
    connect(&m_session, &ShopSession::operatorChanged, this, &SettingsScreen::load);
    connect(&m_session, &ShopSession::settingsChanged, this, [this] {
        if (changes().isEmpty()) // saved elsewhere: show it, unless the form holds edits
            load();
    });
    retranslateUi();
    load();
}

QSpinBox *SettingsScreen::spinFor(const QString &key, QWidget *parent)
{
    auto *spin = new WheelSafe<QSpinBox>(parent);
    spin->setObjectName(key);
    setRangeOf(spin, key);
    m_spins.insert(key, spin);
    connect(spin, &QSpinBox::valueChanged, this, &SettingsScreen::formChanged);
    return spin;
}

// One row of a group: the label, the editor with a hint beside it, and under them a place for a problem.
void SettingsScreen::addRow(QFormLayout *form, const QString &field, QWidget *editor)
{
    auto *column = new QWidget(form->parentWidget());
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setSpacing(12);
    line->addWidget(editor, 0, Qt::AlignTop);
    auto *hint = new QLabel(column);
    hint->setObjectName(QStringLiteral("hint_") + field);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMinimumWidth(160);
    line->addWidget(hint, 1);
    v->addLayout(line);
    auto *error = new QLabel(column);
    error->setObjectName(QStringLiteral("error_") + field);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setVisible(false);
    v->addWidget(error);
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(editor);
    form->addRow(label, column);
    m_labels.insert(field, label);
    m_hints.insert(field, hint);
    m_errors.insert(field, error);
}

// A group of rules, with a row for each of `spins`; more rows may follow.
QGroupBox *SettingsScreen::buildGroup(const QString &name, const QStringList &spins)
{
    auto *group = new QGroupBox(this);
    group->setObjectName(name);
    QFormLayout *form = groupForm(group);
    for (const QString &key : spins)
        addRow(form, key, spinFor(key, group));
    return group;
}

QGroupBox *SettingsScreen::buildEarning()
{
    m_earning = buildGroup(QStringLiteral("earningGroup"), {QStringLiteral("earn.points_per_yuan")});
    auto *form = static_cast<QFormLayout *>(m_earning->layout());
    // The member day and what it earns, in one row; a problem with either shows under it.
    auto *memberDay = new QWidget(m_earning);
    auto *dayLine = new QHBoxLayout(memberDay);
    dayLine->setContentsMargins(0, 0, 0, 0);
    for (const QString &key : {kMemberDayKey, kMemberDayPercentKey}) {
        QSpinBox *spin = spinFor(key, memberDay);
        spin->setFixedWidth(90);
        dayLine->addWidget(spin);
        if (key == kMemberDayKey) {
            m_memberDayEarns = new QLabel(memberDay);
            dayLine->addWidget(m_memberDayEarns);
        }
    }
    addRow(form, kMemberDayKey, memberDay);
    m_errors.insert(kMemberDayPercentKey, m_errors.value(kMemberDayKey));

    // Category percents: the list, and a line to add one.
    auto *categories = new QWidget(m_earning);
    auto *v = new QHBoxLayout(categories);
    v->setContentsMargins(0, 0, 0, 0);
    m_categories = new QTableWidget(0, 2, categories);
    m_categories->setObjectName(QStringLiteral("categoryTable"));
    m_categories->verticalHeader()->setVisible(false);
    m_categories->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_categories->horizontalHeader()->setSectionResizeMode(PercentColumn, QHeaderView::Fixed);
    m_categories->setColumnWidth(PercentColumn, 90);
    m_categories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_categories->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categories->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categories->setFixedWidth(240);
    m_categories->setFixedHeight(m_categories->horizontalHeader()->sizeHint().height()
        + 3 * m_categories->verticalHeader()->defaultSectionSize() + 2 * m_categories->frameWidth());
    v->addWidget(m_categories);
    auto *addLine = new QVBoxLayout;
    m_categoryName = new QLineEdit(categories);
    m_categoryName->setObjectName(QStringLiteral("categoryName"));
    m_categoryName->setMaxLength(int(Settings::kMaxCategoryLength));
    m_categoryPercent = new WheelSafe<QSpinBox>(categories);
    m_categoryPercent->setObjectName(QStringLiteral("categoryPercent"));
    setRangeOf(m_categoryPercent, Settings::categoryPrefix() + u'*');
    m_categoryPercent->setValue(100);
    m_addCategory = new QPushButton(categories);
    m_addCategory->setObjectName(QStringLiteral("addCategoryButton"));
    m_removeCategory = new QPushButton(categories);
    m_removeCategory->setObjectName(QStringLiteral("removeCategoryButton"));
    m_categoryName->setFixedWidth(150);
    m_categoryPercent->setFixedWidth(150);
    addLine->setSpacing(4);
    addLine->addWidget(m_categoryName);
    addLine->addWidget(m_categoryPercent);
    addLine->addWidget(m_addCategory);
    addLine->addStretch();
    addLine->addWidget(m_removeCategory);
    v->addLayout(addLine);
    addRow(form, kCategoryField, categories);

    connect(m_addCategory, &QPushButton::clicked, this, &SettingsScreen::addCategory);
    connect(m_categoryName, &QLineEdit::returnPressed, this, &SettingsScreen::addCategory);
    connect(m_removeCategory, &QPushButton::clicked, this, &SettingsScreen::removeCategory);
    connect(m_categories, &QTableWidget::itemSelectionChanged, this, [this] {
        updateEnabled();
        updatePreview();
    });
    return m_earning;
}

QGroupBox *SettingsScreen::buildTiers()
{
    m_tiers = buildGroup(QStringLiteral("tiersGroup"), {kGraceKey});
    auto *form = static_cast<QFormLayout *>(m_tiers->layout());
    // The table takes the whole width, with its problem under it.
    auto *column = new QWidget(m_tiers);
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 4, 0, 0);
    v->setSpacing(2);
    m_tierTable = new TierTable(column);
    v->addWidget(m_tierTable);
    auto *error = new QLabel(column);
    error->setObjectName(QStringLiteral("error_") + kTiersField);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setVisible(false);
    v->addWidget(error);
    m_errors.insert(kTiersField, error);
    form->addRow(column);
    connect(m_tierTable, &TierTable::edited, this, &SettingsScreen::formChanged);
    return m_tiers;
}

QGroupBox *SettingsScreen::buildExpiry()
{
    m_expiry = buildGroup(QStringLiteral("expiryGroup"), {});
    auto *form = static_cast<QFormLayout *>(m_expiry->layout());
    m_expiryMode = new WheelSafe<QComboBox>(m_expiry);
    m_expiryMode->setObjectName(kModeKey);
    for (const char *mode : {"rolling", "yearly", "none"})
        m_expiryMode->addItem(QString(), QString::fromLatin1(mode));
    m_expiryMode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addRow(form, kModeKey, m_expiryMode);
    addRow(form, QStringLiteral("expiry.months"), spinFor(QStringLiteral("expiry.months"), m_expiry));
    connect(m_expiryMode, &QComboBox::currentIndexChanged, this, &SettingsScreen::formChanged);
    return m_expiry;
}

QGroupBox *SettingsScreen::buildPreview()
{
    m_preview = new QGroupBox(this);
    m_preview->setObjectName(QStringLiteral("previewGroup"));
    m_preview->setFixedWidth(330);
    auto *v = new QVBoxLayout(m_preview);
    v->setSpacing(8);
    auto *exampleRow = new QHBoxLayout;
    m_exampleLabel = new QLabel(m_preview);
    m_exampleAmount = new QLineEdit(QStringLiteral("100.00"), m_preview);
    m_exampleAmount->setObjectName(kExampleField);
    m_exampleAmount->setMaxLength(20);
    m_exampleAmount->setMaximumWidth(140);
    m_exampleAmount->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_exampleLabel->setBuddy(m_exampleAmount);
    exampleRow->addWidget(m_exampleLabel);
    exampleRow->addWidget(m_exampleAmount);
    exampleRow->addStretch();
    v->addLayout(exampleRow);
    m_exampleError = new QLabel(m_preview);
    m_exampleError->setObjectName(QStringLiteral("error_") + kExampleField);
    m_exampleError->setWordWrap(true);
    m_exampleError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_exampleError->setVisible(false);
    v->addWidget(m_exampleError);
    for (const char *name : {"memberDay", "otherDay", "category", "bonuses", "redeem", "redeemVisit", "expiry"}) {
        auto *line = new QLabel(m_preview);
        line->setObjectName(QStringLiteral("preview_") + QLatin1String(name));
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->addWidget(line);
        m_previewLines.insert(QString::fromLatin1(name), line);
    }
    m_previewNote = new QLabel(m_preview);
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(m_previewNote);
    connect(m_exampleAmount, &QLineEdit::textChanged, this, &SettingsScreen::updatePreview);
    return m_preview;
}

void SettingsScreen::setRowTexts(const QString &field, const QString &label, const QString &hint)
{
    m_labels.value(field)->setText(label);
    QLabel *h = m_hints.value(field);
    h->setText(hint);
    h->setVisible(!hint.isEmpty());
}

void SettingsScreen::retranslateUi()
{
    const QString currency = m_session.currency();
    const QString oneUnit = Money(100).format(currency);
    m_title->setText(tr("Points rules"));
    m_intro->setText(tr("How members earn points, what points are worth, when they expire and what the tiers take. "
                        "Visits already recorded keep the points they earned."));
    m_readOnlyNote->setText(tr("Only the owner can change the rules."));
    m_earning->setTitle(tr("Earning"));
    m_bonuses->setTitle(tr("Bonuses"));
    m_redeeming->setTitle(tr("Redeeming"));
    m_expiry->setTitle(tr("Expiry"));
    m_tiers->setTitle(tr("Tiers"));
    setRowTexts(kGraceKey, tr("Grace"),
        tr("A tier is kept this long after it was reached or renewed, even when the spend no longer reaches it. "
           "Tiers are reviewed on the first of each month."));
    m_spins.value(kGraceKey)->setSuffix(tr(" months"));
    m_tierTable->retranslate(currency);

    setRowTexts(QStringLiteral("earn.points_per_yuan"), tr("Points per %1 spent").arg(oneUnit),
        tr("Counted on what is left to pay after coupons and points, rounded down once per visit."));
    m_spins.value(kMemberDayKey)->setSpecialValueText(tr("None"));
    m_memberDayEarns->setText(tr("earns"));
    setRowTexts(kCategoryField, tr("Category percents"),
        tr("Items of a listed category earn this percent of the usual points (e.g. 0% for tobacco); "
           "all others earn 100%."));
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Percent")});
    m_categoryName->setPlaceholderText(tr("category, as on the items"));
    m_addCategory->setText(tr("&Add"));
    m_removeCategory->setText(tr("Re&move"));
    setRowTexts(QStringLiteral("bonus.birthday_points"), tr("Birthday bonus"),
        tr("Once a year, with the first visit in the birthday month."));
    setRowTexts(QStringLiteral("bonus.referral_points"), tr("Referral bonus"),
        tr("To the member who sent someone, at that person's first visit."));
    setRowTexts(QStringLiteral("bonus.signup_points"), tr("Sign-up bonus"), tr("When a member is registered."));
    setRowTexts(QStringLiteral("redeem.points_per_yuan"), tr("Points worth %1").arg(oneUnit), tr("When points pay for a visit."));
    setRowTexts(QStringLiteral("redeem.max_percent"), tr("Points pay at most"),
        tr("Of a visit's amount after coupons. 0% = points cannot pay."));
    setRowTexts(QStringLiteral("redeem.min_points"), tr("Smallest redemption"), tr("Fewer points cannot be used at once."));
    m_expiryMode->setItemText(0, tr("Some months after they are earned"));
    m_expiryMode->setItemText(1, tr("At the end of the next year"));
    m_expiryMode->setItemText(2, tr("Never"));
    setRowTexts(QStringLiteral("expiry.months"), tr("Valid for"), tr("Counted from the end of the month they were earned in."));
    for (const QString &key : {QStringLiteral("bonus.birthday_points"), QStringLiteral("bonus.referral_points"),
             QStringLiteral("bonus.signup_points"), QStringLiteral("redeem.min_points")})
        m_spins.value(key)->setSuffix(tr(" points"));
    for (QSpinBox *spin :
        {m_spins.value(kMemberDayPercentKey), m_categoryPercent, m_spins.value(QStringLiteral("redeem.max_percent"))})
        spin->setSuffix(percentSuffix());
    m_spins.value(QStringLiteral("expiry.months"))->setSuffix(tr(" months"));
    for (int row = 0; row < m_categories->rowCount(); ++row)
        if (auto *spin = qobject_cast<QSpinBox *>(m_categories->cellWidget(row, PercentColumn)))
            spin->setSuffix(percentSuffix());

    m_exampleLabel->setText(tr("E&xample visit (%1)").arg(Money::currencySymbol(currency).trimmed()));
    m_previewNote->setText(tr("For a member in the first tier, without coupons. Higher tiers earn more."));
    m_revert->setText(tr("&Revert"));
    m_save->setText(tr("&Save"));
    formChanged();
    // One width for the labels of every group, so that the fields line up across groups.
    int widest = 0;
    for (QLabel *label : std::as_const(m_labels)) {
        label->setMinimumWidth(0);
        widest = std::max(widest, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumWidth(widest);
}

void SettingsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QHash<QString, QString> SettingsScreen::formValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        values.insert(it.key(), QString::number(it.value()->value()));
    values.insert(kModeKey, m_expiryMode->currentData().toString());
    for (int row = 0; row < m_categories->rowCount(); ++row)
        if (auto *spin = qobject_cast<QSpinBox *>(m_categories->cellWidget(row, PercentColumn)))
            values.insert(
                Settings::categoryPrefix() + m_categories->item(row, NameColumn)->text(), QString::number(spin->value()));
    values.insert(m_tierTable->values());
    return values;
}

QList<Settings::Change> SettingsScreen::changes() const
{
    const QHash<QString, QString> now = formValues();
    const QString prefix = Settings::categoryPrefix();
    QList<Settings::Change> list;
    // A category taken off the list goes back to the default: its stored row is removed.
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        if (it.key().startsWith(prefix) && !now.contains(it.key()))
            list << Settings::Change(it.key(), std::nullopt);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        // A listed category is stored even at 100%: the owner put it there. The ladder is in its own table.
        const auto tier = Settings::tierKey(it.key());
        const QString saved = tier                         ? Settings::tierField(m_savedLadder.at(tier->level), tier->field)
                              : it.key().startsWith(prefix) ? m_saved.value(it.key())
                                                            : m_saved.value(it.key(), Settings::defaultValue(it.key()));
        if (saved != it.value())
            list << Settings::Change(it.key(), it.value());
    }
    std::sort(list.begin(), list.end(), [](const Settings::Change &a, const Settings::Change &b) { return a.first < b.first; });
    return list;
}

QString SettingsScreen::errorFor(const QString &field) const
{
    const QLabel *label = field == kExampleField ? m_exampleError : m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsScreen::load()
{
    m_loading = true;
    m_saved.clear();
    if (m_session.isOpen())
        if (auto stored = m_session.settings().storedValues())
            m_saved = *stored;
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        it.value()->setValue(m_saved.value(it.key(), Settings::defaultValue(it.key())).toInt());
    m_expiryMode->setCurrentIndex(std::max(0, m_expiryMode->findData(m_saved.value(kModeKey, Settings::defaultValue(kModeKey)))));
    m_categories->setRowCount(0);
    QStringList names;
    const QString prefix = Settings::categoryPrefix();
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        if (it.key().startsWith(prefix))
            names << it.key().mid(prefix.size());
    std::sort(
        names.begin(), names.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    for (const QString &name : std::as_const(names))
        addCategoryRow(name, m_saved.value(prefix + name).toInt());
    m_categoryName->clear();
    m_categoryPercent->setValue(100);
    m_savedLadder = {};
    if (m_session.isOpen())
        if (auto ladder = TierRepository(m_session.database()).ladder())
            m_savedLadder = *ladder;
    m_tierTable->setLadder(m_savedLadder);
    m_loading = false;
    clearErrors();
    formChanged();
}

bool SettingsScreen::maybeLeave()
{
    if (!m_session.isOpen() || changes().isEmpty())
        return true;
    const auto answer = MessageBox::choose(this, QMessageBox::Question, tr("Rules not saved"),
                                           tr("The points rules have changes that are not saved yet."),
                                           {{QMessageBox::Save, tr("&Save them")},
                                            {QMessageBox::Discard, tr("&Drop them")},
                                            {QMessageBox::Cancel, tr("&Keep editing")}},
                                           QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void SettingsScreen::revert()
{
    m_lastAction = LastAction::Reverted;
    load();
}

void SettingsScreen::formChanged()
{
    if (m_loading)
        return;
    // A problem shown from the last save is about values that have changed since.
    for (QLabel *error : std::as_const(m_errors))
        if (error != m_errors.value(kCategoryField))
            error->setVisible(false);
    // The member day only exists in months that have that day.
    const int day = m_spins.value(kMemberDayKey)->value();
    QString dayHint = tr("A day of each month when visits earn more of the usual points: 200% is double.");
    if (day > 28)
        dayHint += u' ' + tr("Months without a day %1 have no member day.").arg(day);
    setRowTexts(kMemberDayKey, tr("Member day"), dayHint);
    const QString mode = m_expiryMode->currentData().toString();
    setRowTexts(kModeKey, tr("Points expire"),
        mode == u"rolling"      ? tr("At the end of a month, some months after the month they were earned in.")
            : mode == u"yearly" ? tr("On 31 December of the year after they were earned.")
                                : tr("Points stay until they are used."));
    updateEnabled();
    updatePreview();
}

void SettingsScreen::updateEnabled()
{
    const bool open = m_session.isOpen();
    const bool owner = open && m_session.op().isOwner();
    m_readOnlyNote->setVisible(open && !owner);
    QList<QSpinBox *> spins = m_spins.values();
    for (int row = 0; row < m_categories->rowCount(); ++row)
        if (auto *spin = qobject_cast<QSpinBox *>(m_categories->cellWidget(row, PercentColumn)))
            spins << spin;
    for (QSpinBox *spin : std::as_const(spins)) {
        spin->setReadOnly(!owner);
        spin->setButtonSymbols(owner ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    }
    // Rules that do not apply with the values above them.
    m_spins.value(kMemberDayPercentKey)->setEnabled(open && m_spins.value(kMemberDayKey)->value() > 0);
    m_spins.value(QStringLiteral("expiry.months"))->setEnabled(open && m_expiryMode->currentData().toString() == u"rolling");
    m_expiryMode->setEnabled(owner);
    m_tierTable->setReadOnly(!owner);
    for (QWidget *w : {static_cast<QWidget *>(m_categoryName), static_cast<QWidget *>(m_categoryPercent),
             static_cast<QWidget *>(m_addCategory), static_cast<QWidget *>(m_removeCategory)})
        w->setVisible(owner);
    m_removeCategory->setEnabled(owner && !m_categories->selectedItems().isEmpty());

    const bool changed = owner && !changes().isEmpty();
    m_preview->setTitle(changed ? tr("Preview, with the changes not saved yet") : tr("Preview"));
    m_save->setVisible(owner);
    m_revert->setVisible(owner);
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
    if (changed)
        m_lastAction = LastAction::None;
    m_status->setText(changed ? tr("Unsaved changes. The preview shows them; visits use the saved rules until you save.")
            : m_lastAction == LastAction::Saved    ? tr("Saved. Visits recorded from now on use these rules.")
            : m_lastAction == LastAction::Reverted ? tr("The saved rules are back.")
                                                   : QString());
}

void SettingsScreen::updatePreview()
{
    for (QLabel *line : std::as_const(m_previewLines)) {
        line->clear();
        line->setVisible(false);
    }
    const auto say = [this](const char *name, const QString &text) {
        QLabel *line = m_previewLines.value(QString::fromLatin1(name));
        line->setText(text);
        line->setVisible(!text.isEmpty());
    };
    if (!m_session.isOpen())
        return;
    auto rules = Settings::rulesFrom(formValues());
    if (!rules) {
        say("memberDay", rules.error().message);
        return;
    }
    const Rules &r = *rules;
    const QString currency = m_session.currency();
    const QLocale locale;
    const QDate today = m_session.clock().today();

    // Earning, on the next member day and on a day that is not one.
    auto amount = Money::parse(m_exampleAmount->text(), kMaxExampleCents);
    m_exampleError->setText(amount ? QString() : amount.error().message);
    m_exampleError->setVisible(!amount);
    if (amount) {
        const QString a = amount->format(currency);
        const auto earned = [&](const QDate &day, int categoryPercent) {
            EarnInput in;
            in.amountCents = amount->cents();
            if (categoryPercent != 100)
                in.lines << EarnLine{amount->cents(), categoryPercent};
            in.pointsPerYuan = r.pointsPerYuan;
            in.promoPercent = PointsRules::promoPercent(r, day);
            return tr("%Ln point(s)", nullptr, int(PointsRules::pointsEarned(in)));
        };
        QDate memberDay;
        for (QDate d = today; r.memberDay > 0 && d <= today.addDays(62); d = d.addDays(1))
            if (d.day() == r.memberDay) {
                memberDay = d;
                break;
            }
        const QDate otherDay = memberDay == today ? today.addDays(1) : today;
        if (memberDay.isValid()) {
            say("memberDay",
                tr("A %1 visit on the member day (day %2 of each month) earns %3.")
                    .arg(a, locale.toString(r.memberDay), earned(memberDay, 100)));
            say("otherDay", tr("A %1 visit on another day earns %2.").arg(a, earned(otherDay, 100)));
        } else {
            say("otherDay", tr("A %1 visit earns %2.").arg(a, earned(otherDay, 100)));
        }
        if (m_categories->rowCount() > 0) {
            const int row = std::max(0, m_categories->currentRow());
            const QString category = m_categories->item(row, NameColumn)->text();
            const int percent = r.categoryPercentOf(category);
            say("category",
                tr("%1 of “%2” items (%3%) earn %4 on another day.")
                    .arg(a, category, locale.toString(percent), earned(otherDay, percent)));
        }
        if (r.redeemMaxPercent > 0) {
            const qint64 most = PointsRules::maxRedeemablePoints(kAnyBalance, amount->cents(), r);
            say("redeemVisit",
                most > 0 ? tr("Points can pay up to %1 of a %2 visit (%3 points).")
                               .arg(Money(PointsRules::pointsValueCents(most, r)).format(currency), a, locale.toString(most))
                         : tr("Points cannot pay for a %1 visit: the share they may pay is worth fewer than %2 points.")
                               .arg(a, locale.toString(r.redeemMinPoints)));
        }
    }

    say("bonuses",
        tr("Bonuses: %1 points in the birthday month, %2 for a referral, %3 at sign-up.")
            .arg(locale.toString(r.birthdayPoints), locale.toString(r.referralPoints), locale.toString(r.signupPoints)));
    say("redeem",
        r.redeemMaxPercent > 0 ? tr("%1 points pay %2; at most %3% of a visit, at least %4 points at a time.")
                                     .arg(locale.toString(r.redeemPointsPerYuan),
                                         Money(PointsRules::pointsValueCents(r.redeemPointsPerYuan, r)).format(currency))
                                     .arg(r.redeemMaxPercent)
                                     .arg(locale.toString(r.redeemMinPoints))
                               : tr("Points cannot pay for visits."));
    const std::optional<QDate> until = PointsRules::expiresOn(today, r);
    say("expiry",
        until ? tr("Points earned on %1 are valid through %2.").arg(longDate(today), longDate(*until))
              : tr("Points earned on %1 never expire.").arg(longDate(today)));
}

void SettingsScreen::addCategoryRow(const QString &name, int percent)
{
    const int row = m_categories->rowCount();
    m_categories->insertRow(row);
    m_categories->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto *spin = new WheelSafe<QSpinBox>(m_categories);
    spin->setObjectName(QStringLiteral("categoryPercent_") + name);
    setRangeOf(spin, Settings::categoryPrefix() + name);
    spin->setMinimumWidth(0); // as wide as its cell
    spin->setMaximumWidth(QWIDGETSIZE_MAX);
    spin->setFrame(false);
    spin->setValue(percent);
    spin->setSuffix(percentSuffix());
    connect(spin, &QSpinBox::valueChanged, this, &SettingsScreen::formChanged);
    m_categories->setCellWidget(row, PercentColumn, spin);
}

void SettingsScreen::addCategory()
{
    const QString name = m_categoryName->text().simplified();
    if (name.isEmpty()) {
        showError(kCategoryField, tr("Type the category as it is written on the items, e.g. tobacco."));
        m_categoryName->setFocus();
        return;
    }
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QString listed = m_categories->item(row, NameColumn)->text();
        if (listed.toCaseFolded() == name.toCaseFolded()) {
            showError(kCategoryField, tr("“%1” is on the list already; change its percent there.").arg(listed));
            m_categories->selectRow(row);
            return;
        }
    }
    if (auto valid = Settings::validate(Settings::categoryPrefix() + name, QString::number(m_categoryPercent->value())); !valid) {
        showError(kCategoryField, valid.error().message);
        return;
    }
    addCategoryRow(name, m_categoryPercent->value());
    m_categories->selectRow(m_categories->rowCount() - 1);
    m_categoryName->clear();
    m_categoryPercent->setValue(100);
    m_errors.value(kCategoryField)->setVisible(false);
    formChanged();
}

void SettingsScreen::removeCategory()
{
    const int row = m_categories->currentRow();
    if (row < 0 || m_categories->selectedItems().isEmpty())
        return;
    m_categories->removeRow(row);
    m_errors.value(kCategoryField)->setVisible(false);
    formChanged();
}

void SettingsScreen::showError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(true);
    m_scroll->ensureWidgetVisible(label);
}

void SettingsScreen::clearErrors()
{
    for (QLabel *error : std::as_const(m_errors))
        error->setVisible(false);
}

bool SettingsScreen::save()
{
    if (!m_session.isOpen() || !m_session.op().isOwner())
        return false;
    const QList<Settings::Change> list = changes();
    if (list.isEmpty())
        return true;
    clearErrors();
    if (auto edited = m_tierTable->ladder(); !edited) {
        showError(kTiersField, edited.error().message);
        m_tierTable->focusKey(edited.error().field);
        m_status->setText(tr("Not saved: the shop file was not changed."));
        return false;
    }
    if (!confirmLadder(list))
        return false;
    const Status saved = m_session.settings().setMany(list, m_session.op());
    if (!saved) {
        const Error &e = saved.error();
        const bool tierField = Settings::tierKey(e.field).has_value() || e.field == kTiersField;
        if (tierField)
            m_tierTable->focusKey(e.field);
        const QString field = e.field.startsWith(Settings::categoryPrefix()) ? kCategoryField : tierField ? kTiersField : e.field;
        if (m_errors.contains(field)) {
            showError(field, e.message);
            if (QSpinBox *spin = m_spins.value(field))
                spin->setFocus();
        } else {
            MessageBox::warning(this, tr("Rules not saved"), e.message);
        }
        m_status->setText(tr("Not saved: the shop file was not changed."));
        return false;
    }
    m_lastAction = LastAction::Saved;
    load();
    emit m_session.settingsChanged();
    return true;
}

bool SettingsScreen::confirmLadder(const QList<Settings::Change> &changes)
{
    const bool thresholds = std::any_of(changes.cbegin(), changes.cend(), [](const Settings::Change &c) {
        const auto tier = Settings::tierKey(c.first);
        return tier && tier->field == u"threshold_cents";
    });
    auto ladder = m_tierTable->ladder();
    // A ladder Settings refuses is said as any refusal is, without asking first.
    if (!thresholds || !ladder || !ladder->validate())
        return true;
    return TierMoves::confirm(this, m_session, *ladder);
}

} // namespace loyalty::ui
