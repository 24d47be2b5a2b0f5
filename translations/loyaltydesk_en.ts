<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%n member(s) to bring back, most valuable first.</source>
        <translation>
            <numerusform>%n member to bring back, most valuable first.</numerusform>
            <numerusform>%n members to bring back, most valuable first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed, not listed (--include-snoozed).</source>
        <translation>
            <numerusform>%n snoozed, not listed (--include-snoozed).</numerusform>
            <numerusform>%n snoozed, not listed (--include-snoozed).</numerusform>
        </translation>
    </message>
    <message>
        <source>--channel takes call, message or in_person, not “%1”.</source>
        <translation>--channel takes call, message or in_person, not “%1”.</translation>
    </message>
    <message>
        <source>--outcome takes one of %1, not “%2”.</source>
        <translation>--outcome takes one of %1, not “%2”.</translation>
    </message>
    <message>
        <source>Logged for %1 (%2): %3.</source>
        <translation>Logged for %1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1 is off the alert list until %2.</source>
        <translation>%1 is off the alert list until %2.</translation>
    </message>
    <message>
        <source>%1 is back on the alert list when away.</source>
        <translation>%1 is back on the alert list when away.</translation>
    </message>
    <message numerus="yes">
        <source>Member states as of %1 (%n active member(s)):</source>
        <translation>
            <numerusform>Member states as of %1 (%n active member):</numerusform>
            <numerusform>Member states as of %1 (%n active members):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usual gap for members without a rhythm of their own: %n day(s).</source>
        <translation>
            <numerusform>Usual gap for members without a rhythm of their own: %n day.</numerusform>
            <numerusform>Usual gap for members without a rhythm of their own: %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4), %5 may still come.</source>
        <translation>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4), %5 may still come.</translation>
    </message>
    <message>
        <source>Only the owner can export member data.</source>
        <translation>Only the owner can export member data.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n member to %1.</numerusform>
            <numerusform>Wrote %n members to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>RFM segments as of %1 (recency, frequency and spend of the last 12 months, in quintiles):</source>
        <translation>RFM segments as of %1 (recency, frequency and spend of the last 12 months, in quintiles):</translation>
    </message>
    <message>
        <source>The top %1 of %2 members who spent in the last 12 months (20%) brought %3 of %4: %5.</source>
        <translation>The top %1 of %2 members who spent in the last 12 months (20%) brought %3 of %4: %5.</translation>
    </message>
    <message>
        <source>%1 members; %2 visits paying %3 in all; %4 points outstanding, worth %5 at the till.
Today: %6 visits, %7, %8 new members, %9 points earned.</source>
        <translation>%1 members; %2 visits paying %3 in all; %4 points outstanding, worth %5 at the till.
Today: %6 visits, %7, %8 new members, %9 points earned.</translation>
    </message>
    <message>
        <source>Points by month: earned, redeemed, expired, adjusted, reversed by voids.</source>
        <translation>Points by month: earned, redeemed, expired, adjusted, reversed by voids.</translation>
    </message>
    <message>
        <source>Outstanding: %1 points, worth %2 at the till.</source>
        <translation>Outstanding: %1 points, worth %2 at the till.</translation>
    </message>
    <message>
        <source>Members who joined each month, and the share of them who came in each month after (0: the month they joined).</source>
        <translation>Members who joined each month, and the share of them who came in each month after (0: the month they joined).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: %1</source>
        <translation>The backup could not be verified and was not kept: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written.</source>
        <translation>The backup %1 cannot be written.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to %1.</source>
        <translation>The backup cannot be copied next to %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; nothing was restored.</source>
        <translation>%1 cannot be moved aside; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup cannot be put in place of %1.</source>
        <translation>The backup cannot be put in place of %1.</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <source>Write the birthday as MM-DD or YYYY-MM-DD, e.g. 03-15 or 1990-03-15.</source>
        <translation>Write the birthday as MM-DD or YYYY-MM-DD, e.g. 03-15 or 1990-03-15.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 is not a real date.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>A birthday cannot be in the future.</translation>
    </message>
    <message>
        <source>%1 is too long ago to be a birthday; check the year.</source>
        <translation>%1 is too long ago to be a birthday; check the year.</translation>
    </message>
</context>
<context>
    <name>CampaignRun</name>
    <message>
        <source>Issuing the coupons…</source>
        <translation>Issuing the coupons…</translation>
    </message>
    <message>
        <source>Issue the coupons</source>
        <translation>Issue the coupons</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued. Print them now?</source>
        <translation>
            <numerusform>%n coupon issued. Print it now?</numerusform>
            <numerusform>%n coupons issued. Print them now?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;A4 sheets to cut (PDF)…</source>
        <translation>&amp;A4 sheets to cut (PDF)…</translation>
    </message>
    <message>
        <source>&amp;One slip each on the receipt printer</source>
        <translation>&amp;One slip each on the receipt printer</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>Save the coupons</source>
        <translation>Save the coupons</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the coupons…</source>
        <translation>Printing the coupons…</translation>
    </message>
    <message>
        <source>Print the coupons</source>
        <translation>Print the coupons</translation>
    </message>
</context>
<context>
    <name>CheckoutService</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>There is no visit %1.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>That amount is too large: at most %1.</translation>
    </message>
    <message>
        <source>A visit has at most 200 items.</source>
        <translation>A visit has at most 200 items.</translation>
    </message>
    <message>
        <source>The items add up to %1 but the amount is %2: they must be equal.</source>
        <translation>The items add up to %1 but the amount is %2: they must be equal.</translation>
    </message>
    <message>
        <source>Points to redeem cannot be negative.</source>
        <translation>Points to redeem cannot be negative.</translation>
    </message>
    <message>
        <source>A visit UUID is at most 100 characters.</source>
        <translation>A visit UUID is at most 100 characters.</translation>
    </message>
    <message>
        <source>A note is at most 500 characters.</source>
        <translation>A note is at most 500 characters.</translation>
    </message>
    <message>
        <source>%1 is archived: restore the member before recording a visit.</source>
        <translation>%1 is archived: restore the member before recording a visit.</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased: visits cannot be recorded for them.</source>
        <translation>This member&apos;s data was erased: visits cannot be recorded for them.</translation>
    </message>
    <message>
        <source>Visit %1 was already voided on %2.</source>
        <translation>Visit %1 was already voided on %2.</translation>
    </message>
    <message>
        <source>Only the owner can void a visit from an earlier day.</source>
        <translation>Only the owner can void a visit from an earlier day.</translation>
    </message>
    <message>
        <source>A reason is at most 500 characters.</source>
        <translation>A reason is at most 500 characters.</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>There is no coupon %1.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Register a member (a name or a phone is needed).</source>
        <translation>Register a member (a name or a phone is needed).</translation>
    </message>
    <message>
        <source>Find members by card, phone (full or last 4 digits), name part, pinyin or initials.</source>
        <translation>Find members by card, phone (full or last 4 digits), name part, pinyin or initials.</translation>
    </message>
    <message>
        <source>Show one member (REF: card number, phone number or id:N).</source>
        <translation>Show one member (REF: card number, phone number or id:N).</translation>
    </message>
    <message>
        <source>Create a new shop file (refuses one that exists).</source>
        <translation>Create a new shop file (refuses one that exists).</translation>
    </message>
    <message>
        <source>Fill a new shop with realistic synthetic members.</source>
        <translation>Fill a new shop with realistic synthetic members.</translation>
    </message>
    <message>
        <source>Change a member&apos;s details (same options as member add).</source>
        <translation>Change a member&apos;s details (same options as member add).</translation>
    </message>
    <message>
        <source>Hide a member from the counter, keeping their history (owner only).</source>
        <translation>Hide a member from the counter, keeping their history (owner only).</translation>
    </message>
    <message>
        <source>Make an archived member active again (owner only).</source>
        <translation>Make an archived member active again (owner only).</translation>
    </message>
    <message>
        <source>Record a visit: points earned, redeemed and bonuses, in one step.</source>
        <translation>Record a visit: points earned, redeemed and bonuses, in one step.</translation>
    </message>
    <message>
        <source>Reverse a visit exactly: its points, bonuses and redemptions.</source>
        <translation>Reverse a visit exactly: its points, bonuses and redemptions.</translation>
    </message>
    <message>
        <source>A member&apos;s visits, newest first, with items.</source>
        <translation>A member&apos;s visits, newest first, with items.</translation>
    </message>
    <message>
        <source>Change a member&apos;s points by hand, with a reason (owner only).</source>
        <translation>Change a member&apos;s points by hand, with a reason (owner only).</translation>
    </message>
    <message>
        <source>Apply points expiry as of now.</source>
        <translation>Apply points expiry as of now.</translation>
    </message>
    <message>
        <source>Show one rule or shop setting.</source>
        <translation>Show one rule or shop setting.</translation>
    </message>
    <message>
        <source>Change one rule or shop setting (owner only).</source>
        <translation>Change one rule or shop setting (owner only).</translation>
    </message>
    <message>
        <source>Prove the points ledger and the file&apos;s integrity.</source>
        <translation>Prove the points ledger and the file&apos;s integrity.</translation>
    </message>
    <message>
        <source>Write a verified backup copy of the shop (into its backups folder, or DIR).</source>
        <translation>Write a verified backup copy of the shop (into its backups folder, or DIR).</translation>
    </message>
    <message>
        <source>Replace the shop file by a backup (checked first; the replaced file is kept).</source>
        <translation>Replace the shop file by a backup (checked first; the replaced file is kept).</translation>
    </message>
    <message>
        <source>Run the monthly tier reviews that are due, as of now.</source>
        <translation>Run the monthly tier reviews that are due, as of now.</translation>
    </message>
    <message>
        <source>The tier pyramid against its target shares, with suggested thresholds.</source>
        <translation>The tier pyramid against its target shares, with suggested thresholds.</translation>
    </message>
    <message>
        <source>Define a coupon (owner).</source>
        <translation>Define a coupon (owner).</translation>
    </message>
    <message>
        <source>The coupon templates.</source>
        <translation>The coupon templates.</translation>
    </message>
    <message>
        <source>Issue a coupon to a member.</source>
        <translation>Issue a coupon to a member.</translation>
    </message>
    <message>
        <source>List coupons, newest first.</source>
        <translation>List coupons, newest first.</translation>
    </message>
    <message>
        <source>Per coupon template: issued, redeemed, expired, the redemption rate and the revenue.</source>
        <translation>Per coupon template: issued, redeemed, expired, the redemption rate and the revenue.</translation>
    </message>
    <message>
        <source>Members who stopped coming, most valuable first (at risk and dormant unless --state says).</source>
        <translation>Members who stopped coming, most valuable first (at risk and dormant unless --state says).</translation>
    </message>
    <message>
        <source>Log a try to bring a member back (outcomes: reached, no_answer, left_message, will_return, not_interested, moved_away).</source>
        <translation>Log a try to bring a member back (outcomes: reached, no_answer, left_message, will_return, not_interested, moved_away).</translation>
    </message>
    <message>
        <source>Keep a member off the alert list for N days (0 ends it).</source>
        <translation>Keep a member off the alert list for N days (0 ends it).</translation>
    </message>
    <message>
        <source>Members by state, and how many of those contacted came back (win-back).</source>
        <translation>Members by state, and how many of those contacted came back (win-back).</translation>
    </message>
    <message>
        <source>The alert list as a call sheet in CSV (owner).</source>
        <translation>The alert list as a call sheet in CSV (owner).</translation>
    </message>
    <message>
        <source>RFM segments: members and spend per segment (recency, frequency, money of 12 months).</source>
        <translation>RFM segments: members and spend per segment (recency, frequency, money of 12 months).</translation>
    </message>
    <message>
        <source>The share of the 12 months&apos; spend that the top 20% of members bring.</source>
        <translation>The share of the 12 months&apos; spend that the top 20% of members bring.</translation>
    </message>
    <message>
        <source>Issue one coupon to each active member of a tier or higher, in the states and RFM segments given (owner). --state at_risk,dormant --skip-snoozed is the alert list.</source>
        <translation>Issue one coupon to each active member of a tier or higher, in the states and RFM segments given (owner). --state at_risk,dormant --skip-snoozed is the alert list.</translation>
    </message>
    <message>
        <source>Active members as CSV, in SPEC §6&apos;s column order (owner).</source>
        <translation>Active members as CSV, in SPEC §6&apos;s column order (owner).</translation>
    </message>
    <message>
        <source>Every visit as CSV, its items in one column, voided ones marked (owner).</source>
        <translation>Every visit as CSV, its items in one column, voided ones marked (owner).</translation>
    </message>
    <message>
        <source>Every points ledger entry as CSV (owner).</source>
        <translation>Every points ledger entry as CSV (owner).</translation>
    </message>
    <message>
        <source>Every coupon issued as CSV (owner).</source>
        <translation>Every coupon issued as CSV (owner).</translation>
    </message>
    <message>
        <source>Members from a CSV file: English or Chinese headers, UTF-8 or GB18030; every bad row reported with its line (owner).</source>
        <translation>Members from a CSV file: English or Chinese headers, UTF-8 or GB18030; every bad row reported with its line (owner).</translation>
    </message>
    <message>
        <source>Members, visits, revenue and points outstanding, and today&apos;s figures.</source>
        <translation>Members, visits, revenue and points outstanding, and today&apos;s figures.</translation>
    </message>
    <message>
        <source>Points earned, redeemed, expired and adjusted by month, and what is outstanding.</source>
        <translation>Points earned, redeemed, expired and adjusted by month, and what is outstanding.</translation>
    </message>
    <message>
        <source>Cohort retention: for each of the last 12 months, the members who joined and the share of them who came in each month after.</source>
        <translation>Cohort retention: for each of the last 12 months, the members who joined and the share of them who came in each month after.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Next tier</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Days absent</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spend (12 months)</source>
        <translation>Spend (12 months)</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>%1 points on %2</source>
        <translation>%1 points on %2</translation>
    </message>
    <message>
        <source>%1 since %2, kept at least until %3</source>
        <translation>%1 since %2, kept at least until %3</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>%1 — %2, valid through %3</source>
        <translation>%1 — %2, valid through %3</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 takes a whole number, not “%2”.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>%1 takes states among new, active, at_risk, dormant and lost, not “%2”.</source>
        <translation>%1 takes states among new, active, at_risk, dormant and lost, not “%2”.</translation>
    </message>
    <message>
        <source>%1 needs at least one state.</source>
        <translation>%1 needs at least one state.</translation>
    </message>
    <message>
        <source>Alert snoozed</source>
        <translation>Alert snoozed</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: loyaltydesk-cli [--db FILE] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--operator NAME --pin PIN] COMMAND …</source>
        <translation>Usage: loyaltydesk-cli [--db FILE] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--operator NAME --pin PIN] COMMAND …</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or a value that does not parse, 2 usage error, 3 the shop file cannot be used.</source>
        <translation>Exit codes: 0 done, 1 refused or a value that does not parse, 2 usage error, 3 the shop file cannot be used.</translation>
    </message>
    <message>
        <source>Usage error: %1</source>
        <translation>Usage error: %1</translation>
    </message>
    <message>
        <source>Run loyaltydesk-cli --help for the commands.</source>
        <translation>Run loyaltydesk-cli --help for the commands.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>unknown command “%1”.</translation>
    </message>
    <message>
        <source>unknown option --%1.</source>
        <translation>unknown option --%1.</translation>
    </message>
    <message>
        <source>“%1” has no option --%2.</source>
        <translation>“%1” has no option --%2.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 takes no value.</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 is given twice.</translation>
    </message>
    <message>
        <source>“%1” needs --%2.</source>
        <translation>“%1” needs --%2.</translation>
    </message>
    <message>
        <source>“%1” takes: %2</source>
        <translation>“%1” takes: %2</translation>
    </message>
    <message>
        <source>--now takes a local time like 2026-03-11T10:00:00, not “%1”.</source>
        <translation>--now takes a local time like 2026-03-11T10:00:00, not “%1”.</translation>
    </message>
    <message>
        <source>“member add” needs --name or --phone.</source>
        <translation>“member add” needs --name or --phone.</translation>
    </message>
    <message>
        <source>“member update” needs at least one field to change, e.g. --phone P.</source>
        <translation>“member update” needs at least one field to change, e.g. --phone P.</translation>
    </message>
