#include "counter/CounterScreen.h"

#include "dormancy/DormancyService.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "common/ShopSession.h"
#include "counter/MemberCard.h"
#include "counter/VoidDialog.h"
#include "rules/PointsRules.h"
#include "coupons/CouponCode.h"
#include "coupons/CouponRules.h"
#include "coupons/CouponService.h"
#include "printing/SlipPrinter.h"
#include "storage/TierRepository.h"
#include "storage/VisitRepository.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QFutureWatcher>
#include <QUuid>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {
constexpr int kTodayLimit = 200; // visits listed on the right

QLabel *problemLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    return l;
}

void showProblem(QLabel *label, const QString &problem, const QString &hint = {})
{
    label->setText(problem.isEmpty() ? hint : problem);
    label->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: palette(mid);") : QStringLiteral("color: #b3261e;"));
}

// 200 → "2", 150 → "1.5", 125 → "1.25": a percent as a multiplier, in integers.
QString multiplier(int percent)
{
    QString text = QString::number(percent / 100);
    if (const int rest = percent % 100) {
        QString fraction = QString::number(rest).rightJustified(2, u'0');
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return text;
}

enum TodayColumns { TimeColumn, MemberColumn, AmountColumn, PointsColumn, StatusColumn };

} // namespace

CounterScreen::CounterScreen(ShopSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("counterScreen"));
    auto *row = new QHBoxLayout(this);

    // Left: the customer and the sale.
    auto *left = new QVBoxLayout;
    m_card = new MemberCard(session, this);
    m_card->setMinimumHeight(230);
    left->addWidget(m_card, 3);

    auto *sale = new QFrame(this);
    sale->setObjectName(QStringLiteral("saleForm"));
    sale->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(sale);
    form->setContentsMargins(18, 14, 18, 14);
    form->setHorizontalSpacing(16);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    // A field of the sale: its label, the line edit and, under it, a line for hints and problems.
    const auto field = [&](QLabel *&label, QLineEdit *&edit, const char *name, int maxLength, QLabel *&hint, const char *hintName) {
        label = new QLabel(sale);
        edit = new QLineEdit(sale);
        edit->setObjectName(QLatin1String(name));
        edit->setMaxLength(maxLength);
        label->setBuddy(edit);
        hint = problemLabel(sale, hintName);
        auto *column = new QVBoxLayout;
        column->addWidget(edit);
        column->addWidget(hint);
        form->addRow(label, column);
    };
    field(m_amountLabel, m_amount, "amount", 20, m_amountError, "amountError");
    m_amount->setFont(big);
    m_amount->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    field(m_redeemLabel, m_redeem, "redeemPoints", 12, m_redeemHint, "redeemHint");
    m_redeem->setInputMethodHints(Qt::ImhDigitsOnly);
    // A coupon's code, typed or scanned (a scanner types it and Enter).
    field(m_couponLabel, m_coupon, "couponCode", 40, m_couponHint, "couponHint");
    m_noteLabel = new QLabel(sale);
    m_note = new QLineEdit(sale);
    m_note->setObjectName(QStringLiteral("visitNote"));
    m_note->setMaxLength(500);
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_noteLabel, m_note);
    m_record = new QPushButton(sale);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setMinimumHeight(40);
    m_record->setFont(big);
    // A coupon given by hand to the member being served (SPEC §3.6): a menu of the coupons.
    m_give = new QPushButton(sale);
    m_give->setObjectName(QStringLiteral("giveCouponButton"));
    m_giveMenu = new QMenu(m_give);
    m_give->setMenu(m_giveMenu);
    connect(m_giveMenu, &QMenu::aboutToShow, this, [this] {
        m_giveMenu->clear();
        auto templates = CouponService(m_session.database(), m_session.clock()).templates();
        if (templates)
            for (const CouponTemplate &t : std::as_const(*templates))
                if (t.active)
                    m_giveMenu->addAction(t.name, this, [this, id = t.id] { giveCoupon(id); });
        if (m_giveMenu->isEmpty())
            m_giveMenu->addAction(tr("No coupons yet: add them on the Coupons screen"))->setEnabled(false);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record, 1);
    buttons->addWidget(m_give);
    form->addRow(QString(), buttons);
    left->addWidget(sale, 2);

    auto *resultBox = new QFrame(this);
    resultBox->setObjectName(QStringLiteral("resultBox"));
    resultBox->setFrameShape(QFrame::StyledPanel);
    auto *resultRow = new QHBoxLayout(resultBox);
    resultRow->setContentsMargins(18, 10, 18, 10);
    m_result = new QLabel(resultBox);
    m_result->setObjectName(QStringLiteral("visitResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_undo = new QPushButton(resultBox);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_print = new QPushButton(resultBox);
    m_print->setObjectName(QStringLiteral("printSlipButton"));
    m_print->setShortcut(QKeySequence::Print);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_undo);
    actions->addWidget(m_print);
    m_preview = new QPushButton(resultBox);
    m_preview->setObjectName(QStringLiteral("previewSlipButton"));
    actions->addWidget(m_preview);
    actions->addStretch();
    resultRow->addWidget(m_result, 1);
    resultRow->addLayout(actions);
    left->addWidget(resultBox, 1);
    row->addLayout(left, 3);

    // Right: what the counter did today.
    auto *right = new QVBoxLayout;
    m_todayTitle = new QLabel(this);
    QFont bold = m_todayTitle->font();
    bold.setBold(true);
    m_todayTitle->setFont(bold);
    right->addWidget(m_todayTitle);
    m_today = new QTreeWidget(this);
    m_today->setObjectName(QStringLiteral("todayList"));
    m_today->setRootIsDecorated(false);
    m_today->setUniformRowHeights(true);
    m_today->setColumnCount(5);
    m_today->header()->setStretchLastSection(false);
    m_today->header()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_today->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_today->header()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_today->header()->setSectionResizeMode(PointsColumn, QHeaderView::ResizeToContents);
    m_today->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    right->addWidget(m_today, 1);
    m_voidSelected = new QPushButton(this);
    m_voidSelected->setObjectName(QStringLiteral("voidSelectedButton"));
    right->addWidget(m_voidSelected, 0, Qt::AlignRight);
    row->addLayout(right, 2);

    connect(m_amount, &QLineEdit::textChanged, this, &CounterScreen::updateHints);
    connect(m_redeem, &QLineEdit::textChanged, this, &CounterScreen::updateHints);
    connect(m_amount, &QLineEdit::returnPressed, this, &CounterScreen::record);
    connect(m_redeem, &QLineEdit::returnPressed, this, &CounterScreen::record);
    connect(m_coupon, &QLineEdit::textChanged, this, &CounterScreen::updateHints);
    connect(m_coupon, &QLineEdit::returnPressed, this, &CounterScreen::record);
    connect(m_note, &QLineEdit::returnPressed, this, &CounterScreen::record);
    connect(m_record, &QPushButton::clicked, this, &CounterScreen::record);
    connect(m_undo, &QPushButton::clicked, this, &CounterScreen::undoLast);
    connect(m_print, &QPushButton::clicked, this, &CounterScreen::printLastSlip);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (!m_lastResult || !m_session.isOpen())
            return;
        if (auto slip = SlipBuilder(m_session.database(), m_session.clock()).forVisit(m_lastResult->visitId))
            SlipPrinter::preview(this, *slip, PrinterSetup::from(m_session.settings()).paper);
    });
    connect(m_voidSelected, &QPushButton::clicked, this, &CounterScreen::voidSelected);
    connect(m_today, &QTreeWidget::itemSelectionChanged, this, [this] { m_voidSelected->setEnabled(!m_today->selectedItems().isEmpty()); });
    connect(&m_session, &ShopSession::opened, this, [this] {
        retranslateUi(); // the shop's currency is in the amount's label
        clear();
        reloadToday();
    });
    connect(&m_session, &ShopSession::closed, this, &CounterScreen::clear);
    connect(&m_session, &ShopSession::visitsChanged, this, [this](qint64 memberId) {
        if (memberId == 0 || memberId == currentMemberId())
            reloadProfile();
        reloadToday();
    });
    // The hints read the rules each time; new rules show at once.
    connect(&m_session, &ShopSession::settingsChanged, this, &CounterScreen::updateHints);
    connect(&m_session, &ShopSession::memberChanged, this, [this](qint64 memberId) {
        if (memberId == currentMemberId())
            reloadProfile();
    });
    for (QLineEdit *edit : {m_amount, m_redeem, m_coupon, m_note})
        edit->installEventFilter(this);
    retranslateUi();
    clear();
}

