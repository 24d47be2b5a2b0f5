// MemberService: registering, editing, archiving and finding members (SPEC §2, §7, §8.10). Every
// refusal must leave the shop exactly as it was.

#include "TestShop.h"

#include "members/CardNumber.h"
#include "members/MemberService.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace loyalty;
using namespace Qt::StringLiterals;

namespace {

MemberFields nameAndPhone(const QString &name, const QString &phone = {})
{
    MemberFields f;
    if (!name.isNull())
        f.name = name;
    if (!phone.isNull())
        f.phone = phone;
    return f;
}

// Everything about the members of a shop that a refused operation must not change.
QString snapshot(Database &db)
{
    QSqlQuery q(db.connection());
    QString out;
    if (!q.exec(u"SELECT id, card, name, coalesce(phone, ''), email, coalesce(birthday, ''), tags, status, updated_at FROM members ORDER BY id"_s))
        return u"<query failed>"_s;
    while (q.next()) {
        for (int i = 0; i < 9; ++i)
            out += q.value(i).toString() + u'|';
        out += u'\n';
    }
    if (q.exec(u"SELECT value FROM meta WHERE key = 'card_sequence'"_s) && q.next())
        out += u"seq="_s + q.value(0).toString();
    return out;
}

QStringList namesOf(const QList<Member> &members)
{
    QStringList names;
    for (const Member &m : members)
        names << m.name;
    return names;
}

} // namespace

class TestMembers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addWithNameOnly();
    void addWithPhoneOnly();
    void addNeedsNameOrPhone_data();
    void addNeedsNameOrPhone();
    void phoneIsNormalisedOnSave_data();
    void phoneIsNormalisedOnSave();
    void duplicatePhoneIsRefused_data();
    void duplicatePhoneIsRefused();
    void updateKeepsCard();
    void updateToAnotherMembersPhoneIsRefused();
    void nameLength_data();
    void nameLength();
    void namesInAnyScript_data();
    void namesInAnyScript();
    void email_data();
    void email();
    void invalidBirthdayIsRefused_data();
    void invalidBirthdayIsRefused();
    void tagsAreSplit_data();
    void tagsAreSplit();
    void cardsAreUniqueAndValid();
    void archiveHidesFromSearch();
    void restoreBringsBack();
    void archiveNeedsOwner();
    void resolve_data();
    void resolve();
    void resolveRefusals_data();
    void resolveRefusals();
    void validateReportsEveryField();
    void refusedUpdateChangesNothing();

private:
    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<MemberService> m_service;
};

void TestMembers::init()
{
    m_shop = std::make_unique<test::TestShop>();
    m_service = std::make_unique<MemberService>(m_shop->database(), m_shop->clock);
}

void TestMembers::cleanup()
{
    m_service.reset();
    m_shop.reset();
}

void TestMembers::addWithNameOnly()
{
    auto m = m_service->add(nameAndPhone(u"  王小明 "_s));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QVERIFY(m->id > 0);
    QCOMPARE(m->name, u"王小明"_s);
    QVERIFY(m->phone.isEmpty());
    QCOMPARE(m->card, CardNumber::fromSequence(1));
    QCOMPARE(m->joinedAt, m_shop->clock.now());
    QCOMPARE(toString(m->status), u"active"_s);

    auto stored = m_service->byId(m->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, u"王小明"_s);
    QCOMPARE(stored->card, m->card);
    QVERIFY(stored->phone.isEmpty());
    QCOMPARE(stored->joinedAt, m_shop->clock.now());
}

void TestMembers::addWithPhoneOnly()
{
    auto m = m_service->add(nameAndPhone({}, u"138 0013 8000"_s));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QVERIFY(m->name.isEmpty());
    QCOMPARE(m->phone, u"13800138000"_s);
    QCOMPARE(m->displayName(), u"13800138000"_s);
    QCOMPARE(m_service->byId(m->id)->phone, u"13800138000"_s);
}

