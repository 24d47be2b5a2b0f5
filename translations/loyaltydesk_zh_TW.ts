<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%n member(s) to bring back, most valuable first.</source>
        <translation>
            <numerusform>%n 位會員待召回，依價值由高到低排列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed, not listed (--include-snoozed).</source>
        <translation>
            <numerusform>另有 %n 位已暫緩提醒，未列出（--include-snoozed）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--channel takes call, message or in_person, not “%1”.</source>
        <translation>--channel 只能是 call、message 或 in_person，而不是「%1」。</translation>
    </message>
    <message>
        <source>--outcome takes one of %1, not “%2”.</source>
        <translation>--outcome 只能是 %1 之一，而不是「%2」。</translation>
    </message>
    <message>
        <source>Logged for %1 (%2): %3.</source>
        <translation>已為 %1（%2）記錄：%3。</translation>
    </message>
    <message>
        <source>%1 is off the alert list until %2.</source>
        <translation>%1 在 %2 之前不再出現在提醒清單中。</translation>
    </message>
    <message>
        <source>%1 is back on the alert list when away.</source>
        <translation>%1 久未到店時會重新出現在提醒清單中。</translation>
    </message>
    <message numerus="yes">
        <source>Member states as of %1 (%n active member(s)):</source>
        <translation>
            <numerusform>截至 %1 的會員狀態（共 %n 位有效會員）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usual gap for members without a rhythm of their own: %n day(s).</source>
        <translation>
            <numerusform>尚無個人到店規律的會員，依本店常見間隔 %n 天計算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4), %5 may still come.</source>
        <translation>召回：在有流失風險或沉睡時聯繫了 %1 位，%2 位在 %3 天內回店（%4），還有 %5 位可能回來。</translation>
    </message>
    <message>
        <source>Only the owner can export member data.</source>
        <translation>只有店主可以匯出會員資料。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 位會員寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>RFM segments as of %1 (recency, frequency and spend of the last 12 months, in quintiles):</source>
        <translation>截至 %1 的 RFM 分群（依近 12 個月的最近到店、到店次數和消費金額五等分）：</translation>
    </message>
    <message>
        <source>The top %1 of %2 members who spent in the last 12 months (20%) brought %3 of %4: %5.</source>
        <translation>近 12 個月有消費的 %2 位會員中，前 %1 位（20%）貢獻了 %4 中的 %3：%5。</translation>
    </message>
    <message>
        <source>%1 members; %2 visits paying %3 in all; %4 points outstanding, worth %5 at the till.
Today: %6 visits, %7, %8 new members, %9 points earned.</source>
        <translation>會員 %1 位；消費 %2 次，共實付 %3；未使用積分 %4，在收銀台價值 %5。
今天：消費 %6 次，%7，新會員 %8 位，獲得積分 %9。</translation>
    </message>
    <message>
        <source>Points by month: earned, redeemed, expired, adjusted, reversed by voids.</source>
        <translation>按月積分：獲得、折抵、過期、調整、作廢沖回。</translation>
    </message>
    <message>
        <source>Outstanding: %1 points, worth %2 at the till.</source>
        <translation>未使用：%1 積分，在收銀台價值 %2。</translation>
    </message>
    <message>
        <source>Members who joined each month, and the share of them who came in each month after (0: the month they joined).</source>
        <translation>每月入會的會員，以及其中在之後每個月到店的比例（0：入會當月）。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>無法建立備份資料夾 %1。</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>備份未能通過校驗，已捨棄：%1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written.</source>
        <translation>無法寫入備份 %1。</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>此備份無法還原：%1</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to %1.</source>
        <translation>無法把備份複製到 %1 旁邊。</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; nothing was restored.</source>
        <translation>無法移開 %1；沒有還原任何內容。</translation>
    </message>
    <message>
        <source>The backup cannot be put in place of %1.</source>
        <translation>無法用備份取代 %1。</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <source>Write the birthday as MM-DD or YYYY-MM-DD, e.g. 03-15 or 1990-03-15.</source>
        <translation>生日請以 MM-DD 或 YYYY-MM-DD 格式填寫，例如 03-15 或 1990-03-15。</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 不是有效的日期。</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能晚於今天。</translation>
    </message>
    <message>
        <source>%1 is too long ago to be a birthday; check the year.</source>
        <translation>%1 年代過早，不像是生日，請檢查年份。</translation>
    </message>
</context>
<context>
    <name>CampaignRun</name>
    <message>
        <source>Issuing the coupons…</source>
        <translation>正在發放優惠券…</translation>
    </message>
    <message>
        <source>Issue the coupons</source>
        <translation>發放優惠券</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued. Print them now?</source>
        <translation>
            <numerusform>已發放 %n 張優惠券。現在列印嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;A4 sheets to cut (PDF)…</source>
        <translation>A4 裁切頁（PDF）(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;One slip each on the receipt printer</source>
        <translation>在收據印表機上每張單獨列印(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暫不列印(&amp;N)</translation>
    </message>
    <message>
        <source>Save the coupons</source>
        <translation>儲存優惠券</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the coupons…</source>
        <translation>正在列印優惠券…</translation>
    </message>
    <message>
        <source>Print the coupons</source>
        <translation>列印優惠券</translation>
    </message>
</context>
<context>
    <name>CheckoutService</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>沒有編號為 %1 的消費紀錄。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額必須大於零。</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>金額太大：最多 %1。</translation>
    </message>
    <message>
        <source>A visit has at most 200 items.</source>
        <translation>一次消費最多 200 項商品。</translation>
    </message>
    <message>
        <source>The items add up to %1 but the amount is %2: they must be equal.</source>
        <translation>商品合計 %1，但金額是 %2：兩者必須相等。</translation>
    </message>
    <message>
        <source>Points to redeem cannot be negative.</source>
        <translation>折抵積分不能為負數。</translation>
    </message>
    <message>
        <source>A visit UUID is at most 100 characters.</source>
        <translation>消費 UUID 最多 100 個字元。</translation>
    </message>
    <message>
        <source>A note is at most 500 characters.</source>
        <translation>備註最多 500 個字。</translation>
    </message>
    <message>
        <source>%1 is archived: restore the member before recording a visit.</source>
        <translation>%1 已封存：請先還原該會員，再記錄消費。</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased: visits cannot be recorded for them.</source>
        <translation>該會員的個人資料已清除，不能再記錄消費。</translation>
    </message>
    <message>
        <source>Visit %1 was already voided on %2.</source>
        <translation>消費 %1 已於 %2 作廢。</translation>
    </message>
    <message>
        <source>Only the owner can void a visit from an earlier day.</source>
        <translation>只有店主可以作廢以前日期的消費。</translation>
    </message>
    <message>
        <source>A reason is at most 500 characters.</source>
        <translation>原因最多 500 個字。</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>沒有券號為 %1 的優惠券。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Register a member (a name or a phone is needed).</source>
        <translation>登記新會員（姓名與手機號碼至少填一項）。</translation>
    </message>
    <message>
        <source>Find members by card, phone (full or last 4 digits), name part, pinyin or initials.</source>
        <translation>依卡號、手機號碼（完整號碼或末 4 碼）、部分姓名、拼音或拼音首字母搜尋會員。</translation>
    </message>
    <message>
        <source>Show one member (REF: card number, phone number or id:N).</source>
        <translation>顯示一位會員的詳細資料（REF：卡號、手機號碼或 id:N）。</translation>
    </message>
    <message>
        <source>Create a new shop file (refuses one that exists).</source>
        <translation>新增店鋪檔案（檔案已存在時不會覆寫）。</translation>
    </message>
    <message>
        <source>Fill a new shop with realistic synthetic members.</source>
        <translation>為新店鋪產生一批擬真的模擬會員。</translation>
    </message>
    <message>
        <source>Change a member&apos;s details (same options as member add).</source>
        <translation>修改會員資料（選項同 member add）。</translation>
    </message>
    <message>
        <source>Hide a member from the counter, keeping their history (owner only).</source>
        <translation>將會員封存：櫃檯不再顯示，歷史紀錄保留（僅限店主）。</translation>
    </message>
    <message>
        <source>Make an archived member active again (owner only).</source>
        <translation>還原已封存的會員（僅限店主）。</translation>
    </message>
    <message>
        <source>Record a visit: points earned, redeemed and bonuses, in one step.</source>
        <translation>記錄一次消費：一步完成積分獲得、折抵與獎勵。</translation>
    </message>
    <message>
        <source>Reverse a visit exactly: its points, bonuses and redemptions.</source>
        <translation>精確沖銷一次消費：其積分、獎勵與折抵。</translation>
    </message>
    <message>
        <source>A member&apos;s visits, newest first, with items.</source>
        <translation>會員的消費紀錄（最新在前，含商品明細）。</translation>
    </message>
    <message>
        <source>Change a member&apos;s points by hand, with a reason (owner only).</source>
        <translation>手動調整會員積分並註明原因（僅限店主）。</translation>
    </message>
    <message>
        <source>Apply points expiry as of now.</source>
        <translation>依目前時間執行積分到期。</translation>
    </message>
    <message>
        <source>Show one rule or shop setting.</source>
        <translation>顯示一項規則或店鋪設定。</translation>
    </message>
    <message>
        <source>Change one rule or shop setting (owner only).</source>
        <translation>修改一項規則或店鋪設定（僅限店主）。</translation>
    </message>
    <message>
        <source>Prove the points ledger and the file&apos;s integrity.</source>
        <translation>核對積分帳目與檔案完整性。</translation>
    </message>
    <message>
        <source>Write a verified backup copy of the shop (into its backups folder, or DIR).</source>
        <translation>寫入一份經過校驗的店鋪備份（寫到備份資料夾或 DIR）。</translation>
    </message>
    <message>
        <source>Replace the shop file by a backup (checked first; the replaced file is kept).</source>
        <translation>用備份取代店鋪檔案（先校驗；被取代的檔案會保留）。</translation>
    </message>
    <message>
        <source>Run the monthly tier reviews that are due, as of now.</source>
        <translation>依目前時間執行到期的每月等級評定。</translation>
    </message>
    <message>
        <source>The tier pyramid against its target shares, with suggested thresholds.</source>
        <translation>查看各等級的會員分布與目標佔比，並提供建議門檻。</translation>
    </message>
    <message>
        <source>Define a coupon (owner).</source>
        <translation>新增優惠券範本（僅限店主）。</translation>
    </message>
    <message>
        <source>The coupon templates.</source>
        <translation>查看優惠券範本。</translation>
    </message>
    <message>
        <source>Issue a coupon to a member.</source>
        <translation>發放一張優惠券給會員。</translation>
    </message>
    <message>
        <source>List coupons, newest first.</source>
        <translation>列出優惠券（最新在前）。</translation>
    </message>
    <message>
        <source>Per coupon template: issued, redeemed, expired, the redemption rate and the revenue.</source>
        <translation>依優惠券範本統計：發放、使用、過期張數，使用率及帶來的營業額。</translation>
    </message>
    <message>
        <source>Members who stopped coming, most valuable first (at risk and dormant unless --state says).</source>
        <translation>不再到店的會員，依價值由高到低（預設列出有流失風險和沉睡的會員，可用 --state 指定）。</translation>
    </message>
    <message>
        <source>Log a try to bring a member back (outcomes: reached, no_answer, left_message, will_return, not_interested, moved_away).</source>
        <translation>記錄一次召回聯繫（結果：reached、no_answer、left_message、will_return、not_interested、moved_away）。</translation>
    </message>
    <message>
        <source>Keep a member off the alert list for N days (0 ends it).</source>
        <translation>讓會員在 N 天內不出現在提醒清單中（0 表示取消暫緩）。</translation>
    </message>
    <message>
        <source>Members by state, and how many of those contacted came back (win-back).</source>
        <translation>依狀態統計會員，以及被聯繫的會員中有多少回店（召回）。</translation>
    </message>
    <message>
        <source>The alert list as a call sheet in CSV (owner).</source>
        <translation>將提醒清單匯出為 CSV 回訪表（僅限店主）。</translation>
    </message>
    <message>
        <source>RFM segments: members and spend per segment (recency, frequency, money of 12 months).</source>
        <translation>RFM 分群：各分群的會員數與消費（近 12 個月的最近到店、次數、金額）。</translation>
    </message>
    <message>
        <source>The share of the 12 months&apos; spend that the top 20% of members bring.</source>
        <translation>消費最高的 20% 會員貢獻了近 12 個月消費的多少。</translation>
    </message>
    <message>
        <source>Issue one coupon to each active member of a tier or higher, in the states and RFM segments given (owner). --state at_risk,dormant --skip-snoozed is the alert list.</source>
        <translation>向指定等級及以上、處於指定狀態和 RFM 分群的每位有效會員各發一張優惠券（僅限店主）。--state at_risk,dormant --skip-snoozed 即提醒清單。</translation>
    </message>
    <message>
        <source>Active members as CSV, in SPEC §6&apos;s column order (owner).</source>
        <translation>匯出有效會員為 CSV（欄位順序見規格 §6，僅限店主）。</translation>
    </message>
    <message>
        <source>Every visit as CSV, its items in one column, voided ones marked (owner).</source>
        <translation>匯出全部消費記錄為 CSV，商品明細在同一欄，已作廢的有標記（僅限店主）。</translation>
    </message>
    <message>
        <source>Every points ledger entry as CSV (owner).</source>
        <translation>匯出全部積分流水為 CSV（僅限店主）。</translation>
    </message>
    <message>
        <source>Every coupon issued as CSV (owner).</source>
        <translation>匯出全部已發放的優惠券為 CSV（僅限店主）。</translation>
    </message>
    <message>
        <source>Members from a CSV file: English or Chinese headers, UTF-8 or GB18030; every bad row reported with its line (owner).</source>
        <translation>從 CSV 檔案匯入會員：英文或中文表頭，UTF-8 或 GB18030；每個有問題的列都會報告列號（僅限店主）。</translation>
    </message>
    <message>
        <source>Members, visits, revenue and points outstanding, and today&apos;s figures.</source>
        <translation>會員數、消費次數、營業額和未使用積分，以及今日數據。</translation>
    </message>
    <message>
        <source>Points earned, redeemed, expired and adjusted by month, and what is outstanding.</source>
        <translation>按月統計積分的獲得、折抵、過期和調整，以及未使用的積分。</translation>
    </message>
    <message>
        <source>Cohort retention: for each of the last 12 months, the members who joined and the share of them who came in each month after.</source>
        <translation>會員留存：最近 12 個月每月入會的會員，以及其中在之後每個月到店的比例。</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 積分</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>資料已清除</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>下一等級</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消費次數</translation>
    </message>
    <message>
        <source>State</source>
        <translation>活躍狀態</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>未到店天數</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入會日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Spend (12 months)</source>
        <translation>近 12 個月消費</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消費</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>%1 points on %2</source>
        <translation>%2 到期 %1 積分</translation>
    </message>
    <message>
        <source>%1 since %2, kept at least until %3</source>
        <translation>%1（自 %2 起，至少保留至 %3）</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>%1 — %2, valid through %3</source>
        <translation>%1 — %2，有效期至 %3</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 需要整數，而不是「%2」。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必須在 %2 到 %3 之間。</translation>
    </message>
    <message>
        <source>%1 takes states among new, active, at_risk, dormant and lost, not “%2”.</source>
        <translation>%1 的狀態只能是 new、active、at_risk、dormant、lost，而不是「%2」。</translation>
    </message>
    <message>
        <source>%1 needs at least one state.</source>
        <translation>%1 至少需要一個狀態。</translation>
    </message>
    <message>
        <source>Alert snoozed</source>
        <translation>提醒已暫緩</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近聯繫</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: loyaltydesk-cli [--db FILE] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--operator NAME --pin PIN] COMMAND …</source>
        <translation>用法：loyaltydesk-cli [--db FILE] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--operator NAME --pin PIN] COMMAND …</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or a value that does not parse, 2 usage error, 3 the shop file cannot be used.</source>
        <translation>結束代碼：0 完成；1 操作遭拒或有值無法解析；2 用法錯誤；3 店鋪檔案無法使用。</translation>
    </message>
    <message>
        <source>Usage error: %1</source>
        <translation>用法錯誤：%1</translation>
    </message>
    <message>
        <source>Run loyaltydesk-cli --help for the commands.</source>
        <translation>執行 loyaltydesk-cli --help 查看所有指令。</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>未知的指令「%1」。</translation>
    </message>
    <message>
        <source>unknown option --%1.</source>
        <translation>未知的選項 --%1。</translation>
    </message>
    <message>
        <source>“%1” has no option --%2.</source>
        <translation>「%1」沒有 --%2 選項。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一個值。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 指定了兩次。</translation>
    </message>
    <message>
        <source>“%1” needs --%2.</source>
        <translation>「%1」需要 --%2。</translation>
    </message>
    <message>
        <source>“%1” takes: %2</source>
        <translation>「%1」的用法：%2</translation>
    </message>
    <message>
        <source>--now takes a local time like 2026-03-11T10:00:00, not “%1”.</source>
        <translation>--now 需要當地時間，例如 2026-03-11T10:00:00，而不是「%1」。</translation>
    </message>
    <message>
        <source>“member add” needs --name or --phone.</source>
        <translation>「member add」需要 --name 或 --phone。</translation>
    </message>
    <message>
        <source>“member update” needs at least one field to change, e.g. --phone P.</source>
        <translation>「member update」至少需要一個要修改的欄位，例如 --phone P。</translation>
    </message>
