#include "dashboard/DashboardScreen.h"

#include "common/Format.h"
#include "common/Money.h"
#include "common/ShopSession.h"
#include "common/ShopWork.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/CohortHeatMap.h"
#include "dashboard/DashboardCharts.h"
#include "reports/DashboardTables.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {
QFrame *tile(QWidget *parent, QWidget *value, QLabel *caption)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("glanceTile"));
    frame->setStyleSheet(QStringLiteral("QFrame#glanceTile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(0);
    QFont big = value->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    value->setFont(big);
    caption->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(value);
    layout->addWidget(caption);
    return frame;
}
} // namespace

DashboardScreen::DashboardScreen(ShopSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dashboardScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);

    // The title, then the period: a preset or two days, and how the sales are grouped.
    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    makeTitle(m_title);
    head->addWidget(m_title);
    head->addStretch(1);
    m_periodLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("dashboardPreset"));
    m_periodLabel->setBuddy(m_preset);
    for (int i = 0; i <= Custom; ++i)
        m_preset->addItem(QString());
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_toLabel = new QLabel(QStringLiteral("–"), this);
    m_byLabel = new QLabel(this);
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("dashboardBy"));
    m_byLabel->setBuddy(m_by);
    for (int i = 0; i < 3; ++i)
        m_by->addItem(QString());
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshDashboard"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_periodLabel, m_preset, m_from, m_toLabel, m_to, m_byLabel, m_by, m_refresh})
        head->addWidget(w);
    head->insertSpacing(head->indexOf(m_byLabel), 12);
    layout->addLayout(head);

    // Today at a glance.
    auto *glance = new QHBoxLayout;
    glance->setSpacing(8);
    m_todayLabel = new QLabel(this);
    m_todayLabel->setObjectName(QStringLiteral("glanceDay"));
    QFont bold = m_todayLabel->font();
    bold.setBold(true);
    m_todayLabel->setFont(bold);
    glance->addWidget(m_todayLabel);
    for (int i = 0; i < TileCount; ++i) {
        m_tileCaptions[i] = new QLabel(this);
        QWidget *value = nullptr;
        if (i == AlertsTile) {
            m_alertsButton = new QPushButton(this);
            m_alertsButton->setObjectName(QStringLiteral("glanceAlerts"));
            m_alertsButton->setFlat(true);
            m_alertsButton->setCursor(Qt::PointingHandCursor);
            m_alertsButton->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 0; color: #b3261e; border: none; }"));
            connect(m_alertsButton, &QPushButton::clicked, this, &DashboardScreen::showAlerts);
            value = m_alertsButton;
        } else {
            m_tileValues[i] = new QLabel(QStringLiteral("—"), this);
            m_tileValues[i]->setObjectName(QStringLiteral("glanceValue%1").arg(i));
            value = m_tileValues[i];
        }
        glance->addWidget(tile(this, value, m_tileCaptions[i]), 1);
    }
    layout->addLayout(glance);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // The charts, a tab per subject.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    const auto page = [this](QBoxLayout *box) {
        auto *w = new QWidget(m_tabs);
        w->setLayout(box);
        box->setContentsMargins(0, 6, 0, 0);
        box->setSpacing(8);
        m_tabs->addTab(w, QString());
        return w;
    };
    auto *salesBox = new QHBoxLayout;
    QWidget *salesPage = page(salesBox);
    m_sales = addPanel(QStringLiteral("sales"), salesPage, salesBox);
    auto *membersBox = new QHBoxLayout;
    QWidget *membersPage = page(membersBox);
    m_newMembers = addPanel(QStringLiteral("newMembers"), membersPage, membersBox, 4);
    m_tiers = addPanel(QStringLiteral("tiers"), membersPage, membersBox, 4);
    m_states = addPanel(QStringLiteral("states"), membersPage, membersBox, 4);
    auto *pointsBox = new QHBoxLayout;
    QWidget *pointsPage = page(pointsBox);
    m_points = addPanel(QStringLiteral("points"), pointsPage, pointsBox);
    auto *couponsBox = new QHBoxLayout;
    QWidget *couponsPage = page(couponsBox);
    m_coupons = addPanel(QStringLiteral("coupons"), couponsPage, couponsBox);
    auto *segmentsBox = new QHBoxLayout;
    QWidget *segmentsPage = page(segmentsBox);
    m_segments = addPanel(QStringLiteral("segments"), segmentsPage, segmentsBox, 6);
    m_pareto = addPanel(QStringLiteral("pareto"), segmentsPage, segmentsBox, 5);
    auto *retentionBox = new QHBoxLayout;
    QWidget *retentionPage = page(retentionBox);
    m_heatMap = new CohortHeatMap;
    m_cohorts = new ChartPanel(QStringLiteral("cohorts"), m_heatMap, retentionPage);
    m_panels << m_cohorts;
    retentionBox->addWidget(m_cohorts);
    layout->addWidget(m_tabs, 1);

    connect(m_preset, &QComboBox::activated, this, [this](int index) { choosePreset(Preset(index)); });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardScreen::rangeEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardScreen::rangeEdited);
    connect(m_by, &QComboBox::activated, this, &DashboardScreen::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardScreen::refresh);
    connect(&m_session, &ShopSession::settingsChanged, this, &DashboardScreen::markStale);
    connect(&m_session, &ShopSession::memberChanged, this, &DashboardScreen::markStale);
    connect(&m_session, &ShopSession::visitsChanged, this, &DashboardScreen::markStale);
    connect(&m_session, &ShopSession::tiersReviewed, this, &DashboardScreen::markStale);
    connect(&m_session, &ShopSession::maintained, this, &DashboardScreen::markStale);
    // A shop opened: a preset is worked out again from its today (which marks the figures stale).
    connect(&m_session, &ShopSession::opened, this, [this] {
        if (m_preset->currentIndex() == Custom)
            markStale();
        else
            choosePreset(Preset(m_preset->currentIndex()));
    });
    connect(&m_session, &ShopSession::closed, this, [this] {
        m_dashboard.reset();
        m_refreshState.markStale();
        retranslateUi();
    });
    m_preset->setCurrentIndex(Last30Days);
    m_by->setCurrentIndex(int(Granularity::Day));
    retranslateUi();
}

