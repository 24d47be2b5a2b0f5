// loyaltydesk-bench: builds a large shop through the core and measures the work the program really
// does (SPEC §9). Prints figures; it asserts nothing. Figures for work that does not exist yet in
// this version are printed as null.

#include "common/Clock.h"
#include "csv/CsvExport.h"
#include "demo/DemoGenerator.h"
#include "dormancy/DormancyService.h"
#include "reports/DashboardService.h"
#include "members/MemberService.h"
#include "storage/Database.h"
#include "rules/PointsRules.h"
#include "shop/Settings.h"
#include "storage/MemberRepository.h"
#include "storage/MemberTotalsRepository.h"
#include "storage/WalCheckpointer.h"
#include "visits/CheckoutService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace loyalty;

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(i);
}

// What the counter types: each query is typed one key at a time and searched after every key
// (from the second character on, as the search field does).
QStringList typedPrefixes(const QString &query)
{
    QStringList out;
    for (qsizetype n = std::min<qsizetype>(2, query.size()); n <= query.size(); ++n)
        out << query.left(n);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures LoyaltyDesk on a large shop (SPEC §9)."));
    parser.addHelpOption();
    const QCommandLineOption membersOpt(QStringLiteral("members"), QStringLiteral("Members to build."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption visitsOpt(QStringLiteral("visits"), QStringLiteral("Visits to build."), QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Shop file (reused when it exists)."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"), QStringLiteral("Searches to type."), QStringLiteral("Q"), QStringLiteral("2000"));
    const QCommandLineOption checkoutsOpt(QStringLiteral("checkouts"), QStringLiteral("Durable checkouts to record."), QStringLiteral("C"),
                                          QStringLiteral("2000"));
    parser.addOptions({membersOpt, visitsOpt, dbOpt, jsonOpt, queriesOpt, checkoutsOpt});
    parser.process(app);

    const int members = parser.value(membersOpt).toInt();
    const qint64 visits = parser.value(visitsOpt).toLongLong();
    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt) : QStringLiteral("bench.sqlite");
    QTextStream err(stderr);
    SystemClock clock;

    QJsonObject out;
    // 1. Build (or reuse) the shop through the core.
    QElapsedTimer t;
    t.start();
    bool reused = QFileInfo::exists(path);
    {
        auto db = reused ? Database::open(path) : Database::create(path, {QStringLiteral("Bench Shop"), QStringLiteral("CNY"), QStringLiteral("zh_CN")});
        if (!db) {
            err << db.error().message << '\n';
            return 3;
        }
        if (!reused) {
            DemoOptions options;
            options.members = members;
            options.visits = visits;
            options.seed = 42;
            auto built = DemoGenerator(**db, clock).run(options, [&err](qint64 done, qint64 total) {
                err << "building: " << done << " / " << total << " members and visits\r";
                err.flush();
                return true;
            });
            err << '\n';
            if (!built) {
                err << built.error().message << '\n';
                return 1;
            }
        }
    }
    out.insert(QStringLiteral("build_ms"), reused ? QJsonValue() : QJsonValue(t.elapsed()));
    // The synthetic build uses a large page cache of its own; the program's own work is measured
    // from here: its peak memory is rss_mb (the kernel's peak counter is reset), the build's is
    // build_rss_mb.
    out.insert(QStringLiteral("build_rss_mb"), peakRssMb());
    if (QFile clear(QStringLiteral("/proc/self/clear_refs")); clear.open(QIODevice::WriteOnly))
        clear.write("5");
    out.insert(QStringLiteral("reused_db"), reused);

    // 2. Start-up: open the file and be ready for the first search.
    t.start();
    auto opened = Database::open(path);
    if (!opened) {
        err << opened.error().message << '\n';
        return 3;
    }
    Database &db = **opened;
    MemberService service(db, clock);
    (void)service.find(QStringLiteral("1234"), 12);
    out.insert(QStringLiteral("startup_ms"), double(t.nsecsElapsed()) / 1e6);

    auto count = MemberRepository(db).count(true);
    out.insert(QStringLiteral("members"), count ? *count : -1);
    {
        auto q = exec(db.connection(), QStringLiteral("SELECT count(*) FROM visits"));
        out.insert(QStringLiteral("visits"), q && q->next() ? q->value(0).toLongLong() : -1);
    }

    // 3. Lookups as the counter types them: phone tails, cards, pinyin initials, name parts.
    QList<QString> queries;
    {
        QRandomGenerator rng(7);
        QList<Member> sample;
        auto total = count ? *count : 0;
        for (int i = 0; i < 400 && total > 0; ++i)
            if (auto m = service.byId(1 + qint64(rng.bounded(quint32(total)))))
                sample << *m;
        const int wanted = parser.value(queriesOpt).toInt();
        for (int i = 0; queries.size() < wanted && !sample.isEmpty(); ++i) {
            const Member &m = sample.at(i % sample.size());
            switch (i % 4) {
            case 0:
                if (m.phone.size() >= 4)
                    queries << m.phone.right(4);
                break;
            case 1:
                queries << m.card;
                break;
            case 2:
                if (const QString initials = SearchKeys::forName(m.name).initials; !initials.isEmpty())
                    queries << initials;
                break;
            case 3:
                if (m.name.size() >= 2)
                    queries << m.name.right(std::min<qsizetype>(m.name.size(), SearchKeys::containsHan(m.name) ? 2 : 4));
                break;
            }
        }
    }
    QList<double> lookupMs;
    for (const QString &q : std::as_const(queries)) {
        for (const QString &typed : typedPrefixes(q)) {
            QElapsedTimer one;
            one.start();
            auto found = service.find(typed, 12);
            lookupMs << double(one.nsecsElapsed()) / 1e6;
            if (!found) {
                err << found.error().message << '\n';
                return 1;
            }
        }
    }
    out.insert(QStringLiteral("lookup_searches"), lookupMs.size());
    out.insert(QStringLiteral("lookup_p50_ms"), percentile(lookupMs, 0.50));
    out.insert(QStringLiteral("lookup_p99_ms"), percentile(lookupMs, 0.99));
    out.insert(QStringLiteral("lookup_max_ms"), percentile(lookupMs, 1.0));

    // 4. Checkouts as the counter records them: each visit its own durable transaction (WAL,
    //    synchronous=FULL: fsync at every commit), through CheckoutService with rules and ledger.
    {
        const int checkouts = parser.value(checkoutsOpt).toInt();
        QRandomGenerator rng(11);
        CheckoutService checkout(db, clock);
        MemberRepository memberRepo(db);
        auto rules = Settings(db).rules();
        if (!rules) {
            err << rules.error().message << '\n';
            return 1;
        }
        WalCheckpointer checkpointer(db); // as the GUI runs: checkpoints off the counter's path
        QList<double> ms;
        QElapsedTimer all;
        all.start();
        const qint64 total = count ? *count : 0;
        for (int i = 0; i < checkouts && total > 0; ++i) {
            VisitRequest r;
            r.memberId = 1 + qint64(rng.bounded(quint32(total)));
            r.amountCents = 500 + qint64(rng.bounded(20000));
            if (i % 3 == 0)
                r.items = {VisitLine{QStringLiteral("coffee"), QStringLiteral("Latte"), 1, r.amountCents}};
            if (i % 5 == 1) { // every fifth customer pays part with points, as much as the rules allow
                if (auto m = memberRepo.forCheckout(r.memberId))
                    r.redeemPoints = PointsRules::maxRedeemablePoints(m->points, r.amountCents, *rules);
            }
            QElapsedTimer one;
            one.start();
            auto result = checkout.record(r);
            ms << double(one.nsecsElapsed()) / 1e6;
            if (!result && result.error().code != ErrorCode::Refused) { // an archived member is refused: fine
                err << result.error().message << '\n';
                return 1;
            }
        }
        const double seconds = double(all.nsecsElapsed()) / 1e9;
        out.insert(QStringLiteral("checkouts"), ms.size());
        out.insert(QStringLiteral("checkout_tps"), seconds > 0 ? double(ms.size()) / seconds : 0.0);
        out.insert(QStringLiteral("checkout_p50_ms"), percentile(ms, 0.50));
        out.insert(QStringLiteral("checkout_p99_ms"), percentile(ms, 0.99));
    }

    // 5. Dormancy (SPEC §3.5, §9): every member's state and the alert list, from what each member's
    //    row keeps — no history read. The 12-month spends are counted first, as the maintenance at
    //    open does after a bulk load (timed on its own: once per load, then a day's visits a day).
    {
        QElapsedTimer window;
        window.start();
        if (Status s = MemberTotalsRepository(db).moveSpendWindow(clock.today()); !s) {
            err << s.error().message << '\n';
            return 1;
        }
        out.insert(QStringLiteral("spend_window_ms"), double(window.nsecsElapsed()) / 1e6);
        QList<double> ms;
        qint64 alerts = 0;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer one;
            one.start();
            auto snap = DormancyService(db, clock).snapshot();
            ms << double(one.nsecsElapsed()) / 1e6;
            if (!snap) {
                err << snap.error().message << '\n';
                return 1;
            }
            alerts = snap->alerts.size();
        }
        out.insert(QStringLiteral("dormancy_ms"), percentile(ms, 0.50));
        out.insert(QStringLiteral("dormancy_max_ms"), percentile(ms, 1.0));
        out.insert(QStringLiteral("alerts"), alerts);
    }

    // 6. The visits export (SPEC §6): every visit with its items, streamed to a file.
    {
        const QString file = parser.value(dbOpt) + QStringLiteral(".visits.csv");
        QElapsedTimer exporting;
        exporting.start();
        auto rows = CsvExport::exportTo(db, clock, Operator::owner(), CsvExport::What::Visits, file, true);
        const double seconds = double(exporting.nsecsElapsed()) / 1e9;
        QFile::remove(file);
        if (!rows || !*rows) {
            err << (rows ? QStringLiteral("the export was cancelled") : rows.error().message) << '\n';
            return 1;
        }
        out.insert(QStringLiteral("export_rows"), **rows);
        out.insert(QStringLiteral("export_rows_per_s"), seconds > 0 ? double(**rows) / seconds : 0.0);
    }

    // 7. The dashboard (SPEC §3.7, §9): every number it draws, for the last 30 days day by day (what
    //    it opens on) and for a year week by week, from the kept aggregates — no history read.
    {
        const struct {
            const char *key;
            DashboardRange range;
        } ranges[] = {
            {"dashboard_ms", DashboardService::defaultRange(clock.today())},
            {"dashboard_year_ms", DashboardRange{clock.today().addDays(-364), clock.today(), Granularity::Week}},
        };
        for (const auto &r : ranges) {
            QList<double> ms;
            for (int i = 0; i < 7; ++i) {
                QElapsedTimer one;
                one.start();
                auto dash = DashboardService(db, clock).load(r.range);
                ms << double(one.nsecsElapsed()) / 1e6;
                if (!dash) {
                    err << dash.error().message << '\n';
                    return 1;
                }
            }
            out.insert(QString::fromLatin1(r.key), percentile(ms, 0.50));
        }
    }
    out.insert(QStringLiteral("rss_mb"), peakRssMb());

    QTextStream stdoutStream(stdout);
    if (parser.isSet(jsonOpt)) {
        stdoutStream << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (auto it = out.constBegin(); it != out.constEnd(); ++it)
            stdoutStream << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return 0;
}