void CounterScreen::retranslateUi()
{
    m_amountLabel->setText(tr("&Amount (%1)").arg(Money::currencySymbol(m_session.currency()).trimmed()));
    m_amount->setPlaceholderText(tr("e.g. 36.50"));
    m_redeemLabel->setText(tr("&Pay with points"));
    m_redeem->setPlaceholderText(tr("points to redeem (optional)"));
    m_couponLabel->setText(tr("C&oupon"));
    m_coupon->setPlaceholderText(tr("scan or type the code (optional)"));
    m_noteLabel->setText(tr("&Note"));
    m_record->setText(tr("Record visit  (Enter)"));
    m_undo->setText(tr("&Undo this visit…"));
    m_print->setText(tr("Print &slip"));
    m_give->setText(tr("&Give a coupon"));
    m_preview->setText(tr("Pre&view slip…"));
    m_print->setToolTip(tr("Print this visit's slip again (Ctrl+P)."));
    m_todayTitle->setText(tr("Today at the counter"));
    m_today->setHeaderLabels({tr("Time"), tr("Member"), tr("Amount"), tr("Points"), tr("Status")});
    m_voidSelected->setText(tr("&Void selected visit…"));
    updateHints();
    reloadToday();
}

void CounterScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CounterScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in the sale: this customer is done without a visit.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && (watched == m_amount || watched == m_redeem || watched == m_coupon || watched == m_note)) {
        clear();
        emit readyForNext();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CounterScreen::serve(qint64 memberId)
{
    auto member = m_session.members().byId(memberId);
    if (!member)
        return;
    auto profile = MemberProfileService(m_session.database(), m_session.clock()).load(*member);
    if (!profile)
        return;
    const bool sameMember = m_profile && m_profile->member.id == memberId;
    m_profile = *profile;
    m_card->showProfile(m_profile);
    if (!sameMember) {
        m_amount->clear();
        m_redeem->clear();
        m_coupon->clear();
        m_note->clear();
        m_pendingUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_redeem), static_cast<QWidget *>(m_coupon),
                       static_cast<QWidget *>(m_note),
                       static_cast<QWidget *>(m_record), static_cast<QWidget *>(m_give)})
        w->setEnabled(true);
    updateHints();
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void CounterScreen::reloadProfile()
{
    if (m_profile)
        serve(m_profile->member.id);
}