</context>
<context>
    <name>CouponRules</name>
    <message>
        <source>A coupon template needs a name.</source>
        <translation>A coupon template needs a name.</translation>
    </message>
    <message>
        <source>A template&apos;s name is at most %1 characters long.</source>
        <translation>A template&apos;s name is at most %1 characters long.</translation>
    </message>
    <message>
        <source>The amount off must be more than 0 and at most %1.</source>
        <translation>The amount off must be more than 0 and at most %1.</translation>
    </message>
    <message>
        <source>The percent off is a whole number from 1 to 100.</source>
        <translation>The percent off is a whole number from 1 to 100.</translation>
    </message>
    <message>
        <source>A spend-and-save coupon needs the spend it starts at (--threshold).</source>
        <translation>A spend-and-save coupon needs the spend it starts at (--threshold).</translation>
    </message>
    <message>
        <source>A spend-and-save coupon cannot take off more than the spend it starts at.</source>
        <translation>A spend-and-save coupon cannot take off more than the spend it starts at.</translation>
    </message>
    <message>
        <source>The minimum spend must be between 0 and %1.</source>
        <translation>The minimum spend must be between 0 and %1.</translation>
    </message>
    <message>
        <source>A coupon is valid for 1 to %1 days.</source>
        <translation>A coupon is valid for 1 to %1 days.</translation>
    </message>
    <message>
        <source>The slip text is at most %1 characters long.</source>
        <translation>The slip text is at most %1 characters long.</translation>
    </message>
    <message>
        <source>Coupon %1 was already redeemed.</source>
        <translation>Coupon %1 was already redeemed.</translation>
    </message>
    <message>
        <source>Coupon %1 was voided.</source>
        <translation>Coupon %1 was voided.</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>Coupon %1 expired on %2.</translation>
    </message>
    <message>
        <source>Coupon %1 belongs to another member.</source>
        <translation>Coupon %1 belongs to another member.</translation>
    </message>
    <message>
        <source>Coupon %1 is for members of a higher tier.</source>
        <translation>Coupon %1 is for members of a higher tier.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a spend of at least %2.</source>
        <translation>Coupon %1 needs a spend of at least %2.</translation>
    </message>
    <message>
        <source>Coupon %1 takes %2 off a spend of %3 or more.</source>
        <translation>Coupon %1 takes %2 off a spend of %3 or more.</translation>
    </message>
    <message>
        <source>This coupon was redeemed a moment ago at another counter.</source>
        <translation>This coupon was redeemed a moment ago at another counter.</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 off</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1% off</translation>
    </message>
    <message>
        <source>%1 off a spend of %2</source>
        <translation>%1 off a spend of %2</translation>
    </message>
    <message>
        <source>, with a spend of at least %1</source>
        <translation>, with a spend of at least %1</translation>
    </message>
