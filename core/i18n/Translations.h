#pragma once

#include <QString>
#include <QStringList>

namespace loyalty {

// The program's languages: the .qm files compiled into ":/i18n" (translations/CMakeLists.txt).
class Translations {
public:
    // "en", "zh_CN", "zh_TW": the languages found under :/i18n.
    static QStringList available();
    // The system's UI language mapped to one we have (Traditional Chinese for TW/HK/MO).
    static QString systemLanguage();
    // Replaces the installed translators with those for `language`; false when it is unknown.
    static bool install(const QString &language);
    static QString current();
    // The language's own name: "English", "简体中文", "繁體中文".
    static QString nativeName(const QString &language);
};

} // namespace loyalty