void CounterScreen::clear()
{
    m_profile.reset();
    m_card->showProfile(std::nullopt);
    m_amount->clear();
    m_redeem->clear();
    m_coupon->clear();
    m_note->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_redeem), static_cast<QWidget *>(m_coupon),
                       static_cast<QWidget *>(m_note),
                       static_cast<QWidget *>(m_record), static_cast<QWidget *>(m_give)})
        w->setEnabled(false);
    m_amountError->clear();
    m_redeemHint->clear();
    m_couponHint->clear();
    m_pendingUuid.clear();
    m_lastResult.reset();
    m_undo->setVisible(false);
    m_print->setVisible(false);
    m_preview->setVisible(false);
    m_result->setText(QStringLiteral("<span style='color:gray;'>%1</span>")
                          .arg(tr("The result of each visit shows here: points earned, bonuses, the new balance.").toHtmlEscaped()));
}

VisitRequest CounterScreen::currentRequest(QString *amountProblem, QString *redeemProblem) const
{
    VisitRequest request;
    if (m_profile)
        request.memberId = m_profile->member.id;
    request.uuid = m_pendingUuid;
    request.note = m_note->text();
    request.couponCode = m_coupon->text().trimmed();
    if (!m_amount->text().trimmed().isEmpty()) {
        if (auto amount = Money::parse(m_amount->text()))
            request.amountCents = amount->cents();
        else
            *amountProblem = amount.error().message;
    }
    const QString redeem = m_redeem->text().trimmed();
    if (!redeem.isEmpty()) {
        bool ok = false;
        request.redeemPoints = redeem.toLongLong(&ok);
        if (!ok || request.redeemPoints < 0)
            *redeemProblem = tr("Points to redeem are a whole number, like 500.");
    }
    return request;
}

