// SearchKeys: what a name is indexed under, so the counter finds 王小明 by 小明, wangxiaoming or wxm.

#include "members/SearchKeys.h"

#include <QStandardPaths>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

class TestSearchKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void forName_data();
    void forName();
    void fold_data();
    void fold();
    void reversedKeepsSurrogatePairs();
    void containsHan_data();
    void containsHan();
};

void TestSearchKeys::forName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nameFold");
    QTest::addColumn<QString>("pinyin");
    QTest::addColumn<QString>("initials");

    QTest::newRow("王小明") << u"王小明"_s << u"王小明"_s << u"wangxiaoming"_s << u"wxm"_s;
    QTest::newRow("曾 read as a surname") << u"曾小贤"_s << u"曾小贤"_s << u"zengxiaoxian"_s << u"zxx"_s;
    QTest::newRow("单 read as a surname") << u"单田芳"_s << u"单田芳"_s << u"shantianfang"_s << u"stf"_s;
    QTest::newRow("Traditional 陳大文") << u"陳大文"_s << u"陳大文"_s << u"chendawen"_s << u"cdw"_s;
    QTest::newRow("two-character name") << u"李娜"_s << u"李娜"_s << u"lina"_s << u"ln"_s;
    QTest::newRow("Latin name") << u"Anna Smith"_s << u"anna smith"_s << u"annasmith"_s << u"as"_s;
    QTest::newRow("Latin with extra spaces") << u"  ANNA   Smith "_s << u"anna smith"_s << u"annasmith"_s << u"as"_s;
    QTest::newRow("accented Latin") << u"José Núñez"_s << u"josé núñez"_s << u"josenunez"_s << u"jn"_s;
    QTest::newRow("full-width Latin") << u"ＡＮＮＡ"_s << u"anna"_s << u"anna"_s << u"a"_s;
    QTest::newRow("emoji with a name") << u"Lily 🌸"_s << u"lily 🌸"_s << u"lily"_s << u"l"_s;
    QTest::newRow("emoji only") << u"🌸🍰"_s << u"🌸🍰"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestSearchKeys::forName()
{
    QFETCH(QString, name);
    QFETCH(QString, nameFold);
    QFETCH(QString, pinyin);
    QFETCH(QString, initials);

    const SearchKeys k = SearchKeys::forName(name);
    QCOMPARE(k.nameFold, nameFold);
    QCOMPARE(k.nameRev, SearchKeys::reversed(nameFold));
    QCOMPARE(k.pinyin, pinyin);
    QCOMPARE(k.initials, initials);
}

void TestSearchKeys::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("case") << u"SMITH"_s << u"smith"_s;
    QTest::newRow("spaces") << u"  anna \t smith  "_s << u"anna smith"_s;
    QTest::newRow("full-width") << u"ＳＭＩＴＨ"_s << u"smith"_s;
    QTest::newRow("Cyrillic case") << u"АННА Петрова"_s << u"анна петрова"_s;
    QTest::newRow("Han unchanged") << u"小明"_s << u"小明"_s;
}

void TestSearchKeys::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(SearchKeys::fold(text), expected);
}

void TestSearchKeys::reversedKeepsSurrogatePairs()
{
    QCOMPARE(SearchKeys::reversed(u"王小明"_s), u"明小王"_s);
    QCOMPARE(SearchKeys::reversed(u"a🌸b"_s), u"b🌸a"_s);
    QCOMPARE(SearchKeys::reversed(u"13800138000"_s), u"00083100831"_s);
}

void TestSearchKeys::containsHan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("Simplified") << u"王小明"_s << true;
    QTest::newRow("mixed") << u"Anna 王"_s << true;
    QTest::newRow("Latin") << u"Anna Smith"_s << false;
    QTest::newRow("Japanese kana") << u"さくら"_s << false;
    QTest::newRow("emoji") << u"🌸"_s << false;
}

void TestSearchKeys::containsHan()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);

    QCOMPARE(SearchKeys::containsHan(text), expected);
}

QTEST_GUILESS_MAIN(TestSearchKeys)
#include "test_searchkeys.moc"
