"""Chinese translations of the coupon strings (zh_CN, zh_TW).

Apply with: python3 translations/apply_table.py translations/coupons_table.py
Terms: 优惠券/優惠券, 优惠券模板/優惠券範本, 券码/券號, 满减/滿額折抵, "off" 减/折抵,
redeem 使用, issue 发放/發放, void 作废/作廢, to bearer 不记名/不記名, minimum spend 最低消费/最低消費.
"""

T = {
    '“%1” is not a coupon code: a code has 13 letters and digits.':
        ('“%1”不是有效的券码：券码为 13 位字母和数字。', '「%1」不是有效的券號：券號為 13 碼英數字。'),
    'This coupon code has a typo: check it and type it again.':
        ('券码有误，请核对后重新输入。', '券號有誤，請核對後重新輸入。'),
    'There is no coupon %1.':
        ('没有券码为 %1 的优惠券。', '沒有券號為 %1 的優惠券。'),
    'Define a coupon (owner).':
        ('新建优惠券模板（仅限店主）。', '新增優惠券範本（僅限店主）。'),
    'The coupon templates.':
        ('查看优惠券模板。', '查看優惠券範本。'),
    'Issue a coupon to a member.':
        ('给会员发放一张优惠券。', '發放一張優惠券給會員。'),
    'List coupons, newest first.':
        ('列出优惠券（最新在前）。', '列出優惠券（最新在前）。'),
    'Per coupon template: issued, redeemed, expired, the redemption rate and the revenue.':
        ('按优惠券模板统计：发放、使用、过期张数，使用率及带来的营业额。', '依優惠券範本統計：發放、使用、過期張數，使用率及帶來的營業額。'),
    'Coupon':
        ('优惠券', '優惠券'),
    '%1 — %2, valid through %3':
        ('%1 — %2，有效期至 %3', '%1 — %2，有效期至 %3'),
    'A coupon template needs a name.':
        ('请为优惠券模板填写名称。', '請為優惠券範本填寫名稱。'),
    "A template's name is at most %1 characters long.":
        ('模板名称最多 %1 个字符。', '範本名稱最多 %1 個字元。'),
    'The amount off must be more than 0 and at most %1.':
        ('减免金额必须大于 0，且不超过 %1。', '折抵金額必須大於 0，且不超過 %1。'),
    'The percent off is a whole number from 1 to 100.':
        ('减免百分比须为 1 到 100 的整数。', '折抵百分比須為 1 到 100 的整數。'),
    'A spend-and-save coupon needs the spend it starts at (--threshold).':
        ('满减券需要设置满减门槛（--threshold）。', '滿額折抵券需要設定滿額門檻（--threshold）。'),
    'A spend-and-save coupon cannot take off more than the spend it starts at.':
        ('满减券的减免金额不能超过满减门槛。', '滿額折抵券的折抵金額不能超過滿額門檻。'),
    'The minimum spend must be between 0 and %1.':
        ('最低消费必须在 0 到 %1 之间。', '最低消費必須介於 0 到 %1 之間。'),
    'A coupon is valid for 1 to %1 days.':
        ('优惠券有效期须为 1 到 %1 天。', '優惠券有效期須為 1 到 %1 天。'),
    'The slip text is at most %1 characters long.':
        ('小票说明文字最多 %1 个字符。', '收據說明文字最多 %1 個字元。'),
    'Coupon %1 was already redeemed.':
        ('优惠券 %1 已被使用。', '優惠券 %1 已被使用。'),
    'Coupon %1 was voided.':
        ('优惠券 %1 已作废。', '優惠券 %1 已作廢。'),
    'Coupon %1 expired on %2.':
        ('优惠券 %1 已于 %2 过期。', '優惠券 %1 已於 %2 過期。'),
    'Coupon %1 belongs to another member.':
        ('优惠券 %1 属于其他会员。', '優惠券 %1 屬於其他會員。'),
    'Coupon %1 is for members of a higher tier.':
        ('优惠券 %1 仅限更高等级的会员使用。', '優惠券 %1 僅限更高等級的會員使用。'),
    'Coupon %1 needs a spend of at least %2.':
        ('优惠券 %1 需消费满 %2 才能使用。', '優惠券 %1 需消費滿 %2 才能使用。'),
    'Coupon %1 takes %2 off a spend of %3 or more.':
        ('优惠券 %1 需消费满 %3 才能减 %2。', '優惠券 %1 需消費滿 %3 才能折抵 %2。'),
    'This coupon was redeemed a moment ago at another counter.':
        ('这张优惠券刚刚已在另一个收银台使用。', '這張優惠券剛剛已在另一個櫃檯使用。'),
    'Only the owner can define coupons.':
        ('只有店主可以新建优惠券。', '只有店主可以新增優惠券。'),
    'The coupon template “%1” is no longer used.':
        ('优惠券模板“%1”已停用。', '優惠券範本「%1」已停用。'),
    'Coupons are issued to active members only.':
        ('已归档或资料已清除的会员不能领取优惠券。', '已封存或資料已清除的會員不能領取優惠券。'),
    "“%1” is for members of a higher tier than %2's.":
        ('“%1”仅限等级高于 %2 的会员使用。', '「%1」僅限等級高於 %2 的會員使用。'),
    'There is no coupon template %1.':
        ('没有编号为 %1 的优惠券模板。', '沒有編號為 %1 的優惠券範本。'),
    '%1 takes a whole number, not “%2”.':
        ('%1 需要整数，而不是“%2”。', '%1 須為整數，而不是「%2」。'),
    '%1 must be between %2 and %3.':
        ('%1 必须在 %2 到 %3 之间。', '%1 必須介於 %2 到 %3 之間。'),
    '%1: %2':
        ('%1：%2', '%1：%2'),
    '%1 off':
        ('减 %1', '折抵 %1'),
    '%1% off':
        ('减 %1%', '折抵 %1%'),
    '%1 off a spend of %2':
        ('满 %2 减 %1', '滿 %2 折抵 %1'),
    'valid %n day(s)':
        ('有效 %n 天', '有效 %n 天'),
    ', minimum spend %1':
        ('，最低消费 %1', '，最低消費 %1'),
    '--kind is amount_off, percent_off or spend_and_save, not “%1”.':
        ('--kind 只能是 amount_off（减固定金额）、percent_off（按百分比减）或 spend_and_save（满减），而不是“%1”。', '--kind 只能是 amount_off（折抵固定金額）、percent_off（依百分比折抵）或 spend_and_save（滿額折抵），而不是「%1」。'),
    'Coupon template %1 added: %2':
        ('已添加优惠券模板 %1：%2', '已新增優惠券範本 %1：%2'),
    'No coupon templates yet.':
        ('还没有优惠券模板。', '還沒有優惠券範本。'),
    'Coupon %1 issued to %2, valid through %3.':
        ('已向 %2 发放优惠券 %1，有效期至 %3。', '已發放優惠券 %1 給 %2，有效期至 %3。'),
    '--status is issued, redeemed, expired or void, not “%1”.':
        ('--status 只能是 issued（已发放）、redeemed（已使用）、expired（已过期）或 void（已作废），而不是“%1”。', '--status 只能是 issued（已發放）、redeemed（已使用）、expired（已過期）或 void（已作廢），而不是「%1」。'),
    'to bearer':
        ('不记名', '不記名'),
    'No coupons.':
        ('没有优惠券。', '沒有優惠券。'),
    '%1  %2: %3 issued, %4 redeemed (%5%), %6 expired, %7 void; visits that redeemed them paid %8':
        ('%1  %2：发放 %3 张，使用 %4 张（%5%），过期 %6 张，作废 %7 张；用券消费共实付 %8', '%1  %2：發放 %3 張，使用 %4 張（%5%），過期 %6 張，作廢 %7 張；用券消費共實付 %8'),
    '  Coupon: %1 off':
        ('  优惠券：减 %1', '  優惠券：折抵 %1'),
    'C&oupon':
        ('优惠券(&O)', '優惠券(&O)'),
    'scan or type the code (optional)':
        ('扫码或输入券码（可不填）', '掃描或輸入券號（可不填）'),
    '&Note':
        ('备注(&N)', '備註(&N)'),
    '%1: %2 off; %3 left to pay.':
        ('%1：减 %2，还需支付 %3。', '%1：折抵 %2，還需支付 %3。'),
    'coupon %1 off':
        ('优惠券减 %1', '優惠券折抵 %1'),
    '%1 (until %2)':
        ('%1（有效至 %2）', '%1（有效至 %2）'),
    '%n coupon(s) to use: %1':
        ('可用优惠券 %n 张：%1', '可用優惠券 %n 張：%1'),
    ', with a spend of at least %1':
        ('，消费满 %1 可用', '，消費滿 %1 可用'),
}