</context>
<context>
    <name>CouponService</name>
    <message>
        <source>Only the owner can define coupons.</source>
        <translation>Only the owner can define coupons.</translation>
    </message>
    <message>
        <source>The coupon template “%1” is no longer used.</source>
        <translation>The coupon template “%1” is no longer used.</translation>
    </message>
    <message>
        <source>Coupons are issued to active members only.</source>
        <translation>Coupons are issued to active members only.</translation>
    </message>
    <message>
        <source>“%1” is for members of a higher tier than %2&apos;s.</source>
        <translation>“%1” is for members of a higher tier than %2&apos;s.</translation>
    </message>
    <message>
        <source>“%1” is not a coupon code: a code has 13 letters and digits.</source>
        <translation>“%1” is not a coupon code: a code has 13 letters and digits.</translation>
    </message>
    <message>
        <source>This coupon code has a typo: check it and type it again.</source>
        <translation>This coupon code has a typo: check it and type it again.</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>There is no coupon %1.</translation>
    </message>
    <message>
        <source>There is no coupon template %1.</source>
        <translation>There is no coupon template %1.</translation>
    </message>
    <message>
        <source>Only the owner can run a campaign.</source>
        <translation>Only the owner can run a campaign.</translation>
    </message>
    <message>
        <source>A campaign needs a name of at most %1 characters.</source>
        <translation>A campaign needs a name of at most %1 characters.</translation>
    </message>
    <message>
        <source>No active member is in that audience: no coupon was issued.</source>
        <translation>No active member is in that audience: no coupon was issued.</translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--kind is amount_off, percent_off or spend_and_save, not “%1”.</source>
        <translation>--kind is amount_off, percent_off or spend_and_save, not “%1”.</translation>
    </message>
    <message>
        <source>Coupon template %1 added: %2</source>
        <translation>Coupon template %1 added: %2</translation>
    </message>
    <message>
        <source>No coupon templates yet.</source>
        <translation>No coupon templates yet.</translation>
    </message>
    <message>
        <source>Coupon %1 issued to %2, valid through %3.</source>
        <translation>Coupon %1 issued to %2, valid through %3.</translation>
    </message>
    <message>
        <source>--status is issued, redeemed, expired or void, not “%1”.</source>
        <translation>--status is issued, redeemed, expired or void, not “%1”.</translation>
    </message>
    <message>
        <source>to bearer</source>
        <translation>to bearer</translation>
    </message>
    <message>
        <source>No coupons.</source>
        <translation>No coupons.</translation>
    </message>
    <message>
        <source>%1  %2: %3 issued, %4 redeemed (%5%), %6 expired, %7 void; visits that redeemed them paid %8</source>
        <translation>%1  %2: %3 issued, %4 redeemed (%5%), %6 expired, %7 void; visits that redeemed them paid %8</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 — %3, valid %n day(s)</source>
        <translation>
            <numerusform>%1  %2 — %3, valid %n day</numerusform>
            <numerusform>%1  %2 — %3, valid %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>--auto is tier_upgrade or birthday, not “%1”.</source>
        <translation>--auto is tier_upgrade or birthday, not “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1: %n coupon(s) issued.</source>
        <translation>
            <numerusform>Campaign %1: %n coupon issued.</numerusform>
            <numerusform>Campaign %1: %n coupons issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1  %2: %3 issued, %4 redeemed (%5%), %6 expired; visits that redeemed them paid %7</source>
        <translation>Campaign %1  %2: %3 issued, %4 redeemed (%5%), %6 expired; visits that redeemed them paid %7</translation>
    </message>
    <message>
        <source>--segment takes champions, loyal, potential, new, at_risk, cant_lose, hibernating or lost, not “%1”.</source>
        <translation>--segment takes champions, loyal, potential, new, at_risk, cant_lose, hibernating or lost, not “%1”.</translation>
    </message>
    <message>
        <source>--segment needs at least one segment.</source>
        <translation>--segment needs at least one segment.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>Only the owner can export the shop&apos;s data.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: the file is neither UTF-8 nor GB18030/GBK text: save it again as CSV (UTF-8).</source>
        <translation>Line %1: the file is neither UTF-8 nor GB18030/GBK text: save it again as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quote; a quote inside a field is written as two (&quot;&quot;).</source>
        <translation>Line %1: there is text after a closing quote; a quote inside a field is written as two (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message>
        <source>Line %1: the file says it is UTF-8 but is not: save it again as CSV UTF-8.</source>
        <translation>Line %1: the file says it is UTF-8 but is not: save it again as CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Revenue and visits per day</source>
        <translation>Revenue and visits per day</translation>
    </message>
    <message>
        <source>Revenue and visits per week</source>
        <translation>Revenue and visits per week</translation>
    </message>
    <message>
        <source>Revenue and visits per month</source>
        <translation>Revenue and visits per month</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenue (%1)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Day of the month, %1 to %2</source>
        <translation>Day of the month, %1 to %2</translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation>Week from Monday</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <source>New members per month</source>
        <translation>New members per month</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Month joined</source>
        <translation>Month joined</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members per tier, against the targets</source>
        <translation>Members per tier, against the targets</translation>
    </message>
    <message>
        <source>Members by state (today)</source>
        <translation>Members by state (today)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Points per month — %1 points outstanding, worth %2</source>
        <translation>Points per month — %1 points outstanding, worth %2</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Coupon redemption rates — no coupons issued yet</source>
        <translation>Coupon redemption rates — no coupons issued yet</translation>
    </message>
    <message>
        <source>Coupon redemption rates</source>
        <translation>Coupon redemption rates</translation>
    </message>
    <message>
        <source>Redeemed of those issued</source>
        <translation>Redeemed of those issued</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>RFM segments: their share of members and of the 12 months&apos; spend</source>
        <translation>RFM segments: their share of members and of the 12 months&apos; spend</translation>
    </message>
    <message>
        <source>Spend in 12 months</source>
        <translation>Spend in 12 months</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Who brings the spend — nobody spent in the last 12 months</source>
        <translation>Who brings the spend — nobody spent in the last 12 months</translation>
    </message>
    <message>
        <source>Who brings the spend: the top 20% of members bring %1 of it</source>
        <translation>Who brings the spend: the top 20% of members bring %1 of it</translation>
    </message>
    <message>
        <source>Members, biggest spenders first</source>
        <translation>Members, biggest spenders first</translation>
    </message>
    <message>
        <source>If everybody spent the same</source>
        <translation>If everybody spent the same</translation>
    </message>
    <message>
        <source>Top 20%</source>
        <translation>Top 20%</translation>
    </message>
    <message>
        <source>Members who spent, biggest spenders first</source>
        <translation>Members who spent, biggest spenders first</translation>
    </message>
    <message>
        <source>Share of the 12 months&apos; spend</source>
        <translation>Share of the 12 months&apos; spend</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Choose the first and the last day of the period.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>A period is at most %1 days.</source>
        <translation>A period is at most %1 days.</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <source>Month from</source>
        <translation>Month from</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Target (%)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Points expired</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Redemption rate (%)</source>
        <translation>Redemption rate (%)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Spend in 12 months</source>
        <translation>Spend in 12 months</translation>
    </message>
    <message>
        <source>Share of spend (%)</source>
        <translation>Share of spend (%)</translation>
    </message>
    <message>
        <source>Top members (%)</source>
        <translation>Top members (%)</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>Joined in</translation>
    </message>
    <message>
        <source>Month %1 (%)</source>
        <translation>Month %1 (%)</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The shop file is locked by another program. Close it there and try again.</source>
        <translation>The shop file is locked by another program. Close it there and try again.</translation>
    </message>
    <message>
        <source>The shop file is read-only: nothing can be saved. Check its permissions or the disk.</source>
        <translation>The shop file is read-only: nothing can be saved. Check its permissions or the disk.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The shop file is damaged. Restore the newest backup.</source>
        <translation>The shop file is damaged. Restore the newest backup.</translation>
    </message>
    <message>
        <source>The shop file cannot be read or written (%1).</source>
        <translation>The shop file cannot be read or written (%1).</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>The shop file %1 does not exist.</source>
        <translation>The shop file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The shop file %1 cannot be read: %2</source>
        <translation>The shop file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a LoyaltyDesk shop file.</source>
        <translation>%1 is not a LoyaltyDesk shop file.</translation>
    </message>
    <message>
        <source>This shop file was written by a newer LoyaltyDesk (schema %1; this program knows up to %2). Update LoyaltyDesk to open it.</source>
        <translation>This shop file was written by a newer LoyaltyDesk (schema %1; this program knows up to %2). Update LoyaltyDesk to open it.</translation>
    </message>
    <message>
        <source>The shop file is damaged (%1). Restore the newest backup.</source>
        <translation>The shop file is damaged (%1). Restore the newest backup.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 already exists. Choose another name, or open it instead.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>The folder for %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created, so the shop file was not upgraded.</source>
        <translation>The backup folder %1 cannot be created, so the shop file was not upgraded.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>The copy %1 is damaged: %2</source>
        <translation>The copy %1 is damaged: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo members must be between 0 and 1,000,000.</source>
        <translation>The number of demo members must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <source>This shop already has members: demo data goes into a new, empty shop.</source>
        <translation>This shop already has members: demo data goes into a new, empty shop.</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 demo members were created.</source>
        <translation>Stopped: %1 of %2 demo members were created.</translation>
    </message>
    <message>
        <source>The number of demo visits must be between 0 and 100,000,000.</source>
        <translation>The number of demo visits must be between 0 and 100,000,000.</translation>
    </message>
    <message>
        <source>Demo visits need demo members.</source>
        <translation>Demo visits need demo members.</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 demo visits were recorded.</source>
        <translation>Stopped: %1 of %2 demo visits were recorded.</translation>
    </message>
</context>
<context>
    <name>DormancyService</name>
    <message>
        <source>This member was erased: there is nobody to contact.</source>
        <translation>This member was erased: there is nobody to contact.</translation>
    </message>
    <message>
        <source>A note is at most %1 characters.</source>
        <translation>A note is at most %1 characters.</translation>
    </message>
    <message>
        <source>A coupon sent is logged with its coupon, and only then.</source>
        <translation>A coupon sent is logged with its coupon, and only then.</translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 days (0 ends a snooze).</source>
        <translation>Snooze for 1 to %1 days (0 ends a snooze).</translation>
    </message>
    <message>
        <source>This member was erased: there is nothing to snooze.</source>
        <translation>This member was erased: there is nothing to snooze.</translation>
    </message>
    <message numerus="yes">
        <source>Back after %n day(s) — usually %1</source>
        <translation>
            <numerusform>Back after %n day — usually %1</numerusform>
            <numerusform>Back after %n days — usually %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back after %n day(s) — members here come %1</source>
        <translation>
            <numerusform>Back after %n day — members here come %1</numerusform>
            <numerusform>Back after %n days — members here come %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Away %n day(s) — usually %1</source>
        <translation>
            <numerusform>Away %n day — usually %1</numerusform>
            <numerusform>Away %n days — usually %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Away %n day(s) — members here come %1</source>
        <translation>
            <numerusform>Away %n day — members here come %1</numerusform>
            <numerusform>Away %n days — members here come %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscPos</name>
    <message>
        <source>The receipt printer %1 cannot be used: %2</source>
        <translation>The receipt printer %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The slip could not be sent to %1: %2</source>
        <translation>The slip could not be sent to %1: %2</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>No receipt printer is set up.</translation>
    </message>
    <message>
        <source>The receipt printer at %1:%2 does not answer: %3</source>
        <translation>The receipt printer at %1:%2 does not answer: %3</translation>
    </message>
    <message>
        <source>The slip could not be sent to %1:%2: %3</source>
        <translation>The slip could not be sent to %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>Export visits</translation>
    </message>
    <message>
        <source>Export the points ledger</source>
        <translation>Export the points ledger</translation>
    </message>
    <message>
        <source>Export coupons</source>
        <translation>Export coupons</translation>
    </message>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>Only the owner can export the shop&apos;s data.</translation>
    </message>
    <message>
        <source>%1-%2.csv</source>
        <translation>%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  line %1: %2</translation>
    </message>
    <message>
        <source>Dry run (%1): %2 member(s) would be imported, %3 row(s) have a problem.</source>
        <translation>Dry run (%1): %2 member(s) would be imported, %3 row(s) have a problem.</translation>
    </message>
    <message>
        <source>Imported %1 member(s) (%2); %3 row(s) with a problem were left out.</source>
        <translation>Imported %1 member(s) (%2); %3 row(s) with a problem were left out.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Reversed (void)</source>
        <translation>Reversed (void)</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Database integrity: %1</source>
        <translation>Database integrity: %1</translation>
    </message>
    <message>
        <source>Member %1: the balance says %2 points but the ledger adds up to %3.</source>
        <translation>Member %1: the balance says %2 points but the ledger adds up to %3.</translation>
    </message>
    <message>
        <source>Member %1: the balance says %2 points but the lots hold %3 (after debt).</source>
        <translation>Member %1: the balance says %2 points but the lots hold %3 (after debt).</translation>
    </message>
    <message>
        <source>Member %1 owes %2 points while lots still hold %3.</source>
        <translation>Member %1 owes %2 points while lots still hold %3.</translation>
    </message>
    <message>
        <source>Lot %1 (%2 points) does not match its ledger entry (%3 points).</source>
        <translation>Lot %1 (%2 points) does not match its ledger entry (%3 points).</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2, %3 points) has no lot.</source>
        <translation>Ledger entry %1 (%2, %3 points) has no lot.</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2) belongs to visit %3, which does not exist.</source>
        <translation>Ledger entry %1 (%2) belongs to visit %3, which does not exist.</translation>
    </message>
    <message>
        <source>Ledger entry %1 (%2) belongs to member id %3, who does not exist.</source>
        <translation>Ledger entry %1 (%2) belongs to member id %3, who does not exist.</translation>
    </message>
    <message>
        <source>Visit %1 says it earned %2 points but the ledger has %3.</source>
        <translation>Visit %1 says it earned %2 points but the ledger has %3.</translation>
    </message>
    <message>
        <source>Visit %1 is void but its ledger entry %2 (%3) was not reversed.</source>
        <translation>Visit %1 is void but its ledger entry %2 (%3) was not reversed.</translation>
    </message>
    <message>
        <source>Reversal %1 (%2 points) does not undo its entry exactly (%3 points).</source>
        <translation>Reversal %1 (%2 points) does not undo its entry exactly (%3 points).</translation>
    </message>
    <message>
        <source>Member %1: %2 visits counted but %3 recorded.</source>
        <translation>Member %1: %2 visits counted but %3 recorded.</translation>
    </message>
    <message>
        <source>… and more of the same.</source>
        <translation>… and more of the same.</translation>
    </message>
    <message>
        <source>Member %1: the last visit is kept as %2 but the visits say %3.</source>
        <translation>Member %1: the last visit is kept as %2 but the visits say %3.</translation>
    </message>
    <message>
        <source>Member %1: the visit days kept are “%2” but the visits say “%3”.</source>
        <translation>Member %1: the visit days kept are “%2” but the visits say “%3”.</translation>
    </message>
    <message>
        <source>Member %1: a 12-month spend and visit count of %2 (cents / visits) are kept but the visits add up to %3.</source>
        <translation>Member %1: a 12-month spend and visit count of %2 (cents / visits) are kept but the visits add up to %3.</translation>
    </message>
    <message>
        <source>Day %1: the totals kept (visits/revenue/earned/redeemed/expired/adjusted/reversed/new members) are %2 but the rows say %3.</source>
        <translation>Day %1: the totals kept (visits/revenue/earned/redeemed/expired/adjusted/reversed/new members) are %2 but the rows say %3.</translation>
    </message>
    <message>
        <source>Members who joined in %1 and came in %2: %3 kept but the visits say %4.</source>
        <translation>Members who joined in %1 and came in %2: %3 kept but the visits say %4.</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>There is no member with id %1.</source>
        <translation>There is no member with id %1.</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>Only the owner can import members.</source>
        <translation>Only the owner can import members.</translation>
    </message>
    <message>
        <source>The file is empty: a header row naming the columns is needed.</source>
        <translation>The file is empty: a header row naming the columns is needed.</translation>
    </message>
    <message>
        <source>Line 1: no column is named name or phone (姓名, 手机): this is not a list of members, or its header is missing.</source>
        <translation>Line 1: no column is named name or phone (姓名, 手机): this is not a list of members, or its header is missing.</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2.</source>
        <translation>%1 fields, but the header names %2.</translation>
    </message>
    <message>
        <source>The card number “%1” has other than letters, digits and dashes, or more than 32 of them.</source>
        <translation>The card number “%1” has other than letters, digits and dashes, or more than 32 of them.</translation>
    </message>
    <message>
        <source>Card %1 is on line %2 already.</source>
        <translation>Card %1 is on line %2 already.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>Card %1 already belongs to %2.</translation>
    </message>
    <message>
        <source>“%1” is not a day that has been: write joined as YYYY-MM-DD.</source>
        <translation>“%1” is not a day that has been: write joined as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Points are a whole number from 0 to %1, not “%2”.</source>
        <translation>Points are a whole number from 0 to %1, not “%2”.</translation>
    </message>
    <message>
        <source>The phone number %1 is on line %2 already.</source>
        <translation>The phone number %1 is on line %2 already.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>MemberProfile</name>
    <message>
        <source>Highest tier</source>
        <translation>Highest tier</translation>
    </message>
    <message>
        <source>%1 more in the next 12 months to reach %2</source>
        <translation>%1 more in the next 12 months to reach %2</translation>
    </message>
    <message>
        <source>Spend in the last 12 months qualifies for %1</source>
        <translation>Spend in the last 12 months qualifies for %1</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>A name cannot contain line breaks or control characters.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters long.</source>
        <translation>A name is at most %1 characters long.</translation>
    </message>
    <message>
        <source>Gender is f, m, x or unknown.</source>
        <translation>Gender is f, m, x or unknown.</translation>
    </message>
    <message>
        <source>An email address is at most %1 characters long.</source>
        <translation>An email address is at most %1 characters long.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.com).</source>
        <translation>“%1” does not look like an email address (name@example.com).</translation>
    </message>
    <message>
        <source>At most %1 tags.</source>
        <translation>At most %1 tags.</translation>
    </message>
    <message>
        <source>A tag is at most %1 characters long.</source>
        <translation>A tag is at most %1 characters long.</translation>
    </message>
    <message>
        <source>A note is at most %1 characters long.</source>
        <translation>A note is at most %1 characters long.</translation>
    </message>
    <message>
        <source>A note cannot contain control characters.</source>
        <translation>A note cannot contain control characters.</translation>
    </message>
    <message>
        <source>Marketing consent is yes or no.</source>
        <translation>Marketing consent is yes or no.</translation>
    </message>
    <message>
        <source>A member cannot refer themselves.</source>
        <translation>A member cannot refer themselves.</translation>
    </message>
    <message>
        <source>Referrer: %1</source>
        <translation>Referrer: %1</translation>
    </message>
    <message>
        <source>Enter a name or a phone number (at least one).</source>
        <translation>Enter a name or a phone number (at least one).</translation>
    </message>
    <message>
        <source>This phone number already belongs to %1 (card %2).</source>
        <translation>This phone number already belongs to %1 (card %2).</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased; the record cannot be edited.</source>
        <translation>This member&apos;s personal data was erased; the record cannot be edited.</translation>
    </message>
    <message>
        <source>Only the owner can archive members.</source>
        <translation>Only the owner can archive members.</translation>
    </message>
    <message>
        <source>Only the owner can restore archived members.</source>
        <translation>Only the owner can restore archived members.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 is not archived.</translation>
    </message>
    <message>
        <source>“%1” is not a member id (id:123).</source>
        <translation>“%1” is not a member id (id:123).</translation>
    </message>
    <message>
        <source>Name a member by card number, phone number or id:N.</source>
        <translation>Name a member by card number, phone number or id:N.</translation>
    </message>
    <message>
        <source>No member has the card or phone number “%1”.</source>
        <translation>No member has the card or phone number “%1”.</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>There is no member with id %1.</translation>
    </message>
    <message>
        <source>%1 is already archived or erased.</source>
        <translation>%1 is already archived or erased.</translation>
    </message>
