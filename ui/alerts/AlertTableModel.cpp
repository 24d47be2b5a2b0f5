#include "alerts/AlertTableModel.h"

#include "common/Format.h"
#include "common/Money.h"
#include "common/ShopSession.h"
#include "members/PhoneNumber.h"

#include <QColor>

namespace loyalty::ui {

AlertTableModel::AlertTableModel(ShopSession &session, QObject *parent) : QAbstractTableModel(parent), m_session(session) {}

void AlertTableModel::setAlerts(const QList<Alert> &alerts, const TierLadder &tiers)
{
    beginResetModel();
    m_alerts = alerts;
    m_tiers = tiers;
    m_bought.clear();
    endResetModel();
}

const Alert *AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertTableModel::lastBought(qint64 memberId) const
{
    if (auto it = m_bought.constFind(memberId); it != m_bought.cend())
        return *it;
    QString text;
    if (m_session.isOpen())
        if (auto items = DormancyService(m_session.database(), m_session.clock()).lastItems(memberId)) {
            QStringList parts;
            for (const VisitLine &l : std::as_const(*items))
                parts << (l.quantity > 1 ? tr("%1 ×%2").arg(l.description.isEmpty() ? l.category : l.description).arg(l.quantity)
                                         : (l.description.isEmpty() ? l.category : l.description));
            text = parts.join(tr(", "));
        }
    m_bought.insert(memberId, text);
    return text;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    const Alert *a = index.isValid() ? alertAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == MemberIdRole)
        return a->memberId;
    if (role == Qt::TextAlignmentRole && (index.column() == Away || index.column() == Spend))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == State)
        return QColor(a->state == MemberState::AtRisk ? QStringLiteral("#b26a00") : QStringLiteral("#b3261e"));
    if (role == Qt::ToolTipRole && index.column() == LastContact && a->lastContact && !a->lastContact->note.isEmpty())
        return a->lastContact->note;
    if (role == Qt::ToolTipRole && index.column() == Name && a->snoozed(m_session.clock().today()))
        return tr("Snoozed until %1").arg(shortDate(a->snoozedUntil));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return a->snoozed(m_session.clock().today()) ? tr("%1 (snoozed)").arg(a->name.isEmpty() ? a->card : a->name)
                                                     : (a->name.isEmpty() ? a->card : a->name);
    case Phone:
        if (a->phone.isEmpty())
            return QString();
        return PhoneNumber::display(m_session.op().isOwner() ? a->phone : PhoneNumber::masked(a->phone));
    case Tier:
        return m_tiers.at(a->tierLevel).name;
    case State:
        return displayName(a->state);
    case Rhythm:
        return a->typicalGapDays ? rhythmInWords(a->expectedGapDays) : tr("%1 (shop's usual)").arg(rhythmInWords(a->expectedGapDays));
    case Away:
        return tr("%n day(s)", nullptr, a->daysAbsent);
    case LastVisit:
        return a->lastVisit ? shortDate(*a->lastVisit) : tr("never");
    case LastBought:
        return lastBought(a->memberId);
    case Spend:
        return Money(a->spend12mCents).format(m_session.currency());
    case LastContact:
        return a->lastContact ? a->lastContact->summary() : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Member");
    case Phone:
        return tr("Phone");
    case Tier:
        return tr("Tier");
    case State:
        return tr("State");
    case Rhythm:
        return tr("Usually comes");
    case Away:
        return tr("Away");
    case LastVisit:
        return tr("Last visit");
    case LastBought:
        return tr("Bought last time");
    case Spend:
        return tr("Spend, 12 months");
    case LastContact:
        return tr("Last contact");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace loyalty::ui
