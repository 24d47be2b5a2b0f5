// The member list model over a few thousand members: paging, sorting, searching.

#include "TestShop.h"

#include "common/ShopSession.h"
#include "members/MemberTableModel.h"
#include "storage/MemberRepository.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace loyalty;
using namespace loyalty::ui;

class TestMemberModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesThroughEveryMember_data();
    void pagesThroughEveryMember();
    void searchShowsRankedMatches();
    void archivedHiddenUnlessAsked();

private:
    std::unique_ptr<ShopSession> m_session;
    QTemporaryDir m_dir;
    static constexpr int kMembers = 1234;
};

void TestMemberModel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("model-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    auto db = Database::create(path, {QStringLiteral("Model"), QStringLiteral("CNY"), QStringLiteral("en")});
    QVERIFY(db);
    m_session = std::make_unique<ShopSession>();
    m_session->adopt(std::move(db).value());
    const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("Smith "), QStringLiteral("张")};
    Status s = m_session->database().transaction([&]() -> Status {
        for (int i = 0; i < kMembers; ++i) {
            MemberFields f;
            if (i % 50 != 7) // some members are known only by phone
                f.name = surnames.at(i % surnames.size()) + QString::number(i);
            if (i % 40 != 3) // some gave no phone
                f.phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
            if (auto m = m_session->members().add(f); !m)
                return m.error();
        }
        return {};
    });
    QVERIFY2(s, s ? "" : qPrintable(s.error().message));
}

void TestMemberModel::cleanup()
{
    m_session.reset();
}

void TestMemberModel::pagesThroughEveryMember_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c) {
        QTest::addRow("column %d ascending", c) << c << Qt::AscendingOrder;
        QTest::addRow("column %d descending", c) << c << Qt::DescendingOrder;
    }
}

void TestMemberModel::pagesThroughEveryMember()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    MemberTableModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    QCOMPARE(model.totalCount(), kMembers);
    QVERIFY(model.rowCount() < kMembers); // pages, not everything at once
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kMembers);
    // Every member exactly once, in order.
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.memberAt(r)->id);
    QCOMPARE(ids.size(), kMembers);
    if (column == MemberTableModel::CardColumn) {
        for (int r = 1; r < model.rowCount(); ++r) {
            const QString a = model.memberAt(r - 1)->card, b = model.memberAt(r)->card;
            QVERIFY2(order == Qt::AscendingOrder ? a < b : a > b, qPrintable(a + u' ' + b));
        }
    }
    if (column == MemberTableModel::NameColumn && order == Qt::AscendingOrder) {
        // Members without a name come after everyone with one.
        QVERIFY(!model.memberAt(0)->name.isEmpty());
        QVERIFY(model.memberAt(kMembers - 1)->name.isEmpty());
    }
}

void TestMemberModel::searchShowsRankedMatches()
{
    MemberTableModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("00000012"));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.memberAt(0)->phone, QStringLiteral("13900000012"));
    QVERIFY(!model.canFetchMore({}));
    model.setSearch(QString());
    QCOMPARE(model.totalCount(), kMembers);
}

void TestMemberModel::archivedHiddenUnlessAsked()
{
    auto m = m_session->members().resolve(QStringLiteral("13900000010"));
    QVERIFY(m);
    QVERIFY(m_session->members().archive(m->id));
    MemberTableModel model(*m_session);
    QCOMPARE(model.totalCount(), kMembers - 1);
    model.setIncludeArchived(true);
    QCOMPARE(model.totalCount(), kMembers);
}

QTEST_MAIN(TestMemberModel)
#include "test_membermodel.moc"