</context>
<context>
    <name>MemberState</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>about every day</source>
        <translation>about every day</translation>
    </message>
    <message>
        <source>about once a month</source>
        <translation>about once a month</translation>
    </message>
    <message numerus="yes">
        <source>about every %n days</source>
        <translation>
            <numerusform>about every %n days</numerusform>
            <numerusform>about every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about every %n weeks</source>
        <translation>
            <numerusform>about every %n weeks</numerusform>
            <numerusform>about every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberText</name>
    <message>
        <source>Registered member %1 with card %2.</source>
        <translation>Registered member %1 with card %2.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000, not “%1”.</source>
        <translation>--limit takes a whole number from 1 to 1000, not “%1”.</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>No member matches “%1”.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Archived %1: hidden from the counter, history kept.</source>
        <translation>Archived %1: hidden from the counter, history kept.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is active again.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: use digits and a decimal point, e.g. 12.50.</source>
        <translation>“%1” is not an amount: use digits and a decimal point, e.g. 12.50.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (cents).</source>
        <translation>An amount has at most two decimals (cents).</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>That amount is too large: at most %1.</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <source>Will come back</source>
        <translation>Will come back</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Called on %1</source>
        <translation>Called on %1</translation>
    </message>
    <message>
        <source>Messaged on %1</source>
        <translation>Messaged on %1</translation>
    </message>
    <message>
        <source>Spoke in person on %1</source>
        <translation>Spoke in person on %1</translation>
    </message>
    <message>
        <source>Sent a coupon on %1</source>
        <translation>Sent a coupon on %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>A phone number contains only digits (spaces, dashes and +86 are fine).</source>
        <translation>A phone number contains only digits (spaces, dashes and +86 are fine).</translation>
    </message>
    <message>
        <source>A phone number needs at least %1 digits.</source>
        <translation>A phone number needs at least %1 digits.</translation>
    </message>
    <message>
        <source>A phone number has at most %1 digits.</source>
        <translation>A phone number has at most %1 digits.</translation>
    </message>
    <message>
        <source>A mobile number starting with 1 has 11 digits; this one has %1.</source>
        <translation>A mobile number starting with 1 has 11 digits; this one has %1.</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>Not enough points: %1 more are needed.</source>
        <translation>Not enough points: %1 more are needed.</translation>
    </message>
</context>
<context>
    <name>PointsRules</name>
    <message>
        <source>Points to redeem cannot be negative.</source>
        <translation>Points to redeem cannot be negative.</translation>
    </message>
    <message>
        <source>At least %1 points per redemption.</source>
        <translation>At least %1 points per redemption.</translation>
    </message>
    <message>
        <source>The member has only %1 points; %2 cannot be redeemed.</source>
        <translation>The member has only %1 points; %2 cannot be redeemed.</translation>
    </message>
    <message>
        <source>Points can pay at most %1% of this visit: up to %2 points.</source>
        <translation>Points can pay at most %1% of this visit: up to %2 points.</translation>
    </message>
</context>
<context>
    <name>PointsService</name>
    <message>
        <source>Only the owner can adjust points.</source>
        <translation>Only the owner can adjust points.</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>Give a reason for the adjustment.</translation>
    </message>
    <message>
        <source>A reason is at most 200 characters.</source>
        <translation>A reason is at most 200 characters.</translation>
    </message>
    <message>
        <source>An adjustment of 0 points changes nothing.</source>
        <translation>An adjustment of 0 points changes nothing.</translation>
    </message>
    <message>
        <source>An adjustment is at most %1 points either way.</source>
        <translation>An adjustment is at most %1 points either way.</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased.</source>
        <translation>This member&apos;s data was erased.</translation>
    </message>
    <message>
        <source>%1 has %2 points: taking %3 would go below zero.</source>
        <translation>%1 has %2 points: taking %3 would go below zero.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>Can&apos;t lose</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>There is no setting called “%1”.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <source>%1 is at most %2 characters long.</source>
        <translation>%1 is at most %2 characters long.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 takes a whole number, not “%2”.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2.</source>
        <translation>“%1” is not a valid value for %2.</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s settings.</source>
        <translation>Only the owner can change the shop&apos;s settings.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than %3 (%4).</source>
        <translation>%1 (%2) cannot be more than %3 (%4).</translation>
    </message>
</context>
<context>
    <name>ShopText</name>
    <message>
        <source>--%1 takes a whole number from 0 to %2, not “%3”.</source>
        <translation>--%1 takes a whole number from 0 to %2, not “%3”.</translation>
    </message>
    <message>
        <source>My Shop</source>
        <translation>My Shop</translation>
    </message>
    <message>
        <source>Created the shop “%1” in %2.</source>
        <translation>Created the shop “%1” in %2.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed takes a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>Demo Shop</source>
        <translation>Demo Shop</translation>
    </message>
    <message>
        <source>The demo shop %1 is ready: %2 members, %3 visits.</source>
        <translation>The demo shop %1 is ready: %2 members, %3 visits.</translation>
    </message>
    <message>
        <source>Only the owner can make backups from the command line.</source>
        <translation>Only the owner can make backups from the command line.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file it replaced is kept as %3.</source>
        <translation>Restored %1 from %2. The file it replaced is kept as %3.</translation>
    </message>
    <message>
        <source>Building the demo shop… %1%</source>
        <translation>Building the demo shop… %1%</translation>
    </message>
</context>
<context>
    <name>SlipBuilder</name>
    <message>
        <source>There is no coupon %1.</source>
        <translation>There is no coupon %1.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>No ESC/POS printer is set up: enter its device or address in the printer settings.</source>
        <translation>No ESC/POS printer is set up: enter its device or address in the printer settings.</translation>
    </message>
    <message>
        <source>This computer has no printer set up.</source>
        <translation>This computer has no printer set up.</translation>
    </message>
    <message>
        <source>The printer “%1” is not available.</source>
        <translation>The printer “%1” is not available.</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>The printer “%1” cannot print now.</source>
        <translation>The printer “%1” cannot print now.</translation>
    </message>
</context>
<context>
    <name>SlipRenderer</name>
    <message>
        <source>The slip cannot be written to %1: %2</source>
        <translation>The slip cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1.</source>
        <translation>The slip cannot be written to %1.</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>The coupons cannot be written to %1.</source>
        <translation>The coupons cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>SlipText</name>
    <message>
        <source>Member: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Points (%1)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>VOIDED</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <source>%1 points expire after %2</source>
        <translation>%1 points expire after %2</translation>
    </message>
    <message>
        <source>Upgraded to %1!</source>
        <translation>Upgraded to %1!</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>Valid through %1</source>
        <translation>Valid through %1</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Members now</source>
        <translation>Members now</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Share of active members</source>
        <translation>Share of active members</translation>
    </message>
</context>
<context>
    <name>TierFilter</name>
    <message>
        <source>%1 and higher</source>
        <translation>%1 and higher</translation>
    </message>
</context>
<context>
    <name>TierLadder</name>
    <message>
        <source>A shop has exactly %1 tiers.</source>
        <translation>A shop has exactly %1 tiers.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>Tier %1 needs a name.</translation>
    </message>
    <message>
        <source>A tier&apos;s name is at most %1 characters long.</source>
        <translation>A tier&apos;s name is at most %1 characters long.</translation>
    </message>
    <message>
        <source>Two tiers are called “%1”: each needs its own name.</source>
        <translation>Two tiers are called “%1”: each needs its own name.</translation>
    </message>
    <message>
        <source>The lowest tier (%1) starts at 0: every member holds at least that.</source>
        <translation>The lowest tier (%1) starts at 0: every member holds at least that.</translation>
    </message>
    <message>
        <source>The threshold of %1 must be higher than that of %2.</source>
        <translation>The threshold of %1 must be higher than that of %2.</translation>
    </message>
    <message>
        <source>The earn percent of %1 must be between 0 and %2.</source>
        <translation>The earn percent of %1 must be between 0 and %2.</translation>
    </message>
    <message>
        <source>The perks of %1 are at most %2 characters long.</source>
        <translation>The perks of %1 are at most %2 characters long.</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #rrggbb.</source>
        <translation>“%1” is not a colour: write it as #rrggbb.</translation>
    </message>
    <message>
        <source>The target share of %1 must be between 0 and 100 percent.</source>
        <translation>The target share of %1 must be between 0 and 100 percent.</translation>
    </message>
    <message>
        <source>The target shares add up to %1%: they must add up to 100%.</source>
        <translation>The target shares add up to %1%: they must add up to 100%.</translation>
    </message>