// Tells, as the cashier types, what the amount and points come to and what is wrong with them.
void CounterScreen::updateHints()
{
    if (!m_profile || !m_session.isOpen()) {
        m_amountError->clear();
        m_redeemHint->clear();
        return;
    }
    QString amountProblem;
    QString redeemProblem;
    const VisitRequest request = currentRequest(&amountProblem, &redeemProblem);
    if (amountProblem.isEmpty() && !m_amount->text().trimmed().isEmpty() && request.amountCents <= 0)
        amountProblem = tr("The amount must be more than zero.");
    showProblem(m_amountError, amountProblem);

    // The coupon: what it takes off this amount, or why it cannot.
    qint64 discount = 0;
    QString couponProblem;
    QString couponHint;
    if (!request.couponCode.isEmpty()) {
        auto coupon = CouponService(m_session.database(), m_session.clock()).find(request.couponCode);
        if (!coupon) {
            // A code still being typed (fewer symbols than a code has) is not yet a problem.
            QString symbols = request.couponCode;
            symbols.remove(u'-').remove(u' ');
            if (CouponCode::parse(request.couponCode).reading != CouponCode::Reading::NotACode || symbols.size() >= CouponCode::kLength)
                couponProblem = coupon.error().message;
        } else if (auto kind = CouponRepository(m_session.database()).templateById(coupon->templateId)) {
            couponHint = coupon->templateName;
            if (request.amountCents > 0) {
                const CouponRules::Use use{m_profile->member.id, m_profile->member.tierLevel, request.amountCents, m_session.clock().today()};
                if (Status ok = CouponRules::checkRedemption(*coupon, *kind, use, m_session.currency()); !ok) {
                    couponProblem = ok.error().message;
                } else {
                    discount = CouponRules::discountCents(*kind, request.amountCents);
                    couponHint = tr("%1: %2 off; %3 left to pay.")
                                     .arg(coupon->templateName, Money(discount).format(m_session.currency()),
                                          Money(request.amountCents - discount).format(m_session.currency()));
                }
            }
        }
    }
    showProblem(m_couponHint, couponProblem, couponHint);

    auto rules = m_session.settings().rules();
    if (!rules)
        return;
    const qint64 balance = m_profile->member.points;
    const qint64 toPay = request.amountCents - discount;   // points pay on what the coupon leaves
    const qint64 most = toPay > 0 ? PointsRules::maxRedeemablePoints(balance, toPay, *rules) : 0;
    QString hint;
    if (request.redeemPoints > 0 && redeemProblem.isEmpty()) {
        if (request.amountCents > 0) {
            auto value = PointsRules::checkRedemption(request.redeemPoints, balance, toPay, *rules);
            if (value)
                hint = tr("%1 points pay %2; %3 left to pay.")
                           .arg(QLocale().toString(request.redeemPoints), Money(*value).format(m_session.currency()),
                                Money(toPay - *value).format(m_session.currency()));
            else
                redeemProblem = value.error().message;
        } else {
            hint = tr("Enter the amount first.");
        }
    } else if (request.amountCents > 0) {
        hint = most > 0 ? tr("Up to %1 points (worth %2) can pay for this visit.")
                              .arg(QLocale().toString(most), Money(PointsRules::pointsValueCents(most, *rules)).format(m_session.currency()))
                        : tr("Not enough points to pay with (at least %1).").arg(rules->redeemMinPoints);
    }
    showProblem(m_redeemHint, redeemProblem, hint);
}

