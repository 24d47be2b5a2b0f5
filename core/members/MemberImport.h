#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Operator.h"

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace loyalty {

class Database;

// Members from a CSV file (SPEC §6): a paper list typed into Excel, another program's export, or
// this program's own members export. The header names the columns, in English (card, name, phone,
// gender, birthday, email, points, tags, note, joined) or Chinese (卡号 姓名 手机 性别 生日 邮箱 积分
// 标签 备注, and the Traditional forms); other columns (tier, spend_12m, visits, last_visit, state)
// are read by nothing. Every bad row is reported with the line where it starts and why; the good
// ones go in together in one transaction; points become an `adjust` entry with reason "import". A
// dry run reports exactly what the import would do and changes nothing.
struct ImportProblem {
    int line = 0;
    QString reason;
};

struct ImportReport {
    qint64 imported = 0;        // (a dry run: would be)
    qint64 skipped = 0;         // rows with a problem
    QList<ImportProblem> errors;
    QString encoding;           // "UTF-8", "GB18030"
    bool dryRun = false;
};

class MemberImport {
    Q_DECLARE_TR_FUNCTIONS(MemberImport)

public:
    MemberImport(Database &db, const Clock &clock, Operator op = Operator::owner()) : m_db(db), m_clock(clock), m_operator(std::move(op)) {}

    static constexpr qint64 kMaxPoints = 10'000'000;

    // Refused whole (nothing changed) when the file cannot be read as CSV, has no header, or no
    // name or phone column; otherwise the report. `mapping` says, for columns of the file by their
    // position, which field they hold ("" leaves one out), when the header's own names are not ours.
    Result<ImportReport> run(const QByteArray &bytes, bool dryRun, const QHash<int, QString> &mapping = {});
    // The header row's cells, for a person to map them (refused as run() would refuse the file).
    static Result<QStringList> headerOf(const QByteArray &bytes);
    // The fields a column can be mapped to, in the order to offer them.
    static QStringList fields();

    // The field a header names ("name" for "姓名"), empty when it is none of ours.
    static QString fieldOfHeader(const QString &header);

private:
    Database &m_db;
    const Clock &m_clock;
    Operator m_operator;
};

} // namespace loyalty
