// loyaltydesk: the counter program.

#include "i18n/Translations.h"
#include "common/ShopSession.h"
#include "main/MainWindow.h"
#include "shop/ShopFiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loyaltydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("LoyaltyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(LOYALTYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("loyaltydesk"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LoyaltyDesk — the loyalty program for small shops"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo shop (built with demo data on first start)."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open this shop file."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: en, zh_CN or zh_TW."), QStringLiteral("LANG"));
    parser.addOptions({demo, db, lang});
    parser.process(app);

    const QString chosen = parser.isSet(lang) ? parser.value(lang) : QSettings().value(QStringLiteral("ui/language")).toString();
    if (chosen.isEmpty() || !loyalty::Translations::install(chosen))
        loyalty::Translations::install(loyalty::Translations::systemLanguage());

    loyalty::ui::MainWindow window;
    window.show();
    bool opened = false;
    if (parser.isSet(db))
        opened = window.openShop(parser.value(db));
    else if (parser.isSet(demo))
        opened = window.openDemoShop();
    else
        opened = window.openAtStart();
    if (!opened && !window.session().isOpen())
        return 0;
    return QApplication::exec();
}