</context>
<context>
    <name>CouponRules</name>
    <message>
        <source>A coupon template needs a name.</source>
        <translation>請為優惠券範本填寫名稱。</translation>
    </message>
    <message>
        <source>A template&apos;s name is at most %1 characters long.</source>
        <translation>範本名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The amount off must be more than 0 and at most %1.</source>
        <translation>折抵金額必須大於 0，且不超過 %1。</translation>
    </message>
    <message>
        <source>The percent off is a whole number from 1 to 100.</source>
        <translation>折抵百分比須為 1 到 100 的整數。</translation>
    </message>
    <message>
        <source>A spend-and-save coupon needs the spend it starts at (--threshold).</source>
        <translation>滿額折抵券需要設定滿額門檻（--threshold）。</translation>
    </message>
    <message>
        <source>A spend-and-save coupon cannot take off more than the spend it starts at.</source>
        <translation>滿額折抵券的折抵金額不能超過滿額門檻。</translation>
    </message>
    <message>
        <source>The minimum spend must be between 0 and %1.</source>
        <translation>最低消費必須介於 0 到 %1 之間。</translation>
    </message>
    <message>
        <source>A coupon is valid for 1 to %1 days.</source>
        <translation>優惠券有效期須為 1 到 %1 天。</translation>
    </message>
    <message>
        <source>The slip text is at most %1 characters long.</source>
        <translation>收據說明文字最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Coupon %1 was already redeemed.</source>
        <translation>優惠券 %1 已被使用。</translation>
    </message>
    <message>
        <source>Coupon %1 was voided.</source>
        <translation>優惠券 %1 已作廢。</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>優惠券 %1 已於 %2 過期。</translation>
    </message>
    <message>
        <source>Coupon %1 belongs to another member.</source>
        <translation>優惠券 %1 屬於其他會員。</translation>
    </message>
    <message>
        <source>Coupon %1 is for members of a higher tier.</source>
        <translation>優惠券 %1 僅限更高等級的會員使用。</translation>
    </message>
    <message>
        <source>Coupon %1 needs a spend of at least %2.</source>
        <translation>優惠券 %1 需消費滿 %2 才能使用。</translation>
    </message>
    <message>
        <source>Coupon %1 takes %2 off a spend of %3 or more.</source>
        <translation>優惠券 %1 需消費滿 %3 才能折抵 %2。</translation>
    </message>
    <message>
        <source>This coupon was redeemed a moment ago at another counter.</source>
        <translation>這張優惠券剛剛已在另一個櫃檯使用。</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>折抵 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>折抵 %1%</translation>
    </message>
    <message>
        <source>%1 off a spend of %2</source>
        <translation>滿 %2 折抵 %1</translation>
    </message>
    <message>
        <source>, with a spend of at least %1</source>
        <translation>，消費滿 %1 可用</translation>
    </message>
