#pragma once

#include <QString>

class QWidget;

namespace loyalty::ui {

// File dialogs go through here so GUI tests can give the answer (KeePassXC's FileDialog).
class FileDialog {
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // Tests: the next dialog returns this at once (an empty string means "cancelled").
    static void setNextFileName(const QString &fileName);
};

} // namespace loyalty::ui
