<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%n member(s) to bring back, most valuable first.</source>
        <translation>
            <numerusform>%n 位会员待召回，按价值从高到低排列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed, not listed (--include-snoozed).</source>
        <translation>
            <numerusform>另有 %n 位已暂缓提醒，未列出（--include-snoozed）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--channel takes call, message or in_person, not “%1”.</source>
        <translation>--channel 只能是 call、message 或 in_person，而不是“%1”。</translation>
    </message>
    <message>
        <source>--outcome takes one of %1, not “%2”.</source>
        <translation>--outcome 只能是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>Logged for %1 (%2): %3.</source>
        <translation>已为 %1（%2）记录：%3。</translation>
    </message>
    <message>
        <source>%1 is off the alert list until %2.</source>
        <translation>%1 在 %2 之前不再出现在提醒列表中。</translation>
    </message>
    <message>
        <source>%1 is back on the alert list when away.</source>
        <translation>%1 久未到店时会重新出现在提醒列表中。</translation>
    </message>
    <message numerus="yes">
        <source>Member states as of %1 (%n active member(s)):</source>
        <translation>
            <numerusform>截至 %1 的会员状态（共 %n 位有效会员）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usual gap for members without a rhythm of their own: %n day(s).</source>
        <translation>
            <numerusform>尚无个人到店规律的会员，按本店常见间隔 %n 天计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4), %5 may still come.</source>
        <translation>召回：在有流失风险或沉睡时联系了 %1 位，%2 位在 %3 天内回店（%4），还有 %5 位可能回来。</translation>
    </message>
    <message>
        <source>Only the owner can export member data.</source>
        <translation>只有店主可以导出会员数据。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位会员写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>RFM segments as of %1 (recency, frequency and spend of the last 12 months, in quintiles):</source>
        <translation>截至 %1 的 RFM 分群（按近 12 个月的最近到店、到店次数和消费金额五等分）：</translation>
    </message>
    <message>
        <source>The top %1 of %2 members who spent in the last 12 months (20%) brought %3 of %4: %5.</source>
        <translation>近 12 个月有消费的 %2 位会员中，前 %1 位（20%）贡献了 %4 中的 %3：%5。</translation>
    </message>
    <message>
        <source>%1 members; %2 visits paying %3 in all; %4 points outstanding, worth %5 at the till.
Today: %6 visits, %7, %8 new members, %9 points earned.</source>
        <translation>会员 %1 位；消费 %2 次，共实付 %3；未使用积分 %4，在收银台价值 %5。
今天：消费 %6 次，%7，新会员 %8 位，获得积分 %9。</translation>
    </message>
    <message>
        <source>Points by month: earned, redeemed, expired, adjusted, reversed by voids.</source>
        <translation>按月积分：获得、抵扣、过期、调整、作废冲回。</translation>
    </message>
    <message>
        <source>Outstanding: %1 points, worth %2 at the till.</source>
        <translation>未使用：%1 积分，在收银台价值 %2。</translation>
    </message>
    <message>
        <source>Members who joined each month, and the share of them who came in each month after (0: the month they joined).</source>
        <translation>每月入会的会员，以及其中在之后每个月到店的比例（0：入会当月）。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>备份未能通过校验，已丢弃：%1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>此备份无法恢复：%1</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to %1.</source>
        <translation>无法把备份复制到 %1 旁边。</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; nothing was restored.</source>
        <translation>无法移开 %1；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup cannot be put in place of %1.</source>
        <translation>无法用备份替换 %1。</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <source>Write the birthday as MM-DD or YYYY-MM-DD, e.g. 03-15 or 1990-03-15.</source>
        <translation>生日请按 MM-DD 或 YYYY-MM-DD 格式填写，例如 03-15 或 1990-03-15。</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 不是有效的日期。</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <source>%1 is too long ago to be a birthday; check the year.</source>
        <translation>%1 年代过早，不像是生日，请检查年份。</translation>
    </message>