void TestMembers::addNeedsNameOrPhone_data()
{
    QTest::addColumn<bool>("giveName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("givePhone");
    QTest::addColumn<QString>("phone");

    QTest::newRow("neither given") << false << QString() << false << QString();
    QTest::newRow("both empty") << true << QString(u""_s) << true << QString(u""_s);
    QTest::newRow("name only spaces") << true << u"   "_s << false << QString();
    QTest::newRow("no name and a blank phone") << false << QString() << true << u" "_s;
}

void TestMembers::addNeedsNameOrPhone()
{
    QFETCH(bool, giveName);
    QFETCH(QString, name);
    QFETCH(bool, givePhone);
    QFETCH(QString, phone);

    const QString before = snapshot(m_shop->database());
    MemberFields f;
    if (giveName)
        f.name = name;
    if (givePhone)
        f.phone = phone;
    f.email = u"someone@example.com"_s;
    auto m = m_service->add(f);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::Invalid);
    QCOMPARE(m.error().field, u"name"_s);
    QVERIFY(!m.error().message.isEmpty());
    QCOMPARE(snapshot(m_shop->database()), before);
    QCOMPARE(m_service->repository().count(true).value_or(-1), qint64(0));
}

void TestMembers::phoneIsNormalisedOnSave_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");

    QTest::newRow("spaces") << u"138 0013 8000"_s << u"13800138000"_s;
    QTest::newRow("dashes") << u"138-0013-8000"_s << u"13800138000"_s;
    QTest::newRow("+86") << u"+86 138 0013 8000"_s << u"13800138000"_s;
    QTest::newRow("0086") << u"0086 13800138000"_s << u"13800138000"_s;
    QTest::newRow("full-width") << u"１３８００１３８０００"_s << u"13800138000"_s;
    QTest::newRow("landline") << u"010-12345678"_s << u"01012345678"_s;
}

void TestMembers::phoneIsNormalisedOnSave()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);

    auto m = m_service->add(nameAndPhone(u"Anna"_s, typed));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->phone, stored);
    QCOMPARE(m_service->byId(m->id)->phone, stored);
    auto found = m_service->repository().byPhone(stored);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->id, m->id);
}

void TestMembers::duplicatePhoneIsRefused_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("same spelling") << u"13800138000"_s << u"13800138000"_s;
    QTest::newRow("+86 with dashes vs digits") << u"13800138000"_s << u"+86 138-0013-8000"_s;
    QTest::newRow("digits vs +86 with dashes") << u"+86 138-0013-8000"_s << u"13800138000"_s;
    QTest::newRow("0086 vs spaces") << u"0086 13800138000"_s << u"138 0013 8000"_s;
}

void TestMembers::duplicatePhoneIsRefused()
{
    QFETCH(QString, first);
    QFETCH(QString, second);

    auto holder = m_service->add(nameAndPhone(u"王小明"_s, first));
    QVERIFY(holder.ok());
    const QString before = snapshot(m_shop->database());

    auto dup = m_service->add(nameAndPhone(u"李娜"_s, second));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    QCOMPARE(dup.error().field, u"phone"_s);
    QVERIFY2(dup.error().message.contains(u"王小明"_s), qPrintable(dup.error().message));
    QVERIFY2(dup.error().message.contains(holder->card), qPrintable(dup.error().message));
    QCOMPARE(snapshot(m_shop->database()), before);
    QCOMPARE(m_service->repository().count(true).value_or(-1), qint64(1));
}

void TestMembers::updateKeepsCard()
{
    auto m = m_service->add(nameAndPhone(u"王小明"_s, u"13800138000"_s));
    QVERIFY(m.ok());

    MemberFields f;
    f.name = u"王晓明"_s;
    f.phone = u"139 1234 5678"_s;
    f.note = u"prefers oolong"_s;
    m_shop->clock.advanceDays(3);
    auto updated = m_service->update(m->id, f);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(updated->card, m->card);
    QCOMPARE(updated->id, m->id);

    auto stored = m_service->byId(m->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->card, m->card);
    QCOMPARE(stored->name, u"王晓明"_s);
    QCOMPARE(stored->phone, u"13912345678"_s);
    QCOMPARE(stored->note, u"prefers oolong"_s);
    QCOMPARE(stored->joinedAt, m->joinedAt);
    QCOMPARE(stored->updatedAt, m_shop->clock.now());
    // The old phone is free again, the new one resolves.
    QCOMPARE(m_service->resolve(u"13912345678"_s)->id, m->id);
    auto oldPhone = m_service->resolve(u"13800138000"_s);
    QVERIFY(!oldPhone.ok());
    QCOMPARE(oldPhone.error().code, ErrorCode::NotFound);
    // A member keeps their own phone number without a conflict with themselves.
    MemberFields same;
    same.phone = u"+86 139-1234-5678"_s;
    QVERIFY(m_service->update(m->id, same).ok());
}

