#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace loyalty::ui {

// Where shop files live and which were used recently (per-machine UI state in QSettings).
class ShopFiles {
public:
    static QString dataFolder();
    static QString defaultShopPath();   // AppDataLocation/shop.sqlite (SPEC §2)
    static QString demoShopPath();      // AppDataLocation/demo.sqlite
    static QStringList recent();
    static void addRecent(const QString &path);
    static void removeRecent(const QString &path);
    static QString lastOpened();
    static constexpr int kMaxRecent = 8;
    static constexpr int kDemoMembers = 2000;
    static constexpr int kDemoVisits = 60000;   // about two years of a busy cafe's members
};

// Builds the demo shop in a worker thread with a progress dialog and a cancel button; the GUI
// thread never waits on it. Returns the opened shop, or nullptr when cancelled or failed (after
// telling the user why).
class DemoShopBuilder : public QObject {
    Q_OBJECT

public:
    static std::unique_ptr<Database> build(QWidget *parent, const QString &path, const QString &language);
};

} // namespace loyalty::ui
