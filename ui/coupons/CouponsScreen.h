#pragma once

#include "coupons/CouponService.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace loyalty::ui {

class ShopSession;

// A new coupon template (owner): what it gives, its conditions, how long it is valid, whether it
// comes by itself (with an upgrade, in the birthday month), the text on its slip.
class TemplateDialog : public QDialog {
    Q_OBJECT

public:
    explicit TemplateDialog(ShopSession &session, QWidget *parent = nullptr);
    // Stores the template; false with the problem shown when refused.
    bool save();

private:
    void updateFields();

    ShopSession &m_session;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLineEdit *m_minSpend = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_auto = nullptr;
    QLineEdit *m_slipText = nullptr;
    QLabel *m_problem = nullptr;
};

// Coupons (SPEC §3.6): the templates with what became of their coupons (issued, redeemed, the
// rate and the money paid at the visits that used them), and campaigns: one coupon to each active
// member of a tier or higher in the states chosen (the alert list, say), printed as A4 sheets to
// cut or one slip each.
class CouponsScreen : public QWidget {
    Q_OBJECT

public:
    explicit CouponsScreen(ShopSession &session, QWidget *parent = nullptr);

public slots:
    void refresh();
    void newTemplate();
    // Runs the campaign set in the form after asking; offers the A4 sheets. False when not run.
    bool runCampaign();

signals:
    // The campaign's audience was counted (on a worker thread) and shown.
    void audienceCounted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateAudience();
    CouponService::Audience chosenAudience() const;

    ShopSession &m_session;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QTableWidget *m_templates = nullptr;
    QPushButton *m_new = nullptr;
    QComboBox *m_campaignTemplate = nullptr;
    QComboBox *m_campaignTier = nullptr;
    QComboBox *m_campaignStates = nullptr;
    QLabel *m_statesLabel = nullptr;
    QLineEdit *m_campaignName = nullptr;
    QLabel *m_audience = nullptr;
    QPushButton *m_run = nullptr;
    QTableWidget *m_campaigns = nullptr;
    int m_audienceAsked = 0;
};

} // namespace loyalty::ui