void TestMembers::updateToAnotherMembersPhoneIsRefused()
{
    auto a = m_service->add(nameAndPhone(u"Anna Smith"_s, u"13800138000"_s));
    auto b = m_service->add(nameAndPhone(u"Bob Jones"_s, u"13912345678"_s));
    QVERIFY(a.ok() && b.ok());
    const QString before = snapshot(m_shop->database());

    MemberFields f;
    f.phone = u"138-0013-8000"_s;
    auto refused = m_service->update(b->id, f);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(refused.error().message.contains(u"Anna Smith"_s));
    QCOMPARE(snapshot(m_shop->database()), before);
}

void TestMembers::nameLength_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("100 characters") << QString(100, u'a') << true;
    QTest::newRow("100 Han characters") << QString(100, u'王') << true;
    QTest::newRow("100 emoji (200 UTF-16 units)") << u"🌸"_s.repeated(100) << true;
    QTest::newRow("101 characters") << QString(101, u'a') << false;
    QTest::newRow("2,000 characters") << QString(2000, u'a') << false;
    QTest::newRow("2,000 Han characters") << QString(2000, u'明') << false;
    QTest::newRow("line break inside") << u"Anna\nSmith"_s << false;
    QTest::newRow("control character") << u"Anna\x07Smith"_s << false;
}

void TestMembers::nameLength()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);

    const QString before = snapshot(m_shop->database());
    auto m = m_service->add(nameAndPhone(name));
    if (accepted) {
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m_service->byId(m->id)->name, name);
    } else {
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Invalid);
        QCOMPARE(m.error().field, u"name"_s);
        QVERIFY(!m.error().message.isEmpty());
        QCOMPARE(snapshot(m_shop->database()), before);
    }
}

void TestMembers::namesInAnyScript_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("emoji") << u"Lily 🌸🍰"_s;
    QTest::newRow("emoji only") << u"☕️🥐"_s;
    QTest::newRow("Arabic") << u"محمد علي"_s;
    QTest::newRow("Cyrillic") << u"Анна Петрова"_s;
    QTest::newRow("Traditional Chinese") << u"陳大文"_s;
    QTest::newRow("Korean") << u"김민준"_s;
    QTest::newRow("apostrophe and hyphen") << u"Seán O'Brien-Smith"_s;
}

void TestMembers::namesInAnyScript()
{
    QFETCH(QString, name);

    auto m = m_service->add(nameAndPhone(name));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    auto stored = m_service->byId(m->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, name);
    // Found again by the whole name as typed.
    auto found = m_service->find(name);
    QVERIFY(found.ok());
    QVERIFY2(namesOf(*found).contains(name), qPrintable(namesOf(*found).join(u", ")));
}

void TestMembers::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");

    QTest::newRow("plain") << u"anna@example.com"_s << true << u"anna@example.com"_s;
    QTest::newRow("subdomain and plus") << u"anna+tea@mail.example.co.uk"_s << true << u"anna+tea@mail.example.co.uk"_s;
    QTest::newRow("surrounding spaces") << u"  anna@example.com "_s << true << u"anna@example.com"_s;
    QTest::newRow("empty clears") << QString(u""_s) << true << QString();
    QTest::newRow("no at") << u"anna.example.com"_s << false << QString();
    QTest::newRow("no domain") << u"anna@"_s << false << QString();
    QTest::newRow("no dot in domain") << u"anna@example"_s << false << QString();
    QTest::newRow("no local part") << u"@example.com"_s << false << QString();
    QTest::newRow("two ats") << u"anna@@example.com"_s << false << QString();
    QTest::newRow("space inside") << u"anna smith@example.com"_s << false << QString();
    QTest::newRow("trailing dot") << u"anna@example."_s << false << QString();
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s << false << QString();
}

