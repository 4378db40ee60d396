<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ClientBook %1</source>
        <translation>ClientBook %1</translation>
    </message>
    <message>
        <source>A front desk&apos;s memory of every client.</source>
        <translation>前台的好记性，记住每一位客户。</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation>本软件是自由软件，采用 MIT 许可证：你可以使用、复制、修改和分享它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>It uses Qt %1 and PySide6 %2 under the LGPL v3, and Python %3.</source>
        <translation>本软件使用 Qt %1 和 PySide6 %2（均采用 LGPL v3 许可证），以及 Python %3。</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>About ClientBook</source>
        <translation>关于 ClientBook</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book {name}</source>
        <translation>为{name}预约</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Designer warning</source>
        <translation>设计师提醒</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>例如：剪发</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>开始(&amp;A)：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>员工(&amp;T)：</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务项目(&amp;V)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name}（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>Usually with {usual} — booking with {chosen}</source>
        <translation>平时由{usual}服务——这次预约的是{chosen}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>ClientBook backups (*.db);;All files (*)</source>
        <translation>ClientBook 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>The data was copied and checked:
%1</source>
        <translation>数据已复制并校验：
%1</translation>
    </message>
    <message>
        <source>Replace all of ClientBook&apos;s data with the backup
%1?

The data as it is now is kept as a backup first.</source>
        <translation>要用以下备份替换 ClientBook 的全部数据吗？
%1

当前数据会先另存为一份备份。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was is kept in
%1</source>
        <translation>备份已恢复。原来的数据保存在：
%1</translation>
    </message>
