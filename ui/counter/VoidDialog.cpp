#include "counter/VoidDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty::ui {

namespace {
std::optional<std::optional<QString>> g_next;
}

void VoidDialog::setNextAnswer(std::optional<QString> reason)
{
    g_next = reason;
}

VoidDialog::VoidDialog(QWidget *parent, const QString &whatIsVoided) : QDialog(parent)
{
    setObjectName(QStringLiteral("voidDialog"));
    setWindowTitle(tr("Undo a visit"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Void this visit? Its points, bonuses and any points it used are reversed exactly; "
                               "the visit stays in the history, marked as void.")
                                + QStringLiteral("<p><b>%1</b></p>").arg(whatIsVoided.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *reasonLabel = new QLabel(tr("&Reason (kept in the audit log):"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. wrong member, wrong amount, customer returned the goods"));
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_void = buttons->addButton(tr("&Void the visit"), QDialogButtonBox::AcceptRole);
    m_void->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &t) { m_void->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<QString> VoidDialog::ask(QWidget *parent, const QString &whatIsVoided)
{
    if (g_next) {
        auto answer = *g_next;
        g_next.reset();
        return answer;
    }
    VoidDialog dialog(parent, whatIsVoided);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.m_reason->text().trimmed();
}

} // namespace loyalty::ui