void CounterScreen::record()
{
    if (!m_profile || !m_session.isOpen())
        return;
    QString amountProblem;
    QString redeemProblem;
    VisitRequest request = currentRequest(&amountProblem, &redeemProblem);
    if (m_amount->text().trimmed().isEmpty())
        amountProblem = tr("Enter the amount.");
    if (!amountProblem.isEmpty() || !redeemProblem.isEmpty()) {
        showProblem(m_amountError, amountProblem);
        showProblem(m_redeemHint, redeemProblem);
        (amountProblem.isEmpty() ? m_redeem : m_amount)->setFocus();
        return;
    }
    auto result = m_session.checkout().record(request);
    if (!result) {
        const Error &e = result.error();
        if (e.field == u"redeem") {
            showProblem(m_redeemHint, e.message);
            m_redeem->setFocus();
        } else if (e.field == u"coupon") {
            showProblem(m_couponHint, e.message);
            m_coupon->setFocus();
            m_coupon->selectAll();
        } else if (e.field == u"amount" || e.field == u"items") {
            showProblem(m_amountError, e.message);
            m_amount->setFocus();
        } else {
            MessageBox::warning(this, tr("Visit not recorded"), e.message);
        }
        return;
    }
    const qint64 memberId = m_profile->member.id;
    showResult(*result);
    // Done with this customer: the card stays for a glance, the search takes the next one.
    serve(memberId);
    m_pendingUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_amount->clear();
    m_redeem->clear();
    m_coupon->clear();
    m_note->clear();
    emit m_session.visitsChanged(memberId);
    emit readyForNext();
    if (PrinterSetup::from(m_session.settings()).autoPrint)
        printLastSlip();
}

void CounterScreen::giveCoupon(qint64 templateId)
{
    if (!m_profile || !m_session.isOpen())
        return;
    CouponService::IssueRequest request;
    request.memberId = m_profile->member.id;
    request.templateId = templateId;
    auto coupon = CouponService(m_session.database(), m_session.clock(), m_session.op()).issue(request);
    if (!coupon) {
        MessageBox::warning(this, tr("Coupon not given"), coupon.error().message);
        return;
    }
    m_result->setText(QStringLiteral("<span style='font-size:13pt; font-weight:bold; color:#6a1b9a;'>%1</span><br>%2")
                          .arg(tr("Coupon given: %1").arg(coupon->templateName).toHtmlEscaped(),
                               tr("Code %1, valid through %2.").arg(CouponCode::display(coupon->code), shortDate(coupon->validUntil)).toHtmlEscaped()));
    emit m_session.memberChanged(m_profile->member.id);   // the card lists it
    // On the printer when the counter prints by itself.
    if (PrinterSetup::from(m_session.settings()).autoPrint)
        if (auto slip = SlipBuilder(m_session.database(), m_session.clock()).forCoupon(coupon->code))
            printInBackground(*slip);
}

void CounterScreen::printInBackground(const SlipData &slip)
{
    if (m_printing)
        return;
    const PrinterSetup setup = PrinterSetup::from(m_session.settings());
    m_printing = true;
    m_print->setEnabled(false);
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        const Status printed = watcher->result();
        watcher->deleteLater();
        m_printing = false;
        m_print->setEnabled(true);
        emit slipPrinted(printed ? QString() : printed.error().message);
    });
    watcher->setFuture(QtConcurrent::run([slip, setup] { return SlipPrinter::print(slip, setup); }));
}

