// Settings: changing several rules at once (all or nothing, checked together, owner only, back to
// the default by removing the row) and building the Rules from values that are not stored yet.

#include "TestShop.h"

#include "shop/Settings.h"

#include <QSqlQuery>
#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

using Changes = QList<Settings::Change>;
using Values = QHash<QString, QString>;
Q_DECLARE_METATYPE(loyalty::ExpiryMode)

namespace {

Settings::Change to(const QString &key, const QString &value)
{
    return {key, value};
}

Settings::Change reset(const QString &key)
{
    return {key, std::nullopt};
}

Operator cashier()
{
    return {u"anna"_s, Role::Cashier};
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyTextIsStoredAsEmpty();
    void setMany_data();
    void setMany();
    void setIsOneChange();
    void removingACategoryPercent();
    void rulesFollowAChange();
    void rulesFrom_data();
    void rulesFrom();
    void rulesAreRulesFromTheStoredValues();

private:
    Database &db() { return m_shop->database(); }
    int auditEntries();
    bool hasRow(const QString &key);

    std::unique_ptr<test::TestShop> m_shop;
};

void TestSettings::init()
{
    m_shop = std::make_unique<test::TestShop>();
}

void TestSettings::cleanup()
{
    m_shop.reset();
}

int TestSettings::auditEntries()
{
    QSqlQuery q(db().connection());
    if (!q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'settings.set'"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool TestSettings::hasRow(const QString &key)
{
    QSqlQuery q(db().connection());
    q.prepare(u"SELECT count(*) FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

// ---------------------------------------------------------------------------------------------

void TestSettings::setMany_data()
{
    QTest::addColumn<Changes>("before"); // stored first, by the owner
    QTest::addColumn<bool>("byOwner");
    QTest::addColumn<Changes>("changes");
    QTest::addColumn<QString>("errorField"); // empty: the changes are stored
    QTest::addColumn<Values>("expected"); // what Settings::text reads afterwards

    const QString day = u"promo.member_day"_s, percent = u"promo.member_day_percent"_s, birthday = u"bonus.birthday_points"_s;
    const QString minGap = u"dormancy.min_gap_days"_s, maxGap = u"dormancy.max_gap_days"_s;

    QTest::newRow("all valid: stored together") << Changes{} << true << Changes{to(day, u"15"_s), to(birthday, u" 50 "_s)}
                                                << QString() << Values{{day, u"15"_s}, {birthday, u"50"_s}};
    QTest::newRow("one out of range: nothing stored")
        << Changes{} << true << Changes{to(day, u"15"_s), to(percent, u"5000"_s), to(birthday, u"50"_s)} << percent
        << Values{{day, u"11"_s}, {percent, u"200"_s}, {birthday, u"100"_s}};
    QTest::newRow("not a number: the first problem is reported")
        << Changes{} << true << Changes{to(u"earn.points_per_yuan"_s, u"two"_s), to(u"redeem.max_percent"_s, u"101"_s)}
        << u"earn.points_per_yuan"_s << Values{{u"earn.points_per_yuan"_s, u"1"_s}, {u"redeem.max_percent"_s, u"50"_s}};
    QTest::newRow("unknown key: nothing stored")
        << Changes{} << true << Changes{to(day, u"5"_s), to(u"promo.happy_hour"_s, u"1"_s)} << u"promo.happy_hour"_s
        << Values{{day, u"11"_s}};
    QTest::newRow("unknown key reset: refused")
        << Changes{} << true << Changes{reset(u"nothing.here"_s)} << u"nothing.here"_s << Values{};
    QTest::newRow("min gap above the default max: refused")
        << Changes{} << true << Changes{to(minGap, u"100"_s)} << minGap << Values{{minGap, u"3"_s}, {maxGap, u"90"_s}};
    QTest::newRow("max gap below the stored min: refused") << Changes{to(minGap, u"30"_s)} << true << Changes{to(maxGap, u"20"_s)}
                                                           << maxGap << Values{{minGap, u"30"_s}, {maxGap, u"90"_s}};
    QTest::newRow("min above max, both changed: refused on min")
        << Changes{} << true << Changes{to(maxGap, u"10"_s), to(minGap, u"20"_s)} << minGap
        << Values{{minGap, u"3"_s}, {maxGap, u"90"_s}};
    QTest::newRow("min and max moved up together") << Changes{} << true << Changes{to(maxGap, u"200"_s), to(minGap, u"100"_s)}
                                                   << QString() << Values{{minGap, u"100"_s}, {maxGap, u"200"_s}};
    QTest::newRow("min equal to max") << Changes{} << true << Changes{to(minGap, u"90"_s)} << QString()
                                      << Values{{minGap, u"90"_s}};
    QTest::newRow("max back to default below a stored min: refused")
        << Changes{to(maxGap, u"200"_s), to(minGap, u"150"_s)} << true << Changes{reset(maxGap)} << maxGap
        << Values{{minGap, u"150"_s}, {maxGap, u"200"_s}};
    QTest::newRow("reset to default") << Changes{to(day, u"20"_s), to(percent, u"300"_s)} << true << Changes{reset(day)}
                                      << QString() << Values{{day, u"11"_s}, {percent, u"300"_s}};
    QTest::newRow("reset and set in one go") << Changes{to(day, u"20"_s)} << true << Changes{reset(day), to(percent, u"150"_s)}
                                             << QString() << Values{{day, u"11"_s}, {percent, u"150"_s}};
    QTest::newRow("cashier refused") << Changes{} << false << Changes{to(day, u"15"_s)} << QString() << Values{{day, u"11"_s}};
    QTest::newRow("cashier cannot reset") << Changes{to(day, u"20"_s)} << false << Changes{reset(day)} << QString()
                                          << Values{{day, u"20"_s}};
}

void TestSettings::setMany()
{
    QFETCH(Changes, before);
    QFETCH(bool, byOwner);
    QFETCH(Changes, changes);
    QFETCH(QString, errorField);
    QFETCH(Values, expected);

    Settings settings(db());
    if (!before.isEmpty()) {
        const Status s = settings.setMany(before, Operator::owner());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    }
    const int auditBefore = auditEntries();
    const Status s = settings.setMany(changes, byOwner ? Operator::owner() : cashier());
    if (!byOwner) {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Permission);
        QVERIFY(!s.error().message.isEmpty());
    } else if (errorField.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Invalid);
        QCOMPARE(s.error().field, errorField);
        QVERIFY(!s.error().message.isEmpty());
    }
    // Each change is audited when they are stored; a refusal audits nothing.
    QCOMPARE(auditEntries(), auditBefore + (s.ok() ? int(changes.size()) : 0));
    // Read back through a fresh facade (and the caches dropped by the write).
    Settings again(db());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(again.text(it.key()), it.value());
    for (const auto &[key, value] : std::as_const(changes))
        if (!value && s.ok())
            QVERIFY2(!hasRow(key), qPrintable(key));
}

void TestSettings::setIsOneChange()
{
    Settings settings(db());
    QVERIFY(settings.set(u"redeem.min_points"_s, u"200"_s, Operator::owner()).ok());
    QCOMPARE(settings.integer(u"redeem.min_points"_s), qint64(200));
    QCOMPARE(auditEntries(), 1);
    const Status bad = settings.set(u"redeem.min_points"_s, u"-1"_s, Operator::owner());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, u"redeem.min_points"_s);
    QCOMPARE(settings.integer(u"redeem.min_points"_s), qint64(200));
    QCOMPARE(auditEntries(), 1);
    QCOMPARE(settings.set(u"redeem.min_points"_s, u"300"_s, cashier()).error().code, ErrorCode::Permission);
}

void TestSettings::removingACategoryPercent()
{
    Settings settings(db());
    const QString tobacco = Settings::categoryPrefix() + u"Tobacco"_s;
    const QString tea = Settings::categoryPrefix() + u"tea"_s;
    QVERIFY(settings.setMany({to(tobacco, u"0"_s), to(tea, u"150"_s)}, Operator::owner()).ok());
    QCOMPARE(settings.rules()->categoryPercentOf(u"TOBACCO"_s), 0);
    QCOMPARE(settings.rules()->categoryPercentOf(u"Tea"_s), 150);

    QVERIFY(settings.setMany({reset(tobacco)}, Operator::owner()).ok());
    QVERIFY(!hasRow(tobacco));
    QVERIFY(hasRow(tea));
    QCOMPARE(settings.rules()->categoryPercentOf(u"tobacco"_s), 100);
    QCOMPARE(settings.rules()->categoryPercent.size(), 1);
    // A category name longer than the limit is not a setting.
    const QString tooLong = Settings::categoryPrefix() + QString(Settings::kMaxCategoryLength + 1, u'x');
    QCOMPARE(settings.setMany({to(tooLong, u"50"_s)}, Operator::owner()).error().field, tooLong);
}

void TestSettings::rulesFollowAChange()
{
    Settings settings(db());
    QCOMPARE(settings.rules()->memberDayPercent, 200); // read and cached
    QVERIFY(
        settings.setMany({to(u"promo.member_day_percent"_s, u"300"_s), to(u"expiry.mode"_s, u"none"_s)}, Operator::owner()).ok());
    QCOMPARE(settings.rules()->memberDayPercent, 300);
    QCOMPARE(settings.rules()->expiryMode, ExpiryMode::None);
    QCOMPARE(Settings(db()).rules()->memberDayPercent, 300);
}

void TestSettings::rulesFrom_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<int>("memberDay");
    QTest::addColumn<int>("memberDayPercent");
    QTest::addColumn<qint64>("redeemPointsPerYuan");
    QTest::addColumn<ExpiryMode>("mode");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("teaPercent");

    QTest::newRow("nothing: the defaults") << Values{} << QString() << 11 << 200 << qint64(100) << ExpiryMode::Rolling << 12
                                           << 100;
    QTest::newRow("form values") << Values{{u"promo.member_day"_s, u"0"_s}, {u"promo.member_day_percent"_s, u"150"_s},
        {u"redeem.points_per_yuan"_s, u"50"_s}, {u"expiry.mode"_s, u"yearly"_s}, {u"expiry.months"_s, u"6"_s},
        {u"earn.category_percent.TEA"_s, u"120"_s}}
                                 << QString() << 0 << 150 << qint64(50) << ExpiryMode::Yearly << 6 << 120;
    QTest::newRow("other settings and unknown keys are ignored")
        << Values{{u"shop.name"_s, QString()}, {u"promo.unknown"_s, u"x"_s}, {u"expiry.mode"_s, u"none"_s}} << QString() << 11
        << 200 << qint64(100) << ExpiryMode::None << 12 << 100;
    QTest::newRow("out of range: an error") << Values{{u"promo.member_day"_s, u"32"_s}} << u"promo.member_day"_s << 0 << 0
                                            << qint64(0) << ExpiryMode::Rolling << 0 << 0;
    QTest::newRow("bad mode: an error") << Values{{u"expiry.mode"_s, u"monthly"_s}} << u"expiry.mode"_s << 0 << 0 << qint64(0)
                                        << ExpiryMode::Rolling << 0 << 0;
    QTest::newRow("bad category percent: an error")
        << Values{{u"earn.category_percent.tea"_s, u"-5"_s}} << u"earn.category_percent.tea"_s << 0 << 0 << qint64(0)
        << ExpiryMode::Rolling << 0 << 0;
}

void TestSettings::rulesFrom()
{
    QFETCH(Values, values);
    QFETCH(QString, errorField);
    const auto rules = Settings::rulesFrom(values);
    if (!errorField.isEmpty()) {
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().field, errorField);
        return;
    }
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
    QTEST(rules->memberDay, "memberDay");
    QTEST(rules->memberDayPercent, "memberDayPercent");
    QTEST(rules->redeemPointsPerYuan, "redeemPointsPerYuan");
    QTEST(rules->expiryMode, "mode");
    QTEST(rules->expiryMonths, "months");
    QTEST(rules->categoryPercentOf(u"Tea"_s), "teaPercent");
}