</context>
<context>
    <name>CouponService</name>
    <message>
        <source>Only the owner can define coupons.</source>
        <translation>只有店主可以新增優惠券。</translation>
    </message>
    <message>
        <source>The coupon template “%1” is no longer used.</source>
        <translation>優惠券範本「%1」已停用。</translation>
    </message>
    <message>
        <source>Coupons are issued to active members only.</source>
        <translation>已封存或資料已清除的會員不能領取優惠券。</translation>
    </message>
    <message>
        <source>“%1” is for members of a higher tier than %2&apos;s.</source>
        <translation>「%1」僅限等級高於 %2 的會員使用。</translation>
    </message>
    <message>
        <source>“%1” is not a coupon code: a code has 13 letters and digits.</source>
        <translation>「%1」不是有效的券號：券號為 13 碼英數字。</translation>
    </message>
    <message>
        <source>This coupon code has a typo: check it and type it again.</source>
        <translation>券號有誤，請核對後重新輸入。</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>沒有券號為 %1 的優惠券。</translation>
    </message>
    <message>
        <source>There is no coupon template %1.</source>
        <translation>沒有編號為 %1 的優惠券範本。</translation>
    </message>
    <message>
        <source>Only the owner can run a campaign.</source>
        <translation>只有店主可以發起優惠券活動。</translation>
    </message>
    <message>
        <source>A campaign needs a name of at most %1 characters.</source>
        <translation>活動需要名稱，最多 %1 個字元。</translation>
    </message>
    <message>
        <source>No active member is in that audience: no coupon was issued.</source>
        <translation>該範圍內沒有有效會員，未發放任何優惠券。</translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--kind is amount_off, percent_off or spend_and_save, not “%1”.</source>
        <translation>--kind 只能是 amount_off（折抵固定金額）、percent_off（依百分比折抵）或 spend_and_save（滿額折抵），而不是「%1」。</translation>
    </message>
    <message>
        <source>Coupon template %1 added: %2</source>
        <translation>已新增優惠券範本 %1：%2</translation>
    </message>
    <message>
        <source>No coupon templates yet.</source>
        <translation>還沒有優惠券範本。</translation>
    </message>
    <message>
        <source>Coupon %1 issued to %2, valid through %3.</source>
        <translation>已發放優惠券 %1 給 %2，有效期至 %3。</translation>
    </message>
    <message>
        <source>--status is issued, redeemed, expired or void, not “%1”.</source>
        <translation>--status 只能是 issued（已發放）、redeemed（已使用）、expired（已過期）或 void（已作廢），而不是「%1」。</translation>
    </message>
    <message>
        <source>to bearer</source>
        <translation>不記名</translation>
    </message>
    <message>
        <source>No coupons.</source>
        <translation>沒有優惠券。</translation>
    </message>
    <message>
        <source>%1  %2: %3 issued, %4 redeemed (%5%), %6 expired, %7 void; visits that redeemed them paid %8</source>
        <translation>%1  %2：發放 %3 張，使用 %4 張（%5%），過期 %6 張，作廢 %7 張；用券消費共實付 %8</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 — %3, valid %n day(s)</source>
        <translation>
            <numerusform>%1  %2 — %3，有效 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>--auto is tier_upgrade or birthday, not “%1”.</source>
        <translation>--auto 只能是 tier_upgrade（升級時）或 birthday（生日月），不能是「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1: %n coupon(s) issued.</source>
        <translation>
            <numerusform>活動 %1：已發放 %n 張優惠券。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1  %2: %3 issued, %4 redeemed (%5%), %6 expired; visits that redeemed them paid %7</source>
        <translation>活動 %1  %2：發放 %3 張，已使用 %4 張（%5%），過期 %6 張；使用這些券的消費實付 %7</translation>
    </message>
    <message>
        <source>--segment takes champions, loyal, potential, new, at_risk, cant_lose, hibernating or lost, not “%1”.</source>
        <translation>--segment 只能是 champions、loyal、potential、new、at_risk、cant_lose、hibernating 或 lost，而不是「%1」。</translation>
    </message>
    <message>
        <source>--segment needs at least one segment.</source>
        <translation>--segment 至少需要一個分群。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>只有店主可以匯出店鋪資料。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: the file is neither UTF-8 nor GB18030/GBK text: save it again as CSV (UTF-8).</source>
        <translation>第 %1 行：檔案既不是 UTF-8 也不是 GB18030/GBK 文字，請重新另存為 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quote; a quote inside a field is written as two (&quot;&quot;).</source>
        <translation>第 %1 行：結束引號後還有文字；欄位中的引號應寫成兩個（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：帶引號的欄位沒有結束引號。</translation>
    </message>
    <message>
        <source>Line %1: the file says it is UTF-8 but is not: save it again as CSV UTF-8.</source>
        <translation>第 %1 行：檔案標明是 UTF-8，但內容不是：請重新另存為「CSV UTF-8」。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>檔案無法寫入：%1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Revenue and visits per day</source>
        <translation>每天的營業額和到店次數</translation>
    </message>
    <message>
        <source>Revenue and visits per week</source>
        <translation>每週的營業額和到店次數</translation>
    </message>
    <message>
        <source>Revenue and visits per month</source>
        <translation>每月的營業額和到店次數</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營業額（%1）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>Day of the month, %1 to %2</source>
        <translation>日期（%1 至 %2）</translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation>週（從週一起）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <source>New members per month</source>
        <translation>每月新會員</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新會員</translation>
    </message>
    <message>
        <source>Month joined</source>
        <translation>入會月份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Members per tier, against the targets</source>
        <translation>各等級會員佔比與目標</translation>
    </message>
    <message>
        <source>Members by state (today)</source>
        <translation>會員狀態分佈（今天）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Points per month — %1 points outstanding, worth %2</source>
        <translation>每月積分 —— 未使用積分 %1，價值 %2</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>獲得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Coupon redemption rates — no coupons issued yet</source>
        <translation>優惠券使用率 —— 還沒有發放優惠券</translation>
    </message>
    <message>
        <source>Coupon redemption rates</source>
        <translation>優惠券使用率</translation>
    </message>
    <message>
        <source>Redeemed of those issued</source>
        <translation>已發放中已使用的比例</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 張中用了 %2 張）</translation>
    </message>
    <message>
        <source>RFM segments: their share of members and of the 12 months&apos; spend</source>
        <translation>RFM 分群：佔會員人數與近 12 個月消費的比例</translation>
    </message>
    <message>
        <source>Spend in 12 months</source>
        <translation>近 12 個月消費</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Who brings the spend — nobody spent in the last 12 months</source>
        <translation>消費來自誰 —— 近 12 個月沒有消費</translation>
    </message>
    <message>
        <source>Who brings the spend: the top 20% of members bring %1 of it</source>
        <translation>消費來自誰：前 20% 的會員貢獻了 %1</translation>
    </message>
    <message>
        <source>Members, biggest spenders first</source>
        <translation>會員（消費最多的在前）</translation>
    </message>
    <message>
        <source>If everybody spent the same</source>
        <translation>假如每人消費相同</translation>
    </message>
    <message>
        <source>Top 20%</source>
        <translation>前 20%</translation>
    </message>
    <message>
        <source>Members who spent, biggest spenders first</source>
        <translation>有消費的會員，消費最多的在前</translation>
    </message>
    <message>
        <source>Share of the 12 months&apos; spend</source>
        <translation>佔近 12 個月消費的比例</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>請選擇時間段的第一天和最後一天。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>時間段的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>A period is at most %1 days.</source>
        <translation>時間段最長 %1 天。</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <source>Month from</source>
        <translation>月起始日</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營業額</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新會員</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>佔比（%）</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>目標（%）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>獲得積分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>使用積分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>過期積分</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已發放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Redemption rate (%)</source>
        <translation>使用率（%）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Spend in 12 months</source>
        <translation>近 12 個月消費</translation>
    </message>
    <message>
        <source>Share of spend (%)</source>
        <translation>消費佔比（%）</translation>
    </message>
    <message>
        <source>Top members (%)</source>
        <translation>前百分之幾的會員（%）</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>入會月份</translation>
    </message>
    <message>
        <source>Month %1 (%)</source>
        <translation>第 %1 個月（%）</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The shop file is locked by another program. Close it there and try again.</source>
        <translation>店鋪檔案正由其他程式使用中。請先在該程式中關閉它，再試一次。</translation>
    </message>
    <message>
        <source>The shop file is read-only: nothing can be saved. Check its permissions or the disk.</source>
        <translation>店鋪檔案為唯讀，無法儲存任何內容。請檢查檔案權限或磁碟。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁碟已滿，未儲存任何內容。請騰出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>The shop file is damaged. Restore the newest backup.</source>
        <translation>店鋪檔案已損毀。請還原最新的備份。</translation>
    </message>
    <message>
        <source>The shop file cannot be read or written (%1).</source>
        <translation>無法讀寫店鋪檔案（%1）。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>資料庫發生錯誤：%1</translation>
    </message>
    <message>
        <source>The shop file %1 does not exist.</source>
        <translation>店鋪檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是檔案。</translation>
    </message>
    <message>
        <source>The shop file %1 cannot be read: %2</source>
        <translation>無法讀取店鋪檔案 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a LoyaltyDesk shop file.</source>
        <translation>%1 不是會員積分台的店鋪檔案。</translation>
    </message>
    <message>
        <source>This shop file was written by a newer LoyaltyDesk (schema %1; this program knows up to %2). Update LoyaltyDesk to open it.</source>
        <translation>此店鋪檔案由較新版本的會員積分台儲存（資料格式版本 %1，本程式最高支援 %2）。請更新會員積分台後再開啟。</translation>
    </message>
    <message>
        <source>The shop file is damaged (%1). Restore the newest backup.</source>
        <translation>店鋪檔案已損毀（%1）。請還原最新的備份。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。請換個名稱，或直接開啟它。</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>無法建立 %1 所在的資料夾。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created, so the shop file was not upgraded.</source>
        <translation>無法建立備份資料夾 %1，因此店鋪檔案未升級。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The copy %1 is damaged: %2</source>
        <translation>副本 %1 已損壞：%2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo members must be between 0 and 1,000,000.</source>
        <translation>示範會員數量必須介於 0 到 1,000,000 之間。</translation>
    </message>
    <message>
        <source>This shop already has members: demo data goes into a new, empty shop.</source>
        <translation>此店鋪已有會員。示範資料只能放入新的空白店鋪。</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 demo members were created.</source>
        <translation>已停止：預計建立 %2 位示範會員，已建立 %1 位。</translation>
    </message>
    <message>
        <source>The number of demo visits must be between 0 and 100,000,000.</source>
        <translation>示範消費次數必須在 0 到 100,000,000 之間。</translation>
    </message>
    <message>
        <source>Demo visits need demo members.</source>
        <translation>產生示範消費需要先有示範會員。</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 demo visits were recorded.</source>
        <translation>已停止：已記錄 %1 / %2 次示範消費。</translation>
    </message>
</context>
<context>
    <name>DormancyService</name>
    <message>
        <source>This member was erased: there is nobody to contact.</source>
        <translation>該會員的資料已清除，無法聯繫。</translation>
    </message>
    <message>
        <source>A note is at most %1 characters.</source>
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>A coupon sent is logged with its coupon, and only then.</source>
        <translation>只有發放了優惠券時才能記錄為「優惠券」聯繫。</translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 days (0 ends a snooze).</source>
        <translation>暫緩天數為 1 到 %1 天（0 表示取消暫緩）。</translation>
    </message>
    <message>
        <source>This member was erased: there is nothing to snooze.</source>
        <translation>該會員的資料已清除，無需暫緩提醒。</translation>
    </message>
    <message numerus="yes">
        <source>Back after %n day(s) — usually %1</source>
        <translation>
            <numerusform>時隔 %n 天再次到店——平時%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back after %n day(s) — members here come %1</source>
        <translation>
            <numerusform>時隔 %n 天再次到店——本店會員通常%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Away %n day(s) — usually %1</source>
        <translation>
            <numerusform>已 %n 天未到店——平時%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Away %n day(s) — members here come %1</source>
        <translation>
            <numerusform>已 %n 天未到店——本店會員通常%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscPos</name>
    <message>
        <source>The receipt printer %1 cannot be used: %2</source>
        <translation>收據印表機 %1 無法使用：%2</translation>
    </message>
    <message>
        <source>The slip could not be sent to %1: %2</source>
        <translation>收據未能傳送到 %1：%2</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>尚未設定收據印表機。</translation>
    </message>
    <message>
        <source>The receipt printer at %1:%2 does not answer: %3</source>
        <translation>位於 %1:%2 的收據印表機沒有回應：%3</translation>
    </message>
    <message>
        <source>The slip could not be sent to %1:%2: %3</source>
        <translation>收據未能傳送到 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export members</source>
        <translation>匯出會員</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>匯出消費記錄</translation>
    </message>
    <message>
        <source>Export the points ledger</source>
        <translation>匯出積分流水</translation>
    </message>
    <message>
        <source>Export coupons</source>
        <translation>匯出優惠券</translation>
    </message>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>只有店主可以匯出店鋪資料。</translation>
    </message>
    <message>
        <source>%1-%2.csv</source>
        <translation>%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 列寫入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 列寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>Dry run (%1): %2 member(s) would be imported, %3 row(s) have a problem.</source>
        <translation>試執行（%1）：將匯入 %2 位會員，%3 列有問題。</translation>
    </message>
    <message>
        <source>Imported %1 member(s) (%2); %3 row(s) with a problem were left out.</source>
        <translation>已匯入 %1 位會員（%2）；%3 列有問題，未匯入。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Earned</source>
        <translation>消費獲得</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>折抵</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>手動調整</translation>
    </message>
    <message>
        <source>Reversed (void)</source>
        <translation>沖銷（作廢）</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Database integrity: %1</source>
        <translation>資料庫完整性：%1</translation>
    </message>
    <message>
        <source>Member %1: the balance says %2 points but the ledger adds up to %3.</source>
        <translation>會員 %1：餘額為 %2 積分，但帳目合計為 %3。</translation>
    </message>
    <message>
        <source>Member %1: the balance says %2 points but the lots hold %3 (after debt).</source>
        <translation>會員 %1：餘額為 %2 積分，但各批積分合計為 %3（已扣欠分）。</translation>
    </message>
    <message>
        <source>Member %1 owes %2 points while lots still hold %3.</source>
        <translation>會員 %1 欠 %2 積分，但仍有 %3 積分未用。</translation>
    </message>
    <message>
        <source>Lot %1 (%2 points) does not match its ledger entry (%3 points).</source>
        <translation>積分批次 %1（%2 積分）與其帳目（%3 積分）不符。</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2, %3 points) has no lot.</source>
        <translation>帳目 %1（%2，%3 積分）沒有對應的積分批次。</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2) belongs to visit %3, which does not exist.</source>
        <translation>帳目 %1（%2）所屬的消費 %3 不存在。</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2) belongs to member id %3, who does not exist.</source>
        <translation>帳目 %1（%2）所屬的會員 id %3 不存在。</translation>
    </message>
    <message>
        <source>Visit %1 says it earned %2 points but the ledger has %3.</source>
        <translation>消費 %1 記為獲得 %2 積分，但帳目為 %3。</translation>
    </message>
    <message>
        <source>Visit %1 is void but its ledger entry %2 (%3) was not reversed.</source>
        <translation>消費 %1 已作廢，但其帳目 %2（%3）未沖銷。</translation>
    </message>
    <message>
        <source>Reversal %1 (%2 points) does not undo its entry exactly (%3 points).</source>
        <translation>沖銷 %1（%2 積分）與原帳目（%3 積分）不完全對應。</translation>
    </message>
    <message>
        <source>Member %1: %2 visits counted but %3 recorded.</source>
        <translation>會員 %1：統計 %2 次消費，實際記錄 %3 次。</translation>
    </message>
    <message>
        <source>… and more of the same.</source>
        <translation>……還有更多同類問題。</translation>
    </message>
    <message>
        <source>Member %1: the last visit is kept as %2 but the visits say %3.</source>
        <translation>會員 %1：記錄的最近消費時間為 %2，但消費記錄顯示為 %3。</translation>
    </message>
    <message>
        <source>Member %1: the visit days kept are “%2” but the visits say “%3”.</source>
        <translation>會員 %1：記錄的到店日期為「%2」，但消費記錄顯示為「%3」。</translation>
    </message>
    <message>
        <source>Member %1: a 12-month spend and visit count of %2 (cents / visits) are kept but the visits add up to %3.</source>
        <translation>會員 %1：記錄的近 12 個月消費與次數為 %2（分 / 次），但消費記錄合計為 %3。</translation>
    </message>
    <message>
        <source>Day %1: the totals kept (visits/revenue/earned/redeemed/expired/adjusted/reversed/new members) are %2 but the rows say %3.</source>
        <translation>%1：記錄的日彙總（消費次數/營業額/獲得/折抵/過期/調整/沖回/新會員）為 %2，但明細顯示為 %3。</translation>
    </message>
    <message>
        <source>Members who joined in %1 and came in %2: %3 kept but the visits say %4.</source>
        <translation>%1 入會、%2 到店的會員：記錄為 %3，但按到店記錄應為 %4。</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>There is no member with id %1.</source>
        <translation>沒有編號為 %1 的會員。</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>Only the owner can import members.</source>
        <translation>只有店主可以匯入會員。</translation>
    </message>
    <message>
        <source>The file is empty: a header row naming the columns is needed.</source>
        <translation>檔案是空的：需要一列欄名作為表頭。</translation>
    </message>
    <message>
        <source>Line 1: no column is named name or phone (姓名, 手机): this is not a list of members, or its header is missing.</source>
        <translation>第 1 行：沒有名為「姓名」或「手機」（name、phone）的欄：這不是會員名單，或缺少表頭。</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2.</source>
        <translation>有 %1 個欄位，但表頭只有 %2 欄。</translation>
    </message>
    <message>
        <source>The card number “%1” has other than letters, digits and dashes, or more than 32 of them.</source>
        <translation>卡號「%1」含有字母、數字和短橫線以外的字元，或超過 32 位。</translation>
    </message>
    <message>
        <source>Card %1 is on line %2 already.</source>
        <translation>卡號 %1 已在第 %2 行出現。</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>卡號 %1 已屬於 %2。</translation>
    </message>
    <message>
        <source>“%1” is not a day that has been: write joined as YYYY-MM-DD.</source>
        <translation>「%1」不是已過去的日期：入會日期請寫成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Points are a whole number from 0 to %1, not “%2”.</source>
        <translation>積分須為 0 到 %1 之間的整數，而不是「%2」。</translation>
    </message>
    <message>
        <source>The phone number %1 is on line %2 already.</source>
        <translation>手機號碼 %1 已在第 %2 行出現。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>MemberProfile</name>
    <message>
        <source>Highest tier</source>
        <translation>最高等級</translation>
    </message>
    <message>
        <source>%1 more in the next 12 months to reach %2</source>
        <translation>未來 12 個月再消費 %1 即可升至%2</translation>
    </message>
    <message>
        <source>Spend in the last 12 months qualifies for %1</source>
        <translation>近 12 個月消費已達到%1標準</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>姓名不能包含換行或控制字元。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters long.</source>
        <translation>姓名最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Gender is f, m, x or unknown.</source>
        <translation>性別請填 f（女）、m（男）、x（其他）或 unknown（未填寫）。</translation>
    </message>
    <message>
        <source>An email address is at most %1 characters long.</source>
        <translation>電子郵件地址最多 %1 個字元。</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.com).</source>
        <translation>「%1」似乎不是有效的電子郵件地址（格式如 name@example.com）。</translation>
    </message>
    <message>
        <source>At most %1 tags.</source>
        <translation>最多只能有 %1 個標籤。</translation>
    </message>
    <message>
        <source>A tag is at most %1 characters long.</source>
        <translation>每個標籤最多 %1 個字元。</translation>
    </message>
    <message>
        <source>A note is at most %1 characters long.</source>
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>A note cannot contain control characters.</source>
        <translation>備註不能包含控制字元。</translation>
    </message>
    <message>
        <source>Marketing consent is yes or no.</source>
        <translation>是否同意接收優惠訊息，請填 yes 或 no。</translation>
    </message>
    <message>
        <source>A member cannot refer themselves.</source>
        <translation>會員不能推薦自己。</translation>
    </message>
    <message>
        <source>Referrer: %1</source>
        <translation>推薦人：%1</translation>
    </message>
    <message>
        <source>Enter a name or a phone number (at least one).</source>
        <translation>請至少填寫姓名或手機號碼其中一項。</translation>
    </message>
    <message>
        <source>This phone number already belongs to %1 (card %2).</source>
        <translation>此手機號碼已由 %1（卡號 %2）使用。</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased; the record cannot be edited.</source>
        <translation>此會員的個人資料已清除，此紀錄無法再編輯。</translation>
    </message>
    <message>
        <source>Only the owner can archive members.</source>
        <translation>只有店主才能封存會員。</translation>
    </message>
    <message>
        <source>Only the owner can restore archived members.</source>
        <translation>只有店主才能還原已封存的會員。</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 並未封存。</translation>
    </message>
    <message>
        <source>“%1” is not a member id (id:123).</source>
        <translation>「%1」不是有效的會員 ID（格式如 id:123）。</translation>
    </message>
    <message>
        <source>Name a member by card number, phone number or id:N.</source>
        <translation>請以卡號、手機號碼或 id:N 指定會員。</translation>
    </message>
    <message>
        <source>No member has the card or phone number “%1”.</source>
        <translation>找不到卡號或手機號碼為「%1」的會員。</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>找不到 ID 為 %1 的會員。</translation>
    </message>
    <message>
        <source>%1 is already archived or erased.</source>
        <translation>%1 已封存或已清除個人資料。</translation>
    </message>
