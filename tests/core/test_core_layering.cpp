// The layering rule (STYLE.md "Layers"): nothing under core/ includes a widget, chart or printing
// header, and money is never a double or a float (SPEC §2). Reports the file and line that breaks it.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

#ifndef LOYALTY_CORE_DIR
#error "LOYALTY_CORE_DIR must name the core/ source folder"
#endif

namespace {

struct Violation {
    int line = 0;
    QString what;
};

// The text of a C++ file with comments and string literals blanked out (line breaks kept), so a
// comment that says "never a double" is not mistaken for code.
QString codeOnly(const QString &text)
{
    QString out = text;
    enum { Code, LineComment, BlockComment, String, Char } state = Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == u'/' && next == u'/') {
                state = LineComment;
                out[i] = u' ';
            } else if (c == u'/' && next == u'*') {
                state = BlockComment;
                out[i] = u' ';
                out[++i] = u' ';
            } else if (c == u'"') {
                state = String;
            } else if (c == u'\'') {
                // A digit separator (100'000) is not a character literal.
                const bool separator = i > 0 && out.at(i - 1).isLetterOrNumber() && next.isLetterOrNumber();
                if (!separator)
                    state = Char;
            }
            break;
        case LineComment:
            if (c == u'\n')
                state = Code;
            else
                out[i] = u' ';
            break;
        case BlockComment:
            if (c == u'*' && next == u'/') {
                out[i] = u' ';
                out[++i] = u' ';
                state = Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        case String:
        case Char:
            if (c == u'\\') {
                out[i] = u' ';
                if (i + 1 < out.size() && out.at(i + 1) != u'\n')
                    out[++i] = u' ';
            } else if ((state == String && c == u'"') || (state == Char && c == u'\'')) {
                state = Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        }
    }
    return out;
}

// Raw string literals (R"(...)") hold SQL; blank them before the scan above sees their quotes.
QString withoutRawStrings(const QString &text)
{
    static const QRegularExpression raw(QStringLiteral("R\"([^(\\s]*)\\((.*?)\\)\\1\""),
                                        QRegularExpression::DotMatchesEverythingOption);
    QString out = text;
    auto it = raw.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            if (out.at(i) != u'\n')
                out[i] = u' ';
        out[m.capturedStart()] = u'R';
        out[m.capturedStart() + 1] = u'"';
        out[m.capturedEnd() - 1] = u'"';
    }
    return out;
}

QList<Violation> widgetIncludes(const QString &text)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    static const QStringList forbidden = {
        u"QtWidgets"_s, u"QWidget"_s,     u"QApplication"_s, u"QMainWindow"_s, u"QDialog"_s,
        u"QMessageBox"_s, u"QLabel"_s,    u"QLineEdit"_s,    u"QPushButton"_s, u"QTableView"_s,
        u"QtCharts"_s,  u"QChart"_s,      u"QChartView"_s,   u"QPrinter"_s,    u"QPrintDialog"_s,
        u"QtPrintSupport"_s,
    };
    QList<Violation> found;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const auto m = include.match(lines.at(n));
        if (!m.hasMatch())
            continue;
        const QString header = m.captured(1);
        const QStringList parts = header.split(u'/');
        const QString base = parts.last().section(u'.', 0, 0);
        const bool moduleFolder = parts.size() > 1
                                  && (parts.first() == u"QtWidgets" || parts.first() == u"QtCharts" || parts.first() == u"QtPrintSupport");
        if (moduleFolder || forbidden.contains(base) || base.startsWith(u"ui_"))
            found << Violation{int(n + 1), u"includes <%1>"_s.arg(header)};
    }
    return found;
}

QList<Violation> floatingMoney(const QString &text)
{
    static const QRegularExpression floating(QStringLiteral(R"(\b(double|float|qreal)\b)"));
    static const QRegularExpression money(QStringLiteral("cent|point|amount|price|money|balance"),
                                          QRegularExpression::CaseInsensitiveOption);
    QList<Violation> found;
    const QStringList lines = codeOnly(withoutRawStrings(text)).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (floating.match(line).hasMatch() && money.match(line).hasMatch())
            found << Violation{int(n + 1), u"floating point next to money: %1"_s.arg(line.simplified())};
    }
    return found;
}

