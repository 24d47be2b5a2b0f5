#include "members/MemberDetailPanel.h"

#include "dormancy/DormancyService.h"

#include "common/Format.h"

#include "common/MessageBox.h"
#include "common/ShopSession.h"
#include "common/Money.h"
#include "members/MemberProfile.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty::ui {

MemberDetailPanel::MemberDetailPanel(ShopSession &session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("memberDetail"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(300);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    outer->addWidget(m_placeholder, 1);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_name = new QLabel(m_body);
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    body->addWidget(m_name);

    auto *badges = new QHBoxLayout;
    m_tier = new QLabel(m_body);
    m_tier->setObjectName(QStringLiteral("detailTier"));
    m_points = new QLabel(m_body);
    m_points->setObjectName(QStringLiteral("detailPoints"));
    badges->addWidget(m_tier);
    badges->addWidget(m_points);
    badges->addStretch();
    body->addLayout(badges);
    m_progress = new QLabel(m_body);
    m_progress->setWordWrap(true);
    body->addWidget(m_progress);

    m_facts = new QFormLayout;
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setHorizontalSpacing(16);
    body->addLayout(m_facts);
    body->addStretch();

    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(m_body);
    m_edit->setObjectName(QStringLiteral("editMemberButton"));
    m_archive = new QPushButton(m_body);
    m_archive->setObjectName(QStringLiteral("archiveMemberButton"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    body->addLayout(buttons);
    outer->addWidget(m_body, 1);

    connect(m_edit, &QPushButton::clicked, this, &MemberDetailPanel::editRequested);
    connect(m_archive, &QPushButton::clicked, this, &MemberDetailPanel::toggleArchived);
    retranslateUi();
    showMember(std::nullopt);
}

void MemberDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MemberDetailPanel::retranslateUi()
{
    m_placeholder->setText(tr("Pick a member in the list to see their details.\n\nF2 finds a member from anywhere."));
    m_edit->setText(tr("&Edit…"));
    refresh();
}

void MemberDetailPanel::showMember(const std::optional<Member> &member)
{
    m_member = member;
    refresh();
}

void MemberDetailPanel::refresh()
{
    m_placeholder->setVisible(!m_member);
    m_body->setVisible(m_member.has_value());
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    if (!m_member || !m_session.isOpen())
        return;
    const Member &m = *m_member;
    auto profile = MemberProfileService(m_session.database(), m_session.clock()).load(m);
    m_name->setText(m.name.isEmpty() ? tr("(no name)") : m.name);
    const QString currency = m_session.currency();
    if (profile) {
        const QString color = tierColor(profile->tier.color);
        m_tier->setText(profile->tier.name);
        m_tier->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 2px 10px; font-weight: bold;")
                                  .arg(color, textColorOn(color)));
        m_progress->setText(profile->tierProgress(currency));
    }
    m_points->setText(tr("%Ln point(s)", nullptr, int(std::min<qint64>(m.points, INT_MAX))));

    const auto fact = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *v = new QLabel(value);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addRow(label, v);
    };
    fact(tr("Card"), m.card);
    fact(tr("Phone"), m_session.phoneForDisplay(m.phone));
    if (!m.birthday.isNull()) {
        const QString day = m.birthday.year ? QLocale().toString(QDate(m.birthday.year, m.birthday.month, m.birthday.day),
                                                                  tr("d MMMM yyyy", "a date: day, month and year"))
                                            : QLocale().toString(QDate(2000, m.birthday.month, m.birthday.day), tr("MMMM d", "birthday without year"));
        fact(tr("Birthday"), m.birthday.inMonthOf(m_session.clock().today()) ? tr("%1 — this month!").arg(day) : day);
    }
    fact(tr("Email"), m.email);
    fact(tr("Tags"), m.tags.join(QStringLiteral(", ")));
    if (profile && profile->tierKeptUntil.isValid())
        fact(tr("Tier"), tr("%1 since %2; kept at least until %3, then reviewed on the spend of the last 12 months")
                             .arg(profile->tier.name, QLocale().toString(m.tierSince, tr("d MMMM yyyy", "a date: day, month and year")),
                                  QLocale().toString(profile->tierKeptUntil, tr("d MMMM yyyy", "a date: day, month and year"))));
    if (profile) {
        const StateResult &st = profile->state;
        QString state = displayName(st.state);
        if (st.state == MemberState::AtRisk || st.state == MemberState::Dormant || st.state == MemberState::Lost)
            state = tr("%1 — %2").arg(state, DormancyService::absenceText(st.daysAbsent, st.expectedGapDays, profile->typicalGapDays.has_value()));
        else if (profile->typicalGapDays)
            state = tr("%1 — comes %2").arg(state, rhythmInWords(*profile->typicalGapDays));
        fact(tr("State"), state);
        if (profile->snoozedUntil.isValid())
            fact(tr("Alert"), tr("Snoozed until %1").arg(QLocale().toString(profile->snoozedUntil, tr("d MMMM yyyy", "a date: day, month and year"))));
        if (profile->lastContact)
            fact(tr("Last contact"), profile->lastContact->note.isEmpty()
                                         ? profile->lastContact->summary()
                                         : tr("%1 — %2").arg(profile->lastContact->summary(), profile->lastContact->note));
    }
    fact(tr("Joined"), QLocale().toString(m.joinedAt.date(), tr("d MMMM yyyy", "a date: day, month and year")));
    if (m.referrerId)
        if (auto r = m_session.members().byId(*m.referrerId))
            fact(tr("Referred by"), QStringLiteral("%1 (%2)").arg(r->displayName(), r->card));
    fact(tr("Marketing"), m.consent ? tr("Agrees to offers") : tr("No offers"));
    fact(tr("Note"), m.note);
    if (m.status == MemberStatus::Archived)
        fact(tr("Status"), tr("Archived — hidden from the counter"));

    m_archive->setText(m.status == MemberStatus::Archived ? tr("&Restore") : tr("&Archive…"));
    m_archive->setVisible(m_session.op().isOwner() && m.status != MemberStatus::Erased);
    m_edit->setEnabled(m.status != MemberStatus::Erased);
}

void MemberDetailPanel::toggleArchived()
{
    if (!m_member)
        return;
    const Member m = *m_member;
    Result<Member> changed = m;
    if (m.status == MemberStatus::Archived) {
        changed = m_session.members().restore(m.id);
    } else {
        const auto answer = MessageBox::question(this, tr("Archive member"),
                                                 tr("Archive %1? They disappear from the counter and the list; their history "
                                                    "stays, and you can restore them from “Show archived”.")
                                                     .arg(m.displayName()));
        if (answer != QMessageBox::Yes)
            return;
        changed = m_session.members().archive(m.id);
    }
    if (!changed) {
        MessageBox::warning(this, tr("Archive member"), changed.error().message);
        return;
    }
    m_member = *changed;
    refresh();
    emit m_session.memberChanged(m.id);
}

} // namespace loyalty::ui