</context>
<context>
    <name>TierMoves</name>
    <message>
        <source>Working out which members the new thresholds would move…</source>
        <translation>Working out which members the new thresholds would move…</translation>
    </message>
    <message>
        <source>No member would change tier with these thresholds.</source>
        <translation>No member would change tier with these thresholds.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) spent enough in the last 12 months for a higher tier than they hold: they move up at their next visit, or at the review on %1.</source>
        <translation>
            <numerusform>%n member spent enough in the last 12 months for a higher tier than they hold: they move up at their next visit, or at the review on %1.</numerusform>
            <numerusform>%n members spent enough in the last 12 months for a higher tier than they hold: they move up at their next visit, or at the review on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) no longer reach the tier they hold: they keep it through their grace and move down at a review after it.</source>
        <translation>
            <numerusform>%n member no longer reaches the tier they hold: they keep it through their grace and move down at a review after it.</numerusform>
            <numerusform>%n members no longer reach the tier they hold: they keep it through their grace and move down at a review after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>Thresholds not saved</translation>
    </message>
    <message>
        <source>New tier thresholds</source>
        <translation>New tier thresholds</translation>
    </message>
    <message>
        <source>&amp;Save the thresholds</source>
        <translation>&amp;Save the thresholds</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <source>No tier review was due: tiers are reviewed as of the first day of each month.</source>
        <translation>No tier review was due: tiers are reviewed as of the first day of each month.</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed tiers as of %1: %n member(s) moved, %2 renewed, %3 kept in their grace.</source>
        <translation>
            <numerusform>Reviewed tiers as of %1: %n member moved, %2 renewed, %3 kept in their grace.</numerusform>
            <numerusform>Reviewed tiers as of %1: %n members moved, %2 renewed, %3 kept in their grace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tiers as of %1: %n active member(s); spend over the last 12 months.</source>
        <translation>
            <numerusform>Tiers as of %1: %n active member; spend over the last 12 months.</numerusform>
            <numerusform>Tiers as of %1: %n active members; spend over the last 12 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <source>With the suggested thresholds — members whose spend would reach a higher tier: %1; who would no longer reach their own: %2.</source>
        <translation>With the suggested thresholds — members whose spend would reach a higher tier: %1; who would no longer reach their own: %2.</translation>
    </message>
</context>
<context>
    <name>VisitLine</name>
    <message>
        <source>Each item needs a category.</source>
        <translation>Each item needs a category.</translation>
    </message>
    <message>
        <source>An item&apos;s category is at most 40 characters and its description 200.</source>
        <translation>An item&apos;s category is at most 40 characters and its description 200.</translation>
    </message>
    <message>
        <source>An item&apos;s quantity is a whole number from 1 to 10,000.</source>
        <translation>An item&apos;s quantity is a whole number from 1 to 10,000.</translation>
    </message>
    <message>
        <source>An item&apos;s price is from 0 to %1.</source>
        <translation>An item&apos;s price is from 0 to %1.</translation>
    </message>
    <message>
        <source>An item&apos;s total is at most %1.</source>
        <translation>An item&apos;s total is at most %1.</translation>
    </message>
    <message>
        <source>An item is category:description:quantity:unit price, e.g. coffee:Latte:2:28.00 — not “%1”.</source>
        <translation>An item is category:description:quantity:unit price, e.g. coffee:Latte:2:28.00 — not “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: use a whole number.</source>
        <translation>“%1” is not a quantity: use a whole number.</translation>
    </message>
    <message>
        <source>Item price: %1</source>
        <translation>Item price: %1</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 takes a whole number, not “%2”.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>Visit %1 was already recorded with this UUID; its result is unchanged: %2 points earned, balance then %3.</source>
        <translation>Visit %1 was already recorded with this UUID; its result is unchanged: %2 points earned, balance then %3.</translation>
    </message>
    <message>
        <source>Recorded visit %1 for %2: %3.</source>
        <translation>Recorded visit %1 for %2: %3.</translation>
    </message>
    <message>
        <source>  Paid with points: %1 points = %2</source>
        <translation>  Paid with points: %1 points = %2</translation>
    </message>
    <message>
        <source>  Points earned: %1</source>
        <translation>  Points earned: %1</translation>
    </message>
    <message>
        <source>  Bonus: %1</source>
        <translation>  Bonus: %1</translation>
    </message>
    <message>
        <source>  Balance: %1 points</source>
        <translation>  Balance: %1 points</translation>
    </message>
    <message>
        <source>Voided visit %1. Points taken back: %2; points given back: %3. Balance now %4.</source>
        <translation>Voided visit %1. Points taken back: %2; points given back: %3. Balance now %4.</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 pts</translation>
    </message>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <source>%1 has no visits yet.</source>
        <translation>%1 has no visits yet.</translation>
    </message>
    <message>
        <source>%1: %2 points, balance now %3.</source>
        <translation>%1: %2 points, balance now %3.</translation>
    </message>
    <message>
        <source>Expired %1 points from %2 lots as of %3.</source>
        <translation>Expired %1 points from %2 lots as of %3.</translation>
    </message>
    <message>
        <source>OK: %1 members and %2 ledger entries add up.</source>
        <translation>OK: %1 members and %2 ledger entries add up.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s).</source>
        <translation>
            <numerusform>The check found %n problem.</numerusform>
            <numerusform>The check found %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Tier: up from %1 to %2</source>
        <translation>  Tier: up from %1 to %2</translation>
    </message>
    <message>
        <source>  Coupon: %1 off</source>
        <translation>  Coupon: %1 off</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1: %2</source>
        <translation>The slip cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>The visit was recorded, but its slip was not printed: %1</source>
        <translation>The visit was recorded, but its slip was not printed: %1</translation>
    </message>
    <message>
        <source>  Coupon issued: %1</source>
        <translation>  Coupon issued: %1</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (snoozed)</translation>
    </message>
    <message>
        <source>%1 (shop&apos;s usual)</source>
        <translation>%1 (shop&apos;s usual)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Usually comes</source>
        <translation>Usually comes</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Bought last time</source>
        <translation>Bought last time</translation>
    </message>
    <message>
        <source>Spend, 12 months</source>
        <translation>Spend, 12 months</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::AlertsScreen</name>
    <message>
        <source>Every tier</source>
        <translation>Every tier</translation>
    </message>
    <message>
        <source>The alert list could not be worked out: %1</source>
        <translation>The alert list could not be worked out: %1</translation>
    </message>
    <message>
        <source>Only the owner can export member data.</source>
        <translation>Only the owner can export member data.</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>No shop is open.</translation>
    </message>
    <message>
        <source>Working out who stopped coming…</source>
        <translation>Working out who stopped coming…</translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dormant</source>
        <translation>
            <numerusform>%n dormant</numerusform>
            <numerusform>%n dormant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed: %n member(s).</source>
        <translation>
            <numerusform>Listed: %n member.</numerusform>
            <numerusform>Listed: %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the shop: %1.</source>
        <translation>In the shop: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed, not listed.</source>
        <translation>
            <numerusform>%n snoozed, not listed.</numerusform>
            <numerusform>%n snoozed, not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back: nobody was contacted yet. Contacts and coupons given to members at risk or dormant are counted here.</source>
        <translation>Win-back: nobody was contacted yet. Contacts and coupons given to members at risk or dormant are counted here.</translation>
    </message>
    <message>
        <source>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4%), %5 may still come.</source>
        <translation>Win-back: %1 contacted while at risk or dormant, %2 came back within %3 days (%4%), %5 may still come.</translation>
    </message>
    <message>
        <source>Who stopped coming</source>
        <translation>Who stopped coming</translation>
    </message>
    <message>
        <source>Each member&apos;s own rhythm: at risk when away more than twice their usual gap, dormant after four times, lost after a year. The most valuable come first — call them, send a coupon, or snooze them.</source>
        <translation>Each member&apos;s own rhythm: at risk when away more than twice their usual gap, dormant after four times, lost after a year. The most valuable come first — call them, send a coupon, or snooze them.</translation>
    </message>
    <message>
        <source>At risk and dormant</source>
        <translation>At risk and dormant</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Lost (away over a year)</source>
        <translation>Lost (away over a year)</translation>
    </message>
    <message>
        <source>Show snoozed</source>
        <translation>Show snoozed</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Log a contact…</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>S&amp;nooze</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>For %n day</numerusform>
            <numerusform>For %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>End the snooze</translation>
    </message>
    <message>
        <source>Win-back &amp;coupon…</source>
        <translation>Win-back &amp;coupon…</translation>
    </message>
    <message>
        <source>Serve at the &amp;counter</source>
        <translation>Serve at the &amp;counter</translation>
    </message>
    <message>
        <source>&amp;Export a call sheet…</source>
        <translation>&amp;Export a call sheet…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Win-back %1</source>
        <translation>Win-back %1</translation>
    </message>
    <message>
        <source>Win-back coupon</source>
        <translation>Win-back coupon</translation>
    </message>
    <message>
        <source>Coupon %1 issued. Print it on the receipt printer now?</source>
        <translation>Coupon %1 issued. Print it on the receipt printer now?</translation>
    </message>
    <message>
        <source>Printing the coupon…</source>
        <translation>Printing the coupon…</translation>
    </message>
    <message>
        <source>Export a call sheet</source>
        <translation>Export a call sheet</translation>
    </message>
    <message>
        <source>call-sheet-%1.csv</source>
        <translation>call-sheet-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the call sheet…</source>
        <translation>Writing the call sheet…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n member to %1.</numerusform>
            <numerusform>Wrote %n members to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Win-back by &amp;month…</source>
        <translation>Win-back by &amp;month…</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::ChartPanel</name>
    <message>
        <source>Picture not saved</source>
        <translation>Picture not saved</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>Data not saved</source>
        <translation>Data not saved</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data</source>
        <translation>Save the chart&apos;s data</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Save picture…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Save this chart as a PNG picture</translation>
    </message>
    <message>
        <source>Save data…</source>
        <translation>Save data…</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart as a CSV file (opens in Excel)</source>
        <translation>Save the numbers behind this chart as a CSV file (opens in Excel)</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CohortHeatMap</name>
    <message>
        <source>Members who came back, by the month they joined</source>
        <translation>Members who came back, by the month they joined</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>Joined in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Months after joining (0: the month they joined)</source>
        <translation>Months after joining (0: the month they joined)</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
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
        <translation>e.g. moved to the other side of town; will come on Saturday</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CounterScreen</name>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Amount (%1)</translation>
    </message>
    <message>
        <source>e.g. 36.50</source>
        <translation>e.g. 36.50</translation>
    </message>
    <message>
        <source>&amp;Pay with points</source>
        <translation>&amp;Pay with points</translation>
    </message>
    <message>
        <source>points to redeem (optional)</source>
        <translation>points to redeem (optional)</translation>
    </message>
    <message>
        <source>Record visit  (Enter)</source>
        <translation>Record visit  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo this visit…</source>
        <translation>&amp;Undo this visit…</translation>
    </message>
    <message>
        <source>Today at the counter</source>
        <translation>Today at the counter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Void selected visit…</source>
        <translation>&amp;Void selected visit…</translation>
    </message>
    <message>
        <source>The result of each visit shows here: points earned, bonuses, the new balance.</source>
        <translation>The result of each visit shows here: points earned, bonuses, the new balance.</translation>
    </message>
    <message>
        <source>Points to redeem are a whole number, like 500.</source>
        <translation>Points to redeem are a whole number, like 500.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>%1 points pay %2; %3 left to pay.</source>
        <translation>%1 points pay %2; %3 left to pay.</translation>
    </message>
    <message>
        <source>Enter the amount first.</source>
        <translation>Enter the amount first.</translation>
    </message>
    <message>
        <source>Up to %1 points (worth %2) can pay for this visit.</source>
        <translation>Up to %1 points (worth %2) can pay for this visit.</translation>
    </message>
    <message>
        <source>Not enough points to pay with (at least %1).</source>
        <translation>Not enough points to pay with (at least %1).</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <source>Visit not recorded</source>
        <translation>Visit not recorded</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 points</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) earned</source>
        <translation>
            <numerusform>%n point earned</numerusform>
            <numerusform>%n points earned</numerusform>
        </translation>
    </message>
    <message>
        <source>member day ×%1</source>
        <translation>member day ×%1</translation>
    </message>
    <message>
        <source>+%1 birthday bonus</source>
        <translation>+%1 birthday bonus</translation>
    </message>
    <message>
        <source>+%1 bonus</source>
        <translation>+%1 bonus</translation>
    </message>
    <message>
        <source>%1 points paid %2</source>
        <translation>%1 points paid %2</translation>
    </message>
    <message>
        <source>%1 gets %2 points for referring them.</source>
        <translation>%1 gets %2 points for referring them.</translation>
    </message>
    <message>
        <source>New balance: %1 points</source>
        <translation>New balance: %1 points</translation>
    </message>
    <message>
        <source>Visit not voided</source>
        <translation>Visit not voided</translation>
    </message>
    <message>
        <source>Visit %1 voided. %2 points taken back, %3 given back; balance now %4.</source>
        <translation>Visit %1 voided. %2 points taken back, %3 given back; balance now %4.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message numerus="yes">
        <source>Today at the counter: %n visit(s)</source>
        <translation>
            <numerusform>Today at the counter: %n visit</numerusform>
            <numerusform>Today at the counter: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today at the counter: the latest %n visits</source>
        <translation>
            <numerusform>Today at the counter: the latest %n visits</numerusform>
            <numerusform>Today at the counter: the latest %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded to %1!</source>
        <translation>Upgraded to %1!</translation>
    </message>
    <message>
        <source>Earns ×%1 points from the next visit.</source>
        <translation>Earns ×%1 points from the next visit.</translation>
    </message>
    <message>
        <source>C&amp;oupon</source>
        <translation>C&amp;oupon</translation>
    </message>
    <message>
        <source>scan or type the code (optional)</source>
        <translation>scan or type the code (optional)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>%1: %2 off; %3 left to pay.</source>
        <translation>%1: %2 off; %3 left to pay.</translation>
    </message>
    <message>
        <source>coupon %1 off</source>
        <translation>coupon %1 off</translation>
    </message>
    <message>
        <source>Print &amp;slip</source>
        <translation>Print &amp;slip</translation>
    </message>
    <message>
        <source>Print this visit&apos;s slip again (Ctrl+P).</source>
        <translation>Print this visit&apos;s slip again (Ctrl+P).</translation>
    </message>
    <message>
        <source>A coupon for next time: %1 (on the slip)</source>
        <translation>A coupon for next time: %1 (on the slip)</translation>
    </message>
    <message>
        <source>No coupons yet: add them on the Coupons screen</source>
        <translation>No coupons yet: add them on the Coupons screen</translation>
    </message>
    <message>
        <source>&amp;Give a coupon</source>
        <translation>&amp;Give a coupon</translation>
    </message>
    <message>
        <source>Coupon not given</source>
        <translation>Coupon not given</translation>
    </message>
    <message>
        <source>Coupon given: %1</source>
        <translation>Coupon given: %1</translation>
    </message>
    <message>
        <source>Code %1, valid through %2.</source>
        <translation>Code %1, valid through %2.</translation>
    </message>
    <message>
        <source>Pre&amp;view slip…</source>
        <translation>Pre&amp;view slip…</translation>
    </message>
    <message>
        <source>Welcome back!</source>
        <translation>Welcome back!</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::CouponsScreen</name>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>Campaign: one coupon to each member</source>
        <translation>Campaign: one coupon to each member</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Coupons bring regulars back when they are aimed at them: each coupon&apos;s code is unique and its use is counted, so you see which ones work.</source>
        <translation>Coupons bring regulars back when they are aimed at them: each coupon&apos;s code is unique and its use is counted, so you see which ones work.</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Gives</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Issued by itself</source>
        <translation>Issued by itself</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Paid at those visits</source>
        <translation>Paid at those visits</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation>&amp;New coupon…</translation>
    </message>
    <message>
        <source>&amp;Issue the coupons…</source>
        <translation>&amp;Issue the coupons…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>with an upgrade</source>
        <translation>with an upgrade</translation>
    </message>
    <message>
        <source>in the birthday month</source>
        <translation>in the birthday month</translation>
    </message>
    <message>
        <source>Every active member</source>
        <translation>Every active member</translation>
    </message>
    <message>
        <source>Campaign of %1</source>
        <translation>Campaign of %1</translation>
    </message>
    <message>
        <source>Add a coupon first.</source>
        <translation>Add a coupon first.</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s) will get one.</source>
        <translation>
            <numerusform>%n active member will get one.</numerusform>
            <numerusform>%n active members will get one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the coupons</source>
        <translation>Issue the coupons</translation>
    </message>
    <message>
        <source>Issue “%1” now? %2</source>
        <translation>Issue “%1” now? %2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Members in any state</source>
        <translation>Members in any state</translation>
    </message>
    <message>
        <source>The alert list: at risk and dormant, not snoozed</source>
        <translation>The alert list: at risk and dormant, not snoozed</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Counting the members…</translation>
    </message>
    <message>
        <source>RFM segment: %1</source>
        <translation>RFM segment: %1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <source>&amp;Show by:</source>
        <translation>&amp;Show by:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>new members</source>
        <translation>new members</translation>
    </message>
    <message>
        <source>points earned</source>
        <translation>points earned</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <translation>points redeemed</translation>
    </message>
    <message>
        <source>alerts waiting</source>
        <translation>alerts waiting</translation>
    </message>
    <message>
        <source>Open the alert list: members who stopped coming</source>
        <translation>Open the alert list: members who stopped coming</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>No shop is open.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <source>The figures could not be worked out: %1</source>
        <translation>The figures could not be worked out: %1</translation>
    </message>
    <message>
        <source>Today