</context>
<context>
    <name>MemberState</name>
    <message>
        <source>New</source>
        <translation>新會員</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失風險</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>about every day</source>
        <translation>幾乎每天來</translation>
    </message>
    <message>
        <source>about once a month</source>
        <translation>大約每月來一次</translation>
    </message>
    <message numerus="yes">
        <source>about every %n days</source>
        <translation>
            <numerusform>大約每 %n 天來一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about every %n weeks</source>
        <translation>
            <numerusform>大約每 %n 週來一次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberText</name>
    <message>
        <source>Registered member %1 with card %2.</source>
        <translation>已登記會員 %1，卡號 %2。</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000, not “%1”.</source>
        <translation>--limit 須為 1 到 1000 之間的整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>找不到符合「%1」的會員。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Archived %1: hidden from the counter, history kept.</source>
        <translation>已封存 %1：櫃檯不再顯示，歷史紀錄已保留。</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已還原為正常會員。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>請輸入金額。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: use digits and a decimal point, e.g. 12.50.</source>
        <translation>「%1」不是有效的金額，請使用數字與小數點，例如 12.50。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (cents).</source>
        <translation>金額最多只能有兩位小數。</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>金額過大，上限為 %1。</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>簡訊/LINE</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已聯繫上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Will come back</source>
        <translation>會再來</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感興趣</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬走</translation>
    </message>
    <message>
        <source>Called on %1</source>
        <translation>%1 打過電話</translation>
    </message>
    <message>
        <source>Messaged on %1</source>
        <translation>%1 傳過訊息</translation>
    </message>
    <message>
        <source>Spoke in person on %1</source>
        <translation>%1 當面聊過</translation>
    </message>
    <message>
        <source>Sent a coupon on %1</source>
        <translation>%1 發過優惠券</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>請輸入手機號碼。</translation>
    </message>
    <message>
        <source>A phone number contains only digits (spaces, dashes and +86 are fine).</source>
        <translation>手機號碼只能包含數字（可含空格、連字號與 +86）。</translation>
    </message>
    <message>
        <source>A phone number needs at least %1 digits.</source>
        <translation>手機號碼至少需要 %1 位數字。</translation>
    </message>
    <message>
        <source>A phone number has at most %1 digits.</source>
        <translation>手機號碼最多 %1 位數字。</translation>
    </message>
    <message>
        <source>A mobile number starting with 1 has 11 digits; this one has %1.</source>
        <translation>以 1 開頭的手機號碼應為 11 位，目前輸入的是 %1 位。</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>Not enough points: %1 more are needed.</source>
        <translation>積分不足：還差 %1 積分。</translation>
    </message>
</context>
<context>
    <name>PointsRules</name>
    <message>
        <source>Points to redeem cannot be negative.</source>
        <translation>折抵積分不能為負數。</translation>
    </message>
    <message>
        <source>At least %1 points per redemption.</source>
        <translation>每次至少折抵 %1 積分。</translation>
    </message>
    <message>
        <source>The member has only %1 points; %2 cannot be redeemed.</source>
        <translation>該會員只有 %1 積分，不能折抵 %2 積分。</translation>
    </message>
    <message>
        <source>Points can pay at most %1% of this visit: up to %2 points.</source>
        <translation>積分最多只能支付本次消費的 %1%：最多 %2 積分。</translation>
    </message>
</context>
<context>
    <name>PointsService</name>
    <message>
        <source>Only the owner can adjust points.</source>
        <translation>只有店主可以調整積分。</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>請填寫調整原因。</translation>
    </message>
    <message>
        <source>A reason is at most 200 characters.</source>
        <translation>原因最多 200 個字。</translation>
    </message>
    <message>
        <source>An adjustment of 0 points changes nothing.</source>
        <translation>調整 0 積分不會有任何變化。</translation>
    </message>
    <message>
        <source>An adjustment is at most %1 points either way.</source>
        <translation>單次調整最多增減 %1 積分。</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased.</source>
        <translation>該會員的個人資料已清除。</translation>
    </message>
    <message>
        <source>%1 has %2 points: taking %3 would go below zero.</source>
        <translation>%1 只有 %2 積分：扣除 %3 會變成負數。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Champions</source>
        <translation>明星會員</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠實會員</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛力會員</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>需挽回</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>重要挽留</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>沒有名為「%1」的設定項目。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 不可空白。</translation>
    </message>
    <message>
        <source>%1 is at most %2 characters long.</source>
        <translation>%1 最多 %2 個字元。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 須為整數，而不是「%2」。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必須介於 %2 到 %3 之間。</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2.</source>
        <translation>「%1」不是 %2 的有效值。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s settings.</source>
        <translation>只有店主才能變更店鋪設定。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than %3 (%4).</source>
        <translation>%1（%2）不能大於 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>ShopText</name>
    <message>
        <source>--%1 takes a whole number from 0 to %2, not “%3”.</source>
        <translation>--%1 須為 0 到 %2 之間的整數，而不是「%3」。</translation>
    </message>
    <message>
        <source>My Shop</source>
        <translation>我的店鋪</translation>
    </message>
    <message>
        <source>Created the shop “%1” in %2.</source>
        <translation>已在 %2 建立店鋪「%1」。</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed 須為整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>Demo Shop</source>
        <translation>示範店鋪</translation>
    </message>
    <message>
        <source>The demo shop %1 is ready: %2 members, %3 visits.</source>
        <translation>示範店鋪 %1 已就緒：%2 位會員，%3 次消費。</translation>
    </message>
    <message>
        <source>Only the owner can make backups from the command line.</source>
        <translation>只有店主可以透過命令列備份。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>備份已寫入並校驗：%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已從 %2 還原 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file it replaced is kept as %3.</source>
        <translation>已從 %2 還原 %1。被取代的檔案保留為 %3。</translation>
    </message>
    <message>
        <source>Building the demo shop… %1%</source>
        <translation>正在建立示範店鋪… %1%</translation>
    </message>
</context>
<context>
    <name>SlipBuilder</name>
    <message>
        <source>There is no coupon %1.</source>
        <translation>沒有券號為 %1 的優惠券。</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>No ESC/POS printer is set up: enter its device or address in the printer settings.</source>
        <translation>尚未設定 ESC/POS 印表機：請在印表機設定中填寫裝置或位址。</translation>
    </message>
    <message>
        <source>This computer has no printer set up.</source>
        <translation>這台電腦沒有設定印表機。</translation>
    </message>
    <message>
        <source>The printer “%1” is not available.</source>
        <translation>印表機「%1」無法使用。</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>The printer “%1” cannot print now.</source>
        <translation>印表機「%1」現在無法列印。</translation>
    </message>
</context>
<context>
    <name>SlipRenderer</name>
    <message>
        <source>The slip cannot be written to %1: %2</source>
        <translation>收據無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1.</source>
        <translation>收據無法寫入 %1。</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>The coupons cannot be written to %1.</source>
        <translation>優惠券無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>SlipText</name>
    <message>
        <source>Member: %1</source>
        <translation>會員：%1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>卡號 %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>積分折抵（%1 點）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>實付</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>本次積分</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>積分餘額</translation>
    </message>
    <message>
        <source>%1 points expire after %2</source>
        <translation>%1 點積分將於 %2 後到期</translation>
    </message>
    <message>
        <source>Upgraded to %1!</source>
        <translation>已升級至%1！</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>會員等級：%1</translation>
    </message>
    <message>
        <source>Valid through %1</source>
        <translation>有效期限至 %1</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Members now</source>
        <translation>目前會員</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Share of active members</source>
        <translation>佔有效會員的比例</translation>
    </message>
</context>
<context>
    <name>TierFilter</name>
    <message>
        <source>%1 and higher</source>
        <translation>%1及以上</translation>
    </message>
