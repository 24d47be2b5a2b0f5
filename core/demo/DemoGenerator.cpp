#include "demo/DemoGenerator.h"

#include "members/MemberService.h"
#include "storage/Database.h"
#include "storage/CohortRepository.h"
#include "storage/DayTotalsRepository.h"
#include "storage/MemberRepository.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>

#include <unicode/translit.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace loyalty {

namespace {

// Secondary indexes that neither registering members nor recording visits reads.
const QStringList kIndexesBuiltAfterwards = {
    QStringLiteral("members_phone_rev"), QStringLiteral("members_name_fold"), QStringLiteral("members_name_rev"),
    QStringLiteral("members_pinyin"),    QStringLiteral("members_initials"),  QStringLiteral("members_joined"),
    QStringLiteral("members_phone_sort"), QStringLiteral("members_points"),   QStringLiteral("members_tier"),
    QStringLiteral("members_referrer"),  QStringLiteral("visits_member"),     QStringLiteral("visits_day"),
    QStringLiteral("ledger_member"),     QStringLiteral("ledger_visit"),      QStringLiteral("ledger_lot"),
};

// Surnames roughly by how common they are in mainland China (the first ones much more often).
const char16_t *const kSurnames[] = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡",
    u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",
    u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"余", u"杜", u"叶", u"程", u"苏",
    u"魏", u"吕", u"丁", u"任", u"沈", u"姚", u"卢", u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金",
    u"石", u"廖", u"贾", u"夏", u"韦", u"方", u"白", u"邹", u"孟", u"熊", u"秦", u"邱", u"江", u"尹", u"薛",
    u"段", u"雷", u"侯", u"龙", u"史", u"陶", u"黎", u"贺", u"顾", u"毛", u"郝", u"龚", u"邵", u"万", u"钱",
    u"严", u"单", u"欧阳", u"司马", u"诸葛", u"上官",
};
const char16_t *const kGivenNames[] = {
    u"伟", u"芳", u"娜", u"秀英", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳", u"杰", u"娟",
    u"涛", u"明", u"超", u"秀兰", u"霞", u"平", u"刚", u"桂英", u"小明", u"晓东", u"婷", u"雪", u"浩然", u"宇轩",
    u"子涵", u"欣怡", u"梓萱", u"一诺", u"思远", u"雨桐", u"佳琪", u"俊杰", u"建国", u"建华", u"国强", u"志强",
    u"海燕", u"红梅", u"春生", u"文博", u"博文", u"天佑", u"诗涵", u"梦琪", u"嘉怡", u"晨", u"鑫", u"凯", u"颖",
    u"慧", u"琳", u"倩", u"鹏", u"辉", u"飞", u"健", u"斌", u"宁", u"瑶", u"萌", u"玉兰", u"淑珍", u"德华",
    u"国华", u"丽华", u"晓燕", u"小红", u"大伟", u"家豪", u"嘉欣", u"子轩", u"若曦", u"安琪",
};
const char *const kLatinFirst[] = {
    "Anna", "David", "Maria", "John", "Emma", "Lucas", "Sophie", "Tom", "Olivia", "Daniel", "Mia", "Leo", "Chloe",
    "Ryan", "Grace", "Kevin", "Amy", "Jason", "Linda", "Eric", "José", "Zoë", "Noah", "Hannah", "Peter", "Ivy",
    "Oliver", "Isla", "Ethan", "Ava", "Samuel", "Ruby", "Matteo", "Nina", "Felix", "Clara", "Omar", "Leila",
    "Arjun", "Priya", "Mateo", "Lucía", "Hugo", "Elif", "Kenji", "Yuki", "Sean", "Aoife", "Lars", "Ingrid"};
const char *const kLatinLast[] = {
    "Smith", "Chen", "Wong", "Lee", "Garcia", "Müller", "Brown", "Tan", "Lim", "Nguyen", "Martin", "Rossi",
    "Kim", "Silva", "O'Brien", "Johnson", "Ho", "Lam", "Williams", "Taylor", "Dubois", "Schmidt", "Novak",
    "Kowalski", "Hansen", "Costa", "Ferreira", "Yilmaz", "Patel", "Singh", "Khan", "Sato", "Suzuki", "Park",
    "Murphy", "Walsh", "Jensen", "Lindqvist", "Moreau", "Bianchi"};