%1</source>
        <translation>Today
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %Ln visit(s), %3 revenue. Tiers, states, segments and coupons are as of today; the 12 months are the ones up to today.</source>
        <translation>
            <numerusform>%1 to %2: %Ln visit, %3 revenue. Tiers, states, segments and coupons are as of today; the 12 months are the ones up to today.</numerusform>
            <numerusform>%1 to %2: %Ln visits, %3 revenue. Tiers, states, segments and coupons are as of today; the 12 months are the ones up to today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ui::DemoShopBuilder</name>
    <message>
        <source>Building the demo shop…</source>
        <translation>Building the demo shop…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo shop</translation>
    </message>
    <message>
        <source>The demo shop could not be built: %1</source>
        <translation>The demo shop could not be built: %1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::GlobalSearch</name>
    <message>
        <source>Type the last 4 digits of the phone, a name, pinyin initials like wxm, or scan a card; pick with the arrow keys and Enter.</source>
        <translation>Type the last 4 digits of the phone, a name, pinyin initials like wxm, or scan a card; pick with the arrow keys and Enter.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has %1 — register a new member with this phone</source>
        <translation>No member has %1 — register a new member with this phone</translation>
    </message>
    <message>
        <source>No member matches “%1”</source>
        <translation>No member matches “%1”</translation>
    </message>
    <message>
        <source>Find a member: phone or its last 4 digits, name, pinyin, or scan the card (F2)</source>
        <translation>Find a member: phone or its last 4 digits, name, pinyin, or scan the card (F2)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::ImportDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Import members from %1</source>
        <translation>Import members from %1</translation>
    </message>
    <message>
        <source>Each column of the file goes into the field chosen for it (“—”: left out). A row with a problem is left out and listed below with its line; the others go in together.</source>
        <translation>Each column of the file goes into the field chosen for it (“—”: left out). A row with a problem is left out and listed below with its line; the others go in together.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be imported (the file is %1).</source>
        <translation>
            <numerusform>%n member will be imported (the file is %1).</numerusform>
            <numerusform>%n members will be imported (the file is %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and will be left out:</source>
        <translation>
            <numerusform>%n row has a problem and will be left out:</numerusform>
            <numerusform>%n rows have a problem and will be left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>No row has a problem.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n member(s)</source>
        <translation>
            <numerusform>&amp;Import %n member</numerusform>
            <numerusform>&amp;Import %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>Importing the members…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n member imported.</numerusform>
            <numerusform>%n members imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;New shop…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>&amp;Open shop…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Open the &amp;demo shop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Register new member…</source>
        <translation>&amp;Register new member…</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>&amp;Find member</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LoyaltyDesk</source>
        <translation>&amp;About LoyaltyDesk</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>LoyaltyDesk</source>
        <translation>LoyaltyDesk</translation>
    </message>
    <message>
        <source>%1 — LoyaltyDesk</source>
        <translation>%1 — LoyaltyDesk</translation>
    </message>
    <message>
        <source>Shop file: %1</source>
        <translation>Shop file: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation>Cannot open the shop</translation>
    </message>
    <message>
        <source>%1

The file was not changed. Open another shop file, or create a new one?</source>
        <translation>%1

The file was not changed. Open another shop file, or create a new one?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Open another…</translation>
    </message>
    <message>
        <source>Create a new shop…</source>
        <translation>Create a new shop…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>Open shop</translation>
    </message>
    <message>
        <source>Shop files (%1)</source>
        <translation>Shop files (%1)</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>New shop</translation>
    </message>
    <message>
        <source>Save the new shop as</source>
        <translation>Save the new shop as</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LoyaltyDesk %1&lt;/h3&gt;&lt;p&gt;The loyalty program for small shops: members, visits, points, tiers and coupons, and who has stopped coming — in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LoyaltyDesk %1&lt;/h3&gt;&lt;p&gt;The loyalty program for small shops: members, visits, points, tiers and coupons, and who has stopped coming — in one file on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shop: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Shop: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, SQLite, ICU and zint.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built with Qt %1, SQLite, ICU and zint.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LoyaltyDesk</source>
        <translation>About LoyaltyDesk</translation>
    </message>
    <message>
        <source>The shop file is damaged</source>
        <translation>The shop file is damaged</translation>
    </message>
    <message>
        <source>A check of the shop file found damage:

%1

Stop using this file and restore the newest backup.</source>
        <translation>A check of the shop file found damage:

%1

Stop using this file and restore the newest backup.</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Today&apos;s backup is made: %1</source>
        <translation>Today&apos;s backup is made: %1</translation>
    </message>
    <message>
        <source>⚠ Today&apos;s automatic backup could not be made: %1</source>
        <translation>⚠ Today&apos;s automatic backup could not be made: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Making a backup before closing…</translation>
    </message>
    <message>
        <source>No backup on exit</source>
        <translation>No backup on exit</translation>
    </message>
    <message>
        <source>The backup on closing could not be made:

%1</source>
        <translation>The backup on closing could not be made:

%1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>There are no backups of this shop in %1 yet.</source>
        <translation>There are no backups of this shop in %1 yet.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 KB</source>
        <translation>%1 — %2, %3 KB</translation>
    </message>
    <message>
        <source>The shop as it was at:</source>
        <translation>The shop as it was at:</translation>
    </message>
    <message>
        <source>Replace the shop by the backup of %1? Whatever was recorded after it will not be in the shop; the current file is kept beside it, so nothing is deleted.</source>
        <translation>Replace the shop by the backup of %1? Whatever was recorded after it will not be in the shop; the current file is kept beside it, so nothing is deleted.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Restored. The file it replaced is kept as %1</source>
        <translation>Restored. The file it replaced is kept as %1</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restore the backup of %1</translation>
    </message>
    <message>
        <source>first open of the day</source>
        <translation>first open of the day</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>The slip was sent to the printer.</translation>
    </message>
    <message>
        <source>⚠ The slip was not printed: %1</source>
        <translation>⚠ The slip was not printed: %1</translation>
    </message>
    <message>
        <source>Receipt &amp;printer…</source>
        <translation>Receipt &amp;printer…</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV</source>
        <translation>E&amp;xport to CSV</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <source>Only the owner can import members.</source>
        <translation>Only the owner can import members.</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>&amp;Import members from CSV…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberCard</name>
    <message>
        <source>Press F2 and type the last 4 digits of the phone, a name or pinyin initials — or scan the card.</source>
        <translation>Press F2 and type the last 4 digits of the phone, a name or pinyin initials — or scan the card.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>points</source>
        <comment>the balance under the big number</comment>
        <translation>points</translation>
    </message>
    <message>
        <source>Birthday this month (%1)</source>
        <translation>Birthday this month (%1)</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>birthday without year</comment>
        <translation>MMMM d</translation>
    </message>
    <message>
        <source>owes %1 points after a void</source>
        <translation>owes %1 points after a void</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Last visit %1 (%2).</source>
        <translation>Last visit %1 (%2).</translation>
    </message>
    <message>
        <source>Last visit %1: %2.</source>
        <translation>Last visit %1: %2.</translation>
    </message>
    <message>
        <source>First visit today — welcome them!</source>
        <translation>First visit today — welcome them!</translation>
    </message>
    <message>
        <source>%1 points on %2</source>
        <translation>%1 points on %2</translation>
    </message>
    <message>
        <source>Expiring soon: %1</source>
        <translation>Expiring soon: %1</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) to use: %1</source>
        <translation>
            <numerusform>%n coupon to use: %1</numerusform>
            <numerusform>%n coupons to use: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>comes %1</source>
        <comment>a rhythm: comes about every 7 days</comment>
        <translation>comes %1</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberDetailPanel</name>
    <message>
        <source>Pick a member in the list to see their details.

