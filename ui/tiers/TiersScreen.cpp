#include "tiers/TiersScreen.h"

#include "common/Format.h"
#include "common/Money.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "common/ShopWork.h"
#include "common/TierChart.h"
#include "tiers/TierMoves.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {

enum Columns { TierColumn, ThresholdColumn, MembersColumn, ShareColumn, TargetColumn, SuggestedColumn, SuggestedShareColumn, ColumnCount };

QString shareText(qint64 basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100, 'f', 1) + QLocale().percent();
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

TiersScreen::TiersScreen(ShopSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("tiersScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_title = new QLabel(this);
    makeTitle(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_intro);
    head->addLayout(titles, 1);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshTiers"));
    head->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(head);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tierSummary"));
    layout->addWidget(m_summary);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("tierChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 320);
    body->addWidget(m_chartView, 5);

    auto *right = new QVBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("tierReportTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    right->addWidget(m_table);
    m_suggestionNote = new QLabel(this);
    m_suggestionNote->setObjectName(QStringLiteral("suggestionNote"));
    m_suggestionNote->setWordWrap(true);
    right->addWidget(m_suggestionNote);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applySuggestion"));
    buttons->addWidget(m_apply);
    right->addLayout(buttons);
    right->addStretch();
    body->addLayout(right, 6);
    layout->addLayout(body, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TiersScreen::refresh);
    connect(m_apply, &QPushButton::clicked, this, &TiersScreen::applySuggestion);
    for (auto signal : {&ShopSession::opened, &ShopSession::settingsChanged, &ShopSession::operatorChanged})
        connect(&m_session, signal, this, &TiersScreen::markStale);
    connect(&m_session, &ShopSession::memberChanged, this, &TiersScreen::markStale);
    connect(&m_session, &ShopSession::visitsChanged, this, &TiersScreen::markStale);
    connect(&m_session, &ShopSession::tiersReviewed, this, &TiersScreen::markStale);
    connect(&m_session, &ShopSession::closed, this, [this] {
        m_report.reset();
        m_refreshState.markStale();
        retranslateUi();
    });
    retranslateUi();
}

void TiersScreen::markStale()
{
    m_refreshState.markStale();
    if (isVisible())
        refresh();
}

void TiersScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshState.isStale())
        refresh();
}

void TiersScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TiersScreen::refresh()
{
    if (!m_session.isOpen() || !m_refreshState.begin())
        return;
    retranslateUi();
    runOnShop<TierReport>(
        this, m_session, [](Database &db, const Clock &clock) { return TierService(db, clock).report(); },
        [this](const Result<TierReport> &report, bool sameShop) {
            const bool again = m_refreshState.finish();
            if (sameShop) {
                if (report)
                    m_report = *report;
                else
                    m_summary->setText(tr("The tiers could not be worked out: %1").arg(report.error().message));
            }
            retranslateUi();
            if (again)
                refresh();
            else
                emit refreshed();
        });
}

void TiersScreen::retranslateUi()
{
    m_title->setText(tr("Tiers"));
    m_intro->setText(tr("How your members spread over the tiers, against the shares you aim for. A member's tier follows "
                        "what they spent in the last 12 months; the thresholds, earn rates and target shares are in Settings."));
    m_refresh->setText(tr("&Refresh"));
    m_apply->setText(tr("&Use the suggested thresholds…"));
    m_table->setHorizontalHeaderLabels({tr("Tier"), tr("Spend to reach"), tr("Members"), tr("Share"), tr("Target"),
                                        tr("Suggested spend"), tr("Share then")});
    const bool owner = m_session.isOpen() && m_session.op().isOwner();
    m_apply->setVisible(owner);
    if (!m_session.isOpen()) {
        m_summary->setText(tr("No shop is open."));
        m_apply->setEnabled(false);
        return;
    }
    if (m_report)
        show(*m_report);
    if (m_refreshState.isWorking())
        m_summary->setText(tr("Working out the tiers…"));
    m_apply->setEnabled(owner && !m_refreshState.isWorking() && m_report && m_report->members > 0
                        && m_report->suggestedThresholds != [&] {
                               QList<qint64> now;
                               for (const Tier &t : m_report->ladder.tiers())
                                   now << t.thresholdCents;
                               return now;
                           }());
}

void TiersScreen::show(const TierReport &r)
{
    const QString currency = m_session.currency();
    const QLocale locale;
    m_summary->setText(tr("%n active member(s), spend over the 12 months up to %1.", nullptr, int(r.members))
                           .arg(locale.toString(r.asOf, QLocale::LongFormat)));
    const int levels = int(r.ladder.size());
    m_table->setRowCount(levels);
    // Highest first, as a pyramid is read.
    for (int row = 0; row < levels; ++row) {
        const int level = levels - 1 - row;
        const Tier &t = r.ladder.at(level);
        const qint64 members = r.membersByLevel.value(level);
        auto *name = cell(t.name, false);
        name->setBackground(QColor(tierColor(t.color)));
        name->setForeground(QColor(textColorOn(tierColor(t.color))));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_table->setItem(row, TierColumn, name);
        m_table->setItem(row, ThresholdColumn, cell(Money(t.thresholdCents).format(currency)));
        m_table->setItem(row, MembersColumn, cell(locale.toString(members)));
        m_table->setItem(row, ShareColumn, cell(shareText(TierReport::shareBasisPoints(members, r.members))));
        m_table->setItem(row, TargetColumn, cell(shareText(qint64(t.targetPercent) * 100)));
        m_table->setItem(row, SuggestedColumn, cell(Money(r.suggestedThresholds.value(level)).format(currency)));
        m_table->setItem(row, SuggestedShareColumn,
                         cell(shareText(TierReport::shareBasisPoints(r.suggested.byLevel.value(level), r.members))));
    }
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + levels * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth() + 2);
    QStringList note;
    note << tr("The suggested spends would put the target shares of members in each tier, going by the last 12 months.");
    if (r.members > 0)
        note << TierMoves::describe(r.suggested, r.asOf);
    m_suggestionNote->setText(note.join(QStringLiteral("\n\n")));

    // The pyramid: each tier's share now beside its target, the highest tier on top.
    QChart *chart = TierChart::create(r.ladder.tiers(), r.membersByLevel, r.members, palette().color(QPalette::WindowText));
    chart->setTitle(tr("Members per tier"));
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

bool TiersScreen::applySuggestion()
{
    if (!m_report || !m_session.isOpen() || !m_session.op().isOwner())
        return false;
    const TierLadder suggested = m_report->suggestedLadder();
    if (!TierMoves::confirm(this, m_session, suggested))
        return false;
    if (Status saved = TierService(m_session.database(), m_session.clock()).saveLadder(suggested, m_session.op()); !saved) {
        MessageBox::warning(this, tr("Thresholds not saved"), saved.error().message);
        return false;
    }
    emit m_session.settingsChanged();
    return true;
}

} // namespace loyalty::ui
