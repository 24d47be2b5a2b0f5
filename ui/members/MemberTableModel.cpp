#include "members/MemberTableModel.h"

#include "common/Format.h"
#include "common/ShopSession.h"
#include "storage/TierRepository.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QLocale>

namespace loyalty::ui {

// A small round badge in the tier's colour, made once per colour.
QIcon tierDot(const QString &color)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(color); it != cache.cend())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(color).isValid() ? QColor(color) : QColor(Qt::gray));
    p.drawEllipse(1, 1, 10, 10);
    p.end();
    return *cache.insert(color, QIcon(pixmap));
}

MemberTableModel::MemberTableModel(ShopSession &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &ShopSession::opened, this, &MemberTableModel::reload);
    connect(&m_session, &ShopSession::closed, this, &MemberTableModel::reload);
    connect(&m_session, &ShopSession::memberChanged, this, &MemberTableModel::reload);
    reload();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Member &m = m_rows.at(index.row());
    if (role == MemberIdRole)
        return m.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CardColumn:
            return m.card;
        case NameColumn:
            return m.name.isEmpty() ? tr("(no name)") : m.name;
        case PhoneColumn:
            return m_session.phoneForDisplay(m.phone);
        case TierColumn:
            return m_tiers.at(m.tierLevel).name;
        case PointsColumn:
            return QLocale().toString(m.points);
        case JoinedColumn:
            return shortDate(m.joinedAt.date());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (m.status != MemberStatus::Active)
            return QColor(Qt::gray);
        if (index.column() == NameColumn && m.name.isEmpty())
            return QColor(Qt::gray);
    }
    if (role == Qt::DecorationRole && index.column() == TierColumn)
        return tierDot(m_tiers.at(m.tierLevel).color);
    if (role == Qt::ToolTipRole && m.status == MemberStatus::Archived)
        return tr("Archived");
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CardColumn:
        return tr("Card");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    case PointsColumn:
        return tr("Points");
    case JoinedColumn:
        return tr("Joined");
    }
    return {};
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = MemberListQuery::Sort;
    static const Sort byColumn[ColumnCount] = {Sort::Card, Sort::Name, Sort::Phone, Sort::Tier, Sort::Points, Sort::Joined};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = byColumn[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void MemberTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void MemberTableModel::setIncludeArchived(bool include)
{
    if (include == m_query.includeArchived)
        return;
    m_query.includeArchived = include;
    reload();
}

void MemberTableModel::reload()
{
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    m_lastError.clear();
    if (m_session.isOpen()) {
        if (auto ladder = TierRepository(m_session.database()).ladder())
            m_tiers = *ladder;
        loadFirstPage();
    } else {
        m_total = 0;
    }
    endResetModel();
    m_busy = false; // views ask for more once the reset has settled
    emit totalCountChanged(m_total);
}

void MemberTableModel::loadFirstPage()
{
    if (!m_search.isEmpty()) {
        auto found = m_session.members().find(m_search, kSearchLimit, m_query.includeArchived);
        if (!found) {
            m_lastError = found.error().message;
            m_total = 0;
            return;
        }
        m_rows = *found;
        m_total = m_rows.size();
        return;
    }
    auto repo = MemberRepository(m_session.database());
    auto total = repo.count(m_query.includeArchived);
    m_total = total ? *total : 0;
    auto page = repo.page(m_query, std::nullopt, kPageSize);
    if (!page) {
        m_lastError = page.error().message;
        return;
    }
    m_rows = *page;
    m_atEnd = m_rows.size() < kPageSize;
}

bool MemberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy && m_search.isEmpty() && m_session.isOpen();
}

void MemberTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    auto repo = MemberRepository(m_session.database());
    auto page = repo.page(m_query, MemberRepository::cursorOf(m_rows.last(), m_query), kPageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows << *page;
    endInsertRows();
    m_busy = false;
}

const Member *MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == memberId)
            return int(i);
    return -1;
}

} // namespace loyalty::ui
