#include "members/MemberHistory.h"

#include "common/Format.h"
#include "common/Money.h"
#include "common/ShopSession.h"
#include "points/Ledger.h"
#include "storage/LedgerRepository.h"
#include "storage/VisitRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {

QTreeWidget *makeTree(QWidget *parent, const QString &objectName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

QLabel *makeSummary(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString signedPoints(qint64 points)
{
    const QString n = QLocale().toString(points < 0 ? -points : points);
    return points < 0 ? QStringLiteral("−") + n : QStringLiteral("+") + n;
}

// Why an entry was written, in words: a bonus's reason, the visit it belongs to, a manual reason.
QString entryReason(const LedgerEntry &e)
{
    QStringList parts;
    if (e.kind == LedgerKind::Bonus) {
        if (e.reason == BonusReason::Birthday)
            parts << MemberPointsView::tr("birthday");
        else if (e.reason == BonusReason::Referral)
            parts << MemberPointsView::tr("referral");
        else if (e.reason == BonusReason::Signup)
            parts << MemberPointsView::tr("sign-up");
        else if (!e.reason.isEmpty())
            parts << e.reason;
    } else if (!e.reason.isEmpty()) {
        parts << e.reason;
    }
    if (e.visitId)
        parts << MemberPointsView::tr("visit #%1").arg(*e.visitId);
    if (e.kind == LedgerKind::Expire && e.lotId)
        parts << MemberPointsView::tr("lot #%1").arg(*e.lotId);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

// ---- the lazy base ----------------------------------------------------------------------------

LazyMemberView::LazyMemberView(ShopSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    connect(&m_session, &ShopSession::visitsChanged, this, [this](qint64 id) {
        if (m_memberId != 0 && (id == 0 || id == m_memberId))
            refresh();
    });
    connect(&m_session, &ShopSession::maintained, this, [this] { refresh(); });
}

void LazyMemberView::showMember(qint64 memberId)
{
    m_memberId = memberId;
    refresh();
}

void LazyMemberView::refresh()
{
    m_stale = !isVisible();
    if (!m_stale)
        reload();
}

void LazyMemberView::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        reload();
    }
    QWidget::showEvent(event);
}

void LazyMemberView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

// ---- visits ------------------------------------------------------------------------------------

MemberVisitsView::MemberVisitsView(ShopSession &session, QWidget *parent) : LazyMemberView(session, parent)
{
    setObjectName(QStringLiteral("memberVisits"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_summary = makeSummary(this);
    m_summary->setObjectName(QStringLiteral("visitsSummary"));
    m_tree = makeTree(this, QStringLiteral("visitsTree"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    retranslateUi();
}

void MemberVisitsView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("When"), tr("Amount"), tr("Points"), tr("Balance"), tr("Note")});
}

void MemberVisitsView::reload()
{
    m_tree->clear();
    m_summary->clear();
    if (memberId() == 0 || !m_session.isOpen())
        return;
    auto visits = VisitRepository(m_session.database()).ofMember(memberId(), kVisitLimit + 1);
    if (!visits) {
        m_summary->setText(visits.error().message);
        return;
    }
    const QString currency = m_session.currency();
    const bool more = visits->size() > kVisitLimit;
    int voided = 0;
    QList<QTreeWidgetItem *> rows;
    for (const Visit &v : visits->mid(0, kVisitLimit)) {
        auto *row = new QTreeWidgetItem;
        row->setData(0, Qt::UserRole, v.id);
        row->setText(0, shortDateTime(v.at));
        row->setText(1, Money(v.amountCents).format(currency));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QStringList points;
        if (v.pointsEarned)
            points << signedPoints(v.pointsEarned);
        if (v.bonusPoints)
            points << tr("%1 bonus").arg(signedPoints(v.bonusPoints));
        if (v.pointsRedeemed)
            points << tr("%1 paid %2").arg(signedPoints(-v.pointsRedeemed), Money(v.pointsValueCents).format(currency));
        row->setText(2, points.join(QStringLiteral(", ")));
        row->setText(3, QLocale().toString(v.balanceAfter));
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        QStringList note;
        if (v.promoPercent != 100)
            note << tr("promotion %1%").arg(v.promoPercent);
        if (!v.note.isEmpty())
            note << v.note;
        row->setText(4, note.join(QStringLiteral(" · ")));
        if (v.isVoid()) {
            ++voided;
            const QString why = v.voidReason.isEmpty() ? tr("Voided %1").arg(shortDateTime(*v.voidedAt))
                                                       : tr("Voided %1: %2").arg(shortDateTime(*v.voidedAt), v.voidReason);
            row->setText(4, note.isEmpty() ? why : why + QStringLiteral(" · ") + row->text(4));
            QFont struck = m_tree->font();
            struck.setStrikeOut(true);
            for (int c = 0; c < 4; ++c) {
                row->setFont(c, struck);
                row->setForeground(c, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
            }
            row->setForeground(4, QColor(0xc0, 0x39, 0x2b));
        }
        for (const VisitLine &line : v.items) {
            auto *item = new QTreeWidgetItem(row);
            const QString what = line.description.isEmpty() ? line.category : tr("%1 (%2)").arg(line.description, line.category);
            item->setText(0, tr("%1 × %2").arg(line.quantity).arg(what));
            item->setText(1, Money(line.totalCents()).format(currency));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (line.quantity != 1)
                item->setText(2, tr("%1 each").arg(Money(line.unitPriceCents).format(currency)));
            item->setForeground(0, m_tree->palette().brush(QPalette::PlaceholderText));
        }
        rows << row;
    }
    m_tree->addTopLevelItems(rows);
    m_tree->expandAll();
    const int shown = int(rows.size());
    QString summary = more ? tr("The latest %n visit(s).", nullptr, shown) : tr("%n visit(s).", nullptr, shown);
    if (voided)
        summary += QLatin1Char(' ') + tr("%n voided (struck through).", nullptr, voided);
    if (shown == 0)
        summary = tr("No visits yet.");
    m_summary->setText(summary);
}

// ---- points ------------------------------------------------------------------------------------

MemberPointsView::MemberPointsView(ShopSession &session, QWidget *parent) : LazyMemberView(session, parent)
{
    setObjectName(QStringLiteral("memberPoints"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_summary = makeSummary(this);
    m_summary->setObjectName(QStringLiteral("pointsSummary"));
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_ledgerTitle = new QLabel(top);
    m_ledger = makeTree(top, QStringLiteral("ledgerTree"));
    topLayout->addWidget(m_ledgerTitle);
    topLayout->addWidget(m_ledger, 1);
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_lotsTitle = new QLabel(bottom);
    m_lots = makeTree(bottom, QStringLiteral("lotsTree"));
    bottomLayout->addWidget(m_lotsTitle);
    bottomLayout->addWidget(m_lots, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    QFont bold = m_ledgerTitle->font();
    bold.setBold(true);
    m_ledgerTitle->setFont(bold);
    m_lotsTitle->setFont(bold);

    retranslateUi();
}

void MemberPointsView::retranslateUi()
{
    m_ledgerTitle->setText(tr("Every change of points, newest first"));
    m_lotsTitle->setText(tr("Lots: points earned together, used oldest first, expiring together"));
    m_ledger->setHeaderLabels({tr("When"), tr("What"), tr("Points"), tr("Why")});
    m_lots->setHeaderLabels({tr("Earned on"), tr("Points"), tr("Left"), tr("Valid through"), tr("State")});
}

void MemberPointsView::reload()
{
    m_ledger->clear();
    m_lots->clear();
    m_summary->clear();
    if (memberId() == 0 || !m_session.isOpen())
        return;
    LedgerRepository repo(m_session.database());
    auto entries = repo.entriesOf(memberId(), kEntryLimit);
    auto lots = repo.lotsOf(memberId());
    if (!entries || !lots) {
        m_summary->setText(!entries ? entries.error().message : lots.error().message);
        return;
    }

    const QColor plus(0x1e, 0x84, 0x49), minus(0xc0, 0x39, 0x2b);
    QList<QTreeWidgetItem *> rows;
    for (const LedgerEntry &e : *entries) {
        auto *row = new QTreeWidgetItem;
        row->setData(0, Qt::UserRole, e.id);
        row->setText(0, shortDateTime(e.at));
        row->setText(1, displayName(e.kind));
        row->setText(2, signedPoints(e.points));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setForeground(2, e.points < 0 ? minus : plus);
        row->setText(3, entryReason(e));
        rows << row;
    }
    m_ledger->addTopLevelItems(rows);

    const QDate today = m_session.clock().today();
    qint64 open = 0;
    rows.clear();
    // Newest lots first, like the ledger; the state says which are still being used.
    for (auto it = lots->crbegin(); it != lots->crend(); ++it) {
        const Lot &lot = *it;
        auto *row = new QTreeWidgetItem;
        row->setData(0, Qt::UserRole, lot.id);
        row->setText(0, shortDate(lot.earnedOn));
        row->setText(1, QLocale().toString(lot.points));
        row->setText(2, QLocale().toString(lot.remaining));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(3, lot.expiresOn ? shortDate(*lot.expiresOn) : tr("never expires"));
        const bool expired = lot.expiresOn && *lot.expiresOn < today;
        QString state;
        if (expired)
            state = tr("expired");
        else if (lot.remaining == 0)
            state = tr("used");
        else if (lot.expiresOn && today.daysTo(*lot.expiresOn) < 60)
            state = tr("expires in %n day(s)", nullptr, int(today.daysTo(*lot.expiresOn)) + 1);
        else
            state = tr("open");
        row->setText(4, state);
        if (expired || lot.remaining == 0)
            for (int c = 0; c < 5; ++c)
                row->setForeground(c, m_lots->palette().brush(QPalette::Disabled, QPalette::Text));
        if (!expired)
            open += lot.remaining;
        rows << row;
    }
    m_lots->addTopLevelItems(rows);

    qint64 earned = 0, spent = 0, lapsed = 0;
    for (const LedgerEntry &e : *entries) {
        if (e.kind == LedgerKind::Redeem)
            spent -= e.points;
        else if (e.kind == LedgerKind::Expire)
            lapsed -= e.points;
        else if (e.points > 0)
            earned += e.points;
    }
    if (entries->isEmpty()) {
        m_summary->setText(tr("No points yet."));
        return;
    }
    const QString summary = entries->size() >= kEntryLimit
        ? tr("The latest %n ledger entries.", nullptr, int(entries->size()))
        : tr("In all: %1 points in, %2 used at the till, %3 expired; %4 in open lots.")
              .arg(QLocale().toString(earned), QLocale().toString(spent), QLocale().toString(lapsed), QLocale().toString(open));
    m_summary->setText(summary);
}

} // namespace loyalty::ui