</context>
<context>
    <name>CampaignRun</name>
    <message>
        <source>Issuing the coupons…</source>
        <translation>正在发放优惠券…</translation>
    </message>
    <message>
        <source>Issue the coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued. Print them now?</source>
        <translation>
            <numerusform>已发放 %n 张优惠券。现在打印吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;A4 sheets to cut (PDF)…</source>
        <translation>A4 裁切页（PDF）(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;One slip each on the receipt printer</source>
        <translation>在小票打印机上每张单独打印(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不打印(&amp;N)</translation>
    </message>
    <message>
        <source>Save the coupons</source>
        <translation>保存优惠券</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the coupons…</source>
        <translation>正在打印优惠券…</translation>
    </message>
    <message>
        <source>Print the coupons</source>
        <translation>打印优惠券</translation>
    </message>
</context>
<context>
    <name>CheckoutService</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>没有编号为 %1 的消费记录。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>金额太大：最多 %1。</translation>
    </message>
    <message>
        <source>A visit has at most 200 items.</source>
        <translation>一次消费最多 200 项商品。</translation>
    </message>
    <message>
        <source>The items add up to %1 but the amount is %2: they must be equal.</source>
        <translation>商品合计 %1，但金额是 %2：两者必须相等。</translation>
    </message>
    <message>
        <source>Points to redeem cannot be negative.</source>
        <translation>抵扣积分不能为负数。</translation>
    </message>
    <message>
        <source>A visit UUID is at most 100 characters.</source>
        <translation>消费 UUID 最多 100 个字符。</translation>
    </message>
    <message>
        <source>A note is at most 500 characters.</source>
        <translation>备注最多 500 个字。</translation>
    </message>
    <message>
        <source>%1 is archived: restore the member before recording a visit.</source>
        <translation>%1 已归档：请先恢复该会员，再记录消费。</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased: visits cannot be recorded for them.</source>
        <translation>该会员的个人资料已清除，不能再记录消费。</translation>
    </message>
    <message>
        <source>Visit %1 was already voided on %2.</source>
        <translation>消费 %1 已于 %2 作废。</translation>
    </message>
    <message>
        <source>Only the owner can void a visit from an earlier day.</source>
        <translation>只有店主可以作废以前日期的消费。</translation>
    </message>
    <message>
        <source>A reason is at most 500 characters.</source>
        <translation>原因最多 500 个字。</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>没有券码为 %1 的优惠券。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Register a member (a name or a phone is needed).</source>
        <translation>登记新会员（姓名和手机号至少填一项）。</translation>
    </message>
    <message>
        <source>Find members by card, phone (full or last 4 digits), name part, pinyin or initials.</source>
        <translation>按卡号、手机号（完整号码或后 4 位）、部分姓名、拼音或拼音首字母查找会员。</translation>
    </message>
    <message>
        <source>Show one member (REF: card number, phone number or id:N).</source>
        <translation>显示一位会员的详细信息（REF：卡号、手机号或 id:N）。</translation>
    </message>
    <message>
        <source>Create a new shop file (refuses one that exists).</source>
        <translation>新建店铺文件（文件已存在时不会覆盖）。</translation>
    </message>
    <message>
        <source>Fill a new shop with realistic synthetic members.</source>
        <translation>为新店铺生成一批逼真的模拟会员。</translation>
    </message>
    <message>
        <source>Change a member&apos;s details (same options as member add).</source>
        <translation>修改会员资料（选项同 member add）。</translation>
    </message>
    <message>
        <source>Hide a member from the counter, keeping their history (owner only).</source>
        <translation>将会员归档：收银台不再显示，历史记录保留（仅限店主）。</translation>
    </message>
    <message>
        <source>Make an archived member active again (owner only).</source>
        <translation>恢复已归档的会员（仅限店主）。</translation>
    </message>
    <message>
        <source>Record a visit: points earned, redeemed and bonuses, in one step.</source>
        <translation>记录一次消费：一步完成积分获得、抵扣与奖励。</translation>
    </message>
    <message>
        <source>Reverse a visit exactly: its points, bonuses and redemptions.</source>
        <translation>精确冲销一次消费：其积分、奖励与抵扣。</translation>
    </message>
    <message>
        <source>A member&apos;s visits, newest first, with items.</source>
        <translation>会员的消费记录（最新在前，含商品明细）。</translation>
    </message>
    <message>
        <source>Change a member&apos;s points by hand, with a reason (owner only).</source>
        <translation>手动调整会员积分并注明原因（仅限店主）。</translation>
    </message>
    <message>
        <source>Apply points expiry as of now.</source>
        <translation>按当前时间执行积分过期。</translation>
    </message>
    <message>
        <source>Show one rule or shop setting.</source>
        <translation>显示一项规则或店铺设置。</translation>
    </message>
    <message>
        <source>Change one rule or shop setting (owner only).</source>
        <translation>修改一项规则或店铺设置（仅限店主）。</translation>
    </message>
    <message>
        <source>Prove the points ledger and the file&apos;s integrity.</source>
        <translation>核对积分账目与文件完整性。</translation>
    </message>
    <message>
        <source>Write a verified backup copy of the shop (into its backups folder, or DIR).</source>
        <translation>写入一份经过校验的店铺备份（写到备份文件夹或 DIR）。</translation>
    </message>
    <message>
        <source>Replace the shop file by a backup (checked first; the replaced file is kept).</source>
        <translation>用备份替换店铺文件（先校验；被替换的文件会保留）。</translation>
    </message>
    <message>
        <source>Run the monthly tier reviews that are due, as of now.</source>
        <translation>按当前时间执行到期的每月等级评定。</translation>
    </message>
    <message>
        <source>The tier pyramid against its target shares, with suggested thresholds.</source>
        <translation>查看各等级的会员分布与目标占比，并给出建议门槛。</translation>
    </message>
    <message>
        <source>Define a coupon (owner).</source>
        <translation>新建优惠券模板（仅限店主）。</translation>
    </message>
    <message>
        <source>The coupon templates.</source>
        <translation>查看优惠券模板。</translation>
    </message>
    <message>
        <source>Issue a coupon to a member.</source>
        <translation>给会员发放一张优惠券。</translation>
    </message>
    <message>
        <source>List coupons, newest first.</source>
        <translation>列出优惠券（最新在前）。</translation>
    </message>
    <message>
        <source>Per coupon template: issued, redeemed, expired, the redemption rate and the revenue.</source>
        <translation>按优惠券模板统计：发放、使用、过期张数，使用率及带来的营业额。</translation>
    </message>
    <message>
        <source>Members who stopped coming, most valuable first (at risk and dormant unless --state says).</source>
        <translation>不再到店的会员，按价值从高到低（默认列出有流失风险和沉睡的会员，可用 --state 指定）。</translation>
    </message>
    <message>
        <source>Log a try to bring a member back (outcomes: reached, no_answer, left_message, will_return, not_interested, moved_away).</source>
        <translation>记录一次召回联系（结果：reached、no_answer、left_message、will_return、not_interested、moved_away）。</translation>
    </message>
    <message>
        <source>Keep a member off the alert list for N days (0 ends it).</source>
        <translation>让会员在 N 天内不出现在提醒列表中（0 表示取消暂缓）。</translation>
    </message>
    <message>
        <source>Members by state, and how many of those contacted came back (win-back).</source>
        <translation>按状态统计会员，以及被联系的会员中有多少回店（召回）。</translation>
    </message>
    <message>
        <source>The alert list as a call sheet in CSV (owner).</source>
        <translation>将提醒列表导出为 CSV 回访表（仅限店主）。</translation>
    </message>
    <message>
        <source>RFM segments: members and spend per segment (recency, frequency, money of 12 months).</source>
        <translation>RFM 分群：各分群的会员数与消费（近 12 个月的最近到店、次数、金额）。</translation>
    </message>
    <message>
        <source>The share of the 12 months&apos; spend that the top 20% of members bring.</source>
        <translation>消费最高的 20% 会员贡献了近 12 个月消费的多少。</translation>
    </message>
    <message>
        <source>Issue one coupon to each active member of a tier or higher, in the states and RFM segments given (owner). --state at_risk,dormant --skip-snoozed is the alert list.</source>
        <translation>向指定等级及以上、处于指定状态和 RFM 分群的每位有效会员各发一张优惠券（仅限店主）。--state at_risk,dormant --skip-snoozed 即提醒列表。</translation>
    </message>
    <message>
        <source>Active members as CSV, in SPEC §6&apos;s column order (owner).</source>
        <translation>导出有效会员为 CSV（列顺序见规格 §6，仅限店主）。</translation>
    </message>
    <message>
        <source>Every visit as CSV, its items in one column, voided ones marked (owner).</source>
        <translation>导出全部消费记录为 CSV，商品明细在同一列，已作废的有标记（仅限店主）。</translation>
    </message>
    <message>
        <source>Every points ledger entry as CSV (owner).</source>
        <translation>导出全部积分流水为 CSV（仅限店主）。</translation>
    </message>
    <message>
        <source>Every coupon issued as CSV (owner).</source>
        <translation>导出全部已发放的优惠券为 CSV（仅限店主）。</translation>
    </message>
    <message>
        <source>Members from a CSV file: English or Chinese headers, UTF-8 or GB18030; every bad row reported with its line (owner).</source>
        <translation>从 CSV 文件导入会员：英文或中文表头，UTF-8 或 GB18030；每个有问题的行都会报告行号（仅限店主）。</translation>
    </message>
    <message>
        <source>Members, visits, revenue and points outstanding, and today&apos;s figures.</source>
        <translation>会员数、消费次数、营业额和未使用积分，以及今日数据。</translation>
    </message>
    <message>
        <source>Points earned, redeemed, expired and adjusted by month, and what is outstanding.</source>
        <translation>按月统计积分的获得、抵扣、过期和调整，以及未使用的积分。</translation>
    </message>
    <message>
        <source>Cohort retention: for each of the last 12 months, the members who joined and the share of them who came in each month after.</source>
        <translation>会员留存：最近 12 个月每月入会的会员，以及其中在之后每个月到店的比例。</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>信息已清除</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>下一等级</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>活跃状态</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>未到店天数</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Spend (12 months)</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>%1 points on %2</source>
        <translation>%2 到期 %1 积分</translation>
    </message>
    <message>
        <source>%1 since %2, kept at least until %3</source>
        <translation>%1（自 %2 起，至少保留到 %3）</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>%1 — %2, valid through %3</source>
        <translation>%1 — %2，有效期至 %3</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>%1 takes states among new, active, at_risk, dormant and lost, not “%2”.</source>
        <translation>%1 的状态只能是 new、active、at_risk、dormant、lost，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 needs at least one state.</source>
        <translation>%1 至少需要一个状态。</translation>
    </message>
    <message>
        <source>Alert snoozed</source>
        <translation>提醒已暂缓</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
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
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or a value that does not parse, 2 usage error, 3 the shop file cannot be used.</source>
        <translation>退出码：0 成功；1 操作被拒绝或有值无法解析；2 用法错误；3 店铺文件无法使用。</translation>
    </message>
    <message>
        <source>Usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>Run loyaltydesk-cli --help for the commands.</source>
        <translation>运行 loyaltydesk-cli --help 查看所有命令。</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>“%1” has no option --%2.</source>
        <translation>“%1”没有 --%2 选项。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 指定了两次。</translation>
    </message>
    <message>
        <source>“%1” needs --%2.</source>
        <translation>“%1”需要 --%2。</translation>
    </message>
    <message>
        <source>“%1” takes: %2</source>
        <translation>“%1”的用法：%2</translation>
    </message>
    <message>
        <source>--now takes a local time like 2026-03-11T10:00:00, not “%1”.</source>
        <translation>--now 需要本地时间，例如 2026-03-11T10:00:00，而不是“%1”。</translation>
    </message>
    <message>
        <source>“member add” needs --name or --phone.</source>
        <translation>“member add”需要 --name 或 --phone。</translation>
    </message>
    <message>
        <source>“member update” needs at least one field to change, e.g. --phone P.</source>
        <translation>“member update”至少需要一个要修改的字段，例如 --phone P。</translation>
    </message>
</context>
<context>
    <name>CouponRules</name>
    <message>
        <source>A coupon template needs a name.</source>
        <translation>请为优惠券模板填写名称。</translation>
    </message>
    <message>
        <source>A template&apos;s name is at most %1 characters long.</source>
        <translation>模板名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The amount off must be more than 0 and at most %1.</source>
        <translation>减免金额必须大于 0，且不超过 %1。</translation>
    </message>
    <message>
        <source>The percent off is a whole number from 1 to 100.</source>
        <translation>减免百分比须为 1 到 100 的整数。</translation>
    </message>
    <message>
        <source>A spend-and-save coupon needs the spend it starts at (--threshold).</source>
        <translation>满减券需要设置满减门槛（--threshold）。</translation>
    </message>
    <message>
        <source>A spend-and-save coupon cannot take off more than the spend it starts at.</source>
        <translation>满减券的减免金额不能超过满减门槛。</translation>
    </message>
    <message>
        <source>The minimum spend must be between 0 and %1.</source>
        <translation>最低消费必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>A coupon is valid for 1 to %1 days.</source>
        <translation>优惠券有效期须为 1 到 %1 天。</translation>
    </message>
    <message>
        <source>The slip text is at most %1 characters long.</source>
        <translation>小票说明文字最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Coupon %1 was already redeemed.</source>
        <translation>优惠券 %1 已被使用。</translation>
    </message>
    <message>
        <source>Coupon %1 was voided.</source>
        <translation>优惠券 %1 已作废。</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>优惠券 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Coupon %1 belongs to another member.</source>
        <translation>优惠券 %1 属于其他会员。</translation>
    </message>
    <message>
        <source>Coupon %1 is for members of a higher tier.</source>
        <translation>优惠券 %1 仅限更高等级的会员使用。</translation>
    </message>
    <message>
        <source>Coupon %1 needs a spend of at least %2.</source>
        <translation>优惠券 %1 需消费满 %2 才能使用。</translation>
    </message>
    <message>
        <source>Coupon %1 takes %2 off a spend of %3 or more.</source>
        <translation>优惠券 %1 需消费满 %3 才能减 %2。</translation>
    </message>
    <message>
        <source>This coupon was redeemed a moment ago at another counter.</source>
        <translation>这张优惠券刚刚已在另一个收银台使用。</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>减 %1%</translation>
    </message>
    <message>
        <source>%1 off a spend of %2</source>
        <translation>满 %2 减 %1</translation>
    </message>
    <message>
        <source>, with a spend of at least %1</source>
        <translation>，消费满 %1 可用</translation>
    </message>
</context>
<context>
    <name>CouponService</name>
    <message>
        <source>Only the owner can define coupons.</source>
        <translation>只有店主可以新建优惠券。</translation>
    </message>
    <message>
        <source>The coupon template “%1” is no longer used.</source>
        <translation>优惠券模板“%1”已停用。</translation>
    </message>
    <message>
        <source>Coupons are issued to active members only.</source>
        <translation>已归档或资料已清除的会员不能领取优惠券。</translation>
    </message>
    <message>
        <source>“%1” is for members of a higher tier than %2&apos;s.</source>
        <translation>“%1”仅限等级高于 %2 的会员使用。</translation>
    </message>
    <message>
        <source>“%1” is not a coupon code: a code has 13 letters and digits.</source>
        <translation>“%1”不是有效的券码：券码为 13 位字母和数字。</translation>
    </message>
    <message>
        <source>This coupon code has a typo: check it and type it again.</source>
        <translation>券码有误，请核对后重新输入。</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>没有券码为 %1 的优惠券。</translation>
    </message>
    <message>
        <source>There is no coupon template %1.</source>
        <translation>没有编号为 %1 的优惠券模板。</translation>
    </message>
    <message>
        <source>Only the owner can run a campaign.</source>
        <translation>只有店主可以发起优惠券活动。</translation>
    </message>
    <message>
        <source>A campaign needs a name of at most %1 characters.</source>
        <translation>活动需要名称，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>No active member is in that audience: no coupon was issued.</source>
        <translation>该范围内没有有效会员，未发放任何优惠券。</translation>
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
        <translation>--kind 只能是 amount_off（减固定金额）、percent_off（按百分比减）或 spend_and_save（满减），而不是“%1”。</translation>
    </message>
    <message>
        <source>Coupon template %1 added: %2</source>
        <translation>已添加优惠券模板 %1：%2</translation>
    </message>
    <message>
        <source>No coupon templates yet.</source>
        <translation>还没有优惠券模板。</translation>
    </message>
    <message>
        <source>Coupon %1 issued to %2, valid through %3.</source>
        <translation>已向 %2 发放优惠券 %1，有效期至 %3。</translation>
    </message>
    <message>
        <source>--status is issued, redeemed, expired or void, not “%1”.</source>
        <translation>--status 只能是 issued（已发放）、redeemed（已使用）、expired（已过期）或 void（已作废），而不是“%1”。</translation>
    </message>
    <message>
        <source>to bearer</source>
        <translation>不记名</translation>
    </message>
    <message>
        <source>No coupons.</source>
        <translation>没有优惠券。</translation>
    </message>
    <message>
        <source>%1  %2: %3 issued, %4 redeemed (%5%), %6 expired, %7 void; visits that redeemed them paid %8</source>
        <translation>%1  %2：发放 %3 张，使用 %4 张（%5%），过期 %6 张，作废 %7 张；用券消费共实付 %8</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 — %3, valid %n day(s)</source>
        <translation>
            <numerusform>%1  %2 — %3，有效 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>--auto is tier_upgrade or birthday, not “%1”.</source>
        <translation>--auto 只能是 tier_upgrade（升级时）或 birthday（生日月），不能是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1: %n coupon(s) issued.</source>
        <translation>
            <numerusform>活动 %1：已发放 %n 张优惠券。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1  %2: %3 issued, %4 redeemed (%5%), %6 expired; visits that redeemed them paid %7</source>
        <translation>活动 %1  %2：发放 %3 张，已使用 %4 张（%5%），过期 %6 张；使用这些券的消费实付 %7</translation>
    </message>
    <message>
        <source>--segment takes champions, loyal, potential, new, at_risk, cant_lose, hibernating or lost, not “%1”.</source>
        <translation>--segment 只能是 champions、loyal、potential、new、at_risk、cant_lose、hibernating 或 lost，而不是“%1”。</translation>
    </message>
    <message>
        <source>--segment needs at least one segment.</source>
        <translation>--segment 至少需要一个分群。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>只有店主可以导出店铺数据。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: the file is neither UTF-8 nor GB18030/GBK text: save it again as CSV (UTF-8).</source>
        <translation>第 %1 行：文件既不是 UTF-8 也不是 GB18030/GBK 文本，请重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quote; a quote inside a field is written as two (&quot;&quot;).</source>
        <translation>第 %1 行：结束引号后还有文字；字段中的引号应写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：带引号的字段没有结束引号。</translation>
    </message>
    <message>
        <source>Line %1: the file says it is UTF-8 but is not: save it again as CSV UTF-8.</source>
        <translation>第 %1 行：文件标明是 UTF-8，但内容不是：请重新另存为“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Revenue and visits per day</source>
        <translation>每天的营业额和到店次数</translation>
    </message>
    <message>
        <source>Revenue and visits per week</source>
        <translation>每周的营业额和到店次数</translation>
    </message>
    <message>
        <source>Revenue and visits per month</source>
        <translation>每月的营业额和到店次数</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营业额（%1）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Day of the month, %1 to %2</source>
        <translation>日期（%1 至 %2）</translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation>周（从周一起）</translation>
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
        <translation>周起始日</translation>
    </message>
    <message>
        <source>New members per month</source>
        <translation>每月新会员</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Month joined</source>
        <translation>入会月份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Members per tier, against the targets</source>
        <translation>各等级会员占比与目标</translation>
    </message>
    <message>
        <source>Members by state (today)</source>
        <translation>会员状态分布（今天）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Points per month — %1 points outstanding, worth %2</source>
        <translation>每月积分 —— 未使用积分 %1，价值 %2</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Coupon redemption rates — no coupons issued yet</source>
        <translation>优惠券使用率 —— 还没有发放优惠券</translation>
    </message>
    <message>
        <source>Coupon redemption rates</source>
        <translation>优惠券使用率</translation>
    </message>
    <message>
        <source>Redeemed of those issued</source>
        <translation>已发放中已使用的比例</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 张中用了 %2 张）</translation>
    </message>
    <message>
        <source>RFM segments: their share of members and of the 12 months&apos; spend</source>
        <translation>RFM 分群：占会员人数与近 12 个月消费的比例</translation>
    </message>
    <message>
        <source>Spend in 12 months</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Who brings the spend — nobody spent in the last 12 months</source>
        <translation>消费来自谁 —— 近 12 个月没有消费</translation>
    </message>
    <message>
        <source>Who brings the spend: the top 20% of members bring %1 of it</source>
        <translation>消费来自谁：前 20% 的会员贡献了 %1</translation>
    </message>
    <message>
        <source>Members, biggest spenders first</source>
        <translation>会员（消费最多的在前）</translation>
    </message>
    <message>
        <source>If everybody spent the same</source>
        <translation>假如每人消费相同</translation>
    </message>
    <message>
        <source>Top 20%</source>
        <translation>前 20%</translation>
    </message>
    <message>
        <source>Members who spent, biggest spenders first</source>
        <translation>有消费的会员，消费最多的在前</translation>
    </message>
    <message>
        <source>Share of the 12 months&apos; spend</source>
        <translation>占近 12 个月消费的比例</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>请选择时间段的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>时间段的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A period is at most %1 days.</source>
        <translation>时间段最长 %1 天。</translation>
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
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Month from</source>
        <translation>月起始日</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>目标（%）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
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
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <source>Share of spend (%)</source>
        <translation>消费占比（%）</translation>
    </message>
    <message>
        <source>Top members (%)</source>
        <translation>前百分之几的会员（%）</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>入会月份</translation>
    </message>
    <message>
        <source>Month %1 (%)</source>
        <translation>第 %1 个月（%）</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The shop file is locked by another program. Close it there and try again.</source>
        <translation>店铺文件正被其他程序占用。请先在该程序中关闭它，然后重试。</translation>
    </message>
    <message>
        <source>The shop file is read-only: nothing can be saved. Check its permissions or the disk.</source>
        <translation>店铺文件为只读，无法保存任何内容。请检查文件权限或磁盘。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The shop file is damaged. Restore the newest backup.</source>
        <translation>店铺文件已损坏。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The shop file cannot be read or written (%1).</source>
        <translation>无法读写店铺文件（%1）。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
    <message>
        <source>The shop file %1 does not exist.</source>
        <translation>店铺文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The shop file %1 cannot be read: %2</source>
        <translation>无法读取店铺文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a LoyaltyDesk shop file.</source>
        <translation>%1 不是会员积分台的店铺文件。</translation>
    </message>
    <message>
        <source>This shop file was written by a newer LoyaltyDesk (schema %1; this program knows up to %2). Update LoyaltyDesk to open it.</source>
        <translation>此店铺文件由较新版本的会员积分台保存（数据格式版本 %1，本程序最高支持 %2）。请升级会员积分台后再打开。</translation>
    </message>
    <message>
        <source>The shop file is damaged (%1). Restore the newest backup.</source>
        <translation>店铺文件已损坏（%1）。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created, so the shop file was not upgraded.</source>
        <translation>无法创建备份文件夹 %1，因此店铺文件未升级。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The copy %1 is damaged: %2</source>
        <translation>副本 %1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo members must be between 0 and 1,000,000.</source>
        <translation>演示会员数量必须在 0 到 1,000,000 之间。</translation>
    </message>
    <message>
        <source>This shop already has members: demo data goes into a new, empty shop.</source>
        <translation>该店铺已有会员。演示数据只能放入新的空白店铺。</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 demo members were created.</source>
        <translation>已停止：计划创建 %2 位演示会员，已创建 %1 位。</translation>
    </message>
    <message>
        <source>The number of demo visits must be between 0 and 100,000,000.</source>
        <translation>演示消费次数必须在 0 到 100,000,000 之间。</translation>
    </message>
    <message>
        <source>Demo visits need demo members.</source>
        <translation>生成演示消费需要先有演示会员。</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 demo visits were recorded.</source>
        <translation>已停止：已记录 %1 / %2 次演示消费。</translation>
    </message>
</context>
<context>
    <name>DormancyService</name>
    <message>
        <source>This member was erased: there is nobody to contact.</source>
        <translation>该会员的资料已清除，无法联系。</translation>
    </message>
    <message>
        <source>A note is at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A coupon sent is logged with its coupon, and only then.</source>
        <translation>只有发放了优惠券时才能记录为“优惠券”联系。</translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 days (0 ends a snooze).</source>
        <translation>暂缓天数为 1 到 %1 天（0 表示取消暂缓）。</translation>
    </message>
    <message>
        <source>This member was erased: there is nothing to snooze.</source>
        <translation>该会员的资料已清除，无需暂缓提醒。</translation>
    </message>
    <message numerus="yes">
        <source>Back after %n day(s) — usually %1</source>
        <translation>
            <numerusform>时隔 %n 天再次到店——平时%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back after %n day(s) — members here come %1</source>
        <translation>
            <numerusform>时隔 %n 天再次到店——本店会员通常%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Away %n day(s) — usually %1</source>
        <translation>
            <numerusform>已 %n 天未到店——平时%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Away %n day(s) — members here come %1</source>
        <translation>
            <numerusform>已 %n 天未到店——本店会员通常%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscPos</name>
    <message>
        <source>The receipt printer %1 cannot be used: %2</source>
        <translation>小票打印机 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>The slip could not be sent to %1: %2</source>
        <translation>小票未能发送到 %1：%2</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>尚未设置小票打印机。</translation>
    </message>
    <message>
        <source>The receipt printer at %1:%2 does not answer: %3</source>
        <translation>位于 %1:%2 的小票打印机没有响应：%3</translation>
    </message>
    <message>
        <source>The slip could not be sent to %1:%2: %3</source>
        <translation>小票未能发送到 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>导出消费记录</translation>
    </message>
    <message>
        <source>Export the points ledger</source>
        <translation>导出积分流水</translation>
    </message>
    <message>
        <source>Export coupons</source>
        <translation>导出优惠券</translation>
    </message>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>只有店主可以导出店铺数据。</translation>
    </message>
    <message>
        <source>%1-%2.csv</source>
        <translation>%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>Dry run (%1): %2 member(s) would be imported, %3 row(s) have a problem.</source>
        <translation>试运行（%1）：将导入 %2 位会员，%3 行有问题。</translation>
    </message>
    <message>
        <source>Imported %1 member(s) (%2); %3 row(s) with a problem were left out.</source>
        <translation>已导入 %1 位会员（%2）；%3 行有问题，未导入。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Earned</source>
        <translation>消费获得</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>抵扣</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>手动调整</translation>
    </message>
    <message>
        <source>Reversed (void)</source>
        <translation>冲销（作废）</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Database integrity: %1</source>
        <translation>数据库完整性：%1</translation>
    </message>
    <message>
        <source>Member %1: the balance says %2 points but the ledger adds up to %3.</source>
        <translation>会员 %1：余额为 %2 积分，但账目合计为 %3。</translation>
    </message>
    <message>
        <source>Member %1: the balance says %2 points but the lots hold %3 (after debt).</source>
        <translation>会员 %1：余额为 %2 积分，但各批积分合计为 %3（已扣欠分）。</translation>
    </message>
    <message>
        <source>Member %1 owes %2 points while lots still hold %3.</source>
        <translation>会员 %1 欠 %2 积分，但仍有 %3 积分未用。</translation>
    </message>
    <message>
        <source>Lot %1 (%2 points) does not match its ledger entry (%3 points).</source>
        <translation>积分批次 %1（%2 积分）与其账目（%3 积分）不符。</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2, %3 points) has no lot.</source>
        <translation>账目 %1（%2，%3 积分）没有对应的积分批次。</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2) belongs to visit %3, which does not exist.</source>
        <translation>账目 %1（%2）所属的消费 %3 不存在。</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2) belongs to member id %3, who does not exist.</source>
        <translation>账目 %1（%2）所属的会员 id %3 不存在。</translation>
    </message>
    <message>
        <source>Visit %1 says it earned %2 points but the ledger has %3.</source>
        <translation>消费 %1 记为获得 %2 积分，但账目为 %3。</translation>
    </message>
    <message>
        <source>Visit %1 is void but its ledger entry %2 (%3) was not reversed.</source>
        <translation>消费 %1 已作废，但其账目 %2（%3）未冲销。</translation>
    </message>
    <message>
        <source>Reversal %1 (%2 points) does not undo its entry exactly (%3 points).</source>
        <translation>冲销 %1（%2 积分）与原账目（%3 积分）不完全对应。</translation>
    </message>
    <message>
        <source>Member %1: %2 visits counted but %3 recorded.</source>
        <translation>会员 %1：统计 %2 次消费，实际记录 %3 次。</translation>
    </message>
    <message>
        <source>… and more of the same.</source>
        <translation>……还有更多同类问题。</translation>
    </message>
    <message>
        <source>Member %1: the last visit is kept as %2 but the visits say %3.</source>
        <translation>会员 %1：记录的最近消费时间为 %2，但消费记录显示为 %3。</translation>
    </message>
    <message>
        <source>Member %1: the visit days kept are “%2” but the visits say “%3”.</source>
        <translation>会员 %1：记录的到店日期为“%2”，但消费记录显示为“%3”。</translation>
    </message>
    <message>
        <source>Member %1: a 12-month spend and visit count of %2 (cents / visits) are kept but the visits add up to %3.</source>
        <translation>会员 %1：记录的近 12 个月消费与次数为 %2（分 / 次），但消费记录合计为 %3。</translation>
    </message>
    <message>
        <source>Day %1: the totals kept (visits/revenue/earned/redeemed/expired/adjusted/reversed/new members) are %2 but the rows say %3.</source>
        <translation>%1：记录的日汇总（消费次数/营业额/获得/抵扣/过期/调整/冲回/新会员）为 %2，但明细显示为 %3。</translation>
    </message>
    <message>
        <source>Members who joined in %1 and came in %2: %3 kept but the visits say %4.</source>
        <translation>%1 入会、%2 到店的会员：记录为 %3，但按到店记录应为 %4。</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>There is no member with id %1.</source>
        <translation>没有编号为 %1 的会员。</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>Only the owner can import members.</source>
        <translation>只有店主可以导入会员。</translation>
    </message>
    <message>
        <source>The file is empty: a header row naming the columns is needed.</source>
        <translation>文件是空的：需要一行列名作为表头。</translation>
    </message>
    <message>
        <source>Line 1: no column is named name or phone (姓名, 手机): this is not a list of members, or its header is missing.</source>
        <translation>第 1 行：没有名为“姓名”或“手机”（name、phone）的列：这不是会员名单，或缺少表头。</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2.</source>
        <translation>有 %1 个字段，但表头只有 %2 列。</translation>
    </message>
    <message>
        <source>The card number “%1” has other than letters, digits and dashes, or more than 32 of them.</source>
        <translation>卡号“%1”含有字母、数字和短横线以外的字符，或超过 32 位。</translation>
    </message>
    <message>
        <source>Card %1 is on line %2 already.</source>
        <translation>卡号 %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>卡号 %1 已属于 %2。</translation>
    </message>
    <message>
        <source>“%1” is not a day that has been: write joined as YYYY-MM-DD.</source>
        <translation>“%1”不是已过去的日期：入会日期请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Points are a whole number from 0 to %1, not “%2”.</source>
        <translation>积分须为 0 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>The phone number %1 is on line %2 already.</source>
        <translation>手机号 %1 已在第 %2 行出现。</translation>
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
        <translation>最高等级</translation>
    </message>
    <message>
        <source>%1 more in the next 12 months to reach %2</source>
        <translation>未来 12 个月再消费 %1 即可升至%2</translation>
    </message>
    <message>
        <source>Spend in the last 12 months qualifies for %1</source>
        <translation>近 12 个月消费已达到%1标准</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>姓名中不能包含换行符或控制字符。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters long.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Gender is f, m, x or unknown.</source>
        <translation>性别请填 f（女）、m（男）、x（其他）或 unknown（未填写）。</translation>
    </message>
    <message>
        <source>An email address is at most %1 characters long.</source>
        <translation>邮箱地址最多 %1 个字符。</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.com).</source>
        <translation>“%1”似乎不是有效的邮箱地址（格式如 name@example.com）。</translation>
    </message>
    <message>
        <source>At most %1 tags.</source>
        <translation>最多只能有 %1 个标签。</translation>
    </message>
    <message>
        <source>A tag is at most %1 characters long.</source>
        <translation>每个标签最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A note is at most %1 characters long.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A note cannot contain control characters.</source>
        <translation>备注中不能包含控制字符。</translation>
    </message>
    <message>
        <source>Marketing consent is yes or no.</source>
        <translation>是否同意接收优惠信息，请填 yes 或 no。</translation>
    </message>
    <message>
        <source>A member cannot refer themselves.</source>
        <translation>会员不能推荐自己。</translation>
    </message>
    <message>
        <source>Referrer: %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <source>Enter a name or a phone number (at least one).</source>
        <translation>请至少填写姓名或手机号中的一项。</translation>
    </message>
    <message>
        <source>This phone number already belongs to %1 (card %2).</source>
        <translation>该手机号已被 %1（卡号 %2）使用。</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased; the record cannot be edited.</source>
        <translation>该会员的个人信息已清除，此记录无法再编辑。</translation>
    </message>
    <message>
        <source>Only the owner can archive members.</source>
        <translation>只有店主才能归档会员。</translation>
    </message>
    <message>
        <source>Only the owner can restore archived members.</source>
        <translation>只有店主才能恢复已归档的会员。</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 未被归档。</translation>
    </message>
    <message>
        <source>“%1” is not a member id (id:123).</source>
        <translation>“%1”不是有效的会员 ID（格式如 id:123）。</translation>
    </message>
    <message>
        <source>Name a member by card number, phone number or id:N.</source>
        <translation>请用卡号、手机号或 id:N 指定会员。</translation>
    </message>
    <message>
        <source>No member has the card or phone number “%1”.</source>
        <translation>找不到卡号或手机号为“%1”的会员。</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>找不到 ID 为 %1 的会员。</translation>
    </message>
    <message>
        <source>%1 is already archived or erased.</source>
        <translation>%1 已归档或已删除个人资料。</translation>
    </message>