void TestSettings::rulesAreRulesFromTheStoredValues()
{
    Settings settings(db());
    QVERIFY(settings
                .setMany({to(u"earn.points_per_yuan"_s, u"3"_s), to(u"bonus.referral_points"_s, u"500"_s),
                             to(u"earn.category_percent.snacks"_s, u"50"_s), to(u"redeem.max_percent"_s, u"30"_s)},
                    Operator::owner())
                .ok());
    const auto stored = settings.storedValues();
    QVERIFY(stored.ok());
    const auto fromValues = Settings::rulesFrom(*stored);
    const auto fromFile = settings.rules();
    QVERIFY(fromValues.ok() && fromFile.ok());
    QCOMPARE(fromFile->pointsPerYuan, 3);
    QCOMPARE(fromValues->pointsPerYuan, fromFile->pointsPerYuan);
    QCOMPARE(fromValues->referralPoints, qint64(500));
    QCOMPARE(fromValues->referralPoints, fromFile->referralPoints);
    QCOMPARE(fromValues->redeemMaxPercent, fromFile->redeemMaxPercent);
    QCOMPARE(fromValues->categoryPercent, fromFile->categoryPercent);
}

void TestSettings::emptyTextIsStoredAsEmpty()
{
    // A form's empty field can come as a null QString: stored as an empty value, never NULL.
    Settings settings(db());
    QVERIFY(settings.setMany({{u"printer.name"_s, QString()}, {u"shop.footer"_s, QString()}}, Operator::owner()).ok());
    QCOMPARE(*settings.get(u"printer.name"_s), QString());
    QVERIFY(settings.get(u"printer.name"_s)->isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