// SQL belongs in core/storage/ (STYLE.md "Core"): elsewhere no <QSqlQuery>, no <sqlite3.h> and
// no string that starts with an SQL statement.
QList<Violation> sqlStatements(const QString &text)
{
    static const QRegularExpression sqlInclude(QStringLiteral("^\\s*#\\s*include\\s*[<\"]((QtSql/)?QSql(Query|Result)|sqlite3\\.h)[>\"]"));
    // A quote, or a raw string's opening R"delimiter(, then an SQL statement's first word.
    static const QRegularExpression sqlString(QStringLiteral(
        "(R\"[^(\\s]*\\(|\")\\s*(SELECT|INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|PRAGMA|CREATE|DROP|ALTER|BEGIN|WITH)\\b"));
    QList<Violation> found;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (sqlInclude.match(line).hasMatch() || sqlString.match(line).hasMatch())
            found << Violation{int(n + 1), u"SQL outside core/storage: %1"_s.arg(line.simplified())};
    }
    return found;
}

} // namespace

class TestCoreLayering : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The scanner itself, on samples: it must catch what it is there to catch.
    void scannerCatches_data();
    void scannerCatches();

    void coreHasNoWidgetIncludes();
    void coreHasNoFloatingPointMoney();
    void scannerFindsSql_data();
    void scannerFindsSql();
    void sqlStaysInStorage();

private:
    static QStringList coreSources();
};

void TestCoreLayering::scannerCatches_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("widgetLine");   // 0 when none
    QTest::addColumn<int>("floatingLine"); // 0 when none

    QTest::newRow("QWidget include") << u"#pragma once\n#include <QWidget>\n"_s << 2 << 0;
    QTest::newRow("module-qualified include") << u"#include <QtWidgets/QLabel>\n"_s << 1 << 0;
    QTest::newRow("QtWidgets module include") << u"\n\n  #  include <QtWidgets>\n"_s << 3 << 0;
    QTest::newRow("quoted QMessageBox include") << u"#include \"QMessageBox\"\n"_s << 1 << 0;
    QTest::newRow("chart include") << u"#include <QtCharts/QChart>\n"_s << 1 << 0;
    QTest::newRow("printer include") << u"#include <QPrinter>\n"_s << 1 << 0;
    QTest::newRow("print dialog include") << u"#include <QPrintDialog>\n"_s << 1 << 0;
    QTest::newRow("Designer header") << u"#include \"ui_MemberDialog.h\"\n"_s << 1 << 0;
    QTest::newRow("core Qt headers are fine") << u"#include <QString>\n#include <QImage>\n#include <QPainter>\n"_s << 0 << 0;
    QTest::newRow("QLabelFoo is not QLabel") << u"#include \"ui/QLabelFoo.h\"\n"_s << 0 << 0;
    QTest::newRow("double cents") << u"int a;\ndouble cents = 1.5;\n"_s << 0 << 2;
    QTest::newRow("float points") << u"float points(int x);\n"_s << 0 << 1;
    QTest::newRow("qreal price") << u"qreal unitPrice = 0;\n"_s << 0 << 1;
    QTest::newRow("double amount, mixed case") << u"const double totalAmount = x;\n"_s << 0 << 1;
    QTest::newRow("double balance after code") << u"int x; double balance;\n"_s << 0 << 1;
    QTest::newRow("double without money") << u"double ratio = 0.5;\n"_s << 0 << 0;
    QTest::newRow("money in a comment") << u"// An amount of money in cents. Never a double.\nint x;\n"_s << 0 << 0;
    QTest::newRow("money in a block comment") << u"/* double\n cents */ int x;\n"_s << 0 << 0;
    QTest::newRow("money in a string") << u"tr(\"a double amount\");\n"_s << 0 << 0;
    QTest::newRow("money in a raw string") << u"QStringLiteral(R\"(SELECT double, cents)\");\n"_s << 0 << 0;
    QTest::newRow("identifier containing double") << u"bool doubleIt = points > 0;\n"_s << 0 << 0;
    QTest::newRow("code after a string") << u"f(\"x\"); double cents;\n"_s << 0 << 1;
    QTest::newRow("digit separators") << u"constexpr qint64 kMax = 100'000; double cents;\n"_s << 0 << 1;
}

void TestCoreLayering::scannerCatches()
{
    QFETCH(QString, source);
    QFETCH(int, widgetLine);
    QFETCH(int, floatingLine);

    const QList<Violation> widgets = widgetIncludes(source);
    QCOMPARE(widgets.size(), widgetLine ? 1 : 0);
    if (widgetLine)
        QCOMPARE(widgets.first().line, widgetLine);

    const QList<Violation> floats = floatingMoney(source);
    QCOMPARE(floats.size(), floatingLine ? 1 : 0);
    if (floatingLine)
        QCOMPARE(floats.first().line, floatingLine);
}

