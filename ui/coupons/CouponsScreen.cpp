#include "coupons/CouponsScreen.h"

#include "common/BusyTask.h"
#include "common/FileDialog.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "common/ShopSession.h"
#include "common/ShopWork.h"
#include "common/TierFilter.h"
#include "coupons/CampaignRun.h"
#include "coupons/CouponRules.h"
#include "coupons/CouponService.h"
#include "printing/Slip.h"
#include "printing/SlipPrinter.h"
#include "storage/TierRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {

// A read-only table whose `stretch` column takes the room left.
QTableWidget *table(QWidget *parent, const char *name, int columns, int stretch)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

QString rateText(qint64 basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100, 'f', 1) + QLocale().percent();
}

} // namespace

TemplateDialog::TemplateDialog(ShopSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("New coupon"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setMaxLength(CouponRules::kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. ¥20 off ¥100"));
    form->addRow(tr("Name"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_kind->addItem(tr("An amount off"), int(CouponKind::AmountOff));
    m_kind->addItem(tr("A percent off"), int(CouponKind::PercentOff));
    m_kind->addItem(tr("An amount off a spend of at least… (满减)"), int(CouponKind::SpendAndSave));
    form->addRow(tr("Gives"), m_kind);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("templateValue"));
    m_valueLabel = new QLabel(this);
    form->addRow(m_valueLabel, m_value);
    m_threshold = new QLineEdit(this);
    m_threshold->setObjectName(QStringLiteral("templateThreshold"));
    form->addRow(tr("On a spend of at least"), m_threshold);
    m_minSpend = new QLineEdit(this);
    m_minSpend->setObjectName(QStringLiteral("templateMinSpend"));
    m_minSpend->setPlaceholderText(tr("none"));
    form->addRow(tr("Minimum spend"), m_minSpend);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("templateDays"));
    m_days->setRange(1, CouponRules::kMaxValidDays);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("Valid for"), m_days);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("templateTier"));
    TierFilter::fill(m_tier, session, tr("Every member"));
    form->addRow(tr("For"), m_tier);
    m_auto = new QComboBox(this);
    m_auto->setObjectName(QStringLiteral("templateAuto"));
    m_auto->addItem(tr("By hand and in campaigns"), QString());
    m_auto->addItem(tr("Also by itself, with each tier upgrade"), QStringLiteral("tier_upgrade"));
    m_auto->addItem(tr("Also by itself, once a year in the birthday month"), QStringLiteral("birthday"));
    form->addRow(tr("Issued"), m_auto);
    m_slipText = new QLineEdit(this);
    m_slipText->setObjectName(QStringLiteral("templateSlipText"));
    m_slipText->setMaxLength(CouponRules::kMaxSlipTextLength);
    m_slipText->setPlaceholderText(tr("printed under the coupon, e.g. not with other offers"));
    form->addRow(tr("Slip text"), m_slipText);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateDialog::updateFields);
    updateFields();
}

void TemplateDialog::updateFields()
{
    const auto kind = CouponKind(m_kind->currentData().toInt());
    const QString symbol = Money::currencySymbol(m_session.currency()).trimmed();
    m_valueLabel->setText(kind == CouponKind::PercentOff ? tr("Percent off") : tr("Amount off (%1)").arg(symbol));
    m_value->setPlaceholderText(kind == CouponKind::PercentOff ? tr("e.g. 15") : tr("e.g. 20.00"));
    m_threshold->setEnabled(kind == CouponKind::SpendAndSave);
}

