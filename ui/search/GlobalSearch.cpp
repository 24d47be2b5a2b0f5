#include "search/GlobalSearch.h"

#include "search/MemberResultDelegate.h"

#include "common/ShopSession.h"
#include "members/PhoneNumber.h"
#include "storage/TierRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace loyalty::ui {

GlobalSearch::GlobalSearch(ShopSession &session, QWidget *parent) : QLineEdit(parent), m_session(session)
{
    setObjectName(QStringLiteral("globalSearch"));
    setClearButtonEnabled(true);
    setMinimumWidth(360);
    m_results = new QStandardItemModel(this);
    m_completer = new QCompleter(m_results, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::UserRole + 100); // never write a result's text into the field
    m_completer->setMaxVisibleItems(kLimit);
    m_completer->popup()->setObjectName(QStringLiteral("globalSearchPopup"));
    m_completer->popup()->setItemDelegate(new MemberResultDelegate(m_completer->popup()));
    setCompleter(m_completer);

    connect(this, &QLineEdit::textEdited, this, &GlobalSearch::runSearch);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &GlobalSearch::choose);
    connect(this, &QLineEdit::returnPressed, this, &GlobalSearch::chooseBest);
    retranslateUi();
}

void GlobalSearch::retranslateUi()
{
    setPlaceholderText(tr("Find a member: phone or its last 4 digits, name, pinyin, or scan the card (F2)"));
    setToolTip(tr("Type the last 4 digits of the phone, a name, pinyin initials like wxm, or scan a card; "
                  "pick with the arrow keys and Enter."));
}

void GlobalSearch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void GlobalSearch::focusSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void GlobalSearch::runSearch(const QString &text)
{
    m_results->clear();
    if (!m_session.isOpen() || text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    auto found = m_session.members().find(text, kLimit);
    const TierLadder tiers = TierRepository(m_session.database()).ladder().value_or(TierLadder());
    if (found) {
        for (const Member &m : std::as_const(*found)) {
            QStringList details;
            if (!m.phone.isEmpty())
                details << m_session.phoneForDisplay(m.phone);
            details << tr("card %1").arg(m.card) << tiers.at(m.tierLevel).name
                    << tr("%n point(s)", nullptr, int(std::min<qint64>(m.points, INT_MAX)));
            auto *item = new QStandardItem(m.name.isEmpty() ? tr("(no name)") : m.name);
            item->setToolTip(details.join(QStringLiteral("  ·  ")));
            item->setData(m.id, MemberIdRole);
            item->setData(QString(), Qt::UserRole + 100);
            m_results->appendRow(item);
        }
    }
    // A whole phone number that nobody has: offer to register it.
    if (m_results->rowCount() == 0) {
        if (auto phone = PhoneNumber::normalise(text); phone && phone->size() >= 7) {
            auto *item = new QStandardItem(QIcon(QStringLiteral(":/icons/member-add.svg")),
                                           tr("No member has %1 — register a new member with this phone").arg(PhoneNumber::display(*phone)));
            item->setData(*phone, RegisterPhoneRole);
            item->setData(QString(), Qt::UserRole + 100);
            m_results->appendRow(item);
        } else {
            auto *item = new QStandardItem(tr("No member matches “%1”").arg(text.trimmed()));
            item->setFlags(Qt::NoItemFlags);
            item->setData(QString(), Qt::UserRole + 100);
            m_results->appendRow(item);
        }
    }
    m_completer->setCompletionPrefix(QString());
    // Wide enough for a name and its details, whatever the width of the field.
    QRect popupRect = rect();
    popupRect.setWidth(std::max(width(), 480));
    m_completer->complete(popupRect);
}

void GlobalSearch::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QVariant id = index.data(MemberIdRole);
    const QVariant phone = index.data(RegisterPhoneRole);
    finish();
    if (id.isValid())
        emit memberChosen(id.toLongLong());
    else if (phone.isValid())
        emit registerRequested(phone.toString());
}

// Enter without picking: the best match (an exact card or phone comes first). This is also what a
// barcode scanner does: it types the card number and Enter.
void GlobalSearch::chooseBest()
{
    const QModelIndex current = m_completer->popup()->isVisible() ? m_completer->popup()->currentIndex() : QModelIndex();
    if (current.isValid()) {
        choose(current);
        return;
    }
    runSearch(text());
    if (m_results->rowCount() > 0)
        choose(m_results->index(0, 0));
}

void GlobalSearch::finish()
{
    m_completer->popup()->hide();
    // QCompleter writes into the field after activated(); clear once it is done.
    QTimer::singleShot(0, this, [this] {
        clear();
        m_results->clear();
    });
}

} // namespace loyalty::ui