QStringList TestCoreLayering::coreSources()
{
    QStringList files;
    QDirIterator it(QStringLiteral(LOYALTY_CORE_DIR), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

void TestCoreLayering::coreHasNoWidgetIncludes()
{
    const QStringList files = coreSources();
    // Guards against scanning the wrong folder and passing on nothing.
    QVERIFY2(files.size() >= 10, qPrintable(u"only %1 files under "_s.arg(files.size()) + QStringLiteral(LOYALTY_CORE_DIR)));
    QVERIFY(std::any_of(files.cbegin(), files.cend(), [](const QString &f) { return f.endsWith(u"/storage/Database.cpp"); }));

    QStringList problems;
    for (const QString &path : files) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        for (const Violation &v : widgetIncludes(QString::fromUtf8(f.readAll())))
            problems << u"%1:%2: %3"_s.arg(path).arg(v.line).arg(v.what);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"core/ must not use widgets:\n"_s + problems.join(u'\n')));
}

void TestCoreLayering::coreHasNoFloatingPointMoney()
{
    const QStringList files = coreSources();
    QVERIFY(files.size() >= 10);

    QStringList problems;
    int scanned = 0;
    for (const QString &path : files) {
        static const QStringList cpp = {u"h"_s, u"hpp"_s, u"cpp"_s, u"cc"_s, u"cxx"_s};
        if (!cpp.contains(QFileInfo(path).suffix()))
            continue;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        ++scanned;
        for (const Violation &v : floatingMoney(QString::fromUtf8(f.readAll())))
            problems << u"%1:%2: %3"_s.arg(path).arg(v.line).arg(v.what);
    }
    QVERIFY(scanned >= 10);
    QVERIFY2(problems.isEmpty(), qPrintable(u"money is integer cents, never floating point:\n"_s + problems.join(u'\n')));
}

void TestCoreLayering::scannerFindsSql_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line"); // 0 when none

    QTest::newRow("QSqlQuery include") << u"#include <QSqlQuery>\n"_s << 1;
    QTest::newRow("module-qualified include") << u"\n#include <QtSql/QSqlQuery>\n"_s << 2;
    QTest::newRow("SQLite's own interface") << u"#include <sqlite3.h>\n"_s << 1;
    QTest::newRow("a select") << u"int x;\nauto q = exec(db, QStringLiteral(\"SELECT 1\"));\n"_s << 2;
    QTest::newRow("an insert in a raw string") << u"QStringLiteral(R\"(INSERT INTO t VALUES (1))\");\n"_s << 1;
    QTest::newRow("a pragma") << u"QString p = u\"PRAGMA cache_size\"_s;\n"_s << 1;
    QTest::newRow("a delete") << u"f(\"  DELETE FROM members\");\n"_s << 1;
    QTest::newRow("words in a message are fine") << u"tr(\"Select a member, then update the note.\");\n"_s << 0;
    QTest::newRow("QSqlDatabase is fine") << u"#include <QSqlDatabase>\n"_s << 0;
    QTest::newRow("identifiers are fine") << u"void selectRow(); int updateCount;\n"_s << 0;
}

void TestCoreLayering::scannerFindsSql()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    const QList<Violation> found = sqlStatements(source);
    QCOMPARE(found.size(), line ? 1 : 0);
    if (line)
        QCOMPARE(found.first().line, line);
}

void TestCoreLayering::sqlStaysInStorage()
{
    const QStringList files = coreSources();
    QVERIFY(files.size() >= 10);
    QStringList problems;
    int inStorage = 0;
    for (const QString &path : files) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QList<Violation> found = sqlStatements(QString::fromUtf8(f.readAll()));
        if (path.contains(u"/storage/")) {
            inStorage += int(found.size());
            continue;
        }
        for (const Violation &v : found)
            problems << u"%1:%2: %3"_s.arg(path).arg(v.line).arg(v.what);
    }
    QVERIFY2(inStorage > 20, "the scanner finds the SQL where it belongs"); // it can see SQL at all
    QVERIFY2(problems.isEmpty(), qPrintable(u"SQL belongs in core/storage/:\n"_s + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCoreLayering)
#include "test_core_layering.moc"