const char16_t *const kTagsHans[] = {u"咖啡", u"外卖", u"学生", u"上班族", u"老顾客", u"周末", u"宝妈", u"附近小区"};
const char16_t *const kTagsHant[] = {u"咖啡", u"外賣", u"學生", u"上班族", u"老顧客", u"週末", u"媽媽", u"附近社區"};
const char *const kTagsLatin[] = {"coffee", "takeaway", "student", "office", "regular", "weekend", "family", "neighbour"};
const char *const kMobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                                       "152", "155", "156", "157", "158", "159", "166", "177", "180", "181", "183",
                                       "185", "186", "187", "188", "189", "199"};

template <typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

// Skewed towards the front of a list: common surnames come up more often.
template <typename T, size_t N>
const T &pickSkewed(QRandomGenerator &rng, const T (&items)[N])
{
    const quint32 a = rng.bounded(quint32(N));
    const quint32 b = rng.bounded(quint32(N));
    return items[std::min(a, b)];
}

class Traditional {
public:
    Traditional()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_t.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Hans-Hant"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_t.reset();
    }
    QString operator()(const QString &text) const
    {
        if (!m_t)
            return text;
        icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        m_t->transliterate(s);
        return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
    }

private:
    std::unique_ptr<icu::Transliterator> m_t;
};

} // namespace