</context>
<context>
    <name>MemberState</name>
    <message>
        <source>New</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
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
        <translation>几乎每天来</translation>
    </message>
    <message>
        <source>about once a month</source>
        <translation>大约每月来一次</translation>
    </message>
    <message numerus="yes">
        <source>about every %n days</source>
        <translation>
            <numerusform>大约每 %n 天来一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about every %n weeks</source>
        <translation>
            <numerusform>大约每 %n 周来一次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberText</name>
    <message>
        <source>Registered member %1 with card %2.</source>
        <translation>已登记会员 %1，卡号 %2。</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000, not “%1”.</source>
        <translation>--limit 需要 1 到 1000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>没有与“%1”匹配的会员。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Archived %1: hidden from the counter, history kept.</source>
        <translation>已归档 %1：收银台不再显示，历史记录已保留。</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已恢复为正常会员。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: use digits and a decimal point, e.g. 12.50.</source>
        <translation>“%1”不是有效的金额，请使用数字和小数点，例如 12.50。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (cents).</source>
        <translation>金额最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>金额过大，上限为 %1。</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Will come back</source>
        <translation>会再来</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬走</translation>
    </message>
    <message>
        <source>Called on %1</source>
        <translation>%1 打过电话</translation>
    </message>
    <message>
        <source>Messaged on %1</source>
        <translation>%1 发过消息</translation>
    </message>
    <message>
        <source>Spoke in person on %1</source>
        <translation>%1 当面聊过</translation>
    </message>
    <message>
        <source>Sent a coupon on %1</source>
        <translation>%1 发过优惠券</translation>
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
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>A phone number contains only digits (spaces, dashes and +86 are fine).</source>
        <translation>手机号只能包含数字（可以带空格、短横线和 +86）。</translation>
    </message>
    <message>
        <source>A phone number needs at least %1 digits.</source>
        <translation>手机号至少需要 %1 位数字。</translation>
    </message>
    <message>
        <source>A phone number has at most %1 digits.</source>
        <translation>手机号最多 %1 位数字。</translation>
    </message>
    <message>
        <source>A mobile number starting with 1 has 11 digits; this one has %1.</source>
        <translation>以 1 开头的手机号应为 11 位，当前输入的是 %1 位。</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>Not enough points: %1 more are needed.</source>
        <translation>积分不足：还差 %1 积分。</translation>
    </message>
