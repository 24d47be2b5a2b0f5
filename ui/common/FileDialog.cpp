#include "common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace loyalty::ui {

namespace {
std::optional<QString> g_next;

std::optional<QString> takeNext()
{
    auto next = g_next;
    g_next.reset();
    return next;
}
} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    g_next = fileName;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace loyalty::ui
