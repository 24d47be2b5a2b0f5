#pragma once

#include "storage/Database.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace loyalty::ui {

// The first-run choice (a new shop with its name and currency, or the demo shop) and File → New.
class NewShopDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { FirstRun, NewShop };
    enum class Choice { NewShop, DemoShop };

    explicit NewShopDialog(Mode mode, QWidget *parent = nullptr);

    Choice choice() const;
    ShopProfile profile() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    Mode m_mode;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QRadioButton *m_newShop = nullptr;
    QRadioButton *m_demoShop = nullptr;
    QLabel *m_demoHint = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace loyalty::ui
