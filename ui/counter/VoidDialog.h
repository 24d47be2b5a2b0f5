#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace loyalty::ui {

// Asks to confirm a void and why (SPEC §4: undo with confirmation; the reason goes to the audit log).
class VoidDialog : public QDialog {
    Q_OBJECT

public:
    // The reason, or nothing when the user cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &whatIsVoided);
    // Tests: the next ask() returns this at once (std::nullopt: cancelled).
    static void setNextAnswer(std::optional<QString> reason);

private:
    VoidDialog(QWidget *parent, const QString &whatIsVoided);

    QLineEdit *m_reason = nullptr;
    QPushButton *m_void = nullptr;
};

} // namespace loyalty::ui
