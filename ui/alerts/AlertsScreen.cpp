#include "alerts/AlertsScreen.h"

#include "alerts/AlertTableModel.h"
#include "common/BusyTask.h"
#include "common/FileDialog.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "common/ShopWork.h"
#include "common/TierFilter.h"
#include "coupons/CampaignRun.h"
#include "coupons/CouponService.h"
#include "dormancy/CallSheet.h"
#include "printing/Slip.h"
#include "printing/SlipPrinter.h"
#include "storage/TierRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace loyalty::ui {

// ---------------------------------------------------------------------------------------------

ContactDialog::ContactDialog(ShopSession &session, const Alert &alert, QWidget *parent)
    : QDialog(parent), m_session(session), m_memberId(alert.memberId)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Log a contact"));
    auto *layout = new QVBoxLayout(this);
    auto *who = new QLabel(tr("%1 — %2").arg(alert.name.isEmpty() ? alert.card : alert.name,
                                             DormancyService::absenceText(alert.daysAbsent, alert.expectedGapDays, alert.typicalGapDays.has_value())),
                           this);
    who->setWordWrap(true);
    layout->addWidget(who);
    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("contactChannel"));
    for (Channel c : {Channel::Call, Channel::Message, Channel::InPerson})
        m_channel->addItem(displayName(c), int(c));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("contactOutcome"));
    m_outcome->addItem(tr("—"), int(Outcome::None));
    for (Outcome o : allOutcomes())
        m_outcome->addItem(displayName(o), int(o));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setMaxLength(DormancyService::kMaxNoteLength);
    m_note->setPlaceholderText(tr("e.g. moved to the other side of town; will come on Saturday"));
    form->addRow(tr("How"), m_channel);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("contactProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

bool ContactDialog::save()
{
    DormancyService::ContactRequest r;
    r.memberId = m_memberId;
    r.channel = Channel(m_channel->currentData().toInt());
    r.outcome = Outcome(m_outcome->currentData().toInt());
    r.note = m_note->text();
    auto logged = DormancyService(m_session.database(), m_session.clock(), m_session.op()).logContact(r);
    if (!logged) {
        m_problem->setText(logged.error().message);
        m_problem->show();
        return false;
    }
    emit m_session.memberChanged(m_memberId);
    return true;
}

// ---------------------------------------------------------------------------------------------

WinBackDialog::WinBackDialog(ShopSession &session, const Alert *selected, qint64 listSize, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("winBackDialog"));
    setWindowTitle(tr("Win-back coupon"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("winBackTemplate"));
    if (auto templates = CouponService(session.database(), session.clock()).templates())
        for (const CouponTemplate &t : std::as_const(*templates))
            if (t.active && t.autoIssue.isEmpty())
                m_template->addItem(t.name, t.id);
    form->addRow(tr("Coupon"), m_template);
    layout->addLayout(form);
    m_one = new QRadioButton(this);
    m_one->setObjectName(QStringLiteral("winBackOne"));
    m_all = new QRadioButton(this);
    m_all->setObjectName(QStringLiteral("winBackAll"));
    m_one->setText(selected ? tr("Only %1").arg(selected->name.isEmpty() ? selected->card : selected->name) : tr("Only the selected member"));
    m_one->setEnabled(selected != nullptr);
    m_all->setText(tr("Everybody in the list shown: %n member(s), one coupon each", nullptr, int(listSize)));
    m_all->setEnabled(session.op().isOwner() && listSize > 0);
    if (!session.op().isOwner())
        m_all->setToolTip(tr("Only the owner can send coupons to a whole list."));
    (selected ? m_one : m_all)->setChecked(true);
    layout->addWidget(m_one);
    layout->addWidget(m_all);
    auto *note = new QLabel(tr("Each coupon counts as a try to bring the member back: the report shows who came back within 30 days."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_template->count() > 0 && (m_one->isEnabled() || m_all->isEnabled()));
    if (m_template->count() == 0)
        m_template->setPlaceholderText(tr("No coupon yet: add one on the Coupons screen"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

qint64 WinBackDialog::templateId() const
{
    return m_template->currentData().toLongLong();
}

bool WinBackDialog::wholeList() const
{
    return m_all->isChecked();
}

// ---------------------------------------------------------------------------------------------

WinBackReportDialog::WinBackReportDialog(const WinBackReport &report, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("winBackReport"));
    setWindowTitle(tr("Win-back by month"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Members contacted or sent a coupon while at risk or dormant, by the month of the contact, and how "
                                "many of them came back within %n day(s).",
                                nullptr, DormancyService::kWinBackDays),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *table = new QTableWidget(int(report.months.size()) + 1, 5, this);
    table->setObjectName(QStringLiteral("winBackTable"));
    table->setHorizontalHeaderLabels({tr("Month"), tr("Contacted"), tr("Came back"), tr("Rate"), tr("May still come")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const auto put = [table](int row, const WinBackMonth &m, const QString &label) {
        const QStringList cells{label, QLocale().toString(m.contacted), QLocale().toString(m.wonBack),
                                QLocale().toString(double(m.rateBasisPoints()) / 100, 'f', 1) + QLocale().percent(),
                                QLocale().toString(m.waiting)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, c, item);
        }
    };
    // Newest first: the months that matter now are on top.
    for (qsizetype i = 0; i < report.months.size(); ++i) {
        const WinBackMonth &m = report.months.at(report.months.size() - 1 - i);
        const QDate first = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate);
        put(int(i), m, first.isValid() ? QLocale().toString(first, tr("MMMM yyyy", "a month and its year")) : m.month);
    }
    put(int(report.months.size()), report.total, tr("All"));
    QFont bold = table->font();
    bold.setBold(true);
    for (int c = 0; c < 5; ++c)
        table->item(int(report.months.size()), c)->setFont(bold);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 460);
}

// ---------------------------------------------------------------------------------------------

AlertsScreen::AlertsScreen(ShopSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("alertsScreen"));
    auto *layout = screenLayout(this, &m_title, &m_intro);

    auto *filters = new QHBoxLayout;
    m_states = new QComboBox(this);
    m_states->setObjectName(QStringLiteral("alertStates"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("alertTier"));
    m_showSnoozed = new QCheckBox(this);
    m_showSnoozed->setObjectName(QStringLiteral("alertShowSnoozed"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    filters->addWidget(m_states);
    filters->addWidget(m_tier);
    filters->addWidget(m_showSnoozed);
    filters->addSpacing(12);
    filters->addWidget(m_summary, 1);
    layout->addLayout(filters);

    m_model = new AlertTableModel(session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_contact = new QPushButton(this);
    m_contact->setObjectName(QStringLiteral("alertContact"));
    m_snooze = new QToolButton(this);
    m_snooze->setObjectName(QStringLiteral("alertSnooze"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_snooze->setMenu(new QMenu(m_snooze));
    m_coupon = new QPushButton(this);
    m_coupon->setObjectName(QStringLiteral("alertCoupon"));
    m_serve = new QPushButton(this);
    m_serve->setObjectName(QStringLiteral("alertServe"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("alertExport"));
    actions->addWidget(m_contact);
    actions->addWidget(m_snooze);
    actions->addWidget(m_coupon);
    actions->addWidget(m_serve);
    actions->addStretch();
    actions->addWidget(m_export);
    layout->addLayout(actions);
    auto *winBack = new QHBoxLayout;
    m_winBackLabel = new QLabel(this);
    m_winBackLabel->setObjectName(QStringLiteral("winBackSummary"));
    m_winBackLabel->setWordWrap(true);
    m_winBackMonths = new QPushButton(this);
    m_winBackMonths->setObjectName(QStringLiteral("winBackMonths"));
    winBack->addWidget(m_winBackLabel, 1);
    winBack->addWidget(m_winBackMonths);
    layout->addLayout(winBack);
    connect(m_winBackMonths, &QPushButton::clicked, this, &AlertsScreen::showWinBackByMonth);

    connect(m_contact, &QPushButton::clicked, this, &AlertsScreen::logContact);
    connect(m_coupon, &QPushButton::clicked, this, &AlertsScreen::giveWinBackCoupon);
    connect(m_export, &QPushButton::clicked, this, &AlertsScreen::exportCallSheet);
    connect(m_serve, &QPushButton::clicked, this, [this] {
        if (const Alert *a = selected())
            emit serveMember(a->memberId);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Alert *a = m_model->alertAt(index.row()))
            emit serveMember(a->memberId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsScreen::updateActions);
    for (QComboBox *combo : {m_states, m_tier})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_refreshState.markStale();
            refresh();
        });
    connect(m_showSnoozed, &QCheckBox::toggled, this, [this] {
        m_refreshState.markStale();
        refresh();
    });
    const auto markStale = [this] {
        m_refreshState.markStale();
        if (isVisible())
            refresh();
    };
    connect(&m_session, &ShopSession::opened, this, markStale);
    connect(&m_session, &ShopSession::visitsChanged, this, markStale);
    connect(&m_session, &ShopSession::memberChanged, this, markStale);
    connect(&m_session, &ShopSession::settingsChanged, this, markStale);
    connect(&m_session, &ShopSession::operatorChanged, this, markStale);
    connect(&m_session, &ShopSession::tiersReviewed, this, markStale);
    connect(&m_session, &ShopSession::maintained, this, markStale);
    retranslateUi();
}

AlertFilter AlertsScreen::filter() const
{
    AlertFilter f;
    f.states.clear();
    for (const QString &name : m_states->currentData().toString().split(u','))
        if (auto st = memberStateFromString(name))
            f.states << *st;
    f.minTierLevel = m_tier->currentData().toInt();
    f.includeSnoozed = m_showSnoozed->isChecked();
    return f;
}

void AlertsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshState.isStale())
        refresh();
}

void AlertsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AlertsScreen::refresh()
{
    if (!m_session.isOpen()) {
        m_snapshot.reset();
        m_winBack.reset();
        m_model->setAlerts({}, TierLadder());
        updateSummary();
        return;
    }
    if (!m_refreshState.begin())
        return;
    TierFilter::fill(m_tier, m_session, tr("Every tier"));
    updateSummary();
    struct Loaded {
        StatesSnapshot snapshot;
        WinBackReport winBack;
        TierLadder tiers;
    };
    const AlertFilter wanted = filter();
    runOnShop<Loaded>(
        this, m_session,
        [wanted](Database &db, const Clock &clock) -> Result<Loaded> {
            const DormancyService dormancy(db, clock);
            auto snap = dormancy.snapshot(wanted);
            if (!snap)
                return snap.error();
            auto winBack = dormancy.winBack();
            if (!winBack)
                return winBack.error();
            auto tiers = TierRepository(db).ladder();
            if (!tiers)
                return tiers.error();
            return Loaded{*snap, *winBack, *tiers};
        },
        [this](const Result<Loaded> &loaded, bool sameShop) {
            const bool again = m_refreshState.finish();
            if (sameShop) {
                if (loaded) {
                    const qint64 keep = selected() ? selected()->memberId : 0;
                    m_snapshot = loaded->snapshot;
                    m_winBack = loaded->winBack;
                    m_model->setAlerts(loaded->snapshot.alerts, loaded->tiers);
                    m_table->resizeColumnsToContents();
                    for (int c = 0; c < AlertTableModel::ColumnCount; ++c)
                        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == AlertTableModel::LastContact ? 320 : 200));
                    for (int row = 0; keep && row < m_model->rowCount(); ++row)
                        if (m_model->alertAt(row)->memberId == keep)
                            m_table->selectRow(row);
                } else {
                    m_summary->setText(tr("The alert list could not be worked out: %1").arg(loaded.error().message));
                }
            }
            if (again) {
                refresh();
                return;
            }
            updateSummary();
            emit refreshed();
        });
}

const Alert *AlertsScreen::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->alertAt(rows.first().row());
}

void AlertsScreen::updateActions()
{
    const bool open = m_session.isOpen();
    const bool one = open && selected() != nullptr;
    m_contact->setEnabled(one);
    m_snooze->setEnabled(one);
    m_serve->setEnabled(one);
    m_coupon->setEnabled(open && (one || (m_session.op().isOwner() && m_model->rowCount() > 0)));
    m_export->setEnabled(open && m_session.op().isOwner() && m_model->rowCount() > 0);
    m_export->setToolTip(m_session.op().isOwner() ? QString() : tr("Only the owner can export member data."));
    m_winBackMonths->setEnabled(open && m_winBack && !m_winBack->months.isEmpty());
}

void AlertsScreen::updateSummary()
{
    updateActions();
    if (!m_session.isOpen()) {
        m_summary->setText(tr("No shop is open."));
        m_winBackLabel->clear();
        return;
    }
    if (m_refreshState.isWorking() && !m_snapshot) {
        m_summary->setText(tr("Working out who stopped coming…"));
        return;
    }
    if (!m_snapshot)
        return;
    const StatesSnapshot &s = *m_snapshot;
    QStringList parts;
    parts << tr("%n at risk", nullptr, int(s.members[int(MemberState::AtRisk)]))
          << tr("%n dormant", nullptr, int(s.members[int(MemberState::Dormant)]))
          << tr("%n lost", nullptr, int(s.members[int(MemberState::Lost)]));
    QString text = tr("Listed: %n member(s).", nullptr, int(s.alerts.size())) + u' ' + tr("In the shop: %1.").arg(parts.join(tr(", ")));
    if (s.snoozed > 0 && !m_showSnoozed->isChecked())
        text += u' ' + tr("%n snoozed, not listed.", nullptr, int(s.snoozed));
    m_summary->setText(text);
    if (m_winBack) {
        const WinBackMonth &t = m_winBack->total;
        m_winBackLabel->setText(
            t.contacted == 0
                ? tr("Win-back: nobody was contacted yet. Contacts and coupons given to members at risk or dormant are counted here.")
                : tr("Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4%), %5 may still come.")
                      .arg(t.contacted)
                      .arg(t.wonBack)
                      .arg(DormancyService::kWinBackDays)
                      .arg(QLocale().toString(double(t.rateBasisPoints()) / 100, 'f', 1))
                      .arg(t.waiting));
    }
}

void AlertsScreen::retranslateUi()
{
    m_title->setText(tr("Who stopped coming"));
    m_intro->setText(tr("Each member's own rhythm: at risk when away more than twice their usual gap, dormant after four times, "
                        "lost after a year. The most valuable come first — call them, send a coupon, or snooze them."));
    const QString chosen = m_states->currentData().toString();
    {
        const QSignalBlocker quiet(m_states);
        m_states->clear();
        m_states->addItem(tr("At risk and dormant"), QStringLiteral("at_risk,dormant"));
        m_states->addItem(tr("At risk"), QStringLiteral("at_risk"));
        m_states->addItem(tr("Dormant"), QStringLiteral("dormant"));
        m_states->addItem(tr("Lost (away over a year)"), QStringLiteral("lost"));
        m_states->setCurrentIndex(std::max(0, m_states->findData(chosen)));
    }
    if (m_session.isOpen())
        TierFilter::fill(m_tier, m_session, tr("Every tier"));
    m_showSnoozed->setText(tr("Show snoozed"));
    m_contact->setText(tr("&Log a contact…"));
    m_snooze->setText(tr("S&nooze"));
    QMenu *menu = m_snooze->menu();
    menu->clear();
    for (int days : {7, 14, 30, 90})
        menu->addAction(tr("For %n day(s)", nullptr, days), this, [this, days] { snoozeSelected(days); });
    menu->addSeparator();
    menu->addAction(tr("End the snooze"), this, [this] { snoozeSelected(0); });
    m_coupon->setText(tr("Win-back &coupon…"));
    m_serve->setText(tr("Serve at the &counter"));
    m_export->setText(tr("&Export a call sheet…"));
    m_winBackMonths->setText(tr("Win-back by &month…"));
    updateSummary();
}

void AlertsScreen::showWinBackByMonth()
{
    if (!m_winBack)
        return;
    WinBackReportDialog dialog(*m_winBack, this);
    dialog.exec();
}

bool AlertsScreen::logContact()
{
    const Alert *a = selected();
    if (!a)
        return false;
    ContactDialog dialog(m_session, *a, this);
    return dialog.exec() == QDialog::Accepted;
}

bool AlertsScreen::snoozeSelected(int days)
{
    const Alert *a = selected();
    if (!a)
        return false;
    const qint64 id = a->memberId;
    auto until = DormancyService(m_session.database(), m_session.clock(), m_session.op()).snooze(id, days);
    if (!until) {
        MessageBox::warning(this, tr("Snooze"), until.error().message);
        return false;
    }
    emit m_session.memberChanged(id);
    return true;
}

bool AlertsScreen::giveWinBackCoupon()
{
    const Alert *a = selected();
    WinBackDialog dialog(m_session, a, m_model->rowCount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.wholeList()) {
        const AlertFilter f = filter();
        CouponService::CampaignRequest request;
        request.name = tr("Win-back %1").arg(m_session.clock().today().toString(Qt::ISODate));
        request.templateId = dialog.templateId();
        request.audience.minTierLevel = f.minTierLevel;
        request.audience.states = f.states;
        request.audience.skipSnoozed = !f.includeSnoozed;
        return CampaignRun::issueAndOfferPrinting(this, m_session, request).has_value();
    }
    if (!a)
        return false;
    CouponService::IssueRequest request;
    request.memberId = a->memberId;
    request.templateId = dialog.templateId();
    auto coupon = CouponService(m_session.database(), m_session.clock(), m_session.op()).issue(request);
    if (!coupon) {
        MessageBox::warning(this, tr("Win-back coupon"), coupon.error().message);
        return false;
    }
    emit m_session.memberChanged(a->memberId);
    if (MessageBox::question(this, tr("Win-back coupon"), tr("Coupon %1 issued. Print it on the receipt printer now?").arg(coupon->code))
        == QMessageBox::Yes) {
        auto slip = SlipBuilder(m_session.database(), m_session.clock()).forCoupon(coupon->code);
        const PrinterSetup setup = PrinterSetup::from(m_session.settings());
        const Status printed = slip ? runBusy(this, tr("Printing the coupon…"), [s = *slip, setup] { return SlipPrinter::print(s, setup); })
                                    : Status(slip.error());
        if (!printed)
            MessageBox::warning(this, tr("Win-back coupon"), printed.error().message);
    }
    return true;
}

bool AlertsScreen::exportCallSheet()
{
    if (!m_session.isOpen() || m_model->rowCount() == 0)
        return false;
    if (!m_session.op().isOwner()) {
        MessageBox::warning(this, tr("Export a call sheet"), tr("Only the owner can export member data."));
        return false;
    }
    const QString file = FileDialog::saveFileName(this, tr("Export a call sheet"),
                                                  tr("call-sheet-%1.csv").arg(m_session.clock().today().toString(Qt::ISODate)),
                                                  tr("CSV (*.csv)"));
    if (file.isEmpty())
        return false;
    const QList<Alert> alerts = m_model->alerts();
    const QString path = m_session.path();
    const Operator op = m_session.op();
    std::optional<qint64> rows;
    auto done = runWithProgress(this, tr("Writing the call sheet…"), [&](const ProgressReport &progress) -> Status {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        const qint64 total = alerts.size();
        auto written = CallSheet::exportTo(**db, op, alerts, file, true, [&](qint64 n) { return progress(n, total); });
        if (!written)
            return written.error();
        rows = *written;
        return {};
    });
    if (!done) {
        MessageBox::warning(this, tr("Export a call sheet"), done.error().message);
        return false;
    }
    if (*done == Progress::Cancelled || !rows)
        return false;
    MessageBox::information(this, tr("Export a call sheet"), tr("Wrote %n member(s) to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(file)));
    return true;
}

} // namespace loyalty::ui
