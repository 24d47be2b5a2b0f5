#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace loyalty::ui {

class ShopSession;

// The receipt printer (SPEC §5), owner only: the system printer or an ESC/POS printer (a device
// or host:port), the paper width, printing each visit by itself; a test print and a preview of the
// slip before anything is saved.
class PrinterDialog : public QDialog {
    Q_OBJECT

public:
    explicit PrinterDialog(ShopSession &session, QWidget *parent = nullptr);

    // Stores the setup (one setMany); false with the problem shown when refused.
    bool save();
    // Prints a sample slip on the printer as set in the dialog (saved or not).
    void testPrint();
    void preview();

private:
    void load();
    void updateEnabled();
    QList<QPair<QString, std::optional<QString>>> values() const;

    ShopSession &m_session;
    QComboBox *m_kind = nullptr;
    QComboBox *m_printer = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_auto = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_preview = nullptr;
};

} // namespace loyalty::ui