</context>
<context>
    <name>PointsRules</name>
    <message>
        <source>Points to redeem cannot be negative.</source>
        <translation>抵扣积分不能为负数。</translation>
    </message>
    <message>
        <source>At least %1 points per redemption.</source>
        <translation>每次至少抵扣 %1 积分。</translation>
    </message>
    <message>
        <source>The member has only %1 points; %2 cannot be redeemed.</source>
        <translation>该会员只有 %1 积分，不能抵扣 %2 积分。</translation>
    </message>
    <message>
        <source>Points can pay at most %1% of this visit: up to %2 points.</source>
        <translation>积分最多只能支付本次消费的 %1%：最多 %2 积分。</translation>
    </message>
</context>
<context>
    <name>PointsService</name>
    <message>
        <source>Only the owner can adjust points.</source>
        <translation>只有店主可以调整积分。</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <source>A reason is at most 200 characters.</source>
        <translation>原因最多 200 个字。</translation>
    </message>
    <message>
        <source>An adjustment of 0 points changes nothing.</source>
        <translation>调整 0 积分不会有任何变化。</translation>
    </message>
    <message>
        <source>An adjustment is at most %1 points either way.</source>
        <translation>单次调整最多增减 %1 积分。</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased.</source>
        <translation>该会员的个人资料已清除。</translation>
    </message>
    <message>
        <source>%1 has %2 points: taking %3 would go below zero.</source>
        <translation>%1 只有 %2 积分：扣除 %3 会变成负数。</translation>
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
        <translation>明星会员</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠实会员</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力会员</translation>
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
        <translation>没有名为“%1”的设置项。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 is at most %2 characters long.</source>
        <translation>%1 最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 需要填整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2.</source>
        <translation>“%1”不是 %2 的有效值。</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s settings.</source>
        <translation>只有店主才能修改店铺设置。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than %3 (%4).</source>
        <translation>%1（%2）不能大于 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>ShopText</name>
    <message>
        <source>--%1 takes a whole number from 0 to %2, not “%3”.</source>
        <translation>--%1 需要 0 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>My Shop</source>
        <translation>我的店铺</translation>
    </message>
    <message>
        <source>Created the shop “%1” in %2.</source>
        <translation>已在 %2 创建店铺“%1”。</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Demo Shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>The demo shop %1 is ready: %2 members, %3 visits.</source>
        <translation>演示店铺 %1 已就绪：%2 位会员，%3 次消费。</translation>
    </message>
    <message>
        <source>Only the owner can make backups from the command line.</source>
        <translation>只有店主可以通过命令行备份。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file it replaced is kept as %3.</source>
        <translation>已从 %2 恢复 %1。被替换的文件保留为 %3。</translation>
    </message>
    <message>
        <source>Building the demo shop… %1%</source>
        <translation>正在创建演示店铺… %1%</translation>
    </message>
</context>
<context>
    <name>SlipBuilder</name>
    <message>
        <source>There is no coupon %1.</source>
        <translation>没有券码为 %1 的优惠券。</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>No ESC/POS printer is set up: enter its device or address in the printer settings.</source>
        <translation>尚未设置 ESC/POS 打印机：请在打印机设置中填写设备或地址。</translation>
    </message>
    <message>
        <source>This computer has no printer set up.</source>
        <translation>这台电脑没有设置打印机。</translation>
    </message>
    <message>
        <source>The printer “%1” is not available.</source>
        <translation>打印机“%1”不可用。</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>The printer “%1” cannot print now.</source>
        <translation>打印机“%1”现在无法打印。</translation>
    </message>
