#include "common/TierFilter.h"

#include "common/ShopSession.h"
#include "storage/TierRepository.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace loyalty::ui {

void TierFilter::fill(QComboBox *combo, ShopSession &session, const QString &first)
{
    const QSignalBlocker quiet(combo);
    const int chosen = combo->currentData().toInt();
    combo->clear();
    combo->addItem(first, 0);
    if (session.isOpen())
        if (auto ladder = TierRepository(session.database()).ladder())
            for (const Tier &t : ladder->tiers())
                if (t.level > 0)
                    combo->addItem(tr("%1 and higher").arg(t.name), t.level);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace loyalty::ui