Result<DemoResult> DemoGenerator::run(const DemoOptions &options, const Progress &progress)
{
    if (options.members < 0 || options.members > 1'000'000)
        return Error::invalid(tr("The number of demo members must be between 0 and 1,000,000."));
    if (options.visits < 0 || options.visits > 100'000'000)
        return Error::invalid(tr("The number of demo visits must be between 0 and 100,000,000."));
    if (options.visits > 0 && options.members == 0)
        return Error::invalid(tr("Demo visits need demo members."));

    auto existing = MemberRepository(m_db).count(true);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::refused(tr("This shop already has members: demo data goes into a new, empty shop."));

    // A bulk build touches pages all over a file that grows to hundreds of megabytes: a larger page
    // cache and fewer checkpoints for the build only, the usual settings afterwards.
    m_db.setPageCacheKiB(kBuildCacheKiB);
    m_db.setAutoCheckpoint(20000);
    const auto restore = qScopeGuard([this] {
        m_db.setPageCacheKiB(0);
        m_db.setAutoCheckpoint(1000);
#ifdef __GLIBC__
        // The build's page cache and the visit batch (every member and open lot) took a few hundred
        // MB; give that memory back to the system rather than keep it for the rest of the session.
        malloc_trim(0);
#endif
    });

    // Indexes the build never reads are built once at the end instead of row by row (the
    // checkout's own lookups - members by id, phone and card, open and expiring lots, bonuses -
    // keep theirs); so is the name search's full-text index, which otherwise writes a segment
    // with every member added.
    // The day totals' triggers too: the table is counted once at the end.
    if (Status s = m_db.suspendIndexes(kIndexesBuiltAfterwards + QStringList{MemberRepository::searchIndexTrigger()}
                                           + DayTotalsRepository::triggers() + CohortRepository::triggers(),
                                       QStringList{MemberRepository::searchIndexRebuild()} + DayTotalsRepository::rebuildStatements()
                                           + CohortRepository::rebuildStatements());
        !s)
        return s.error();
    auto rebuilt = qScopeGuard([this] { (void)m_db.restoreIndexes(); });

    QRandomGenerator rng(quint32(options.seed ^ (options.seed >> 32)));
    const bool hant = options.language.startsWith(u"zh_TW");
    const bool latinShop = !options.language.startsWith(u"zh");
    const Traditional traditional;
    const QDateTime now = m_clock.now();

    // Members join the service one after another; the service's clock is the join time.
    FixedClock joinClock(now);
    MemberService members(m_db, joinClock);
    QSet<QString> phones;
    QList<QString> cards;
    cards.reserve(options.members);

    constexpr int kBatch = 1000;
    DemoResult result;
    QList<qint64> memberIds;
    memberIds.reserve(options.members);
    QList<QDateTime> joined;
    joined.reserve(options.members);
    for (int start = 0; start < options.members; start += kBatch) {
        const int end = std::min(options.members, start + kBatch);
        Status s = m_db.transaction([&]() -> Status {
            for (int i = start; i < end; ++i) {
                MemberFields f;
                const bool latinName = latinShop ? rng.bounded(100) < 85 : rng.bounded(100) < 8;
                QString name;
                if (latinName) {
                    name = QString::fromUtf8(pick(rng, kLatinFirst)) + u' ' + QString::fromUtf8(pick(rng, kLatinLast));
                } else {
                    name = QString::fromUtf16(pickSkewed(rng, kSurnames)) + QString::fromUtf16(pick(rng, kGivenNames));
                    if (hant)
                        name = traditional(name);
                }
                const quint32 shape = rng.bounded(100);
                if (shape >= 2) // 2% are known by their phone only
                    f.name = name;
                if (shape < 2 || shape >= 6) { // 4% gave no phone
                    QString phone;
                    do {
                        phone = QString::fromLatin1(pick(rng, kMobilePrefixes)) + QString::number(rng.bounded(100'000'000)).rightJustified(8, u'0');
                    } while (phones.contains(phone));
                    phones.insert(phone);
                    f.phone = phone;
                }
                f.gender = rng.bounded(100) < 55 ? QStringLiteral("f") : rng.bounded(100) < 95 ? QStringLiteral("m") : QStringLiteral("unknown");
                if (rng.bounded(100) < 75) {
                    const QDate birth = QDate(1950, 1, 1).addDays(rng.bounded(365 * 55));
                    f.birthday = rng.bounded(100) < 60 ? birth.toString(Qt::ISODate) : birth.toString(QStringLiteral("MM-dd"));
                }
                if (rng.bounded(100) < 20)
                    f.email = QStringLiteral("member%1@example.com").arg(i + 1);
                if (rng.bounded(100) < 35) {
                    QStringList tags;
                    const int count = 1 + int(rng.bounded(2));
                    for (int t = 0; t < count; ++t)
                        tags << (latinShop ? QString::fromUtf8(pick(rng, kTagsLatin))
                                           : QString::fromUtf16(hant ? pick(rng, kTagsHant) : pick(rng, kTagsHans)));
                    f.tags = tags.join(u',');
                }
                f.consent = rng.bounded(100) < 60 ? QStringLiteral("yes") : QStringLiteral("no");
                if (!cards.isEmpty() && rng.bounded(100) < 8)
                    f.referrer = cards.at(rng.bounded(quint32(cards.size())));
                // Joined over the last three years, more of them recently.
                const int daysAgo = int(std::min(rng.bounded(3 * 365), rng.bounded(3 * 365)));
                joinClock.set(now.addDays(-daysAgo).addSecs(-qint64(rng.bounded(10 * 3600))));
                auto added = members.add(f);
                if (!added)
                    return added.error();
                cards << added->card;
                memberIds << added->id;
                joined << joinClock.now();
            }
            return {};
        });
        if (!s)
            return s.error();
        result.members = end;
        if (progress && !progress(end, options.members + options.visits))
            return Error::refused(tr("Stopped: %1 of %2 demo members were created.").arg(end).arg(options.members));
    }
    // The coupons' redeeming visits are among the visits asked for: the history gets the rest.
    const QList<CouponEvent> coupons = planCoupons(options, memberIds, joined, now, rng);
    const qint64 couponVisits = std::count_if(coupons.cbegin(), coupons.cend(), [](const CouponEvent &e) { return e.redeemedAt.has_value(); });
    if (options.visits > 0) {
        DemoOptions history = options;
        history.visits = options.visits - couponVisits;
        auto visits = recordVisits(history, memberIds, rng, [&](qint64 done) {
            return !progress || progress(options.members + done, options.members + options.visits);
        });
        if (!visits)
            return visits.error();
        result.visits = *visits;
        if (auto contacts = logContacts(rng); !contacts)
            return contacts.error();
    }
    rebuilt.dismiss();
    if (Status s = m_db.restoreIndexes(); !s)
        return s.error();
    if (Status s = recordCoupons(options, coupons); !s)
        return s.error();
    result.visits += couponVisits;
    return result;
}

} // namespace loyalty