bool TemplateDialog::save()
{
    CouponTemplate t;
    t.name = m_name->text();
    t.kind = CouponKind(m_kind->currentData().toInt());
    const auto money = [this](QLineEdit *edit, qint64 *cents) {
        if (edit->text().trimmed().isEmpty()) {
            *cents = 0;
            return true;
        }
        auto m = Money::parse(edit->text());
        if (!m) {
            m_problem->setText(m.error().message);
            edit->setFocus();
            return false;
        }
        *cents = m->cents();
        return true;
    };
    if (t.kind == CouponKind::PercentOff) {
        bool ok = false;
        t.value = m_value->text().trimmed().toLongLong(&ok);
        if (!ok) {
            m_problem->setText(tr("The percent off is a whole number from 1 to 100."));
            m_value->setFocus();
            return false;
        }
    } else if (!money(m_value, &t.value)) {
        return false;
    }
    if (t.kind == CouponKind::SpendAndSave && !money(m_threshold, &t.thresholdCents))
        return false;
    if (!money(m_minSpend, &t.minSpendCents))
        return false;
    t.validDays = m_days->value();
    if (const int tier = m_tier->currentData().toInt(); tier > 0)
        t.tierLevel = tier;
    t.autoIssue = m_auto->currentData().toString();
    t.slipText = m_slipText->text();
    auto added = CouponService(m_session.database(), m_session.clock(), m_session.op()).addTemplate(t);
    if (!added) {
        m_problem->setText(added.error().message);
        return false;
    }
    return true;
}

CouponsScreen::CouponsScreen(ShopSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("couponsScreen"));
    auto *layout = screenLayout(this, &m_title, &m_intro);
    m_templates = table(this, "templateTable", 8, 1);
    layout->addWidget(m_templates, 3);
    auto *row = new QHBoxLayout;
    row->addStretch();
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newTemplate"));
    row->addWidget(m_new);
    layout->addLayout(row);

    auto *campaign = new QGroupBox(this);
    campaign->setObjectName(QStringLiteral("campaignGroup"));
    auto *form = new QFormLayout(campaign);
    m_campaignTemplate = new QComboBox(campaign);
    m_campaignTemplate->setObjectName(QStringLiteral("campaignTemplate"));
    m_campaignTier = new QComboBox(campaign);
    m_campaignTier->setObjectName(QStringLiteral("campaignTier"));
    m_campaignStates = new QComboBox(campaign);
    m_campaignStates->setObjectName(QStringLiteral("campaignStates"));
    m_campaignName = new QLineEdit(campaign);
    m_campaignName->setObjectName(QStringLiteral("campaignName"));
    m_campaignName->setMaxLength(CouponRules::kMaxNameLength);
    m_audience = new QLabel(campaign);
    m_audience->setObjectName(QStringLiteral("campaignAudience"));
    m_run = new QPushButton(campaign);
    m_run->setObjectName(QStringLiteral("runCampaign"));
    form->addRow(tr("Coupon"), m_campaignTemplate);
    form->addRow(tr("To"), m_campaignTier);
    m_statesLabel = new QLabel(campaign);
    form->addRow(m_statesLabel, m_campaignStates);
    form->addRow(tr("Campaign name"), m_campaignName);
    form->addRow(QString(), m_audience);
    form->addRow(QString(), m_run);
    layout->addWidget(campaign);
    m_campaigns = table(this, "campaignTable", 6, 0);
    layout->addWidget(m_campaigns, 2);
    campaign->setTitle(tr("Campaign: one coupon to each member"));

    connect(m_new, &QPushButton::clicked, this, &CouponsScreen::newTemplate);
    connect(m_run, &QPushButton::clicked, this, &CouponsScreen::runCampaign);
    connect(m_campaignTier, &QComboBox::currentIndexChanged, this, &CouponsScreen::updateAudience);
    connect(m_campaignStates, &QComboBox::currentIndexChanged, this, &CouponsScreen::updateAudience);
    connect(m_campaignTemplate, &QComboBox::currentIndexChanged, this, &CouponsScreen::updateAudience);
    for (auto signal : {&ShopSession::opened, &ShopSession::settingsChanged, &ShopSession::operatorChanged})
        connect(&m_session, signal, this, [this] {
            if (isVisible())
                refresh();
        });
    retranslateUi();
}

void CouponsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void CouponsScreen::retranslateUi()
{
    m_title->setText(tr("Coupons"));
    m_intro->setText(tr("Coupons bring regulars back when they are aimed at them: each coupon's code is unique and its use "
                        "is counted, so you see which ones work."));
    m_templates->setHorizontalHeaderLabels(
        {tr("Coupon"), tr("Gives"), tr("Valid"), tr("Issued by itself"), tr("Issued"), tr("Redeemed"), tr("Rate"), tr("Paid at those visits")});
    m_statesLabel->setText(tr("Who"));
    const QString chosen = m_campaignStates->currentData().toString();
    m_campaignStates->blockSignals(true);
    m_campaignStates->clear();
    m_campaignStates->addItem(tr("Members in any state"), QString());
    m_campaignStates->addItem(tr("The alert list: at risk and dormant, not snoozed"), QStringLiteral("alerts"));
    for (MemberState st : {MemberState::AtRisk, MemberState::Dormant, MemberState::Lost, MemberState::Active, MemberState::New})
        m_campaignStates->addItem(tr("Only %1").arg(displayName(st).toLower()), toString(st));
    for (int i = 0; i < kSegmentCount; ++i)
        m_campaignStates->addItem(tr("RFM segment: %1").arg(displayName(Segment(i))), QString(QStringLiteral("segment:") + toString(Segment(i))));
    m_campaignStates->setCurrentIndex(std::max(0, m_campaignStates->findData(chosen)));
    m_campaignStates->blockSignals(false);
    m_campaigns->setHorizontalHeaderLabels({tr("Campaign"), tr("On"), tr("Issued"), tr("Redeemed"), tr("Rate"), tr("Paid at those visits")});
    m_new->setText(tr("&New coupon…"));
    m_run->setText(tr("&Issue the coupons…"));
}

void CouponsScreen::refresh()
{
    if (!m_session.isOpen())
        return;
    const bool owner = m_session.op().isOwner();
    m_new->setEnabled(owner);
    m_run->setEnabled(owner);
    CouponService service(m_session.database(), m_session.clock(), m_session.op());
    const QString currency = m_session.currency();
    auto templates = service.templates();
    auto report = service.report();
    if (!templates || !report)
        return;
    QHash<qint64, CouponService::TemplateReport> byId;
    for (const auto &r : std::as_const(*report))
        byId.insert(r.counts.templateId, r);
    m_templates->setRowCount(int(templates->size()));
    const qint64 chosen = m_campaignTemplate->currentData().toLongLong();
    m_campaignTemplate->blockSignals(true);
    m_campaignTemplate->clear();
    for (int row = 0; row < templates->size(); ++row) {
        const CouponTemplate &t = templates->at(row);
        const auto r = byId.value(t.id);
        m_templates->setItem(row, 0, cell(t.name));
        m_templates->setItem(row, 1, cell(CouponRules::describe(t, currency)));
        m_templates->setItem(row, 2, cell(tr("%n day(s)", nullptr, t.validDays), true));
        m_templates->setItem(row, 3, cell(t.autoIssue == u"tier_upgrade" ? tr("with an upgrade")
                                          : t.autoIssue == u"birthday"   ? tr("in the birthday month")
                                                                          : QString()));
        m_templates->setItem(row, 4, cell(QLocale().toString(r.counts.issued), true));
        m_templates->setItem(row, 5, cell(QLocale().toString(r.counts.redeemed), true));
        m_templates->setItem(row, 6, cell(r.counts.issued > 0 ? rateText(r.rateBasisPoints) : QString(), true));
        m_templates->setItem(row, 7, cell(Money(r.counts.revenueCents).format(currency), true));
        if (t.active)
            m_campaignTemplate->addItem(t.name, t.id);
    }
    m_campaignTemplate->setCurrentIndex(std::max(0, m_campaignTemplate->findData(chosen)));
    m_campaignTemplate->blockSignals(false);
    TierFilter::fill(m_campaignTier, m_session, tr("Every active member"));
    if (m_campaignName->text().isEmpty())
        m_campaignName->setText(tr("Campaign of %1").arg(shortDate(m_session.clock().today())));
    if (auto campaigns = service.campaignReport()) {
        m_campaigns->setRowCount(int(campaigns->size()));
        for (int row = 0; row < campaigns->size(); ++row) {
            const auto &c = campaigns->at(row);
            m_campaigns->setItem(row, 0, cell(c.report.counts.name));
            m_campaigns->setItem(row, 1, cell(shortDate(c.at.date())));
            m_campaigns->setItem(row, 2, cell(QLocale().toString(c.report.counts.issued), true));
            m_campaigns->setItem(row, 3, cell(QLocale().toString(c.report.counts.redeemed), true));
            m_campaigns->setItem(row, 4, cell(rateText(c.report.rateBasisPoints), true));
            m_campaigns->setItem(row, 5, cell(Money(c.report.counts.revenueCents).format(currency), true));
        }
    }
    updateAudience();
}

