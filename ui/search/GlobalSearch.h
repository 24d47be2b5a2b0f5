#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace loyalty::ui {

class ShopSession;

// The search field in the tool bar (F2 / Ctrl+F from anywhere): finds a member as the counter
// types — last 4 digits, name, pinyin initials — or takes a card from a barcode scanner (which
// types the number and Enter). Shows the matches in a list to pick with the arrows and Enter.
class GlobalSearch : public QLineEdit {
    Q_OBJECT

public:
    enum Roles { MemberIdRole = Qt::UserRole + 1, RegisterPhoneRole };
    static constexpr int kLimit = 12;

    explicit GlobalSearch(ShopSession &session, QWidget *parent = nullptr);
    QStandardItemModel *resultsModel() const { return m_results; }
    QCompleter *resultsCompleter() const { return m_completer; }

public slots:
    void focusSearch();

signals:
    void memberChosen(qint64 memberId);
    void registerRequested(const QString &phone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void runSearch(const QString &text);
    void choose(const QModelIndex &index);
    void chooseBest();
    void finish();

    ShopSession &m_session;
    QStandardItemModel *m_results = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace loyalty::ui
