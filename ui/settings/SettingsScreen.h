#pragma once

#include "shop/Settings.h"
#include "tiers/Tier.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace loyalty::ui {

class ShopSession;
class TierTable;

// The points rules (SPEC §3.1-3.4) as a form over Settings: earning, bonuses, redeeming, expiry
// and the tier ladder, with a preview worked out by PointsRules from the values not saved yet, and Save /
// Revert. Save stores every change in one go (Settings::setMany). Read-only for cashiers.
class SettingsScreen : public QWidget {
    Q_OBJECT

public:
    explicit SettingsScreen(ShopSession &session, QWidget *parent = nullptr);

    // The rules in the form as settings (key → value), saved or not.
    QHash<QString, QString> formValues() const;
    // What Save would store: every key whose value differs from the shop file's; a category
    // percent that was removed goes back to its default (std::nullopt).
    QList<Settings::Change> changes() const;
    // The problem shown under a field (a settings key, "category" or "exampleAmount"), empty when
    // none; for tests.
    QString errorFor(const QString &field) const;

public slots:
    // Stores the changes; false (with the problem shown) when they were refused.
    bool save();
    // Puts back the values stored in the shop file.
    void revert();
    // Before the screen is left (another screen, another shop, quitting): with changes not saved,
    // asks whether to save them, drop them or stay. False: stay.
    bool maybeLeave();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *buildGroup(const QString &name, const QStringList &spins);
    QGroupBox *buildEarning();
    QGroupBox *buildExpiry();
    QGroupBox *buildPreview();
    QGroupBox *buildTiers();
    // Before thresholds change: how many members would move, and whether to go on.
    bool confirmLadder(const QList<Settings::Change> &changes);
    QSpinBox *spinFor(const QString &key, QWidget *parent);
    void addRow(QFormLayout *form, const QString &field, QWidget *editor);
    void setRowTexts(const QString &field, const QString &label, const QString &hint = {});
    void retranslateUi();
    void load();
    void formChanged();
    void updateEnabled();
    void updatePreview();
    void addCategory();
    void removeCategory();
    void addCategoryRow(const QString &name, int percent);
    void showError(const QString &field, const QString &message);
    void clearErrors();

    // What the status line tells when nothing is left unsaved.
    enum class LastAction { None, Saved, Reverted };

    ShopSession &m_session;
    QHash<QString, QString> m_saved; // the stored settings, as loaded
    bool m_loading = false;
    LastAction m_lastAction = LastAction::None;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_earning = nullptr;
    QGroupBox *m_bonuses = nullptr;
    QGroupBox *m_redeeming = nullptr;
    QGroupBox *m_expiry = nullptr;
    QGroupBox *m_preview = nullptr;
    QGroupBox *m_tiers = nullptr;
    TierTable *m_tierTable = nullptr;
    TierLadder m_savedLadder;       // the ladder stored, as loaded
    QHash<QString, QSpinBox *> m_spins; // by settings key
    QHash<QString, QLabel *> m_labels; // by field
    QHash<QString, QLabel *> m_hints;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_memberDayEarns = nullptr;
    QComboBox *m_expiryMode = nullptr;
    QTableWidget *m_categories = nullptr;
    QLineEdit *m_categoryName = nullptr;
    QSpinBox *m_categoryPercent = nullptr;
    QPushButton *m_addCategory = nullptr;
    QPushButton *m_removeCategory = nullptr;
    QLabel *m_exampleLabel = nullptr;
    QLineEdit *m_exampleAmount = nullptr;
    QLabel *m_exampleError = nullptr;
    QHash<QString, QLabel *> m_previewLines; // by name: memberDay, otherDay, category, bonuses, redeem, redeemVisit, expiry
    QLabel *m_previewNote = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace loyalty::ui
