#pragma once

// What both black-box tests of loyaltydesk-cli share: a sandbox (a temporary shop folder and a fake
// home), running the real binary through QProcess, and checks of the SPEC §7 contract — exit
// codes, one JSON object on stdout, integers written as integers.

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#ifndef LOYALTY_CLI
#error "LOYALTY_CLI must name the loyaltydesk-cli binary"
#endif

namespace loyalty::test {

using namespace Qt::StringLiterals;

// One finished run of the program.
struct Run {
    QStringList args;
    int code = -1; // -1: did not start or did not finish; -2: crashed
    QByteArray out;
    QByteArray err;

    QString describe(int expected = -100) const
    {
        QString text = u"loyaltydesk-cli "_s + args.join(u' ').left(300) + u"\n  exit "_s + QString::number(code);
        if (expected != -100)
            text += u" (expected "_s + QString::number(expected) + u')';
        text += u"\n  stdout: "_s + QString::fromUtf8(out.left(600)) + u"\n  stderr: "_s + QString::fromUtf8(err.left(600));
        return text;
    }
};

// A temporary folder for one test: the shop file lives in shop/, the fake home in home/.
class Sandbox {
public:
    Sandbox()
    {
        QDir().mkpath(shopDir());
        QDir().mkpath(home());
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString shopDir() const { return m_dir.filePath(u"shop"_s); }
    QString db() const { return shopFile(u"shop.sqlite"_s); }
    QString shopFile(const QString &name) const { return QDir(shopDir()).filePath(name); }
    QString home() const { return m_dir.filePath(u"home"_s); }
    QString dataHome() const { return home() + u"/.local/share"_s; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LOYALTYDESK_OPERATOR"_s, u"LOYALTYDESK_PIN"_s, u"LC_MESSAGES"_s, u"LC_CTYPE"_s})
            env.remove(name);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, home());
        env.insert(u"XDG_DATA_HOME"_s, dataHome());
        env.insert(u"XDG_CONFIG_HOME"_s, home() + u"/.config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home() + u"/.cache"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, path()); // QTemporaryDir is 0700, as Qt wants it
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

private:
    QTemporaryDir m_dir;
};


// Runs the program with exactly these arguments, in `workDir` (default: the sandbox).
inline Run runCli(const Sandbox &box, const QStringList &args, const QString &workDir = {})
{
    Run r;
    r.args = args;
    QProcess p;
    p.setProgram(QStringLiteral(LOYALTY_CLI));
    p.setArguments(r.args);
    p.setProcessEnvironment(box.environment());
    p.setWorkingDirectory(workDir.isEmpty() ? box.path() : workDir);
    p.start();
    if (!p.waitForStarted(30000)) {
        r.err = "<did not start: " + p.errorString().toUtf8() + '>';
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) { // a guard against a hang, not a speed test
        p.kill();
        p.waitForFinished();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError() + "<hung and was killed>";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

// Empty when `out` is exactly one JSON object (whitespace around it allowed), else the problem.
inline QString jsonProblem(const QByteArray &out, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        return u"stdout is not one JSON object: "_s + error.errorString() + u" at offset "_s + QString::number(error.offset);
    if (!doc.isObject())
        return u"stdout is JSON but not an object"_s;
    if (object)
        *object = doc.object();
    return {};
}

// Empty when `key` holds a JSON integer: a number written without a fraction or an exponent.
inline QString integerProblem(const QByteArray &out, const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return u"no field "_s + key;
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return key + u" is not a number"_s;
    if (std::floor(v.toDouble()) != v.toDouble())
        return key + u" is not a whole number"_s;
    const QRegularExpression written(u"\""_s + QRegularExpression::escape(key) + u"\"\\s*:\\s*-?[0-9]+\\s*[,}\\]]"_s);
    if (!written.match(QString::fromUtf8(out)).hasMatch())
        return key + u" is not written as an integer"_s;
    return {};
}

} // namespace loyalty::test

// Asserts the exit code, showing the whole run when it differs.
#define CHECK_EXIT(run, expected)                                                 \
    do {                                                                          \
        const Run &run_ = (run);                                                  \
        QVERIFY2(run_.code == (expected), qPrintable(run_.describe(expected)));   \
    } while (false)

// Asserts a successful run with --json: exit 0, nothing on stderr, exactly one JSON object on stdout,
// which is put in `object`.
#define CHECK_JSON_OK(run, object)                                                                              \
    QJsonObject object;                                                                                         \
    do {                                                                                                        \
        CHECK_EXIT(run, 0);                                                                                     \
        QVERIFY2((run).err.isEmpty(), qPrintable(u"stderr is not empty on success\n"_s + (run).describe()));  \
        const QString problem_ = jsonProblem((run).out, &object);                                              \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_ + u'\n' + (run).describe()));                          \
    } while (false)

#define CHECK_INTEGER(run, object, key)                                                                   \
    do {                                                                                                  \
        const QString problem_ = integerProblem((run).out, object, key);                                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_ + u'\n' + (run).describe()));                    \
    } while (false)

// Asserts a refusal or unusable file: the code, a message on stderr, and on stdout nothing (text
// mode) or exactly one JSON object (--json).
#define CHECK_FAILURE(run, expected, json)                                                                        \
    do {                                                                                                          \
        CHECK_EXIT(run, expected);                                                                                \
        QVERIFY2(!(run).err.trimmed().isEmpty(), qPrintable(u"no message on stderr\n"_s + (run).describe()));   \
        if (json) {                                                                                               \
            if (!(run).out.trimmed().isEmpty()) {                                                                 \
                const QString problem_ = jsonProblem((run).out, nullptr);                                         \
                QVERIFY2(problem_.isEmpty(), qPrintable(problem_ + u'\n' + (run).describe()));                    \
            }                                                                                                     \
        } else {                                                                                                  \
            QVERIFY2((run).out.isEmpty(), qPrintable(u"stdout is not empty on failure\n"_s + (run).describe())); \
        }                                                                                                         \
    } while (false)

