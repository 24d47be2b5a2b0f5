#pragma once

#include "members/Member.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace loyalty::ui {

class ShopSession;

// Registers a new member or edits one. Every field is checked as it is typed, by the same
// MemberService rules the command line uses, and problems are shown under the field.
class MemberDialog : public QDialog {
    Q_OBJECT

public:
    // A new member (with `prefillPhone` typed in, e.g. from a search that found nobody).
    MemberDialog(ShopSession &session, QWidget *parent = nullptr, const QString &prefillPhone = {});
    // Editing `member`.
    MemberDialog(ShopSession &session, const Member &member, QWidget *parent = nullptr);

    // The member as saved (valid after accept()).
    const Member &member() const { return m_member; }
    // The message shown under a field ("name", "phone", …), empty when none; for tests.
    QString errorFor(const QString &field) const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void load(const Member &member);
    MemberFields fields() const;
    void validateNow();
    void showErrors(const QList<Error> &errors, bool all);
    void markTouched(const QString &field);

    ShopSession &m_session;
    Member m_member;
    bool m_editing = false;
    bool m_triedSave = false;
    QSet<QString> m_touched;

    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_birthday = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_referrer = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QTimer *m_validateTimer = nullptr;
};

} // namespace loyalty::ui
