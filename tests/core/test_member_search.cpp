// The counter's member search (SPEC §4, §7 `member find`): card, phone (full or last 4), name part,
// pinyin full or initials — exact matches first. Correctness only: the bench program measures speed.

#include "TestShop.h"

#include "members/CardNumber.h"
#include "members/MemberService.h"
#include "members/SearchKeys.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QSet>

#include <functional>
#include <QStandardPaths>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

QStringList namesOf(const QList<Member> &members)
{
    QStringList names;
    for (const Member &m : members)
        names << m.name;
    return names;
}

} // namespace

class TestMemberSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void search_data();
    void search();
    void limitIsRespected_data();
    void limitIsRespected();
    void emptyQueryFindsNothing_data();
    void emptyQueryFindsNothing();

    void twentyThousandMembers();

private:
    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MemberService> m_service;
};

void TestMemberSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shop = std::make_unique<test::TestShop>();
    m_service = std::make_unique<MemberService>(m_shop->database(), m_shop->clock);

    const auto add = [this](const QString &name, const QString &phone = {}) -> Member {
        MemberFields f;
        f.name = name;
        if (!phone.isEmpty())
            f.phone = phone;
        auto m = m_service->add(f);
        if (!m)
            qFatal("cannot add %s: %s", qPrintable(name), qPrintable(m.error().message));
        return *m;
    };
    const Member wang = add(u"王小明"_s, u"13800138000"_s);
    QCOMPARE(wang.card, CardNumber::fromSequence(1));
    add(u"Anna Smith"_s, u"13912345678"_s);
    add(u"王小红"_s, u"13700001234"_s);
    add(u"Annabel Lee"_s, u"13600002222"_s);
    add(u"Anna"_s, u"13500003333"_s);
    add(u"李小明"_s, u"13400004444"_s);
    // A phone that ends with the digits of 王小明's card: the card must still come first.
    add(u"Tail Trap"_s, u"1"_s + wang.card);
    add(u"John Smithers"_s);
    const Member archived = add(u"王晓明"_s, u"13300005555"_s);
    QVERIFY(m_service->archive(archived.id).ok());
}

void TestMemberSearch::cleanupTestCase()
{
    m_service.reset();
    m_shop.reset();
}

void TestMemberSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("includeArchived");
    QTest::addColumn<QStringList>("expected"); // must be found
    QTest::addColumn<bool>("ordered");         // expected[0] comes first and the rest follow in order
    QTest::addColumn<QStringList>("absent");   // must not be found
    QTest::addColumn<int>("count");            // exact number of results, -1 when not fixed

    const QString card1 = CardNumber::fromSequence(1);
    using L = QStringList;

    QTest::newRow("last 4 digits of phone") << u"5678"_s << false << L{u"Anna Smith"_s} << false << L{} << 1;
    QTest::newRow("last 4 digits, leading zeros") << u"1234"_s << false << L{u"王小红"_s} << false << L{} << 1;
    QTest::newRow("full phone") << u"13800138000"_s << false << L{u"王小明"_s} << false << L{u"Tail Trap"_s} << 1;
    QTest::newRow("phone with spaces") << u"138 0013 8000"_s << false << L{u"王小明"_s} << false << L{} << 1;
    QTest::newRow("phone with dashes") << u"139-1234-5678"_s << false << L{u"Anna Smith"_s} << false << L{} << 1;
    QTest::newRow("phone with +86") << u"+86 139 1234 5678"_s << false << L{u"Anna Smith"_s} << false << L{} << 1;
    QTest::newRow("card exact before a phone ending with it") << card1 << false << L{u"王小明"_s, u"Tail Trap"_s} << true << L{} << 2;
    QTest::newRow("name part 小明") << u"小明"_s << false << L{u"王小明"_s, u"李小明"_s} << false << L{u"王小红"_s, u"王晓明"_s} << 2;
    QTest::newRow("full name") << u"王小明"_s << false << L{u"王小明"_s} << false << L{u"李小明"_s, u"王晓明"_s} << 1;
    QTest::newRow("surname") << u"王"_s << false << L{u"王小明"_s, u"王小红"_s} << false << L{u"李小明"_s, u"王晓明"_s} << 2;
    QTest::newRow("pinyin full") << u"wangxiaoming"_s << false << L{u"王小明"_s} << false << L{u"王晓明"_s} << 1;
    QTest::newRow("pinyin with spaces") << u"wang xiao ming"_s << false << L{u"王小明"_s} << false << L{} << 1;
    QTest::newRow("pinyin upper case") << u"WangXiaoMing"_s << false << L{u"王小明"_s} << false << L{} << 1;
    QTest::newRow("initials") << u"wxm"_s << false << L{u"王小明"_s} << false << L{u"王晓明"_s, u"王小红"_s} << 1;
    QTest::newRow("initials upper case") << u"WXM"_s << false << L{u"王小明"_s} << false << L{} << 1;
    QTest::newRow("initials prefix") << u"wx"_s << false << L{u"王小明"_s, u"王小红"_s} << false << L{u"李小明"_s} << 2;
    QTest::newRow("pinyin prefix") << u"wangx"_s << false << L{u"王小明"_s, u"王小红"_s} << false << L{u"李小明"_s} << 2;
    QTest::newRow("middle of a Latin name") << u"mit"_s << false << L{u"Anna Smith"_s, u"John Smithers"_s} << false << L{u"Anna"_s} << 2;
    QTest::newRow("Latin surname") << u"smith"_s << false << L{u"Anna Smith"_s, u"John Smithers"_s} << false << L{} << 2;
    QTest::newRow("case-insensitive full name") << u"ANNA SMITH"_s << false << L{u"Anna Smith"_s} << false << L{u"Anna"_s} << 1;
    QTest::newRow("exact name before longer ones") << u"anna"_s << false
                                                   << L{u"Anna"_s, u"Anna Smith"_s} << true
                                                   << L{u"John Smithers"_s} << 3;
    QTest::newRow("exact name before prefix, mixed case") << u"AnNa"_s << false << L{u"Anna"_s, u"Annabel Lee"_s} << true << L{} << 3;
    QTest::newRow("archived hidden by phone") << u"13300005555"_s << false << L{} << false << L{u"王晓明"_s} << 0;
    QTest::newRow("archived hidden by name") << u"王晓明"_s << false << L{} << false << L{u"王晓明"_s} << 0;
    QTest::newRow("archived shown by phone") << u"13300005555"_s << true << L{u"王晓明"_s} << false << L{} << 1;
    QTest::newRow("archived shown by pinyin") << u"wangxiaoming"_s << true << L{u"王小明"_s, u"王晓明"_s} << false << L{} << 2;
    QTest::newRow("unknown name") << u"zzzz"_s << false << L{} << false << L{} << 0;
    QTest::newRow("unknown digits") << u"0000"_s << false << L{} << false << L{} << 0;
    QTest::newRow("quote in query") << u"an\"na"_s << false << L{} << false << L{} << 0;
}

