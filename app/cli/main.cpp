// loyaltydesk-cli: the shop from the command line (SPEC §7), on the same core as the GUI.

#include "CommandLine.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Painting a slip needs fonts, which need a QGuiApplication: only then is one made, on the
    // offscreen platform unless another is asked for (a till without a display). Every other
    // command starts as a plain QCoreApplication.
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || std::strcmp(argv[i], "--slip-pdf") == 0 || std::strcmp(argv[i], "--print") == 0
                 || std::strcmp(argv[i], "--sheet-pdf") == 0;
    if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loyaltydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOYALTYDESK_VERSION));
    loyalty::Translations::install(loyalty::Translations::systemLanguage());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return loyalty::cli::CommandLine().run(args);
}
