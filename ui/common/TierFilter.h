#pragma once

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace loyalty::ui {

class ShopSession;

// A combo box choosing "a tier and higher": `first` (level 0, everybody), then "Silver and higher",
// "Gold and higher"… with the level as item data. The choice is kept when filled again.
struct TierFilter {
    Q_DECLARE_TR_FUNCTIONS(TierFilter)

public:
    static void fill(QComboBox *combo, ShopSession &session, const QString &first);
};

} // namespace loyalty::ui