</context>
<context>
    <name>TierLadder</name>
    <message>
        <source>A shop has exactly %1 tiers.</source>
        <translation>每家店鋪固定有 %1 個等級。</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>請為第 %1 級填寫名稱。</translation>
    </message>
    <message>
        <source>A tier&apos;s name is at most %1 characters long.</source>
        <translation>等級名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Two tiers are called “%1”: each needs its own name.</source>
        <translation>有兩個等級都叫「%1」，每個等級的名稱必須不同。</translation>
    </message>
    <message>
        <source>The lowest tier (%1) starts at 0: every member holds at least that.</source>
        <translation>最低等級（%1）的門檻必須為 0：每位會員至少屬於這個等級。</translation>
    </message>
    <message>
        <source>The threshold of %1 must be higher than that of %2.</source>
        <translation>%1的門檻必須高於%2。</translation>
    </message>
    <message>
        <source>The earn percent of %1 must be between 0 and %2.</source>
        <translation>%1的積分比例必須在 0 到 %2 之間。</translation>
    </message>
    <message>
        <source>The perks of %1 are at most %2 characters long.</source>
        <translation>%1的權益說明最多 %2 個字元。</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #rrggbb.</source>
        <translation>「%1」不是有效的顏色，請寫成 #rrggbb 格式。</translation>
    </message>
    <message>
        <source>The target share of %1 must be between 0 and 100 percent.</source>
        <translation>%1的目標佔比必須在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <source>The target shares add up to %1%: they must add up to 100%.</source>
        <translation>目標佔比合計為 %1%，必須剛好是 100%。</translation>
    </message>
