#include "shop/NewShopDialog.h"

#include "i18n/Translations.h"
#include "shop/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace loyalty::ui {

NewShopDialog::NewShopDialog(Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("newShopDialog"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_newShop = new QRadioButton(this);
    m_newShop->setObjectName(QStringLiteral("choiceNewShop"));
    m_newShop->setChecked(true);
    layout->addWidget(m_newShop);
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("shopName"));
    m_name->setMaxLength(100);
    m_nameLabel->setBuddy(m_name);
    m_currencyLabel = new QLabel(this);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("shopCurrency"));
    for (const char *code : {"CNY", "TWD", "HKD", "MOP", "SGD", "USD", "EUR", "GBP"})
        m_currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    m_currencyLabel->setBuddy(m_currency);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_currencyLabel, m_currency);
    layout->addLayout(form);

    m_demoShop = new QRadioButton(this);
    m_demoShop->setObjectName(QStringLiteral("choiceDemoShop"));
    m_demoHint = new QLabel(this);
    m_demoHint->setWordWrap(true);
    m_demoHint->setContentsMargins(24, 0, 0, 0);
    m_demoHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_demoShop);
    layout->addWidget(m_demoHint);
    m_demoShop->setVisible(mode == Mode::FirstRun);
    m_demoHint->setVisible(mode == Mode::FirstRun);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewShopDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewShopDialog::reject);
    connect(m_newShop, &QRadioButton::toggled, this, &NewShopDialog::updateEnabled);

    // Currency by where the shop most likely is.
    const QString language = Translations::current();
    if (language == u"zh_TW")
        m_currency->setCurrentIndex(m_currency->findData(QStringLiteral("TWD")));
    retranslateUi();
    updateEnabled();
}

void NewShopDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::FirstRun ? tr("Welcome to LoyaltyDesk") : tr("New shop"));
    m_title->setText(m_mode == Mode::FirstRun ? tr("Welcome to LoyaltyDesk") : tr("Create a new shop file"));
    m_intro->setText(m_mode == Mode::FirstRun
                         ? tr("Everything your loyalty program knows — members, visits, points — lives in one shop file "
                              "on this computer. Start your own shop, or look around a demo shop first.")
                         : tr("A new, empty shop file. The shop that is open now stays as it is."));
    m_newShop->setText(tr("Start my shop"));
    m_nameLabel->setText(tr("Shop &name:"));
    m_name->setPlaceholderText(tr("e.g. Corner Tea House"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_demoShop->setText(tr("Open the demo shop"));
    m_demoHint->setText(tr("A made-up shop with 2,000 members, to try everything safely. "
                           "It is a separate file: your own shop is never mixed with it."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_mode == Mode::FirstRun ? tr("&Quit") : tr("Cancel"));
}

void NewShopDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewShopDialog::updateEnabled()
{
    m_name->setEnabled(m_newShop->isChecked());
    m_currency->setEnabled(m_newShop->isChecked());
    if (m_newShop->isChecked())
        m_name->setFocus();
}

NewShopDialog::Choice NewShopDialog::choice() const
{
    return m_demoShop->isChecked() ? Choice::DemoShop : Choice::NewShop;
}

ShopProfile NewShopDialog::profile() const
{
    ShopProfile p;
    p.name = m_name->text().trimmed();
    p.currency = m_currency->currentData().toString();
    p.language = Translations::current();
    return p;
}

void NewShopDialog::accept()
{
    if (choice() == Choice::NewShop) {
        auto valid = Settings::validate(QStringLiteral("shop.name"), m_name->text());
        if (!valid) {
            m_error->setText(tr("Give your shop a name: it is printed on slips and reports."));
            m_error->setVisible(true);
            m_name->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace loyalty::ui
