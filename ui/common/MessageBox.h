#pragma once

#include <QMessageBox>

#include <optional>

namespace loyalty::ui {

// All message boxes go through here so GUI tests can answer them without blocking
// (KeePassXC's MessageBox::setNextAnswer).
class MessageBox {
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // A box whose buttons say what they do ("Open another…", "Create a new shop…").
    static QMessageBox::StandardButton choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                              const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
                                              QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // Tests: the next box returns this answer at once instead of showing itself.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last box that was shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                            const QList<std::pair<QMessageBox::StandardButton, QString>> &labels = {});
};

} // namespace loyalty::ui