void TestMembers::email()
{
    QFETCH(QString, email);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);

    const QString before = snapshot(m_shop->database());
    MemberFields f = nameAndPhone(u"Anna"_s);
    f.email = email;
    auto m = m_service->add(f);
    if (accepted) {
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m_service->byId(m->id)->email, stored);
    } else {
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Invalid);
        QCOMPARE(m.error().field, u"email"_s);
        QCOMPARE(snapshot(m_shop->database()), before);
    }
}

void TestMembers::invalidBirthdayIsRefused_data()
{
    QTest::addColumn<QString>("birthday");

    QTest::newRow("30 February") << u"02-30"_s;
    QTest::newRow("month 13") << u"13-01"_s;
    QTest::newRow("future") << u"2027-01-01"_s; // the test shop's clock says 2026-03-11
    QTest::newRow("29 February 2023") << u"2023-02-29"_s;
    QTest::newRow("words") << u"next tuesday"_s;
}

void TestMembers::invalidBirthdayIsRefused()
{
    QFETCH(QString, birthday);

    const QString before = snapshot(m_shop->database());
    MemberFields f = nameAndPhone(u"Anna"_s);
    f.birthday = birthday;
    auto m = m_service->add(f);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::Invalid);
    QCOMPARE(m.error().field, u"birthday"_s);
    QCOMPARE(snapshot(m_shop->database()), before);

    // The same form with a real birthday goes through.
    f.birthday = u"1990-03-15"_s;
    auto ok = m_service->add(f);
    QVERIFY(ok.ok());
    QCOMPARE(m_service->byId(ok->id)->birthday.toStorage(), u"1990-03-15"_s);
}

void TestMembers::tagsAreSplit_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("ASCII comma") << u"vip,coffee"_s << QStringList{u"vip"_s, u"coffee"_s};
    QTest::newRow("full-width comma") << u"会员，咖啡"_s << QStringList{u"会员"_s, u"咖啡"_s};
    QTest::newRow("both commas and spaces") << u" vip , coffee，tea "_s << QStringList{u"vip"_s, u"coffee"_s, u"tea"_s};
    QTest::newRow("ideographic comma") << u"茶、点心"_s << QStringList{u"茶"_s, u"点心"_s};
    QTest::newRow("empty parts and duplicates") << u"vip,,vip, ,tea"_s << QStringList{u"vip"_s, u"tea"_s};
    QTest::newRow("single") << u"regular"_s << QStringList{u"regular"_s};
}

void TestMembers::tagsAreSplit()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tags);

    MemberFields f = nameAndPhone(u"Anna"_s);
    f.tags = typed;
    auto m = m_service->add(f);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->tags, tags);
    QCOMPARE(m_service->byId(m->id)->tags, tags);
}

void TestMembers::cardsAreUniqueAndValid()
{
    QSet<QString> cards;
    for (int i = 0; i < 50; ++i) {
        auto m = m_service->add(nameAndPhone(u"Member %1"_s.arg(i), u"139%1"_s.arg(i, 8, 10, QChar(u'0'))));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QVERIFY2(CardNumber::isValid(m->card), qPrintable(m->card));
        QCOMPARE(m->card.size(), CardNumber::kLength);
        cards.insert(m->card);
        QCOMPARE(m_service->resolve(m->card)->id, m->id);
    }
    QCOMPARE(cards.size(), 50);
    QCOMPARE(m_service->repository().count(true).value_or(-1), qint64(50));
}

