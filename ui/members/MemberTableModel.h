#pragma once

#include "members/Member.h"
#include "storage/MemberRepository.h"
#include "tiers/Tier.h"

#include <QAbstractTableModel>

class QIcon;

namespace loyalty::ui {

class ShopSession;

QIcon tierDot(const QString &color);

// The member list over a shop of any size: rows are fetched a page at a time as the view scrolls
// (keyset paging on indexed columns, so page 500 costs what page 1 costs), sorting is done by
// SQLite, and a search shows the counter's ranked matches.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CardColumn, NameColumn, PhoneColumn, TierColumn, PointsColumn, JoinedColumn, ColumnCount };
    enum Roles { MemberIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    static constexpr int kSearchLimit = 500;

    explicit MemberTableModel(ShopSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void setIncludeArchived(bool include);
    // Reloads from the shop (after an edit, or when another shop was opened).
    void reload();

    const Member *memberAt(int row) const;
    int rowOf(qint64 memberId) const;
    // Members in the shop (or matching the search), not just the rows fetched so far.
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

signals:
    void totalCountChanged(qint64 count);

private:
    void loadFirstPage();

    ShopSession &m_session;
    QList<Member> m_rows;
    TierLadder m_tiers;
    MemberListQuery m_query;
    QString m_search;
    bool m_atEnd = true;
    bool m_busy = false; // a view may ask for more while rows are being inserted: not again then
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace loyalty::ui
