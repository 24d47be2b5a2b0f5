#include "counter/MemberCard.h"

#include "dormancy/DormancyService.h"

#include "common/Format.h"
#include "common/Money.h"
#include "common/ShopSession.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {

QLabel *label(QWidget *parent, const char *objectName, qreal scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

QString stateColor(MemberState s)
{
    switch (s) {
    case MemberState::New:
        return QStringLiteral("#2e7d32");
    case MemberState::Active:
        return QStringLiteral("#2e7d32");
    case MemberState::AtRisk:
        return QStringLiteral("#e65100");
    case MemberState::Dormant:
        return QStringLiteral("#b3261e");
    case MemberState::Lost:
        return QStringLiteral("#6d4c41");
    }
    return QStringLiteral("#555");
}

} // namespace

MemberCard::MemberCard(ShopSession &session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("memberCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(18, 14, 18, 14);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt;"));
    outer->addWidget(m_placeholder, 1);

    m_body = new QWidget(this);
    auto *grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    m_name = label(m_body, "cardName", 1.8, true);
    m_tier = label(m_body, "cardTier", 1.0, true);
    m_tier->setWordWrap(false);
    m_card = label(m_body, "cardNumber");
    m_card->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_balance = label(m_body, "cardBalance", 2.4, true);
    m_balance->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_balanceCaption = label(m_body, "cardBalanceCaption");
    m_balanceCaption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_balanceCaption->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_progress = label(m_body, "cardProgress");
    m_badges = label(m_body, "cardBadges");
    m_badges->setTextFormat(Qt::RichText);
    m_lastVisit = label(m_body, "cardLastVisit");
    m_expiring = label(m_body, "cardExpiring");
    m_coupons = label(m_body, "cardCoupons");
    m_coupons->setStyleSheet(QStringLiteral("color: #6a1b9a;"));

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(12);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_tier, 0, Qt::AlignVCenter);
    nameRow->addStretch();
    grid->addLayout(nameRow, 0, 0);
    grid->addWidget(m_balance, 0, 1, 1, 1);
    grid->addWidget(m_card, 1, 0);
    grid->addWidget(m_balanceCaption, 1, 1);
    grid->addWidget(m_progress, 2, 0, 1, 2);
    grid->addWidget(m_badges, 3, 0, 1, 2);
    grid->addWidget(m_lastVisit, 4, 0, 1, 2);
    grid->addWidget(m_expiring, 5, 0, 1, 2);
    grid->addWidget(m_coupons, 6, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(7, 1);
    outer->addWidget(m_body, 1);
    refresh();
}

void MemberCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void MemberCard::showProfile(const std::optional<MemberProfile> &profile)
{
    m_profile = profile;
    refresh();
}

void MemberCard::refresh()
{
    m_placeholder->setText(tr("Press F2 and type the last 4 digits of the phone, a name or pinyin initials — or scan the card."));
    m_placeholder->setVisible(!m_profile);
    m_body->setVisible(m_profile.has_value());
    if (!m_profile)
        return;
    const MemberProfile &p = *m_profile;
    const Member &m = p.member;
    const QString currency = m_session.currency();
    const QLocale locale;
    m_name->setText(m.name.isEmpty() ? m_session.phoneForDisplay(m.phone) : m.name);
    const QString badge = tierColor(p.tier.color);
    m_tier->setText(p.tier.name);
    m_tier->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 9px; padding: 3px 12px;").arg(badge, textColorOn(badge)));
    QStringList ids{tr("Card %1").arg(m.card)};
    if (!m.phone.isEmpty() && !m.name.isEmpty())
        ids << m_session.phoneForDisplay(m.phone);
    m_card->setText(ids.join(QStringLiteral("  ·  ")));
    m_balance->setText(locale.toString(m.points));
    m_balance->setStyleSheet(m.points < 0 ? QStringLiteral("color: #b3261e;") : QString());
    m_balanceCaption->setText(tr("points", "the balance under the big number"));
    m_progress->setText(p.tierProgress(currency));

    QStringList badges;
    badges << QStringLiteral("<span style='color:%1; font-weight:bold;'>%2</span>").arg(stateColor(p.state.state), displayName(p.state.state).toHtmlEscaped());
    if (m.birthday.inMonthOf(m_session.clock().today()))
        badges << QStringLiteral("<span style='color:#ad1457; font-weight:bold;'>%1</span>")
                      .arg(tr("Birthday this month (%1)").arg(QLocale().toString(QDate(2000, m.birthday.month, m.birthday.day), tr("MMMM d", "birthday without year")))
                               .toHtmlEscaped());
    const MemberState st = p.state.state;
    if (st == MemberState::AtRisk || st == MemberState::Dormant || st == MemberState::Lost)
        badges << QStringLiteral("<span style='color:%1;'>%2</span>")
                      .arg(stateColor(st), DormancyService::absenceText(p.state.daysAbsent, p.state.expectedGapDays, p.typicalGapDays.has_value())
                                               .toHtmlEscaped());
    else if (p.typicalGapDays)
        badges << tr("comes %1", "a rhythm: comes about every 7 days").arg(rhythmInWords(*p.typicalGapDays)).toHtmlEscaped();
    if (p.lastContact && p.lastContact->at.date().daysTo(m_session.clock().today()) <= 60)
        badges << p.lastContact->summary().toHtmlEscaped();
    if (m.points < 0)
        badges << QStringLiteral("<span style='color:#b3261e;'>%1</span>").arg(tr("owes %1 points after a void").arg(-m.points).toHtmlEscaped());
    m_badges->setText(badges.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    if (p.lastVisitAt) {
        QStringList items;
        for (const VisitLine &l : p.lastItems)
            items << (l.quantity > 1 ? QStringLiteral("%1 ×%2").arg(l.description.isEmpty() ? l.category : l.description).arg(l.quantity)
                                     : (l.description.isEmpty() ? l.category : l.description));
        const qint64 days = p.lastVisitAt->date().daysTo(m_session.clock().today());
        const QString when = days == 0 ? tr("today") : days == 1 ? tr("yesterday") : tr("%n day(s) ago", nullptr, int(days));
        m_lastVisit->setText(items.isEmpty() ? tr("Last visit %1 (%2).").arg(when, shortDate(p.lastVisitAt->date()))
                                             : tr("Last visit %1: %2.").arg(when, items.join(QStringLiteral(", "))));
    } else {
        m_lastVisit->setText(tr("First visit today — welcome them!"));
    }
    if (p.pointsExpiring.isEmpty()) {
        m_expiring->clear();
    } else {
        QStringList parts;
        for (const PointsExpiring &e : p.pointsExpiring)
            parts << tr("%1 points on %2").arg(locale.toString(e.points), shortDate(e.on));
        m_expiring->setText(tr("Expiring soon: %1").arg(parts.join(QStringLiteral(", "))));
        m_expiring->setStyleSheet(QStringLiteral("color: #e65100;"));
    }
    // The coupons they can use now: say so before they pay.
    QStringList coupons;
    for (const Coupon &c : p.coupons)
        coupons << tr("%1 (until %2)").arg(c.templateName, shortDate(c.validUntil));
    m_coupons->setText(coupons.isEmpty() ? QString() : tr("%n coupon(s) to use: %1", nullptr, int(coupons.size())).arg(QLocale().createSeparatedList(coupons)));
}

} // namespace loyalty::ui