</context>
<context>
    <name>SlipRenderer</name>
    <message>
        <source>The slip cannot be written to %1: %2</source>
        <translation>小票无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1.</source>
        <translation>小票无法写入 %1。</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>The coupons cannot be written to %1.</source>
        <translation>优惠券无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>SlipText</name>
    <message>
        <source>Member: %1</source>
        <translation>会员：%1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>卡号 %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>积分抵扣（%1 分）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>本次积分</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>%1 points expire after %2</source>
        <translation>%1 积分将于 %2 后过期</translation>
    </message>
    <message>
        <source>Upgraded to %1!</source>
        <translation>已升级至%1！</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>会员等级：%1</translation>
    </message>
    <message>
        <source>Valid through %1</source>
        <translation>有效期至 %1</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Members now</source>
        <translation>当前会员</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Share of active members</source>
        <translation>占有效会员的比例</translation>
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
        <translation>每家店铺固定有 %1 个等级。</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>请为第 %1 级填写名称。</translation>
    </message>
    <message>
        <source>A tier&apos;s name is at most %1 characters long.</source>
        <translation>等级名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Two tiers are called “%1”: each needs its own name.</source>
        <translation>有两个等级都叫“%1”，每个等级的名称必须不同。</translation>
    </message>
    <message>
        <source>The lowest tier (%1) starts at 0: every member holds at least that.</source>
        <translation>最低等级（%1）的门槛必须为 0：每位会员至少属于这一等级。</translation>
    </message>
    <message>
        <source>The threshold of %1 must be higher than that of %2.</source>
        <translation>%1的门槛必须高于%2。</translation>
    </message>
    <message>
        <source>The earn percent of %1 must be between 0 and %2.</source>
        <translation>%1的积分比例必须在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>The perks of %1 are at most %2 characters long.</source>
        <translation>%1的权益说明最多 %2 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #rrggbb.</source>
        <translation>“%1”不是有效的颜色，请写成 #rrggbb 格式。</translation>
    </message>
    <message>
        <source>The target share of %1 must be between 0 and 100 percent.</source>
        <translation>%1的目标占比必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The target shares add up to %1%: they must add up to 100%.</source>
        <translation>目标占比合计为 %1%，必须正好是 100%。</translation>
    </message>