F2 finds a member from anywhere.</source>
        <translation>Pick a member in the list to see their details.

F2 finds a member from anywhere.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>birthday without year</comment>
        <translation>MMMM d</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>%1 — this month!</source>
        <translation>%1 — this month!</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Agrees to offers</source>
        <translation>Agrees to offers</translation>
    </message>
    <message>
        <source>No offers</source>
        <translation>No offers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archived — hidden from the counter</source>
        <translation>Archived — hidden from the counter</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archive…</translation>
    </message>
    <message>
        <source>Archive member</source>
        <translation>Archive member</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from the counter and the list; their history stays, and you can restore them from “Show archived”.</source>
        <translation>Archive %1? They disappear from the counter and the list; their history stays, and you can restore them from “Show archived”.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date: day, month and year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>%1 since %2; kept at least until %3, then reviewed on the spend of the last 12 months</source>
        <translation>%1 since %2; kept at least until %3, then reviewed on the spend of the last 12 months</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — comes %2</source>
        <translation>%1 — comes %2</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberDialog</name>
    <message>
        <source>Edit member %1</source>
        <translation>Edit member %1</translation>
    </message>
    <message>
        <source>Register a new member</source>
        <translation>Register a new member</translation>
    </message>
    <message>
        <source>Card %1 · joined %2</source>
        <translation>Card %1 · joined %2</translation>
    </message>
    <message>
        <source>A name or a phone number is enough; everything else is optional.</source>
        <translation>A name or a phone number is enough; everything else is optional.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Birthday</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>e.g. 王小明 or Anna Smith</source>
        <translation>e.g. 王小明 or Anna Smith</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>e.g. 138 0013 8000</translation>
    </message>
    <message>
        <source>MM-DD or YYYY-MM-DD, e.g. 03-15</source>
        <translation>MM-DD or YYYY-MM-DD, e.g. 03-15</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>separated by commas, e.g. coffee, weekend</source>
        <translation>separated by commas, e.g. coffee, weekend</translation>
    </message>
    <message>
        <source>card or phone number of the member who sent them</source>
        <translation>card or phone number of the member who sent them</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Agrees to receive offers (marketing consent)</source>
        <translation>Agrees to receive offers (marketing consent)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>Referred b&amp;y</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberPointsView</name>
    <message>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>sign-up</source>
        <translation>sign-up</translation>
    </message>
    <message>
        <source>visit #%1</source>
        <translation>visit #%1</translation>
    </message>
    <message>
        <source>lot #%1</source>
        <translation>lot #%1</translation>
    </message>
    <message>
        <source>Every change of points, newest first</source>
        <translation>Every change of points, newest first</translation>
    </message>
    <message>
        <source>Lots: points earned together, used oldest first, expiring together</source>
        <translation>Lots: points earned together, used oldest first, expiring together</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Earned on</source>
        <translation>Earned on</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>Valid through</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>never expires</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>No points yet.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n ledger entries.</source>
        <translation>
            <numerusform>The latest %n ledger entries.</numerusform>
            <numerusform>The latest %n ledger entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 points in, %2 used at the till, %3 expired; %4 in open lots.</source>
        <translation>In all: %1 points in, %2 used at the till, %3 expired; %4 in open lots.</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MemberVisitsView</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 bonus</source>
        <translation>%1 bonus</translation>
    </message>
    <message>
        <source>%1 paid %2</source>
        <translation>%1 paid %2</translation>
    </message>
    <message>
        <source>promotion %1%</source>
        <translation>promotion %1%</translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation>Voided %1</translation>
    </message>
    <message>
        <source>Voided %1: %2</source>
        <translation>Voided %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 each</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n visit(s).</source>
        <translation>
            <numerusform>The latest %n visit.</numerusform>
            <numerusform>The latest %n visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>%n visit.</numerusform>
            <numerusform>%n visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voided (struck through).</source>
        <translation>
            <numerusform>%n voided (struck through).</numerusform>
            <numerusform>%n voided (struck through).</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>No visits yet.</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::MembersScreen</name>
    <message>
        <source>Filter: phone or its last 4 digits, name, pinyin (wxm), card…</source>
        <translation>Filter: phone or its last 4 digits, name, pinyin (wxm), card…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>Register a new member (Ctrl+N)</source>
        <translation>Register a new member (Ctrl+N)</translation>
    </message>
    <message>
        <source>first %1 matches</source>
        <translation>first %1 matches</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::NewShopDialog</name>
    <message>
        <source>Welcome to LoyaltyDesk</source>
        <translation>Welcome to LoyaltyDesk</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>New shop</translation>
    </message>
    <message>
        <source>Create a new shop file</source>
        <translation>Create a new shop file</translation>
    </message>
    <message>
        <source>Everything your loyalty program knows — members, visits, points — lives in one shop file on this computer. Start your own shop, or look around a demo shop first.</source>
        <translation>Everything your loyalty program knows — members, visits, points — lives in one shop file on this computer. Start your own shop, or look around a demo shop first.</translation>
    </message>
    <message>
        <source>A new, empty shop file. The shop that is open now stays as it is.</source>
        <translation>A new, empty shop file. The shop that is open now stays as it is.</translation>
    </message>
    <message>
        <source>Start my shop</source>
        <translation>Start my shop</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>Shop &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Corner Tea House</source>
        <translation>e.g. Corner Tea House</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>Open the demo shop</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give your shop a name: it is printed on slips and reports.</source>
        <translation>Give your shop a name: it is printed on slips and reports.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>A made-up shop with 2,000 members, to try everything safely. It is a separate file: your own shop is never mixed with it.</source>
        <translation>A made-up shop with 2,000 members, to try everything safely. It is a separate file: your own shop is never mixed with it.</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::PrinterDialog</name>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Receipt printer works: 中文 ¥ 123</source>
        <translation>Receipt printer works: 中文 ¥ 123</translation>
    </message>
    <message>
        <source>Sample coupon</source>
        <translation>Sample coupon</translation>
    </message>
    <message>
        <source>Not valid: a test of the barcodes.</source>
        <translation>Not valid: a test of the barcodes.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>A printer of this computer (with a driver)</source>
        <translation>A printer of this computer (with a driver)</translation>
    </message>
    <message>
        <source>An ESC/POS receipt printer (USB device or network)</source>
        <translation>An ESC/POS receipt printer (USB device or network)</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>Print on</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>The default printer</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>/dev/usb/lp0, COM3 or 192.168.1.50:9100</source>
        <translation>/dev/usb/lp0, COM3 or 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Device or address</source>
        <translation>Device or address</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Print the slip of each visit as it is recorded</source>
        <translation>Print the slip of each visit as it is recorded</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Test print</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1 (not available now)</translation>
    </message>
    <message>
        <source>Only the owner can change the printer.</source>
        <translation>Only the owner can change the printer.</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s device or network address.</source>
        <translation>Enter the printer&apos;s device or network address.</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Printing a test slip…</translation>
    </message>
    <message>
        <source>The test slip was sent to the printer.</source>
        <translation>The test slip was sent to the printer.</translation>
    </message>
    <message>
        <source>The test slip was not printed: %1</source>
        <translation>The test slip was not printed: %1</translation>
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
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Points rules</source>
        <translation>Points rules</translation>
    </message>
    <message>
        <source>Only the owner can change the rules.</source>
        <translation>Only the owner can change the rules.</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Earning</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Bonuses</translation>
    </message>
    <message>
        <source>Redeeming</source>
        <translation>Redeeming</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Points per %1 spent</source>
        <translation>Points per %1 spent</translation>
    </message>
    <message>
        <source>Counted on what is left to pay after coupons and points, rounded down once per visit.</source>
        <translation>Counted on what is left to pay after coupons and points, rounded down once per visit.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>earns</translation>
    </message>
    <message>
        <source>Category percents</source>
        <translation>Category percents</translation>
    </message>
    <message>
        <source>Items of a listed category earn this percent of the usual points (e.g. 0% for tobacco); all others earn 100%.</source>
        <translation>Items of a listed category earn this percent of the usual points (e.g. 0% for tobacco); all others earn 100%.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>category, as on the items</source>
        <translation>category, as on the items</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Birthday bonus</translation>
    </message>
    <message>
        <source>Once a year, with the first visit in the birthday month.</source>
        <translation>Once a year, with the first visit in the birthday month.</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Referral bonus</translation>
    </message>
    <message>
        <source>To the member who sent someone, at that person&apos;s first visit.</source>
        <translation>To the member who sent someone, at that person&apos;s first visit.</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <translation>Sign-up bonus</translation>
    </message>
    <message>
        <source>When a member is registered.</source>
        <translation>When a member is registered.</translation>
    </message>
    <message>
        <source>Points worth %1</source>
        <translation>Points worth %1</translation>
    </message>
    <message>
        <source>When points pay for a visit.</source>
        <translation>When points pay for a visit.</translation>
    </message>
    <message>
        <source>Points pay at most</source>
        <translation>Points pay at most</translation>
    </message>
    <message>
        <source>Of a visit&apos;s amount after coupons. 0% = points cannot pay.</source>
        <translation>Of a visit&apos;s amount after coupons. 0% = points cannot pay.</translation>
    </message>
    <message>
        <source>Smallest redemption</source>
        <translation>Smallest redemption</translation>
    </message>
    <message>
        <source>Fewer points cannot be used at once.</source>
        <translation>Fewer points cannot be used at once.</translation>
    </message>
    <message>
        <source>Some months after they are earned</source>
        <translation>Some months after they are earned</translation>
    </message>
    <message>
        <source>At the end of the next year</source>
        <translation>At the end of the next year</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <source>Counted from the end of the month they were earned in.</source>
        <translation>Counted from the end of the month they were earned in.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>E&amp;xample visit (%1)</source>
        <translation>E&amp;xample visit (%1)</translation>
    </message>
    <message>
        <source>For a member in the first tier, without coupons. Higher tiers earn more.</source>
        <translation>For a member in the first tier, without coupons. Higher tiers earn more.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A day of each month when visits earn more of the usual points: 200% is double.</source>
        <translation>A day of each month when visits earn more of the usual points: 200% is double.</translation>
    </message>
    <message>
        <source>Months without a day %1 have no member day.</source>
        <translation>Months without a day %1 have no member day.</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>Member day</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>Points expire</translation>
    </message>
    <message>
        <source>At the end of a month, some months after the month they were earned in.</source>
        <translation>At the end of a month, some months after the month they were earned in.</translation>
    </message>
    <message>
        <source>On 31 December of the year after they were earned.</source>
        <translation>On 31 December of the year after they were earned.</translation>
    </message>
    <message>
        <source>Points stay until they are used.</source>
        <translation>Points stay until they are used.</translation>
    </message>
    <message>
        <source>Preview, with the changes not saved yet</source>
        <translation>Preview, with the changes not saved yet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Unsaved changes. The preview shows them; visits use the saved rules until you save.</source>
        <translation>Unsaved changes. The preview shows them; visits use the saved rules until you save.</translation>
    </message>
    <message>
        <source>Saved. Visits recorded from now on use these rules.</source>
        <translation>Saved. Visits recorded from now on use these rules.</translation>
    </message>
    <message>
        <source>The saved rules are back.</source>
        <translation>The saved rules are back.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 visit on the member day (day %2 of each month) earns %3.</source>
        <translation>A %1 visit on the member day (day %2 of each month) earns %3.</translation>
    </message>
    <message>
        <source>A %1 visit on another day earns %2.</source>
        <translation>A %1 visit on another day earns %2.</translation>
    </message>
    <message>
        <source>A %1 visit earns %2.</source>
        <translation>A %1 visit earns %2.</translation>
    </message>
    <message>
        <source>%1 of “%2” items (%3%) earn %4 on another day.</source>
        <translation>%1 of “%2” items (%3%) earn %4 on another day.</translation>
    </message>
    <message>
        <source>Points can pay up to %1 of a %2 visit (%3 points).</source>
        <translation>Points can pay up to %1 of a %2 visit (%3 points).</translation>
    </message>
    <message>
        <source>Points cannot pay for a %1 visit: the share they may pay is worth fewer than %2 points.</source>
        <translation>Points cannot pay for a %1 visit: the share they may pay is worth fewer than %2 points.</translation>
    </message>
    <message>
        <source>Bonuses: %1 points in the birthday month, %2 for a referral, %3 at sign-up.</source>
        <translation>Bonuses: %1 points in the birthday month, %2 for a referral, %3 at sign-up.</translation>
    </message>
    <message>
        <source>%1 points pay %2; at most %3% of a visit, at least %4 points at a time.</source>
        <translation>%1 points pay %2; at most %3% of a visit, at least %4 points at a time.</translation>
    </message>
    <message>
        <source>Points cannot pay for visits.</source>
        <translation>Points cannot pay for visits.</translation>
    </message>
    <message>
        <source>Points earned on %1 are valid through %2.</source>
        <translation>Points earned on %1 are valid through %2.</translation>
    </message>
    <message>
        <source>Points earned on %1 never expire.</source>
        <translation>Points earned on %1 never expire.</translation>
    </message>
    <message>
        <source>Type the category as it is written on the items, e.g. tobacco.</source>
        <translation>Type the category as it is written on the items, e.g. tobacco.</translation>
    </message>
    <message>
        <source>“%1” is on the list already; change its percent there.</source>
        <translation>“%1” is on the list already; change its percent there.</translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>Rules not saved</translation>
    </message>
    <message>
        <source>Not saved: the shop file was not changed.</source>
        <translation>Not saved: the shop file was not changed.</translation>
    </message>
    <message>
        <source>The points rules have changes that are not saved yet.</source>
        <translation>The points rules have changes that are not saved yet.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;Save them</translation>
    </message>
    <message>
        <source>&amp;Drop them</source>
        <translation>&amp;Drop them</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>How members earn points, what points are worth, when they expire and what the tiers take. Visits already recorded keep the points they earned.</source>
        <translation>How members earn points, what points are worth, when they expire and what the tiers take. Visits already recorded keep the points they earned.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Grace</translation>
    </message>
    <message>
        <source>A tier is kept this long after it was reached or renewed, even when the spend no longer reaches it. Tiers are reviewed on the first of each month.</source>
        <translation>A tier is kept this long after it was reached or renewed, even when the spend no longer reaches it. Tiers are reviewed on the first of each month.</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TemplateDialog</name>
    <message>
        <source>New coupon</source>
        <translation>New coupon</translation>
    </message>
    <message>
        <source>e.g. ¥20 off ¥100</source>
        <translation>e.g. ¥20 off ¥100</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>An amount off</source>
        <translation>An amount off</translation>
    </message>
    <message>
        <source>A percent off</source>
        <translation>A percent off</translation>
    </message>
    <message>
        <source>An amount off a spend of at least… (满减)</source>
        <translation>An amount off a spend of at least… (满减)</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Gives</translation>
    </message>
    <message>
        <source>On a spend of at least</source>
        <translation>On a spend of at least</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>Minimum spend</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Every member</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>By hand and in campaigns</source>
        <translation>By hand and in campaigns</translation>
    </message>
    <message>
        <source>Also by itself, with each tier upgrade</source>
        <translation>Also by itself, with each tier upgrade</translation>
    </message>
    <message>
        <source>Also by itself, once a year in the birthday month</source>
        <translation>Also by itself, once a year in the birthday month</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>printed under the coupon, e.g. not with other offers</source>
        <translation>printed under the coupon, e.g. not with other offers</translation>
    </message>
    <message>
        <source>Slip text</source>
        <translation>Slip text</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Percent off</translation>
    </message>
    <message>
        <source>Amount off (%1)</source>
        <translation>Amount off (%1)</translation>
    </message>
    <message>
        <source>e.g. 15</source>
        <translation>e.g. 15</translation>
    </message>
    <message>
        <source>e.g. 20.00</source>
        <translation>e.g. 20.00</translation>
    </message>
    <message>
        <source>The percent off is a whole number from 1 to 100.</source>
        <translation>The percent off is a whole number from 1 to 100.</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TierTable</name>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Spend in 12 months (%1)</source>
        <translation>Spend in 12 months (%1)</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>Earns</translation>
    </message>
    <message>
        <source>Target share</source>
        <translation>Target share</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Perks (printed on the slip)</source>
        <translation>Perks (printed on the slip)</translation>
    </message>
    <message>
        <source>Every member holds at least the lowest tier.</source>
        <translation>Every member holds at least the lowest tier.</translation>
    </message>
    <message>
        <source>What a member spends over the last 365 days to reach this tier.</source>
        <translation>What a member spends over the last 365 days to reach this tier.</translation>
    </message>
    <message>
        <source>Points earned at this tier, as a percent of the usual points.</source>
        <translation>Points earned at this tier, as a percent of the usual points.</translation>
    </message>
    <message>
        <source>The share of members this tier aims for; the shares add up to 100%.</source>
        <translation>The share of members this tier aims for; the shares add up to 100%.</translation>
    </message>
    <message>
        <source>The colour of the tier&apos;s badge. Click to choose.</source>
        <translation>The colour of the tier&apos;s badge. Click to choose.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Colour of %1</translation>
    </message>
    <message>
        <source>Enter the spend for %1 as an amount, such as 500 or 500.00.</source>
        <translation>Enter the spend for %1 as an amount, such as 500 or 500.00.</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::TiersScreen</name>
    <message>
        <source>The tiers could not be worked out: %1</source>
        <translation>The tiers could not be worked out: %1</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>How your members spread over the tiers, against the shares you aim for. A member&apos;s tier follows what they spent in the last 12 months; the thresholds, earn rates and target shares are in Settings.</source>
        <translation>How your members spread over the tiers, against the shares you aim for. A member&apos;s tier follows what they spent in the last 12 months; the thresholds, earn rates and target shares are in Settings.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Use the suggested thresholds…</source>
        <translation>&amp;Use the suggested thresholds…</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>Spend to reach</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Suggested spend</source>
        <translation>Suggested spend</translation>
    </message>
    <message>
        <source>Share then</source>
        <translation>Share then</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>No shop is open.</translation>
    </message>
    <message>
        <source>Working out the tiers…</source>
        <translation>Working out the tiers…</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s), spend over the 12 months up to %1.</source>
        <translation>
            <numerusform>%n active member, spend over the 12 months up to %1.</numerusform>
            <numerusform>%n active members, spend over the 12 months up to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggested spends would put the target shares of members in each tier, going by the last 12 months.</source>
        <translation>The suggested spends would put the target shares of members in each tier, going by the last 12 months.</translation>
    </message>
    <message>
        <source>Members per tier</source>
        <translation>Members per tier</translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>Thresholds not saved</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::VoidDialog</name>
    <message>
        <source>Undo a visit</source>
        <translation>Undo a visit</translation>
    </message>
    <message>
        <source>Void this visit? Its points, bonuses and any points it used are reversed exactly; the visit stays in the history, marked as void.</source>
        <translation>Void this visit? Its points, bonuses and any points it used are reversed exactly; the visit stays in the history, marked as void.</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Reason (kept in the audit log):</translation>
    </message>
    <message>
        <source>e.g. wrong member, wrong amount, customer returned the goods</source>
        <translation>e.g. wrong member, wrong amount, customer returned the goods</translation>
    </message>
    <message>
        <source>&amp;Void the visit</source>
        <translation>&amp;Void the visit</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::WinBackDialog</name>
    <message>
        <source>Win-back coupon</source>
        <translation>Win-back coupon</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source>Only the selected member</source>
        <translation>Only the selected member</translation>
    </message>
    <message numerus="yes">
        <source>Everybody in the list shown: %n member(s), one coupon each</source>
        <translation>
            <numerusform>Everybody in the list shown: %n member, one coupon each</numerusform>
            <numerusform>Everybody in the list shown: %n members, one coupon each</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can send coupons to a whole list.</source>
        <translation>Only the owner can send coupons to a whole list.</translation>
    </message>
    <message>
        <source>Each coupon counts as a try to bring the member back: the report shows who came back within 30 days.</source>
        <translation>Each coupon counts as a try to bring the member back: the report shows who came back within 30 days.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>No coupon yet: add one on the Coupons screen</source>
        <translation>No coupon yet: add one on the Coupons screen</translation>
    </message>
</context>
<context>
    <name>loyalty::ui::WinBackReportDialog</name>
    <message>
        <source>Win-back by month</source>
        <translation>Win-back by month</translation>
    </message>
    <message numerus="yes">
        <source>Members contacted or sent a coupon while at risk or dormant, by the month of the contact, and how many of them came back within %n day(s).</source>
        <translation>
            <numerusform>Members contacted or sent a coupon while at risk or dormant, by the month of the contact, and how many of them came back within %n day.</numerusform>
            <numerusform>Members contacted or sent a coupon while at risk or dormant, by the month of the contact, and how many of them came back within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Came back</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>May still come</source>
        <translation>May still come</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
</TS>
