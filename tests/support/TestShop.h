#pragma once

// A temporary shop for one test: its own folder, a fresh shop file and a clock that stands still.

#include "common/Clock.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Runs `expr` (a Result or Status) into `var` and fails the test with its message unless it succeeded.
#define REQUIRE_OK(var, expr)                                                                      \
    auto var = (expr);                                                                             \
    QVERIFY2(var.ok(), qPrintable(var.ok() ? QString() : QStringLiteral("failed: ") + var.error().message))

namespace loyalty::test {

class TestShop {
public:
    explicit TestShop(const QString &language = QStringLiteral("en"),
                      const QDateTime &now = QDateTime(QDate(2026, 3, 11), QTime(10, 0)))
        : clock(now)
    {
        QStandardPaths::setTestModeEnabled(true);
        path = dir.filePath(QStringLiteral("shop.sqlite"));
        auto made = Database::create(path, {QStringLiteral("Test Shop"), QStringLiteral("CNY"), language});
        if (!made)
            qFatal("cannot create test shop: %s", qPrintable(made.error().message));
        db = std::move(made).value();
    }

    Database &database() { return *db; }

    QTemporaryDir dir;
    QString path;
    FixedClock clock;
    std::unique_ptr<Database> db;
};

} // namespace loyalty::test