void TestMembers::archiveHidesFromSearch()
{
    auto m = m_service->add(nameAndPhone(u"王小明"_s, u"13800138000"_s));
    auto other = m_service->add(nameAndPhone(u"王小红"_s, u"13900139000"_s));
    QVERIFY(m.ok() && other.ok());
    QCOMPARE(m_service->find(u"王小明"_s)->size(), 1);

    auto archived = m_service->archive(m->id);
    QVERIFY2(archived.ok(), qPrintable(archived.ok() ? QString() : archived.error().message));
    QCOMPARE(toString(archived->status), u"archived"_s);
    QCOMPARE(toString(m_service->byId(m->id)->status), u"archived"_s);

    for (const QString &q : {u"王小明"_s, u"wxm"_s, u"8000"_s, u"13800138000"_s, m->card}) {
        auto hidden = m_service->find(q);
        QVERIFY(hidden.ok());
        QVERIFY2(!namesOf(*hidden).contains(u"王小明"_s), qPrintable(q));
        auto shown = m_service->find(q, 20, true);
        QVERIFY(shown.ok());
        QVERIFY2(namesOf(*shown).contains(u"王小明"_s), qPrintable(q));
    }
    QVERIFY(namesOf(*m_service->find(u"wang"_s)).contains(u"王小红"_s));
    QCOMPARE(m_service->repository().count(false).value_or(-1), qint64(1));
    QCOMPARE(m_service->repository().count(true).value_or(-1), qint64(2));

    // The counter can still scan the card or type the phone of an archived member.
    auto byCard = m_service->resolve(m->card);
    QVERIFY(byCard.ok());
    QCOMPARE(byCard->id, m->id);
    QCOMPARE(m_service->resolve(u"138 0013 8000"_s)->id, m->id);

    // Archiving twice is refused and changes nothing.
    const QString before = snapshot(m_shop->database());
    auto twice = m_service->archive(m->id);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::Refused);
    QCOMPARE(snapshot(m_shop->database()), before);
}

void TestMembers::restoreBringsBack()
{
    auto m = m_service->add(nameAndPhone(u"Anna Smith"_s, u"13800138000"_s));
    QVERIFY(m.ok());
    QVERIFY(m_service->archive(m->id).ok());
    QVERIFY(m_service->find(u"anna"_s)->isEmpty());

    auto restored = m_service->restore(m->id);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(toString(restored->status), u"active"_s);
    QCOMPARE(restored->card, m->card);
    auto found = m_service->find(u"anna"_s);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, m->id);

    // Restoring an active member is refused.
    auto again = m_service->restore(m->id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Refused);
}

void TestMembers::archiveNeedsOwner()
{
    auto m = m_service->add(nameAndPhone(u"Anna Smith"_s));
    QVERIFY(m.ok());
    MemberService cashier(m_shop->database(), m_shop->clock, Operator{u"lin"_s, Role::Cashier});
    const QString before = snapshot(m_shop->database());
    auto refused = cashier.archive(m->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Permission);
    QCOMPARE(snapshot(m_shop->database()), before);
}

void TestMembers::resolve_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("name");

    // Refs that do not depend on generated values; card and id rows are added in resolve().
    QTest::newRow("phone digits") << u"13800138000"_s << u"王小明"_s;
    QTest::newRow("phone with spaces") << u"138 0013 8000"_s << u"王小明"_s;
    QTest::newRow("phone with +86 and dashes") << u"+86 138-0013-8000"_s << u"王小明"_s;
    QTest::newRow("phone 0086") << u"008613800138000"_s << u"王小明"_s;
    QTest::newRow("phone full-width") << u"１３８００１３８０００"_s << u"王小明"_s;
    QTest::newRow("other phone") << u"139-1234-5678"_s << u"Anna Smith"_s;
    QTest::newRow("card") << u"card:2"_s << u"Anna Smith"_s;
    QTest::newRow("card with spaces around") << u"card:1 "_s << u"王小明"_s;
    QTest::newRow("id") << u"id:1"_s << u"王小明"_s;
    QTest::newRow("id upper case") << u"ID:2"_s << u"Anna Smith"_s;
    QTest::newRow("id of a member without phone") << u"id:3"_s << u"陳大文"_s;
}