void CounterScreen::printLastSlip()
{
    if (!m_lastResult || !m_session.isOpen() || m_printing)
        return;
    // The slip is read here (the GUI's connection); the printer, which may take seconds, is
    // driven on a worker thread.
    auto slip = SlipBuilder(m_session.database(), m_session.clock()).forVisit(m_lastResult->visitId);
    if (!slip) {
        emit slipPrinted(slip.error().message);
        return;
    }
    printInBackground(*slip);
}

void CounterScreen::showResult(const VisitResult &r)
{
    m_lastResult = r;
    const QString currency = m_session.currency();
    const QLocale locale;
    QStringList lines;
    // The moment a member moves up (SPEC §3.4, §4 step 4): a banner in the tier's colour.
    if (r.tierChanged) {
        if (auto ladder = TierRepository(m_session.database()).ladder()) {
            const Tier &tier = ladder->at(r.tierLevel);
            const QString colour = tierColor(tier.color);
            const QString text = textColorOn(colour);
            QString banner = tr("Upgraded to %1!").arg(tier.name).toHtmlEscaped();
            QString more = tier.earnPercent != ladder->at(r.tierBefore).earnPercent
                               ? tr("Earns ×%1 points from the next visit.").arg(multiplier(tier.earnPercent))
                               : QString();
            if (!tier.perks.trimmed().isEmpty())
                more += (more.isEmpty() ? QString() : QStringLiteral(" ")) + tier.perks.trimmed();
            lines << QStringLiteral("<table width='100%' cellpadding='6' style='background:%1;'><tr><td>"
                                    "<span style='font-size:15pt; font-weight:bold; color:%2;'>▲ %3</span>%4</td></tr></table>")
                         .arg(colour, text, banner,
                              more.isEmpty() ? QString() : QStringLiteral("<br><span style='color:%1;'>%2</span>").arg(text, more.toHtmlEscaped()));
        }
    }
    // A regular who had stopped coming is back (SPEC §3.5, §4): say so, so they are greeted as such.
    if (r.comeback)
        lines << QStringLiteral("<table width='100%' cellpadding='6' style='background:#e8f5e9;'><tr><td>"
                                "<span style='font-size:13pt; font-weight:bold; color:#1b5e20;'>↩ %1</span><br>"
                                "<span style='color:#1b5e20;'>%2</span></td></tr></table>")
                     .arg(tr("Welcome back!").toHtmlEscaped(), DormancyService::comebackText(*r.comeback).toHtmlEscaped());
    lines << QStringLiteral("<span style='font-size:14pt; font-weight:bold; color:#2e7d32;'>%1</span>")
                 .arg(tr("+%1 points").arg(locale.toString(r.pointsEarned + r.bonusPoints)).toHtmlEscaped());
    QStringList details;
    details << tr("%1 for %2").arg(tr("%n point(s) earned", nullptr, int(r.pointsEarned)), Money(r.amountCents).format(currency));
    if (r.promoPercent > 100)
        details << tr("member day ×%1").arg(multiplier(r.promoPercent));
    for (const BonusGranted &b : r.bonuses) {
        if (b.memberId != r.memberId)
            continue;
        details << (b.reason == u"birthday" ? tr("+%1 birthday bonus").arg(b.points) : tr("+%1 bonus").arg(b.points));
    }
    if (r.couponDiscountCents > 0)
        details << tr("coupon %1 off").arg(Money(r.couponDiscountCents).format(currency));
    if (r.pointsRedeemed > 0)
        details << tr("%1 points paid %2").arg(locale.toString(r.pointsRedeemed), Money(r.pointsValueCents).format(currency));
    lines << details.join(QStringLiteral(" · ")).toHtmlEscaped();
    for (const BonusGranted &b : r.bonuses)
        if (b.memberId != r.memberId) {
            auto referrer = m_session.members().byId(b.memberId);
            lines << tr("%1 gets %2 points for referring them.").arg(referrer ? referrer->displayName() : QString(), QString::number(b.points)).toHtmlEscaped();
        }
    lines << QStringLiteral("<b>%1</b>").arg(tr("New balance: %1 points").arg(locale.toString(r.balance)).toHtmlEscaped());
    for (const QString &code : r.couponsIssued)
        lines << QStringLiteral("<span style='color:#6a1b9a; font-weight:bold;'>%1</span>")
                     .arg(tr("A coupon for next time: %1 (on the slip)").arg(CouponCode::display(code)).toHtmlEscaped());
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_undo->setVisible(true);
    m_print->setVisible(true);
    m_preview->setVisible(true);
}

