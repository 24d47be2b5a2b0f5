#include "members/MemberDialog.h"

#include "common/Format.h"
#include "common/ShopSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &field)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

} // namespace

MemberDialog::MemberDialog(ShopSession &session, QWidget *parent, const QString &prefillPhone) : QDialog(parent), m_session(session)
{
    build();
    if (!prefillPhone.isEmpty()) {
        m_phone->setText(prefillPhone);
        m_touched.insert(QStringLiteral("phone"));
    }
    retranslateUi();
    validateNow();
}

MemberDialog::MemberDialog(ShopSession &session, const Member &member, QWidget *parent)
    : QDialog(parent), m_session(session), m_member(member), m_editing(true)
{
    build();
    load(member);
    retranslateUi();
}

void MemberDialog::build()
{
    setObjectName(QStringLiteral("memberDialog"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);

    const auto addField = [this](QWidget *editor, const QString &field) {
        editor->setObjectName(field);
        auto *column = new QWidget(this);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(editor);
        QLabel *error = makeErrorLabel(column, field);
        v->addWidget(error);
        m_errorLabels.insert(field, error);
        m_form->addRow(new QLabel(this), column);
    };

    m_name = new QLineEdit(this);
    m_name->setMaxLength(400); // the rule is 100 characters; longer text is shown and refused, not cut
    addField(m_name, QStringLiteral("name"));
    m_phone = new QLineEdit(this);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addField(m_phone, QStringLiteral("phone"));
    m_gender = new QComboBox(this);
    m_gender->addItem(QString(), QStringLiteral("unknown"));
    m_gender->addItem(QString(), QStringLiteral("f"));
    m_gender->addItem(QString(), QStringLiteral("m"));
    m_gender->addItem(QString(), QStringLiteral("x"));
    addField(m_gender, QStringLiteral("gender"));
    m_birthday = new QLineEdit(this);
    addField(m_birthday, QStringLiteral("birthday"));
    m_email = new QLineEdit(this);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    addField(m_email, QStringLiteral("email"));
    m_tags = new QLineEdit(this);
    addField(m_tags, QStringLiteral("tags"));
    m_referrer = new QLineEdit(this);
    addField(m_referrer, QStringLiteral("referrer"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    addField(m_note, QStringLiteral("note"));
    m_consent = new QCheckBox(this);
    addField(m_consent, QStringLiteral("consent"));

    m_formError = makeErrorLabel(this, QStringLiteral("form"));
    layout->addWidget(m_formError);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    // Check as the user types, a moment after the last key, and only fields they have touched.
    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &MemberDialog::validateNow);
    const auto touch = [this](const QString &field) {
        return [this, field] { markTouched(field); };
    };
    connect(m_name, &QLineEdit::textEdited, this, touch(QStringLiteral("name")));
    connect(m_phone, &QLineEdit::textEdited, this, touch(QStringLiteral("phone")));
    connect(m_birthday, &QLineEdit::textEdited, this, touch(QStringLiteral("birthday")));
    connect(m_email, &QLineEdit::textEdited, this, touch(QStringLiteral("email")));
    connect(m_tags, &QLineEdit::textEdited, this, touch(QStringLiteral("tags")));
    connect(m_referrer, &QLineEdit::textEdited, this, touch(QStringLiteral("referrer")));
    connect(m_note, &QPlainTextEdit::textChanged, this, touch(QStringLiteral("note")));
    connect(m_gender, &QComboBox::currentIndexChanged, this, touch(QStringLiteral("gender")));
    connect(m_consent, &QCheckBox::toggled, this, touch(QStringLiteral("consent")));
}

void MemberDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit member %1").arg(m_member.card) : tr("Register a new member"));
    m_intro->setText(m_editing ? tr("Card %1 · joined %2").arg(m_member.card, shortDate(m_member.joinedAt.date()))
                               : tr("A name or a phone number is enough; everything else is optional."));
    const QStringList labels = {tr("&Name"),  tr("&Phone"),    tr("&Gender"), tr("&Birthday"), tr("&Email"),
                                tr("&Tags"),  tr("Referred b&y"), tr("N&ote"),  QString()};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole) ? m_form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr)) {
            label->setText(labels.at(row));
            if (auto *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget())
                if (auto *editor = field->layout()->itemAt(0)->widget())
                    label->setBuddy(editor);
        }
    }
    m_name->setPlaceholderText(tr("e.g. 王小明 or Anna Smith"));
    m_phone->setPlaceholderText(tr("e.g. 138 0013 8000"));
    m_birthday->setPlaceholderText(tr("MM-DD or YYYY-MM-DD, e.g. 03-15"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_tags->setPlaceholderText(tr("separated by commas, e.g. coffee, weekend"));
    m_referrer->setPlaceholderText(tr("card or phone number of the member who sent them"));
    m_gender->setItemText(0, tr("Not given"));
    m_gender->setItemText(1, tr("Female"));
    m_gender->setItemText(2, tr("Male"));
    m_gender->setItemText(3, tr("Other"));
    m_consent->setText(tr("Agrees to receive offers (marketing consent)"));
    m_buttons->button(QDialogButtonBox::Save)->setText(m_editing ? tr("&Save") : tr("&Register"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MemberDialog::load(const Member &m)
{
    m_name->setText(m.name);
    m_phone->setText(m.phone);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(toString(m.gender))));
    m_birthday->setText(m.birthday.toStorage());
    m_email->setText(m.email);
    m_tags->setText(m.tags.join(QStringLiteral(", ")));
    if (m.referrerId)
        if (auto r = m_session.members().byId(*m.referrerId))
            m_referrer->setText(r->card);
    m_note->setPlainText(m.note);
    m_consent->setChecked(m.consent);
    m_touched.clear();
}

MemberFields MemberDialog::fields() const
{
    MemberFields f;
    f.name = m_name->text();
    f.phone = m_phone->text();
    f.gender = m_gender->currentData().toString();
    f.birthday = m_birthday->text();
    f.email = m_email->text();
    f.tags = m_tags->text();
    f.referrer = m_referrer->text();
    f.note = m_note->toPlainText();
    f.consent = m_consent->isChecked() ? QStringLiteral("yes") : QStringLiteral("no");
    return f;
}

void MemberDialog::markTouched(const QString &field)
{
    m_touched.insert(field);
    m_validateTimer->start();
}

void MemberDialog::validateNow()
{
    if (!m_session.isOpen())
        return;
    showErrors(m_session.members().validate(fields(), m_member), m_triedSave);
}

void MemberDialog::showErrors(const QList<Error> &errors, bool all)
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        QString text;
        for (const Error &e : errors)
            if (e.field == it.key())
                text = e.message;
        const bool show = !text.isEmpty() && (all || m_touched.contains(it.key()));
        it.value()->setText(show ? text : QString());
        it.value()->setVisible(show);
    }
    QString general;
    for (const Error &e : errors)
        if (e.field.isEmpty() || !m_errorLabels.contains(e.field))
            general = e.message;
    m_formError->setText(all ? general : QString());
    m_formError->setVisible(all && !general.isEmpty());
}

QString MemberDialog::errorFor(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field, field == u"form" ? m_formError : nullptr);
    return label && label->isVisible() ? label->text() : QString();
}

void MemberDialog::accept()
{
    m_triedSave = true;
    m_validateTimer->stop();
    const QList<Error> problems = m_session.members().validate(fields(), m_member);
    if (!problems.isEmpty()) {
        showErrors(problems, true);
        // Put the cursor where the first problem is.
        if (auto *editor = findChild<QWidget *>(problems.first().field))
            editor->setFocus();
        return;
    }
    auto saved = m_editing ? m_session.members().update(m_member.id, fields()) : m_session.members().add(fields());
    if (!saved) {
        showErrors({saved.error()}, true);
        return;
    }
    m_member = *saved;
    emit m_session.memberChanged(m_member.id);
    QDialog::accept();
}

} // namespace loyalty::ui
