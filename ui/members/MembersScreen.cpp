#include "members/MembersScreen.h"

#include "common/ShopSession.h"
#include "members/MemberDetailPanel.h"
#include "members/MemberDialog.h"
#include "members/MemberHistory.h"
#include "members/MemberTableModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace loyalty::ui {

MembersScreen::MembersScreen(ShopSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("membersScreen"));
    m_model = new MemberTableModel(session, this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("membersFilter"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_archived = new QCheckBox(this);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newMemberButton"));
    m_new->setIcon(QIcon(QStringLiteral(":/icons/member-add.svg")));
    bar->addWidget(m_search, 2);
    bar->addWidget(m_archived);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_new);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::JoinedColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(MemberTableModel::CardColumn, 120);
    m_table->setColumnWidth(MemberTableModel::PhoneColumn, 140);
    m_table->setColumnWidth(MemberTableModel::TierColumn, 100);
    m_table->setColumnWidth(MemberTableModel::PointsColumn, 80);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The member page: details, visits with their items, and points (ledger and lots).
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setMinimumWidth(380);
    m_detail = new MemberDetailPanel(session, m_tabs);
    m_visits = new MemberVisitsView(session, m_tabs);
    m_points = new MemberPointsView(session, m_tabs);
    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(m_visits, QString());
    m_tabs->addTab(m_points, QString());
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({680, 520}); // the list's columns in full, the member page beside them
    split->setCollapsible(0, false);
    layout->addWidget(split, 1);

    // Search as you type; a short pause keeps a fast typist's keystrokes from queueing queries.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearch(m_search->text());
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
            m_table->setFocus();
        }
    });
    connect(m_archived, &QCheckBox::toggled, m_model, &MemberTableModel::setIncludeArchived);
    connect(m_new, &QPushButton::clicked, this, [this] { registerMember(); });
    connect(m_model, &MemberTableModel::totalCountChanged, this, &MembersScreen::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersScreen::currentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MembersScreen::currentChanged);
    connect(m_table, &QTableView::activated, this, &MembersScreen::editCurrent);
    connect(m_detail, &MemberDetailPanel::editRequested, this, &MembersScreen::editCurrent);

    retranslateUi();
}

void MembersScreen::retranslateUi()
{
    m_search->setPlaceholderText(tr("Filter: phone or its last 4 digits, name, pinyin (wxm), card…"));
    m_archived->setText(tr("Show archived"));
    m_new->setText(tr("&New member…"));
    m_new->setToolTip(tr("Register a new member (Ctrl+N)"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&Visits"));
    m_tabs->setTabText(2, tr("&Points"));
    updateCount();
}

void MembersScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MembersScreen::updateCount()
{
    const qint64 n = m_model->totalCount();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else if (m_model->search().isEmpty())
        m_count->setText(tr("%Ln member(s)", nullptr, int(std::min<qint64>(n, INT_MAX))));
    else if (n >= MemberTableModel::kSearchLimit)
        m_count->setText(tr("first %1 matches").arg(QLocale().toString(n)));
    else
        m_count->setText(tr("%n match(es)", nullptr, int(n)));
}

void MembersScreen::currentChanged()
{
    const Member *m = m_model->memberAt(m_table->currentIndex().row());
    m_detail->showMember(m ? std::optional<Member>(*m) : std::nullopt);
    m_visits->showMember(m ? m->id : 0);
    m_points->showMember(m ? m->id : 0);
    m_tabs->setTabEnabled(1, m != nullptr);
    m_tabs->setTabEnabled(2, m != nullptr);
}

qint64 MembersScreen::currentMemberId() const
{
    const Member *m = m_model->memberAt(m_table->currentIndex().row());
    return m ? m->id : 0;
}

void MembersScreen::showMember(qint64 memberId)
{
    int row = m_model->rowOf(memberId);
    if (row < 0) {
        // Not among the rows loaded: show the member on their own through a search for their card.
        auto m = m_session.members().byId(memberId);
        if (!m)
            return;
        if (m->status == MemberStatus::Archived)
            m_archived->setChecked(true);
        m_search->setText(m->card);
        m_searchTimer->stop();
        m_model->setSearch(m->card);
        row = m_model->rowOf(memberId);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        currentChanged();
    }
}

void MembersScreen::registerMember(const QString &prefillPhone)
{
    if (!m_session.isOpen())
        return;
    MemberDialog dialog(m_session, this, prefillPhone);
    if (dialog.exec() == QDialog::Accepted)
        showMember(dialog.member().id);
}

void MembersScreen::editCurrent()
{
    const Member *m = m_model->memberAt(m_table->currentIndex().row());
    if (!m || m->status == MemberStatus::Erased)
        return;
    MemberDialog dialog(m_session, *m, this);
    if (dialog.exec() == QDialog::Accepted)
        showMember(dialog.member().id);
}

} // namespace loyalty::ui
