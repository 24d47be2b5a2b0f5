#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace loyalty {

namespace {

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language;
};

Installed &installed()
{
    static Installed i;
    return i;
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("loyaltydesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        languages << f.mid(12, f.size() - 12 - 3);
    return languages;
}

QString Translations::systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QLocale l(tag);
        if (l.language() == QLocale::Chinese) {
            const bool traditional = l.script() == QLocale::TraditionalChineseScript || l.territory() == QLocale::Taiwan
                                     || l.territory() == QLocale::HongKong || l.territory() == QLocale::Macao;
            return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
        }
        if (l.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString &language)
{
    Installed &i = installed();
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/loyaltydesk_%1.qm").arg(language)))
        return false;
    if (i.app)
        QCoreApplication::removeTranslator(i.app.get());
    if (i.qt)
        QCoreApplication::removeTranslator(i.qt.get());
    i.app = std::move(app);
    QCoreApplication::installTranslator(i.app.get());
    // Qt's own strings (standard buttons, file dialogs).
    i.qt = std::make_unique<QTranslator>();
    if (i.qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(i.qt.get());
    else
        i.qt.reset();
    i.language = language;
    // Dates and numbers follow the language the program speaks.
    QLocale::setDefault(QLocale(language == u"en" ? QStringLiteral("en_GB") : language));
    return true;
}

QString Translations::current()
{
    return installed().language.isEmpty() ? QStringLiteral("en") : installed().language;
}

QString Translations::nativeName(const QString &language)
{
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    if (language == u"zh_TW")
        return QStringLiteral("繁體中文");
    if (language == u"en")
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

} // namespace loyalty