void TestMemberSearch::search()
{
    QFETCH(QString, query);
    QFETCH(bool, includeArchived);
    QFETCH(QStringList, expected);
    QFETCH(bool, ordered);
    QFETCH(QStringList, absent);
    QFETCH(int, count);

    const auto found = m_service->find(query, 20, includeArchived);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    const QStringList names = namesOf(*found);
    const QString got = u"got: "_s + names.join(u", "_s);

    if (ordered)
        QVERIFY2(!names.isEmpty() && names.first() == expected.first(), qPrintable(got));
    qsizetype last = -1;
    for (const QString &name : std::as_const(expected)) {
        const qsizetype at = names.indexOf(name);
        QVERIFY2(at >= 0, qPrintable(name + u" missing; "_s + got));
        if (ordered)
            QVERIFY2(at > last, qPrintable(name + u" out of order; "_s + got));
        last = at;
    }
    for (const QString &name : std::as_const(absent))
        QVERIFY2(!names.contains(name), qPrintable(name + u" should not be found; "_s + got));
    if (count >= 0)
        QVERIFY2(names.size() == count, qPrintable(got));
    // Nobody is listed twice.
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

void TestMemberSearch::limitIsRespected_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");

    QTest::newRow("one of two 王") << u"王"_s << 1 << 1;
    QTest::newRow("two of three anna") << u"anna"_s << 2 << 2;
    QTest::newRow("one of two by card") << CardNumber::fromSequence(1) << 1 << 1;
    QTest::newRow("limit above matches") << u"anna"_s << 50 << 3;
    QTest::newRow("zero") << u"anna"_s << 0 << 0;
}

void TestMemberSearch::limitIsRespected()
{
    QFETCH(QString, query);
    QFETCH(int, limit);
    QFETCH(int, expected);

    const auto found = m_service->find(query, limit);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), expected);
}

void TestMemberSearch::emptyQueryFindsNothing_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
}

void TestMemberSearch::emptyQueryFindsNothing()
{
    QFETCH(QString, query);

    const auto found = m_service->find(query);
    QVERIFY(found.ok());
    QVERIFY(found->isEmpty());
}

