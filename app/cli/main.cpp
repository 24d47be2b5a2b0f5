// loyaltydesk-cli: the shop from the command line (SPEC §7), on the same core as the GUI.

#include "CommandLine.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loyaltydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOYALTYDESK_VERSION));
    loyalty::Translations::install(loyalty::Translations::systemLanguage());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return loyalty::cli::CommandLine().run(args);
}
