#include "members/SearchKeys.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <memory>

namespace loyalty {

namespace {

// ICU's Han-Latin picks the most common reading of a character; as the first character of a name
// these are surnames read differently (曾 zēng, not céng).
const QHash<QChar, QString> &surnameReadings()
{
    static const QHash<QChar, QString> readings = {
        {u'曾', QStringLiteral("zeng")}, {u'单', QStringLiteral("shan")}, {u'單', QStringLiteral("shan")},
        {u'解', QStringLiteral("xie")},  {u'仇', QStringLiteral("qiu")},  {u'区', QStringLiteral("ou")},
        {u'區', QStringLiteral("ou")},   {u'查', QStringLiteral("zha")},  {u'朴', QStringLiteral("piao")},
        {u'翟', QStringLiteral("zhai")}, {u'缪', QStringLiteral("miao")}, {u'繆', QStringLiteral("miao")},
        {u'乐', QStringLiteral("yue")},  {u'樂', QStringLiteral("yue")},  {u'召', QStringLiteral("shao")},
        {u'盖', QStringLiteral("ge")},   {u'蓋', QStringLiteral("ge")},   {u'覃', QStringLiteral("qin")},
        {u'秘', QStringLiteral("bi")},   {u'员', QStringLiteral("yun")},  {u'員', QStringLiteral("yun")},
        {u'黑', QStringLiteral("he")},   {u'柏', QStringLiteral("bai")},  {u'薄', QStringLiteral("bo")},
        {u'冼', QStringLiteral("xian")}, {u'藏', QStringLiteral("zang")}, {u'宿', QStringLiteral("su")},
        {u'沈', QStringLiteral("shen")}, {u'折', QStringLiteral("she")},  {u'种', QStringLiteral("chong")},
        {u'重', QStringLiteral("chong")},
    };
    return readings;
}

icu::Transliterator *transliterator()
{
    // Transliterators are expensive to build and not safe to share between threads: one per thread.
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            icu::UnicodeString(u"Han-Latin/Names; Latin-ASCII; Any-Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            made.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Han-Latin; Latin-ASCII; Any-Lower"),
                                                           UTRANS_FORWARD, status));
        }
        if (U_FAILURE(status))
            made.reset();
        return made;
    }();
    return t.get();
}

QString transliterate(const QString &text)
{
    icu::Transliterator *t = transliterator();
    if (!t)
        return text.toLower();
    icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    t->transliterate(s);
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

bool isHan(char32_t ucs)
{
    return QChar::script(ucs) == QChar::Script_Han;
}

} // namespace

bool SearchKeys::containsHan(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (isHan(c))
            return true;
    return false;
}

QString SearchKeys::fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

QString SearchKeys::reversed(const QString &text)
{
    QList<uint> ucs = text.toUcs4();
    std::reverse(ucs.begin(), ucs.end());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), ucs.size());
}

// The Latin form of one character: a toneless syllable for a Han character ("明" → "ming"),
// the ASCII letters for an accented one ("é" → "e"). Transliterating character by character loses
// nothing (Han-Latin reads each character on its own) and lets a small cache answer almost every
// lookup, which matters when a hundred thousand members are imported.
static QString latinOf(char32_t c)
{
    if (c < 128)
        return QString(QChar(char16_t(c)).toLower());
    thread_local QHash<char32_t, QString> cache;
    if (const auto it = cache.constFind(c); it != cache.cend())
        return *it;
    const char32_t one[1] = {c};
    QString latin = transliterate(QString::fromUcs4(one, 1));
    if (isHan(c))
        latin = u' ' + latin.trimmed() + u' ';
    if (cache.size() < 50'000)
        cache.insert(c, latin);
    return latin;
}

QString SearchKeys::toPinyin(const QString &text)
{
    const QString folded = fold(text);
    if (folded.isEmpty())
        return {};
    QString latin;
    latin.reserve(folded.size() * 4);
    bool first = true;
    for (const char32_t c : folded.toUcs4()) {
        // A name's first character is its surname, which some characters read differently.
        const auto surname = first && c <= 0xFFFF ? surnameReadings().constFind(QChar(char16_t(c))) : surnameReadings().cend();
        latin += surname != surnameReadings().cend() ? u' ' + *surname + u' ' : latinOf(c);
        if (c != u' ')
            first = false;
    }
    // Keep letters, digits and single spaces; everything else (apostrophes, dots, emoji) separates.
    QString out;
    out.reserve(latin.size());
    for (const QChar c : std::as_const(latin)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    }
    return out.trimmed();
}

SearchKeys SearchKeys::forName(const QString &name)
{
    SearchKeys k;
    k.nameFold = fold(name);
    k.nameRev = reversed(k.nameFold);
    const QString syllables = toPinyin(name);
    const QStringList words = syllables.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        k.pinyin += w;
        k.initials += w.front();
    }
    return k;
}

} // namespace loyalty