</context>
<context>
    <name>TierMoves</name>
    <message>
        <source>Working out which members the new thresholds would move…</source>
        <translation>正在计算新门槛会让哪些会员变动等级…</translation>
    </message>
    <message>
        <source>No member would change tier with these thresholds.</source>
        <translation>按这些门槛，没有会员的等级会发生变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) spent enough in the last 12 months for a higher tier than they hold: they move up at their next visit, or at the review on %1.</source>
        <translation>
            <numerusform>有 %n 位会员近 12 个月的消费已达到更高等级的门槛：下次消费时就会升级，最迟在 %1 的等级评定时升级。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) no longer reach the tier they hold: they keep it through their grace and move down at a review after it.</source>
        <translation>
            <numerusform>有 %n 位会员的消费已达不到现有等级：宽限期内仍保留该等级，宽限期过后在等级评定时降级。</numerusform>
        </translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>门槛未保存</translation>
    </message>
    <message>
        <source>New tier thresholds</source>
        <translation>新的等级门槛</translation>
    </message>
    <message>
        <source>&amp;Save the thresholds</source>
        <translation>保存门槛(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <source>No tier review was due: tiers are reviewed as of the first day of each month.</source>
        <translation>目前没有到期的等级评定：等级在每月 1 日评定。</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed tiers as of %1: %n member(s) moved, %2 renewed, %3 kept in their grace.</source>
        <translation>
            <numerusform>已完成截至 %1 的等级评定：%n 位会员等级变动，%2 位保级，%3 位在宽限期内保留等级。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tiers as of %1: %n active member(s); spend over the last 12 months.</source>
        <translation>
            <numerusform>截至 %1 的等级分布：%n 位活跃会员，按近 12 个月消费计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议门槛</translation>
    </message>
    <message>
        <source>With the suggested thresholds — members whose spend would reach a higher tier: %1; who would no longer reach their own: %2.</source>
        <translation>按建议门槛：消费可升入更高等级的会员 %1 人；不再达到现有等级的会员 %2 人。</translation>
    </message>
</context>
<context>
    <name>VisitLine</name>
    <message>
        <source>Each item needs a category.</source>
        <translation>每项商品都需要类别。</translation>
    </message>
    <message>
        <source>An item&apos;s category is at most 40 characters and its description 200.</source>
        <translation>商品类别最多 40 个字，说明最多 200 个字。</translation>
    </message>
    <message>
        <source>An item&apos;s quantity is a whole number from 1 to 10,000.</source>
        <translation>商品数量须为 1 到 10,000 的整数。</translation>
    </message>
    <message>
        <source>An item&apos;s price is from 0 to %1.</source>
        <translation>商品单价须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>An item&apos;s total is at most %1.</source>
        <translation>单项商品小计最多 %1。</translation>
    </message>
    <message>
        <source>An item is category:description:quantity:unit price, e.g. coffee:Latte:2:28.00 — not “%1”.</source>
        <translation>商品格式为 类别:说明:数量:单价，例如 coffee:Latte:2:28.00，而不是“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: use a whole number.</source>
        <translation>“%1”不是有效数量：请用整数。</translation>
    </message>
    <message>
        <source>Item price: %1</source>
        <translation>商品单价：%1</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>Visit %1 was already recorded with this UUID; its result is unchanged: %2 points earned, balance then %3.</source>
        <translation>此 UUID 已记录为消费 %1，结果不变：获得 %2 积分，当时余额 %3。</translation>
    </message>
    <message>
        <source>Recorded visit %1 for %2: %3.</source>
        <translation>已为 %2 记录消费 %1：%3。</translation>
    </message>
    <message>
        <source>  Paid with points: %1 points = %2</source>
        <translation>  积分抵扣：%1 积分 = %2</translation>
    </message>
    <message>
        <source>  Points earned: %1</source>
        <translation>  获得积分：%1</translation>
    </message>
    <message>
        <source>  Bonus: %1</source>
        <translation>  奖励积分：%1</translation>
    </message>
    <message>
        <source>  Balance: %1 points</source>
        <translation>  余额：%1 积分</translation>
    </message>
    <message>
        <source>Voided visit %1. Points taken back: %2; points given back: %3. Balance now %4.</source>
        <translation>已作废消费 %1。收回积分：%2；退还积分：%3。当前余额 %4。</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 积分</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>%1 has no visits yet.</source>
        <translation>%1 还没有消费记录。</translation>
    </message>
    <message>
        <source>%1: %2 points, balance now %3.</source>
        <translation>%1：%2 积分，当前余额 %3。</translation>
    </message>
    <message>
        <source>Expired %1 points from %2 lots as of %3.</source>
        <translation>截至 %3，已有 %2 批共 %1 积分过期。</translation>
    </message>
    <message>
        <source>OK: %1 members and %2 ledger entries add up.</source>
        <translation>正常：%1 位会员、%2 条积分账目全部核对无误。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s).</source>
        <translation>
            <numerusform>核对发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>  Tier: up from %1 to %2</source>
        <translation>  等级：由%1升至%2</translation>
    </message>
    <message>
        <source>  Coupon: %1 off</source>
        <translation>  优惠券：减 %1</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1: %2</source>
        <translation>小票无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The visit was recorded, but its slip was not printed: %1</source>
        <translation>消费已记录，但小票未打印：%1</translation>
    </message>
    <message>
        <source>  Coupon issued: %1</source>
        <translation>  发放优惠券：%1</translation>
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
        <translation>暂缓提醒至 %1</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1（已暂缓）</translation>
    </message>
    <message>
        <source>%1 (shop&apos;s usual)</source>
        <translation>%1（本店常见）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Usually comes</source>
        <translation>到店规律</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <source>Bought last time</source>
        <translation>上次购买</translation>
    </message>
    <message>
        <source>Spend, 12 months</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::AlertsScreen</name>
    <message>
        <source>Every tier</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>The alert list could not be worked out: %1</source>
        <translation>无法生成提醒列表：%1</translation>
    </message>
    <message>
        <source>Only the owner can export member data.</source>
        <translation>只有店主可以导出会员数据。</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>尚未打开店铺。</translation>
    </message>
    <message>
        <source>Working out who stopped coming…</source>
        <translation>正在找出不再到店的会员…</translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n 位有流失风险</numerusform>
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
            <numerusform>列出 %n 位会员。</numerusform>
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
            <numerusform>另有 %n 位已暂缓，未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back: nobody was contacted yet. Contacts and coupons given to members at risk or dormant are counted here.</source>
        <translation>召回：尚未联系任何会员。对有流失风险或沉睡会员的联系和发券都会在这里统计。</translation>
    </message>
    <message>
        <source>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4%), %5 may still come.</source>
        <translation>召回：在有流失风险或沉睡时联系了 %1 位，%2 位在 %3 天内回店（%4%），还有 %5 位可能回来。</translation>
    </message>
    <message>
        <source>Who stopped coming</source>
        <translation>谁不来了</translation>
    </message>
    <message>
        <source>Each member&apos;s own rhythm: at risk when away more than twice their usual gap, dormant after four times, lost after a year. The most valuable come first — call them, send a coupon, or snooze them.</source>
        <translation>按每位会员自己的到店规律判断：超过平时间隔的 2 倍未到店为“有流失风险”，超过 4 倍为“沉睡”，超过一年为“已流失”。价值最高的排在最前——打个电话、送张优惠券，或暂缓提醒。</translation>
    </message>
    <message>
        <source>At risk and dormant</source>
        <translation>有流失风险和沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Lost (away over a year)</source>
        <translation>已流失（超过一年未到店）</translation>
    </message>
    <message>
        <source>Show snoozed</source>
        <translation>显示已暂缓</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>暂缓提醒(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>暂缓 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>取消暂缓</translation>
    </message>
    <message>
        <source>Win-back &amp;coupon…</source>
        <translation>召回优惠券(&amp;C)…</translation>
    </message>
    <message>
        <source>Serve at the &amp;counter</source>
        <translation>到收银台接待(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export a call sheet…</source>
        <translation>导出回访表(&amp;E)…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂缓提醒</translation>
    </message>
    <message>
        <source>Win-back %1</source>
        <translation>召回 %1</translation>
    </message>
    <message>
        <source>Win-back coupon</source>
        <translation>召回优惠券</translation>
    </message>
    <message>
        <source>Coupon %1 issued. Print it on the receipt printer now?</source>
        <translation>已发放优惠券 %1。现在用小票打印机打印吗？</translation>
    </message>
    <message>
        <source>Printing the coupon…</source>
        <translation>正在打印优惠券…</translation>
    </message>
    <message>
        <source>Export a call sheet</source>
        <translation>导出回访表</translation>
    </message>
    <message>
        <source>call-sheet-%1.csv</source>
        <translation>回访表-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the call sheet…</source>
        <translation>正在写入回访表…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位会员写入 %1。</numerusform>
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
        <translation>图片未保存</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Data not saved</source>
        <translation>数据未保存</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save data…</source>
        <translation>保存数据…</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart as a CSV file (opens in Excel)</source>
        <translation>将此图表的数字保存为 CSV 文件（可用 Excel 打开）</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CohortHeatMap</name>
    <message>
        <source>Members who came back, by the month they joined</source>
        <translation>按入会月份看会员回头情况</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>还没有会员。</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>入会月份</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Months after joining (0: the month they joined)</source>
        <translation>入会后的第几个月（0：入会当月）</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>记录联系</translation>
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
        <translation>例如：搬到城另一边了；周六会来</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CounterScreen</name>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>金额(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>e.g. 36.50</source>
        <translation>例如 36.50</translation>
    </message>
    <message>
        <source>&amp;Pay with points</source>
        <translation>积分抵扣(&amp;P)</translation>
    </message>
    <message>
        <source>points to redeem (optional)</source>
        <translation>要抵扣的积分（可不填）</translation>
    </message>
    <message>
        <source>Record visit  (Enter)</source>
        <translation>记录消费 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo this visit…</source>
        <translation>撤销这笔消费(&amp;U)…</translation>
    </message>
    <message>
        <source>Today at the counter</source>
        <translation>今日收银</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Void selected visit…</source>
        <translation>作废选中的消费(&amp;V)…</translation>
    </message>
    <message>
        <source>The result of each visit shows here: points earned, bonuses, the new balance.</source>
        <translation>每笔消费的结果会显示在这里：获得的积分、奖励与新余额。</translation>
    </message>
    <message>
        <source>Points to redeem are a whole number, like 500.</source>
        <translation>抵扣积分须为整数，例如 500。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>%1 points pay %2; %3 left to pay.</source>
        <translation>%1 积分抵 %2，还需支付 %3。</translation>
    </message>
    <message>
        <source>Enter the amount first.</source>
        <translation>请先输入金额。</translation>
    </message>
    <message>
        <source>Up to %1 points (worth %2) can pay for this visit.</source>
        <translation>本次最多可用 %1 积分（价值 %2）抵扣。</translation>
    </message>
    <message>
        <source>Not enough points to pay with (at least %1).</source>
        <translation>积分不足，无法抵扣（至少需要 %1）。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Visit not recorded</source>
        <translation>消费未记录</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 积分</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1（消费 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) earned</source>
        <translation>
            <numerusform>获得 %n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>member day ×%1</source>
        <translation>会员日 ×%1</translation>
    </message>
    <message>
        <source>+%1 birthday bonus</source>
        <translation>生日奖励 +%1</translation>
    </message>
    <message>
        <source>+%1 bonus</source>
        <translation>奖励 +%1</translation>
    </message>
    <message>
        <source>%1 points paid %2</source>
        <translation>%1 积分抵扣 %2</translation>
    </message>
    <message>
        <source>%1 gets %2 points for referring them.</source>
        <translation>推荐人 %1 获得 %2 积分推荐奖励。</translation>
    </message>
    <message>
        <source>New balance: %1 points</source>
        <translation>新余额：%1 积分</translation>
    </message>
    <message>
        <source>Visit not voided</source>
        <translation>消费未作废</translation>
    </message>
    <message>
        <source>Visit %1 voided. %2 points taken back, %3 given back; balance now %4.</source>
        <translation>消费 %1 已作废。收回 %2 积分，退还 %3 积分；当前余额 %4。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message numerus="yes">
        <source>Today at the counter: %n visit(s)</source>
        <translation>
            <numerusform>今日收银：%n 笔消费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today at the counter: the latest %n visits</source>
        <translation>
            <numerusform>今日收银：最近 %n 笔消费</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded to %1!</source>
        <translation>已升级至%1！</translation>
    </message>
    <message>
        <source>Earns ×%1 points from the next visit.</source>
        <translation>下次消费起积分 ×%1。</translation>
    </message>
    <message>
        <source>C&amp;oupon</source>
        <translation>优惠券(&amp;O)</translation>
    </message>
    <message>
        <source>scan or type the code (optional)</source>
        <translation>扫码或输入券码（可不填）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>%1: %2 off; %3 left to pay.</source>
        <translation>%1：减 %2，还需支付 %3。</translation>
    </message>
    <message>
        <source>coupon %1 off</source>
        <translation>优惠券减 %1</translation>
    </message>
    <message>
        <source>Print &amp;slip</source>
        <translation>打印小票(&amp;S)</translation>
    </message>
    <message>
        <source>Print this visit&apos;s slip again (Ctrl+P).</source>
        <translation>再次打印这笔消费的小票（Ctrl+P）。</translation>
    </message>
    <message>
        <source>A coupon for next time: %1 (on the slip)</source>
        <translation>送您下次用的优惠券：%1（印在小票上）</translation>
    </message>
    <message>
        <source>No coupons yet: add them on the Coupons screen</source>
        <translation>还没有优惠券：请在“优惠券”页面新建</translation>
    </message>
    <message>
        <source>&amp;Give a coupon</source>
        <translation>发优惠券(&amp;G)</translation>
    </message>
    <message>
        <source>Coupon not given</source>
        <translation>优惠券未发放</translation>
    </message>
    <message>
        <source>Coupon given: %1</source>
        <translation>已发放优惠券：%1</translation>
    </message>
    <message>
        <source>Code %1, valid through %2.</source>
        <translation>券码 %1，有效期至 %2。</translation>
    </message>
    <message>
        <source>Pre&amp;view slip…</source>
        <translation>预览小票(&amp;V)…</translation>
    </message>
    <message>
        <source>Welcome back!</source>
        <translation>欢迎回来！</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CouponsScreen</name>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Campaign: one coupon to each member</source>
        <translation>优惠券活动：每位会员一张</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Coupons bring regulars back when they are aimed at them: each coupon&apos;s code is unique and its use is counted, so you see which ones work.</source>
        <translation>有针对性的优惠券才能把老顾客带回来：每张券的券码都不同，使用情况逐张统计，哪种券有效一目了然。</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued by itself</source>
        <translation>自动发放</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
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
        <translation>用券消费实付</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation>新建优惠券(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Issue the coupons…</source>
        <translation>发放优惠券(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>with an upgrade</source>
        <translation>升级时</translation>
    </message>
    <message>
        <source>in the birthday month</source>
        <translation>生日月</translation>
    </message>
    <message>
        <source>Every active member</source>
        <translation>所有活跃会员</translation>
    </message>
    <message>
        <source>Campaign of %1</source>
        <translation>%1 的活动</translation>
    </message>
    <message>
        <source>Add a coupon first.</source>
        <translation>请先新建一种优惠券。</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s) will get one.</source>
        <translation>
            <numerusform>将有 %n 位活跃会员各得一张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Issue “%1” now? %2</source>
        <translation>现在发放“%1”吗？%2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Members in any state</source>
        <translation>所有状态的会员</translation>
    </message>
    <message>
        <source>The alert list: at risk and dormant, not snoozed</source>
        <translation>提醒列表：有流失风险和沉睡（不含已暂缓）</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>正在统计会员…</translation>
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
        <translation>数据看板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
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
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>&amp;Show by:</source>
        <translation>显示方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
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
        <translation>到店次数</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>new members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>alerts waiting</source>
        <translation>待跟进提醒</translation>
    </message>
    <message>
        <source>Open the alert list: members who stopped coming</source>
        <translation>打开提醒列表：不再来店的会员</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>没有打开店铺。</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <source>The figures could not be worked out: %1</source>
        <translation>无法计算数据：%1</translation>
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
            <numerusform>%1 至 %2：到店 %Ln 次，营业额 %3。等级、状态、分群和优惠券为今天的数据；近 12 个月指截至今天的 12 个月。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ui::DemoShopBuilder</name>
    <message>
        <source>Building the demo shop…</source>
        <translation>正在创建演示店铺…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>The demo shop could not be built: %1</source>
        <translation>无法创建演示店铺：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::GlobalSearch</name>
    <message>
        <source>Type the last 4 digits of the phone, a name, pinyin initials like wxm, or scan a card; pick with the arrow keys and Enter.</source>
        <translation>输入手机号后 4 位、姓名、拼音首字母（如 wxm），或扫描会员卡；用方向键选择，按 Enter 确认。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has %1 — register a new member with this phone</source>
        <translation>没有会员使用 %1 —— 用这个手机号登记新会员</translation>
    </message>
    <message>
        <source>No member matches “%1”</source>
        <translation>没有与“%1”匹配的会员</translation>
    </message>
    <message>
        <source>Find a member: phone or its last 4 digits, name, pinyin, or scan the card (F2)</source>
        <translation>查找会员：手机号或后 4 位、姓名、拼音，或扫会员卡 (F2)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>卡号 %1</translation>
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
        <translation>手机</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Import members from %1</source>
        <translation>从 %1 导入会员</translation>
    </message>
    <message>
        <source>Each column of the file goes into the field chosen for it (“—”: left out). A row with a problem is left out and listed below with its line; the others go in together.</source>
        <translation>文件的每一列导入到为它选择的字段（“—”：不导入）。有问题的行不会导入，并连同行号列在下方；其余的行一起导入。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be imported (the file is %1).</source>
        <translation>
            <numerusform>将导入 %n 位会员（文件编码为 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and will be left out:</source>
        <translation>
            <numerusform>%n 行有问题，不会导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n member(s)</source>
        <translation>
            <numerusform>导入 %n 位会员(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>正在导入会员…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 位会员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>打开店铺(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>打开演示店铺(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Register new member…</source>
        <translation>登记新会员(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>查找会员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LoyaltyDesk</source>
        <translation>关于会员积分台(&amp;A)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>LoyaltyDesk</source>
        <translation>会员积分台</translation>
    </message>
    <message>
        <source>%1 — LoyaltyDesk</source>
        <translation>%1 — 会员积分台</translation>
    </message>
    <message>
        <source>Shop file: %1</source>
        <translation>店铺文件：%1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation>无法打开店铺</translation>
    </message>
    <message>
        <source>%1

The file was not changed. Open another shop file, or create a new one?</source>
        <translation>%1

该文件未作任何改动。要打开其他店铺文件，还是新建一个？</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>打开其他…</translation>
    </message>
    <message>
        <source>Create a new shop…</source>
        <translation>新建店铺…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <source>Shop files (%1)</source>
        <translation>店铺文件 (%1)</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <source>Save the new shop as</source>
        <translation>将新店铺保存为</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LoyaltyDesk %1&lt;/h3&gt;&lt;p&gt;The loyalty program for small shops: members, visits, points, tiers and coupons, and who has stopped coming — in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;会员积分台 %1&lt;/h3&gt;&lt;p&gt;专为小店打造的会员积分系统：会员、消费、积分、等级和优惠券，还能看出哪些老顾客不再来了——全部保存在这台电脑上的一个文件里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shop: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;店铺：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;文件：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, SQLite, ICU and zint.&lt;/p&gt;</source>
        <translation>&lt;p&gt;基于 Qt %1、SQLite、ICU 和 zint 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LoyaltyDesk</source>
        <translation>关于会员积分台</translation>
    </message>
    <message>
        <source>The shop file is damaged</source>
        <translation>店铺文件已损坏</translation>
    </message>
    <message>
        <source>A check of the shop file found damage:

%1

Stop using this file and restore the newest backup.</source>
        <translation>检查店铺文件时发现损坏：

%1

请停止使用此文件，并恢复最新的备份。</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Today&apos;s backup is made: %1</source>
        <translation>今日备份已完成：%1</translation>
    </message>
    <message>
        <source>⚠ Today&apos;s automatic backup could not be made: %1</source>
        <translation>⚠ 今日自动备份未能完成：%1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <source>No backup on exit</source>
        <translation>退出时未备份</translation>
    </message>
    <message>
        <source>The backup on closing could not be made:

%1</source>
        <translation>关闭时的备份未能完成：

%1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>There are no backups of this shop in %1 yet.</source>
        <translation>%1 中还没有这家店的备份。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 KB</source>
        <translation>%1 — %2，%3 KB</translation>
    </message>
    <message>
        <source>The shop as it was at:</source>
        <translation>恢复到以下时间的店铺数据：</translation>
    </message>
    <message>
        <source>Replace the shop by the backup of %1? Whatever was recorded after it will not be in the shop; the current file is kept beside it, so nothing is deleted.</source>
        <translation>用 %1 的备份替换店铺数据？之后记录的内容将不在店铺中；当前文件会保留在旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restored. The file it replaced is kept as %1</source>
        <translation>已恢复。被替换的文件保留为 %1</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>恢复 %1 的备份</translation>
    </message>
    <message>
        <source>first open of the day</source>
        <translation>当日首次打开</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>小票已发送到打印机。</translation>
    </message>
    <message>
        <source>⚠ The slip was not printed: %1</source>
        <translation>⚠ 小票未打印：%1</translation>
    </message>
    <message>
        <source>Receipt &amp;printer…</source>
        <translation>小票打印机(&amp;P)…</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>流失提醒</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV</source>
        <translation>导出为 CSV(&amp;X)</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>Only the owner can import members.</source>
        <translation>只有店主可以导入会员。</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>从 CSV 导入会员(&amp;I)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberCard</name>
    <message>
        <source>Press F2 and type the last 4 digits of the phone, a name or pinyin initials — or scan the card.</source>
        <translation>按 F2，输入手机号后 4 位、姓名或拼音首字母，或直接扫会员卡。</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>卡号 %1</translation>
    </message>
    <message>
        <source>points</source>
        <comment>the balance under the big number</comment>
        <translation>积分</translation>
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
        <translation>作废后欠 %1 积分</translation>
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
        <translation>最近消费：%1（%2）。</translation>
    </message>
    <message>
        <source>Last visit %1: %2.</source>
        <translation>最近消费（%1）：%2。</translation>
    </message>
    <message>
        <source>First visit today — welcome them!</source>
        <translation>今天是首次消费，欢迎新会员！</translation>
    </message>
    <message>
        <source>%1 points on %2</source>
        <translation>%2 到期 %1 积分</translation>
    </message>
    <message>
        <source>Expiring soon: %1</source>
        <translation>即将过期：%1</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（有效至 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) to use: %1</source>
        <translation>
            <numerusform>可用优惠券 %n 张：%1</numerusform>
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
        <translation>在列表中选择一位会员即可查看详情。

在任何界面按 F2 都可以查找会员。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
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
        <translation>%1（本月生日！）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>State</source>
        <translation>活跃状态</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>优惠信息</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Archived — hidden from the counter</source>
        <translation>已归档（收银台不再显示）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>Archive member</source>
        <translation>归档会员</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from the counter and the list; their history stays, and you can restore them from “Show archived”.</source>
        <translation>要归档 %1 吗？归档后，该会员不会再出现在收银台和会员列表中；历史记录会保留，之后可在“显示已归档”中恢复。</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date: day, month and year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>%1 since %2; kept at least until %3, then reviewed on the spend of the last 12 months</source>
        <translation>%1（自 %2 起）；至少保留到 %3，之后按近 12 个月消费重新评定</translation>
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
        <translation>暂缓提醒至 %1</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberDialog</name>
    <message>
        <source>Edit member %1</source>
        <translation>编辑会员 %1</translation>
    </message>
    <message>
        <source>Register a new member</source>
        <translation>登记新会员</translation>
    </message>
    <message>
        <source>Card %1 · joined %2</source>
        <translation>卡号 %1 · %2 入会</translation>
    </message>
    <message>
        <source>A name or a phone number is enough; everything else is optional.</source>
        <translation>填写姓名或手机号即可，其余均为选填。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>手机(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
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
        <translation>用逗号分隔，例如：咖啡，周末</translation>
    </message>
    <message>
        <source>card or phone number of the member who sent them</source>
        <translation>推荐人的卡号或手机号</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
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
        <translation>同意接收优惠信息</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>推荐人(&amp;Y)</translation>
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
        <translation>推荐</translation>
    </message>
    <message>
        <source>sign-up</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>visit #%1</source>
        <translation>消费 #%1</translation>
    </message>
    <message>
        <source>lot #%1</source>
        <translation>批次 #%1</translation>
    </message>
    <message>
        <source>Every change of points, newest first</source>
        <translation>每一笔积分变动（最新在前）</translation>
    </message>
    <message>
        <source>Lots: points earned together, used oldest first, expiring together</source>
        <translation>积分批次：同时获得、先到期先使用、同时到期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Earned on</source>
        <translation>获得日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已用完</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>还没有积分。</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n ledger entries.</source>
        <translation>
            <numerusform>最近 %n 条积分记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 points in, %2 used at the till, %3 expired; %4 in open lots.</source>
        <translation>累计：获得 %1 分，收银抵扣 %2 分，过期 %3 分；可用批次中尚有 %4 分。</translation>
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
        <translation>已归档</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberVisitsView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 bonus</source>
        <translation>奖励 %1</translation>
    </message>
    <message>
        <source>%1 paid %2</source>
        <translation>%1 抵 %2</translation>
    </message>
    <message>
        <source>promotion %1%</source>
        <translation>活动 %1%</translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation>已于 %1 作废</translation>
    </message>
    <message>
        <source>Voided %1: %2</source>
        <translation>已于 %1 作废：%2</translation>
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
        <translation>单价 %1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n visit(s).</source>
        <translation>
            <numerusform>最近 %n 次消费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>共 %n 次消费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voided (struck through).</source>
        <translation>
            <numerusform>其中 %n 次已作废（划线显示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>还没有消费记录。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MembersScreen</name>
    <message>
        <source>Filter: phone or its last 4 digits, name, pinyin (wxm), card…</source>
        <translation>筛选：手机号或后 4 位、姓名、拼音（wxm）、卡号…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>登记新会员(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new member (Ctrl+N)</source>
        <translation>登记新会员（Ctrl+N）</translation>
    </message>
    <message>
        <source>first %1 matches</source>
        <translation>仅显示前 %1 位匹配的会员</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>找到 %n 位会员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln 位会员</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>资料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>消费(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>积分(&amp;P)</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::NewShopDialog</name>
    <message>
        <source>Welcome to LoyaltyDesk</source>
        <translation>欢迎使用会员积分台</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <source>Create a new shop file</source>
        <translation>新建店铺文件</translation>
    </message>
    <message>
        <source>Everything your loyalty program knows — members, visits, points — lives in one shop file on this computer. Start your own shop, or look around a demo shop first.</source>
        <translation>会员、消费记录、积分……会员计划的所有数据都保存在这台电脑上的一个店铺文件里。您可以直接创建自己的店铺，也可以先到演示店铺里看看。</translation>
    </message>
    <message>
        <source>A new, empty shop file. The shop that is open now stays as it is.</source>
        <translation>创建一个新的空白店铺文件。当前打开的店铺不受影响。</translation>
    </message>
    <message>
        <source>Start my shop</source>
        <translation>创建我的店铺</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>店铺名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Corner Tea House</source>
        <translation>例如：街角茶馆</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give your shop a name: it is printed on slips and reports.</source>
        <translation>请为店铺取个名字，它会打印在小票和报表上。</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>A made-up shop with 2,000 members, to try everything safely. It is a separate file: your own shop is never mixed with it.</source>
        <translation>一家虚构的店铺，有 2,000 位会员，可以放心试用所有功能。它是单独的文件，不会和您自己的店铺混在一起。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::PrinterDialog</name>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <source>Receipt printer works: 中文 ¥ 123</source>
        <translation>小票打印机工作正常：中文 ¥ 123</translation>
    </message>
    <message>
        <source>Sample coupon</source>
        <translation>示例优惠券</translation>
    </message>
    <message>
        <source>Not valid: a test of the barcodes.</source>
        <translation>无效券：仅用于测试条码。</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <source>A printer of this computer (with a driver)</source>
        <translation>这台电脑上的打印机（已安装驱动）</translation>
    </message>
    <message>
        <source>An ESC/POS receipt printer (USB device or network)</source>
        <translation>ESC/POS 小票打印机（USB 设备或网络）</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>打印到</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>/dev/usb/lp0, COM3 or 192.168.1.50:9100</source>
        <translation>/dev/usb/lp0、COM3 或 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Device or address</source>
        <translation>设备或地址</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 毫米</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 毫米</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <source>Print the slip of each visit as it is recorded</source>
        <translation>每笔消费记录后自动打印小票</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>测试打印(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1（当前不可用）</translation>
    </message>
    <message>
        <source>Only the owner can change the printer.</source>
        <translation>只有店主可以更改打印机设置。</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s device or network address.</source>
        <translation>请填写打印机的设备或网络地址。</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>正在打印测试小票…</translation>
    </message>
    <message>
        <source>The test slip was sent to the printer.</source>
        <translation>测试小票已发送到打印机。</translation>
    </message>
    <message>
        <source>The test slip was not printed: %1</source>
        <translation>测试小票未打印：%1</translation>
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
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Only the owner can change the rules.</source>
        <translation>只有店主可以修改规则。</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>Redeeming</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Points per %1 spent</source>
        <translation>每消费 %1 得积分</translation>
    </message>
    <message>
        <source>Counted on what is left to pay after coupons and points, rounded down once per visit.</source>
        <translation>按扣除优惠券和积分抵扣后的实付金额计算，每次消费只向下取整一次。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>积分为</translation>
    </message>
    <message>
        <source>Category percents</source>
        <translation>品类积分比例</translation>
    </message>
    <message>
        <source>Items of a listed category earn this percent of the usual points (e.g. 0% for tobacco); all others earn 100%.</source>
        <translation>列表中品类的商品按此比例获得积分（例如香烟 0%）；其他品类均为 100%。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>category, as on the items</source>
        <translation>品类名称，与商品上一致</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日奖励</translation>
    </message>
    <message>
        <source>Once a year, with the first visit in the birthday month.</source>
        <translation>每年一次，生日当月第一次消费时发放。</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>To the member who sent someone, at that person&apos;s first visit.</source>
        <translation>被推荐人第一次消费时，发给推荐人。</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <translation>注册奖励</translation>
    </message>
    <message>
        <source>When a member is registered.</source>
        <translation>会员注册时发放。</translation>
    </message>
    <message>
        <source>Points worth %1</source>
        <translation>抵 %1 所需积分</translation>
    </message>
    <message>
        <source>When points pay for a visit.</source>
        <translation>用积分支付消费时。</translation>
    </message>
    <message>
        <source>Points pay at most</source>
        <translation>积分最多支付</translation>
    </message>
    <message>
        <source>Of a visit&apos;s amount after coupons. 0% = points cannot pay.</source>
        <translation>占扣除优惠券后消费金额的比例。0% = 积分不能抵现。</translation>
    </message>
    <message>
        <source>Smallest redemption</source>
        <translation>最少使用</translation>
    </message>
    <message>
        <source>Fewer points cannot be used at once.</source>
        <translation>单次使用不能少于此积分。</translation>
    </message>
    <message>
        <source>Some months after they are earned</source>
        <translation>获得后若干个月</translation>
    </message>
    <message>
        <source>At the end of the next year</source>
        <translation>次年年底</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Counted from the end of the month they were earned in.</source>
        <translation>从获得当月月底起算。</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>E&amp;xample visit (%1)</source>
        <translation>示例消费（%1）(&amp;X)</translation>
    </message>
    <message>
        <source>For a member in the first tier, without coupons. Higher tiers earn more.</source>
        <translation>按最低等级会员、不用优惠券计算。更高等级获得更多积分。</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>A day of each month when visits earn more of the usual points: 200% is double.</source>
        <translation>每月的这一天消费可获得更多积分：200% 即双倍。</translation>
    </message>
    <message>
        <source>Months without a day %1 have no member day.</source>
        <translation>没有 %1 日的月份没有会员日。</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>会员日</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>At the end of a month, some months after the month they were earned in.</source>
        <translation>在获得当月之后若干个月的月底过期。</translation>
    </message>
    <message>
        <source>On 31 December of the year after they were earned.</source>
        <translation>在获得次年的 12 月 31 日过期。</translation>
    </message>
    <message>
        <source>Points stay until they are used.</source>
        <translation>积分一直有效，直到被使用。</translation>
    </message>
    <message>
        <source>Preview, with the changes not saved yet</source>
        <translation>预览（含尚未保存的修改）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Unsaved changes. The preview shows them; visits use the saved rules until you save.</source>
        <translation>有未保存的修改。预览已按修改计算；保存之前，消费仍按已保存的规则计算。</translation>
    </message>
    <message>
        <source>Saved. Visits recorded from now on use these rules.</source>
        <translation>已保存。此后记录的消费按这些规则计算。</translation>
    </message>
    <message>
        <source>The saved rules are back.</source>
        <translation>已还原为保存的规则。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 visit on the member day (day %2 of each month) earns %3.</source>
        <translation>会员日（每月 %2 日）消费 %1 可得 %3。</translation>
    </message>
    <message>
        <source>A %1 visit on another day earns %2.</source>
        <translation>其他日子消费 %1 可得 %2。</translation>
    </message>
    <message>
        <source>A %1 visit earns %2.</source>
        <translation>消费 %1 可得 %2。</translation>
    </message>
    <message>
        <source>%1 of “%2” items (%3%) earn %4 on another day.</source>
        <translation>平日购买 %1 的“%2”品类商品（%3%）可得 %4。</translation>
    </message>
    <message>
        <source>Points can pay up to %1 of a %2 visit (%3 points).</source>
        <translation>%2 的消费最多可用积分支付 %1（%3 积分）。</translation>
    </message>
    <message>
        <source>Points cannot pay for a %1 visit: the share they may pay is worth fewer than %2 points.</source>
        <translation>%1 的消费不能用积分支付：可支付的部分不足 %2 积分。</translation>
    </message>
    <message>
        <source>Bonuses: %1 points in the birthday month, %2 for a referral, %3 at sign-up.</source>
        <translation>奖励：生日月 %1 分，推荐 %2 分，注册 %3 分。</translation>
    </message>
    <message>
        <source>%1 points pay %2; at most %3% of a visit, at least %4 points at a time.</source>
        <translation>%1 积分抵 %2；最多支付消费的 %3%，每次至少使用 %4 积分。</translation>
    </message>
    <message>
        <source>Points cannot pay for visits.</source>
        <translation>积分不能抵现。</translation>
    </message>
    <message>
        <source>Points earned on %1 are valid through %2.</source>
        <translation>%1 获得的积分有效期至 %2。</translation>
    </message>
    <message>
        <source>Points earned on %1 never expire.</source>
        <translation>%1 获得的积分永不过期。</translation>
    </message>
    <message>
        <source>Type the category as it is written on the items, e.g. tobacco.</source>
        <translation>请输入与商品上一致的品类名称，例如“香烟”。</translation>
    </message>
    <message>
        <source>“%1” is on the list already; change its percent there.</source>
        <translation>“%1”已在列表中，请直接修改它的比例。</translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>规则未保存</translation>
    </message>
    <message>
        <source>Not saved: the shop file was not changed.</source>
        <translation>未保存：店铺文件没有改动。</translation>
    </message>
    <message>
        <source>The points rules have changes that are not saved yet.</source>
        <translation>积分规则有尚未保存的修改。</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Drop them</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>How members earn points, what points are worth, when they expire and what the tiers take. Visits already recorded keep the points they earned.</source>
        <translation>会员如何获得积分、积分值多少钱、何时过期，以及各等级的门槛。已记录的消费保留原来获得的积分。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>宽限期</translation>
    </message>
    <message>
        <source>A tier is kept this long after it was reached or renewed, even when the spend no longer reaches it. Tiers are reviewed on the first of each month.</source>
        <translation>达到或保级后，即使消费不再达标，等级也会保留这么久。等级在每月 1 日评定。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TemplateDialog</name>
    <message>
        <source>New coupon</source>
        <translation>新建优惠券</translation>
    </message>
    <message>
        <source>e.g. ¥20 off ¥100</source>
        <translation>例如 满100减20</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>An amount off</source>
        <translation>立减金额</translation>
    </message>
    <message>
        <source>A percent off</source>
        <translation>按比例减</translation>
    </message>
    <message>
        <source>An amount off a spend of at least… (满减)</source>
        <translation>满额立减（满减）</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>On a spend of at least</source>
        <translation>消费满</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>最低消费</translation>
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
        <translation>所有会员</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用会员</translation>
    </message>
    <message>
        <source>By hand and in campaigns</source>
        <translation>手动发放及活动发放</translation>
    </message>
    <message>
        <source>Also by itself, with each tier upgrade</source>
        <translation>另在会员升级时自动发放</translation>
    </message>
    <message>
        <source>Also by itself, once a year in the birthday month</source>
        <translation>另在生日月自动发放（每年一次）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>printed under the coupon, e.g. not with other offers</source>
        <translation>印在券下方，例如：不与其他优惠同享</translation>
    </message>
    <message>
        <source>Slip text</source>
        <translation>小票说明</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>减免比例（%）</translation>
    </message>
    <message>
        <source>Amount off (%1)</source>
        <translation>减免金额（%1）</translation>
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
        <translation>减免比例是 1 到 100 的整数。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TierTable</name>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Spend in 12 months (%1)</source>
        <translation>近 12 个月消费（%1）</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>积分比例</translation>
    </message>
    <message>
        <source>Target share</source>
        <translation>目标占比</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Perks (printed on the slip)</source>
        <translation>权益（打印在小票上）</translation>
    </message>
    <message>
        <source>Every member holds at least the lowest tier.</source>
        <translation>所有会员至少属于最低等级。</translation>
    </message>
    <message>
        <source>What a member spends over the last 365 days to reach this tier.</source>
        <translation>会员最近 365 天内消费满这个金额，即可达到此等级。</translation>
    </message>
    <message>
        <source>Points earned at this tier, as a percent of the usual points.</source>
        <translation>此等级获得的积分占常规积分的百分比。</translation>
    </message>
    <message>
        <source>The share of members this tier aims for; the shares add up to 100%.</source>
        <translation>希望此等级会员占全部会员的比例；各等级合计为 100%。</translation>
    </message>
    <message>
        <source>The colour of the tier&apos;s badge. Click to choose.</source>
        <translation>等级标识的颜色。点击可选择。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1的颜色</translation>
    </message>
    <message>
        <source>Enter the spend for %1 as an amount, such as 500 or 500.00.</source>
        <translation>请以金额填写%1的消费门槛，例如 500 或 500.00。</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TiersScreen</name>
    <message>
        <source>The tiers could not be worked out: %1</source>
        <translation>无法计算等级分布：%1</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>How your members spread over the tiers, against the shares you aim for. A member&apos;s tier follows what they spent in the last 12 months; the thresholds, earn rates and target shares are in Settings.</source>
        <translation>会员在各等级的分布，以及与目标占比的对比。会员等级取决于近 12 个月的消费；门槛、积分比例和目标占比可在“设置”中修改。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use the suggested thresholds…</source>
        <translation>采用建议门槛(&amp;U)…</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Suggested spend</source>
        <translation>建议门槛</translation>
    </message>
    <message>
        <source>Share then</source>
        <translation>调整后占比</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>尚未打开店铺。</translation>
    </message>
    <message>
        <source>Working out the tiers…</source>
        <translation>正在计算等级分布…</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s), spend over the 12 months up to %1.</source>
        <translation>
            <numerusform>%n 位活跃会员，按截至 %1 的 12 个月消费计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggested spends would put the target shares of members in each tier, going by the last 12 months.</source>
        <translation>按近 12 个月的消费，采用建议门槛后，各等级的会员占比将符合目标。</translation>
    </message>
    <message>
        <source>Members per tier</source>
        <translation>各等级会员分布</translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>门槛未保存</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::VoidDialog</name>
    <message>
        <source>Undo a visit</source>
        <translation>撤销消费</translation>
    </message>
    <message>
        <source>Void this visit? Its points, bonuses and any points it used are reversed exactly; the visit stays in the history, marked as void.</source>
        <translation>作废这笔消费？它产生的积分、奖励以及抵扣的积分都会精确冲回；记录仍保留在历史中，并标记为已作废。</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>原因(&amp;R)（记入审计日志）：</translation>
    </message>
    <message>
        <source>e.g. wrong member, wrong amount, customer returned the goods</source>
        <translation>例如：会员选错、金额错误、顾客退货</translation>
    </message>
    <message>
        <source>&amp;Void the visit</source>
        <translation>作废这笔消费(&amp;V)</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::WinBackDialog</name>
    <message>
        <source>Win-back coupon</source>
        <translation>召回优惠券</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <source>Only the selected member</source>
        <translation>仅选中的会员</translation>
    </message>
    <message numerus="yes">
        <source>Everybody in the list shown: %n member(s), one coupon each</source>
        <translation>
            <numerusform>当前列表中的所有会员：%n 位，每人一张</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can send coupons to a whole list.</source>
        <translation>只有店主可以向整个列表发券。</translation>
    </message>
    <message>
        <source>Each coupon counts as a try to bring the member back: the report shows who came back within 30 days.</source>
        <translation>每张优惠券都算作一次召回尝试：报表会显示谁在 30 天内回店。</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>发放(&amp;I)</translation>
    </message>
    <message>
        <source>No coupon yet: add one on the Coupons screen</source>
        <translation>还没有优惠券：请先在“优惠券”页面添加</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::WinBackReportDialog</name>
    <message>
        <source>Win-back by month</source>
        <translation>按月召回情况</translation>
    </message>
    <message numerus="yes">
        <source>Members contacted or sent a coupon while at risk or dormant, by the month of the contact, and how many of them came back within %n day(s).</source>
        <translation>
            <numerusform>在有流失风险或沉睡时被联系或收到优惠券的会员（按联系月份），以及其中 %n 天内回店的人数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
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
        <translation>可能还会来</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合计</translation>
    </message>
</context>
</TS>
