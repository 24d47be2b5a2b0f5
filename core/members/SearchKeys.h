#pragma once

#include <QString>

namespace loyalty {

// What a member's name is indexed under, so the counter can find "王小明" by 小明, wangxiaoming, wxm
// or "xiaom", and "Anna Smith" by "smi". Computed when a name is saved, stored beside it.
struct SearchKeys {
    QString nameFold;  // case-folded, NFKC, single spaces
    QString nameRev;   // nameFold reversed (suffix search: the given name of a Chinese name)
    QString pinyin;    // "wangxiaoming" (Latin letters and digits of the name, no spaces)
    QString initials;  // "wxm"

    static SearchKeys forName(const QString &name);

    // Normalises what the user typed the same way as names are folded.
    static QString fold(const QString &text);
    // Han characters to toneless pinyin syllables separated by spaces: "王小明" → "wang xiao ming".
    // Non-Han text is folded to ASCII where it has a Latin form ("José" → "jose").
    static QString toPinyin(const QString &text);
    static QString reversed(const QString &text);
    static bool containsHan(const QString &text);
};

} // namespace loyalty