bool CounterScreen::confirmAndVoid(qint64 visitId, const QString &description)
{
    const auto reason = VoidDialog::ask(this, description);
    if (!reason)
        return false;
    auto voided = m_session.checkout().voidVisit(visitId, *reason);
    if (!voided) {
        MessageBox::warning(this, tr("Visit not voided"), voided.error().message);
        return false;
    }
    m_result->setText(tr("Visit %1 voided. %2 points taken back, %3 given back; balance now %4.")
                          .arg(visitId)
                          .arg(voided->pointsTakenBack)
                          .arg(voided->pointsReturned)
                          .arg(QLocale().toString(voided->balance))
                          .toHtmlEscaped());
    m_undo->setVisible(false);
    m_print->setVisible(false);
    m_preview->setVisible(false);
    if (m_lastResult && m_lastResult->visitId == visitId)
        m_lastResult.reset();
    emit m_session.visitsChanged(voided->memberId);
    return true;
}

void CounterScreen::undoLast()
{
    if (!m_lastResult)
        return;
    const VisitResult r = *m_lastResult;
    auto member = m_session.members().byId(r.memberId);
    confirmAndVoid(r.visitId, tr("%1 · %2 · %3")
                                  .arg(member ? member->displayName() : QString(), Money(r.amountCents).format(m_session.currency()),
                                       shortTime(r.at.time())));
}

void CounterScreen::voidSelected()
{
    const auto items = m_today->selectedItems();
    if (items.isEmpty())
        return;
    const QTreeWidgetItem *item = items.first();
    confirmAndVoid(item->data(TimeColumn, Qt::UserRole).toLongLong(),
                   QStringLiteral("%1 · %2 · %3").arg(item->text(MemberColumn), item->text(AmountColumn), item->text(TimeColumn)));
}

void CounterScreen::reloadToday()
{
    m_today->clear();
    m_voidSelected->setEnabled(false);
    if (!m_session.isOpen())
        return;
    auto rows = VisitRepository(m_session.database()).ofDay(m_session.clock().today(), kTodayLimit);
    if (!rows)
        return;
    const QString currency = m_session.currency();
    for (const auto &row : std::as_const(*rows)) {
        auto *item = new QTreeWidgetItem(m_today);
        item->setText(TimeColumn, shortTime(row.visit.at.time()));
        item->setData(TimeColumn, Qt::UserRole, row.visit.id);
        item->setText(MemberColumn, row.memberName);
        item->setText(AmountColumn, Money(row.visit.amountCents).format(currency));
        item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(PointsColumn, QStringLiteral("+%1").arg(row.visit.pointsEarned + row.visit.bonusPoints));
        item->setTextAlignment(PointsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (row.visit.isVoid()) {
            item->setText(StatusColumn, tr("void"));
            for (int c = 0; c < 5; ++c)
                item->setForeground(c, QColor(Qt::gray));
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        }
    }
    m_todayTitle->setText(rows->size() >= kTodayLimit ? tr("Today at the counter: the latest %n visits", nullptr, int(rows->size()))
                                                      : tr("Today at the counter: %n visit(s)", nullptr, int(rows->size())));
}

} // namespace loyalty::ui