void CouponsScreen::updateAudience()
{
    if (!m_session.isOpen() || m_campaignTemplate->count() == 0) {
        m_audience->setText(tr("Add a coupon first."));
        m_run->setEnabled(false);
        return;
    }
    // Every member's state is read (tens of milliseconds on a large shop): on a worker thread, on
    // its own connection; an answer to an older choice is dropped.
    std::optional<int> templateTier;
    if (auto all = CouponService(m_session.database(), m_session.clock()).templates())
        for (const CouponTemplate &t : std::as_const(*all))
            if (t.id == m_campaignTemplate->currentData().toLongLong())
                templateTier = t.tierLevel;
    const int asked = ++m_audienceAsked;
    m_audience->setText(tr("Counting the members…"));
    m_run->setEnabled(false);
    const CouponService::Audience audience = chosenAudience();
    runOnShop<qint64>(
        this, m_session,
        [audience, templateTier](Database &db, const Clock &clock) -> Result<qint64> {
            auto members = CouponService(db, clock).audience(audience, templateTier);
            if (!members)
                return members.error();
            return qint64(members->size());
        },
        [this, asked](const Result<qint64> &n, bool sameShop) {
            if (asked != m_audienceAsked || !sameShop)
                return;
            m_audience->setText(n ? tr("%n active member(s) will get one.", nullptr, int(*n)) : n.error().message);
            m_run->setEnabled(m_session.op().isOwner() && n && *n > 0);
            emit audienceCounted();
        });
}

CouponService::Audience CouponsScreen::chosenAudience() const
{
    CouponService::Audience a;
    a.minTierLevel = m_campaignTier->currentData().toInt();
    const QString states = m_campaignStates->currentData().toString();
    if (states == u"alerts") {
        a.states = {MemberState::AtRisk, MemberState::Dormant};
        a.skipSnoozed = true;
    } else if (states.startsWith(u"segment:")) {
        if (auto segment = segmentFromString(states.mid(8)))
            a.segments = {*segment};
    } else if (auto one = memberStateFromString(states)) {
        a.states = {*one};
    }
    return a;
}

void CouponsScreen::newTemplate()
{
    TemplateDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

bool CouponsScreen::runCampaign()
{
    if (!m_session.isOpen() || m_campaignTemplate->count() == 0)
        return false;
    CouponService::CampaignRequest request;
    request.name = m_campaignName->text();
    request.templateId = m_campaignTemplate->currentData().toLongLong();
    request.audience = chosenAudience();
    const QString count = m_audience->text();
    if (MessageBox::question(this, tr("Issue the coupons"), tr("Issue “%1” now? %2").arg(m_campaignTemplate->currentText(), count))
        != QMessageBox::Yes)
        return false;
    const auto result = CampaignRun::issueAndOfferPrinting(this, m_session, request);
    if (!result)
        return false;
    m_campaignName->clear();
    refresh();
    return true;
}

} // namespace loyalty::ui