</context>
<context>
    <name>BirthdaysPanel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>周岁</translation>
    </message>
    <message>
        <source>Booked in</source>
        <translation>预约到店</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>本周没有客户过生日</translation>
    </message>
    <message>
        <source>Birthdays today and in the coming days</source>
        <translation>今天及近几天的生日</translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>今天（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week (%n)</source>
        <translation>
            <numerusform>本周（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>即将到来（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>BriefingCard</name>
    <message>
        <source>Select an appointment or a client to see their briefing</source>
        <translation>选择一个预约或客户，即可查看其简报</translation>
    </message>
    <message>
        <source>Phone: {phones}</source>
        <translation>电话：{phones}</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>发消息…</translation>
    </message>
    <message>
        <source>Write to the client: a reminder, birthday wishes, a reward</source>
        <translation>给客户写消息：预约提醒、生日祝福、奖励通知</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark promise kept: {text}</source>
        <translation>标记承诺已兑现：{text}</translation>
    </message>
    <message>
        <source>More for promise: {text}</source>
        <translation>承诺的更多操作：{text}</translation>
    </message>
    <message>
        <source>Reschedule or cancel</source>
        <translation>改期或取消</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>改期(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Cancel promise…</source>
        <translation>取消承诺(&amp;C)…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Record that the client received the reward today</source>
        <translation>记录客户今天已领取奖励</translation>
    </message>
    <message>
        <source>Mark the reward handed over</source>
        <translation>标记奖励已发放</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>联系…</translation>
    </message>
    <message>
        <source>Check their wishes and log a call, text or e-mail</source>
        <translation>查看客户的联系意愿，并记录电话、短信或邮件</translation>
    </message>
</context>
<context>
    <name>BriefingWords</name>
    <message>
        <source>Drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>点心</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>提前准备</translation>
    </message>
    <message>
        <source>⚠ Please avoid</source>
        <translation>⚠ 请避免</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Also likes</source>
        <translation>其他喜好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Greet as “{name}”</source>
        <translation>称呼：“{name}”</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday today</source>
        <translation>今天记得祝{name}生日快乐</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday — {age} today</source>
        <translation>今天记得祝{name}生日快乐——满 {age} 岁</translation>
    </message>
    <message>
        <source>Birthday on {day}</source>
        <translation>生日：{day}</translation>
    </message>
    <message>
        <source>Birthday on {day} — turns {age}</source>
        <translation>生日：{day}——满 {age} 岁</translation>
    </message>
    <message>
        <source>No designer assigned</source>
        <translation>未指定设计师</translation>
    </message>
    <message>
        <source>⚠ Today with {staff} — usually {designer}</source>
        <translation>⚠ 今天由{staff}服务——平时是{designer}</translation>
    </message>
    <message>
        <source>First visit — no history yet</source>
        <translation>首次到店——暂无记录</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>到店 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next: {when} {time}</source>
        <translation>下次：{when} {time}</translation>
    </message>
    <message>
        <source>was due {date}</source>
        <translation>应于 {date} 完成</translation>
    </message>
    <message>
        <source>due today {time}</source>
        <translation>今天 {time} 到期</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No consent recorded for health notes — ask the client</source>
        <translation>健康备注尚未记录客户同意——请询问客户</translation>
    </message>
    <message>
        <source>Reward handed over today: {reward}</source>
        <translation>今天已发放奖励：{reward}</translation>
    </message>
    <message>
        <source>Reward handed over today</source>
        <translation>今天已发放奖励</translation>
    </message>
    <message>
        <source>Reward due: this is visit {n}</source>
        <translation>可领奖励：这是第 {n} 次到店</translation>
    </message>
    <message>
        <source>Reward due: {amount} spent since the last one</source>
        <translation>可领奖励：自上次奖励以来已消费 {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) in the last 12 months</source>
        <translation>
            <numerusform>过去 12 个月爽约 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s) in the last 12 months</source>
        <translation>
            <numerusform>过去 12 个月临时取消 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to a reward</source>
        <translation>再消费 {amount} 即可获得奖励</translation>
    </message>
    <message>
        <source>1 visit to a reward — their next visit earns it</source>
        <translation>再来 1 次即可获得奖励——下次到店就能领取</translation>
    </message>
    <message>
        <source>{kept} of {total} visits with {designer}</source>
        <translation>{total} 次到店中有 {kept} 次由{designer}服务</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>Prefers {channel}</source>
        <translation>偏好{channel}联系</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>最多每 %n 天联系一次</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>联系次数不限</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>Last contacted {when} by phone</source>
        <translation>上次于 {when} 电话联系</translation>
    </message>
    <message>
        <source>Last contacted {when} by text message</source>
        <translation>上次于 {when} 短信联系</translation>
    </message>
    <message>
        <source>Last contacted {when} by e-mail</source>
        <translation>上次于 {when} 邮件联系</translation>
    </message>
    <message>
        <source>Last spoken to in person {when}</source>
        <translation>上次于 {when} 当面交谈</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Could not move the booking</source>
        <translation>无法移动预约</translation>
    </message>
    <message>
        <source>New booking at %1</source>
        <translation>%1 的新预约</translation>
    </message>
    <message>
        <source>Could not cancel the booking</source>
        <translation>无法取消预约</translation>
    </message>
    <message>
        <source>Could not change the booking</source>
        <translation>无法更改预约</translation>
    </message>
    <message>
        <source>Open client car&amp;d</source>
        <translation>打开客户卡片(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>标记已到店(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>标记爽约(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back to booked</source>
        <translation>恢复为已预约(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>取消预约(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Calendar exported to %1 (appointments: %2).</source>
        <translation>日历已导出到 %1（预约：%2）。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>日历文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New client from this name for events no client matches</source>
        <translation>为没有匹配客户的事件按此名称新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>Choose an iCalendar (.ics) file from Google Calendar, Outlook, Apple Calendar or a booking system.</source>
        <translation>请选择来自 Google 日历、Outlook、Apple 日历或预约系统的 iCalendar (.ics) 文件。</translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation>未导入的事件</translation>
    </message>
    <message>
        <source>&amp;Pick a client…</source>
        <translation>选择客户(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics *.ical);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 new, %2 moved, %3 cancelled, %4 unchanged; %5 without a matching client, %6 left out, %7 with problems.</source>
        <translation>新增 %1，移动 %2，取消 %3，未变 %4；无匹配客户 %5，略过 %6，有问题 %7。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: no client matches “%2”</source>
        <translation>第 %1 行：没有客户与“%2”匹配</translation>
    </message>
    <message>
        <source>Line %1: “%2” is booked for %3</source>
        <translation>第 %1 行：“%2”预约给 %3</translation>
    </message>
    <message>
        <source>Line %1: left out (%2): %3</source>
        <translation>第 %1 行：已略过（%2）：%3</translation>
    </message>
    <message>
        <source>Book “%1” for which client?</source>
        <translation>“%1”预约给哪位客户？</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day (Page Up)</source>
        <translation>前一天（Page Up）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>回到今天（Alt+Home）</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Page Down)</source>
        <translation>后一天（Page Down）</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>转到日期</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>日(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>Whose calendar</source>
        <translation>谁的日历</translation>
    </message>
    <message>
        <source>Find a free sl&amp;ot…</source>
        <translation>查找空闲时段(&amp;O)…</translation>
    </message>
    <message>
        <source>The next free slots for a service</source>
        <translation>某项服务接下来的空闲时段</translation>
    </message>
    <message>
        <source>Services &amp;menu…</source>
        <translation>服务项目表(&amp;M)…</translation>
    </message>
    <message>
        <source>The services the firm offers, their usual length and price</source>
        <translation>本店提供的服务项目及其常规时长和价格</translation>
    </message>
    <message>
        <source>&amp;Print day sheet</source>
        <translation>打印日程表(&amp;P)</translation>
    </message>
    <message>
        <source>Print the day sheet or save it as PDF</source>
        <translation>打印日程表或另存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Nobody works on this day.</source>
        <translation>这一天没有人上班。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Client cancelled</source>
        <translation>客户取消</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>临时取消</translation>
    </message>
    <message>
        <source>We cancelled</source>
        <translation>我们取消</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>由 %1 服务</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <source>Printed {date}</source>
        <translation>打印于 {date}</translation>
    </message>
    <message>
        <source>Print briefing card</source>
        <translation>打印简报卡片</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Save card as PDF</source>
        <translation>将卡片另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the card failed</source>
        <translation>卡片保存失败</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Preference category</source>
        <translation>偏好类别</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to add</source>
        <translation>
            <numerusform>%n 行可添加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for someone already in the book or earlier in the file</source>
        <translation>
            <numerusform>%n 行属于客户簿中已有的人或文件中前面出现过的人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n 行有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n rows with problems</source>
        <translation>
            <numerusform>不导入有问题的 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashPrompt</name>
    <message>
        <source>This booking clashes</source>
        <translation>此预约有冲突</translation>
    </message>
    <message>
        <source>%1

Double bookings are sometimes meant (a colour processing while another client is cut).</source>
        <translation>%1

有时确实需要重叠预约（一位客户染发等待时为另一位剪发）。</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>仍然预约(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pick another slot</source>
        <translation>另选时段(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Edit client — {name}</source>
        <translation>编辑客户 — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>G&amp;reet as:</source>
        <translation>称呼(&amp;R)：</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>How they like to be greeted, e.g. Mrs Smith</source>
        <translation>客户喜欢的称呼，例如：王女士</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Several numbers? Separate them with ;</source>
        <translation>多个号码请用 ; 分隔</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>联系方式(&amp;T)：</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>设计师(&amp;D)：</translation>
    </message>
    <message>
        <source>Assigned designer</source>
        <translation>指定设计师</translation>
    </message>
    <message>
        <source>What to remember about the client</source>
        <translation>关于这位客户需要记住的事</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Arc&amp;hived — hidden from lists and reminders</source>
        <translation>已归档(&amp;H)——不在列表和提醒中显示</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>保存（Ctrl+Enter 或 Ctrl+S）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <source>&amp;Year known</source>
        <translation>已知年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Birth year known</source>
        <translation>已知出生年份</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>Given name + family name, e.g. Olena Shevchenko</source>
        <translation>名 + 姓，例如：Olena Shevchenko</translation>
    </message>
    <message>
        <source>Choose both a day and a month.</source>
        <translation>请同时选择日和月。</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>这个日期不存在。</translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation>无法保存客户</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this client will be lost.</source>
        <translation>不保存就关闭吗？为这位客户填写的内容将会丢失。</translation>
    </message>
    <message>
        <source>name and phone number</source>
        <translation>姓名和电话号码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>{who} already has the same {what}.</source>
        <translation>{who}已有相同的{what}。</translation>
    </message>
    <message>
        <source>…and more. Similar clients in all: %1.</source>
        <translation>…还有更多。相似客户共 %1 位。</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍然保存吗？</translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation>可能是重复客户</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Matched by phone, email or a preference</source>
        <translation>按电话、邮箱或偏好匹配</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Book for which client?</source>
        <translation>为哪位客户预约？</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>姓名、电话或邮箱</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email or preference…</source>
        <translation>搜索姓名、电话、邮箱或偏好…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>包括已归档</translation>
    </message>
    <message>
        <source>Also list clients who have been archived</source>
        <translation>同时列出已归档的客户</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No client matches &apos;{query}&apos; — add a new client with Ctrl+N</source>
        <translation>没有与“{query}”匹配的客户——按 Ctrl+N 新建客户</translation>
    </message>
    <message>
        <source>Showing the first {count} matches — type more to narrow them down</source>
        <translation>仅显示前 {count} 条结果——多输入几个字可缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients found</source>
        <translation>
            <numerusform>找到 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet — add the first with Ctrl+N</source>
        <translation>还没有客户——按 Ctrl+N 添加第一位</translation>
    </message>
    <message>
        <source>Every client is archived — tick &apos;Include archived&apos; to see them</source>
        <translation>所有客户都已归档——勾选“包括已归档”即可查看</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>共 %Ln 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>场合(&amp;O)：</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>消息语言</translation>
    </message>
    <message>
        <source>Send an&amp;yway</source>
        <translation>仍然发送(&amp;Y)</translation>
    </message>
    <message>
        <source>Go ahead although the client&apos;s contact wishes say not now</source>
        <translation>即使客户的联系意愿表示现在不宜联系，也继续发送</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息正文</translation>
    </message>
    <message>
        <source>Lo&amp;g the contact</source>
        <translation>记录此次联系(&amp;G)</translation>
    </message>
    <message>
        <source>Record the contact with its channel and occasion, so the contact rules know</source>
        <translation>记录此次联系及其渠道和场合，以便联系规则知晓</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>短信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>WhatsApp(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Viber</source>
        <translation>Viber(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Telegram</source>
        <translation>Telegram(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>拨打电话(&amp;A)</translation>
    </message>
    <message>
        <source>Open the e-mail app with this message</source>
        <translation>用此消息打开电子邮件应用</translation>
    </message>
    <message>
        <source>Open the text messaging app (Phone Link, Messages, KDE Connect) with this message</source>
        <translation>用此消息打开短信应用（手机连接、信息、KDE Connect）</translation>
    </message>
    <message>
        <source>Open WhatsApp with this message</source>
        <translation>用此消息打开 WhatsApp</translation>
    </message>
    <message>
        <source>Open the chat in Viber; the text is copied, paste it there</source>
        <translation>在 Viber 中打开对话；正文已复制，请粘贴到对话中</translation>
    </message>
    <message>
        <source>Open the chat in Telegram; the text is copied, paste it there</source>
        <translation>在 Telegram 中打开对话；正文已复制，请粘贴到对话中</translation>
    </message>
    <message>
        <source>Copy the text to paste it anywhere</source>
        <translation>复制正文，以便粘贴到任何地方</translation>
    </message>
    <message>
        <source>Call the client&apos;s number</source>
        <translation>拨打客户的电话</translation>
    </message>
    <message>
        <source>✓ The client&apos;s contact wishes allow a message now.</source>
        <translation>✓ 客户的联系意愿允许现在发送消息。</translation>
    </message>
    <message>
        <source>Promised: %1 (due %2)</source>
        <translation>承诺：%1（到期：%2）</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link; the text is on the clipboard.</source>
        <translation>此电脑上没有能打开此类链接的应用；正文已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>无法记录此次联系</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another desk</source>
        <translation>另一个工位</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>已在另一个工位更改</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it. Nothing of yours has been saved yet, and nothing is lost: choose what to keep.</source>
        <translation>%1 在您打开此记录后保存了它。您的更改尚未保存，也不会丢失：请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>已更改的字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Theirs
%1</source>
        <translation>对方的
%1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Keep their changes and add yours</source>
        <translation>保留对方的更改并加上您的更改</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>使用我的(&amp;U)</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>用您的版本覆盖对方的版本</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>保留对方的(&amp;K)</translation>
    </message>
    <message>
        <source>Throw your changes away and show theirs</source>
        <translation>放弃您的更改并显示对方的版本</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Go back to your form as you typed it (Esc)</source>
        <translation>返回您填写的表单，内容保持不变（Esc）</translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation>对方的版本与您的版本相同。</translation>
    </message>
    <message>
        <source>They and you changed different fields: Merge keeps their changes and adds yours.</source>
        <translation>对方和您更改了不同的字段：“合并”会保留对方的更改并加上您的更改。</translation>
    </message>
    <message>
        <source>Keep their version or use yours.</source>
        <translation>请保留对方的版本或使用您的版本。</translation>
    </message>
    <message>
        <source>You both changed %1: keep their version or use yours.</source>
        <translation>你们都更改了%1：请保留对方的版本或使用您的版本。</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Health consent</source>
        <translation>健康信息同意</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>The connection to the shared book&apos;s server was lost; ClientBook is connecting again and then shows every desk&apos;s changes.</source>
        <translation>与共享客户簿服务器的连接已断开；ClientBook 正在重新连接，连上后会显示所有前台的更改。</translation>
    </message>
    <message>
        <source>Offline — changes cannot be saved</source>
        <translation>离线 — 无法保存更改</translation>
    </message>
    <message>
        <source>The shared book&apos;s server cannot be reached: what you see may be out of date and no change can be saved. ClientBook keeps trying and shows everything again once it is back.</source>
        <translation>无法连接共享客户簿的服务器：您看到的内容可能已过时，且无法保存任何更改。ClientBook 会继续尝试，恢复连接后重新显示全部内容。</translation>
    </message>
</context>
<context>
    <name>ConsistencyModel</name>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Their clients&apos; visits</source>
        <translation>名下客户到店次数</translation>
    </message>
    <message>
        <source>With them</source>
        <translation>由其服务</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact {name}</source>
        <translation>联系{name}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Recent contacts:</source>
        <translation>最近联系(&amp;R)：</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>e.g. Confirmed Tuesday&apos;s appointment</source>
        <translation>例如：已确认周二的预约</translation>
    </message>
    <message>
        <source>What about?</source>
        <translation>什么事？</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>What &amp;about?</source>
        <translation>什么事(&amp;A)？</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>员工(&amp;S)：</translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation>记录电话(&amp;C)</translation>
    </message>
    <message>
        <source>Log &amp;text</source>
        <translation>记录短信(&amp;T)</translation>
    </message>
    <message>
        <source>Log &amp;e-mail</source>
        <translation>记录邮件(&amp;E)</translation>
    </message>
    <message>
        <source>Log &amp;in person</source>
        <translation>记录当面沟通(&amp;I)</translation>
    </message>
    <message>
        <source>{button} (preferred)</source>
        <translation>{button}（首选）</translation>
    </message>
    <message>
        <source>Write down this {channel} as made now, and close</source>
        <translation>记录刚刚进行的这次{channel}，然后关闭</translation>
    </message>
    <message>
        <source>call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>text</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>by call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>no limit on how often</source>
        <translation>不限次数</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>最多每 %n 天一次</numerusform>
        </translation>
    </message>
    <message>
        <source>firm default: no limit</source>
        <translation>本店默认：不限</translation>
    </message>
    <message numerus="yes">
        <source>firm default: once every %n days</source>
        <translation>
            <numerusform>本店默认：每 %n 天一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>要求不要联系</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Prefers phone calls</source>
        <translation>偏好电话联系</translation>
    </message>
    <message>
        <source>Prefers text messages</source>
        <translation>偏好短信联系</translation>
    </message>
    <message>
        <source>Prefers e-mail</source>
        <translation>偏好邮件联系</translation>
    </message>
    <message>
        <source>Prefers to talk in person</source>
        <translation>偏好当面沟通</translation>
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
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source> — {staff}: “{note}”</source>
        <translation> — {staff}：“{note}”</translation>
    </message>
    <message>
        <source>Never called, texted or e-mailed</source>
        <translation>从未打过电话、发过短信或邮件</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系过</translation>
    </message>
    <message>
        <source>Last contacted {ago} ({when})</source>
        <translation>上次联系：{ago}（{when}）</translation>
    </message>
    <message>
        <source>⚠ They asked not to be contacted.</source>
        <translation>⚠ 客户要求不要联系。</translation>
    </message>
    <message>
        <source>⚠ Already contacted today — never call, text and e-mail about the same thing in one day:</source>
        <translation>⚠ 今天已经联系过——同一件事不要在一天内既打电话又发短信、发邮件：</translation>
    </message>
    <message>
        <source>⚠ Too soon: last contacted {ago}; {wish}.</source>
        <translation>⚠ 间隔太短：上次联系是{ago}；{wish}。</translation>
    </message>
    <message>
        <source>⚠ They prefer {channel}.</source>
        <translation>⚠ 客户偏好的联系方式是{channel}。</translation>
    </message>
    <message>
        <source>the firm contacts a client {often}</source>
        <translation>本店联系每位客户{often}</translation>
    </message>
    <message>
        <source>they asked for {often}</source>
        <translation>客户要求{often}</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>to talk in person</source>
        <translation>当面沟通</translation>
    </message>
    <message>
        <source>Before you log this {channel}:</source>
        <translation>记录这次{channel}之前，请注意：</translation>
    </message>
    <message>
        <source>Log it anyway?</source>
        <translation>仍然记录吗？</translation>
    </message>
    <message>
        <source>Contact {name}?</source>
        <translation>联系{name}？</translation>
    </message>
</context>
<context>
    <name>ContactGroup</name>
    <message>
        <source>Contacting clients</source>
        <translation>联系客户</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail to a client every so many days; 0 = no limit</source>
        <translation>每隔多少天最多给客户打一次电话、发一次短信或邮件；0 = 不限</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>How soon a promised callback should happen; 0 = no target</source>
        <translation>承诺的回电应在多久内完成；0 = 不设时限</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail every so many days (0 = no limit); a client&apos;s own wish on their card comes first.</source>
        <translation>每隔多少天最多联系客户一次（电话、短信或邮件；0 = 不限）；以客户卡片上本人的意愿为准。</translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation>免打扰期(&amp;Q)：</translation>
    </message>
    <message>
        <source>Quiet period in days</source>
        <translation>免打扰期（天）</translation>
    </message>
    <message>
        <source>Callback &amp;target:</source>
        <translation>回电时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Callback target in minutes</source>
        <translation>回电时限（分钟）</translation>
    </message>
</context>
<context>
    <name>ContactWishesEditor</name>
    <message>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>How the client prefers to be contacted</source>
        <translation>客户希望的联系方式</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message numerus="yes">
        <source>Firm default (%n days)</source>
        <translation>
            <numerusform>本店默认（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>At most once every this many days</source>
        <translation>最多每隔这么多天联系一次</translation>
    </message>
    <message>
        <source>The shortest gap between calls, texts and e-mails to this client. 0 means no limit.</source>
        <translation>给这位客户打电话、发短信或邮件的最短间隔。0 表示不限。</translation>
    </message>
    <message>
        <source>At mo&amp;st once every</source>
        <translation>最多每(&amp;S)</translation>
    </message>
    <message>
        <source>Do not conta&amp;ct</source>
        <translation>请勿联系(&amp;C)</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>The client asked not to be called, texted or e-mailed</source>
        <translation>客户要求不要打电话、发短信或邮件</translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation>消息语言</translation>
    </message>
    <message>
        <source>The language messages to this client are written in</source>
        <translation>给此客户的消息所用的语言</translation>
    </message>
    <message>
        <source>The firm&apos;s language</source>
        <translation>公司默认语言</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>语言(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 天一次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ClientBook ran into a problem it did not expect. What was already saved is safe; a form that was open may not have been saved.

The details are in the log:
%1

If it happens again, send that file to whoever looks after your ClientBook.</source>
        <translation>ClientBook 遇到了一个意外问题。已保存的内容都是安全的；当时打开的表单可能没有保存。

详细信息已记录在日志中：
%1

如果再次出现这种情况，请把这个文件发给负责维护 ClientBook 的人。</translation>
    </message>
    <message>
        <source>ClientBook ran into a problem</source>
        <translation>ClientBook 遇到了问题</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>打开日志文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>继续使用(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit ClientBook</source>
        <translation>退出 ClientBook(&amp;Q)</translation>
    </message>
    <message>
        <source>ClientBook could not do that</source>
        <translation>ClientBook 无法完成此操作</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>No one</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Have ready: %1</source>
        <translation>提前准备：%1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>避免：%1</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>今天生日</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>应发奖励</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>打印日程表</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>将日程表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the day sheet failed</source>
        <translation>保存日程表失败</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day calendar</source>
        <translation>日历（日视图）</translation>
    </message>
</context>
<context>
    <name>DesignersModel</name>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
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
        <source>Same designer</source>
        <translation>同一设计师</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>承诺按时兑现</translation>
    </message>
</context>
<context>
    <name>DeskNameRow</name>
    <message>
        <source>Who made a change, in the history and when two desks change the same record; kept on this computer (empty: the computer&apos;s name)</source>
        <translation>谁做了更改：显示在历史记录中，以及两个工位更改同一记录时；保存在这台电脑上（留空：使用电脑名称）</translation>
    </message>
    <message>
        <source>Could not keep the desk name</source>
        <translation>无法保存工位名称</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n 行有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second e-mail(s) kept in the clients&apos; notes.</source>
        <translation>
            <numerusform>%n 个第二电子邮件地址已保存在客户备注中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes of %n merged row(s) appended to the clients&apos; notes.</source>
        <translation>
            <numerusform>%n 条合并行的备注已追加到客户备注中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s) kept without the year, which was not a plausible birth year (line(s) %1).</source>
        <translation>
            <numerusform>%n 个生日已保存但不含年份，因为该年份不是合理的出生年份（第 %1 行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Birthday month %1 is not between 1 and 12.</source>
        <translation>生日月份 %1 不在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>Birthday year %1 is not plausible.</source>
        <translation>出生年份 %1 看起来不对，请检查。</translation>
    </message>
    <message>
        <source>%1 is not a real date: that month has %2 days.</source>
        <translation>%1 不是有效日期：那个月只有 %2 天。</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation>%2 月没有 %1 日。</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date: use YYYY-MM-DD, or --MM-DD when the year is unknown.</source>
        <translation>生日 %1 不是有效日期：请使用 YYYY-MM-DD 格式；不知道年份时请用 --MM-DD。</translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation>提前天数不能为负数。</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date ClientBook can read; write it like %2.</source>
        <translation>ClientBook 无法识别生日 %1；请按以下格式填写：%2。</translation>
    </message>
    <message>
        <source>%1 The birthday was written %2.</source>
        <translation>%1填写的生日为 %2。</translation>
    </message>
    <message>
        <source>The quiet period is 0 to %1 days.</source>
        <translation>免打扰期须为 0 到 %1 天。</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount; write it like 45.50.</source>
        <translation>%1 %2 不是有效金额，请按 45.50 这样的格式填写。</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount.</source>
        <translation>%1 %2 不是有效金额。</translation>
    </message>
    <message>
        <source>%1 %2 is negative.</source>
        <translation>%1 %2 不能为负数。</translation>
    </message>
    <message>
        <source>%1 %2 is too large for an amount.</source>
        <translation>%1 %2 数额过大，不是有效金额。</translation>
    </message>
    <message>
        <source>%1 %2 has more than two decimals.</source>
        <translation>%1 %2 的小数超过了两位。</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>请填写客户姓名。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>姓名不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Notes are longer than %1 characters.</source>
        <translation>备注不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation>%1 不是有效的电话号码。</translation>
    </message>
    <message>
        <source>A preference needs a value.</source>
        <translation>请填写偏好内容。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Nothing was changed.</source>
        <translation>无法将备份写入 %1：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot restore from this file: %1 Nothing was changed.</source>
        <translation>无法从这个文件恢复：%1 未做任何更改。</translation>
    </message>
    <message>
        <source>Restoring failed: %1. The data as it was is in %2.</source>
        <translation>恢复失败：%1。原来的数据保存在 %2。</translation>
    </message>
    <message>
        <source>Restoring failed: %1.</source>
        <translation>恢复失败：%1。</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>找不到 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>This service is not on the menu.</source>
        <translation>此服务不在服务项目表中。</translation>
    </message>
    <message>
        <source>Only a booking still to come can be moved; this one is %1.</source>
        <translation>只能移动尚未进行的预约；此预约的状态为 %1。</translation>
    </message>
    <message>
        <source>A cancellation reason is client, late or firm.</source>
        <translation>取消原因须为 client、late 或 firm。</translation>
    </message>
    <message>
        <source>The assigned designer does not exist.</source>
        <translation>指定的设计师不存在，请重新选择。</translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation>这位客户已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>No client given.</source>
        <translation>请指定客户。</translation>
    </message>
    <message>
        <source>%1 matches %2 clients; use the client id instead.</source>
        <translation>%1 匹配到 %2 位客户，请改用客户 ID。</translation>
    </message>
    <message>
        <source>No client matches %1.</source>
        <translation>没有与 %1 匹配的客户。</translation>
    </message>
    <message>
        <source>Choose which column holds the client&apos;s name.</source>
        <translation>请选择哪一列是客户姓名。</translation>
    </message>
    <message>
        <source>Only one column can be %1.</source>
        <translation>只能有一列导入为“%1”。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>id %1 is not a whole number.</source>
        <translation>id %1 不是整数。</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>找不到 ID 为 %1 的员工。</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>备注请控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cells can be separated by a comma, a semicolon or a tab, not %1.</source>
        <translation>单元格只能用逗号、分号或制表符分隔，不能用 %1。</translation>
    </message>
    <message>
        <source>Cannot export %1; choose one of %2.</source>
        <translation>无法导出 %1；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not %2.</source>
        <translation>%1 只能是 yes 或 no，不能是 %2。</translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time; use YYYY-MM-DD HH:MM.</source>
        <translation>%1 %2 不是有效的日期时间，请使用 YYYY-MM-DD HH:MM 格式。</translation>
    </message>
    <message>
        <source>Cannot import %1; choose one of %2.</source>
        <translation>无法导入 %1；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>%1 looks like %2, not ClientBook clients CSV. Import it as contacts: clientbook import contacts %3 (in the window: File → Import contacts…).</source>
        <translation>%1 看起来是 %2，而不是 ClientBook 的客户 CSV。请作为联系人导入：clientbook import contacts %3（在窗口中：文件 → 导入联系人…）。</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): unknown column(s) %4; the columns are: %5.</source>
        <translation>%1 不是 ClientBook 的 %2 CSV 文件（看起来是 %3）：有无法识别的列 %4；应有的列为：%5。</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): a column it needs is missing; the columns are: %4.</source>
        <translation>%1 不是 ClientBook 的 %2 CSV 文件（看起来是 %3）：缺少必需的列；应有的列为：%4。</translation>
    </message>
    <message>
        <source>%1 looks like ClientBook %2 CSV, not contacts; import it as that kind.</source>
        <translation>%1 看起来是 ClientBook 的 %2 CSV 文件，而不是联系人；请按这种类型导入。</translation>
    </message>
    <message>
        <source>%1 has no header row (it has no lines with text); the first line should name the columns.</source>
        <translation>%1 没有标题行（文件中没有任何文字）；第一行应写明各列的名称。</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 columns but ClientBook reads at most %4; check that the right delimiter is chosen, or remove the columns you do not need.</source>
        <translation>%2 的第 %1 行有 %3 列，但 ClientBook 最多只能读取 %4 列；请检查分隔符是否选对，或删除不需要的列。</translation>
    </message>
    <message>
        <source>Line %1 of %2 contains a NUL character, which text never has; the file is damaged or not saved as text (CSV).</source>
        <translation>%2 的第 %1 行含有 NUL 字符，正常文本中不会有这种字符；文件可能已损坏，或没有保存为文本格式（CSV）。</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell is never closed; check for a stray &quot; on that line (a cell that starts with a quote must end with one).</source>
        <translation>%2 的第 %1 行：有一个带引号的单元格没有闭合；请检查该行是否有多余的 &quot;（以引号开头的单元格必须以引号结尾）。</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell has more text after its closing quote; check for a stray &quot; (inside a quoted cell a quote is written twice: &quot;&quot;).</source>
        <translation>%2 的第 %1 行：带引号的单元格在结束引号之后还有文字；请检查是否有多余的 &quot;（在带引号的单元格内，引号要写两次：&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as CSV (%3).</source>
        <translation>%2 的第 %1 行无法按 CSV 格式读取（%3）。</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; this usually means a &quot; opens a quoted cell that is never closed; check the file in a spreadsheet program.</source>
        <translation>%2 的第 %1 行：有一个单元格超过 1 MB；这通常是因为某个 &quot; 开始了带引号的单元格却没有闭合。请用电子表格程序检查该文件。</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; check the file in a spreadsheet program.</source>
        <translation>%2 的第 %1 行：有一个单元格超过 1 MB；请用电子表格程序检查该文件。</translation>
    </message>
    <message>
        <source>This client book already has data; use --force to add demo data anyway.</source>
        <translation>这份客户数据中已有内容；如仍要添加示例数据，请使用 --force。</translation>
    </message>
    <message>
        <source>The number of demo clients cannot be negative.</source>
        <translation>示例客户数量不能为负数。</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>消费金额不能为负数。</translation>
    </message>
    <message>
        <source>Spend is too large for an amount.</source>
        <translation>消费金额过大，请检查。</translation>
    </message>
    <message>
        <source>An appointment needs a duration.</source>
        <translation>请填写预约时长。</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>请填写承诺内容。</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>这个预约已不存在。</translation>
    </message>
    <message>
        <source>This appointment already has its visit (id %1); correct that visit instead of logging a second one.</source>
        <translation>此预约已有到访记录（编号 %1）；请更正该到访，而不是再记录一次。</translation>
    </message>
    <message>
        <source>This promise no longer exists.</source>
        <translation>这个承诺已不存在。</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled.</source>
        <translation>这个承诺已完成或已取消。</translation>
    </message>
    <message>
        <source>Choose a new due time that is still to come.</source>
        <translation>请选择一个尚未到来的新到期时间。</translation>
    </message>
    <message>
        <source>Nothing imported: the file has rows with problems (%1). Fix them in the file, or choose to skip those rows.</source>
        <translation>未导入任何内容：文件中有 %1 行存在问题。请在文件中修正，或选择跳过这些行。</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>The last import (%1, %2) was already undone. To undo an earlier import, list them and name the one to undo.</source>
        <translation>最近一次导入（%1，%2）已被撤销。要撤销更早的导入，请先列出导入记录，再指明要撤销哪一次。</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>没有编号为 %1 的导入。</translation>
    </message>
    <message>
        <source>Import %1 (%2) was already undone.</source>
        <translation>导入 %1（%2）已被撤销。</translation>
    </message>
    <message>
        <source>Nothing undone: %1</source>
        <translation>未撤销任何内容：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 cells but the header has %2.</source>
        <translation>有 %1 个单元格，但标题行只有 %2 列。</translation>
    </message>
    <message>
        <source>id %1 is also on line %2.</source>
        <translation>id %1 在第 %2 行也出现了。</translation>
    </message>
    <message>
        <source>%1 has no header row: its first line is empty.</source>
        <translation>%1 没有标题行：第一行是空的。</translation>
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header.</source>
        <translation>%1：标题行中的 %2 列出现了两次。</translation>
    </message>
    <message>
        <source>There is no loyalty rule; set one in Settings first.</source>
        <translation>还没有设置回馈规则，请先在设置中设定。</translation>
    </message>
    <message>
        <source>No reward is due for this client yet.</source>
        <translation>这位客户目前还没有可领的奖励。</translation>
    </message>
    <message>
        <source>This reward is no longer recorded.</source>
        <translation>这次奖励的记录已不存在。</translation>
    </message>
    <message>
        <source>client_id %1 is not a client in this book.</source>
        <translation>client_id %1 不是这份数据中的客户。</translation>
    </message>
    <message>
        <source>Give the client: a client_id, or a phone, email or name.</source>
        <translation>请指明客户：填写 client_id，或填写电话、邮箱或姓名。</translation>
    </message>
    <message>
        <source>id %1 is not a whole number above 0.</source>
        <translation>id %1 不是大于 0 的整数。</translation>
    </message>
    <message>
        <source>%1 id %2 is already in this book; leave the id empty to add it as a new one.</source>
        <translation>%1 id %2 已存在于这份数据中；如要作为新记录添加，请将 id 留空。</translation>
    </message>
    <message>
        <source>category %1 is not one of: %2.</source>
        <translation>category %1 无效，应为以下之一：%2。</translation>
    </message>
    <message>
        <source>value is empty.</source>
        <translation>value 不能为空。</translation>
    </message>
    <message>
        <source>status %1 is not one of: %2.</source>
        <translation>status %1 无效，应为以下之一：%2。</translation>
    </message>
    <message>
        <source>duration_min %1 is not a whole number.</source>
        <translation>duration_min %1 不是整数。</translation>
    </message>
    <message>
        <source>duration_min must be more than 0.</source>
        <translation>duration_min 必须大于 0。</translation>
    </message>
    <message>
        <source>duration_min %1 is longer than a day (%2 minutes).</source>
        <translation>duration_min %1 超过了一天（%2 分钟）。</translation>
    </message>
    <message>
        <source>text is empty: say what was promised.</source>
        <translation>text 为空：请填写承诺内容。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>The currency needs a three-letter code such as EUR.</source>
        <translation>货币需填写三个字母的代码，例如 CNY 或 EUR。</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use one such as GB, ES or CN, or leave it empty.</source>
        <translation>“%1”不是有效的电话国家/地区代码；请填写 CN、GB 或 ES 这样的代码，或留空。</translation>
    </message>
    <message>
        <source>Birthday reminders look 0 to %1 days ahead.</source>
        <translation>生日提醒只能提前 0 到 %1 天。</translation>
    </message>
    <message>
        <source>The loyalty rule is off, by visits or by spend.</source>
        <translation>回馈规则只能是：关闭、按到店次数或按消费金额。</translation>
    </message>
    <message>
        <source>A reward comes every 2 to %1 visits.</source>
        <translation>奖励须设为每 2 到 %1 次到店一次。</translation>
    </message>
    <message>
        <source>Describe the reward in at most %1 characters.</source>
        <translation>奖励说明不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Call back within 0 (no target) to %1 minutes.</source>
        <translation>回电时限须为 0（不设时限）到 %1 分钟。</translation>
    </message>
    <message>
        <source>Flag clients not seen for 1 to %1 years, or 0 for never.</source>
        <translation>标记未到店客户的年限须为 1 到 %1 年，填 0 表示不标记。</translation>
    </message>
    <message>
        <source>Nudge 1 to %1 minutes before an appointment, or 0 for never.</source>
        <translation>预约提醒须设为提前 1 到 %1 分钟，填 0 表示不提醒。</translation>
    </message>
    <message>
        <source>Start at login is 1 (yes) or 0 (no).</source>
        <translation>登录时启动只能是 1（是）或 0（否）。</translation>
    </message>
    <message>
        <source>Keep the firm&apos;s name under %1 characters.</source>
        <translation>公司名称不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use one such as Europe/London, or leave it empty for this computer&apos;s.</source>
        <translation>“%1”不是时区；请使用如 Europe/London 这样的时区，或留空以使用本机的时区。</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>没有名为 %1 的设置项。</translation>
    </message>
    <message>
        <source>The spend for a reward needs an amount above 0, such as 500.</source>
        <translation>每次奖励所需消费须大于 0，例如 500。</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>请填写员工姓名。</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>这位员工已不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not an encoding ClientBook knows; choose one from the list.</source>
        <translation>ClientBook 不支持编码 %1；请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 is empty, so there is nothing to import; check that you chose the right file.</source>
        <translation>%1 是空的，没有可导入的内容；请确认是否选对了文件。</translation>
    </message>
    <message>
        <source>%1 does not look like a text file (CSV or vCard); save or export the contacts as CSV or vCard and choose that file.</source>
        <translation>%1 看起来不是文本文件（CSV 或 vCard）；请将联系人保存或导出为 CSV 或 vCard，再选择该文件。</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding, perhaps %4.</source>
        <translation>%2 的第 %1 行无法按 %3 读取；请换一种编码，可以试试 %4。</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding.</source>
        <translation>%2 的第 %1 行无法按 %3 读取；请换一种编码。</translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line, so it was not read; the file may have been cut short.</source>
        <translation>这个联系人缺少 END:VCARD 行，因此未读取；文件可能不完整。</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (a line cannot be read: %1).</source>
        <translation>这个联系人已损坏，未读取（有一行无法读取：%1）。</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (%1).</source>
        <translation>这个联系人已损坏，未读取（%1）。</translation>
    </message>
    <message>
        <source>%1 has no contacts in vCard format (no BEGIN:VCARD line); export the contacts again as vCard (.vcf) or CSV.</source>
        <translation>%1 中没有 vCard 格式的联系人（没有 BEGIN:VCARD 行）；请重新将联系人导出为 vCard（.vcf）或 CSV。</translation>
    </message>
    <message>
        <source>this contact was not read: line %1 is larger than 1 MB (%2 characters); check the file in a contacts program.</source>
        <translation>未读取这个联系人：第 %1 行超过 1 MB（%2 个字符）；请在通讯录程序中检查该文件。</translation>
    </message>
    <message>
        <source>this contact was not read: it is larger than 2 MB (past line %1); check the file in a contacts program.</source>
        <translation>未读取这个联系人：它超过 2 MB（超出于第 %1 行）；请在通讯录程序中检查该文件。</translation>
    </message>
    <message>
        <source>its text is not in the character set it declares</source>
        <translation>其文字编码与声明的字符集不符</translation>
    </message>
    <message>
        <source>SQLite could not copy the data (%1)</source>
        <translation>SQLite 无法复制数据（%1）</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database.</source>
        <translation>%1 不是 ClientBook 数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3).</source>
        <translation>%1 由更新版本的 ClientBook 写入（数据格式 %2；当前版本最高只能读取 %3）。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation>%1 无法作为数据库读取（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>the new backup did not check out: %1</source>
        <translation>新备份未通过校验：%1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>%1 所在的磁盘已满，因此这次更改没有保存。请腾出一些空间后重试；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open its data. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，ClientBook 无法打开数据。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so the change was not saved. Close it (or wait for it to finish) and try again; nothing already saved was lost.</source>
        <translation>另一个程序正在使用 %1 中的 ClientBook 数据，因此这次更改没有保存。请关闭该程序（或等它完成）后重试；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so ClientBook cannot open its data. Close it (or wait for it to finish) and try again.</source>
        <translation>另一个程序正在使用 %1 中的 ClientBook 数据，ClientBook 无法打开数据。请关闭该程序（或等它完成）后重试。</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so the change was not saved. Restore a backup or move it away.</source>
        <translation>%1 不是可用的 ClientBook 数据库：文件已损坏（%2），因此这次更改没有保存。请恢复备份，或将该文件移走。</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so ClientBook cannot open its data. Restore a backup or move it away.</source>
        <translation>%1 不是可用的 ClientBook 数据库：文件已损坏（%2），ClientBook 无法打开数据。请恢复备份，或将该文件移走。</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so the change was not saved. Check the disk or network connection and try again; nothing already saved was lost.</source>
        <translation>磁盘在处理 %2 时报告了错误（%1），因此这次更改没有保存。请检查磁盘或网络连接后重试；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so ClientBook cannot open its data. Check the disk or network connection and try again.</source>
        <translation>磁盘在处理 %2 时报告了错误（%1），ClientBook 无法打开数据。请检查磁盘或网络连接后重试。</translation>
    </message>
    <message>
        <source>The server %1 refused the user or password. Put the password in PostgreSQL&apos;s password file (.pgpass) or a service file, or ask the administrator for access; ClientBook never stores it.</source>
        <translation>服务器 %1 拒绝了该用户或密码。请把密码写入 PostgreSQL 的密码文件（.pgpass）或服务文件，或向管理员申请访问权限；ClientBook 从不保存密码。</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check its name, or ask the administrator to create it (createdb).</source>
        <translation>服务器上不存在数据库 %1。请检查名称，或请管理员创建它（createdb）。</translation>
    </message>
    <message>
        <source>The user %1 may not use the database %2. Ask the administrator to grant access.</source>
        <translation>用户 %1 无权使用数据库 %2。请向管理员申请访问权限。</translation>
    </message>
    <message>
        <source>The PostgreSQL server for %1 could not be reached (%2). Check that it is running and that this computer may connect to it, then try again.</source>
        <translation>无法连接 %1 的 PostgreSQL 服务器（%2）。请确认它正在运行且本机可以连接，然后重试。</translation>
    </message>
    <message>
        <source>Leave the password out of the address %1: ClientBook never keeps one. Put it in PostgreSQL&apos;s password file (.pgpass) or a service file, then try again.</source>
        <translation>请从地址 %1 中去掉密码：ClientBook 从不保存密码。请把密码写入 PostgreSQL 的密码文件（.pgpass）或服务文件，然后重试。</translation>
    </message>
    <message>
        <source>The user may read %1 but not set up ClientBook&apos;s tables there (%2). Ask the administrator to make this user the database&apos;s owner.</source>
        <translation>该用户可以读取 %1，但不能在其中建立 ClientBook 的表（%2）。请管理员把此用户设为该数据库的所有者。</translation>
    </message>
    <message>
        <source>The book %1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook on this computer; the book was left untouched.</source>
        <translation>客户簿 %1 由更新版本的 ClientBook 写入（数据格式 %2；本版本最多读取 %3）。请在本机安装新版 ClientBook；客户簿未被改动。</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, so it is not a ClientBook book. ClientBook left it untouched; give it an empty database of its own.</source>
        <translation>数据库 %1 中有其他程序的表，因此不是 ClientBook 客户簿。ClientBook 未改动它；请为 ClientBook 提供一个单独的空数据库。</translation>
    </message>
    <message>
        <source>Another desk was saving the same records at the same moment; nothing was saved. Try again.</source>
        <translation>另一个工位正在同时保存相同的记录；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation>数据库拒绝了这次更改：%1。</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to make that change; ask the administrator. Nothing was saved.</source>
        <translation>服务器 %1 不允许此用户进行该更改；请联系管理员。未保存任何内容。</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to read that; ask the administrator.</source>
        <translation>服务器 %1 不允许此用户读取该内容；请联系管理员。</translation>
    </message>
    <message>
        <source>The change was not saved: the server %1 could not be reached (%2). Check the network and try again; nothing already saved was lost.</source>
        <translation>更改未保存：无法连接服务器 %1（%2）。请检查网络后重试；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the folder exists and that you may read and write it.</source>
        <translation>无法打开 %1：%2。请检查该文件夹是否存在，以及你是否有读写权限。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1.</source>
        <translation>无法保存这次更改：%1。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>无法使用 %1：%2。</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>数据文件 %1 是只读的，因此这次更改没有保存。请检查该文件及其所在文件夹的权限（或磁盘是否处于写保护状态）；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>数据文件夹 %1 是只读的，因此这次更改没有保存。请检查数据文件及该文件夹的权限（或磁盘是否处于写保护状态）；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>数据文件 %1 是只读的，ClientBook 无法打开数据。请检查该文件及其所在文件夹的权限（或磁盘是否处于写保护状态）。</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>数据文件夹 %1 是只读的，ClientBook 无法打开数据。请检查数据文件及该文件夹的权限（或磁盘是否处于写保护状态）。</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook 无法读取 %1：%2。请检查文件夹的权限（或磁盘是否处于写保护状态）。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot read it. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，ClientBook 无法读取它。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2.</source>
        <translation>ClientBook 无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook 无法打开 %1：%2。请检查文件夹的权限（或磁盘是否处于写保护状态）。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open it. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，ClientBook 无法打开它。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2.</source>
        <translation>ClientBook 无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook 无法在 %1 中创建数据文件：%2。请检查文件夹的权限（或磁盘是否处于写保护状态）。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot create its data file in it. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，ClientBook 无法在其中创建数据文件。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2.</source>
        <translation>ClientBook 无法在 %1 中创建数据文件：%2。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a usable ClientBook database (it may have been damaged). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 是空文件（0 字节），不是可用的 ClientBook 数据库（可能已损坏）。ClientBook 没有改动它；请恢复备份，或将该文件移走。</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header (the first 100 bytes) is damaged. ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 不是可用的 ClientBook 数据库：文件头（前 100 个字节）已损坏。ClientBook 没有改动它；请恢复备份，或将该文件移走。</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database: it is not a database file at all. ClientBook left it untouched; move it away or choose another data folder with --data-dir.</source>
        <translation>%1 不是 ClientBook 数据库，甚至根本不是数据库文件。ClientBook 没有改动它；请将该文件移走，或用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header is damaged (page size %2). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 不是可用的 ClientBook 数据库：文件头已损坏（页大小 %2）。ClientBook 没有改动它；请恢复备份，或将该文件移走。</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it has been cut short (%2 of %3 bytes). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 不是可用的 ClientBook 数据库：文件不完整（应有 %3 字节，实际只有 %2 字节）。ClientBook 没有改动它；请恢复备份，或将该文件移走。</translation>
    </message>
    <message>
        <source>%1 is a SQLite file from another program, not a ClientBook database. Choose another data folder with --data-dir.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是 ClientBook 数据库。请用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook to open it; the file was left untouched.</source>
        <translation>%1 由更新版本的 ClientBook 写入（数据格式 %2；当前版本最高只能读取 %3）。请安装新版 ClientBook 来打开它；该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 was found damaged (%2), so ClientBook saves no changes to it until a backup is restored (File → Restore from backup…, or `clientbook restore --latest`) or it is repaired (`clientbook check --repair`).</source>
        <translation>发现 %1 已损坏（%2），因此在恢复备份（文件 → 从备份恢复…，或 `clientbook restore --latest`）或修复它（`clientbook check --repair`）之前，ClientBook 不会向其保存任何更改。</translation>
    </message>
    <message>
        <source>another program is reading the book</source>
        <translation>另一个程序正在读取这份数据</translation>
    </message>
    <message>
        <source>The data folder %1 is a link to %2, which does not exist (a drive not connected, or a folder moved or deleted). Connect or restore it, or choose another data folder with --data-dir.</source>
        <translation>数据文件夹 %1 是指向 %2 的链接，但该位置不存在（驱动器未连接，或文件夹已被移动或删除）。请连接或恢复它，或使用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>appointment %1 has an unreadable time (%2)</source>
        <translation>预约 %1 的时间无法读取（%2）</translation>
    </message>
    <message>
        <source>visit %1 has an unreadable time (%2)</source>
        <translation>到访 %1 的时间无法读取（%2）</translation>
    </message>
    <message>
        <source>promise %1 has an unreadable time (%2)</source>
        <translation>承诺 %1 的时间无法读取（%2）</translation>
    </message>
    <message>
        <source>client %1 has an unreadable time (%2)</source>
        <translation>客户 %1 的时间无法读取（%2）</translation>
    </message>
    <message>
        <source>row %1 of %3 has an unreadable time (%2)</source>
        <translation>%3 的第 %1 行的时间无法读取（%2）</translation>
    </message>
    <message>
        <source>client %1 has an unreadable birthday (%2)</source>
        <translation>客户 %1 的生日无法读取（%2）</translation>
    </message>
    <message>
        <source>A template needs some text.</source>
        <translation>模板不能为空。</translation>
    </message>
    <message>
        <source>Keep a template under %1 characters.</source>
        <translation>模板不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use %2.</source>
        <translation>%1 不是占位符；请使用 %2。</translation>
    </message>
    <message>
        <source>Client %1 has no appointment with id %2.</source>
        <translation>客户 %1 没有编号为 %2 的预约。</translation>
    </message>
    <message>
        <source>%1 has no appointment coming up to remind them of.</source>
        <translation>%1 没有即将到来的预约可以提醒。</translation>
    </message>
    <message>
        <source>Keep a message under %1 characters.</source>
        <translation>消息不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Not logged for %1: %2</source>
        <translation>未为 %1 记录：%2</translation>
    </message>
    <message>
        <source>There is no message kind %1; use one of %2.</source>
        <translation>没有消息类型 %1；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Messages can be written in %1.</source>
        <translation>消息可使用以下语言：%1。</translation>
    </message>
    <message>
        <source>There is no channel %1; use one of %2.</source>
        <translation>没有渠道 %1；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>没有编号为 %1 的到访。</translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days (YYYY-MM-DD..YYYY-MM-DD).</source>
        <translation>“%1”不是日期或日期范围（YYYY-MM-DD..YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Time off must end on or after its first day.</source>
        <translation>休假的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>“%1” is not a working-hours line; write it like “mon-fri 09:00-17:00”, “sat 10:00-13:00,14:00-16:00” or “sun off”.</source>
        <translation>“%1”不是有效的工作时间；请写成“mon-fri 09:00-17:00”、“sat 10:00-13:00,14:00-16:00”或“sun off”。</translation>
    </message>
    <message>
        <source>A booking lasts 1 to %1 minutes.</source>
        <translation>预约时长须为 1 至 %1 分钟。</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>服务项目需要名称。</translation>
    </message>
    <message>
        <source>A price is zero or more, and less than the largest amount.</source>
        <translation>价格须大于或等于零，且小于最大金额。</translation>
    </message>
    <message>
        <source>The menu already has a service called “%1”.</source>
        <translation>服务项目表中已有名为“%1”的服务。</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>请选择服务项目。</translation>
    </message>
    <message>
        <source>This book does not hold only the sample data, so nothing was removed.</source>
        <translation>此客户簿不只包含示例数据，因此未删除任何内容。</translation>
    </message>
    <message>
        <source>This book holds %1 client(s) of your own beside the sample data, so nothing was removed. Archive or delete the sample clients one by one instead.</source>
        <translation>除示例数据外，此客户簿还有 %1 位您自己的客户，因此未删除任何内容。请逐个归档或删除示例客户。</translation>
    </message>
    <message>
        <source>This book holds staff of your own (%1) beside the sample team, so nothing was removed.</source>
        <translation>除示例团队外，此客户簿还有您自己的员工（%1），因此未删除任何内容。</translation>
    </message>
    <message>
        <source>The calendar window ends before it starts.</source>
        <translation>日历时间范围的结束早于开始。</translation>
    </message>
    <message>
        <source>Line %1 of the calendar file: %2</source>
        <translation>日历文件第 %1 行：%2</translation>
    </message>
    <message>
        <source>The book is already at %1.</source>
        <translation>客户簿已在 %1。</translation>
    </message>
    <message>
        <source>%1 already exists: ClientBook moves a book only into a new file, so nothing is overwritten. Choose another name.</source>
        <translation>%1 已存在：ClientBook 只会把客户簿移入新文件，不会覆盖任何内容。请换一个名称。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address ClientBook can use (%2). Write it like postgresql://user@host/database.</source>
        <translation>%1 不是 ClientBook 可用的 PostgreSQL 地址（%2）。请写成 postgresql://用户@主机/数据库 的形式。</translation>
    </message>
    <message>
        <source>The copy of the book differs from the original in the table %1, so it was not kept. Nothing was changed; try again.</source>
        <translation>客户簿的副本在表 %1 中与原件不一致，因此未保留。未作任何更改；请重试。</translation>
    </message>
    <message>
        <source>The book at %1 is not empty, so nothing was copied there. Move a book only into a new, empty database.</source>
        <translation>%1 处的客户簿不是空的，因此没有复制任何内容。请只把客户簿移入新的空数据库。</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>没有这位员工。</translation>
    </message>
    <message>
        <source>No calendar feed is set up (clientbook feed set URL).</source>
        <translation>尚未设置日历订阅（clientbook feed set URL）。</translation>
    </message>
    <message>
        <source>The feed sent ClientBook to an address that is not https:// (%1); it was not followed.</source>
        <translation>日历订阅把 ClientBook 转到一个不是 https:// 的地址（%1）；没有跟随。</translation>
    </message>
    <message>
        <source>The feed moved to another site (%1); it was not followed. If you trust it, enter its new address in Settings → Calendar feed.</source>
        <translation>日历订阅已迁到另一个网站（%1）；没有跟随。如果您信任它，请在“设置 → 日历订阅”中填写新地址。</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://.</source>
        <translation>日历订阅的地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The feed&apos;s server answered %1 (%2) instead of the calendar.</source>
        <translation>日历订阅的服务器返回了 %1（%2），而不是日历。</translation>
    </message>
    <message>
        <source>The feed did not answer within %1 seconds.</source>
        <translation>日历订阅在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not prove who it is: its certificate is not valid. Nothing was read.</source>
        <translation>日历订阅的网站（%1）无法证明自己的身份：其证书无效。没有读取任何内容。</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not be reached: %2</source>
        <translation>无法连接日历订阅的网站（%1）：%2</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB, more than a booking calendar holds; it was not read.</source>
        <translation>日历订阅超过 %1 MB，远超一个预约日历的大小；没有读取。</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address.</source>
        <translation>请输入日历订阅的地址。</translation>
    </message>
    <message>
        <source>That is not a web address a calendar feed has.</source>
        <translation>这不是日历订阅的网址。</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://. Plain http:// would send its secret token and your clients&apos; names unprotected.</source>
        <translation>日历订阅的地址必须以 https:// 开头。使用 http:// 会让其中的密钥和客户姓名在传输中毫无保护。</translation>
    </message>
    <message>
        <source>The feed is read every 1 to %1 minutes.</source>
        <translation>日历订阅每 1 到 %1 分钟读取一次。</translation>
    </message>
    <message>
        <source>The feed has %1 event(s) ClientBook cannot read (line %2: %3); nothing was changed.</source>
        <translation>日历订阅中有 %1 个 ClientBook 无法读取的事件（第 %2 行：%3）；没有做任何更改。</translation>
    </message>
    <message>
        <source>The designer this feed belongs to is no longer on the staff; choose another in Settings → Calendar feed.</source>
        <translation>此日历订阅所属的设计师已不在员工名单中；请在“设置 → 日历订阅”中另选一位。</translation>
    </message>
    <message>
        <source>The feed could not be kept while importing it: %1</source>
        <translation>导入时无法保存日历订阅：%1</translation>
    </message>
    <message>
        <source>%1 changed this record after you opened it; nothing was saved yet.</source>
        <translation>%1 在您打开此记录后更改了它；尚未保存任何内容。</translation>
    </message>
    <message>
        <source>A desk name is at most %1 characters.</source>
        <translation>工位名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Another desk deleted this record after you opened it; nothing was saved.</source>
        <translation>另一个工位在您打开此记录后删除了它；未保存任何内容。</translation>
    </message>
    <message>
        <source>A branch needs a name of 1 to %1 characters.</source>
        <translation>分店名称须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no branch called %1 (clientbook branches lists them).</source>
        <translation>没有名为 %1 的分店（clientbook branches 可列出所有分店）。</translation>
    </message>
    <message>
        <source>There is already a branch called %1.</source>
        <translation>已有名为 %1 的分店。</translation>
    </message>
    <message>
        <source>The role %1 does not have the desks&apos; table privileges and this user may not give them: ask the administrator to run GRANT clientbook_desk TO %1.</source>
        <translation>角色 %1 没有前台所需的数据表权限，而此用户无权授予：请管理员运行 GRANT clientbook_desk TO %1。</translation>
    </message>
    <message>
        <source>The role %1 is not a member of the branch %2.</source>
        <translation>角色 %1 不属于分店 %2。</translation>
    </message>
    <message>
        <source>There is no role called %1 on the PostgreSQL server. Create it first (CREATE ROLE … LOGIN), then grant it a branch.</source>
        <translation>PostgreSQL 服务器上没有名为 %1 的角色。请先创建它（CREATE ROLE … LOGIN），再为它分配分店。</translation>
    </message>
    <message>
        <source>Only the book&apos;s owner may manage branches: a member of the role clientbook_owner, the database&apos;s owner or a superuser.</source>
        <translation>只有客户簿的所有者才能管理分店：clientbook_owner 角色的成员、数据库所有者或超级用户。</translation>
    </message>
    <message>
        <source>Branches belong to books shared on a PostgreSQL server; this book is a file on one computer, so it has one branch.</source>
        <translation>分店只属于共享在 PostgreSQL 服务器上的客户簿；此客户簿是一台电脑上的文件，因此只有一个分店。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>到店记录</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>&amp;Clients: one row each, preferences in readable columns</source>
        <translation>客户(&amp;C)：每位客户一行，偏好分列显示，便于阅读</translation>
    </message>
    <message>
        <source>&amp;Preferences: one row per preference (to edit and import)</source>
        <translation>偏好(&amp;P)：每条偏好一行（便于编辑后再导入）</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>到店记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>预约(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;romises</source>
        <translation>承诺(&amp;R)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export client</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Everything ClientBook keeps about &lt;b&gt;%1&lt;/b&gt;, for a data-access request: the client with phones and preferences, visits, appointments, promises and the contact log, one CSV file each.</source>
        <translation>ClientBook 中关于 &lt;b&gt;%1&lt;/b&gt; 的全部数据，用于答复个人信息查阅请求：客户资料（含电话和偏好）、到店记录、预约、承诺和联系记录，各导出为一个 CSV 文件。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;UTF-8 with BOM (for Excel)</source>
        <translation>带 BOM 的 &amp;UTF-8（适用于 Excel）</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>Excel needs the byte-order mark to show Greek, Cyrillic, Chinese and accented names; turn it off only for a program that does not expect it.</source>
        <translation>Excel 需要字节顺序标记（BOM）才能正确显示中文、希腊文、西里尔文和带重音符号的姓名；只有对方程序不支持时才需关闭。</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Excel splits columns on a semicolon where numbers are written 3,5 and on a comma elsewhere; the default follows this computer&apos;s language settings.</source>
        <translation>在小数写作 3,5 的地区，Excel 按分号分列，其他地区按逗号分列；默认值跟随本机的语言设置。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Dates are written 2026-11-22 14:30 and amounts 45.50, whatever the language; cells that start with = + - or @ get a &apos; in front so no spreadsheet runs them as formulas.</source>
        <translation>无论界面语言如何，日期一律写作 2026-11-22 14:30，金额写作 45.50；以 = + - 或 @ 开头的单元格前面会加一个 &apos;，以免被电子表格当作公式执行。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>请选择保存位置。</translation>
    </message>
    <message>
        <source>That is a folder; add a file name, e.g. %1.</source>
        <translation>这是一个文件夹，请加上文件名，例如 %1。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>This client&apos;s files are already in %1. Replace them?</source>
        <translation>%1 中已有这位客户的文件。要替换吗？</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files about the client to %1.</source>
        <translation>
            <numerusform>已将这位客户的 %n 个文件导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message numerus="yes">
        <source>Exporting %1: %2 of %Ln rows</source>
        <translation>
            <numerusform>正在导出%1：%2 / %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>No calendar feed: ClientBook makes no network connection</source>
        <translation>没有日历订阅：ClientBook 不进行任何网络连接</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>日历订阅</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved address</source>
        <translation>留空则保留已保存的地址</translation>
    </message>
    <message>
        <source>As each event says</source>
        <translation>按每个事件所写</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read this feed</source>
        <translation>读取此日历(&amp;R)</translation>
    </message>
    <message>
        <source>Bookings from an online booking system or a shared calendar, imported like a calendar file. This is the only connection ClientBook makes to the internet, and only while a feed is set up. The address often holds a secret key: it is kept in a private file on this computer, never in backups, exports or the log.</source>
        <translation>来自在线预订系统或共享日历的预约，像日历文件一样导入。这是 ClientBook 唯一的互联网连接，且仅在设置了日历订阅时才会连接。地址中通常含有密钥：它保存在本机的私密文件中，绝不会写入备份、导出文件或日志。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>订阅地址</translation>
    </message>
    <message>
        <source>Bookings &amp;with:</source>
        <translation>预约对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Bookings with</source>
        <translation>预约对象</translation>
    </message>
    <message>
        <source>Read e&amp;very:</source>
        <translation>读取间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>Read every, in minutes</source>
        <translation>读取间隔（分钟）</translation>
    </message>
    <message>
        <source>Re&amp;move feed</source>
        <translation>移除订阅(&amp;M)</translation>
    </message>
    <message>
        <source>Saved address: %1</source>
        <translation>已保存的地址：%1</translation>
    </message>
    <message>
        <source>Remove the calendar feed</source>
        <translation>移除日历订阅</translation>
    </message>
    <message>
        <source>Stop reading the feed and forget its address? The bookings it brought stay in the book.</source>
        <translation>停止读取此日历并忘记其地址？它带来的预约会保留在客户簿中。</translation>
    </message>
</context>
<context>
    <name>FeedSettingsRow</name>
    <message>
        <source>Set &amp;up…</source>
        <translation>设置(&amp;U)…</translation>
    </message>
    <message>
        <source>Read bookings from an online booking system or a shared calendar (https://)</source>
        <translation>从在线预订系统或共享日历读取预约（https://）</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Calendar feed off</source>
        <translation>日历订阅已关闭</translation>
    </message>
    <message>
        <source>Calendar feed: not read yet</source>
        <translation>日历订阅：尚未读取</translation>
    </message>
    <message>
        <source>Feed refreshed at %1: %2 new, %3 moved, %4 cancelled</source>
        <translation>日历订阅已于 %1 更新：新增 %2，移动 %3，取消 %4</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1</source>
        <translation>%1 无法连接日历订阅</translation>
    </message>
    <message>
        <source>Feed could not be used at %1</source>
        <translation>%1 无法使用日历订阅</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1 — using the bookings from %2</source>
        <translation>%1 无法连接日历订阅 — 正在使用 %2 的预约</translation>
    </message>
    <message>
        <source>Feed could not be used at %1 — using the bookings from %2</source>
        <translation>%1 无法使用日历订阅 — 正在使用 %2 的预约</translation>
    </message>
</context>
<context>
    <name>FiguresColumn</name>
    <message>
        <source>Loyal clients and repeat business</source>
        <translation>忠实客户与回头生意</translation>
    </message>
    <message>
        <source>Latest period: %1</source>
        <translation>最近时段：%1</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Nobody to tell right now.</source>
        <translation>目前没有需要告知的客户。</translation>
    </message>
    <message>
        <source>Clients to tell about their reward</source>
        <translation>需告知奖励的客户</translation>
    </message>
    <message>
        <source>Co&amp;ntact…</source>
        <translation>联系(&amp;N)…</translation>
    </message>
    <message>
        <source>Call, text or e-mail the selected client</source>
        <translation>给所选客户打电话、发短信或邮件</translation>
    </message>
    <message>
        <source>Messa&amp;ge…</source>
        <translation>发消息(&amp;B)…</translation>
    </message>
    <message>
        <source>Tell the selected client about their reward</source>
        <translation>告知所选客户其奖励</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>显示所选客户的卡片（Enter）</translation>
    </message>
    <message>
        <source>Set a loyalty &amp;rule…</source>
        <translation>设置回馈规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Everyone has been seen within the period.</source>
        <translation>所有客户在此期限内都来过。</translation>
    </message>
    <message>
        <source>Clients not seen for years</source>
        <translation>多年未到店的客户</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>归档(&amp;I)</translation>
    </message>
    <message>
        <source>Hide the selected client from lists and reminders; their history is kept</source>
        <translation>在列表和提醒中隐藏所选客户；其历史记录会保留</translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data; anonymous visit figures stay</source>
        <translation>抹除所选客户的个人信息；匿名的到店统计会保留</translation>
    </message>
    <message>
        <source>Open Settings to flag clients not seen for some years</source>
        <translation>打开设置，标记多年未到店的客户</translation>
    </message>
    <message>
        <source>Promises &amp;kept on time</source>
        <translation>按时兑现的承诺(&amp;K)</translation>
    </message>
    <message>
        <source>A promise counts in the month it fell due; kept = done by its due time and not moved after it was late; cancelled promises don&apos;t count.</source>
        <translation>承诺计入其到期的月份；“按时兑现”指在到期前完成，且逾期后没有改期；已取消的承诺不计入。</translation>
    </message>
    <message>
        <source>Promises kept on time, by month</source>
        <translation>按月统计的按时兑现承诺</translation>
    </message>
    <message>
        <source>Promises kept on time, by staff member</source>
        <translation>按员工统计的按时兑现承诺</translation>
    </message>
    <message>
        <source>Re&amp;wards to tell</source>
        <translation>待告知的奖励(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>打开卡片(&amp;O)</translation>
    </message>
    <message>
        <source>For&amp;get…</source>
        <translation>抹除(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose a &amp;period…</source>
        <translation>选择期限(&amp;P)…</translation>
    </message>
    <message>
        <source>Sa&amp;me designer</source>
        <translation>同一设计师(&amp;M)</translation>
    </message>
    <message>
        <source>Of the visits by clients currently assigned to a designer, the share that designer did (current assignment, not who it was at the time; archived clients left out).</source>
        <translation>在已指定设计师的客户的到店中，由该设计师服务的比例（按当前的指定，而非到店当时的指定；不含已归档客户）。</translation>
    </message>
    <message>
        <source>No client with an assigned designer has a visit yet.</source>
        <translation>已指定设计师的客户还没有到店记录。</translation>
    </message>
    <message>
        <source>Clients seen by their own designer</source>
        <translation>由指定设计师服务的客户</translation>
    </message>
    <message>
        <source>Loyalty rewards are off, so there is nobody to tell. To reward regular clients, choose a rule in Settings (Loyalty).</source>
        <translation>老客回馈已关闭，因此没有需要告知的客户。如需奖励常客，请在设置（老客回馈）中选择规则。</translation>
    </message>
    <message numerus="yes">
        <source>A reward every %n visits.</source>
        <translation>
            <numerusform>每到店 %n 次奖励一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward for every %1 spent.</source>
        <translation>每消费 %1 奖励一次。</translation>
    </message>
    <message>
        <source>Their next visit earns: %1.</source>
        <translation>下次到店可获得：%1。</translation>
    </message>
    <message>
        <source>Their next visit earns a reward.</source>
        <translation>下次到店即可获得奖励。</translation>
    </message>
    <message>
        <source>They have nothing booked yet — tell them; it is a good reason to come back.</source>
        <translation>客户还没有预约——告诉他们吧，这是请他们再来的好理由。</translation>
    </message>
    <message>
        <source>Off — set a period in Settings (Privacy) to list clients not seen for years.</source>
        <translation>已关闭——在设置（隐私）中设定期限，即可列出多年未到店的客户。</translation>
    </message>
    <message>
        <source>No visit or appointment since %1 (one booked ahead counts). Nothing is deleted automatically.</source>
        <translation>自 %1 以来没有到店或预约（已约好的未来预约也算）。不会自动删除任何数据。</translation>
    </message>
    <message>
        <source>Not seen for &amp;years</source>
        <translation>多年未到店(&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n &amp;years</source>
        <translation>
            <numerusform>%n 年未到店(&amp;Y)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 of %2 kept on time (%3).</source>
        <translation>总计：%2 个承诺中有 %1 个按时兑现（%3）。</translation>
    </message>
    <message>
        <source>No promise has fallen due yet.</source>
        <translation>还没有到期的承诺。</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept. To bring them back, tick Include archived on the Clients page and edit them.</source>
        <translation>要归档%1吗？归档后不会出现在列表和提醒中，但历史记录会保留。如需恢复，请在“客户”页勾选“包括已归档”，然后编辑该客户。</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>归档失败</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget client</source>
        <translation>抹除客户</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>要抹除%1吗？</translation>
    </message>
    <message>
        <source>For a request to erase their data. Their visits stay in the reports, without their name.</source>
        <translation>用于处理客户删除个人信息的请求。其到店记录仍保留在报表中，但不再带有姓名。</translation>
    </message>
    <message>
        <source>This cannot be undone. Automatic backups made before now still hold this client until they age out of rotation: up to a year. Files you exported or backed up yourself are not changed.</source>
        <translation>此操作无法撤销。此前的自动备份仍包含这位客户，直到按轮换规则过期为止，最长一年。你自己导出或备份的文件不受影响。</translation>
    </message>
    <message>
        <source>&amp;I understand: forget this client for good</source>
        <translation>我已了解：永久抹除这位客户(&amp;I)</translation>
    </message>
    <message>
        <source>Confirm forgetting this client</source>
        <translation>确认抹除这位客户</translation>
    </message>
    <message>
        <source>&amp;Forget client</source>
        <translation>抹除客户(&amp;F)</translation>
    </message>
    <message>
        <source>Erased now, for good</source>
        <translation>立即永久抹除</translation>
    </message>
    <message>
        <source>Kept, without their name</source>
        <translation>保留，但不含姓名</translation>
    </message>
    <message>
        <source>Name, phone numbers, e-mail, birthday and notes</source>
        <translation>姓名、电话号码、邮箱、生日和备注</translation>
    </message>
    <message numerus="yes">
        <source>%n preferences (health notes included)</source>
        <translation>
            <numerusform>%n 条偏好（包括健康备注）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact wishes and %n contact-log entries</source>
        <translation>
            <numerusform>联系意愿和 %n 条联系记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact wishes</source>
        <translation>联系意愿</translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n 个未完成的承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n kept or cancelled promises</source>
        <translation>
            <numerusform>%n 个已兑现或已取消承诺的内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments from today on</source>
        <translation>
            <numerusform>今天起的 %n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes written on their visits and appointments</source>
        <translation>到店记录和预约中的备注</translation>
    </message>
    <message>
        <source>Their entries in the search index and the import log</source>
        <translation>搜索索引和导入日志中的相关条目</translation>
    </message>
    <message numerus="yes">
        <source>%n visits: date, service, staff and spend</source>
        <translation>
            <numerusform>%n 次到店：日期、服务项目、员工和消费</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits to keep</source>
        <translation>没有需要保留的到店记录</translation>
    </message>
    <message numerus="yes">
        <source>%n past appointments</source>
        <translation>
            <numerusform>%n 个过去的预约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewards handed over</source>
        <translation>
            <numerusform>已发放的 %n 次奖励</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether their promises were kept on time</source>
        <translation>承诺是否按时兑现</translation>
    </message>
    <message>
        <source>This client was already forgotten on %1; nothing that identifies them is left.</source>
        <translation>这位客户已于 %1 被抹除，不再保留任何可识别其身份的信息。</translation>
    </message>
    <message>
        <source>The client is forgotten. The data file still holds an old copy (%1); it goes when every program using the book has closed it.</source>
        <translation>客户已抹除。数据文件中仍有一份旧副本（%1），待所有使用这份数据的程序都关闭它后即会清除。</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation>查找空闲时段</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1（%2 分钟）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>空闲时段</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务项目(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>设计师(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation>预约此时段(&amp;B)</translation>
    </message>
    <message>
        <source>%1  %2–%3  %4</source>
        <translation>%1  %2–%3  %4</translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation>未来 30 天内没有空闲时段。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show in the history</source>
        <translation>在历史中显示</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The client&apos;s history</source>
        <translation>客户的历史</translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation>更正到访…</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>删除到访…</translation>
    </message>
    <message>
        <source>Correct promise…</source>
        <translation>更正承诺…</translation>
    </message>
    <message>
        <source>Correct what was promised, or who promised it (Enter)</source>
        <translation>更正承诺内容或承诺人（Enter）</translation>
    </message>
    <message>
        <source>Correct the selected visit (Enter)</source>
        <translation>更正所选到访（Enter）</translation>
    </message>
    <message>
        <source>Delete the selected visit (Delete); Ctrl+Z brings it back</source>
        <translation>删除所选到访（Delete）；按 Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <source>Choose a client to see their history.</source>
        <translation>选择一位客户以查看其历史。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>client name: entries count</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the visit</source>
        <translation>无法打开该到访</translation>
    </message>
    <message>
        <source>Could not open the promise</source>
        <translation>无法打开该承诺</translation>
    </message>
    <message>
        <source>Could not delete the visit</source>
        <translation>无法删除该到访</translation>
    </message>
    <message>
        <source>Delete the visit of %1 (%2)? It leaves their visit count, rewards and reports; Ctrl+Z brings it back.</source>
        <translation>删除 %1 的到访（%2）？它将不再计入到访次数、奖励和报表；按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>删除到访</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>按时兑现</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>延迟兑现</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>address as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>health consent</source>
        <translation>健康信息同意</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>visit time</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>visit staff</source>
        <translation>到访员工</translation>
    </message>
    <message>
        <source>visit service</source>
        <translation>到访服务</translation>
    </message>
    <message>
        <source>visit spend</source>
        <translation>到访消费</translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation>到访备注</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>promise staff</source>
        <translation>承诺负责人</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>booking time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>booking status</source>
        <translation>预约状态</translation>
    </message>
    <message>
        <source>promise due</source>
        <translation>承诺到期时间</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>承诺已取消</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1, undoing the import of %2</source>
        <translation>%1，撤销 %2 的导入</translation>
    </message>
    <message>
        <source>%1, by the import of %2</source>
        <translation>%1，通过导入 %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Title (Mr, Dr…)</source>
        <translation>称谓（先生、博士…）</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>姓名后缀</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>ClientBook id</source>
        <translation>ClientBook ID</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Consent to health notes</source>
        <translation>同意记录健康备注</translation>
    </message>
    <message>
        <source>Google Contacts (older export)</source>
        <translation>Google Contacts（旧版导出）</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>vCard (phone contacts)</source>
        <translation>vCard（手机通讯录）</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>ClientBook clients</source>
        <translation>ClientBook 客户</translation>
    </message>
    <message>
        <source>ClientBook visits</source>
        <translation>ClientBook 到店记录</translation>
    </message>
    <message>
        <source>ClientBook appointments</source>
        <translation>ClientBook 预约</translation>
    </message>
    <message>
        <source>ClientBook preferences</source>
        <translation>ClientBook 偏好</translation>
    </message>
    <message>
        <source>ClientBook promises</source>
        <translation>ClientBook 承诺</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>检查各列</translation>
    </message>
    <message>
        <source>Each column of the file feeds one field. Change any guess that is wrong; the preview on the right follows.</source>
        <translation>文件的每一列对应一个字段。如有猜错的，请修改；右侧预览会随之更新。</translation>
    </message>
    <message>
        <source>Dates are day/month/year</source>
        <translation>日期格式为 日/月/年</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Birthday / problem</source>
        <translation>生日 / 问题</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> （自动识别）</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>识别为%1。</translation>
    </message>
    <message>
        <source>Imports as, for column %1</source>
        <translation>“%1”列的导入字段</translation>
    </message>
    <message>
        <source>A ClientBook file: its columns are fixed. Check that the rows read right.</source>
        <translation>这是 ClientBook 文件，各列是固定的。请检查各行是否读取正确。</translation>
    </message>
    <message>
        <source>Dates like %1 are read as %2. If they mean %3, switch “Dates are day/month/year”.</source>
        <translation>类似 %1 的日期将读作 %2。如果实际是 %3，请切换“日期为 日/月/年”。</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>What is wrong or similar</source>
        <translation>问题或相似项</translation>
    </message>
    <message>
        <source>Merge into the existing client (fill in only what is missing)</source>
        <translation>合并到已有客户（只补充缺少的信息）</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rows for someone already in the book or earlier in the file:</source>
        <translation>与已有客户或文件中前面的行重复的行：</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>在电子表格中改好文件后，重新读取</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1：%2，%3，%4。</translation>
    </message>
    <message>
        <source>Fix the file, then press Check again.</source>
        <translation>请修改文件，然后点击“重新检查”。</translation>
    </message>
    <message>
        <source>Press Import to add them.</source>
        <translation>点击“导入”即可添加。</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
    <message>
        <source>Same person as line %1 (%2)</source>
        <translation>与第 %1 行是同一人（%2）</translation>
    </message>
    <message>
        <source>Looks like %1 (%2)</source>
        <translation>疑似%1（%2）</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>From Google Contacts, Outlook, a phone (vCard .vcf), a spreadsheet saved as CSV, or a ClientBook export.</source>
        <translation>可从 Google Contacts、Outlook、手机（vCard .vcf）、另存为 CSV 的电子表格或 ClientBook 导出的文件导入。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Nothing is saved until the last step, and an import can be undone with File → Undo last import.</source>
        <translation>在最后一步之前不会保存任何内容；导入后也可以通过“文件 → 撤销上次导入”撤销。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>%1 added, %2 merged into existing clients.</source>
        <translation>新增 %1 位，合并到已有客户 %2 位。</translation>
    </message>
    <message>
        <source>%1 updated by their ClientBook id.</source>
        <translation>按 ClientBook ID 更新了 %1 位。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Left out: %1, %2.</source>
        <translation>未导入：%1，%2。</translation>
    </message>
    <message>
        <source>New staff: %1.</source>
        <translation>新员工：%1。</translation>
    </message>
    <message>
        <source>Changed your mind? File → Undo last import removes it.</source>
        <translation>改主意了？使用“文件 → 撤销上次导入”即可撤销。</translation>
    </message>
    <message>
        <source>Cannot read the file that way</source>
        <translation>无法按此方式读取文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>无法检查文件</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged.</source>
        <translation>已导入：新增 %1 位，合并 %2 位。</translation>
    </message>
    <message>
        <source>%1 stays: added by the import, but seen, contacted or edited since.</source>
        <translation>%1 将保留：由该次导入添加，但之后有到访、联系或修改。</translation>
    </message>
    <message>
        <source>%1 keeps a field changed since the import (%2).</source>
        <translation>%1 保留导入后被修改的字段（%2）。</translation>
    </message>
    <message>
        <source>The bookings the import moved or cancelled go back as they were.</source>
        <translation>导入时移动或取消的预约恢复原样。</translation>
    </message>
    <message>
        <source>%1&apos;s booking stays as it is now: changed again since the import.</source>
        <translation>%1 的预约保持现状：导入之后又被改过。</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? It removes the %3 records it added and puts the %4 merged clients back as they were, except what was changed since. A backup is taken first.</source>
        <translation>撤销 %1（%2）的导入？将删除它添加的 %3 条记录，并把 %4 位合并的客户恢复原样（之后修改过的内容除外）。撤销前会先备份。</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
</context>
<context>
    <name>LoyaltyGroup</name>
    <message>
        <source>Loyalty</source>
        <translation>老客回馈</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every N visits</source>
        <translation>每到店 N 次</translation>
    </message>
    <message>
        <source>By spend</source>
        <translation>按消费金额</translation>
    </message>
    <message numerus="yes">
        <source> visits</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 次到店</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit that earns the reward, e.g. every 10th</source>
        <translation>每到店几次获得一次奖励，例如每 10 次</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>例如：500</translation>
    </message>
    <message>
        <source>A reward each time a client has spent this much</source>
        <translation>客户每消费满这个金额就奖励一次</translation>
    </message>
    <message>
        <source>e.g. free Earl Grey and dessert</source>
        <translation>例如：免费伯爵茶和甜点</translation>
    </message>
    <message>
        <source>Shown on the briefing card when a reward is due</source>
        <translation>可领奖励时显示在简报卡片上</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Loyalty rule</source>
        <translation>回馈规则</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>每(&amp;V)：</translation>
    </message>
    <message>
        <source>Visits per reward</source>
        <translation>每次奖励所需到店次数</translation>
    </message>
    <message>
        <source>Spen&amp;d per reward:</source>
        <translation>每次奖励所需消费(&amp;D)：</translation>
    </message>
    <message>
        <source>Spend per reward</source>
        <translation>每次奖励所需消费</translation>
    </message>
    <message>
        <source>Re&amp;ward:</source>
        <translation>奖励(&amp;W)：</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Spend per reward in %1</source>
        <translation>每次奖励所需消费（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>客户(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>预约(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>ClientBook</source>
        <translation>ClientBook</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>跟进(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <source>Connect to a s&amp;hared book…</source>
        <translation>连接共享客户簿(&amp;H)…</translation>
    </message>
    <message>
        <source>Open a book kept on a PostgreSQL server, shared by several desks</source>
        <translation>打开保存在 PostgreSQL 服务器上、由多台前台共用的客户簿</translation>
    </message>
    <message>
        <source>Clients in the book: %1</source>
        <translation>客户总数：%1</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>ClientBook — shared book %1</source>
        <translation>ClientBook — 共享客户簿 %1</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>日历(&amp;J)</translation>
    </message>
    <message>
        <source>Damaged data: may be incomplete, nothing is saved</source>
        <translation>数据已损坏：内容可能不完整，不会保存任何更改</translation>
    </message>
    <message>
        <source>Damaged data: what you see may be incomplete, and no change is saved until a backup is restored (File → Restore from backup…) or the file is repaired.</source>
        <translation>数据已损坏：您看到的内容可能不完整；在恢复备份（文件 → 从备份恢复…）或修复文件之前，任何更改都不会保存。</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>打印卡片(&amp;P)…</translation>
    </message>
    <message>
        <source>Save card as P&amp;DF…</source>
        <translation>将卡片另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation>归档客户(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;ontact client…</source>
        <translation>联系客户(&amp;O)…</translation>
    </message>
    <message>
        <source>See their contact wishes and log a call, text or e-mail</source>
        <translation>查看客户的联系意愿，并记录电话、短信或邮件</translation>
    </message>
    <message>
        <source>&amp;Forget client…</source>
        <translation>抹除客户(&amp;F)…</translation>
    </message>
    <message>
        <source>Erase this client&apos;s personal data (a request to be forgotten); anonymous visit figures stay</source>
        <translation>抹除这位客户的个人信息（应其删除请求）；匿名的到店统计会保留</translation>
    </message>
    <message>
        <source>Reward &amp;handed over</source>
        <translation>奖励已发放(&amp;H)</translation>
    </message>
    <message>
        <source>Record that the client received the reward due today</source>
        <translation>记录客户已领取今天应得的奖励</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Client &amp;history</source>
        <translation>客户历史(&amp;H)</translation>
    </message>
    <message>
        <source>Every visit, appointment, promise, contact, reward and change; correct a visit</source>
        <translation>每次到访、预约、承诺、联系、奖励和更改；可更正到访</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>新建预约(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Log visit…</source>
        <translation>记录到店(&amp;L)…</translation>
    </message>
    <message>
        <source>Add &amp;promise…</source>
        <translation>添加承诺(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>标记已到店(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>标记爽约(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <source>Undo last i&amp;mport…</source>
        <translation>撤销上次导入(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export clients, visits… to CSV</source>
        <translation>将客户、到店记录等导出为 CSV</translation>
    </message>
    <message>
        <source>E&amp;xport client…</source>
        <translation>导出客户(&amp;X)…</translation>
    </message>
    <message>
        <source>Export everything about this client to CSV files</source>
        <translation>将这位客户的全部数据导出为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Message client…</source>
        <translation>给客户发消息(&amp;M)…</translation>
    </message>
    <message>
        <source>Write to the client in their language: a reminder, birthday wishes, a reward, a follow-up</source>
        <translation>用客户的语言给其写消息：预约提醒、生日祝福、奖励通知、跟进</translation>
    </message>
    <message>
        <source>&amp;Tomorrow&apos;s reminders…</source>
        <translation>明日提醒(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>导入日历(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>导出日历(&amp;X)…</translation>
    </message>
    <message>
        <source>Remove the sample &amp;data…</source>
        <translation>删除示例数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Empty a book that holds only the sample clients</source>
        <translation>清空只包含示例客户的客户簿</translation>
    </message>
    <message>
        <source>&amp;About ClientBook</source>
        <translation>关于 ClientBook(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy all of ClientBook&apos;s data to a folder you choose</source>
        <translation>将 ClientBook 的全部数据复制到你选择的文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept and you can undo this.</source>
        <translation>要归档%1吗？归档后不会出现在列表和提醒中；历史记录会保留，也可以撤销。</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>归档失败</translation>
    </message>
    <message>
        <source>%1 archived. Undo with Ctrl+Z.</source>
        <translation>已归档%1。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
    <message>
        <source>Could not record the reward</source>
        <translation>无法记录奖励</translation>
    </message>
    <message>
        <source>Reward for %1 recorded. Undo with Ctrl+Z.</source>
        <translation>已记录%1的奖励。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>MessageWiring</name>
    <message>
        <source>&amp;Message…</source>
        <translation>发消息(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>Appointment reminder</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>Reward waiting</source>
        <translation>待领奖励</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>我们想念您</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>承诺跟进</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>1985-03-15, --03-15 (no year), 19850315, 1985/03/15, 3/15/1985 or 3/15/85 (month first), 15.03.1985 (day first)</source>
        <translation>1985-03-15、--03-15（无年份）、19850315、1985/03/15、3/15/1985 或 3/15/85（月在前）、15.03.1985（日在前）</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>the prefix</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>the middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>the suffix</source>
        <translation>姓名后缀</translation>
    </message>
    <message>
        <source>the nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>the “greet as” name</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>the birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>the designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>the ClientBook id</source>
        <translation>ClientBook ID</translation>
    </message>
    <message>
        <source>the archived flag</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>the date added</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>the date last changed</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>the date of consent to health notes</source>
        <translation>同意记录健康备注</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode（UTF-16）</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西欧语言（Windows-1252）</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (Windows-1251)</source>
        <translation>西里尔文 / 乌克兰语（Windows-1251）</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (KOI8-U)</source>
        <translation>西里尔文 / 乌克兰语（KOI8-U）</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>希腊语（Windows-1253）</translation>
    </message>
    <message>
        <source>Greek (ISO 8859-7)</source>
        <translation>希腊语（ISO 8859-7）</translation>
    </message>
    <message>
        <source>Chinese Simplified (GB18030, covers GBK and GB2312)</source>
        <translation>简体中文（GB18030，兼容 GBK 和 GB2312）</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-1)</source>
        <translation>西欧语言（ISO 8859-1）</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share (%2). SQLite data can be damaged there if the connection drops or two computers write at once: keep the data on this computer&apos;s own disk, and put backups on the share instead.</source>
        <translation>数据文件夹 %1 位于网络共享位置（%2）。如果网络连接中断，或两台电脑同时写入，SQLite 数据可能会损坏：请把数据放在本机自己的磁盘上，备份则可以放在网络共享中。</translation>
    </message>
    <message>
        <source>a network path</source>
        <translation>网络路径</translation>
    </message>
    <message>
        <source>network drive %1</source>
        <translation>网络驱动器 %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>来自 %2 的 %1</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>客户没有电话号码。</translation>
    </message>
    <message>
        <source>%1 has no country code and the firm&apos;s phone region is not set: set it in Settings or write the number with + and the country code.</source>
        <translation>%1 没有国家代码，且未设置公司的电话地区：请在设置中设置，或用 + 和国家代码写出号码。</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in region %2.</source>
        <translation>%1 不是地区 %2 的有效电话号码。</translation>
    </message>
    <message>
        <source>%1 is not a valid international phone number.</source>
        <translation>%1 不是有效的国际电话号码。</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>The client asked not to be contacted.</source>
        <translation>客户要求不要联系。</translation>
    </message>
    <message>
        <source>The client was already contacted today.</source>
        <translation>今天已经联系过该客户。</translation>
    </message>
    <message>
        <source>Inside the quiet period: at most one contact every %1 days, and the last was on %2.</source>
        <translation>仍在免打扰期内：每 %1 天最多联系一次，上次联系在 %2。</translation>
    </message>
    <message>
        <source>The client prefers another channel: %1.</source>
        <translation>客户更喜欢其他渠道：%1。</translation>
    </message>
    <message>
        <source>The client has no e-mail address.</source>
        <translation>客户没有电子邮件地址。</translation>
    </message>
    <message>
        <source>%1 has %2 %3</source>
        <translation>%1 已有 %2 %3</translation>
    </message>
    <message>
        <source>%1 is already booked %2 with %3</source>
        <translation>%1 已在 %2 预约了 %3</translation>
    </message>
    <message>
        <source>%1 is off on %2</source>
        <translation>%1 在 %2 休假</translation>
    </message>
    <message>
        <source>%1 does not work on %2</source>
        <translation>%1 在 %2 不上班</translation>
    </message>
    <message>
        <source>%1 works %2 on %3</source>
        <translation>%1 在 %3 的工作时间为 %2</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 已经过去</translation>
    </message>
    <message>
        <source>%1 is not the client&apos;s usual designer</source>
        <translation>%1 不是该客户的常用设计师</translation>
    </message>
</context>
<context>
    <name>NoShowModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>临时取消</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>NoShowSection</name>
    <message>
        <source>No-shows and late cancellat&amp;ions</source>
        <translation>爽约与临时取消(&amp;G)</translation>
    </message>
    <message>
        <source>No-shows and late cancellations, by month</source>
        <translation>按月统计的爽约与临时取消</translation>
    </message>
    <message>
        <source>Rate = no-shows ÷ bookings due that month. Bookings cancelled by the firm or in good time don&apos;t count; late cancellations do, and are shown beside.</source>
        <translation>比例 = 爽约 ÷ 当月应到预约。由本店取消或客户提前取消的预约不计入；临时取消计入，并单独列出。</translation>
    </message>
    <message>
        <source>Last 12 months: no-shows %1 of %2 due (%3); late cancellations %4.</source>
        <translation>最近 12 个月：应到 %2 个预约中爽约 %1 个（%3）；临时取消 %4 个。</translation>
    </message>
    <message>
        <source>No booking has fallen due in the last 12 months.</source>
        <translation>最近 12 个月内没有到期的预约。</translation>
    </message>
</context>
<context>
    <name>OpeningHoursGroup</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>e.g. mon-fri 09:00-18:00; sat 10:00-14:00</source>
        <translation>例如 mon-fri 09:00-18:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Days not named are closed; separate the parts with a semicolon</source>
        <translation>未列出的日子为休息日；各部分用分号隔开（星期用英文缩写：mon、tue、wed、thu、fri、sat、sun）</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>营业时间(&amp;O)：</translation>
    </message>
    <message>
        <source>The calendar&apos;s day shows these hours, and designers with no hours of their own work them. Leave empty to follow the designers&apos; hours.</source>
        <translation>日历的日视图按此时间显示，没有自己工作时间的设计师按此时间工作。留空则按各设计师自己的时间。</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>期初活跃客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>First visit spend</source>
        <translation>首次消费</translation>
    </message>
    <message>
        <source>New returned ≤ 90 days</source>
        <translation>新客 90 天内回头</translation>
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
        <source>From repeat clients</source>
        <translation>来自回头客</translation>
    </message>
</context>
<context>
    <name>PreferenceCategory</name>
    <message>
        <source>Drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <source>Food/snack</source>
        <translation>食物/点心</translation>
    </message>
    <message>
        <source>Room/ambience</source>
        <translation>环境/氛围</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Allergy/health</source>
        <translation>过敏/健康</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PreferencesEditor</name>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>&amp;Add preference</source>
        <translation>添加偏好(&amp;A)</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>添加偏好</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove selected preferences</source>
        <translation>删除所选偏好</translation>
    </message>
    <message>
        <source>Remove the selected preferences (Del)</source>
        <translation>删除所选偏好（Del）</translation>
    </message>
</context>
<context>
    <name>PreferencesModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>避免</translation>
    </message>
    <message>
        <source>Tick for things to avoid: no upselling, no small talk, no perfume.</source>
        <translation>勾选表示需要避免的事，例如：不推销、不闲聊、不用香水。</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Pr&amp;eferences (how they like things, and what not to do):</source>
        <translation>偏好（喜欢什么，以及要避免什么）(&amp;E)：</translation>
    </message>
    <message>
        <source>Consent to keep health notes</source>
        <translation>同意保存健康备注</translation>
    </message>
    <message>
        <source>Allergies and health conditions (the Allergy/health preferences) are sensitive personal data: keep them only with the client&apos;s consent. Tick when they agree; the date is recorded.</source>
        <translation>过敏和健康状况（“过敏/健康”类偏好）属于敏感个人信息，须经客户同意才能保存。客户同意后请勾选，系统会记录日期。</translation>
    </message>
    <message>
        <source>⚠ This client has health notes but no consent is recorded. Ask them, then tick the box. The notes are saved and shown on the card either way.</source>
        <translation>⚠ 这位客户有健康备注，但尚未记录其同意。请先询问客户，再勾选此项。无论是否勾选，备注都会保存并显示在卡片上。</translation>
    </message>
    <message>
        <source>Consent to &amp;keep health notes (allergies, conditions)</source>
        <translation>同意保存健康备注（过敏、健康状况）(&amp;K)</translation>
    </message>
    <message>
        <source>{consent} — recorded on {date}</source>
        <translation>{consent}——记录于 {date}</translation>
    </message>
</context>
<context>
    <name>PrivacyGroup</name>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Clients with no visit or appointment for this many years are listed for you to review; 0 = off</source>
        <translation>超过这么多年没有到店或预约的客户会列出来供你查看；0 = 关闭</translation>
    </message>
    <message>
        <source>Never deletes anything; they are listed under Follow-ups.</source>
        <translation>不会删除任何数据，只会在“跟进”页中列出。</translation>
    </message>
    <message>
        <source>&amp;Flag clients not seen for:</source>
        <translation>标记多久未到店的客户(&amp;F)：</translation>
    </message>
    <message>
        <source>Flag clients not seen for, in years</source>
        <translation>标记多久未到店的客户（年）</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseActions</name>
    <message>
        <source>Could not mark the promise as done</source>
        <translation>无法将承诺标记为完成</translation>
    </message>
    <message>
        <source>Could not reschedule the promise</source>
        <translation>无法给承诺改期</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled, or no longer exists.</source>
        <translation>这个承诺已完成、已取消或已不存在。</translation>
    </message>
    <message>
        <source>Cancel this promise? It will no longer be shown as due.</source>
        <translation>要取消这个承诺吗？取消后不会再显示为待办。</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>取消承诺</translation>
    </message>
    <message>
        <source>Could not cancel the promise</source>
        <translation>无法取消承诺</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>1 小时后(&amp;H)</translation>
    </message>
    <message>
        <source>Due one hour from now</source>
        <translation>从现在起 1 小时后到期</translation>
    </message>
    <message>
        <source>&amp;End of day 17:00</source>
        <translation>今天下班前 17:00(&amp;E)</translation>
    </message>
    <message>
        <source>Due today at 17:00</source>
        <translation>今天 17:00 到期</translation>
    </message>
    <message>
        <source>T&amp;omorrow 10:00</source>
        <translation>明天 10:00(&amp;O)</translation>
    </message>
    <message>
        <source>Due tomorrow at 10:00</source>
        <translation>明天 10:00 到期</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>周五(&amp;F)</translation>
    </message>
    <message>
        <source>Due the coming Friday at 17:00</source>
        <translation>即将到来的周五 17:00 到期</translation>
    </message>
    <message>
        <source>Promise to {name}</source>
        <translation>对{name}的承诺</translation>
    </message>
    <message>
        <source>e.g. Call back about the colour shade</source>
        <translation>例如：回电告知染发色号</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>承诺内容(&amp;W)：</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>到期时间(&amp;U)：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>员工(&amp;T)：</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Missed call: call back within %n min</source>
        <translation>
            <numerusform>未接来电：%n 分钟内回电(&amp;M)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed call: call back within %n minutes</source>
        <translation>
            <numerusform>未接来电：%n 分钟内回电</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back (missed call)</source>
        <translation>回电（未接来电）</translation>
    </message>
</context>
<context>
    <name>PromiseEditDialog</name>
    <message>
        <source>Promise — {name}</source>
        <translation>承诺 — {name}</translation>
    </message>
    <message>
        <source>Correcting a promise already written down.</source>
        <translation>正在更正已记下的承诺。</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>承诺(&amp;P)：</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>承诺人(&amp;B)：</translation>
    </message>
    <message>
        <source>Who promised it</source>
        <translation>承诺人</translation>
    </message>
</context>
<context>
    <name>PromiseMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期数</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>按时兑现</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>兑现率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>PromiseStaffModel</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期数</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>兑现率</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>员工 #%1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>承诺(&amp;P)</translation>
    </message>
    <message>
        <source>No promises due today.</source>
        <translation>今天没有到期的承诺。</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>完成(&amp;O)</translation>
    </message>
    <message>
        <source>Mark the selected promise as kept (Alt+O)</source>
        <translation>将所选承诺标记为已兑现（Alt+O）</translation>
    </message>
    <message>
        <source>Promise done</source>
        <translation>承诺已完成</translation>
    </message>
    <message>
        <source>Cancel pro&amp;mise</source>
        <translation>取消承诺(&amp;M)</translation>
    </message>
    <message>
        <source>Give the selected promise a new due time (Alt+R)</source>
        <translation>为所选承诺设置新的到期时间（Alt+R）</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>改期(&amp;G)…</translation>
    </message>
    <message>
        <source>Reschedule promise</source>
        <translation>承诺改期</translation>
    </message>
    <message>
        <source>Cancel the selected promise; you are asked first (Alt+I or Delete)</source>
        <translation>取消所选承诺；会先询问确认（Alt+I 或 Delete）</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>取消承诺</translation>
    </message>
    <message>
        <source>List every open promise, not only the first ones</source>
        <translation>列出所有未完成的承诺，而不只是前几条</translation>
    </message>
    <message>
        <source>Show all promises</source>
        <translation>显示全部承诺</translation>
    </message>
    <message>
        <source>Promises overdue and due today</source>
        <translation>已逾期和今天到期的承诺</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>已逾期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>今天到期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n &amp;more)</source>
        <translation>
            <numerusform>显示全部（还有 %n 条）(&amp;M)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>No one</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Open the next client&apos;s briefing</source>
        <translation>打开下一位客户的简报</translation>
    </message>
    <message>
        <source>Show the birthdays list</source>
        <translation>显示生日列表</translation>
    </message>
    <message>
        <source>Dismiss the next-client reminder</source>
        <translation>关闭下一位客户的提醒</translation>
    </message>
    <message>
        <source>Dismiss the birthday reminder</source>
        <translation>关闭生日提醒</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>ClientBook — %1</source>
        <translation>ClientBook — %1</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s birthdays (%1)</source>
        <translation>今天的生日（%1）(&amp;T)</translation>
    </message>
    <message>
        <source>No birthdays today</source>
        <translation>今天没有客户过生日</translation>
    </message>
    <message>
        <source>This &amp;week (%1)</source>
        <translation>本周（%1）(&amp;W)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No other birthdays this week</source>
        <translation>本周没有其他生日</translation>
    </message>
    <message>
        <source>&amp;Remind me again</source>
        <translation>稍后再提醒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open ClientBook</source>
        <translation>打开 ClientBook(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <translation>
            <numerusform>还有 %n 位…</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook is still running</source>
        <translation>ClientBook 仍在运行</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>下%1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>下%1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1, +%2 more</source>
        <translation>%1，另有 %2 位</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today: %1</source>
        <translation>
            <numerusform>今天有 %n 位客户过生日：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays this week: %1</source>
        <translation>
            <numerusform>本周有 %n 位客户过生日：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays coming up: %1</source>
        <translation>
            <numerusform>近期有 %n 位客户过生日：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week: %1</source>
        <translation>
            <numerusform>本周另有 %n 位：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming up: %1</source>
        <translation>
            <numerusform>近期另有 %n 位：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more this week</source>
        <translation>
            <numerusform>本周还有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more coming up</source>
        <translation>
            <numerusform>近期还有 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3, on their birthday</source>
        <translation>%1 %2 %3 到店，当天正好是生日</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3; their birthday is %4</source>
        <translation>%1 %2 %3 到店；生日在%4</translation>
    </message>
    <message numerus="yes">
        <source>%n more booked in around their birthday</source>
        <translation>
            <numerusform>另有 %n 位客户在生日前后有预约</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>本周没有客户过生日</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>No birthdays</source>
        <translation>没有生日提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today</source>
        <translation>
            <numerusform>今天有 %n 位客户过生日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>今天生日</translation>
    </message>
    <message>
        <source>reward due</source>
        <translation>可领奖励</translation>
    </message>
    <message numerus="yes">
        <source>%n promises overdue</source>
        <translation>
            <numerusform>%n 个承诺已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next client now: open the briefing</source>
        <translation>下一位客户现在到：打开简报</translation>
    </message>
    <message numerus="yes">
        <source>Next client in %n minutes: open the briefing</source>
        <translation>
            <numerusform>下一位客户 %n 分钟后到：打开简报</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook keeps running in the tray to remind you of birthdays; Quit from its menu.</source>
        <translation>ClientBook 会在系统托盘中继续运行，以便提醒你客户生日；要退出，请使用托盘菜单中的“退出”。</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n 个季度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>挽回客户</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Average first-visit spend</source>
        <translation>首次到店平均消费</translation>
    </message>
    <message>
        <source>New clients back within 90 days</source>
        <translation>90 天内回头的新客户</translation>
    </message>
    <message>
        <source>Loyal clients</source>
        <translation>忠实客户</translation>
    </message>
    <message>
        <source>Average loyal tenure</source>
        <translation>忠实客户平均留存时长</translation>
    </message>
    <message>
        <source>Revenue from loyal clients</source>
        <translation>忠实客户贡献的营业额</translation>
    </message>
    <message>
        <source>Revenue from repeat clients</source>
        <translation>回头客贡献的营业额</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lapsed today, not archived or forgotten, most valuable (total spend) first.</source>
        <translation>截至今天已流失、且未归档或抹除的客户，按价值（累计消费）从高到低排列。</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable of %1 are listed.</source>
        <translation>
            <numerusform>共 %1 位，这里列出价值最高的 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The median number of days between a client&apos;s visits.</source>
        <translation>客户两次到店之间间隔天数的中位数。</translation>
    </message>
    <message numerus="yes">
        <source>Clients who went without a visit for longer than %1 × their usual interval (with %2 or more visits) or %n days (fewer visits), counted in the period the threshold passed. Every lapse counts, including clients who joined in the period and a client who lapsed twice.</source>
        <translation>
            <numerusform>超过平常间隔的 %1 倍（到店 %2 次及以上的客户）或超过 %n 天（到店次数较少的客户）没有到店的客户，计入超过该期限的那个时段。每次流失都计算在内，包括在该时段内新来的客户，以及流失过两次的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lapsed clients who came back, counted in the period of that visit.</source>
        <translation>流失后又回来的客户，计入回来到店的那个时段。</translation>
    </message>
    <message>
        <source>Clients who had visited before the period began and had not lapsed by then. Archived clients are left out.</source>
        <translation>在时段开始前到过店、且当时尚未流失的客户。不含已归档客户。</translation>
    </message>
    <message>
        <source>Of the clients active at the period&apos;s start, the share who lapsed during it (each client once; never more than 100 %).</source>
        <translation>期初活跃客户中，在该时段内流失的比例（每位客户只计一次；不会超过 100%）。</translation>
    </message>
    <message>
        <source>Clients whose first visit fell in the period.</source>
        <translation>首次到店在该时段内的客户。</translation>
    </message>
    <message>
        <source>The average spend on those new clients&apos; first visit.</source>
        <translation>这些新客户首次到店的平均消费。</translation>
    </message>
    <message numerus="yes">
        <source>Share of the period&apos;s new clients who came back within %n days of their first visit (blank until every one of them has had that long).</source>
        <translation>
            <numerusform>该时段的新客户中，首次到店后 %n 天内再次到店的比例（要等每位新客户都满这么多天后才会显示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in the period, including zero-spend visits.</source>
        <translation>该时段内的到店次数，包括没有消费的到店。</translation>
    </message>
    <message>
        <source>Revenue from visits that were not a client&apos;s first.</source>
        <translation>来自非首次到店的营业额。</translation>
    </message>
    <message numerus="yes">
        <source>Clients with %n or more visits.</source>
        <translation>
            <numerusform>到店 %n 次及以上的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their average time from first to latest visit.</source>
        <translation>他们从首次到店到最近一次到店的平均时长。</translation>
    </message>
    <message>
        <source>Everything loyal clients have spent.</source>
        <translation>忠实客户的累计消费总额。</translation>
    </message>
    <message>
        <source>Share of all revenue ever from visits that were not a client&apos;s first.</source>
        <translation>历来全部营业额中，来自非首次到店的比例。</translation>
    </message>
    <message>
        <source>Visits the designer did in the periods shown.</source>
        <translation>该设计师在所示时段内服务的到店次数。</translation>
    </message>
    <message>
        <source>Spend on those visits.</source>
        <translation>这些到店的消费金额。</translation>
    </message>
    <message>
        <source>Of all visits by the designer&apos;s current clients, the share the designer did.</source>
        <translation>在该设计师当前名下客户的所有到店中，由该设计师亲自服务的比例。</translation>
    </message>
    <message>
        <source>Promises the staff member kept by their due time.</source>
        <translation>该员工在到期时间前兑现的承诺。</translation>
    </message>
    <message>
        <source>Archived clients are left out of active, lapsed, won back, churn, consistency and the win-back list; their visits and spend still count.</source>
        <translation>已归档客户不计入活跃、流失、挽回、流失率、同一设计师比例和挽回名单；但他们的到店和消费仍会计入。</translation>
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
        <source>Same designer</source>
        <translation>同一设计师</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>承诺按时兑现</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>期初活跃客户</translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation>来自回头客</translation>
    </message>
    <message>
        <source>Nobody has lapsed: every client came back within their usual time.</source>
        <translation>没有流失客户：每位客户都在平常的间隔内回来了。</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>通常间隔</translation>
    </message>
    <message>
        <source>No periods to show.</source>
        <translation>没有可显示的时段。</translation>
    </message>
    <message>
        <source>Clients lost and won back</source>
        <translation>流失与挽回的客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Share of revenue: repeat clients and first visits</source>
        <translation>营业额占比：回头客与首次到店</translation>
    </message>
    <message>
        <source>Repeat clients</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>首次到店</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period length</source>
        <translation>时段长度</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>时段数量</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>E&amp;xport tables to CSV…</source>
        <translation>将表格导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Write every table of this report as a CSV file into a folder</source>
        <translation>将本报表的每个表格分别存为 CSV 文件，放入一个文件夹</translation>
    </message>
    <message>
        <source>Save the figures, charts and tables as a PDF</source>
        <translation>将数据、图表和表格保存为 PDF</translation>
    </message>
    <message>
        <source>Desi&amp;gner:</source>
        <translation>设计师(&amp;G)：</translation>
    </message>
    <message>
        <source>Working the report out</source>
        <translation>正在计算报告</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lapsed clients worth winning back</source>
        <translation>值得挽回的流失客户</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分店</translation>
    </message>
    <message>
        <source>Per&amp;iods:</source>
        <translation>时段(&amp;I)：</translation>
    </message>
    <message>
        <source>Ho&amp;w many:</source>
        <translation>数量(&amp;W)：</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>分店(&amp;R)：</translation>
    </message>
    <message>
        <source>Log co&amp;ntact…</source>
        <translation>记录联系(&amp;N)…</translation>
    </message>
    <message>
        <source>Note a call, text or e-mail to the selected client</source>
        <translation>记录对所选客户的电话、短信或邮件</translation>
    </message>
    <message>
        <source>Add pro&amp;mise…</source>
        <translation>添加承诺(&amp;M)…</translation>
    </message>
    <message>
        <source>Promise the selected client something, with a date</source>
        <translation>对所选客户做出承诺，并设定日期</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>打开卡片</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>显示所选客户的卡片（Enter）</translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>按时段统计</translation>
    </message>
    <message>
        <source>Figures per designer</source>
        <translation>按设计师统计</translation>
    </message>
    <message>
        <source>Win &amp;back</source>
        <translation>挽回(&amp;B)</translation>
    </message>
    <message>
        <source>B&amp;y designer</source>
        <translation>按设计师(&amp;Y)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部分店</translation>
    </message>
    <message>
        <source>Win &amp;back (%1)</source>
        <translation>挽回（%1）(&amp;B)</translation>
    </message>
    <message>
        <source>Per peri&amp;od</source>
        <translation>按时段(&amp;O)</translation>
    </message>
    <message>
        <source>All designers</source>
        <translation>全部设计师</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>报表生成失败</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>按时段</translation>
    </message>
    <message>
        <source>Per designer</source>
        <translation>按设计师</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule promise</source>
        <translation>承诺改期</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>承诺：</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>当前到期时间：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Moved before:</source>
        <translation>改期记录：</translation>
    </message>
    <message>
        <source>&amp;New due time:</source>
        <translation>新的到期时间(&amp;N)：</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>新的到期时间</translation>
    </message>
    <message>
        <source>%1 → %2 (moved %3)</source>
        <translation>%1 → %2（改于 %3）</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything entered since it was made is replaced; the data as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>请选择要恢复到的备份。该备份之后录入的所有内容都会被替换；当前数据会先另存为一份备份，所以之后仍可恢复那份备份来撤销此操作。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation>还没有自动备份。</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Restore which file?</source>
        <translation>要恢复哪个文件？</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后到店</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>never — added %1</source>
        <translation>从未到店——添加于 %1</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次到店</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <source>Spent since last reward</source>
        <translation>自上次奖励以来的消费</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>第 %1 次到店</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Remove the sample data</source>
        <translation>删除示例数据</translation>
    </message>
    <message>
        <source>Remove the %1 sample clients with their visits, appointments and promises, and the demo team? The book is then empty, ready for your own clients. This cannot be undone.</source>
        <translation>删除 %1 位示例客户及其到访、预约和承诺，以及示例团队？之后客户簿将为空，可以录入您自己的客户。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Could not remove the sample data</source>
        <translation>无法删除示例数据</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services menu</source>
        <translation>服务项目表</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>时长（分钟）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide from menu</source>
        <translation>从项目表中隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（已隐藏）</translation>
    </message>
    <message>
        <source>S&amp;how on menu</source>
        <translation>在项目表中显示(&amp;H)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Three-letter ISO code, e.g. EUR or GBP</source>
        <translation>三个字母的 ISO 货币代码，例如 CNY 或 EUR</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Two-letter country code for numbers typed without +, e.g. GB, ES, CN, GR, UA</source>
        <translation>未加 + 号的电话号码按此地区处理，填两个字母的国家/地区代码，例如 CN、GB、ES、GR、UA</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>仅今天</translation>
    </message>
    <message numerus="yes">
        <source> days ahead</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>电话所属地区(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>电话所属地区</translation>
    </message>
    <message>
        <source>&amp;Birthday reminders:</source>
        <translation>生日提醒(&amp;B)：</translation>
    </message>
    <message>
        <source>Birthday reminder days</source>
        <translation>生日提前提醒天数</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source> minutes before</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder to open the client&apos;s briefing before each appointment</source>
        <translation>每次预约前提醒你打开客户简报</translation>
    </message>
    <message>
        <source>Appointment &amp;nudge:</source>
        <translation>预约提醒(&amp;N)：</translation>
    </message>
    <message>
        <source>Minutes before an appointment to remind you</source>
        <translation>预约前多少分钟提醒你</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Des&amp;k name:</source>
        <translation>工位名称(&amp;K):</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>工位名称</translation>
    </message>
    <message>
        <source>&amp;Start ClientBook when I log in</source>
        <translation>登录时启动 ClientBook(&amp;S)</translation>
    </message>
    <message>
        <source>Start ClientBook when I log in</source>
        <translation>登录时启动 ClientBook</translation>
    </message>
    <message>
        <source>Messa&amp;ge templates…</source>
        <translation>消息模板(&amp;G)…</translation>
    </message>
    <message>
        <source>The firm&apos;s name and the words of messages to clients</source>
        <translation>公司名称以及给客户的消息措辞</translation>
    </message>
    <message>
        <source>Calendar feed:</source>
        <translation>日历订阅：</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>日历订阅</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language of ClientBook&apos;s window on this computer</source>
        <translation>本机上 ClientBook 窗口使用的语言</translation>
    </message>
    <message>
        <source>ClientBook will use %1 the next time it starts.</source>
        <translation>语言设置“%1”将在 ClientBook 下次启动时生效。</translation>
    </message>
    <message>
        <source>ClientBook will follow the system&apos;s language the next time it starts.</source>
        <translation>ClientBook 下次启动时将跟随系统语言。</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>无法更改登录时启动的设置：%1</translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <source>Connect to a shared book</source>
        <translation>连接共享客户簿</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate is checked</source>
        <translation>必须加密，并校验服务器证书</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>ClientBook never asks for or keeps the password: put it in PostgreSQL&apos;s password file (.pgpass) on this computer. The first desk to connect to an empty database sets it up; a database holding anything else is refused.</source>
        <translation>ClientBook 从不询问或保存密码：请把密码写入本机 PostgreSQL 的密码文件（.pgpass）。第一台连接空数据库的前台会完成设置；含有其他内容的数据库会被拒绝。</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>Use this desk&apos;s &amp;own book</source>
        <translation>使用本机自己的客户簿(&amp;O)</translation>
    </message>
    <message>
        <source>Shared book</source>
        <translation>共享客户簿</translation>
    </message>
    <message>
        <source>This desk opens the shared book %1 from its next start. Close ClientBook and start it again to work in it.</source>
        <translation>本机从下次启动起打开共享客户簿 %1。请关闭 ClientBook 并重新启动，以便在其中工作。</translation>
    </message>
    <message>
        <source>This desk opens its own book again from its next start.</source>
        <translation>本机从下次启动起重新打开自己的客户簿。</translation>
    </message>
</context>
<context>
    <name>StaffHoursEditor</name>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>%1 的工作时间</translation>
    </message>
    <message>
        <source>For example 09:00-17:00, or 09:00-13:00, 14:00-18:00 with a break; empty: not working</source>
        <translation>例如 09:00-17:00，或含休息时间的 09:00-13:00, 14:00-18:00；留空：不上班</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>休假首日</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>休假末日</translation>
    </message>
    <message>
        <source>Save wee&amp;kly hours</source>
        <translation>保存工作时间(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Book time off</source>
        <translation>添加休假(&amp;B)</translation>
    </message>
    <message>
        <source>Remove time &amp;off</source>
        <translation>删除休假(&amp;G)</translation>
    </message>
    <message>
        <source>Time off:</source>
        <translation>休假：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Could not save the hours</source>
        <translation>无法保存工作时间</translation>
    </message>
    <message>
        <source>Could not add the time off</source>
        <translation>无法添加休假</translation>
    </message>
    <message>
        <source>Could not remove the time off</source>
        <translation>无法删除休假</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name of the new staff member</source>
        <translation>新员工的姓名</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>新员工姓名</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>新员工职位</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>添加人员(&amp;D)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Edit the selected name (F2)</source>
        <translation>编辑所选姓名（F2）</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>新员工(&amp;W)：</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>停用(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>Inactive people stay on past records but are not offered for new bookings.</source>
        <translation>已停用的员工仍保留在过去的记录中，但新预约时不再可选。</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>删除员工</translation>
    </message>
    <message>
        <source>Remove {name} from the staff list?

Their past visits, appointments and promises are kept, with no one named on them. To keep their name on those records, deactivate them instead.</source>
        <translation>要从员工列表中删除{name}吗？

其过去的到店记录、预约和承诺都会保留，但不再显示负责人姓名。如果想在这些记录上保留其姓名，请改为停用。</translation>
    </message>
    <message>
        <source>React&amp;ivate</source>
        <translation>重新启用(&amp;I)</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>今天的备份未完成</translation>
    </message>
    <message>
        <source>ClientBook could not make today&apos;s automatic backup:
%1

Your data is not affected. Use File → Back up now… to copy it somewhere else.</source>
        <translation>ClientBook 未能完成今天的自动备份：
%1

你的数据不受影响。请使用“文件 → 立即备份…”将数据复制到其他位置。</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data</source>
        <translation>ClientBook 发现数据已损坏</translation>
    </message>
    <message>
        <source>Only the indexes of the data file are damaged:
%1

Rebuild them from the data now? Nothing is lost. Until then ClientBook saves no changes.</source>
        <translation>只有数据文件的索引已损坏：
%1

现在根据数据重建索引吗？不会丢失任何内容。在此之前，ClientBook 不会保存任何更改。</translation>
    </message>
    <message>
        <source>Data file repaired</source>
        <translation>数据文件已修复</translation>
    </message>
    <message>
        <source>The indexes were rebuilt, and the data file checks out again.</source>
        <translation>索引已重建，数据文件重新通过了检查。</translation>
    </message>
    <message>
        <source>%1

There is no good backup to go back to. Stop using ClientBook on this data and ask for help; a copy of the file is safest kept as it is.</source>
        <translation>%1

没有可以恢复的完好备份。请停止在这份数据上使用 ClientBook，并寻求技术支持；文件最好原样保留一份副本。</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data file:
%1

Go back to the newest good backup, from %2? Anything entered after it is lost; the damaged data is kept as a file.</source>
        <translation>ClientBook 发现数据文件已损坏：
%1

要恢复到 %2 的最新完好备份吗？之后录入的内容将会丢失；损坏的数据会另存为一个文件。</translation>
    </message>
    <message>
        <source>The damaged data is still open: what it shows may be incomplete, and ClientBook saves no changes until a backup is restored (File → Restore from backup…).</source>
        <translation>损坏的数据仍处于打开状态：显示的内容可能不完整，并且在恢复备份（文件 → 从备份恢复…）之前，ClientBook 不会保存任何更改。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Signs every message, e.g. Salon Luz</source>
        <translation>用于每条消息的署名，例如：Salon Luz</translation>
    </message>
    <message>
        <source>For clients without a language of their own</source>
        <translation>用于未设置语言的客户</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>模板正文</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation>恢复默认文本(&amp;R)</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>&amp;Firm&apos;s name:</source>
        <translation>公司名称(&amp;F)：</translation>
    </message>
    <message>
        <source>Messages &amp;default to:</source>
        <translation>默认消息语言(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>场合(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>避免：%1</translation>
    </message>
    <message>
        <source>Reward due: visit %1</source>
        <translation>可领奖励：第 %1 次到店</translation>
    </message>
    <message>
        <source>Close to a reward</source>
        <translation>即将获得奖励</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>今天生日</translation>
    </message>
    <message>
        <source>Birthday soon</source>
        <translation>生日将近</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>承诺到期</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>承诺已逾期</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>可领奖励</translation>
    </message>
    <message>
        <source>1 visit to a reward</source>
        <translation>再来 1 次得奖励</translation>
    </message>
    <message>
        <source>Other designer</source>
        <translation>非指定设计师</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需留意</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Show or hide the birthdays list</source>
        <translation>显示或隐藏生日列表</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>今天没有预约。</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>今天的预约</translation>
    </message>
    <message>
        <source>Arr&amp;ived</source>
        <translation>已到店(&amp;I)</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>完成(&amp;N)</translation>
    </message>
    <message>
        <source>No-sho&amp;w</source>
        <translation>爽约(&amp;W)</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>&amp;Birthdays (%1)</source>
        <translation>生日（%1）(&amp;B)</translation>
    </message>
    <message>
        <source>Could not change the appointment</source>
        <translation>无法更改预约</translation>
    </message>
</context>
<context>
    <name>TomorrowDialog</name>
    <message>
        <source>Tomorrow&apos;s reminders</source>
        <translation>明日提醒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments to remind</source>
        <translation>明天需要提醒的预约</translation>
    </message>
    <message>
        <source>Nothing is booked for tomorrow.</source>
        <translation>明天没有预约。</translation>
    </message>
    <message>
        <source>Appointments on %1</source>
        <translation>%1 的预约</translation>
    </message>
    <message>
        <source>Reminder sent today</source>
        <translation>今天已发送提醒</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Open %1 with the reminder and log it</source>
        <translation>用提醒内容打开 %1 并记录</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the reminder to paste it anywhere, and log it</source>
        <translation>复制提醒以便粘贴到任何地方，并记录</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link.</source>
        <translation>此电脑上没有能打开此类链接的应用。</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>无法记录此次联系</translation>
    </message>
    <message>
        <source>Reminder for %1 logged.</source>
        <translation>已记录给 %1 的提醒。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo archive of %1</source>
        <translation>撤销归档%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo contact log</source>
        <translation>撤销联系记录(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo reward for %1</source>
        <translation>撤销%1的奖励(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo visit change of %1</source>
        <translation>撤销 %1 的到访更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo visit deletion of %1</source>
        <translation>撤销删除 %1 的到访(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo promise change of %1</source>
        <translation>撤销 %1 的承诺更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo booking for %1</source>
        <translation>撤销 %1 的预约(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo resize of %1&apos;s booking</source>
        <translation>撤销 %1 预约的时长更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo move of %1&apos;s booking</source>
        <translation>撤销 %1 预约的移动(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo cancellation for %1</source>
        <translation>撤销 %1 的取消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo no-show of %1</source>
        <translation>撤销 %1 的爽约标记(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo status change for %1</source>
        <translation>撤销 %1 的状态更改(&amp;U)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit — {name}</source>
        <translation>到店记录 — {name}</translation>
    </message>
    <message>
        <source>This appointment&apos;s visit was logged already: correct it here.</source>
        <translation>此预约的到访已记录：请在此更正。</translation>
    </message>
    <message>
        <source>Correcting a visit already logged.</source>
        <translation>正在更正已记录的到访。</translation>
    </message>
    <message>
        <source>From the {time} appointment, which will be marked done.</source>
        <translation>来自 {time} 的预约，该预约将标记为已完成。</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>例如：剪发</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>员工(&amp;T)：</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务项目(&amp;V)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>S&amp;pend:</source>
        <translation>消费(&amp;P)：</translation>
    </message>
    <message>
        <source>Spend in {currency}</source>
        <translation>消费金额（{currency}）</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A visit in the future?</source>
        <translation>未来的到访？</translation>
    </message>
    <message>
        <source>This visit is logged for %1 at %2, but it is now %3 on %4. Log it anyway?</source>
        <translation>这次到访记录在 %1 %2，但现在是 %4 %3。仍然记录吗？</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Not working</source>
        <translation>不上班</translation>
    </message>
    <message>
        <source>%1 booked
%2 free</source>
        <translation>已约 %1
空闲 %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 bookings, %4 h booked, %5 h free</source>
        <translation>%1，%2：%3 个预约，已约 %4 小时，空闲 %5 小时</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>week view column heading: the day&apos;s date</comment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>WinBackModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>通常间隔</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>偏好联系方式</translation>
    </message>
    <message>
        <source>Lapsed since</source>
        <translation>流失日期</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>最多每 %n 天联系一次</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>联系次数不限</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to ClientBook</source>
        <translation>欢迎使用 ClientBook</translation>
    </message>
    <message>
        <source>Read-only data</source>
        <translation>只读数据</translation>
    </message>
    <message>
        <source>%1

ClientBook shows the data, but cannot save any change until the folder can be written to again.</source>
        <translation>%1

ClientBook 会显示数据，但在该文件夹重新可写之前无法保存任何更改。</translation>
    </message>
    <message>
        <source>There are no clients yet. Try ClientBook on a sample book of made-up clients with visits, appointments and promises, or start with an empty book for your own clients.

You can remove the sample data later: File → Remove the sample data…</source>
        <translation>还没有客户。可以先用一本虚构客户的示例客户簿（含到访、预约和承诺）试用 ClientBook，或者从空白客户簿开始录入您自己的客户。

以后可以删除示例数据：文件 → 删除示例数据…</translation>
    </message>
    <message>
        <source>&amp;Load the sample book</source>
        <translation>加载示例客户簿(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>从空白开始(&amp;E)</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data:
%1

Go back to the newest good backup, from %2? The unusable file is kept in the backups folder.</source>
        <translation>ClientBook 无法打开数据：
%1

要恢复到 %2 的最新完好备份吗？无法使用的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data</source>
        <translation>ClientBook 无法打开数据</translation>
    </message>
    <message>
        <source>The data is on a network share</source>
        <translation>数据位于网络共享位置</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>ClientBook is already open</source>
        <translation>ClientBook 已经打开</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 on the computer %2. Close it there first: two computers must not work on one book at the same time.</source>
        <translation>ClientBook 已在电脑 %2 上打开了 %1 中的数据。请先在那台电脑上关闭：两台电脑不能同时使用同一份数据。</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 but does not answer. If it is stuck, close it (or end it in the task manager) and start ClientBook again.</source>
        <translation>ClientBook 已打开 %1 中的数据，但没有响应。如果程序卡住了，请关闭它（或在任务管理器中结束它），然后重新启动 ClientBook。</translation>
    </message>
</context>
</TS>