void TestMembers::resolve()
{
    QFETCH(QString, ref);
    QFETCH(QString, name);

    auto wang = m_service->add(nameAndPhone(u"王小明"_s, u"13800138000"_s));
    auto anna = m_service->add(nameAndPhone(u"Anna Smith"_s, u"13912345678"_s));
    auto chen = m_service->add(nameAndPhone(u"陳大文"_s));
    QVERIFY(wang.ok() && anna.ok() && chen.ok());
    QCOMPARE(wang->id, qint64(1));
    QCOMPARE(anna->id, qint64(2));
    QCOMPARE(chen->id, qint64(3));

    // "card:N" stands for the card of the Nth member registered.
    if (ref.startsWith(u"card:")) {
        const qint64 sequence = ref.trimmed().mid(5).toLongLong();
        ref = CardNumber::fromSequence(sequence) + ref.mid(ref.trimmed().size());
    }
    auto found = m_service->resolve(ref);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QCOMPARE(found->name, name);
}

void TestMembers::resolveRefusals_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("unknown phone") << u"13700137000"_s << ErrorCode::NotFound;
    QTest::newRow("unknown card") << CardNumber::fromSequence(999) << ErrorCode::NotFound;
    QTest::newRow("card with a typo") << QString(CardNumber::fromSequence(1)).replace(4, 1, u'7') << ErrorCode::NotFound;
    QTest::newRow("unknown id") << u"id:999"_s << ErrorCode::NotFound;
    QTest::newRow("a name is not a ref") << u"王小明"_s << ErrorCode::NotFound;
    QTest::newRow("id without number") << u"id:"_s << ErrorCode::Invalid;
    QTest::newRow("id not a number") << u"id:abc"_s << ErrorCode::Invalid;
    QTest::newRow("negative id") << u"id:-1"_s << ErrorCode::Invalid;
    QTest::newRow("empty") << QString() << ErrorCode::Invalid;
}

void TestMembers::resolveRefusals()
{
    QFETCH(QString, ref);
    QFETCH(ErrorCode, code);

    QVERIFY(m_service->add(nameAndPhone(u"王小明"_s, u"13800138000"_s)).ok());
    auto found = m_service->resolve(ref);
    QVERIFY2(!found.ok(), qPrintable(found.ok() ? found->name : QString()));
    QCOMPARE(found.error().code, code);
    QVERIFY(!found.error().message.isEmpty());
}

void TestMembers::validateReportsEveryField()
{
    MemberFields f;
    f.name = u"Anna"_s;
    f.phone = u"12345"_s;
    f.email = u"anna@"_s;
    f.birthday = u"02-30"_s;
    const QList<Error> problems = m_service->validate(f);
    QStringList fields;
    for (const Error &e : problems) {
        QCOMPARE(e.code, ErrorCode::Invalid);
        QVERIFY(!e.message.isEmpty());
        fields << e.field;
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{u"birthday"_s, u"email"_s, u"phone"_s}));

    // Also with a gender, consent and a referrer that are all wrong: one error each.
    f.gender = u"maybe"_s;
    f.consent = u"perhaps"_s;
    f.referrer = u"id:42"_s;
    QCOMPARE(m_service->validate(f).size(), 6);

    // A good form has no problems, and validating stores nothing.
    MemberFields good = nameAndPhone(u"Anna"_s, u"13800138000"_s);
    good.email = u"anna@example.com"_s;
    good.birthday = u"03-15"_s;
    QVERIFY(m_service->validate(good).isEmpty());
    QCOMPARE(m_service->repository().count(true).value_or(-1), qint64(0));
}

void TestMembers::refusedUpdateChangesNothing()
{
    auto m = m_service->add(nameAndPhone(u"Anna"_s, u"13800138000"_s));
    QVERIFY(m.ok());
    const QString before = snapshot(m_shop->database());

    MemberFields f;
    f.name = u"Anna Smith"_s;          // fine on its own…
    f.email = u"not an email"_s;       // …but this is not
    m_shop->clock.advanceDays(1);
    auto refused = m_service->update(m->id, f);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"email"_s);
    QCOMPARE(snapshot(m_shop->database()), before);
    QCOMPARE(m_service->byId(m->id)->name, u"Anna"_s);

    auto missing = m_service->update(999, f);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    // Refusals consumed no card number: the next member gets card 2.
    auto next = m_service->add(nameAndPhone(u"Bob"_s));
    QVERIFY(next.ok());
    QCOMPARE(next->card, CardNumber::fromSequence(2));
}

QTEST_GUILESS_MAIN(TestMembers)
#include "test_members.moc"