</context>
<context>
    <name>TierMoves</name>
    <message>
        <source>Working out which members the new thresholds would move…</source>
        <translation>正在計算新門檻會讓哪些會員變動等級…</translation>
    </message>
    <message>
        <source>No member would change tier with these thresholds.</source>
        <translation>依這些門檻，沒有會員的等級會改變。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) spent enough in the last 12 months for a higher tier than they hold: they move up at their next visit, or at the review on %1.</source>
        <translation>
            <numerusform>有 %n 位會員近 12 個月的消費已達到更高等級的門檻：下次消費時就會升級，最晚在 %1 的等級評定時升級。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) no longer reach the tier they hold: they keep it through their grace and move down at a review after it.</source>
        <translation>
            <numerusform>有 %n 位會員的消費已達不到目前的等級：寬限期內仍保留該等級，寬限期過後於等級評定時降級。</numerusform>
        </translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>門檻未儲存</translation>
    </message>
    <message>
        <source>New tier thresholds</source>
        <translation>新的等級門檻</translation>
    </message>
    <message>
        <source>&amp;Save the thresholds</source>
        <translation>儲存門檻(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <source>No tier review was due: tiers are reviewed as of the first day of each month.</source>
        <translation>目前沒有到期的等級評定：等級於每月 1 日評定。</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed tiers as of %1: %n member(s) moved, %2 renewed, %3 kept in their grace.</source>
        <translation>
            <numerusform>已完成截至 %1 的等級評定：%n 位會員等級變動，%2 位保級，%3 位在寬限期內保留等級。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tiers as of %1: %n active member(s); spend over the last 12 months.</source>
        <translation>
            <numerusform>截至 %1 的等級分布：%n 位活躍會員，依近 12 個月消費計算。</numerusform>
        </translation>
    </message>
    <message>
        <source>tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>members</source>
        <translation>會員數</translation>
    </message>
    <message>
        <source>share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建議門檻</translation>
    </message>
    <message>
        <source>With the suggested thresholds — members whose spend would reach a higher tier: %1; who would no longer reach their own: %2.</source>
        <translation>按建議門檻：消費可升入更高等級的會員 %1 人；不再達到現有等級的會員 %2 人。</translation>
    </message>
</context>
<context>
    <name>VisitLine</name>
    <message>
        <source>Each item needs a category.</source>
        <translation>每項商品都需要類別。</translation>
    </message>
    <message>
        <source>An item&apos;s category is at most 40 characters and its description 200.</source>
        <translation>商品類別最多 40 個字，說明最多 200 個字。</translation>
    </message>
    <message>
        <source>An item&apos;s quantity is a whole number from 1 to 10,000.</source>
        <translation>商品數量須為 1 到 10,000 的整數。</translation>
    </message>
    <message>
        <source>An item&apos;s price is from 0 to %1.</source>
        <translation>商品單價須在 0 到 %1 之間。</translation>
    </message>
    <message>
        <source>An item&apos;s total is at most %1.</source>
        <translation>單項商品小計最多 %1。</translation>
    </message>
    <message>
        <source>An item is category:description:quantity:unit price, e.g. coffee:Latte:2:28.00 — not “%1”.</source>
        <translation>商品格式為 類別:說明:數量:單價，例如 coffee:Latte:2:28.00，而不是「%1」。</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: use a whole number.</source>
        <translation>「%1」不是有效數量：請用整數。</translation>
    </message>
    <message>
        <source>Item price: %1</source>
        <translation>商品單價：%1</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 需要整數，而不是「%2」。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必須在 %2 到 %3 之間。</translation>
    </message>
    <message>
        <source>Visit %1 was already recorded with this UUID; its result is unchanged: %2 points earned, balance then %3.</source>
        <translation>此 UUID 已記錄為消費 %1，結果不變：獲得 %2 積分，當時餘額 %3。</translation>
    </message>
    <message>
        <source>Recorded visit %1 for %2: %3.</source>
        <translation>已為 %2 記錄消費 %1：%3。</translation>
    </message>
    <message>
        <source>  Paid with points: %1 points = %2</source>
        <translation>  積分折抵：%1 積分 = %2</translation>
    </message>
    <message>
        <source>  Points earned: %1</source>
        <translation>  獲得積分：%1</translation>
    </message>
    <message>
        <source>  Bonus: %1</source>
        <translation>  獎勵積分：%1</translation>
    </message>
    <message>
        <source>  Balance: %1 points</source>
        <translation>  餘額：%1 積分</translation>
    </message>
    <message>
        <source>Voided visit %1. Points taken back: %2; points given back: %3. Balance now %4.</source>
        <translation>已作廢消費 %1。收回積分：%2；退還積分：%3。目前餘額 %4。</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 積分</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>%1 has no visits yet.</source>
        <translation>%1 還沒有消費紀錄。</translation>
    </message>
    <message>
        <source>%1: %2 points, balance now %3.</source>
        <translation>%1：%2 積分，目前餘額 %3。</translation>
    </message>
    <message>
        <source>Expired %1 points from %2 lots as of %3.</source>
        <translation>截至 %3，已有 %2 批共 %1 積分到期。</translation>
    </message>
    <message>
        <source>OK: %1 members and %2 ledger entries add up.</source>
        <translation>正常：%1 位會員、%2 筆積分帳目全部核對無誤。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s).</source>
        <translation>
            <numerusform>核對發現 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>  Tier: up from %1 to %2</source>
        <translation>  等級：由%1升至%2</translation>
    </message>
    <message>
        <source>  Coupon: %1 off</source>
        <translation>  優惠券：折抵 %1</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1: %2</source>
        <translation>收據無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The visit was recorded, but its slip was not printed: %1</source>
        <translation>消費已記錄，但收據未列印：%1</translation>
    </message>
    <message>
        <source>  Coupon issued: %1</source>
        <translation>  發放優惠券：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::AlertTableModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>暫緩提醒至 %1</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1（已暫緩）</translation>
    </message>
    <message>
        <source>%1 (shop&apos;s usual)</source>
        <translation>%1（本店常見）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Usually comes</source>
        <translation>到店規律</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消費</translation>
    </message>
    <message>
        <source>Bought last time</source>
        <translation>上次購買</translation>
    </message>
    <message>
        <source>Spend, 12 months</source>
        <translation>近 12 個月消費</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近聯繫</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::AlertsScreen</name>
    <message>
        <source>Every tier</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <source>The alert list could not be worked out: %1</source>
        <translation>無法產生提醒清單：%1</translation>
    </message>
    <message>
        <source>Only the owner can export member data.</source>
        <translation>只有店主可以匯出會員資料。</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>尚未開啟店鋪。</translation>
    </message>
    <message>
        <source>Working out who stopped coming…</source>
        <translation>正在找出不再到店的會員…</translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n 位有流失風險</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dormant</source>
        <translation>
            <numerusform>%n 位沉睡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n 位已流失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed: %n member(s).</source>
        <translation>
            <numerusform>列出 %n 位會員。</numerusform>
        </translation>
    </message>
    <message>
        <source>In the shop: %1.</source>
        <translation>全店：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed, not listed.</source>
        <translation>
            <numerusform>另有 %n 位已暫緩，未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back: nobody was contacted yet. Contacts and coupons given to members at risk or dormant are counted here.</source>
        <translation>召回：尚未聯繫任何會員。對有流失風險或沉睡會員的聯繫和發券都會在這裡統計。</translation>
    </message>
    <message>
        <source>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4%), %5 may still come.</source>
        <translation>召回：在有流失風險或沉睡時聯繫了 %1 位，%2 位在 %3 天內回店（%4%），還有 %5 位可能回來。</translation>
    </message>
    <message>
        <source>Who stopped coming</source>
        <translation>誰不來了</translation>
    </message>
    <message>
        <source>Each member&apos;s own rhythm: at risk when away more than twice their usual gap, dormant after four times, lost after a year. The most valuable come first — call them, send a coupon, or snooze them.</source>
        <translation>依每位會員自己的到店規律判斷：超過平時間隔的 2 倍未到店為「有流失風險」，超過 4 倍為「沉睡」，超過一年為「已流失」。價值最高的排在最前——打個電話、送張優惠券，或暫緩提醒。</translation>
    </message>
    <message>
        <source>At risk and dormant</source>
        <translation>有流失風險和沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失風險</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Lost (away over a year)</source>
        <translation>已流失（超過一年未到店）</translation>
    </message>
    <message>
        <source>Show snoozed</source>
        <translation>顯示已暫緩</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>記錄聯繫(&amp;L)…</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>暫緩提醒(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>暫緩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>取消暫緩</translation>
    </message>
    <message>
        <source>Win-back &amp;coupon…</source>
        <translation>召回優惠券(&amp;C)…</translation>
    </message>
    <message>
        <source>Serve at the &amp;counter</source>
        <translation>到收銀台接待(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export a call sheet…</source>
        <translation>匯出回訪表(&amp;E)…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暫緩提醒</translation>
    </message>
    <message>
        <source>Win-back %1</source>
        <translation>召回 %1</translation>
    </message>
    <message>
        <source>Win-back coupon</source>
        <translation>召回優惠券</translation>
    </message>
    <message>
        <source>Coupon %1 issued. Print it on the receipt printer now?</source>
        <translation>已發放優惠券 %1。現在用收據印表機列印嗎？</translation>
    </message>
    <message>
        <source>Printing the coupon…</source>
        <translation>正在列印優惠券…</translation>
    </message>
    <message>
        <source>Export a call sheet</source>
        <translation>匯出回訪表</translation>
    </message>
    <message>
        <source>call-sheet-%1.csv</source>
        <translation>回訪表-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the call sheet…</source>
        <translation>正在寫入回訪表…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 位會員寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back by &amp;month…</source>
        <translation>按月查看召回(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::ChartPanel</name>
    <message>
        <source>Picture not saved</source>
        <translation>圖片未儲存</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Data not saved</source>
        <translation>資料未儲存</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>將圖表儲存為圖片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data</source>
        <translation>儲存圖表資料</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>儲存圖片…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>將此圖表儲存為 PNG 圖片</translation>
    </message>
    <message>
        <source>Save data…</source>
        <translation>儲存資料…</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart as a CSV file (opens in Excel)</source>
        <translation>將此圖表的數字儲存為 CSV 檔案（可用 Excel 開啟）</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CohortHeatMap</name>
    <message>
        <source>Members who came back, by the month they joined</source>
        <translation>按入會月份看會員回頭情況</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>還沒有會員。</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>入會月份</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Months after joining (0: the month they joined)</source>
        <translation>入會後的第幾個月（0：入會當月）</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>記錄聯繫</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. moved to the other side of town; will come on Saturday</source>
        <translation>例如：搬到城的另一邊了；週六會來</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CounterScreen</name>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>金額(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>e.g. 36.50</source>
        <translation>例如 36.50</translation>
    </message>
    <message>
        <source>&amp;Pay with points</source>
        <translation>積分折抵(&amp;P)</translation>
    </message>
    <message>
        <source>points to redeem (optional)</source>
        <translation>要折抵的積分（可不填）</translation>
    </message>
    <message>
        <source>Record visit  (Enter)</source>
        <translation>記錄消費 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo this visit…</source>
        <translation>撤銷這筆消費(&amp;U)…</translation>
    </message>
    <message>
        <source>Today at the counter</source>
        <translation>今日櫃檯</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Void selected visit…</source>
        <translation>作廢選取的消費(&amp;V)…</translation>
    </message>
    <message>
        <source>The result of each visit shows here: points earned, bonuses, the new balance.</source>
        <translation>每筆消費的結果會顯示在這裡：獲得的積分、獎勵與新餘額。</translation>
    </message>
    <message>
        <source>Points to redeem are a whole number, like 500.</source>
        <translation>折抵積分須為整數，例如 500。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額必須大於零。</translation>
    </message>
    <message>
        <source>%1 points pay %2; %3 left to pay.</source>
        <translation>%1 積分折抵 %2，還需支付 %3。</translation>
    </message>
    <message>
        <source>Enter the amount first.</source>
        <translation>請先輸入金額。</translation>
    </message>
    <message>
        <source>Up to %1 points (worth %2) can pay for this visit.</source>
        <translation>本次最多可用 %1 積分（價值 %2）折抵。</translation>
    </message>
    <message>
        <source>Not enough points to pay with (at least %1).</source>
        <translation>積分不足，無法折抵（至少需要 %1）。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>請輸入金額。</translation>
    </message>
    <message>
        <source>Visit not recorded</source>
        <translation>消費未記錄</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 積分</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1（消費 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) earned</source>
        <translation>
            <numerusform>獲得 %n 積分</numerusform>
        </translation>
    </message>
    <message>
        <source>member day ×%1</source>
        <translation>會員日 ×%1</translation>
    </message>
    <message>
        <source>+%1 birthday bonus</source>
        <translation>生日獎勵 +%1</translation>
    </message>
    <message>
        <source>+%1 bonus</source>
        <translation>獎勵 +%1</translation>
    </message>
    <message>
        <source>%1 points paid %2</source>
        <translation>%1 積分折抵 %2</translation>
    </message>
    <message>
        <source>%1 gets %2 points for referring them.</source>
        <translation>推薦人 %1 獲得 %2 積分推薦獎勵。</translation>
    </message>
    <message>
        <source>New balance: %1 points</source>
        <translation>新餘額：%1 積分</translation>
    </message>
    <message>
        <source>Visit not voided</source>
        <translation>消費未作廢</translation>
    </message>
    <message>
        <source>Visit %1 voided. %2 points taken back, %3 given back; balance now %4.</source>
        <translation>消費 %1 已作廢。收回 %2 積分，退還 %3 積分；目前餘額 %4。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作廢</translation>
    </message>
    <message numerus="yes">
        <source>Today at the counter: %n visit(s)</source>
        <translation>
            <numerusform>今日櫃檯：%n 筆消費</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today at the counter: the latest %n visits</source>
        <translation>
            <numerusform>今日收銀：最近 %n 筆消費</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded to %1!</source>
        <translation>已升級至%1！</translation>
    </message>
    <message>
        <source>Earns ×%1 points from the next visit.</source>
        <translation>下次消費起積分 ×%1。</translation>
    </message>
    <message>
        <source>C&amp;oupon</source>
        <translation>優惠券(&amp;O)</translation>
    </message>
    <message>
        <source>scan or type the code (optional)</source>
        <translation>掃描或輸入券號（可不填）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>%1: %2 off; %3 left to pay.</source>
        <translation>%1：折抵 %2，還需支付 %3。</translation>
    </message>
    <message>
        <source>coupon %1 off</source>
        <translation>優惠券折抵 %1</translation>
    </message>
    <message>
        <source>Print &amp;slip</source>
        <translation>列印收據(&amp;S)</translation>
    </message>
    <message>
        <source>Print this visit&apos;s slip again (Ctrl+P).</source>
        <translation>再次列印這筆消費的收據（Ctrl+P）。</translation>
    </message>
    <message>
        <source>A coupon for next time: %1 (on the slip)</source>
        <translation>送您下次用的優惠券：%1（印在收據上）</translation>
    </message>
    <message>
        <source>No coupons yet: add them on the Coupons screen</source>
        <translation>還沒有優惠券：請在「優惠券」頁面新增</translation>
    </message>
    <message>
        <source>&amp;Give a coupon</source>
        <translation>發優惠券(&amp;G)</translation>
    </message>
    <message>
        <source>Coupon not given</source>
        <translation>優惠券未發放</translation>
    </message>
    <message>
        <source>Coupon given: %1</source>
        <translation>已發放優惠券：%1</translation>
    </message>
    <message>
        <source>Code %1, valid through %2.</source>
        <translation>券號 %1，有效期限至 %2。</translation>
    </message>
    <message>
        <source>Pre&amp;view slip…</source>
        <translation>預覽收據(&amp;V)…</translation>
    </message>
    <message>
        <source>Welcome back!</source>
        <translation>歡迎回來！</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CouponsScreen</name>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>To</source>
        <translation>發給</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>活動名稱</translation>
    </message>
    <message>
        <source>Campaign: one coupon to each member</source>
        <translation>優惠券活動：每位會員一張</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Coupons bring regulars back when they are aimed at them: each coupon&apos;s code is unique and its use is counted, so you see which ones work.</source>
        <translation>有針對性的優惠券才能把老顧客帶回來：每張券的券號都不同，使用情形逐張統計，哪種券有效一目了然。</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>優惠</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued by itself</source>
        <translation>自動發放</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已發放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Paid at those visits</source>
        <translation>用券消費實付</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation>新增優惠券(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Issue the coupons…</source>
        <translation>發放優惠券(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>with an upgrade</source>
        <translation>升級時</translation>
    </message>
    <message>
        <source>in the birthday month</source>
        <translation>生日月</translation>
    </message>
    <message>
        <source>Every active member</source>
        <translation>所有活躍會員</translation>
    </message>
    <message>
        <source>Campaign of %1</source>
        <translation>%1 的活動</translation>
    </message>
    <message>
        <source>Add a coupon first.</source>
        <translation>請先新增一種優惠券。</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s) will get one.</source>
        <translation>
            <numerusform>將有 %n 位活躍會員各得一張。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the coupons</source>
        <translation>發放優惠券</translation>
    </message>
    <message>
        <source>Issue “%1” now? %2</source>
        <translation>現在發放「%1」嗎？%2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Members in any state</source>
        <translation>所有狀態的會員</translation>
    </message>
    <message>
        <source>The alert list: at risk and dormant, not snoozed</source>
        <translation>提醒清單：有流失風險和沉睡（不含已暫緩）</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>僅%1</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>正在統計會員…</translation>
    </message>
    <message>
        <source>RFM segment: %1</source>
        <translation>RFM 分群：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>數據看板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>時間段(&amp;P)：</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自選日期</translation>
    </message>
    <message>
        <source>&amp;Show by:</source>
        <translation>顯示方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>營業額</translation>
    </message>
    <message>
        <source>new members</source>
        <translation>新會員</translation>
    </message>
    <message>
        <source>points earned</source>
        <translation>獲得積分</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <translation>使用積分</translation>
    </message>
    <message>
        <source>alerts waiting</source>
        <translation>待跟進提醒</translation>
    </message>
    <message>
        <source>Open the alert list: members who stopped coming</source>
        <translation>開啟提醒列表：不再來店的會員</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>沒有開啟店鋪。</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>正在計算資料…</translation>
    </message>
    <message>
        <source>The figures could not be worked out: %1</source>
        <translation>無法計算資料：%1</translation>
    </message>
    <message>
        <source>Today
%1</source>
        <translation>今天
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %Ln visit(s), %3 revenue. Tiers, states, segments and coupons are as of today; the 12 months are the ones up to today.</source>
        <translation>
            <numerusform>%1 至 %2：到店 %Ln 次，營業額 %3。等級、狀態、分群和優惠券為今天的資料；近 12 個月指截至今天的 12 個月。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ui::DemoShopBuilder</name>
    <message>
        <source>Building the demo shop…</source>
        <translation>正在建立示範店鋪…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>示範店鋪</translation>
    </message>
    <message>
        <source>The demo shop could not be built: %1</source>
        <translation>無法建立示範店鋪：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::GlobalSearch</name>
    <message>
        <source>Type the last 4 digits of the phone, a name, pinyin initials like wxm, or scan a card; pick with the arrow keys and Enter.</source>
        <translation>輸入手機號碼末 4 碼、姓名、拼音首字母（如 wxm），或掃描會員卡；以方向鍵選擇，按 Enter 確認。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 積分</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has %1 — register a new member with this phone</source>
        <translation>沒有會員使用 %1 —— 以此手機號碼登記新會員</translation>
    </message>
    <message>
        <source>No member matches “%1”</source>
        <translation>找不到符合「%1」的會員</translation>
    </message>
    <message>
        <source>Find a member: phone or its last 4 digits, name, pinyin, or scan the card (F2)</source>
        <translation>搜尋會員：手機號碼或末 4 碼、姓名、拼音，或掃描會員卡 (F2)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>卡號 %1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::ImportDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入會日期</translation>
    </message>
    <message>
        <source>Import members from %1</source>
        <translation>從 %1 匯入會員</translation>
    </message>
    <message>
        <source>Each column of the file goes into the field chosen for it (“—”: left out). A row with a problem is left out and listed below with its line; the others go in together.</source>
        <translation>檔案的每一欄匯入到為它選擇的欄位（「—」：不匯入）。有問題的列不會匯入，並連同列號列在下方；其餘的列一起匯入。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>匯入到</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>列號</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新檢查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be imported (the file is %1).</source>
        <translation>
            <numerusform>將匯入 %n 位會員（檔案編碼為 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and will be left out:</source>
        <translation>
            <numerusform>%n 列有問題，不會匯入：</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>沒有發現問題。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n member(s)</source>
        <translation>
            <numerusform>匯入 %n 位會員(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>正在匯入會員…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 位會員。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>新增店鋪(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>開啟店鋪(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>開啟示範店鋪(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>會員(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Register new member…</source>
        <translation>登記新會員(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>搜尋會員(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LoyaltyDesk</source>
        <translation>關於會員積分台(&amp;A)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>LoyaltyDesk</source>
        <translation>會員積分台</translation>
    </message>
    <message>
        <source>%1 — LoyaltyDesk</source>
        <translation>%1 — 會員積分台</translation>
    </message>
    <message>
        <source>Shop file: %1</source>
        <translation>店鋪檔案：%1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation>無法開啟店鋪</translation>
    </message>
    <message>
        <source>%1

The file was not changed. Open another shop file, or create a new one?</source>
        <translation>%1

此檔案未做任何變更。要開啟其他店鋪檔案，還是新增一個？</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>開啟其他…</translation>
    </message>
    <message>
        <source>Create a new shop…</source>
        <translation>新增店鋪…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>開啟店鋪</translation>
    </message>
    <message>
        <source>Shop files (%1)</source>
        <translation>店鋪檔案 (%1)</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新增店鋪</translation>
    </message>
    <message>
        <source>Save the new shop as</source>
        <translation>將新店鋪儲存為</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LoyaltyDesk %1&lt;/h3&gt;&lt;p&gt;The loyalty program for small shops: members, visits, points, tiers and coupons, and who has stopped coming — in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;會員積分台 %1&lt;/h3&gt;&lt;p&gt;專為小店打造的會員積分系統：會員、消費、積分、等級與優惠券，還能看出哪些老顧客不再上門——全都存在這台電腦上的一個檔案裡。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shop: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;店鋪：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;檔案：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, SQLite, ICU and zint.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用 Qt %1、SQLite、ICU 與 zint 建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LoyaltyDesk</source>
        <translation>關於會員積分台</translation>
    </message>
    <message>
        <source>The shop file is damaged</source>
        <translation>店鋪檔案已損毀</translation>
    </message>
    <message>
        <source>A check of the shop file found damage:

%1

Stop using this file and restore the newest backup.</source>
        <translation>檢查店鋪檔案時發現損毀：

%1

請停止使用此檔案，並還原最新的備份。</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Today&apos;s backup is made: %1</source>
        <translation>今日備份已完成：%1</translation>
    </message>
    <message>
        <source>⚠ Today&apos;s automatic backup could not be made: %1</source>
        <translation>⚠ 今日自動備份未能完成：%1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>還原備份(&amp;R)…</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>關閉前正在備份…</translation>
    </message>
    <message>
        <source>No backup on exit</source>
        <translation>結束時未備份</translation>
    </message>
    <message>
        <source>The backup on closing could not be made:

%1</source>
        <translation>關閉時的備份未能完成：

%1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>備份已寫入並校驗：%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>There are no backups of this shop in %1 yet.</source>
        <translation>%1 中還沒有這家店的備份。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 KB</source>
        <translation>%1 — %2，%3 KB</translation>
    </message>
    <message>
        <source>The shop as it was at:</source>
        <translation>還原到以下時間的店鋪資料：</translation>
    </message>
    <message>
        <source>Replace the shop by the backup of %1? Whatever was recorded after it will not be in the shop; the current file is kept beside it, so nothing is deleted.</source>
        <translation>用 %1 的備份取代店鋪資料？之後記錄的內容將不在店鋪中；目前檔案會保留在旁邊，不會刪除任何內容。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在還原備份…</translation>
    </message>
    <message>
        <source>Restored. The file it replaced is kept as %1</source>
        <translation>已還原。被取代的檔案保留為 %1</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>還原 %1 的備份</translation>
    </message>
    <message>
        <source>first open of the day</source>
        <translation>當日首次開啟</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>關閉時</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>收據已傳送到印表機。</translation>
    </message>
    <message>
        <source>⚠ The slip was not printed: %1</source>
        <translation>⚠ 收據未列印：%1</translation>
    </message>
    <message>
        <source>Receipt &amp;printer…</source>
        <translation>收據印表機(&amp;P)…</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>流失提醒</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV</source>
        <translation>匯出為 CSV(&amp;X)</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>匯入會員</translation>
    </message>
    <message>
        <source>Only the owner can import members.</source>
        <translation>只有店主可以匯入會員。</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV 檔案 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>從 CSV 匯入會員(&amp;I)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>數據看板</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberCard</name>
    <message>
        <source>Press F2 and type the last 4 digits of the phone, a name or pinyin initials — or scan the card.</source>
        <translation>按 F2，輸入手機號碼末 4 碼、姓名或拼音首字母，或直接掃描會員卡。</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>卡號 %1</translation>
    </message>
    <message>
        <source>points</source>
        <comment>the balance under the big number</comment>
        <translation>積分</translation>
    </message>
    <message>
        <source>Birthday this month (%1)</source>
        <translation>本月生日（%1）</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>birthday without year</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>owes %1 points after a void</source>
        <translation>作廢後欠 %1 積分</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Last visit %1 (%2).</source>
        <translation>最近消費：%1（%2）。</translation>
    </message>
    <message>
        <source>Last visit %1: %2.</source>
        <translation>最近消費（%1）：%2。</translation>
    </message>
    <message>
        <source>First visit today — welcome them!</source>
        <translation>今天是首次消費，歡迎新會員！</translation>
    </message>
    <message>
        <source>%1 points on %2</source>
        <translation>%2 到期 %1 積分</translation>
    </message>
    <message>
        <source>Expiring soon: %1</source>
        <translation>即將到期：%1</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（有效至 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) to use: %1</source>
        <translation>
            <numerusform>可用優惠券 %n 張：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>comes %1</source>
        <comment>a rhythm: comes about every 7 days</comment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberDetailPanel</name>
    <message>
        <source>Pick a member in the list to see their details.

F2 finds a member from anywhere.</source>
        <translation>在清單中選擇一位會員即可查看詳細資料。

在任何畫面按 F2 都能搜尋會員。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>birthday without year</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>%1 — this month!</source>
        <translation>%1（本月壽星！）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>活躍狀態</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入會日期</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>優惠訊息</translation>
    </message>
    <message>
        <source>Agrees to offers</source>
        <translation>同意接收</translation>
    </message>
    <message>
        <source>No offers</source>
        <translation>不接收</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Archived — hidden from the counter</source>
        <translation>已封存（櫃檯不再顯示）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>封存(&amp;A)…</translation>
    </message>
    <message>
        <source>Archive member</source>
        <translation>封存會員</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from the counter and the list; their history stays, and you can restore them from “Show archived”.</source>
        <translation>要封存 %1 嗎？封存後，該會員將不再出現在櫃檯與會員清單中；歷史紀錄會保留，之後可在「顯示已封存」中還原。</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date: day, month and year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 積分</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>%1 since %2; kept at least until %3, then reviewed on the spend of the last 12 months</source>
        <translation>%1（自 %2 起）；至少保留至 %3，之後依近 12 個月消費重新評定</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — comes %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>暫緩提醒至 %1</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近聯繫</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberDialog</name>
    <message>
        <source>Edit member %1</source>
        <translation>編輯會員 %1</translation>
    </message>
    <message>
        <source>Register a new member</source>
        <translation>登記新會員</translation>
    </message>
    <message>
        <source>Card %1 · joined %2</source>
        <translation>卡號 %1 · %2 入會</translation>
    </message>
    <message>
        <source>A name or a phone number is enough; everything else is optional.</source>
        <translation>填寫姓名或手機號碼即可，其餘皆為選填。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>手機(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性別(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>標籤(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. 王小明 or Anna Smith</source>
        <translation>例如：王小明、Anna Smith</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如：138 0013 8000</translation>
    </message>
    <message>
        <source>MM-DD or YYYY-MM-DD, e.g. 03-15</source>
        <translation>MM-DD 或 YYYY-MM-DD，例如 03-15</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>separated by commas, e.g. coffee, weekend</source>
        <translation>以逗號分隔，例如：咖啡，週末</translation>
    </message>
    <message>
        <source>card or phone number of the member who sent them</source>
        <translation>推薦人的卡號或手機號碼</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Agrees to receive offers (marketing consent)</source>
        <translation>同意接收優惠訊息</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>推薦人(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberPointsView</name>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>推薦</translation>
    </message>
    <message>
        <source>sign-up</source>
        <translation>註冊</translation>
    </message>
    <message>
        <source>visit #%1</source>
        <translation>消費 #%1</translation>
    </message>
    <message>
        <source>lot #%1</source>
        <translation>批次 #%1</translation>
    </message>
    <message>
        <source>Every change of points, newest first</source>
        <translation>每一筆積分變動（最新在前）</translation>
    </message>
    <message>
        <source>Lots: points earned together, used oldest first, expiring together</source>
        <translation>積分批次：同時獲得、先到期先使用、同時到期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Earned on</source>
        <translation>獲得日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不過期</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已用完</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天後過期</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>還沒有積分。</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n ledger entries.</source>
        <translation>
            <numerusform>最近 %n 筆積分記錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 points in, %2 used at the till, %3 expired; %4 in open lots.</source>
        <translation>累計：獲得 %1 分，收銀抵扣 %2 分，過期 %3 分；可用批次中尚有 %4 分。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入會日期</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberVisitsView</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>%1 bonus</source>
        <translation>獎勵 %1</translation>
    </message>
    <message>
        <source>%1 paid %2</source>
        <translation>%1 抵 %2</translation>
    </message>
    <message>
        <source>promotion %1%</source>
        <translation>活動 %1%</translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation>已於 %1 作廢</translation>
    </message>
    <message>
        <source>Voided %1: %2</source>
        <translation>已於 %1 作廢：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>單價 %1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n visit(s).</source>
        <translation>
            <numerusform>最近 %n 次消費。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>共 %n 次消費。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voided (struck through).</source>
        <translation>
            <numerusform>其中 %n 次已作廢（劃線顯示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>還沒有消費記錄。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MembersScreen</name>
    <message>
        <source>Filter: phone or its last 4 digits, name, pinyin (wxm), card…</source>
        <translation>篩選：手機號碼或末 4 碼、姓名、拼音（wxm）、卡號…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>登記新會員(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new member (Ctrl+N)</source>
        <translation>登記新會員（Ctrl+N）</translation>
    </message>
    <message>
        <source>first %1 matches</source>
        <translation>僅顯示前 %1 位符合的會員</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>找到 %n 位會員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln 位會員</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>資料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>消費(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>積分(&amp;P)</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::NewShopDialog</name>
    <message>
        <source>Welcome to LoyaltyDesk</source>
        <translation>歡迎使用會員積分台</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新增店鋪</translation>
    </message>
    <message>
        <source>Create a new shop file</source>
        <translation>新增店鋪檔案</translation>
    </message>
    <message>
        <source>Everything your loyalty program knows — members, visits, points — lives in one shop file on this computer. Start your own shop, or look around a demo shop first.</source>
        <translation>會員、消費紀錄、積分……會員方案的所有資料都存在這台電腦上的一個店鋪檔案裡。您可以直接建立自己的店鋪，也可以先到示範店鋪逛逛。</translation>
    </message>
    <message>
        <source>A new, empty shop file. The shop that is open now stays as it is.</source>
        <translation>建立一個新的空白店鋪檔案。目前開啟的店鋪不受影響。</translation>
    </message>
    <message>
        <source>Start my shop</source>
        <translation>建立我的店鋪</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>店鋪名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Corner Tea House</source>
        <translation>例如：巷口茶館</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>開啟示範店鋪</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give your shop a name: it is printed on slips and reports.</source>
        <translation>請為店鋪取個名稱，它會列印在收據與報表上。</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>幣別(&amp;U)：</translation>
    </message>
    <message>
        <source>A made-up shop with 2,000 members, to try everything safely. It is a separate file: your own shop is never mixed with it.</source>
        <translation>一家虛構的店鋪，有 2,000 位會員，可以放心試用所有功能。它是獨立的檔案，不會和您自己的店鋪混在一起。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::PrinterDialog</name>
    <message>
        <source>Test print</source>
        <translation>測試列印</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白銀</translation>
    </message>
    <message>
        <source>Receipt printer works: 中文 ¥ 123</source>
        <translation>收據印表機運作正常：中文 ¥ 123</translation>
    </message>
    <message>
        <source>Sample coupon</source>
        <translation>範例優惠券</translation>
    </message>
    <message>
        <source>Not valid: a test of the barcodes.</source>
        <translation>無效券：僅用於測試條碼。</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>收據印表機</translation>
    </message>
    <message>
        <source>A printer of this computer (with a driver)</source>
        <translation>這台電腦上的印表機（已安裝驅動程式）</translation>
    </message>
    <message>
        <source>An ESC/POS receipt printer (USB device or network)</source>
        <translation>ESC/POS 收據印表機（USB 裝置或網路）</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>列印到</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>預設印表機</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>印表機</translation>
    </message>
    <message>
        <source>/dev/usb/lp0, COM3 or 192.168.1.50:9100</source>
        <translation>/dev/usb/lp0、COM3 或 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Device or address</source>
        <translation>裝置或位址</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 公釐</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 公釐</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙寬</translation>
    </message>
    <message>
        <source>Print the slip of each visit as it is recorded</source>
        <translation>每筆消費記錄後自動列印收據</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>測試列印(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1（目前無法使用）</translation>
    </message>
    <message>
        <source>Only the owner can change the printer.</source>
        <translation>只有店主可以變更印表機設定。</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s device or network address.</source>
        <translation>請填寫印表機的裝置或網路位址。</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>正在列印測試收據…</translation>
    </message>
    <message>
        <source>The test slip was sent to the printer.</source>
        <translation>測試收據已傳送到印表機。</translation>
    </message>
    <message>
        <source>The test slip was not printed: %1</source>
        <translation>測試收據未列印：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::SettingsScreen</name>
    <message>
        <source>%</source>
        <comment>a percent after a number</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date: day, month and year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Points rules</source>
        <translation>積分規則</translation>
    </message>
    <message>
        <source>Only the owner can change the rules.</source>
        <translation>只有店主可以修改規則。</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>獲得積分</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>獎勵積分</translation>
    </message>
    <message>
        <source>Redeeming</source>
        <translation>積分抵現</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Points per %1 spent</source>
        <translation>每消費 %1 得積分</translation>
    </message>
    <message>
        <source>Counted on what is left to pay after coupons and points, rounded down once per visit.</source>
        <translation>按扣除優惠券和積分抵扣後的實付金額計算，每次消費只向下取整一次。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>積分為</translation>
    </message>
    <message>
        <source>Category percents</source>
        <translation>品類積分比例</translation>
    </message>
    <message>
        <source>Items of a listed category earn this percent of the usual points (e.g. 0% for tobacco); all others earn 100%.</source>
        <translation>列表中品類的商品按此比例獲得積分（例如香菸 0%）；其他品類均為 100%。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品類</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>category, as on the items</source>
        <translation>品類名稱，與商品上一致</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>刪除(&amp;M)</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日獎勵</translation>
    </message>
    <message>
        <source>Once a year, with the first visit in the birthday month.</source>
        <translation>每年一次，生日當月第一次消費時發放。</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>推薦獎勵</translation>
    </message>
    <message>
        <source>To the member who sent someone, at that person&apos;s first visit.</source>
        <translation>被推薦人第一次消費時，發給推薦人。</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <translation>註冊獎勵</translation>
    </message>
    <message>
        <source>When a member is registered.</source>
        <translation>會員註冊時發放。</translation>
    </message>
    <message>
        <source>Points worth %1</source>
        <translation>抵 %1 所需積分</translation>
    </message>
    <message>
        <source>When points pay for a visit.</source>
        <translation>用積分支付消費時。</translation>
    </message>
    <message>
        <source>Points pay at most</source>
        <translation>積分最多支付</translation>
    </message>
    <message>
        <source>Of a visit&apos;s amount after coupons. 0% = points cannot pay.</source>
        <translation>佔扣除優惠券後消費金額的比例。0% = 積分不能抵現。</translation>
    </message>
    <message>
        <source>Smallest redemption</source>
        <translation>最少使用</translation>
    </message>
    <message>
        <source>Fewer points cannot be used at once.</source>
        <translation>單次使用不能少於此積分。</translation>
    </message>
    <message>
        <source>Some months after they are earned</source>
        <translation>獲得後若干個月</translation>
    </message>
    <message>
        <source>At the end of the next year</source>
        <translation>次年年底</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不過期</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Counted from the end of the month they were earned in.</source>
        <translation>從獲得當月月底起算。</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>E&amp;xample visit (%1)</source>
        <translation>示例消費（%1）(&amp;X)</translation>
    </message>
    <message>
        <source>For a member in the first tier, without coupons. Higher tiers earn more.</source>
        <translation>按最低等級會員、不用優惠券計算。更高等級獲得更多積分。</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>A day of each month when visits earn more of the usual points: 200% is double.</source>
        <translation>每月的這一天消費可獲得更多積分：200% 即雙倍。</translation>
    </message>
    <message>
        <source>Months without a day %1 have no member day.</source>
        <translation>沒有 %1 日的月份沒有會員日。</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>會員日</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>積分過期</translation>
    </message>
    <message>
        <source>At the end of a month, some months after the month they were earned in.</source>
        <translation>在獲得當月之後若干個月的月底過期。</translation>
    </message>
    <message>
        <source>On 31 December of the year after they were earned.</source>
        <translation>在獲得次年的 12 月 31 日過期。</translation>
    </message>
    <message>
        <source>Points stay until they are used.</source>
        <translation>積分一直有效，直到被使用。</translation>
    </message>
    <message>
        <source>Preview, with the changes not saved yet</source>
        <translation>預覽（含尚未儲存的修改）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Unsaved changes. The preview shows them; visits use the saved rules until you save.</source>
        <translation>有未儲存的修改。預覽已按修改計算；儲存之前，消費仍按已儲存的規則計算。</translation>
    </message>
    <message>
        <source>Saved. Visits recorded from now on use these rules.</source>
        <translation>已儲存。此後記錄的消費按這些規則計算。</translation>
    </message>
    <message>
        <source>The saved rules are back.</source>
        <translation>已還原為儲存的規則。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 積分</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 visit on the member day (day %2 of each month) earns %3.</source>
        <translation>會員日（每月 %2 日）消費 %1 可得 %3。</translation>
    </message>
    <message>
        <source>A %1 visit on another day earns %2.</source>
        <translation>其他日子消費 %1 可得 %2。</translation>
    </message>
    <message>
        <source>A %1 visit earns %2.</source>
        <translation>消費 %1 可得 %2。</translation>
    </message>
    <message>
        <source>%1 of “%2” items (%3%) earn %4 on another day.</source>
        <translation>平日購買 %1 的「%2」品類商品（%3%）可得 %4。</translation>
    </message>
    <message>
        <source>Points can pay up to %1 of a %2 visit (%3 points).</source>
        <translation>%2 的消費最多可用積分支付 %1（%3 積分）。</translation>
    </message>
    <message>
        <source>Points cannot pay for a %1 visit: the share they may pay is worth fewer than %2 points.</source>
        <translation>%1 的消費不能用積分支付：可支付的部分不足 %2 積分。</translation>
    </message>
    <message>
        <source>Bonuses: %1 points in the birthday month, %2 for a referral, %3 at sign-up.</source>
        <translation>獎勵：生日月 %1 分，推薦 %2 分，註冊 %3 分。</translation>
    </message>
    <message>
        <source>%1 points pay %2; at most %3% of a visit, at least %4 points at a time.</source>
        <translation>%1 積分抵 %2；最多支付消費的 %3%，每次至少使用 %4 積分。</translation>
    </message>
    <message>
        <source>Points cannot pay for visits.</source>
        <translation>積分不能抵現。</translation>
    </message>
    <message>
        <source>Points earned on %1 are valid through %2.</source>
        <translation>%1 獲得的積分有效期至 %2。</translation>
    </message>
    <message>
        <source>Points earned on %1 never expire.</source>
        <translation>%1 獲得的積分永不過期。</translation>
    </message>
    <message>
        <source>Type the category as it is written on the items, e.g. tobacco.</source>
        <translation>請輸入與商品上一致的品類名稱，例如「香菸」。</translation>
    </message>
    <message>
        <source>“%1” is on the list already; change its percent there.</source>
        <translation>「%1」已在列表中，請直接修改它的比例。</translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>規則未儲存</translation>
    </message>
    <message>
        <source>Not saved: the shop file was not changed.</source>
        <translation>未儲存：店鋪檔案沒有改動。</translation>
    </message>
    <message>
        <source>The points rules have changes that are not saved yet.</source>
        <translation>積分規則有尚未儲存的修改。</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>儲存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Drop them</source>
        <translation>放棄修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <source>How members earn points, what points are worth, when they expire and what the tiers take. Visits already recorded keep the points they earned.</source>
        <translation>會員如何獲得積分、積分值多少錢、何時過期，以及各等級的門檻。已記錄的消費保留原來獲得的積分。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>寬限期</translation>
    </message>
    <message>
        <source>A tier is kept this long after it was reached or renewed, even when the spend no longer reaches it. Tiers are reviewed on the first of each month.</source>
        <translation>達到或保級後，即使消費不再達標，等級也會保留這麼久。等級於每月 1 日評定。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TemplateDialog</name>
    <message>
        <source>New coupon</source>
        <translation>新增優惠券</translation>
    </message>
    <message>
        <source>e.g. ¥20 off ¥100</source>
        <translation>例如 滿100折抵20</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>An amount off</source>
        <translation>折抵金額</translation>
    </message>
    <message>
        <source>A percent off</source>
        <translation>按比例折抵</translation>
    </message>
    <message>
        <source>An amount off a spend of at least… (满减)</source>
        <translation>滿額折抵</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>優惠</translation>
    </message>
    <message>
        <source>On a spend of at least</source>
        <translation>消費滿</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>最低消費</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>所有會員</translation>
    </message>
    <message>
        <source>For</source>
        <translation>適用會員</translation>
    </message>
    <message>
        <source>By hand and in campaigns</source>
        <translation>手動發放及活動發放</translation>
    </message>
    <message>
        <source>Also by itself, with each tier upgrade</source>
        <translation>另在會員升級時自動發放</translation>
    </message>
    <message>
        <source>Also by itself, once a year in the birthday month</source>
        <translation>另在生日月自動發放（每年一次）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已發放</translation>
    </message>
    <message>
        <source>printed under the coupon, e.g. not with other offers</source>
        <translation>印在券下方，例如：不與其他優惠同享</translation>
    </message>
    <message>
        <source>Slip text</source>
        <translation>收據說明</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折抵比例（%）</translation>
    </message>
    <message>
        <source>Amount off (%1)</source>
        <translation>折抵金額（%1）</translation>
    </message>
    <message>
        <source>e.g. 15</source>
        <translation>例如 15</translation>
    </message>
    <message>
        <source>e.g. 20.00</source>
        <translation>例如 20.00</translation>
    </message>
    <message>
        <source>The percent off is a whole number from 1 to 100.</source>
        <translation>折抵比例是 1 到 100 的整數。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TierTable</name>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Spend in 12 months (%1)</source>
        <translation>近 12 個月消費（%1）</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>積分比例</translation>
    </message>
    <message>
        <source>Target share</source>
        <translation>目標佔比</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Perks (printed on the slip)</source>
        <translation>權益（列印在收據上）</translation>
    </message>
    <message>
        <source>Every member holds at least the lowest tier.</source>
        <translation>所有會員至少屬於最低等級。</translation>
    </message>
    <message>
        <source>What a member spends over the last 365 days to reach this tier.</source>
        <translation>會員最近 365 天內消費滿這個金額，即可達到此等級。</translation>
    </message>
    <message>
        <source>Points earned at this tier, as a percent of the usual points.</source>
        <translation>此等級獲得的積分佔一般積分的百分比。</translation>
    </message>
    <message>
        <source>The share of members this tier aims for; the shares add up to 100%.</source>
        <translation>希望此等級會員佔全部會員的比例；各等級合計為 100%。</translation>
    </message>
    <message>
        <source>The colour of the tier&apos;s badge. Click to choose.</source>
        <translation>等級標誌的顏色。按一下即可選擇。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1的顏色</translation>
    </message>
    <message>
        <source>Enter the spend for %1 as an amount, such as 500 or 500.00.</source>
        <translation>請以金額填寫%1的消費門檻，例如 500 或 500.00。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TiersScreen</name>
    <message>
        <source>The tiers could not be worked out: %1</source>
        <translation>無法計算等級分布：%1</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>How your members spread over the tiers, against the shares you aim for. A member&apos;s tier follows what they spent in the last 12 months; the thresholds, earn rates and target shares are in Settings.</source>
        <translation>會員在各等級的分布，以及與目標佔比的對照。會員等級取決於近 12 個月的消費；門檻、積分比例與目標佔比可在「設定」中修改。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use the suggested thresholds…</source>
        <translation>套用建議門檻(&amp;U)…</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Suggested spend</source>
        <translation>建議門檻</translation>
    </message>
    <message>
        <source>Share then</source>
        <translation>調整後佔比</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>尚未開啟店鋪。</translation>
    </message>
    <message>
        <source>Working out the tiers…</source>
        <translation>正在計算等級分布…</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s), spend over the 12 months up to %1.</source>
        <translation>
            <numerusform>%n 位活躍會員，依截至 %1 的 12 個月消費計算。</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggested spends would put the target shares of members in each tier, going by the last 12 months.</source>
        <translation>依近 12 個月的消費，套用建議門檻後，各等級的會員佔比將符合目標。</translation>
    </message>
    <message>
        <source>Members per tier</source>
        <translation>各等級會員分布</translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>門檻未儲存</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::VoidDialog</name>
    <message>
        <source>Undo a visit</source>
        <translation>撤銷消費</translation>
    </message>
    <message>
        <source>Void this visit? Its points, bonuses and any points it used are reversed exactly; the visit stays in the history, marked as void.</source>
        <translation>作廢這筆消費？它產生的積分、獎勵以及折抵的積分都會精確沖回；紀錄仍保留在歷史中，並標示為已作廢。</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>原因(&amp;R)（記入稽核紀錄）：</translation>
    </message>
    <message>
        <source>e.g. wrong member, wrong amount, customer returned the goods</source>
        <translation>例如：會員選錯、金額錯誤、顧客退貨</translation>
    </message>
    <message>
        <source>&amp;Void the visit</source>
        <translation>作廢這筆消費(&amp;V)</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::WinBackDialog</name>
    <message>
        <source>Win-back coupon</source>
        <translation>召回優惠券</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>僅%1</translation>
    </message>
    <message>
        <source>Only the selected member</source>
        <translation>僅選中的會員</translation>
    </message>
    <message numerus="yes">
        <source>Everybody in the list shown: %n member(s), one coupon each</source>
        <translation>
            <numerusform>目前清單中的所有會員：%n 位，每人一張</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can send coupons to a whole list.</source>
        <translation>只有店主可以向整個清單發券。</translation>
    </message>
    <message>
        <source>Each coupon counts as a try to bring the member back: the report shows who came back within 30 days.</source>
        <translation>每張優惠券都算作一次召回嘗試：報表會顯示誰在 30 天內回店。</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>發放(&amp;I)</translation>
    </message>
    <message>
        <source>No coupon yet: add one on the Coupons screen</source>
        <translation>還沒有優惠券：請先在「優惠券」頁面新增</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::WinBackReportDialog</name>
    <message>
        <source>Win-back by month</source>
        <translation>按月召回情況</translation>
    </message>
    <message numerus="yes">
        <source>Members contacted or sent a coupon while at risk or dormant, by the month of the contact, and how many of them came back within %n day(s).</source>
        <translation>
            <numerusform>在有流失風險或沉睡時被聯繫或收到優惠券的會員（依聯繫月份），以及其中 %n 天內回店的人數。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已聯繫</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>已回店</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>回店率</translation>
    </message>
    <message>
        <source>May still come</source>
        <translation>可能還會來</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合計</translation>
    </message>
</context>
</TS>
