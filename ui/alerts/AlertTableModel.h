#pragma once

#include "dormancy/DormancyService.h"
#include "tiers/Tier.h"

#include <QAbstractTableModel>
#include <QHash>

namespace loyalty::ui {

class ShopSession;

// The alert list (SPEC §3.5) as a table: who, their usual rhythm in words, how long they have been
// away, what they bought last, what they spent in 12 months, the last try to bring them back. Phones
// are masked for cashiers. What was bought last is read when a row is first shown (one indexed
// read), not for the whole list.
class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Phone, Tier, State, Rhythm, Away, LastVisit, LastBought, Spend, LastContact, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1 };

    explicit AlertTableModel(ShopSession &session, QObject *parent = nullptr);

    void setAlerts(const QList<Alert> &alerts, const TierLadder &tiers);
    const QList<Alert> &alerts() const { return m_alerts; }
    const Alert *alertAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString lastBought(qint64 memberId) const;

    ShopSession &m_session;
    QList<Alert> m_alerts;
    TierLadder m_tiers;
    mutable QHash<qint64, QString> m_bought;
};

} // namespace loyalty::ui
