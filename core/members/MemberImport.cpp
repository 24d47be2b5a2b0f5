#include "members/MemberImport.h"

#include "csv/CsvReader.h"
#include "members/MemberService.h"
#include "members/PhoneNumber.h"
#include "points/PointsService.h"
#include "shop/AuditLog.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>
#include <QRegularExpression>

namespace loyalty {

QString MemberImport::fieldOfHeader(const QString &header)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("card"), QStringLiteral("card")},         {QStringLiteral("卡号"), QStringLiteral("card")},
        {QStringLiteral("卡號"), QStringLiteral("card")},         {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("姓名"), QStringLiteral("name")},         {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("手机"), QStringLiteral("phone")},        {QStringLiteral("手機"), QStringLiteral("phone")},
        {QStringLiteral("gender"), QStringLiteral("gender")},     {QStringLiteral("性别"), QStringLiteral("gender")},
        {QStringLiteral("性別"), QStringLiteral("gender")},       {QStringLiteral("birthday"), QStringLiteral("birthday")},
        {QStringLiteral("生日"), QStringLiteral("birthday")},     {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("邮箱"), QStringLiteral("email")},        {QStringLiteral("郵箱"), QStringLiteral("email")},
        {QStringLiteral("電郵"), QStringLiteral("email")},        {QStringLiteral("points"), QStringLiteral("points")},
        {QStringLiteral("积分"), QStringLiteral("points")},       {QStringLiteral("積分"), QStringLiteral("points")},
        {QStringLiteral("tags"), QStringLiteral("tags")},         {QStringLiteral("标签"), QStringLiteral("tags")},
        {QStringLiteral("標籤"), QStringLiteral("tags")},         {QStringLiteral("note"), QStringLiteral("note")},
        {QStringLiteral("备注"), QStringLiteral("note")},         {QStringLiteral("備註"), QStringLiteral("note")},
        {QStringLiteral("joined"), QStringLiteral("joined")},     {QStringLiteral("入会日期"), QStringLiteral("joined")},
        {QStringLiteral("入會日期"), QStringLiteral("joined")},
    };
    return names.value(header.trimmed().toLower());
}

namespace {
// A text cell written by our export with the formula guard: the ' comes off again.
QString unguarded(const QString &cell)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return cell.size() >= 2 && cell.front() == u'\'' && starts.contains(cell.at(1)) ? cell.mid(1) : cell;
}

QString genderOf(const QString &cell)
{
    const QString g = cell.trimmed().toLower();
    if (g == u"女" || g == u"female")
        return QStringLiteral("f");
    if (g == u"男" || g == u"male")
        return QStringLiteral("m");
    if (g.isEmpty())
        return QStringLiteral("unknown");
    return g;
}
} // namespace

QStringList MemberImport::fields()
{
    return {QStringLiteral("name"),  QStringLiteral("phone"),  QStringLiteral("card"), QStringLiteral("gender"), QStringLiteral("birthday"),
            QStringLiteral("email"), QStringLiteral("points"), QStringLiteral("tags"), QStringLiteral("note"),   QStringLiteral("joined")};
}

namespace {
// The file's records, the header first; refused as a whole file is.
Result<QList<CsvRecord>> recordsOf(const QByteArray &bytes, QString *encoding)
{
    auto text = CsvReader::decode(bytes, encoding);
    if (!text)
        return text.error();
    auto records = CsvReader::parse(*text);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::refused(MemberImport::tr("The file is empty: a header row naming the columns is needed."));
    return records;
}
} // namespace

Result<QStringList> MemberImport::headerOf(const QByteArray &bytes)
{
    auto records = recordsOf(bytes, nullptr);
    if (!records)
        return records.error();
    return records->first().fields;
}