ChartPanel *DashboardScreen::addPanel(const QString &name, QWidget *page, QBoxLayout *layout, int stretch)
{
    auto *panel = new ChartPanel(name, page);
    layout->addWidget(panel, stretch);
    m_panels << panel;
    return panel;
}

void DashboardScreen::choosePreset(Preset preset)
{
    const QDate today = m_session.isOpen() ? m_session.clock().today() : QDate::currentDate();
    DashboardRange r{today, today, Granularity::Day};
    switch (preset) {
    case Last7Days: r.first = today.addDays(-6); break;
    case Last30Days: r.first = today.addDays(-29); break;
    case Last90Days: r = {today.addDays(-89), today, Granularity::Week}; break;
    case Last12Months: r = {QDate(today.year(), today.month(), 1).addMonths(-11), today, Granularity::Month}; break;
    case ThisYear: r = {QDate(today.year(), 1, 1), today, Granularity::Month}; break;
    case Custom:
        m_preset->setCurrentIndex(Custom);
        return;
    }
    setRange(r);
    m_preset->setCurrentIndex(preset);
}

void DashboardScreen::setRange(const DashboardRange &r)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(r.first);
        m_to->setDate(r.last);
    }
    m_by->setCurrentIndex(int(r.by));
    m_preset->setCurrentIndex(Custom);
    markStale();
}

DashboardRange DashboardScreen::range() const
{
    return {m_from->date(), m_to->date(), Granularity(m_by->currentIndex())};
}

void DashboardScreen::rangeEdited()
{
    m_preset->setCurrentIndex(Custom);
    markStale();
}

void DashboardScreen::markStale()
{
    m_refreshState.markStale();
    if (isVisible())
        refresh();
}

void DashboardScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshState.isStale())
        refresh();
}

void DashboardScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardScreen::refresh()
{
    if (!m_session.isOpen() || !m_refreshState.begin())
        return;
    m_problem.clear();
    retranslateUi();
    const DashboardRange wanted = range();
    runOnShop<Dashboard>(
        this, m_session, [wanted](Database &db, const Clock &clock) { return DashboardService(db, clock).load(wanted); },
        [this](const Result<Dashboard> &dashboard, bool sameShop) {
            if (sameShop) {
                if (dashboard)
                    m_dashboard = *dashboard;
                else
                    m_problem = dashboard.error().message;
            }
            const bool again = m_refreshState.finish();
            retranslateUi();
            if (again)
                refresh();
            else
                emit refreshed();
        });
}