void TestMemberSearch::twentyThousandMembers()
{
    constexpr int kMembers = 20'000;
    test::TestShop shop;
    MemberRepository repo(shop.database());

    static const QString surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"_s;  // 20
    static const QString given = u"小明红华伟芳娜静丽强磊军洋勇艳杰涛超秀霞平刚桂英文晓玲海燕婷"_s; // 30
    static const QStringList firsts = {u"Anna"_s, u"John"_s, u"Maria"_s, u"David"_s, u"Lucy"_s, u"Peter"_s, u"Emma"_s, u"Tom"_s};
    static const QStringList lasts = {u"Smith"_s, u"Brown"_s, u"Taylor"_s, u"Wilson"_s, u"Moore"_s, u"Clark"_s, u"Lewis"_s};
    QCOMPARE(surnames.size(), 20);
    QCOMPARE(given.size(), 30);

    const auto nameOf = [](int i) -> QString {
        if (i % 5 == 4)
            return firsts.at(i % firsts.size()) + u' ' + lasts.at((i / firsts.size()) % lasts.size());
        return QString(surnames.at(i % 20)) + given.at((i / 20) % 30) + given.at((i / 600) % 30);
    };
    const auto phoneOf = [](int i) { return u"135%1"_s.arg(i, 8, 10, QChar(u'0')); };

    QHash<int, QString> cardOf;
    const Status filled = shop.database().transaction([&]() -> Status {
        for (int i = 0; i < kMembers; ++i) {
            auto seq = repo.nextCardSequence();
            if (!seq)
                return seq.error();
            Member m;
            m.card = CardNumber::fromSequence(*seq);
            m.name = nameOf(i);
            // Every seventh member has no phone.
            if (i % 7 != 3)
                m.phone = phoneOf(i);
            m.joinedAt = shop.clock.now().addDays(-(i % 700));
            m.updatedAt = shop.clock.now();
            m.tierSince = m.joinedAt.date();
            if (auto id = repo.insert(m); !id)
                return id.error();
            cardOf.insert(i, m.card);
        }
        return {};
    });
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().message));
    QCOMPARE(repo.count(true).value_or(-1), qint64(kMembers));

    // A full phone finds its member first.
    {
        const auto found = repo.search(phoneOf(12345), 20);
        QVERIFY(found.ok());
        QVERIFY(!found->isEmpty());
        QCOMPARE(found->first().phone, phoneOf(12345));
        QCOMPARE(found->first().name, nameOf(12345));
    }
    // The last four digits find exactly the members whose phone ends with them.
    {
        const auto found = repo.search(u"2345"_s, 20);
        QVERIFY(found.ok());
        QSet<QString> phones;
        for (const Member &m : *found) {
            QVERIFY2(m.phone.endsWith(u"2345"_s), qPrintable(m.phone));
            phones.insert(m.phone);
        }
        QCOMPARE(phones, (QSet<QString>{phoneOf(2345), phoneOf(12345)}));
    }
    // A scanned card finds its member first.
    for (const int i : {0, 3, 9999, 17000, kMembers - 1}) {
        const auto found = repo.search(cardOf.value(i), 20);
        QVERIFY(found.ok());
        QVERIFY(!found->isEmpty());
        QCOMPARE(found->first().card, cardOf.value(i));
        QCOMPARE(found->first().name, nameOf(i));
    }
    // What the search should find, worked out from the names themselves (not through the index).
    QHash<QString, SearchKeys> keysByName;
    const auto keysOf = [&keysByName](const QString &name) -> const SearchKeys & {
        auto it = keysByName.find(name);
        if (it == keysByName.end())
            it = keysByName.insert(name, SearchKeys::forName(name));
        return *it;
    };
    const auto cardsWhere = [&](const std::function<bool(int)> &pred) {
        QSet<QString> cards;
        for (int i = 0; i < kMembers; ++i)
            if (pred(i))
                cards.insert(cardOf.value(i));
        return cards;
    };
    const auto cardsOf = [](const QList<Member> &members) {
        QSet<QString> cards;
        for (const Member &m : members)
            cards.insert(m.card);
        return cards;
    };

    // Initials: exactly the members with those initials.
    {
        const QSet<QString> expected = cardsWhere([&](int i) { return keysOf(nameOf(i)).initials == u"wxm"_s; });
        QVERIFY(expected.size() >= 2);
        QVERIFY(expected.size() < 100);
        const auto found = repo.search(u"wxm"_s, 100);
        QVERIFY(found.ok());
        QCOMPARE(cardsOf(*found), expected);
    }
    // A given name: exactly the names that end with it.
    {
        const QSet<QString> expected = cardsWhere([&](int i) { return nameOf(i).endsWith(u"小明"_s); });
        QVERIFY(expected.size() >= 2);
        QVERIFY(expected.size() < 100);
        const auto found = repo.search(u"小明"_s, 100);
        QVERIFY(found.ok());
        QCOMPARE(cardsOf(*found), expected);
    }
    // A full Chinese name (王小明 is i = 600 and i = 18,600): those first.
    {
        QCOMPARE(nameOf(600), u"王小明"_s);
        const auto found = repo.search(u"王小明"_s, 20);
        QVERIFY(found.ok());
        QVERIFY(found->size() >= 2);
        QCOMPARE(found->at(0).name, u"王小明"_s);
        QCOMPARE(found->at(1).name, u"王小明"_s);
    }
    // Pinyin prefix: every result's pinyin starts with it.
    {
        const auto found = repo.search(u"zhangx"_s, 20);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 20);
        for (const Member &m : *found)
            QVERIFY2(SearchKeys::forName(m.name).pinyin.startsWith(u"zhangx"_s), qPrintable(m.name));
    }
    // Part of a Latin surname: every result contains it.
    {
        const auto found = repo.search(u"ayl"_s, 20);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 20);
        for (const Member &m : *found)
            QVERIFY2(SearchKeys::fold(m.name).contains(u"ayl"_s), qPrintable(m.name));
    }
    // A member without phone is found by card.
    {
        const auto byCard = repo.byCard(cardOf.value(3));
        QVERIFY(byCard.ok() && byCard->has_value());
        QVERIFY((*byCard)->phone.isEmpty());
        QCOMPARE((*byCard)->name, nameOf(3));
    }
}

QTEST_GUILESS_MAIN(TestMemberSearch)
#include "test_member_search.moc"