Result<ImportReport> MemberImport::run(const QByteArray &bytes, bool dryRun, const QHash<int, QString> &mapping)
{
    if (!m_operator.isOwner())
        return Error::permission(tr("Only the owner can import members."));
    ImportReport report;
    report.dryRun = dryRun;
    auto records = recordsOf(bytes, &report.encoding);
    if (!records)
        return records.error();
    const CsvRecord header = records->takeFirst();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString field = mapping.contains(i) ? mapping.value(i) : fieldOfHeader(unguarded(header.fields.at(i)));
        if (!field.isEmpty() && !column.contains(field))
            column.insert(field, i);
    }
    if (!column.contains(QStringLiteral("name")) && !column.contains(QStringLiteral("phone")))
        return Error::refused(tr("Line 1: no column is named name or phone (姓名, 手机): this is not a list of members, or its header is "
                                 "missing."));

    struct Good {
        int line;
        MemberFields fields;
        MemberService::Existing existing;
        qint64 points;
    };
    QList<Good> good;
    QHash<QString, int> phones;   // normalised phone → the line it first came on
    QHash<QString, int> cards;
    MemberService members(m_db, m_clock, m_operator);
    static const QRegularExpression cardPattern(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    const QDate today = m_clock.today();
    for (const CsvRecord &r : std::as_const(*records)) {
        const auto cell = [&](const char *name) -> std::optional<QString> {
            const int i = column.value(QString::fromLatin1(name), -1);
            if (i < 0)
                return std::nullopt;
            return i < r.fields.size() ? unguarded(r.fields.at(i)).trimmed() : QString();
        };
        const auto refuse = [&](const QString &reason) {
            report.errors << ImportProblem{r.line, reason};
            ++report.skipped;
        };
        // A row of empty cells (what a spreadsheet leaves below a list) is no member and no problem.
        if (std::all_of(r.fields.cbegin(), r.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        if (r.fields.size() > header.fields.size()) {
            refuse(tr("%1 fields, but the header names %2.").arg(r.fields.size()).arg(header.fields.size()));
            continue;
        }
        Good g{r.line, {}, {}, 0};
        g.fields.name = cell("name");
        g.fields.phone = cell("phone");
        if (auto gender = cell("gender"))
            g.fields.gender = genderOf(*gender);
        g.fields.birthday = cell("birthday");
        g.fields.email = cell("email");
        g.fields.tags = cell("tags");
        g.fields.note = cell("note");
        for (std::optional<QString> *f : {&g.fields.birthday, &g.fields.email, &g.fields.tags, &g.fields.note})
            if (*f && (*f)->isEmpty())
                f->reset();
        if (const auto card = cell("card"); card && !card->isEmpty()) {
            if (!cardPattern.match(*card).hasMatch()) {
                refuse(tr("The card number “%1” has other than letters, digits and dashes, or more than 32 of them.").arg(card->left(40)));
                continue;
            }
            if (const int first = cards.value(*card); first > 0) {
                refuse(tr("Card %1 is on line %2 already.").arg(*card).arg(first));
                continue;
            }
            auto taken = members.repository().byCard(*card);
            if (!taken)
                return taken.error();
            if (*taken) {
                refuse(tr("Card %1 already belongs to %2.").arg(*card, (*taken)->displayName()));
                continue;
            }
            g.existing.card = *card;
        }
        if (const auto joined = cell("joined"); joined && !joined->isEmpty()) {
            const QDate day = QDate::fromString(joined->left(10), Qt::ISODate);
            if (!day.isValid() || day > today) {
                refuse(tr("“%1” is not a day that has been: write joined as YYYY-MM-DD.").arg(joined->left(40)));
                continue;
            }
            g.existing.joined = day;
        }
        if (const auto points = cell("points"); points && !points->isEmpty()) {
            bool ok = false;
            const qint64 n = points->toLongLong(&ok);
            if (!ok || n < 0 || n > kMaxPoints) {
                refuse(tr("Points are a whole number from 0 to %1, not “%2”.").arg(kMaxPoints).arg(points->left(40)));
                continue;
            }
            g.points = n;
        }
        // Duplicates in the file are told, not merged (the shop's own are told by validate()).
        if (g.fields.phone && !g.fields.phone->isEmpty())
            if (auto phone = PhoneNumber::normalise(*g.fields.phone)) {
                if (const int first = phones.value(*phone); first > 0) {
                    refuse(tr("The phone number %1 is on line %2 already.").arg(*phone).arg(first));
                    continue;
                }
            }
        if (g.fields.phone && g.fields.phone->isEmpty())
            g.fields.phone.reset();
        if (const QList<Error> problems = members.validate(g.fields); !problems.isEmpty()) {
            QStringList reasons;
            for (const Error &e : problems)
                reasons << e.message;
            refuse(reasons.join(QStringLiteral(" ")));
            continue;
        }
        if (g.fields.phone)
            if (auto phone = PhoneNumber::normalise(*g.fields.phone))
                phones.insert(*phone, r.line);
        if (!g.existing.card.isEmpty())
            cards.insert(g.existing.card, r.line);
        good << g;
    }
    report.imported = good.size();
    if (dryRun || good.isEmpty())
        return report;

    Status s = m_db.transaction([&]() -> Status {
        PointsService points(m_db, m_clock, m_operator);
        // Rows that bring their card first: a card given out from the sequence then passes over
        // them, so the import does exactly what its dry run said.
        std::stable_partition(good.begin(), good.end(), [](const Good &g) { return !g.existing.card.isEmpty(); });
        for (const Good &g : std::as_const(good)) {
            auto added = members.addExisting(g.fields, g.existing);
            if (!added)
                return Error(added.error().code, tr("Line %1: %2").arg(g.line).arg(added.error().message), added.error().field);
            if (g.points > 0)
                if (auto adjusted = points.adjust(added->id, g.points, QStringLiteral("import")); !adjusted)
                    return adjusted.error();
        }
        return AuditLog(m_db).record(m_operator, QStringLiteral("import"),
                                     {{QStringLiteral("what"), QStringLiteral("members")},
                                      {QStringLiteral("imported"), report.imported},
                                      {QStringLiteral("skipped"), report.skipped},
                                      {QStringLiteral("encoding"), report.encoding}});
    });
    if (!s)
        return s.error();
    return report;
}

} // namespace loyalty