void DashboardScreen::retranslateUi()
{
    m_title->setText(tr("Dashboard"));
    m_periodLabel->setText(tr("&Period:"));
    m_preset->setItemText(Last7Days, tr("Last 7 days"));
    m_preset->setItemText(Last30Days, tr("Last 30 days"));
    m_preset->setItemText(Last90Days, tr("Last 90 days"));
    m_preset->setItemText(Last12Months, tr("Last 12 months"));
    m_preset->setItemText(ThisYear, tr("This year"));
    m_preset->setItemText(Custom, tr("Chosen days"));
    m_byLabel->setText(tr("&Show by:"));
    m_by->setItemText(int(Granularity::Day), tr("Day"));
    m_by->setItemText(int(Granularity::Week), tr("Week"));
    m_by->setItemText(int(Granularity::Month), tr("Month"));
    m_refresh->setText(tr("&Refresh"));
    m_tabs->setTabText(0, tr("Sales"));
    m_tabs->setTabText(1, tr("Members"));
    m_tabs->setTabText(2, tr("Points"));
    m_tabs->setTabText(3, tr("Coupons"));
    m_tabs->setTabText(4, tr("Segments"));
    m_tabs->setTabText(5, tr("Retention"));
    m_tileCaptions[VisitsTile]->setText(tr("visits"));
    m_tileCaptions[RevenueTile]->setText(tr("revenue"));
    m_tileCaptions[NewMembersTile]->setText(tr("new members"));
    m_tileCaptions[EarnedTile]->setText(tr("points earned"));
    m_tileCaptions[RedeemedTile]->setText(tr("points redeemed"));
    m_tileCaptions[AlertsTile]->setText(tr("alerts waiting"));
    m_alertsButton->setToolTip(tr("Open the alert list: members who stopped coming"));
    m_todayLabel->setText(tr("Today"));
    if (!m_session.isOpen()) {
        m_status->setText(tr("No shop is open."));
        return;
    }
    if (m_dashboard)
        show(*m_dashboard);
    if (m_refreshState.isWorking())
        m_status->setText(tr("Working out the figures…"));
    else if (!m_problem.isEmpty())
        m_status->setText(tr("The figures could not be worked out: %1").arg(m_problem));
}

void DashboardScreen::show(const Dashboard &d)
{
    const QLocale locale;
    const QString currency = m_session.currency();
    m_todayLabel->setText(tr("Today\n%1").arg(shortDate(d.today.day)));
    m_tileValues[VisitsTile]->setText(locale.toString(d.today.visits));
    m_tileValues[RevenueTile]->setText(Money(d.today.revenueCents).format(currency));
    m_tileValues[NewMembersTile]->setText(locale.toString(d.today.newMembers));
    m_tileValues[EarnedTile]->setText(locale.toString(d.today.pointsEarned));
    m_tileValues[RedeemedTile]->setText(locale.toString(d.today.pointsRedeemed));
    m_alertsButton->setText(locale.toString(d.today.alertsWaiting));

    qint64 visits = 0, revenue = 0;
    for (const SalesBucket &b : d.sales) {
        visits += b.visits;
        revenue += b.revenueCents;
    }
    m_status->setText(tr("%1 to %2: %Ln visit(s), %3 revenue. Tiers, states, segments and coupons are as of today; "
                         "the 12 months are the ones up to today.",
                         nullptr, int(std::min<qint64>(visits, INT_MAX)))
                          .arg(shortDate(d.range.first), shortDate(d.range.last), Money(revenue).format(currency)));

    const QColor text = palette().color(QPalette::WindowText);
    m_sales->setChart(DashboardCharts::sales(d, currency), DashboardTables::sales(d));
    m_newMembers->setChart(DashboardCharts::newMembers(d), DashboardTables::newMembers(d));
    m_tiers->setChart(DashboardCharts::tiers(d, text), DashboardTables::tiers(d));
    m_states->setChart(DashboardCharts::states(d), DashboardTables::states(d));
    m_points->setChart(DashboardCharts::points(d, currency), DashboardTables::points(d));
    m_coupons->setChart(DashboardCharts::coupons(d, text), DashboardTables::coupons(d));
    m_segments->setChart(DashboardCharts::segments(d, text), DashboardTables::segments(d));
    m_pareto->setChart(DashboardCharts::pareto(d), DashboardTables::pareto(d));
    m_heatMap->setCohorts(d.cohorts);
    m_cohorts->setData(DashboardTables::cohorts(d));
}

} // namespace loyalty::ui
