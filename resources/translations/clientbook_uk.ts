<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ClientBook %1</source>
        <translation>ClientBook %1</translation>
    </message>
    <message>
        <source>A front desk&apos;s memory of every client.</source>
        <translation>Пам’ять адміністратора про кожного клієнта.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation>Вільне програмне забезпечення за ліцензією MIT: його можна використовувати, копіювати, змінювати й поширювати. Надається без жодних гарантій.</translation>
    </message>
    <message>
        <source>It uses Qt %1 and PySide6 %2 under the LGPL v3, and Python %3.</source>
        <translation>Використовує Qt %1 і PySide6 %2 за ліцензією LGPL v3, а також Python %3.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Тека даних: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Журнал: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>About ClientBook</source>
        <translation>Про ClientBook</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book {name}</source>
        <translation>Запис: {name}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Designer warning</source>
        <translation>Попередження про майстра</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>напр., стрижка</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Тривалість у хвилинах</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>Пр&amp;ацівник:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>По&amp;слуга:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} хв)</translation>
    </message>
    <message>
        <source>Usually with {usual} — booking with {chosen}</source>
        <translation>Зазвичай майстер — {usual}; зараз обрано: {chosen}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>ClientBook backups (*.db);;All files (*)</source>
        <translation>Резервні копії ClientBook (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>У яку теку зберегти резервну копію?</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не вдалося створити резервну копію</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Резервну копію створено</translation>
    </message>
    <message>
        <source>The data was copied and checked:
%1</source>
        <translation>Дані скопійовано й перевірено:
%1</translation>
    </message>
    <message>
        <source>Replace all of ClientBook&apos;s data with the backup
%1?

The data as it is now is kept as a backup first.</source>
        <translation>Замінити всі дані ClientBook даними з резервної копії
%1?

Поточні дані спершу буде збережено як резервну копію.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Не вдалося відновити</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was is kept in
%1</source>
        <translation>Дані відновлено з резервної копії. Попередні дані збережено в
%1</translation>
    </message>
</context>
<context>
    <name>BirthdaysPanel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Виповнюється</translation>
    </message>
    <message>
        <source>Booked in</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дні народження</translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>Цього тижня днів народження немає</translation>
    </message>
    <message>
        <source>Birthdays today and in the coming days</source>
        <translation>Дні народження сьогодні й найближчими днями</translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Сьогодні (%n)</numerusform>
            <numerusform>Сьогодні (%n)</numerusform>
            <numerusform>Сьогодні (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week (%n)</source>
        <translation>
            <numerusform>Цього тижня (%n)</numerusform>
            <numerusform>Цього тижня (%n)</numerusform>
            <numerusform>Цього тижня (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Незабаром (%n)</numerusform>
            <numerusform>Незабаром (%n)</numerusform>
            <numerusform>Незабаром (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 о %2</translation>
    </message>
</context>
<context>
    <name>BriefingCard</name>
    <message>
        <source>Select an appointment or a client to see their briefing</source>
        <translation>Виберіть запис або клієнта, щоб побачити картку</translation>
    </message>
    <message>
        <source>Phone: {phones}</source>
        <translation>Телефон: {phones}</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Повідомлення…</translation>
    </message>
    <message>
        <source>Write to the client: a reminder, birthday wishes, a reward</source>
        <translation>Написати клієнтові: нагадування, привітання з днем народження, бонус</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Mark promise kept: {text}</source>
        <translation>Позначити обіцянку виконаною: {text}</translation>
    </message>
    <message>
        <source>More for promise: {text}</source>
        <translation>Інші дії з обіцянкою: {text}</translation>
    </message>
    <message>
        <source>Reschedule or cancel</source>
        <translation>Перенести або скасувати</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>&amp;Cancel promise…</source>
        <translation>&amp;Скасувати обіцянку…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>Record that the client received the reward today</source>
        <translation>Відмітити, що клієнт отримав бонус сьогодні</translation>
    </message>
    <message>
        <source>Mark the reward handed over</source>
        <translation>Позначити бонус виданим</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Зв’язатися…</translation>
    </message>
    <message>
        <source>Check their wishes and log a call, text or e-mail</source>
        <translation>Перевірити побажання клієнта й відмітити дзвінок, SMS чи e-mail</translation>
    </message>
</context>
<context>
    <name>BriefingWords</name>
    <message>
        <source>Drink</source>
        <translation>Напій</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>Перекус</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Приміщення</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музика</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Засоби</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Підготувати</translation>
    </message>
    <message>
        <source>⚠ Please avoid</source>
        <translation>⚠ Уникайте</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обіцянки</translation>
    </message>
    <message>
        <source>Also likes</source>
        <translation>Також любить</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Greet as “{name}”</source>
        <translation>Звертатися: «{name}»</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday today</source>
        <translation>{name} сьогодні святкує день народження — привітайте!</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday — {age} today</source>
        <translation>{name} сьогодні святкує {age}-річчя — привітайте!</translation>
    </message>
    <message>
        <source>Birthday on {day}</source>
        <translation>День народження: {day}</translation>
    </message>
    <message>
        <source>Birthday on {day} — turns {age}</source>
        <translation>День народження: {day} — виповнюється {age}</translation>
    </message>
    <message>
        <source>No designer assigned</source>
        <translation>Майстра не закріплено</translation>
    </message>
    <message>
        <source>⚠ Today with {staff} — usually {designer}</source>
        <translation>⚠ Сьогодні обслуговує {staff}, а зазвичай — {designer}</translation>
    </message>
    <message>
        <source>First visit — no history yet</source>
        <translation>Перший візит — історії ще немає</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>Next: {when} {time}</source>
        <translation>Наступний запис: {when} о {time}</translation>
    </message>
    <message>
        <source>was due {date}</source>
        <translation>термін минув {date}</translation>
    </message>
    <message>
        <source>due today {time}</source>
        <translation>сьогодні до {time}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>No consent recorded for health notes — ask the client</source>
        <translation>Згоду на нотатки про здоров’я не записано — запитайте клієнта</translation>
    </message>
    <message>
        <source>Reward handed over today: {reward}</source>
        <translation>Бонус видано сьогодні: {reward}</translation>
    </message>
    <message>
        <source>Reward handed over today</source>
        <translation>Бонус видано сьогодні</translation>
    </message>
    <message>
        <source>Reward due: this is visit {n}</source>
        <translation>Належить бонус: це {n}-й візит</translation>
    </message>
    <message>
        <source>Reward due: {amount} spent since the last one</source>
        <translation>Належить бонус: від попереднього витрачено {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) in the last 12 months</source>
        <translation>
            <numerusform>%n неявка за останні 12 місяців</numerusform>
            <numerusform>%n неявки за останні 12 місяців</numerusform>
            <numerusform>%n неявок за останні 12 місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s) in the last 12 months</source>
        <translation>
            <numerusform>%n пізнє скасування за останні 12 місяців</numerusform>
            <numerusform>%n пізні скасування за останні 12 місяців</numerusform>
            <numerusform>%n пізніх скасувань за останні 12 місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to a reward</source>
        <translation>До бонусу: ще {amount}</translation>
    </message>
    <message>
        <source>1 visit to a reward — their next visit earns it</source>
        <translation>До бонусу 1 візит — наступного разу клієнт його отримає</translation>
    </message>
    <message>
        <source>{kept} of {total} visits with {designer}</source>
        <translation>Майстер {designer}: {kept} із {total} візитів</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>телефонний дзвінок</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>особиста зустріч</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не зв’язуватися</translation>
    </message>
    <message>
        <source>Prefers {channel}</source>
        <translation>Бажаний зв’язок: {channel}</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>не частіше ніж раз на %n день</numerusform>
            <numerusform>не частіше ніж раз на %n дні</numerusform>
            <numerusform>не частіше ніж раз на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>частота зв’язку не обмежена</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>сьогодні о {time}</translation>
    </message>
    <message>
        <source>Last contacted {when} by phone</source>
        <translation>Востаннє зв’язувалися {when} телефоном</translation>
    </message>
    <message>
        <source>Last contacted {when} by text message</source>
        <translation>Востаннє зв’язувалися {when} через SMS</translation>
    </message>
    <message>
        <source>Last contacted {when} by e-mail</source>
        <translation>Востаннє зв’язувалися {when} електронною поштою</translation>
    </message>
    <message>
        <source>Last spoken to in person {when}</source>
        <translation>Востаннє розмовляли особисто {when}</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Could not move the booking</source>
        <translation>Не вдалося перенести запис</translation>
    </message>
    <message>
        <source>New booking at %1</source>
        <translation>Новий запис на %1</translation>
    </message>
    <message>
        <source>Could not cancel the booking</source>
        <translation>Не вдалося скасувати запис</translation>
    </message>
    <message>
        <source>Could not change the booking</source>
        <translation>Не вдалося змінити запис</translation>
    </message>
    <message>
        <source>Open client car&amp;d</source>
        <translation>Відкрити &amp;картку клієнта</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Позначити &amp;прихід</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Позначити &amp;неявку</translation>
    </message>
    <message>
        <source>&amp;Back to booked</source>
        <translation>Повернути в &amp;заплановані</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>&amp;Скасувати запис</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export failed</source>
        <translation>Не вдалося експортувати</translation>
    </message>
    <message>
        <source>Calendar exported to %1 (appointments: %2).</source>
        <translation>Календар експортовано до %1 (записів: %2).</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Експортувати календар</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файли iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>Імпортувати календар</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Файл календаря</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Вибрати файл…</translation>
    </message>
    <message>
        <source>&amp;New client from this name for events no client matches</source>
        <translation>&amp;Новий клієнт із цієї назви для подій без клієнта</translation>
    </message>
    <message>
        <source>Choose an iCalendar (.ics) file from Google Calendar, Outlook, Apple Calendar or a booking system.</source>
        <translation>Виберіть файл iCalendar (.ics) з Google Календаря, Outlook, Apple Календаря або системи бронювання.</translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation>Неімпортовані події</translation>
    </message>
    <message>
        <source>&amp;Pick a client…</source>
        <translation>Вибрати &amp;клієнта…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation>Файли iCalendar (*.ics *.ical);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 new, %2 moved, %3 cancelled, %4 unchanged; %5 without a matching client, %6 left out, %7 with problems.</source>
        <translation>Нових: %1, перенесених: %2, скасованих: %3, без змін: %4; без відповідного клієнта: %5, пропущених: %6, з проблемами: %7.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Line %1: no client matches “%2”</source>
        <translation>Рядок %1: жоден клієнт не відповідає «%2»</translation>
    </message>
    <message>
        <source>Line %1: “%2” is booked for %3</source>
        <translation>Рядок %1: «%2» записано для %3</translation>
    </message>
    <message>
        <source>Line %1: left out (%2): %3</source>
        <translation>Рядок %1: пропущено (%2): %3</translation>
    </message>
    <message>
        <source>Book “%1” for which client?</source>
        <translation>Для якого клієнта запис «%1»?</translation>
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
        <translation>Попередній день (Page Up)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Перейти до сьогодні (Alt+Home)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Page Down)</source>
        <translation>Наступний день (Page Down)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Д&amp;ень</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Тиждень</translation>
    </message>
    <message>
        <source>Whose calendar</source>
        <translation>Чий календар</translation>
    </message>
    <message>
        <source>Find a free sl&amp;ot…</source>
        <translation>Знайти вільний &amp;час…</translation>
    </message>
    <message>
        <source>The next free slots for a service</source>
        <translation>Найближчі вільні проміжки для послуги</translation>
    </message>
    <message>
        <source>Services &amp;menu…</source>
        <translation>Перелік п&amp;ослуг…</translation>
    </message>
    <message>
        <source>The services the firm offers, their usual length and price</source>
        <translation>Послуги, які надає заклад, їх звична тривалість і ціна</translation>
    </message>
    <message>
        <source>&amp;Print day sheet</source>
        <translation>Др&amp;укувати аркуш дня</translation>
    </message>
    <message>
        <source>Print the day sheet or save it as PDF</source>
        <translation>Надрукувати аркуш дня або зберегти його як PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Зберегти як P&amp;DF…</translation>
    </message>
    <message>
        <source>Nobody works on this day.</source>
        <translation>Цього дня ніхто не працює.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Без майстра</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Client cancelled</source>
        <translation>Клієнт скасував</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Пізнє скасування</translation>
    </message>
    <message>
        <source>We cancelled</source>
        <translation>Скасували ми</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>У %1</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <source>Printed {date}</source>
        <translation>Надруковано {date}</translation>
    </message>
    <message>
        <source>Print briefing card</source>
        <translation>Друк картки клієнта</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Не вдалося надрукувати</translation>
    </message>
    <message>
        <source>Save card as PDF</source>
        <translation>Зберегти картку як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the card failed</source>
        <translation>Не вдалося зберегти картку</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Preference category</source>
        <translation>Категорія вподобання</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>Прочитано %n рядок</numerusform>
            <numerusform>Прочитано %n рядки</numerusform>
            <numerusform>Прочитано %n рядків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to add</source>
        <translation>
            <numerusform>%n готовий до додавання</numerusform>
            <numerusform>%n готові до додавання</numerusform>
            <numerusform>%n готових до додавання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for someone already in the book or earlier in the file</source>
        <translation>
            <numerusform>%n — для когось, хто вже є в книзі або раніше у файлі</numerusform>
            <numerusform>%n — для когось, хто вже є в книзі або раніше у файлі</numerusform>
            <numerusform>%n — для когось, хто вже є в книзі або раніше у файлі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n з проблемами</numerusform>
            <numerusform>%n з проблемами</numerusform>
            <numerusform>%n з проблемами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n rows with problems</source>
        <translation>
            <numerusform>Пропустити %n рядок із проблемами</numerusform>
            <numerusform>Пропустити %n рядки з проблемами</numerusform>
            <numerusform>Пропустити %n рядків із проблемами</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashPrompt</name>
    <message>
        <source>This booking clashes</source>
        <translation>Цей запис накладається</translation>
    </message>
    <message>
        <source>%1

Double bookings are sometimes meant (a colour processing while another client is cut).</source>
        <translation>%1

Іноді подвійний запис навмисний (фарба тримається, поки стрижуть іншого клієнта).</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>&amp;Записати все одно</translation>
    </message>
    <message>
        <source>&amp;Pick another slot</source>
        <translation>&amp;Вибрати інший час</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Edit client — {name}</source>
        <translation>Редагування клієнта — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Повне &amp;ім’я:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>І&amp;м’я:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>G&amp;reet as:</source>
        <translation>&amp;Звертатися:</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Звертатися</translation>
    </message>
    <message>
        <source>How they like to be greeted, e.g. Mrs Smith</source>
        <translation>Як клієнт хоче, щоб до нього зверталися, напр. пані Олено</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Телефони:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номери телефонів</translation>
    </message>
    <message>
        <source>Several numbers? Separate them with ;</source>
        <translation>Кілька номерів? Розділіть їх знаком ;</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Е&amp;л. пошта:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>З&amp;в’язок:</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Бажаний спосіб зв’язку</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>Ма&amp;йстер:</translation>
    </message>
    <message>
        <source>Assigned designer</source>
        <translation>Закріплений майстер</translation>
    </message>
    <message>
        <source>What to remember about the client</source>
        <translation>Що варто пам’ятати про клієнта</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Arc&amp;hived — hidden from lists and reminders</source>
        <translation>В &amp;архіві — не показувати у списках і нагадуваннях</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>Зберегти (Ctrl+Enter або Ctrl+S)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>Дата народження: день</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Дата народження: місяць</translation>
    </message>
    <message>
        <source>&amp;Year known</source>
        <translation>&amp;Рік відомий</translation>
    </message>
    <message>
        <source>Birth year known</source>
        <translation>Рік народження відомий</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;День народження:</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Не закріплено</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (не працює)</translation>
    </message>
    <message>
        <source>Given name + family name, e.g. Olena Shevchenko</source>
        <translation>Ім’я + прізвище, напр. Олена Шевченко</translation>
    </message>
    <message>
        <source>Choose both a day and a month.</source>
        <translation>Виберіть і день, і місяць.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Такої дати не існує.</translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation>Не вдалося зберегти клієнта</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Відкинути зміни?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this client will be lost.</source>
        <translation>Закрити без збереження? Усе, що ви ввели для цього клієнта, буде втрачено.</translation>
    </message>
    <message>
        <source>name and phone number</source>
        <translation>ім’я та номер телефону</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефону</translation>
    </message>
    <message>
        <source>{who} already has the same {what}.</source>
        <translation>Збігається {what} з наявним клієнтом: {who}.</translation>
    </message>
    <message>
        <source>…and more. Similar clients in all: %1.</source>
        <translation>…і ще інші. Усього схожих клієнтів: %1.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Усе одно зберегти?</translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation>Можливий дублікат клієнта</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Matched by phone, email or a preference</source>
        <translation>Знайдено за телефоном, ел. поштою чи вподобанням</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Book for which client?</source>
        <translation>Запис для якого клієнта?</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Ім&apos;я, телефон або e-mail</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Пошук клієнтів</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Знайдені клієнти</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клієнт:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новий клієнт…</translation>
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
        <translation>Картка</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email or preference…</source>
        <translation>Пошук за ім’ям, телефоном, ел. поштою чи вподобанням…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Пошук клієнтів</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Показувати архівних</translation>
    </message>
    <message>
        <source>Also list clients who have been archived</source>
        <translation>Показувати в списку й клієнтів з архіву</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>No client matches &apos;{query}&apos; — add a new client with Ctrl+N</source>
        <translation>Немає клієнтів за запитом «{query}» — додайте нового клієнта: Ctrl+N</translation>
    </message>
    <message>
        <source>Showing the first {count} matches — type more to narrow them down</source>
        <translation>Показано перші {count} збігів — уточніть запит, щоб звузити пошук</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients found</source>
        <translation>
            <numerusform>Знайдено: %Ln клієнт</numerusform>
            <numerusform>Знайдено: %Ln клієнти</numerusform>
            <numerusform>Знайдено: %Ln клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet — add the first with Ctrl+N</source>
        <translation>Клієнтів ще немає — додайте першого: Ctrl+N</translation>
    </message>
    <message>
        <source>Every client is archived — tick &apos;Include archived&apos; to see them</source>
        <translation>Усі клієнти в архіві — позначте «Показувати архівних», щоб їх побачити</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln клієнт</numerusform>
            <numerusform>%Ln клієнти</numerusform>
            <numerusform>%Ln клієнтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Нагода:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Нагода</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Мова повідомлення</translation>
    </message>
    <message>
        <source>Send an&amp;yway</source>
        <translation>Надіслати &amp;все одно</translation>
    </message>
    <message>
        <source>Go ahead although the client&apos;s contact wishes say not now</source>
        <translation>Продовжити, хоча побажання клієнта щодо зв’язку кажуть «не зараз»</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст повідомлення</translation>
    </message>
    <message>
        <source>Lo&amp;g the contact</source>
        <translation>&amp;Записати контакт</translation>
    </message>
    <message>
        <source>Record the contact with its channel and occasion, so the contact rules know</source>
        <translation>Записати контакт із каналом і нагодою, щоб правила зв’язку це враховували</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Viber</source>
        <translation>&amp;Viber</translation>
    </message>
    <message>
        <source>&amp;Telegram</source>
        <translation>&amp;Telegram</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>Подзв&amp;онити</translation>
    </message>
    <message>
        <source>Open the e-mail app with this message</source>
        <translation>Відкрити поштову програму з цим повідомленням</translation>
    </message>
    <message>
        <source>Open the text messaging app (Phone Link, Messages, KDE Connect) with this message</source>
        <translation>Відкрити програму для SMS (Phone Link, Повідомлення, KDE Connect) з цим повідомленням</translation>
    </message>
    <message>
        <source>Open WhatsApp with this message</source>
        <translation>Відкрити WhatsApp з цим повідомленням</translation>
    </message>
    <message>
        <source>Open the chat in Viber; the text is copied, paste it there</source>
        <translation>Відкрити чат у Viber; текст скопійовано, вставте його туди</translation>
    </message>
    <message>
        <source>Open the chat in Telegram; the text is copied, paste it there</source>
        <translation>Відкрити чат у Telegram; текст скопійовано, вставте його туди</translation>
    </message>
    <message>
        <source>Copy the text to paste it anywhere</source>
        <translation>Скопіювати текст, щоб вставити будь-де</translation>
    </message>
    <message>
        <source>Call the client&apos;s number</source>
        <translation>Зателефонувати клієнтові</translation>
    </message>
    <message>
        <source>✓ The client&apos;s contact wishes allow a message now.</source>
        <translation>✓ Побажання клієнта щодо зв’язку дозволяють написати зараз.</translation>
    </message>
    <message>
        <source>Promised: %1 (due %2)</source>
        <translation>Обіцянка: %1 (до %2)</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link; the text is on the clipboard.</source>
        <translation>Жодна програма на цьому комп’ютері не відкриває такі посилання; текст у буфері обміну.</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>Не вдалося записати контакт</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another desk</source>
        <translation>Інше робоче місце</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Змінено на іншому робочому місці</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it. Nothing of yours has been saved yet, and nothing is lost: choose what to keep.</source>
        <translation>%1 зберегло цей запис після того, як ви його відкрили. Ваші зміни ще не збережено, і нічого не втрачено: виберіть, що залишити.</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Змінені поля</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Коли ви відкрили</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Theirs
%1</source>
        <translation>Їхнє
%1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>Keep their changes and add yours</source>
        <translation>Залишити їхні зміни й додати ваші</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>&amp;Використати моє</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Зберегти вашу версію замість їхньої</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Залишити їхнє</translation>
    </message>
    <message>
        <source>Throw your changes away and show theirs</source>
        <translation>Відкинути ваші зміни й показати їхні</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Вирішити &amp;пізніше</translation>
    </message>
    <message>
        <source>Go back to your form as you typed it (Esc)</source>
        <translation>Повернутися до вашої форми в тому вигляді, як ви її заповнили (Esc)</translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation>Їхня версія і ваша однакові.</translation>
    </message>
    <message>
        <source>They and you changed different fields: Merge keeps their changes and adds yours.</source>
        <translation>Вони і ви змінили різні поля: «Об’єднати» залишає їхні зміни й додає ваші.</translation>
    </message>
    <message>
        <source>Keep their version or use yours.</source>
        <translation>Залиште їхню версію або використайте вашу.</translation>
    </message>
    <message>
        <source>You both changed %1: keep their version or use yours.</source>
        <translation>Ви обоє змінили %1: залиште їхню версію або використайте вашу.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я (особове)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Звертатися як</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Дизайнер</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Уподобання</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Health consent</source>
        <translation>Згода на дані про здоров’я</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обіцянка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Час візиту</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибув</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не з’явився</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Повторне з’єднання…</translation>
    </message>
    <message>
        <source>The connection to the shared book&apos;s server was lost; ClientBook is connecting again and then shows every desk&apos;s changes.</source>
        <translation>З’єднання із сервером спільної книги втрачено; ClientBook під’єднується знову, а потім покаже зміни з усіх робочих місць.</translation>
    </message>
    <message>
        <source>Offline — changes cannot be saved</source>
        <translation>Немає з’єднання — зміни не зберігаються</translation>
    </message>
    <message>
        <source>The shared book&apos;s server cannot be reached: what you see may be out of date and no change can be saved. ClientBook keeps trying and shows everything again once it is back.</source>
        <translation>Сервер спільної книги недоступний: показане може бути застарілим, і жодну зміну не можна зберегти. ClientBook продовжує спроби й знову покаже все, щойно з’єднання відновиться.</translation>
    </message>
</context>
<context>
    <name>ConsistencyModel</name>
    <message>
        <source>Designer</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <source>Their clients&apos; visits</source>
        <translation>Візити клієнтів майстра</translation>
    </message>
    <message>
        <source>With them</source>
        <translation>У свого майстра</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (не працює)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact {name}</source>
        <translation>Зв’язок: {name}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>&amp;Recent contacts:</source>
        <translation>&amp;Останні контакти:</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Останні контакти</translation>
    </message>
    <message>
        <source>e.g. Confirmed Tuesday&apos;s appointment</source>
        <translation>напр., підтвердили запис на вівторок</translation>
    </message>
    <message>
        <source>What about?</source>
        <translation>Про що?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>What &amp;about?</source>
        <translation>&amp;Про що?</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>Пр&amp;ацівник:</translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation>Відмітити &amp;дзвінок</translation>
    </message>
    <message>
        <source>Log &amp;text</source>
        <translation>Відмітити &amp;SMS</translation>
    </message>
    <message>
        <source>Log &amp;e-mail</source>
        <translation>Відмітити &amp;e-mail</translation>
    </message>
    <message>
        <source>Log &amp;in person</source>
        <translation>Відмітити &amp;розмову</translation>
    </message>
    <message>
        <source>{button} (preferred)</source>
        <translation>{button} (бажано)</translation>
    </message>
    <message>
        <source>Write down this {channel} as made now, and close</source>
        <translation>Відмітити {channel} зараз і закрити</translation>
    </message>
    <message>
        <source>call</source>
        <translation>дзвінок</translation>
    </message>
    <message>
        <source>text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>розмову</translation>
    </message>
    <message>
        <source>by call</source>
        <translation>телефоном</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>через SMS</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>електронною поштою</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>особисто</translation>
    </message>
    <message>
        <source>no limit on how often</source>
        <translation>без обмежень</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>не частіше ніж раз на %n день</numerusform>
            <numerusform>не частіше ніж раз на %n дні</numerusform>
            <numerusform>не частіше ніж раз на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>firm default: no limit</source>
        <translation>загальне правило: без обмежень</translation>
    </message>
    <message numerus="yes">
        <source>firm default: once every %n days</source>
        <translation>
            <numerusform>загальне правило: раз на %n день</numerusform>
            <numerusform>загальне правило: раз на %n дні</numerusform>
            <numerusform>загальне правило: раз на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Просить не зв’язуватися</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Будь-який спосіб зв’язку</translation>
    </message>
    <message>
        <source>Prefers phone calls</source>
        <translation>Бажано телефонувати</translation>
    </message>
    <message>
        <source>Prefers text messages</source>
        <translation>Бажано писати SMS</translation>
    </message>
    <message>
        <source>Prefers e-mail</source>
        <translation>Бажано писати на e-mail</translation>
    </message>
    <message>
        <source>Prefers to talk in person</source>
        <translation>Бажано говорити особисто</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчора</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source> — {staff}: “{note}”</source>
        <translation> — {staff}: «{note}»</translation>
    </message>
    <message>
        <source>Never called, texted or e-mailed</source>
        <translation>Ще не телефонували, не писали SMS і не надсилали e-mail</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Ще не зв’язувалися</translation>
    </message>
    <message>
        <source>Last contacted {ago} ({when})</source>
        <translation>Востаннє зв’язувалися {ago} ({when})</translation>
    </message>
    <message>
        <source>⚠ They asked not to be contacted.</source>
        <translation>⚠ Клієнт просив не зв’язуватися.</translation>
    </message>
    <message>
        <source>⚠ Already contacted today — never call, text and e-mail about the same thing in one day:</source>
        <translation>⚠ Сьогодні вже зв’язувалися — не телефонуйте, не пишіть SMS і e-mail з того самого приводу в один день:</translation>
    </message>
    <message>
        <source>⚠ Too soon: last contacted {ago}; {wish}.</source>
        <translation>⚠ Зарано: востаннє зв’язувалися {ago}; {wish}.</translation>
    </message>
    <message>
        <source>⚠ They prefer {channel}.</source>
        <translation>⚠ Бажаний спосіб зв’язку: {channel}.</translation>
    </message>
    <message>
        <source>the firm contacts a client {often}</source>
        <translation>ми зв’язуємося з клієнтами {often}</translation>
    </message>
    <message>
        <source>they asked for {often}</source>
        <translation>клієнт просив: {often}</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>телефонний дзвінок</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>to talk in person</source>
        <translation>особиста розмова</translation>
    </message>
    <message>
        <source>Before you log this {channel}:</source>
        <translation>Перш ніж відмітити {channel}:</translation>
    </message>
    <message>
        <source>Log it anyway?</source>
        <translation>Усе одно відмітити?</translation>
    </message>
    <message>
        <source>Contact {name}?</source>
        <translation>Зв’язатися: {name}?</translation>
    </message>
</context>
<context>
    <name>ContactGroup</name>
    <message>
        <source>Contacting clients</source>
        <translation>Зв’язок із клієнтами</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без обмежень</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail to a client every so many days; 0 = no limit</source>
        <translation>Не частіше ніж один дзвінок, SMS чи e-mail клієнтові за вказану кількість днів; 0 — без обмежень</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дні</numerusform>
            <numerusform> днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> хвилина</numerusform>
            <numerusform> хвилини</numerusform>
            <numerusform> хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message>
        <source>How soon a promised callback should happen; 0 = no target</source>
        <translation>Як швидко треба передзвонити, якщо це пообіцяли; 0 — не задавати</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail every so many days (0 = no limit); a client&apos;s own wish on their card comes first.</source>
        <translation>Не частіше ніж один дзвінок, SMS чи e-mail за вказану кількість днів (0 — без обмежень); побажання самого клієнта в його картці мають перевагу.</translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation>&amp;Інтервал між контактами:</translation>
    </message>
    <message>
        <source>Quiet period in days</source>
        <translation>Інтервал між контактами, днів</translation>
    </message>
    <message>
        <source>Callback &amp;target:</source>
        <translation>&amp;Час на зворотний дзвінок:</translation>
    </message>
    <message>
        <source>Callback target in minutes</source>
        <translation>Час на зворотний дзвінок, хвилин</translation>
    </message>
</context>
<context>
    <name>ContactWishesEditor</name>
    <message>
        <source>Preferred channel</source>
        <translation>Бажаний спосіб зв’язку</translation>
    </message>
    <message>
        <source>How the client prefers to be contacted</source>
        <translation>Як зручніше зв’язуватися з клієнтом</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Будь-який</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонний дзвінок</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message numerus="yes">
        <source>Firm default (%n days)</source>
        <translation>
            <numerusform>Загальне правило (%n день)</numerusform>
            <numerusform>Загальне правило (%n дні)</numerusform>
            <numerusform>Загальне правило (%n днів)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most once every this many days</source>
        <translation>Не частіше ніж раз на стільки днів</translation>
    </message>
    <message>
        <source>The shortest gap between calls, texts and e-mails to this client. 0 means no limit.</source>
        <translation>Найкоротший проміжок між дзвінками, SMS та e-mail цьому клієнтові. 0 — без обмежень.</translation>
    </message>
    <message>
        <source>At mo&amp;st once every</source>
        <translation>Не &amp;частіше ніж раз на</translation>
    </message>
    <message>
        <source>Do not conta&amp;ct</source>
        <translation>Н&amp;е зв’язуватися</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не зв’язуватися</translation>
    </message>
    <message>
        <source>The client asked not to be called, texted or e-mailed</source>
        <translation>Клієнт просив не телефонувати, не писати SMS і e-mail</translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation>Мова повідомлень</translation>
    </message>
    <message>
        <source>The language messages to this client are written in</source>
        <translation>Мова, якою пишуться повідомлення цьому клієнтові</translation>
    </message>
    <message>
        <source>The firm&apos;s language</source>
        <translation>Мова фірми</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>М&amp;ова:</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дні</numerusform>
            <numerusform> днів</numerusform>
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
        <translation>ClientBook натрапив на проблему, якої не очікував. Усе, що вже збережено, у безпеці; дані у формі, яка була відкрита, могли не зберегтися.

Подробиці — в журналі:
%1

Якщо це повториться, надішліть цей файл тому, хто обслуговує ваш ClientBook.</translation>
    </message>
    <message>
        <source>ClientBook ran into a problem</source>
        <translation>ClientBook натрапив на проблему</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Відкрити теку журналу</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продовжити роботу</translation>
    </message>
    <message>
        <source>&amp;Quit ClientBook</source>
        <translation>В&amp;ийти з ClientBook</translation>
    </message>
    <message>
        <source>ClientBook could not do that</source>
        <translation>ClientBook не вдалося це зробити</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>No one</source>
        <translation>Без майстра</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Надруковано %1</translation>
    </message>
    <message>
        <source>Have ready: %1</source>
        <translation>Підготувати: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Уникати: %1</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Сьогодні день народження</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>Належить винагорода</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Друк аркуша дня</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Не вдалося надрукувати</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Зберегти аркуш дня як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the day sheet failed</source>
        <translation>Не вдалося зберегти аркуш дня</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day calendar</source>
        <translation>Календар дня</translation>
    </message>
</context>
<context>
    <name>DesignersModel</name>
    <message>
        <source>Designer</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation>Свій майстер</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>Обіцянки вчасно</translation>
    </message>
</context>
<context>
    <name>DeskNameRow</name>
    <message>
        <source>Who made a change, in the history and when two desks change the same record; kept on this computer (empty: the computer&apos;s name)</source>
        <translation>Хто зробив зміну — в історії та коли два робочі місця змінюють той самий запис; зберігається на цьому комп’ютері (порожньо: назва комп’ютера)</translation>
    </message>
    <message>
        <source>Could not keep the desk name</source>
        <translation>Не вдалося зберегти назву робочого місця</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n дублікат</numerusform>
            <numerusform>%n дублікати</numerusform>
            <numerusform>%n дублікатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n рядок з проблемами</numerusform>
            <numerusform>%n рядки з проблемами</numerusform>
            <numerusform>%n рядків з проблемами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second e-mail(s) kept in the clients&apos; notes.</source>
        <translation>
            <numerusform>%n другу адресу e-mail збережено в нотатках клієнта.</numerusform>
            <numerusform>%n другі адреси e-mail збережено в нотатках клієнтів.</numerusform>
            <numerusform>%n других адрес e-mail збережено в нотатках клієнтів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes of %n merged row(s) appended to the clients&apos; notes.</source>
        <translation>
            <numerusform>Нотатки %n об’єднаного рядка додано до нотаток клієнта.</numerusform>
            <numerusform>Нотатки %n об’єднаних рядків додано до нотаток клієнтів.</numerusform>
            <numerusform>Нотатки %n об’єднаних рядків додано до нотаток клієнтів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s) kept without the year, which was not a plausible birth year (line(s) %1).</source>
        <translation>
            <numerusform>%n день народження збережено без року, який не був правдоподібним роком народження (рядок %1).</numerusform>
            <numerusform>%n дні народження збережено без року, який не був правдоподібним роком народження (рядки %1).</numerusform>
            <numerusform>%n днів народження збережено без року, який не був правдоподібним роком народження (рядки %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Birthday month %1 is not between 1 and 12.</source>
        <translation>Місяць у даті народження має бути від 1 до 12, а не %1.</translation>
    </message>
    <message>
        <source>Birthday year %1 is not plausible.</source>
        <translation>Рік народження %1 неправдоподібний; перевірте його.</translation>
    </message>
    <message>
        <source>%1 is not a real date: that month has %2 days.</source>
        <translation>Дати %1 не існує: у цьому місяці днів лише %2.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation>У місяці %2 немає %1-го числа.</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date: use YYYY-MM-DD, or --MM-DD when the year is unknown.</source>
        <translation>Не вдається прочитати дату народження %1: пишіть РРРР-ММ-ДД або --ММ-ДД, якщо рік невідомий.</translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation>Кількість днів наперед не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date ClientBook can read; write it like %2.</source>
        <translation>ClientBook не може прочитати дату народження %1; запишіть її, наприклад, так: %2.</translation>
    </message>
    <message>
        <source>%1 The birthday was written %2.</source>
        <translation>%1 Дату народження записано як %2.</translation>
    </message>
    <message>
        <source>The quiet period is 0 to %1 days.</source>
        <translation>Інтервал між контактами має бути від 0 до %1 днів.</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount; write it like 45.50.</source>
        <translation>%1: %2 — це не сума; пишіть, наприклад, 45.50.</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount.</source>
        <translation>%1: %2 — це не сума.</translation>
    </message>
    <message>
        <source>%1 %2 is negative.</source>
        <translation>%1: %2 — сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>%1 %2 is too large for an amount.</source>
        <translation>%1: %2 — завелика сума.</translation>
    </message>
    <message>
        <source>%1 %2 has more than two decimals.</source>
        <translation>%1: %2 — більше двох знаків після коми.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Вкажіть ім’я клієнта.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Ім’я не може бути довшим за %1 символів.</translation>
    </message>
    <message>
        <source>Notes are longer than %1 characters.</source>
        <translation>Нотатки не можуть бути довшими за %1 символів.</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 — це не адреса електронної пошти.</translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation>%1 — це не номер телефону.</translation>
    </message>
    <message>
        <source>A preference needs a value.</source>
        <translation>Вподобання не може бути порожнім.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Nothing was changed.</source>
        <translation>Не вдалося записати резервну копію в теку %1: %2. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файлу %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot restore from this file: %1 Nothing was changed.</source>
        <translation>З цього файлу не можна відновити дані: %1 Нічого не змінено.</translation>
    </message>
    <message>
        <source>Restoring failed: %1. The data as it was is in %2.</source>
        <translation>Не вдалося відновити: %1. Попередні дані збережено в %2.</translation>
    </message>
    <message>
        <source>Restoring failed: %1.</source>
        <translation>Не вдалося відновити: %1.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Клієнта з ID %1 немає.</translation>
    </message>
    <message>
        <source>This service is not on the menu.</source>
        <translation>Цієї послуги немає в переліку.</translation>
    </message>
    <message>
        <source>Only a booking still to come can be moved; this one is %1.</source>
        <translation>Перенести можна лише майбутній запис; цей має стан %1.</translation>
    </message>
    <message>
        <source>A cancellation reason is client, late or firm.</source>
        <translation>Причина скасування: client, late або firm.</translation>
    </message>
    <message>
        <source>The assigned designer does not exist.</source>
        <translation>Закріпленого майстра більше немає; виберіть іншого.</translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation>Цього клієнта більше немає; можливо, його видалили.</translation>
    </message>
    <message>
        <source>No client given.</source>
        <translation>Клієнта не вказано.</translation>
    </message>
    <message>
        <source>%1 matches %2 clients; use the client id instead.</source>
        <translation>За запитом %1 знайдено кількох клієнтів (%2); вкажіть ID клієнта.</translation>
    </message>
    <message>
        <source>No client matches %1.</source>
        <translation>Клієнта за запитом %1 не знайдено.</translation>
    </message>
    <message>
        <source>Choose which column holds the client&apos;s name.</source>
        <translation>Виберіть стовпець з ім’ям клієнта.</translation>
    </message>
    <message>
        <source>Only one column can be %1.</source>
        <translation>Лише один стовпець може містити %1.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Ім’я не може бути порожнім.</translation>
    </message>
    <message>
        <source>id %1 is not a whole number.</source>
        <translation>ID %1 — не ціле число.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Працівника з ID %1 немає.</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>Нотатка має бути коротшою за %1 символів.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Експорт скасовано; жодного файлу не записано.</translation>
    </message>
    <message>
        <source>Cells can be separated by a comma, a semicolon or a tab, not %1.</source>
        <translation>Роздільником клітинок може бути кома, крапка з комою або табуляція, але не %1.</translation>
    </message>
    <message>
        <source>Cannot export %1; choose one of %2.</source>
        <translation>Не можна експортувати %1; виберіть одне з: %2.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not %2.</source>
        <translation>%1 має бути yes або no, а не %2.</translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time; use YYYY-MM-DD HH:MM.</source>
        <translation>%1: %2 — це не дата й час; пишіть РРРР-ММ-ДД ГГ:ХХ.</translation>
    </message>
    <message>
        <source>Cannot import %1; choose one of %2.</source>
        <translation>Не можна імпортувати %1; виберіть одне з: %2.</translation>
    </message>
    <message>
        <source>%1 looks like %2, not ClientBook clients CSV. Import it as contacts: clientbook import contacts %3 (in the window: File → Import contacts…).</source>
        <translation>%1 схожий на %2, а не на CSV клієнтів ClientBook. Імпортуйте його як контакти: clientbook import contacts %3 (у вікні: Файл → Імпортувати контакти…).</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): unknown column(s) %4; the columns are: %5.</source>
        <translation>%1 — не файл CSV ClientBook типу %2 (схоже на %3): невідомі стовпці %4; мають бути такі стовпці: %5.</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): a column it needs is missing; the columns are: %4.</source>
        <translation>%1 — не файл CSV ClientBook типу %2 (схоже на %3): бракує потрібного стовпця; мають бути такі стовпці: %4.</translation>
    </message>
    <message>
        <source>%1 looks like ClientBook %2 CSV, not contacts; import it as that kind.</source>
        <translation>%1 схожий на файл CSV ClientBook типу %2, а не на контакти; імпортуйте його як файл цього типу.</translation>
    </message>
    <message>
        <source>%1 has no header row (it has no lines with text); the first line should name the columns.</source>
        <translation>%1: немає рядка заголовків (у файлі немає жодного рядка з текстом); перший рядок має містити назви стовпців.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 columns but ClientBook reads at most %4; check that the right delimiter is chosen, or remove the columns you do not need.</source>
        <translation>Рядок %1 у файлі %2 має стовпців: %3, а ClientBook читає щонайбільше %4; перевірте, чи вибрано правильний роздільник, або вилучіть непотрібні стовпці.</translation>
    </message>
    <message>
        <source>Line %1 of %2 contains a NUL character, which text never has; the file is damaged or not saved as text (CSV).</source>
        <translation>Рядок %1 у файлі %2 містить символ NUL, якого в тексті не буває; файл пошкоджено або збережено не як текст (CSV).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell is never closed; check for a stray &quot; on that line (a cell that starts with a quote must end with one).</source>
        <translation>Рядок %1 у файлі %2: клітинку в лапках не закрито; пошукайте в цьому рядку зайву &quot; (клітинка, що починається з лапки, має нею й закінчуватися).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell has more text after its closing quote; check for a stray &quot; (inside a quoted cell a quote is written twice: &quot;&quot;).</source>
        <translation>Рядок %1 у файлі %2: після закривної лапки клітинки є ще текст; пошукайте зайву &quot; (усередині клітинки в лапках лапку пишуть двічі: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as CSV (%3).</source>
        <translation>Рядок %1 у файлі %2 не вдається прочитати як CSV (%3).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; this usually means a &quot; opens a quoted cell that is never closed; check the file in a spreadsheet program.</source>
        <translation>Рядок %1 у файлі %2: клітинка більша за 1 МБ; зазвичай це означає, що &quot; відкриває клітинку в лапках, яку так і не закрито; перевірте файл у програмі електронних таблиць.</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; check the file in a spreadsheet program.</source>
        <translation>Рядок %1 у файлі %2: клітинка більша за 1 МБ; перевірте файл у програмі електронних таблиць.</translation>
    </message>
    <message>
        <source>This client book already has data; use --force to add demo data anyway.</source>
        <translation>У цій базі вже є дані; щоб усе одно додати демонстраційні дані, використайте --force.</translation>
    </message>
    <message>
        <source>The number of demo clients cannot be negative.</source>
        <translation>Кількість демонстраційних клієнтів не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Spend is too large for an amount.</source>
        <translation>Сума завелика.</translation>
    </message>
    <message>
        <source>An appointment needs a duration.</source>
        <translation>Вкажіть тривалість запису.</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>Вкажіть, що пообіцяли.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Цього запису більше немає.</translation>
    </message>
    <message>
        <source>This appointment already has its visit (id %1); correct that visit instead of logging a second one.</source>
        <translation>Цей запис уже має свій візит (id %1); виправте той візит, а не додавайте другий.</translation>
    </message>
    <message>
        <source>This promise no longer exists.</source>
        <translation>Цієї обіцянки більше немає.</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled.</source>
        <translation>Цю обіцянку вже виконано або скасовано.</translation>
    </message>
    <message>
        <source>Choose a new due time that is still to come.</source>
        <translation>Виберіть новий термін, який ще не минув.</translation>
    </message>
    <message>
        <source>Nothing imported: the file has rows with problems (%1). Fix them in the file, or choose to skip those rows.</source>
        <translation>Нічого не імпортовано: у файлі є рядки з проблемами (%1). Виправте їх у файлі або виберіть пропустити ці рядки.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Немає імпорту, який можна скасувати.</translation>
    </message>
    <message>
        <source>The last import (%1, %2) was already undone. To undo an earlier import, list them and name the one to undo.</source>
        <translation>Останній імпорт (%1, %2) уже скасовано. Щоб скасувати попередній, перегляньте список імпортів і вкажіть, який саме.</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>Немає імпорту з id %1.</translation>
    </message>
    <message>
        <source>Import %1 (%2) was already undone.</source>
        <translation>Імпорт %1 (%2) уже скасовано.</translation>
    </message>
    <message>
        <source>Nothing undone: %1</source>
        <translation>Нічого не скасовано: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was saved.</source>
        <translation>Імпорт скасовано; нічого не збережено.</translation>
    </message>
    <message>
        <source>%1 cells but the header has %2.</source>
        <translation>Клітинок: %1, а в рядку заголовків — лише %2.</translation>
    </message>
    <message>
        <source>id %1 is also on line %2.</source>
        <translation>id %1 також є в рядку %2.</translation>
    </message>
    <message>
        <source>%1 has no header row: its first line is empty.</source>
        <translation>%1: немає рядка заголовків — перший рядок порожній.</translation>
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header.</source>
        <translation>%1: стовпець %2 трапляється в рядку заголовків двічі.</translation>
    </message>
    <message>
        <source>There is no loyalty rule; set one in Settings first.</source>
        <translation>Правило бонусів не задано; спершу задайте його в налаштуваннях.</translation>
    </message>
    <message>
        <source>No reward is due for this client yet.</source>
        <translation>Цьому клієнтові ще не належить бонус.</translation>
    </message>
    <message>
        <source>This reward is no longer recorded.</source>
        <translation>Відмітки про цей бонус більше немає.</translation>
    </message>
    <message>
        <source>client_id %1 is not a client in this book.</source>
        <translation>client_id %1: такого клієнта в базі немає.</translation>
    </message>
    <message>
        <source>Give the client: a client_id, or a phone, email or name.</source>
        <translation>Вкажіть клієнта: client_id або телефон, ел. пошту чи ім’я.</translation>
    </message>
    <message>
        <source>id %1 is not a whole number above 0.</source>
        <translation>id %1 має бути цілим числом, більшим за 0.</translation>
    </message>
    <message>
        <source>%1 id %2 is already in this book; leave the id empty to add it as a new one.</source>
        <translation>%1 з id %2 уже є в базі; залиште id порожнім, щоб додати як новий.</translation>
    </message>
    <message>
        <source>category %1 is not one of: %2.</source>
        <translation>category %1 — недопустиме значення; можливі: %2.</translation>
    </message>
    <message>
        <source>value is empty.</source>
        <translation>Стовпець value порожній.</translation>
    </message>
    <message>
        <source>status %1 is not one of: %2.</source>
        <translation>status %1 — недопустиме значення; можливі: %2.</translation>
    </message>
    <message>
        <source>duration_min %1 is not a whole number.</source>
        <translation>duration_min %1 — не ціле число.</translation>
    </message>
    <message>
        <source>duration_min must be more than 0.</source>
        <translation>duration_min має бути більшим за 0.</translation>
    </message>
    <message>
        <source>duration_min %1 is longer than a day (%2 minutes).</source>
        <translation>duration_min %1 — довше за добу (%2 хвилин).</translation>
    </message>
    <message>
        <source>text is empty: say what was promised.</source>
        <translation>Стовпець text порожній: вкажіть, що пообіцяли.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Стовпець %1 порожній.</translation>
    </message>
    <message>
        <source>The currency needs a three-letter code such as EUR.</source>
        <translation>Вкажіть валюту трилітерним кодом, напр. UAH або EUR.</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use one such as GB, ES or CN, or leave it empty.</source>
        <translation>«%1» — не код країни для телефонних номерів; вкажіть, наприклад, UA, GB чи ES, або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Birthday reminders look 0 to %1 days ahead.</source>
        <translation>Нагадування про дні народження можна задати від 0 до %1 днів наперед.</translation>
    </message>
    <message>
        <source>The loyalty rule is off, by visits or by spend.</source>
        <translation>Правило бонусів може бути лише одним із таких: вимкнено, за візитами або за сумою.</translation>
    </message>
    <message>
        <source>A reward comes every 2 to %1 visits.</source>
        <translation>Бонус можна давати раз на 2–%1 візитів.</translation>
    </message>
    <message>
        <source>Describe the reward in at most %1 characters.</source>
        <translation>Опис бонусу має бути не довшим за %1 символів.</translation>
    </message>
    <message>
        <source>Call back within 0 (no target) to %1 minutes.</source>
        <translation>Час на зворотний дзвінок — від 0 (не задавати) до %1 хвилин.</translation>
    </message>
    <message>
        <source>Flag clients not seen for 1 to %1 years, or 0 for never.</source>
        <translation>Клієнтів, яких давно не було, можна позначати через 1–%1 років; 0 — вимкнено.</translation>
    </message>
    <message>
        <source>Nudge 1 to %1 minutes before an appointment, or 0 for never.</source>
        <translation>Нагадування про запис можна задати за 1–%1 хвилин до початку; 0 — вимкнено.</translation>
    </message>
    <message>
        <source>Start at login is 1 (yes) or 0 (no).</source>
        <translation>Автозапуск: 1 (так) або 0 (ні).</translation>
    </message>
    <message>
        <source>Keep the firm&apos;s name under %1 characters.</source>
        <translation>Назва фірми має бути коротшою за %1 символів.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use one such as Europe/London, or leave it empty for this computer&apos;s.</source>
        <translation>«%1» — не часовий пояс; укажіть, наприклад, Europe/London або залиште порожнім для поясу цього комп’ютера.</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>Налаштування %1 не існує.</translation>
    </message>
    <message>
        <source>The spend for a reward needs an amount above 0, such as 500.</source>
        <translation>Сума для бонусу має бути більшою за 0, напр. 500.</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>Вкажіть ім’я працівника.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Цього працівника більше немає.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an encoding ClientBook knows; choose one from the list.</source>
        <translation>ClientBook не знає кодування %1; виберіть одне зі списку.</translation>
    </message>
    <message>
        <source>%1 is empty, so there is nothing to import; check that you chose the right file.</source>
        <translation>Файл %1 порожній, тож імпортувати нічого; перевірте, чи вибрано правильний файл.</translation>
    </message>
    <message>
        <source>%1 does not look like a text file (CSV or vCard); save or export the contacts as CSV or vCard and choose that file.</source>
        <translation>Файл %1 не схожий на текстовий (CSV чи vCard); збережіть або експортуйте контакти як CSV чи vCard і виберіть той файл.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding, perhaps %4.</source>
        <translation>Рядок %1 у файлі %2 не вдається прочитати в кодуванні %3; виберіть інше кодування, можливо, %4.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding.</source>
        <translation>Рядок %1 у файлі %2 не вдається прочитати в кодуванні %3; виберіть інше кодування.</translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line, so it was not read; the file may have been cut short.</source>
        <translation>у цього контакту немає рядка END:VCARD, тож його не прочитано; можливо, файл обрізано.</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (a line cannot be read: %1).</source>
        <translation>цей контакт пошкоджено, і його не прочитано (не вдається прочитати рядок %1).</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (%1).</source>
        <translation>цей контакт пошкоджено, і його не прочитано (%1).</translation>
    </message>
    <message>
        <source>%1 has no contacts in vCard format (no BEGIN:VCARD line); export the contacts again as vCard (.vcf) or CSV.</source>
        <translation>У файлі %1 немає контактів у форматі vCard (немає рядка BEGIN:VCARD); експортуйте контакти ще раз як vCard (.vcf) або CSV.</translation>
    </message>
    <message>
        <source>this contact was not read: line %1 is larger than 1 MB (%2 characters); check the file in a contacts program.</source>
        <translation>цей контакт не прочитано: рядок %1 більший за 1 МБ (%2 символів); перевірте файл у програмі для контактів.</translation>
    </message>
    <message>
        <source>this contact was not read: it is larger than 2 MB (past line %1); check the file in a contacts program.</source>
        <translation>цей контакт не прочитано: він більший за 2 МБ (після рядка %1); перевірте файл у програмі для контактів.</translation>
    </message>
    <message>
        <source>its text is not in the character set it declares</source>
        <translation>його текст не в тому кодуванні, яке в ньому зазначено</translation>
    </message>
    <message>
        <source>SQLite could not copy the data (%1)</source>
        <translation>SQLite не вдалося скопіювати дані (%1)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 пошкоджено: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>Файл %1 порожній (0 байтів).</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database.</source>
        <translation>%1 — не база даних ClientBook.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3).</source>
        <translation>%1 створено новішою версією ClientBook (формат даних %2; ця версія читає формати до %3).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation>%1 не вдається прочитати як базу даних (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 не вдається прочитати (%2).</translation>
    </message>
    <message>
        <source>the new backup did not check out: %1</source>
        <translation>нова резервна копія не пройшла перевірку: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Диск, на якому зберігається %1, заповнений, тому зміну не збережено. Звільніть місце й спробуйте ще раз; уже збережені дані не втрачено.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open its data. Free some space and try again.</source>
        <translation>Диск, на якому зберігається %1, заповнений, тому ClientBook не може відкрити свої дані. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so the change was not saved. Close it (or wait for it to finish) and try again; nothing already saved was lost.</source>
        <translation>Дані ClientBook у %1 використовує інша програма, тому зміну не збережено. Закрийте її (або дочекайтеся, доки вона завершить роботу) і спробуйте ще раз; уже збережені дані не втрачено.</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so ClientBook cannot open its data. Close it (or wait for it to finish) and try again.</source>
        <translation>Дані ClientBook у %1 використовує інша програма, тому ClientBook не може відкрити свої дані. Закрийте її (або дочекайтеся, доки вона завершить роботу) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so the change was not saved. Restore a backup or move it away.</source>
        <translation>%1 не можна використовувати як базу даних ClientBook: файл пошкоджено (%2), тому зміну не збережено. Відновіть резервну копію або перемістіть цей файл в інше місце.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so ClientBook cannot open its data. Restore a backup or move it away.</source>
        <translation>%1 не можна використовувати як базу даних ClientBook: файл пошкоджено (%2), тому ClientBook не може відкрити свої дані. Відновіть резервну копію або перемістіть цей файл в інше місце.</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so the change was not saved. Check the disk or network connection and try again; nothing already saved was lost.</source>
        <translation>Диск повідомив про помилку (%1) для %2, тому зміну не збережено. Перевірте диск або мережеве з’єднання й спробуйте ще раз; уже збережені дані не втрачено.</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so ClientBook cannot open its data. Check the disk or network connection and try again.</source>
        <translation>Диск повідомив про помилку (%1) для %2, тому ClientBook не може відкрити свої дані. Перевірте диск або мережеве з’єднання й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The server %1 refused the user or password. Put the password in PostgreSQL&apos;s password file (.pgpass) or a service file, or ask the administrator for access; ClientBook never stores it.</source>
        <translation>Сервер %1 відхилив користувача або пароль. Запишіть пароль у файл паролів PostgreSQL (.pgpass) чи у файл служби або попросіть доступ в адміністратора; ClientBook ніколи не зберігає паролів.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check its name, or ask the administrator to create it (createdb).</source>
        <translation>Бази даних %1 на сервері немає. Перевірте назву або попросіть адміністратора створити її (createdb).</translation>
    </message>
    <message>
        <source>The user %1 may not use the database %2. Ask the administrator to grant access.</source>
        <translation>Користувач %1 не має права користуватися базою даних %2. Попросіть доступ в адміністратора.</translation>
    </message>
    <message>
        <source>The PostgreSQL server for %1 could not be reached (%2). Check that it is running and that this computer may connect to it, then try again.</source>
        <translation>Не вдалося з&apos;єднатися з сервером PostgreSQL для %1 (%2). Перевірте, що він працює і що цей комп&apos;ютер може до нього під&apos;єднатися, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Leave the password out of the address %1: ClientBook never keeps one. Put it in PostgreSQL&apos;s password file (.pgpass) or a service file, then try again.</source>
        <translation>Приберіть пароль з адреси %1: ClientBook ніколи не зберігає паролів. Запишіть його у файл паролів PostgreSQL (.pgpass) чи у файл служби і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The user may read %1 but not set up ClientBook&apos;s tables there (%2). Ask the administrator to make this user the database&apos;s owner.</source>
        <translation>Користувач може читати %1, але не може створити там таблиці ClientBook (%2). Попросіть адміністратора зробити цього користувача власником бази даних.</translation>
    </message>
    <message>
        <source>The book %1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook on this computer; the book was left untouched.</source>
        <translation>Книгу %1 записав новіший ClientBook (формат даних %2; ця версія читає до %3). Встановіть новіший ClientBook на цьому комп&apos;ютері; книгу не змінено.</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, so it is not a ClientBook book. ClientBook left it untouched; give it an empty database of its own.</source>
        <translation>У базі даних %1 є таблиці іншої програми, тож це не книга ClientBook. ClientBook її не змінив; виділіть для нього окрему порожню базу даних.</translation>
    </message>
    <message>
        <source>Another desk was saving the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Інше робоче місце зберігало ті самі записи в ту саму мить; нічого не збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation>База даних відхилила зміну: %1.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to make that change; ask the administrator. Nothing was saved.</source>
        <translation>Сервер %1 не дозволяє цьому користувачеві таку зміну; зверніться до адміністратора. Нічого не збережено.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to read that; ask the administrator.</source>
        <translation>Сервер %1 не дозволяє цьому користувачеві читати це; зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>The change was not saved: the server %1 could not be reached (%2). Check the network and try again; nothing already saved was lost.</source>
        <translation>Зміну не збережено: не вдалося з&apos;єднатися з сервером %1 (%2). Перевірте мережу і спробуйте ще раз; нічого з уже збереженого не втрачено.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the folder exists and that you may read and write it.</source>
        <translation>Не вдається відкрити %1: %2. Перевірте, чи існує тека і чи маєте ви право читати її та записувати в неї.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1.</source>
        <translation>Не вдалося зберегти зміну: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>Не вдається використати %1: %2.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>Файл даних %1 доступний лише для читання, тому зміну не збережено. Перевірте права доступу до файлу та його теки (або чи не захищено диск від запису); уже збережені дані не втрачено.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>Тека даних %1 доступна лише для читання, тому зміну не збережено. Перевірте права доступу до файлу та його теки (або чи не захищено диск від запису); уже збережені дані не втрачено.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>Файл даних %1 доступний лише для читання, тому ClientBook не може відкрити свої дані. Перевірте права доступу до файлу та його теки (або чи не захищено диск від запису).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>Тека даних %1 доступна лише для читання, тому ClientBook не може відкрити свої дані. Перевірте права доступу до файлу та його теки (або чи не захищено диск від запису).</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook не може прочитати %1: %2. Перевірте права доступу до теки (або чи не захищено диск від запису).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot read it. Free some space and try again.</source>
        <translation>Диск, на якому зберігається %1, заповнений, тому ClientBook не може прочитати дані. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2.</source>
        <translation>ClientBook не може прочитати %1: %2.</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook не може відкрити %1: %2. Перевірте права доступу до теки (або чи не захищено диск від запису).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open it. Free some space and try again.</source>
        <translation>Диск, на якому зберігається %1, заповнений, тому ClientBook не може відкрити дані. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2.</source>
        <translation>ClientBook не може відкрити %1: %2.</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook не може створити файл даних у %1: %2. Перевірте права доступу до теки (або чи не захищено диск від запису).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot create its data file in it. Free some space and try again.</source>
        <translation>Диск, на якому розташовано %1, заповнений, тому ClientBook не може створити там файл даних. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2.</source>
        <translation>ClientBook не може створити файл даних у %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a usable ClientBook database (it may have been damaged). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>Файл %1 порожній (0 байтів), тож це не придатна база даних ClientBook (можливо, файл пошкоджено). ClientBook не змінював його; відновіть резервну копію або перемістіть файл в інше місце.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header (the first 100 bytes) is damaged. ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 не можна використовувати як базу даних ClientBook: пошкоджено її заголовок (перші 100 байтів). ClientBook не змінював файл; відновіть резервну копію або перемістіть файл в інше місце.</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database: it is not a database file at all. ClientBook left it untouched; move it away or choose another data folder with --data-dir.</source>
        <translation>%1 — не база даних ClientBook: це взагалі не файл бази даних. ClientBook не змінював його; перемістіть файл в інше місце або виберіть іншу теку даних через --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header is damaged (page size %2). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 не можна використовувати як базу даних ClientBook: пошкоджено її заголовок (розмір сторінки %2). ClientBook не змінював файл; відновіть резервну копію або перемістіть файл в інше місце.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it has been cut short (%2 of %3 bytes). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 не можна використовувати як базу даних ClientBook: файл обрізано (%2 з %3 байтів). ClientBook не змінював його; відновіть резервну копію або перемістіть файл в інше місце.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file from another program, not a ClientBook database. Choose another data folder with --data-dir.</source>
        <translation>%1 — файл SQLite іншої програми, а не база даних ClientBook. Виберіть іншу теку даних через --data-dir.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook to open it; the file was left untouched.</source>
        <translation>%1 створено новішою версією ClientBook (формат даних %2; ця версія читає формати до %3). Щоб відкрити його, установіть новішу версію ClientBook; файл залишено без змін.</translation>
    </message>
    <message>
        <source>%1 was found damaged (%2), so ClientBook saves no changes to it until a backup is restored (File → Restore from backup…, or `clientbook restore --latest`) or it is repaired (`clientbook check --repair`).</source>
        <translation>Виявлено, що %1 пошкоджено (%2), тому ClientBook не зберігає в нього змін, доки не буде відновлено резервну копію (Файл → Відновити з резервної копії…, або `clientbook restore --latest`) чи його не буде виправлено (`clientbook check --repair`).</translation>
    </message>
    <message>
        <source>another program is reading the book</source>
        <translation>інша програма зараз читає базу</translation>
    </message>
    <message>
        <source>The data folder %1 is a link to %2, which does not exist (a drive not connected, or a folder moved or deleted). Connect or restore it, or choose another data folder with --data-dir.</source>
        <translation>Тека даних %1 — це посилання на %2, якого не існує (диск не під’єднано або теку переміщено чи видалено). Під’єднайте або відновіть її чи виберіть іншу теку даних через --data-dir.</translation>
    </message>
    <message>
        <source>appointment %1 has an unreadable time (%2)</source>
        <translation>запис %1 має нечитабельний час (%2)</translation>
    </message>
    <message>
        <source>visit %1 has an unreadable time (%2)</source>
        <translation>візит %1 має нечитабельний час (%2)</translation>
    </message>
    <message>
        <source>promise %1 has an unreadable time (%2)</source>
        <translation>обіцянка %1 має нечитабельний час (%2)</translation>
    </message>
    <message>
        <source>client %1 has an unreadable time (%2)</source>
        <translation>клієнт %1 має нечитабельний час (%2)</translation>
    </message>
    <message>
        <source>row %1 of %3 has an unreadable time (%2)</source>
        <translation>рядок %1 у %3 має нечитабельний час (%2)</translation>
    </message>
    <message>
        <source>client %1 has an unreadable birthday (%2)</source>
        <translation>клієнт %1 має нечитабельний день народження (%2)</translation>
    </message>
    <message>
        <source>A template needs some text.</source>
        <translation>Шаблон не може бути порожнім.</translation>
    </message>
    <message>
        <source>Keep a template under %1 characters.</source>
        <translation>Шаблон має бути коротшим за %1 символів.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use %2.</source>
        <translation>%1 не є заповнювачем; використовуйте %2.</translation>
    </message>
    <message>
        <source>Client %1 has no appointment with id %2.</source>
        <translation>Клієнт %1 не має запису з id %2.</translation>
    </message>
    <message>
        <source>%1 has no appointment coming up to remind them of.</source>
        <translation>У %1 немає найближчого запису, про який можна нагадати.</translation>
    </message>
    <message>
        <source>Keep a message under %1 characters.</source>
        <translation>Повідомлення має бути коротшим за %1 символів.</translation>
    </message>
    <message>
        <source>Not logged for %1: %2</source>
        <translation>Не записано для %1: %2</translation>
    </message>
    <message>
        <source>There is no message kind %1; use one of %2.</source>
        <translation>Немає типу повідомлення %1; використовуйте один із: %2.</translation>
    </message>
    <message>
        <source>Messages can be written in %1.</source>
        <translation>Повідомлення можна писати такими мовами: %1.</translation>
    </message>
    <message>
        <source>There is no channel %1; use one of %2.</source>
        <translation>Немає каналу %1; використовуйте один із: %2.</translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>Немає візиту з id %1.</translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days (YYYY-MM-DD..YYYY-MM-DD).</source>
        <translation>«%1» — це не день і не проміжок днів (РРРР-ММ-ДД..РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <source>Time off must end on or after its first day.</source>
        <translation>Відпустка має закінчуватися не раніше за свій перший день.</translation>
    </message>
    <message>
        <source>“%1” is not a working-hours line; write it like “mon-fri 09:00-17:00”, “sat 10:00-13:00,14:00-16:00” or “sun off”.</source>
        <translation>«%1» — це не рядок робочих годин; пишіть як «mon-fri 09:00-17:00», «sat 10:00-13:00,14:00-16:00» або «sun off».</translation>
    </message>
    <message>
        <source>A booking lasts 1 to %1 minutes.</source>
        <translation>Запис триває від 1 до %1 хвилин.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Послузі потрібна назва.</translation>
    </message>
    <message>
        <source>A price is zero or more, and less than the largest amount.</source>
        <translation>Ціна — нуль або більше і менша за найбільшу суму.</translation>
    </message>
    <message>
        <source>The menu already has a service called “%1”.</source>
        <translation>У переліку вже є послуга «%1».</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Виберіть послугу.</translation>
    </message>
    <message>
        <source>This book does not hold only the sample data, so nothing was removed.</source>
        <translation>Ця книга містить не лише демонстраційні дані, тому нічого не видалено.</translation>
    </message>
    <message>
        <source>This book holds %1 client(s) of your own beside the sample data, so nothing was removed. Archive or delete the sample clients one by one instead.</source>
        <translation>Крім демонстраційних даних, ця книга містить ваших клієнтів: %1, тому нічого не видалено. Архівуйте або видаліть демонстраційних клієнтів по одному.</translation>
    </message>
    <message>
        <source>This book holds staff of your own (%1) beside the sample team, so nothing was removed.</source>
        <translation>Крім демонстраційної команди, ця книга містить ваш персонал (%1), тому нічого не видалено.</translation>
    </message>
    <message>
        <source>The calendar window ends before it starts.</source>
        <translation>Період календаря закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>Line %1 of the calendar file: %2</source>
        <translation>Рядок %1 файлу календаря: %2</translation>
    </message>
    <message>
        <source>The book is already at %1.</source>
        <translation>Книга вже на %1.</translation>
    </message>
    <message>
        <source>%1 already exists: ClientBook moves a book only into a new file, so nothing is overwritten. Choose another name.</source>
        <translation>%1 вже існує: ClientBook переносить книгу лише в новий файл, щоб нічого не перезаписати. Виберіть іншу назву.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address ClientBook can use (%2). Write it like postgresql://user@host/database.</source>
        <translation>%1 — не адреса PostgreSQL, якою може скористатися ClientBook (%2). Запишіть її так: postgresql://користувач@сервер/база.</translation>
    </message>
    <message>
        <source>The copy of the book differs from the original in the table %1, so it was not kept. Nothing was changed; try again.</source>
        <translation>Копія книги відрізняється від оригіналу в таблиці %1, тому її не збережено. Нічого не змінено; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The book at %1 is not empty, so nothing was copied there. Move a book only into a new, empty database.</source>
        <translation>Книга на %1 не порожня, тож туди нічого не скопійовано. Переносьте книгу лише в нову, порожню базу даних.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>Такого працівника немає.</translation>
    </message>
    <message>
        <source>No calendar feed is set up (clientbook feed set URL).</source>
        <translation>Підписку на календар не налаштовано (clientbook feed set URL).</translation>
    </message>
    <message>
        <source>The feed sent ClientBook to an address that is not https:// (%1); it was not followed.</source>
        <translation>Підписка на календар переспрямувала ClientBook на адресу, що не починається з https:// (%1); за нею не перейдено.</translation>
    </message>
    <message>
        <source>The feed moved to another site (%1); it was not followed. If you trust it, enter its new address in Settings → Calendar feed.</source>
        <translation>Підписка на календар переїхала на інший сайт (%1); за нею не перейдено. Якщо ви йому довіряєте, введіть нову адресу в Налаштування → Підписка на календар.</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://.</source>
        <translation>Адреса підписки на календар має починатися з https://.</translation>
    </message>
    <message>
        <source>The feed&apos;s server answered %1 (%2) instead of the calendar.</source>
        <translation>Сервер підписки відповів %1 (%2) замість календаря.</translation>
    </message>
    <message>
        <source>The feed did not answer within %1 seconds.</source>
        <translation>Підписка на календар не відповіла протягом %1 с.</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not prove who it is: its certificate is not valid. Nothing was read.</source>
        <translation>Сайт підписки (%1) не зміг підтвердити, хто він: його сертифікат недійсний. Нічого не прочитано.</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not be reached: %2</source>
        <translation>Не вдалося з’єднатися із сайтом підписки (%1): %2</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB, more than a booking calendar holds; it was not read.</source>
        <translation>Підписка на календар більша за %1 МБ — більше, ніж вміщує календар записів; її не прочитано.</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address.</source>
        <translation>Введіть адресу підписки на календар.</translation>
    </message>
    <message>
        <source>That is not a web address a calendar feed has.</source>
        <translation>Це не вебадреса підписки на календар.</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://. Plain http:// would send its secret token and your clients&apos; names unprotected.</source>
        <translation>Адреса підписки має починатися з https://. Через звичайний http:// її секретний ключ та імена ваших клієнтів передавалися б незахищеними.</translation>
    </message>
    <message>
        <source>The feed is read every 1 to %1 minutes.</source>
        <translation>Підписка на календар читається кожні 1–%1 хв.</translation>
    </message>
    <message>
        <source>The feed has %1 event(s) ClientBook cannot read (line %2: %3); nothing was changed.</source>
        <translation>У підписці %1 подій, які ClientBook не може прочитати (рядок %2: %3); нічого не змінено.</translation>
    </message>
    <message>
        <source>The designer this feed belongs to is no longer on the staff; choose another in Settings → Calendar feed.</source>
        <translation>Дизайнера, якому належить ця підписка, більше немає серед працівників; виберіть іншого в Налаштування → Підписка на календар.</translation>
    </message>
    <message>
        <source>The feed could not be kept while importing it: %1</source>
        <translation>Не вдалося зберегти підписку під час імпорту: %1</translation>
    </message>
    <message>
        <source>%1 changed this record after you opened it; nothing was saved yet.</source>
        <translation>%1 змінило цей запис після того, як ви його відкрили; ще нічого не збережено.</translation>
    </message>
    <message>
        <source>A desk name is at most %1 characters.</source>
        <translation>Назва робочого місця — не більше %1 символів.</translation>
    </message>
    <message>
        <source>Another desk deleted this record after you opened it; nothing was saved.</source>
        <translation>Інше робоче місце видалило цей запис після того, як ви його відкрили; нічого не збережено.</translation>
    </message>
    <message>
        <source>A branch needs a name of 1 to %1 characters.</source>
        <translation>Філії потрібна назва від 1 до %1 символів.</translation>
    </message>
    <message>
        <source>There is no branch called %1 (clientbook branches lists them).</source>
        <translation>Немає філії з назвою %1 (clientbook branches показує їх перелік).</translation>
    </message>
    <message>
        <source>There is already a branch called %1.</source>
        <translation>Філія з назвою %1 уже існує.</translation>
    </message>
    <message>
        <source>The role %1 does not have the desks&apos; table privileges and this user may not give them: ask the administrator to run GRANT clientbook_desk TO %1.</source>
        <translation>Роль %1 не має прав на таблиці, потрібних робочим місцям, а цей користувач не може їх надати: попросіть адміністратора виконати GRANT clientbook_desk TO %1.</translation>
    </message>
    <message>
        <source>The role %1 is not a member of the branch %2.</source>
        <translation>Роль %1 не належить до філії %2.</translation>
    </message>
    <message>
        <source>There is no role called %1 on the PostgreSQL server. Create it first (CREATE ROLE … LOGIN), then grant it a branch.</source>
        <translation>На сервері PostgreSQL немає ролі з назвою %1. Спершу створіть її (CREATE ROLE … LOGIN), а потім надайте їй філію.</translation>
    </message>
    <message>
        <source>Only the book&apos;s owner may manage branches: a member of the role clientbook_owner, the database&apos;s owner or a superuser.</source>
        <translation>Керувати філіями може лише власник книги: член ролі clientbook_owner, власник бази даних або суперкористувач.</translation>
    </message>
    <message>
        <source>Branches belong to books shared on a PostgreSQL server; this book is a file on one computer, so it has one branch.</source>
        <translation>Філії бувають лише в книгах, спільних на сервері PostgreSQL; ця книга — файл на одному комп’ютері, тож має одну філію.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation>Куди експортувати</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Експортувати в теку</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>клієнти</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>вподобання</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>візити</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>обіцянки</translation>
    </message>
    <message>
        <source>&amp;Clients: one row each, preferences in readable columns</source>
        <translation>&amp;Клієнти: по рядку на клієнта, вподобання — у зручних для читання стовпцях</translation>
    </message>
    <message>
        <source>&amp;Preferences: one row per preference (to edit and import)</source>
        <translation>&amp;Вподобання: по рядку на кожне (для редагування й імпорту)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>В&amp;ізити</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>P&amp;romises</source>
        <translation>О&amp;біцянки</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Експорт у CSV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Що експортувати</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln рядок</numerusform>
            <numerusform>%Ln рядки</numerusform>
            <numerusform>%Ln рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>Export client</source>
        <translation>Експорт клієнта</translation>
    </message>
    <message>
        <source>Everything ClientBook keeps about &lt;b&gt;%1&lt;/b&gt;, for a data-access request: the client with phones and preferences, visits, appointments, promises and the contact log, one CSV file each.</source>
        <translation>Усе, що ClientBook зберігає про &lt;b&gt;%1&lt;/b&gt;, — для запиту на доступ до персональних даних: клієнт із телефонами та вподобаннями, візити, записи, обіцянки й журнал контактів, кожне в окремому файлі CSV.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;гляд…</translation>
    </message>
    <message>
        <source>&amp;UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 з &amp;BOM (для Excel)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Зберегти &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>Excel needs the byte-order mark to show Greek, Cyrillic, Chinese and accented names; turn it off only for a program that does not expect it.</source>
        <translation>Excel потребує позначки порядку байтів (BOM), щоб правильно показувати грецькі, кириличні, китайські імена та імена з діакритикою; вимикайте її лише для програм, які її не очікують.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Кома (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Крапка з комою (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Excel splits columns on a semicolon where numbers are written 3,5 and on a comma elsewhere; the default follows this computer&apos;s language settings.</source>
        <translation>Excel розділяє стовпці крапкою з комою там, де числа пишуть як 3,5, і комою — деінде; типове значення відповідає мовним налаштуванням цього комп’ютера.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>Dates are written 2026-11-22 14:30 and amounts 45.50, whatever the language; cells that start with = + - or @ get a &apos; in front so no spreadsheet runs them as formulas.</source>
        <translation>Дати записуються як 2026-11-22 14:30, а суми — як 45.50, незалежно від мови; перед клітинками, що починаються з = + - або @, ставиться &apos;, щоб жодна програма електронних таблиць не виконала їх як формули.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Виберіть, куди зберегти.</translation>
    </message>
    <message>
        <source>That is a folder; add a file name, e.g. %1.</source>
        <translation>Це тека; додайте назву файлу, напр. %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Замінити файл</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже існує. Замінити?</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Замінити файли</translation>
    </message>
    <message>
        <source>This client&apos;s files are already in %1. Replace them?</source>
        <translation>Файли цього клієнта вже є в %1. Замінити їх?</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Експорт: %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files about the client to %1.</source>
        <translation>
            <numerusform>Експортовано %n файл про клієнта в %1.</numerusform>
            <numerusform>Експортовано %n файли про клієнта в %1.</numerusform>
            <numerusform>Експортовано %n файлів про клієнта в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Експорт скасовано; жодного файлу не записано.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не вдалося експортувати</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Експортовано %Ln рядок у %1.</numerusform>
            <numerusform>Експортовано %Ln рядки в %1.</numerusform>
            <numerusform>Експортовано %Ln рядків у %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message numerus="yes">
        <source>Exporting %1: %2 of %Ln rows</source>
        <translation>
            <numerusform>Експорт: %1 — %2 з %Ln рядка</numerusform>
            <numerusform>Експорт: %1 — %2 з %Ln рядків</numerusform>
            <numerusform>Експорт: %1 — %2 з %Ln рядків</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>No calendar feed: ClientBook makes no network connection</source>
        <translation>Без підписки на календар: ClientBook не робить жодних мережевих з’єднань</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>Підписка на календар</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved address</source>
        <translation>Залиште порожнім, щоб зберегти збережену адресу</translation>
    </message>
    <message>
        <source>As each event says</source>
        <translation>Як зазначено в кожній події</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> хвилина</numerusform>
            <numerusform> хвилини</numerusform>
            <numerusform> хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read this feed</source>
        <translation>&amp;Читати цю підписку</translation>
    </message>
    <message>
        <source>Bookings from an online booking system or a shared calendar, imported like a calendar file. This is the only connection ClientBook makes to the internet, and only while a feed is set up. The address often holds a secret key: it is kept in a private file on this computer, never in backups, exports or the log.</source>
        <translation>Записи з онлайн-системи бронювання або спільного календаря, імпортовані так само, як файл календаря. Це єдине з’єднання ClientBook з інтернетом, і лише поки налаштовано підписку. Адреса часто містить секретний ключ: вона зберігається в приватному файлі на цьому комп’ютері, ніколи в резервних копіях, експорті чи журналі.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Адреса підписки</translation>
    </message>
    <message>
        <source>Bookings &amp;with:</source>
        <translation>Записи &amp;з:</translation>
    </message>
    <message>
        <source>Bookings with</source>
        <translation>Записи з</translation>
    </message>
    <message>
        <source>Read e&amp;very:</source>
        <translation>Читати &amp;кожні:</translation>
    </message>
    <message>
        <source>Read every, in minutes</source>
        <translation>Читати кожні, у хвилинах</translation>
    </message>
    <message>
        <source>Re&amp;move feed</source>
        <translation>&amp;Видалити підписку</translation>
    </message>
    <message>
        <source>Saved address: %1</source>
        <translation>Збережена адреса: %1</translation>
    </message>
    <message>
        <source>Remove the calendar feed</source>
        <translation>Видалити підписку на календар</translation>
    </message>
    <message>
        <source>Stop reading the feed and forget its address? The bookings it brought stay in the book.</source>
        <translation>Припинити читати підписку й забути її адресу? Записи, які вона принесла, залишаться в книзі.</translation>
    </message>
</context>
<context>
    <name>FeedSettingsRow</name>
    <message>
        <source>Set &amp;up…</source>
        <translation>Налашт&amp;увати…</translation>
    </message>
    <message>
        <source>Read bookings from an online booking system or a shared calendar (https://)</source>
        <translation>Читати записи з онлайн-системи бронювання або спільного календаря (https://)</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Calendar feed off</source>
        <translation>Підписку на календар вимкнено</translation>
    </message>
    <message>
        <source>Calendar feed: not read yet</source>
        <translation>Підписка на календар: ще не прочитано</translation>
    </message>
    <message>
        <source>Feed refreshed at %1: %2 new, %3 moved, %4 cancelled</source>
        <translation>Підписку оновлено о %1: нових %2, перенесених %3, скасованих %4</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1</source>
        <translation>Не вдалося з’єднатися з підпискою о %1</translation>
    </message>
    <message>
        <source>Feed could not be used at %1</source>
        <translation>Не вдалося використати підписку о %1</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1 — using the bookings from %2</source>
        <translation>Не вдалося з’єднатися з підпискою о %1 — використовуються записи станом на %2</translation>
    </message>
    <message>
        <source>Feed could not be used at %1 — using the bookings from %2</source>
        <translation>Не вдалося використати підписку о %1 — використовуються записи станом на %2</translation>
    </message>
</context>
<context>
    <name>FiguresColumn</name>
    <message>
        <source>Loyal clients and repeat business</source>
        <translation>Постійні клієнти й повторні візити</translation>
    </message>
    <message>
        <source>Latest period: %1</source>
        <translation>Останній період: %1</translation>
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
        <translation>Зараз нікому не треба повідомляти.</translation>
    </message>
    <message>
        <source>Clients to tell about their reward</source>
        <translation>Клієнти, яким варто сказати про бонус</translation>
    </message>
    <message>
        <source>Co&amp;ntact…</source>
        <translation>Зв’&amp;язатися…</translation>
    </message>
    <message>
        <source>Call, text or e-mail the selected client</source>
        <translation>Зателефонувати, написати SMS чи e-mail вибраному клієнтові</translation>
    </message>
    <message>
        <source>Messa&amp;ge…</source>
        <translation>Повідомл&amp;ення…</translation>
    </message>
    <message>
        <source>Tell the selected client about their reward</source>
        <translation>Повідомити вибраного клієнта про його бонус</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>Показати картку вибраного клієнта (Enter)</translation>
    </message>
    <message>
        <source>Set a loyalty &amp;rule…</source>
        <translation>Правило бон&amp;усів…</translation>
    </message>
    <message>
        <source>Everyone has been seen within the period.</source>
        <translation>Усі клієнти приходили протягом цього періоду.</translation>
    </message>
    <message>
        <source>Clients not seen for years</source>
        <translation>Клієнти, яких не було роками</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>Ар&amp;хівувати</translation>
    </message>
    <message>
        <source>Hide the selected client from lists and reminders; their history is kept</source>
        <translation>Приховати вибраного клієнта зі списків і нагадувань; його історія зберігається</translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data; anonymous visit figures stay</source>
        <translation>Стерти персональні дані вибраного клієнта; знеособлені дані про візити залишаться</translation>
    </message>
    <message>
        <source>Open Settings to flag clients not seen for some years</source>
        <translation>Відкрийте налаштування, щоб позначати клієнтів, яких не було кілька років</translation>
    </message>
    <message>
        <source>Promises &amp;kept on time</source>
        <translation>Об&amp;іцянки вчасно</translation>
    </message>
    <message>
        <source>A promise counts in the month it fell due; kept = done by its due time and not moved after it was late; cancelled promises don&apos;t count.</source>
        <translation>Обіцянка враховується в тому місяці, на який припав її термін; виконана вчасно — це виконана до терміну й не перенесена після того, як її прострочили; скасовані обіцянки не враховуються.</translation>
    </message>
    <message>
        <source>Promises kept on time, by month</source>
        <translation>Обіцянки, виконані вчасно, за місяцями</translation>
    </message>
    <message>
        <source>Promises kept on time, by staff member</source>
        <translation>Обіцянки, виконані вчасно, за працівниками</translation>
    </message>
    <message>
        <source>Re&amp;wards to tell</source>
        <translation>П&amp;овідомити про бонус</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>Відкрити к&amp;артку</translation>
    </message>
    <message>
        <source>For&amp;get…</source>
        <translation>Заб&amp;ути…</translation>
    </message>
    <message>
        <source>Choose a &amp;period…</source>
        <translation>Ви&amp;брати період…</translation>
    </message>
    <message>
        <source>Sa&amp;me designer</source>
        <translation>Свій ма&amp;йстер</translation>
    </message>
    <message>
        <source>Of the visits by clients currently assigned to a designer, the share that designer did (current assignment, not who it was at the time; archived clients left out).</source>
        <translation>Частка візитів клієнтів, закріплених за майстром, які провів саме цей майстер (за поточним закріпленням, а не тим, що було на час візиту; архівні клієнти не враховуються).</translation>
    </message>
    <message>
        <source>No client with an assigned designer has a visit yet.</source>
        <translation>Жоден клієнт із закріпленим майстром ще не мав візитів.</translation>
    </message>
    <message>
        <source>Clients seen by their own designer</source>
        <translation>Клієнти у свого майстра</translation>
    </message>
    <message>
        <source>Loyalty rewards are off, so there is nobody to tell. To reward regular clients, choose a rule in Settings (Loyalty).</source>
        <translation>Бонуси за лояльність вимкнено, тож повідомляти нікого. Щоб заохочувати постійних клієнтів, виберіть правило в налаштуваннях (розділ «Лояльність»).</translation>
    </message>
    <message numerus="yes">
        <source>A reward every %n visits.</source>
        <translation>
            <numerusform>Бонус — кожен %n-й візит.</numerusform>
            <numerusform>Бонус — кожен %n-й візит.</numerusform>
            <numerusform>Бонус — кожен %n-й візит.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward for every %1 spent.</source>
        <translation>Бонус за кожні %1 витрат.</translation>
    </message>
    <message>
        <source>Their next visit earns: %1.</source>
        <translation>Наступного візиту клієнт отримає: %1.</translation>
    </message>
    <message>
        <source>Their next visit earns a reward.</source>
        <translation>Наступного візиту клієнт отримає бонус.</translation>
    </message>
    <message>
        <source>They have nothing booked yet — tell them; it is a good reason to come back.</source>
        <translation>Вони ще не записані — повідомте їм: це добрий привід повернутися.</translation>
    </message>
    <message>
        <source>Off — set a period in Settings (Privacy) to list clients not seen for years.</source>
        <translation>Вимкнено — задайте період у налаштуваннях (розділ «Конфіденційність»), щоб бачити клієнтів, яких не було роками.</translation>
    </message>
    <message>
        <source>No visit or appointment since %1 (one booked ahead counts). Nothing is deleted automatically.</source>
        <translation>Жодного візиту чи запису з %1 (майбутній запис теж враховується). Нічого не видаляється автоматично.</translation>
    </message>
    <message>
        <source>Not seen for &amp;years</source>
        <translation>Давно не при&amp;ходять</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n &amp;years</source>
        <translation>
            <numerusform>Не при&amp;ходять %n рік</numerusform>
            <numerusform>Не при&amp;ходять %n роки</numerusform>
            <numerusform>Не при&amp;ходять %n років</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 of %2 kept on time (%3).</source>
        <translation>Загалом: вчасно виконано %1 із %2 (%3).</translation>
    </message>
    <message>
        <source>No promise has fallen due yet.</source>
        <translation>Термін жодної обіцянки ще не настав.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Архівувати клієнта</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept. To bring them back, tick Include archived on the Clients page and edit them.</source>
        <translation>%1: перенести до архіву? Клієнт зникне зі списків і нагадувань; його історія збережеться. Щоб повернути клієнта, позначте «Показувати архівних» на сторінці «Клієнти» й відредагуйте його.</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>Не вдалося архівувати</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget client</source>
        <translation>Забути клієнта</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>Забути клієнта: %1?</translation>
    </message>
    <message>
        <source>For a request to erase their data. Their visits stay in the reports, without their name.</source>
        <translation>Для запиту на видалення персональних даних. Візити клієнта залишаться у звітах, але без імені.</translation>
    </message>
    <message>
        <source>This cannot be undone. Automatic backups made before now still hold this client until they age out of rotation: up to a year. Files you exported or backed up yourself are not changed.</source>
        <translation>Цю дію не можна скасувати. Автоматичні резервні копії, створені раніше, міститимуть цього клієнта, доки їх не буде видалено під час ротації: до року. Файли, які ви експортували чи зберегли вручну, не змінюються.</translation>
    </message>
    <message>
        <source>&amp;I understand: forget this client for good</source>
        <translation>&amp;Я розумію: забути цього клієнта назавжди</translation>
    </message>
    <message>
        <source>Confirm forgetting this client</source>
        <translation>Підтвердити, що клієнта треба забути</translation>
    </message>
    <message>
        <source>&amp;Forget client</source>
        <translation>&amp;Забути клієнта</translation>
    </message>
    <message>
        <source>Erased now, for good</source>
        <translation>Буде стерто назавжди</translation>
    </message>
    <message>
        <source>Kept, without their name</source>
        <translation>Залишиться, але без імені</translation>
    </message>
    <message>
        <source>Name, phone numbers, e-mail, birthday and notes</source>
        <translation>Ім’я, номери телефонів, ел. пошта, день народження й нотатки</translation>
    </message>
    <message numerus="yes">
        <source>%n preferences (health notes included)</source>
        <translation>
            <numerusform>%n вподобання (разом із нотатками про здоров’я)</numerusform>
            <numerusform>%n вподобання (разом із нотатками про здоров’я)</numerusform>
            <numerusform>%n вподобань (разом із нотатками про здоров’я)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact wishes and %n contact-log entries</source>
        <translation>
            <numerusform>Побажання щодо зв’язку та %n контакт у журналі</numerusform>
            <numerusform>Побажання щодо зв’язку та %n контакти в журналі</numerusform>
            <numerusform>Побажання щодо зв’язку та %n контактів у журналі</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact wishes</source>
        <translation>Побажання щодо зв’язку</translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n невиконана обіцянка</numerusform>
            <numerusform>%n невиконані обіцянки</numerusform>
            <numerusform>%n невиконаних обіцянок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n kept or cancelled promises</source>
        <translation>
            <numerusform>Текст %n виконаної чи скасованої обіцянки</numerusform>
            <numerusform>Текст %n виконаних чи скасованих обіцянок</numerusform>
            <numerusform>Текст %n виконаних чи скасованих обіцянок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments from today on</source>
        <translation>
            <numerusform>%n запис, починаючи з сьогодні</numerusform>
            <numerusform>%n записи, починаючи з сьогодні</numerusform>
            <numerusform>%n записів, починаючи з сьогодні</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes written on their visits and appointments</source>
        <translation>Нотатки до візитів і записів клієнта</translation>
    </message>
    <message>
        <source>Their entries in the search index and the import log</source>
        <translation>Дані клієнта в пошуковому індексі та журналі імпорту</translation>
    </message>
    <message numerus="yes">
        <source>%n visits: date, service, staff and spend</source>
        <translation>
            <numerusform>%n візит: дата, послуга, працівник і сума</numerusform>
            <numerusform>%n візити: дата, послуга, працівник і сума</numerusform>
            <numerusform>%n візитів: дата, послуга, працівник і сума</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits to keep</source>
        <translation>Візитів немає</translation>
    </message>
    <message numerus="yes">
        <source>%n past appointments</source>
        <translation>
            <numerusform>%n минулий запис</numerusform>
            <numerusform>%n минулі записи</numerusform>
            <numerusform>%n минулих записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewards handed over</source>
        <translation>
            <numerusform>%n виданий бонус</numerusform>
            <numerusform>%n видані бонуси</numerusform>
            <numerusform>%n виданих бонусів</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether their promises were kept on time</source>
        <translation>Чи вчасно виконувалися обіцянки</translation>
    </message>
    <message>
        <source>This client was already forgotten on %1; nothing that identifies them is left.</source>
        <translation>Цього клієнта вже забуто %1; жодних даних, за якими його можна впізнати, не залишилося.</translation>
    </message>
    <message>
        <source>The client is forgotten. The data file still holds an old copy (%1); it goes when every program using the book has closed it.</source>
        <translation>Клієнта забуто. У файлі даних ще лишається стара копія (%1); вона зникне, коли всі програми, що працюють із базою, закриють файл.</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation>Знайти вільний час</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 хв)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Будь-хто</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Шукати</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Вільні проміжки</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>По&amp;слуга:</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>&amp;Майстер:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation>&amp;Записати на цей час</translation>
    </message>
    <message>
        <source>%1  %2–%3  %4</source>
        <translation>%1  %2–%3  %4</translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation>Протягом 30 днів вільного часу немає.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show in the history</source>
        <translation>Показати в історії</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>The client&apos;s history</source>
        <translation>Історія клієнта</translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation>Виправити візит…</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Видалити візит…</translation>
    </message>
    <message>
        <source>Correct promise…</source>
        <translation>Виправити обіцянку…</translation>
    </message>
    <message>
        <source>Correct what was promised, or who promised it (Enter)</source>
        <translation>Виправити, що пообіцяли або хто пообіцяв (Enter)</translation>
    </message>
    <message>
        <source>Correct the selected visit (Enter)</source>
        <translation>Виправити вибраний візит (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected visit (Delete); Ctrl+Z brings it back</source>
        <translation>Видалити вибраний візит (Delete); Ctrl+Z поверне його</translation>
    </message>
    <message>
        <source>Choose a client to see their history.</source>
        <translation>Виберіть клієнта, щоб побачити його історію.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>client name: entries count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the visit</source>
        <translation>Не вдалося відкрити візит</translation>
    </message>
    <message>
        <source>Could not open the promise</source>
        <translation>Не вдалося відкрити обіцянку</translation>
    </message>
    <message>
        <source>Could not delete the visit</source>
        <translation>Не вдалося видалити візит</translation>
    </message>
    <message>
        <source>Delete the visit of %1 (%2)? It leaves their visit count, rewards and reports; Ctrl+Z brings it back.</source>
        <translation>Видалити візит клієнта %1 (%2)? Він зникне з лічильника візитів, винагород і звітів; Ctrl+Z поверне його.</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Видалити візит</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обіцянка</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Винагорода</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обіцянки</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Винагороди</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прийшов</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не прийшов</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Виконано вчасно</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Виконано із запізненням</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>ім’я (особове)</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>address as</source>
        <translation>звертання</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефони</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ел. пошта</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день народження</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>дизайнер</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>вподобання</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>health consent</source>
        <translation>згода на дані про здоров’я</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>візит</translation>
    </message>
    <message>
        <source>visit time</source>
        <translation>час візиту</translation>
    </message>
    <message>
        <source>visit staff</source>
        <translation>працівник візиту</translation>
    </message>
    <message>
        <source>visit service</source>
        <translation>послуга візиту</translation>
    </message>
    <message>
        <source>visit spend</source>
        <translation>сума візиту</translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation>нотатки візиту</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>обіцянка</translation>
    </message>
    <message>
        <source>promise staff</source>
        <translation>працівник обіцянки</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>запис</translation>
    </message>
    <message>
        <source>booking time</source>
        <translation>час запису</translation>
    </message>
    <message>
        <source>booking status</source>
        <translation>стан запису</translation>
    </message>
    <message>
        <source>promise due</source>
        <translation>термін обіцянки</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>обіцянку виконано</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>обіцянку скасовано</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>%1, undoing the import of %2</source>
        <translation>%1, скасування імпорту %2</translation>
    </message>
    <message>
        <source>%1, by the import of %2</source>
        <translation>%1, під час імпорту %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(leave out)</source>
        <translation>(пропустити)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>Title (Mr, Dr…)</source>
        <translation>Титул (пан, д-р…)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Суфікс імені</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Звертатися</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <source>ClientBook id</source>
        <translation>ID у ClientBook</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Consent to health notes</source>
        <translation>Згода на нотатки про здоров’я</translation>
    </message>
    <message>
        <source>Google Contacts (older export)</source>
        <translation>Google Contacts (старий формат експорту)</translation>
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
        <translation>vCard (контакти з телефону)</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>електронна таблиця</translation>
    </message>
    <message>
        <source>ClientBook clients</source>
        <translation>Клієнти ClientBook</translation>
    </message>
    <message>
        <source>ClientBook visits</source>
        <translation>Візити ClientBook</translation>
    </message>
    <message>
        <source>ClientBook appointments</source>
        <translation>Записи ClientBook</translation>
    </message>
    <message>
        <source>ClientBook preferences</source>
        <translation>Вподобання ClientBook</translation>
    </message>
    <message>
        <source>ClientBook promises</source>
        <translation>Обіцянки ClientBook</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Кома ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Крапка з комою ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Перевірте стовпці</translation>
    </message>
    <message>
        <source>Each column of the file feeds one field. Change any guess that is wrong; the preview on the right follows.</source>
        <translation>Кожен стовпець файлу заповнює одне поле. Виправте те, що визначено неправильно; попередній перегляд праворуч оновиться.</translation>
    </message>
    <message>
        <source>Dates are day/month/year</source>
        <translation>Дати у форматі день/місяць/рік</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Імпортувати як</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Приклад</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Birthday / problem</source>
        <translation>День народження / проблема</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодування:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Роздільник:</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (визначено)</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Розпізнано: %1.</translation>
    </message>
    <message>
        <source>Imports as, for column %1</source>
        <translation>Імпортувати як (стовпець %1)</translation>
    </message>
    <message>
        <source>A ClientBook file: its columns are fixed. Check that the rows read right.</source>
        <translation>Файл ClientBook: його стовпці фіксовані. Перевірте, чи правильно прочитано рядки.</translation>
    </message>
    <message>
        <source>Dates like %1 are read as %2. If they mean %3, switch “Dates are day/month/year”.</source>
        <translation>Дати на кшталт %1 читаються як %2. Якщо мається на увазі %3, перемкніть «Дати у форматі день/місяць/рік».</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Перевірте всі рядки</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>What is wrong or similar</source>
        <translation>Що не так або що схоже</translation>
    </message>
    <message>
        <source>Merge into the existing client (fill in only what is missing)</source>
        <translation>Об’єднати з наявним клієнтом (заповнити лише те, чого бракує)</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Пропустити їх</translation>
    </message>
    <message>
        <source>Rows for someone already in the book or earlier in the file:</source>
        <translation>Рядки про людей, які вже є в базі або вище у файлі:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Перевірити знову</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>Прочитати файл ще раз після виправлення в програмі електронних таблиць</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Fix the file, then press Check again.</source>
        <translation>Виправте файл і натисніть «Перевірити знову».</translation>
    </message>
    <message>
        <source>Press Import to add them.</source>
        <translation>Натисніть «Імпортувати», щоб додати їх.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>та сама ел. пошта</translation>
    </message>
    <message>
        <source>same name and birthday</source>
        <translation>те саме ім’я й день народження</translation>
    </message>
    <message>
        <source>Same person as line %1 (%2)</source>
        <translation>Та сама людина, що в рядку %1 (%2)</translation>
    </message>
    <message>
        <source>Looks like %1 (%2)</source>
        <translation>Схоже на: %1 (%2)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Імпорт контактів</translation>
    </message>
    <message>
        <source>From Google Contacts, Outlook, a phone (vCard .vcf), a spreadsheet saved as CSV, or a ClientBook export.</source>
        <translation>З Google Contacts, Outlook, телефону (vCard .vcf), електронної таблиці, збереженої як CSV, або з експорту ClientBook.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Виберіть файл…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <source>Nothing is saved until the last step, and an import can be undone with File → Undo last import.</source>
        <translation>Нічого не зберігається до останнього кроку, а імпорт можна скасувати через «Файл → Скасувати останній імпорт».</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>%1 added, %2 merged into existing clients.</source>
        <translation>Додано: %1; об’єднано з наявними клієнтами: %2.</translation>
    </message>
    <message>
        <source>%1 updated by their ClientBook id.</source>
        <translation>Оновлено за ID у ClientBook: %1.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Left out: %1, %2.</source>
        <translation>Пропущено: %1, %2.</translation>
    </message>
    <message>
        <source>New staff: %1.</source>
        <translation>Нові працівники: %1.</translation>
    </message>
    <message>
        <source>Changed your mind? File → Undo last import removes it.</source>
        <translation>Передумали? «Файл → Скасувати останній імпорт» вилучить усе імпортоване.</translation>
    </message>
    <message>
        <source>Cannot read the file that way</source>
        <translation>Не вдається прочитати файл із такими параметрами</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Перевірка всіх рядків…</translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>Не вдається перевірити файл</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Імпорт скасовано</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Нічого не збережено.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Не вдалося імпортувати</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged.</source>
        <translation>Імпортовано: додано %1, об’єднано %2.</translation>
    </message>
    <message>
        <source>%1 stays: added by the import, but seen, contacted or edited since.</source>
        <translation>%1 залишається: додано імпортом, але відтоді був візит, контакт або зміни.</translation>
    </message>
    <message>
        <source>%1 keeps a field changed since the import (%2).</source>
        <translation>%1 зберігає поле, змінене після імпорту (%2).</translation>
    </message>
    <message>
        <source>The bookings the import moved or cancelled go back as they were.</source>
        <translation>Записи, які імпорт переніс або скасував, повертаються як були.</translation>
    </message>
    <message>
        <source>%1&apos;s booking stays as it is now: changed again since the import.</source>
        <translation>Запис клієнта %1 лишається як є: його знову змінили після імпорту.</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Скасувати останній імпорт</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Немає імпорту, який можна скасувати.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? It removes the %3 records it added and puts the %4 merged clients back as they were, except what was changed since. A backup is taken first.</source>
        <translation>Скасувати імпорт %1 (%2)? Буде видалено %3 доданих записів, а %4 об’єднаних клієнтів повернуто до попереднього стану, крім того, що змінили відтоді. Спершу буде створено резервну копію.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Не вдалося скасувати</translation>
    </message>
</context>
<context>
    <name>LoyaltyGroup</name>
    <message>
        <source>Loyalty</source>
        <translation>Лояльність</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message>
        <source>Every N visits</source>
        <translation>Кожен N-й візит</translation>
    </message>
    <message>
        <source>By spend</source>
        <translation>За витраченою сумою</translation>
    </message>
    <message numerus="yes">
        <source> visits</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> візит</numerusform>
            <numerusform> візити</numerusform>
            <numerusform> візитів</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit that earns the reward, e.g. every 10th</source>
        <translation>Візит, за який належить бонус, напр. кожен 10-й</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>напр., 500</translation>
    </message>
    <message>
        <source>A reward each time a client has spent this much</source>
        <translation>Бонус щоразу, коли клієнт витратить таку суму</translation>
    </message>
    <message>
        <source>e.g. free Earl Grey and dessert</source>
        <translation>напр., безкоштовний чай Earl Grey і десерт</translation>
    </message>
    <message>
        <source>Shown on the briefing card when a reward is due</source>
        <translation>Показується в картці клієнта, коли належить бонус</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <source>Loyalty rule</source>
        <translation>Правило бонусів</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>Р&amp;аз на:</translation>
    </message>
    <message>
        <source>Visits per reward</source>
        <translation>Візитів на бонус</translation>
    </message>
    <message>
        <source>Spen&amp;d per reward:</source>
        <translation>&amp;Сума для бонусу:</translation>
    </message>
    <message>
        <source>Spend per reward</source>
        <translation>Сума для бонусу</translation>
    </message>
    <message>
        <source>Re&amp;ward:</source>
        <translation>&amp;Бонус:</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Бонус</translation>
    </message>
    <message>
        <source>Spend per reward in %1</source>
        <translation>Сума для бонусу, %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>З&amp;міни</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>К&amp;лієнт</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Запис</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Інші дії</translation>
    </message>
    <message>
        <source>ClientBook</source>
        <translation>ClientBook</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клієнти</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>&amp;Подальші дії</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>Пе&amp;рсонал</translation>
    </message>
    <message>
        <source>Connect to a s&amp;hared book…</source>
        <translation>Під&apos;єднатися д&amp;о спільної книги…</translation>
    </message>
    <message>
        <source>Open a book kept on a PostgreSQL server, shared by several desks</source>
        <translation>Відкрити книгу, що зберігається на сервері PostgreSQL і спільна для кількох робочих місць</translation>
    </message>
    <message>
        <source>Clients in the book: %1</source>
        <translation>Клієнтів у базі: %1</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новий клієнт…</translation>
    </message>
    <message>
        <source>ClientBook — shared book %1</source>
        <translation>ClientBook — спільна книга %1</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>Кале&amp;ндар</translation>
    </message>
    <message>
        <source>Damaged data: may be incomplete, nothing is saved</source>
        <translation>Дані пошкоджено: можуть бути неповні, нічого не зберігається</translation>
    </message>
    <message>
        <source>Damaged data: what you see may be incomplete, and no change is saved until a backup is restored (File → Restore from backup…) or the file is repaired.</source>
        <translation>Дані пошкоджено: показане може бути неповним, і жодна зміна не зберігається, доки не відновлено резервну копію (Файл → Відновити з резервної копії…) або не виправлено файл.</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Редагувати клієнта…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Знайти клієнта</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Друкувати картку…</translation>
    </message>
    <message>
        <source>Save card as P&amp;DF…</source>
        <translation>З&amp;берегти картку як PDF…</translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation>&amp;Архівувати клієнта</translation>
    </message>
    <message>
        <source>C&amp;ontact client…</source>
        <translation>Зв’&amp;язатися з клієнтом…</translation>
    </message>
    <message>
        <source>See their contact wishes and log a call, text or e-mail</source>
        <translation>Переглянути побажання щодо зв’язку й відмітити дзвінок, SMS чи e-mail</translation>
    </message>
    <message>
        <source>&amp;Forget client…</source>
        <translation>&amp;Забути клієнта…</translation>
    </message>
    <message>
        <source>Erase this client&apos;s personal data (a request to be forgotten); anonymous visit figures stay</source>
        <translation>Стерти персональні дані цього клієнта (на запит про забуття); знеособлені дані про візити залишаться</translation>
    </message>
    <message>
        <source>Reward &amp;handed over</source>
        <translation>&amp;Бонус видано</translation>
    </message>
    <message>
        <source>Record that the client received the reward due today</source>
        <translation>Відмітити, що клієнт отримав належний сьогодні бонус</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Client &amp;history</source>
        <translation>&amp;Історія клієнта</translation>
    </message>
    <message>
        <source>Every visit, appointment, promise, contact, reward and change; correct a visit</source>
        <translation>Кожен візит, запис, обіцянка, контакт, винагорода і зміна; виправлення візиту</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Записати клієнта…</translation>
    </message>
    <message>
        <source>&amp;Log visit…</source>
        <translation>Додати &amp;візит…</translation>
    </message>
    <message>
        <source>Add &amp;promise…</source>
        <translation>Додати &amp;обіцянку…</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Позначити &amp;прихід</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Позначити &amp;неявку</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Імпортувати контакти…</translation>
    </message>
    <message>
        <source>Undo last i&amp;mport…</source>
        <translation>Скасувати останній ім&amp;порт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Export clients, visits… to CSV</source>
        <translation>Експортувати клієнтів, візити… у CSV</translation>
    </message>
    <message>
        <source>E&amp;xport client…</source>
        <translation>&amp;Експортувати клієнта…</translation>
    </message>
    <message>
        <source>Export everything about this client to CSV files</source>
        <translation>Експортувати всі дані про цього клієнта у файли CSV</translation>
    </message>
    <message>
        <source>&amp;Message client…</source>
        <translation>&amp;Повідомлення клієнтові…</translation>
    </message>
    <message>
        <source>Write to the client in their language: a reminder, birthday wishes, a reward, a follow-up</source>
        <translation>Написати клієнтові його мовою: нагадування, привітання з днем народження, бонус, відповідь за обіцянкою</translation>
    </message>
    <message>
        <source>&amp;Tomorrow&apos;s reminders…</source>
        <translation>Завтрашні на&amp;гадування…</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>Імпортувати &amp;календар…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Експортувати ка&amp;лендар…</translation>
    </message>
    <message>
        <source>Remove the sample &amp;data…</source>
        <translation>Видалити &amp;демонстраційні дані…</translation>
    </message>
    <message>
        <source>Empty a book that holds only the sample clients</source>
        <translation>Очистити книгу, що містить лише демонстраційних клієнтів</translation>
    </message>
    <message>
        <source>&amp;About ClientBook</source>
        <translation>&amp;Про ClientBook</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>П&amp;ро Qt</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Створити резервну копію…</translation>
    </message>
    <message>
        <source>Copy all of ClientBook&apos;s data to a folder you choose</source>
        <translation>Скопіювати всі дані ClientBook у вибрану теку</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Звіт&amp;и</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept and you can undo this.</source>
        <translation>%1: перенести до архіву? Клієнт зникне зі списків і нагадувань; його історія збережеться, а дію можна скасувати.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Архівувати клієнта</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>Не вдалося архівувати</translation>
    </message>
    <message>
        <source>%1 archived. Undo with Ctrl+Z.</source>
        <translation>%1 — в архіві. Скасувати: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Не вдалося скасувати</translation>
    </message>
    <message>
        <source>Could not record the reward</source>
        <translation>Не вдалося відмітити бонус</translation>
    </message>
    <message>
        <source>Reward for %1 recorded. Undo with Ctrl+Z.</source>
        <translation>Бонус відмічено: %1. Скасувати: Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MessageWiring</name>
    <message>
        <source>&amp;Message…</source>
        <translation>Повідомл&amp;ення…</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>Appointment reminder</source>
        <translation>Нагадування про запис</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>Привітання з днем народження</translation>
    </message>
    <message>
        <source>Reward waiting</source>
        <translation>Бонус чекає</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>Ми сумуємо за Вами</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Виконання обіцянки</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Довільний текст</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>1985-03-15, --03-15 (no year), 19850315, 1985/03/15, 3/15/1985 or 3/15/85 (month first), 15.03.1985 (day first)</source>
        <translation>1985-03-15, --03-15 (без року), 19850315, 1985/03/15, 3/15/1985 або 3/15/85 (спершу місяць), 15.03.1985 (спершу день)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>повне ім’я</translation>
    </message>
    <message>
        <source>the prefix</source>
        <translation>титул</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>the middle name</source>
        <translation>по батькові</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>the suffix</source>
        <translation>суфікс імені</translation>
    </message>
    <message>
        <source>the nickname</source>
        <translation>псевдонім</translation>
    </message>
    <message>
        <source>the “greet as” name</source>
        <translation>ім’я для звертання</translation>
    </message>
    <message>
        <source>the birthday</source>
        <translation>день народження</translation>
    </message>
    <message>
        <source>the designer</source>
        <translation>ім’я майстра</translation>
    </message>
    <message>
        <source>the ClientBook id</source>
        <translation>ID у ClientBook</translation>
    </message>
    <message>
        <source>the archived flag</source>
        <translation>позначку архіву</translation>
    </message>
    <message>
        <source>the date added</source>
        <translation>дату створення</translation>
    </message>
    <message>
        <source>the date last changed</source>
        <translation>дату останньої зміни</translation>
    </message>
    <message>
        <source>the date of consent to health notes</source>
        <translation>дату згоди на нотатки про здоров’я</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юнікод (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Юнікод (UTF-16)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Західноєвропейське (Windows-1252)</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (Windows-1251)</source>
        <translation>Кирилиця / українське (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (KOI8-U)</source>
        <translation>Кирилиця / українське (KOI8-U)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Грецьке (Windows-1253)</translation>
    </message>
    <message>
        <source>Greek (ISO 8859-7)</source>
        <translation>Грецьке (ISO 8859-7)</translation>
    </message>
    <message>
        <source>Chinese Simplified (GB18030, covers GBK and GB2312)</source>
        <translation>Китайське спрощене (GB18030, охоплює GBK і GB2312)</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>Китайське традиційне (Big5)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-1)</source>
        <translation>Західноєвропейське (ISO 8859-1)</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share (%2). SQLite data can be damaged there if the connection drops or two computers write at once: keep the data on this computer&apos;s own disk, and put backups on the share instead.</source>
        <translation>Тека даних %1 розташована в мережевій теці (%2). Там дані SQLite можуть пошкодитися, якщо зв’язок обірветься або два комп’ютери записуватимуть одночасно: зберігайте дані на власному диску цього комп’ютера, а в мережевій теці тримайте резервні копії.</translation>
    </message>
    <message>
        <source>a network path</source>
        <translation>мережевий шлях</translation>
    </message>
    <message>
        <source>network drive %1</source>
        <translation>мережевий диск %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>У клієнта немає номера телефону.</translation>
    </message>
    <message>
        <source>%1 has no country code and the firm&apos;s phone region is not set: set it in Settings or write the number with + and the country code.</source>
        <translation>%1 не має коду країни, а телефонний регіон фірми не задано: задайте його в Налаштуваннях або запишіть номер із + і кодом країни.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in region %2.</source>
        <translation>%1 не є дійсним номером телефону в регіоні %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid international phone number.</source>
        <translation>%1 не є дійсним міжнародним номером телефону.</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>дзвінок</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>текстові повідомлення</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>електронна пошта</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>особисто</translation>
    </message>
    <message>
        <source>The client asked not to be contacted.</source>
        <translation>Клієнт просив не зв’язуватися з ним.</translation>
    </message>
    <message>
        <source>The client was already contacted today.</source>
        <translation>З клієнтом уже зв’язувалися сьогодні.</translation>
    </message>
    <message>
        <source>Inside the quiet period: at most one contact every %1 days, and the last was on %2.</source>
        <translation>Триває період тиші: не частіше ніж раз на %1 дн., а останній контакт був %2.</translation>
    </message>
    <message>
        <source>The client prefers another channel: %1.</source>
        <translation>Клієнт надає перевагу іншому каналу: %1.</translation>
    </message>
    <message>
        <source>The client has no e-mail address.</source>
        <translation>У клієнта немає адреси електронної пошти.</translation>
    </message>
    <message>
        <source>%1 has %2 %3</source>
        <translation>У %1 записано %2 %3</translation>
    </message>
    <message>
        <source>%1 is already booked %2 with %3</source>
        <translation>%1 вже записаний(-а) %2 до %3</translation>
    </message>
    <message>
        <source>%1 is off on %2</source>
        <translation>%1 відпочиває %2</translation>
    </message>
    <message>
        <source>%1 does not work on %2</source>
        <translation>%1 не працює %2</translation>
    </message>
    <message>
        <source>%1 works %2 on %3</source>
        <translation>%1 працює %2 у %3</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 вже минув</translation>
    </message>
    <message>
        <source>%1 is not the client&apos;s usual designer</source>
        <translation>%1 — не постійний майстер клієнта</translation>
    </message>
</context>
<context>
    <name>NoShowModel</name>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Очікувано</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Пізні скасування</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
</context>
<context>
    <name>NoShowSection</name>
    <message>
        <source>No-shows and late cancellat&amp;ions</source>
        <translation>Неявки &amp;та пізні скасування</translation>
    </message>
    <message>
        <source>No-shows and late cancellations, by month</source>
        <translation>Неявки та пізні скасування за місяцями</translation>
    </message>
    <message>
        <source>Rate = no-shows ÷ bookings due that month. Bookings cancelled by the firm or in good time don&apos;t count; late cancellations do, and are shown beside.</source>
        <translation>Частка = неявки ÷ очікувані записи за місяць. Записи, скасовані фірмою або заздалегідь, не рахуються; пізні скасування рахуються і показані поруч.</translation>
    </message>
    <message>
        <source>Last 12 months: no-shows %1 of %2 due (%3); late cancellations %4.</source>
        <translation>Останні 12 місяців: неявки %1 з %2 очікуваних (%3); пізні скасування %4.</translation>
    </message>
    <message>
        <source>No booking has fallen due in the last 12 months.</source>
        <translation>За останні 12 місяців не було жодного запису, час якого настав.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursGroup</name>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>e.g. mon-fri 09:00-18:00; sat 10:00-14:00</source>
        <translation>напр. mon-fri 09:00-18:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Days not named are closed; separate the parts with a semicolon</source>
        <translation>Неназвані дні — вихідні; розділяйте частини крапкою з комою (дні англійською: mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Години роботи:</translation>
    </message>
    <message>
        <source>The calendar&apos;s day shows these hours, and designers with no hours of their own work them. Leave empty to follow the designers&apos; hours.</source>
        <translation>День календаря показує ці години, і майстри без власних годин працюють за ними. Залиште порожнім, щоб діяли години кожного майстра.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Активних на початок</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачено</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Повернуто</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <source>First visit spend</source>
        <translation>Сума першого візиту</translation>
    </message>
    <message>
        <source>New returned ≤ 90 days</source>
        <translation>Нові, що повернулися за ≤ 90 днів</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation>Від повторних клієнтів</translation>
    </message>
</context>
<context>
    <name>PreferenceCategory</name>
    <message>
        <source>Drink</source>
        <translation>Напій</translation>
    </message>
    <message>
        <source>Food/snack</source>
        <translation>Їжа/перекус</translation>
    </message>
    <message>
        <source>Room/ambience</source>
        <translation>Приміщення/атмосфера</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музика</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Allergy/health</source>
        <translation>Алергія/здоров’я</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Засоби</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>PreferencesEditor</name>
    <message>
        <source>Preferences</source>
        <translation>Вподобання</translation>
    </message>
    <message>
        <source>&amp;Add preference</source>
        <translation>Додати вподобанн&amp;я</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>Додати вподобання</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>В&amp;илучити</translation>
    </message>
    <message>
        <source>Remove selected preferences</source>
        <translation>Вилучити вибрані вподобання</translation>
    </message>
    <message>
        <source>Remove the selected preferences (Del)</source>
        <translation>Вилучити вибрані вподобання (Del)</translation>
    </message>
</context>
<context>
    <name>PreferencesModel</name>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Вподобання</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>Уникати</translation>
    </message>
    <message>
        <source>Tick for things to avoid: no upselling, no small talk, no perfume.</source>
        <translation>Позначте те, чого слід уникати: не нав’язувати покупки, без зайвих розмов, без парфумів.</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Pr&amp;eferences (how they like things, and what not to do):</source>
        <translation>Вподо&amp;бання (що клієнтові подобається і чого не робити):</translation>
    </message>
    <message>
        <source>Consent to keep health notes</source>
        <translation>Згода на зберігання нотаток про здоров’я</translation>
    </message>
    <message>
        <source>Allergies and health conditions (the Allergy/health preferences) are sensitive personal data: keep them only with the client&apos;s consent. Tick when they agree; the date is recorded.</source>
        <translation>Алергії та стан здоров’я (вподобання «Алергія/здоров’я») — чутливі персональні дані: зберігайте їх лише за згодою клієнта. Позначте, коли клієнт погодиться; дату буде записано.</translation>
    </message>
    <message>
        <source>⚠ This client has health notes but no consent is recorded. Ask them, then tick the box. The notes are saved and shown on the card either way.</source>
        <translation>⚠ У цього клієнта є нотатки про здоров’я, але згоду не записано. Запитайте клієнта й поставте позначку. Нотатки в будь-якому разі зберігаються й показуються в картці.</translation>
    </message>
    <message>
        <source>Consent to &amp;keep health notes (allergies, conditions)</source>
        <translation>З&amp;года на зберігання нотаток про здоров’я (алергії, стани)</translation>
    </message>
    <message>
        <source>{consent} — recorded on {date}</source>
        <translation>{consent} — відмічено {date}</translation>
    </message>
</context>
<context>
    <name>PrivacyGroup</name>
    <message>
        <source>Privacy</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message>
        <source>Clients with no visit or appointment for this many years are listed for you to review; 0 = off</source>
        <translation>Клієнтів без візитів і записів упродовж стількох років буде показано вам для перегляду; 0 — вимкнено</translation>
    </message>
    <message>
        <source>Never deletes anything; they are listed under Follow-ups.</source>
        <translation>Нічого не видаляється; такі клієнти з’являться в розділі «Подальші дії».</translation>
    </message>
    <message>
        <source>&amp;Flag clients not seen for:</source>
        <translation>Позначати клієнтів, яких &amp;не було:</translation>
    </message>
    <message>
        <source>Flag clients not seen for, in years</source>
        <translation>Позначати клієнтів, яких не було, років</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> рік</numerusform>
            <numerusform> роки</numerusform>
            <numerusform> років</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseActions</name>
    <message>
        <source>Could not mark the promise as done</source>
        <translation>Не вдалося позначити обіцянку виконаною</translation>
    </message>
    <message>
        <source>Could not reschedule the promise</source>
        <translation>Не вдалося перенести обіцянку</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled, or no longer exists.</source>
        <translation>Цю обіцянку вже виконано чи скасовано, або її більше не існує.</translation>
    </message>
    <message>
        <source>Cancel this promise? It will no longer be shown as due.</source>
        <translation>Скасувати цю обіцянку? Вона більше не показуватиметься в списку до виконання.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Скасувати обіцянку</translation>
    </message>
    <message>
        <source>Could not cancel the promise</source>
        <translation>Не вдалося скасувати обіцянку</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>Через &amp;годину</translation>
    </message>
    <message>
        <source>Due one hour from now</source>
        <translation>Термін — через годину</translation>
    </message>
    <message>
        <source>&amp;End of day 17:00</source>
        <translation>Кінець &amp;дня, 17:00</translation>
    </message>
    <message>
        <source>Due today at 17:00</source>
        <translation>Термін — сьогодні о 17:00</translation>
    </message>
    <message>
        <source>T&amp;omorrow 10:00</source>
        <translation>&amp;Завтра, 10:00</translation>
    </message>
    <message>
        <source>Due tomorrow at 10:00</source>
        <translation>Термін — завтра о 10:00</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;П’ятниця</translation>
    </message>
    <message>
        <source>Due the coming Friday at 17:00</source>
        <translation>Термін — найближча п’ятниця, 17:00</translation>
    </message>
    <message>
        <source>Promise to {name}</source>
        <translation>Обіцянка: {name}</translation>
    </message>
    <message>
        <source>e.g. Call back about the colour shade</source>
        <translation>напр., передзвонити щодо відтінку фарби</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>&amp;Що пообіцяли:</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Що пообіцяли</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>Пр&amp;ацівник:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Працівник</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Missed call: call back within %n min</source>
        <translation>
            <numerusform>Пр&amp;опущений дзвінок: передзвонити протягом %n хв</numerusform>
            <numerusform>Пр&amp;опущений дзвінок: передзвонити протягом %n хв</numerusform>
            <numerusform>Пр&amp;опущений дзвінок: передзвонити протягом %n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed call: call back within %n minutes</source>
        <translation>
            <numerusform>Пропущений дзвінок: передзвонити протягом %n хвилини</numerusform>
            <numerusform>Пропущений дзвінок: передзвонити протягом %n хвилин</numerusform>
            <numerusform>Пропущений дзвінок: передзвонити протягом %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back (missed call)</source>
        <translation>Передзвонити (пропущений дзвінок)</translation>
    </message>
</context>
<context>
    <name>PromiseEditDialog</name>
    <message>
        <source>Promise — {name}</source>
        <translation>Обіцянка — {name}</translation>
    </message>
    <message>
        <source>Correcting a promise already written down.</source>
        <translation>Виправлення вже записаної обіцянки.</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>&amp;Обіцянка:</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обіцянка</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Хто:</translation>
    </message>
    <message>
        <source>Who promised it</source>
        <translation>Хто пообіцяв</translation>
    </message>
</context>
<context>
    <name>PromiseMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Виконано вчасно</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
</context>
<context>
    <name>PromiseStaffModel</name>
    <message>
        <source>Staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Виконано вчасно</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Працівник №%1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без відповідального</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обіцянка</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>О&amp;біцянки</translation>
    </message>
    <message>
        <source>No promises due today.</source>
        <translation>На сьогодні обіцянок немає.</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Вик&amp;онано</translation>
    </message>
    <message>
        <source>Mark the selected promise as kept (Alt+O)</source>
        <translation>Позначити вибрану обіцянку виконаною (Alt+И)</translation>
    </message>
    <message>
        <source>Promise done</source>
        <translation>Обіцянку виконано</translation>
    </message>
    <message>
        <source>Cancel pro&amp;mise</source>
        <translation>Скас&amp;увати обіцянку</translation>
    </message>
    <message>
        <source>Give the selected promise a new due time (Alt+R)</source>
        <translation>Призначити вибраній обіцянці новий термін (Alt+Т)</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>Перенес&amp;ти…</translation>
    </message>
    <message>
        <source>Reschedule promise</source>
        <translation>Перенести обіцянку</translation>
    </message>
    <message>
        <source>Cancel the selected promise; you are asked first (Alt+I or Delete)</source>
        <translation>Скасувати вибрану обіцянку; спершу буде запит (Alt+У або Delete)</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Скасувати обіцянку</translation>
    </message>
    <message>
        <source>List every open promise, not only the first ones</source>
        <translation>Показати всі невиконані обіцянки, а не лише перші</translation>
    </message>
    <message>
        <source>Show all promises</source>
        <translation>Показати всі обіцянки</translation>
    </message>
    <message>
        <source>Promises overdue and due today</source>
        <translation>Прострочені обіцянки та обіцянки на сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Прострочені (%n)</numerusform>
            <numerusform>Прострочені (%n)</numerusform>
            <numerusform>Прострочені (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>На сьогодні (%n)</numerusform>
            <numerusform>На сьогодні (%n)</numerusform>
            <numerusform>На сьогодні (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n &amp;more)</source>
        <translation>
            <numerusform>Пок&amp;азати всі (ще %n)</numerusform>
            <numerusform>Пок&amp;азати всі (ще %n)</numerusform>
            <numerusform>Пок&amp;азати всі (ще %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>No one</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (не працює)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Зберегти (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Open the next client&apos;s briefing</source>
        <translation>Відкрити картку наступного клієнта</translation>
    </message>
    <message>
        <source>Show the birthdays list</source>
        <translation>Показати список днів народження</translation>
    </message>
    <message>
        <source>Dismiss the next-client reminder</source>
        <translation>Закрити нагадування про наступного клієнта</translation>
    </message>
    <message>
        <source>Dismiss the birthday reminder</source>
        <translation>Закрити нагадування про дні народження</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
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
        <translation>Дні народження &amp;сьогодні (%1)</translation>
    </message>
    <message>
        <source>No birthdays today</source>
        <translation>Сьогодні днів народження немає</translation>
    </message>
    <message>
        <source>This &amp;week (%1)</source>
        <translation>Цього &amp;тижня (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No other birthdays this week</source>
        <translation>Інших днів народження цього тижня немає</translation>
    </message>
    <message>
        <source>&amp;Remind me again</source>
        <translation>&amp;Нагадати ще раз</translation>
    </message>
    <message>
        <source>&amp;Open ClientBook</source>
        <translation>&amp;Відкрити ClientBook</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <translation>
            <numerusform>ще %n…</numerusform>
            <numerusform>ще %n…</numerusform>
            <numerusform>ще %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook is still running</source>
        <translation>ClientBook і далі працює</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Наступного тижня: %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>%1 наступного тижня</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1, +%2 more</source>
        <translation>%1 і ще %2</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today: %1</source>
        <translation>
            <numerusform>Сьогодні %n день народження: %1</numerusform>
            <numerusform>Сьогодні %n дні народження: %1</numerusform>
            <numerusform>Сьогодні %n днів народження: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays this week: %1</source>
        <translation>
            <numerusform>Цього тижня %n день народження: %1</numerusform>
            <numerusform>Цього тижня %n дні народження: %1</numerusform>
            <numerusform>Цього тижня %n днів народження: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays coming up: %1</source>
        <translation>
            <numerusform>Незабаром %n день народження: %1</numerusform>
            <numerusform>Незабаром %n дні народження: %1</numerusform>
            <numerusform>Незабаром %n днів народження: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week: %1</source>
        <translation>
            <numerusform>Цього тижня ще %n: %1</numerusform>
            <numerusform>Цього тижня ще %n: %1</numerusform>
            <numerusform>Цього тижня ще %n: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming up: %1</source>
        <translation>
            <numerusform>Незабаром ще %n: %1</numerusform>
            <numerusform>Незабаром ще %n: %1</numerusform>
            <numerusform>Незабаром ще %n: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more this week</source>
        <translation>
            <numerusform>ще %n цього тижня</numerusform>
            <numerusform>ще %n цього тижня</numerusform>
            <numerusform>ще %n цього тижня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more coming up</source>
        <translation>
            <numerusform>ще %n незабаром</numerusform>
            <numerusform>ще %n незабаром</numerusform>
            <numerusform>ще %n незабаром</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3, on their birthday</source>
        <translation>%1: візит — %2, %3, саме в день народження</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3; their birthday is %4</source>
        <translation>%1: візит — %2, %3; день народження — %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more booked in around their birthday</source>
        <translation>
            <numerusform>Ще %n клієнт має запис поблизу дня народження</numerusform>
            <numerusform>Ще %n клієнти мають запис поблизу дня народження</numerusform>
            <numerusform>Ще %n клієнтів мають запис поблизу дня народження</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>Цього тижня днів народження немає</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дні народження</translation>
    </message>
    <message>
        <source>No birthdays</source>
        <translation>Днів народження немає</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today</source>
        <translation>
            <numerusform>Сьогодні %n день народження</numerusform>
            <numerusform>Сьогодні %n дні народження</numerusform>
            <numerusform>Сьогодні %n днів народження</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation>%1 о %2 (%3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 о %2</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>сьогодні день народження</translation>
    </message>
    <message>
        <source>reward due</source>
        <translation>належить бонус</translation>
    </message>
    <message numerus="yes">
        <source>%n promises overdue</source>
        <translation>
            <numerusform>%n прострочена обіцянка</numerusform>
            <numerusform>%n прострочені обіцянки</numerusform>
            <numerusform>%n прострочених обіцянок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next client now: open the briefing</source>
        <translation>Наступний клієнт уже зараз: відкрийте картку</translation>
    </message>
    <message numerus="yes">
        <source>Next client in %n minutes: open the briefing</source>
        <translation>
            <numerusform>Наступний клієнт за %n хвилину: відкрийте картку</numerusform>
            <numerusform>Наступний клієнт за %n хвилини: відкрийте картку</numerusform>
            <numerusform>Наступний клієнт за %n хвилин: відкрийте картку</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook keeps running in the tray to remind you of birthdays; Quit from its menu.</source>
        <translation>ClientBook і далі працює в системному лотку, щоб нагадувати про дні народження; щоб вийти, виберіть «Вийти» в його меню.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Months</source>
        <translation>Місяці</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Квартали</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Роки</translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n квартал</numerusform>
            <numerusform>%n квартали</numerusform>
            <numerusform>%n кварталів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n рік</numerusform>
            <numerusform>%n роки</numerusform>
            <numerusform>%n років</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lost</source>
        <translation>Втрачені клієнти</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Повернуто</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Рівень відтоку</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <source>Average first-visit spend</source>
        <translation>Середня сума першого візиту</translation>
    </message>
    <message>
        <source>New clients back within 90 days</source>
        <translation>Нові клієнти, що повернулися протягом 90 днів</translation>
    </message>
    <message>
        <source>Loyal clients</source>
        <translation>Постійні клієнти</translation>
    </message>
    <message>
        <source>Average loyal tenure</source>
        <translation>Середній стаж постійних клієнтів</translation>
    </message>
    <message>
        <source>Revenue from loyal clients</source>
        <translation>Виручка від постійних клієнтів</translation>
    </message>
    <message>
        <source>Revenue from repeat clients</source>
        <translation>Виручка від повторних клієнтів</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 року</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lapsed today, not archived or forgotten, most valuable (total spend) first.</source>
        <translation>Клієнти, втрачені станом на сьогодні (крім архівних і забутих), спершу найцінніші (за загальною сумою витрат).</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable of %1 are listed.</source>
        <translation>
            <numerusform>У списку — %n найцінніший клієнт із %1.</numerusform>
            <numerusform>У списку — %n найцінніші клієнти з %1.</numerusform>
            <numerusform>У списку — %n найцінніших клієнтів із %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The median number of days between a client&apos;s visits.</source>
        <translation>Медіана кількості днів між візитами клієнта.</translation>
    </message>
    <message numerus="yes">
        <source>Clients who went without a visit for longer than %1 × their usual interval (with %2 or more visits) or %n days (fewer visits), counted in the period the threshold passed. Every lapse counts, including clients who joined in the period and a client who lapsed twice.</source>
        <translation>
            <numerusform>Клієнти, які не приходили довше, ніж %1 × їхній звичний інтервал (якщо мали %2 і більше візитів) або %n день (якщо візитів менше); враховуються в періоді, коли минув цей поріг. Рахується кожна втрата, зокрема клієнтів, які з’явилися в цьому періоді, і клієнта, якого втрачали двічі.</numerusform>
            <numerusform>Клієнти, які не приходили довше, ніж %1 × їхній звичний інтервал (якщо мали %2 і більше візитів) або %n дні (якщо візитів менше); враховуються в періоді, коли минув цей поріг. Рахується кожна втрата, зокрема клієнтів, які з’явилися в цьому періоді, і клієнта, якого втрачали двічі.</numerusform>
            <numerusform>Клієнти, які не приходили довше, ніж %1 × їхній звичний інтервал (якщо мали %2 і більше візитів) або %n днів (якщо візитів менше); враховуються в періоді, коли минув цей поріг. Рахується кожна втрата, зокрема клієнтів, які з’явилися в цьому періоді, і клієнта, якого втрачали двічі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lapsed clients who came back, counted in the period of that visit.</source>
        <translation>Втрачені клієнти, які повернулися; враховуються в періоді цього візиту.</translation>
    </message>
    <message>
        <source>Clients who had visited before the period began and had not lapsed by then. Archived clients are left out.</source>
        <translation>Клієнти, які приходили до початку періоду й на той час ще не були втрачені. Архівні клієнти не враховуються.</translation>
    </message>
    <message>
        <source>Of the clients active at the period&apos;s start, the share who lapsed during it (each client once; never more than 100 %).</source>
        <translation>Частка клієнтів, активних на початок періоду, яких протягом нього було втрачено (кожного клієнта враховано один раз; не більше 100 %).</translation>
    </message>
    <message>
        <source>Clients whose first visit fell in the period.</source>
        <translation>Клієнти, чий перший візит припав на цей період.</translation>
    </message>
    <message>
        <source>The average spend on those new clients&apos; first visit.</source>
        <translation>Середня сума першого візиту цих нових клієнтів.</translation>
    </message>
    <message numerus="yes">
        <source>Share of the period&apos;s new clients who came back within %n days of their first visit (blank until every one of them has had that long).</source>
        <translation>
            <numerusform>Частка нових клієнтів періоду, які повернулися протягом %n дня після першого візиту (порожньо, доки для кожного з них не мине стільки часу).</numerusform>
            <numerusform>Частка нових клієнтів періоду, які повернулися протягом %n днів після першого візиту (порожньо, доки для кожного з них не мине стільки часу).</numerusform>
            <numerusform>Частка нових клієнтів періоду, які повернулися протягом %n днів після першого візиту (порожньо, доки для кожного з них не мине стільки часу).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in the period, including zero-spend visits.</source>
        <translation>Візити за період, зокрема візити з нульовою сумою.</translation>
    </message>
    <message>
        <source>Revenue from visits that were not a client&apos;s first.</source>
        <translation>Виручка від візитів, які не були для клієнта першими.</translation>
    </message>
    <message numerus="yes">
        <source>Clients with %n or more visits.</source>
        <translation>
            <numerusform>Клієнти, які мали %n візит і більше.</numerusform>
            <numerusform>Клієнти, які мали %n візити й більше.</numerusform>
            <numerusform>Клієнти, які мали %n візитів і більше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their average time from first to latest visit.</source>
        <translation>Середній час від їхнього першого до останнього візиту.</translation>
    </message>
    <message>
        <source>Everything loyal clients have spent.</source>
        <translation>Усе, що витратили постійні клієнти.</translation>
    </message>
    <message>
        <source>Share of all revenue ever from visits that were not a client&apos;s first.</source>
        <translation>Частка всієї виручки за весь час від візитів, які не були для клієнта першими.</translation>
    </message>
    <message>
        <source>Visits the designer did in the periods shown.</source>
        <translation>Візити, які майстер провів за показані періоди.</translation>
    </message>
    <message>
        <source>Spend on those visits.</source>
        <translation>Сума за ці візити.</translation>
    </message>
    <message>
        <source>Of all visits by the designer&apos;s current clients, the share the designer did.</source>
        <translation>Частка візитів поточних клієнтів майстра, які провів саме він.</translation>
    </message>
    <message>
        <source>Promises the staff member kept by their due time.</source>
        <translation>Обіцянки, які працівник виконав до терміну.</translation>
    </message>
    <message>
        <source>Archived clients are left out of active, lapsed, won back, churn, consistency and the win-back list; their visits and spend still count.</source>
        <translation>Архівні клієнти не враховуються в показниках «активні», «втрачені», «повернуто», «відтік», «свій майстер» і в списку для повернення; їхні візити й витрати враховуються.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation>Свій майстер</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>Обіцянки вчасно</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Активних на початок</translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation>Від повторних клієнтів</translation>
    </message>
    <message>
        <source>Nobody has lapsed: every client came back within their usual time.</source>
        <translation>Втрачених клієнтів немає: усі повернулися у звичний для себе час.</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>Зазвичай раз на</translation>
    </message>
    <message>
        <source>No periods to show.</source>
        <translation>Немає періодів для показу.</translation>
    </message>
    <message>
        <source>Clients lost and won back</source>
        <translation>Втрачені й повернуті клієнти</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачено</translation>
    </message>
    <message>
        <source>Share of revenue: repeat clients and first visits</source>
        <translation>Частка виручки: повторні клієнти й перші візити</translation>
    </message>
    <message>
        <source>Repeat clients</source>
        <translation>Повторні клієнти</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Перші візити</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period length</source>
        <translation>Тривалість періоду</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Кількість періодів</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <source>E&amp;xport tables to CSV…</source>
        <translation>&amp;Експорт таблиць у CSV…</translation>
    </message>
    <message>
        <source>Write every table of this report as a CSV file into a folder</source>
        <translation>Записати кожну таблицю звіту в окремий файл CSV у вибраній теці</translation>
    </message>
    <message>
        <source>Save the figures, charts and tables as a PDF</source>
        <translation>Зберегти показники, діаграми й таблиці в PDF</translation>
    </message>
    <message>
        <source>Desi&amp;gner:</source>
        <translation>Ма&amp;йстер:</translation>
    </message>
    <message>
        <source>Working the report out</source>
        <translation>Обчислення звіту</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lapsed clients worth winning back</source>
        <translation>Втрачені клієнти, яких варто повернути</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зберегти &amp;як PDF…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Філія</translation>
    </message>
    <message>
        <source>Per&amp;iods:</source>
        <translation>&amp;Групувати:</translation>
    </message>
    <message>
        <source>Ho&amp;w many:</source>
        <translation>Скіл&amp;ьки:</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>&amp;Філія:</translation>
    </message>
    <message>
        <source>Log co&amp;ntact…</source>
        <translation>Відмі&amp;тити контакт…</translation>
    </message>
    <message>
        <source>Note a call, text or e-mail to the selected client</source>
        <translation>Відмітити дзвінок, SMS чи e-mail вибраному клієнтові</translation>
    </message>
    <message>
        <source>Add pro&amp;mise…</source>
        <translation>Додати обі&amp;цянку…</translation>
    </message>
    <message>
        <source>Promise the selected client something, with a date</source>
        <translation>Пообіцяти щось вибраному клієнтові, із терміном</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Відкрити картку</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>Показати картку вибраного клієнта (Enter)</translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>Показники за періодами</translation>
    </message>
    <message>
        <source>Figures per designer</source>
        <translation>Показники за майстрами</translation>
    </message>
    <message>
        <source>Win &amp;back</source>
        <translation>П&amp;овернути</translation>
    </message>
    <message>
        <source>B&amp;y designer</source>
        <translation>За м&amp;айстрами</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Усі філії</translation>
    </message>
    <message>
        <source>Win &amp;back (%1)</source>
        <translation>П&amp;овернути (%1)</translation>
    </message>
    <message>
        <source>Per peri&amp;od</source>
        <translation>За пер&amp;іодами</translation>
    </message>
    <message>
        <source>All designers</source>
        <translation>Усі майстри</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>Не вдалося побудувати звіт</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>За періодами</translation>
    </message>
    <message>
        <source>Per designer</source>
        <translation>За майстрами</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule promise</source>
        <translation>Перенести обіцянку</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Обіцянка:</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (прострочено)</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Поточний термін:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Відповідальний:</translation>
    </message>
    <message>
        <source>Moved before:</source>
        <translation>Уже переносили:</translation>
    </message>
    <message>
        <source>&amp;New due time:</source>
        <translation>&amp;Новий термін:</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>Новий термін</translation>
    </message>
    <message>
        <source>%1 → %2 (moved %3)</source>
        <translation>%1 → %2 (перенесено %3)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything entered since it was made is replaced; the data as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Виберіть резервну копію, до якої повернутися. Усе, що внесено після її створення, буде замінено; поточні дані спершу буде збережено як резервну копію, тож цю дію можна скасувати, відновивши її.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервні копії, спершу найновіші</translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation>Автоматичних резервних копій ще немає.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Інший файл…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Щоденна</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед імпортом</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед оновленням</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Створена вручну</translation>
    </message>
    <message>
        <source>Restore which file?</source>
        <translation>Який файл відновити?</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Востаннє</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>never — added %1</source>
        <translation>ніколи — додано %1</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Наступний візит</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Spent since last reward</source>
        <translation>Витрачено від останнього бонусу</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>%1-й візит</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Remove the sample data</source>
        <translation>Видалити демонстраційні дані</translation>
    </message>
    <message>
        <source>Remove the %1 sample clients with their visits, appointments and promises, and the demo team? The book is then empty, ready for your own clients. This cannot be undone.</source>
        <translation>Видалити %1 демонстраційних клієнтів з їхніми візитами, записами й обіцянками, а також демонстраційну команду? Книга стане порожньою, готовою для ваших клієнтів. Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Could not remove the sample data</source>
        <translation>Не вдалося видалити демонстраційні дані</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services menu</source>
        <translation>Перелік послуг</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов&apos;язково</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Хвилини:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Ціна:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Категорія:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Зберегти зміни</translation>
    </message>
    <message>
        <source>&amp;Hide from menu</source>
        <translation>&amp;Сховати з переліку</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (приховано)</translation>
    </message>
    <message>
        <source>S&amp;how on menu</source>
        <translation>&amp;Показати в переліку</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Three-letter ISO code, e.g. EUR or GBP</source>
        <translation>Трилітерний код ISO, напр. UAH або EUR</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Two-letter country code for numbers typed without +, e.g. GB, ES, CN, GR, UA</source>
        <translation>Дволітерний код країни для номерів, введених без +, напр. UA, GB, ES, CN, GR</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>Лише сьогодні</translation>
    </message>
    <message numerus="yes">
        <source> days ahead</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> день наперед</numerusform>
            <numerusform> дні наперед</numerusform>
            <numerusform> днів наперед</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Ва&amp;люта:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Телефонний &amp;регіон:</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Телефонний регіон</translation>
    </message>
    <message>
        <source>&amp;Birthday reminders:</source>
        <translation>Нагадування про &amp;дні народження:</translation>
    </message>
    <message>
        <source>Birthday reminder days</source>
        <translation>Нагадування про дні народження, днів наперед</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message numerus="yes">
        <source> minutes before</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> хвилина до початку</numerusform>
            <numerusform> хвилини до початку</numerusform>
            <numerusform> хвилин до початку</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder to open the client&apos;s briefing before each appointment</source>
        <translation>Нагадування відкрити картку клієнта перед кожним записом</translation>
    </message>
    <message>
        <source>Appointment &amp;nudge:</source>
        <translation>Нагадування про &amp;запис:</translation>
    </message>
    <message>
        <source>Minutes before an appointment to remind you</source>
        <translation>За скільки хвилин до запису нагадати</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Des&amp;k name:</source>
        <translation>Назва р&amp;обочого місця:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Назва робочого місця</translation>
    </message>
    <message>
        <source>&amp;Start ClientBook when I log in</source>
        <translation>Запускати ClientBook під час &amp;входу в систему</translation>
    </message>
    <message>
        <source>Start ClientBook when I log in</source>
        <translation>Запускати ClientBook під час входу в систему</translation>
    </message>
    <message>
        <source>Messa&amp;ge templates…</source>
        <translation>&amp;Шаблони повідомлень…</translation>
    </message>
    <message>
        <source>The firm&apos;s name and the words of messages to clients</source>
        <translation>Назва фірми та текст повідомлень клієнтам</translation>
    </message>
    <message>
        <source>Calendar feed:</source>
        <translation>Підписка на календар:</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>Підписка на календар</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Системна мова</translation>
    </message>
    <message>
        <source>The language of ClientBook&apos;s window on this computer</source>
        <translation>Мова вікон ClientBook на цьому комп’ютері</translation>
    </message>
    <message>
        <source>ClientBook will use %1 the next time it starts.</source>
        <translation>Мову «%1» буде застосовано під час наступного запуску ClientBook.</translation>
    </message>
    <message>
        <source>ClientBook will follow the system&apos;s language the next time it starts.</source>
        <translation>Під час наступного запуску ClientBook використовуватиме мову системи.</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Не вдалося змінити автозапуск: %1</translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <source>Connect to a shared book</source>
        <translation>Під&apos;єднатися до спільної книги</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate is checked</source>
        <translation>Обов&apos;язкове, з перевіркою сертифіката сервера</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язкове</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Якщо сервер його пропонує</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрування:</translation>
    </message>
    <message>
        <source>ClientBook never asks for or keeps the password: put it in PostgreSQL&apos;s password file (.pgpass) on this computer. The first desk to connect to an empty database sets it up; a database holding anything else is refused.</source>
        <translation>ClientBook ніколи не питає і не зберігає пароль: запишіть його у файл паролів PostgreSQL (.pgpass) на цьому комп&apos;ютері. Перше робоче місце, що під&apos;єднується до порожньої бази даних, налаштовує її; базу даних з будь-чим іншим буде відхилено.</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Під&apos;&amp;єднатися</translation>
    </message>
    <message>
        <source>Use this desk&apos;s &amp;own book</source>
        <translation>&amp;Власна книга цього робочого місця</translation>
    </message>
    <message>
        <source>Shared book</source>
        <translation>Спільна книга</translation>
    </message>
    <message>
        <source>This desk opens the shared book %1 from its next start. Close ClientBook and start it again to work in it.</source>
        <translation>Це робоче місце відкриватиме спільну книгу %1 з наступного запуску. Закрийте ClientBook і запустіть знову, щоб працювати в ній.</translation>
    </message>
    <message>
        <source>This desk opens its own book again from its next start.</source>
        <translation>Це робоче місце знову відкриватиме власну книгу з наступного запуску.</translation>
    </message>
</context>
<context>
    <name>StaffHoursEditor</name>
    <message>
        <source>Working hours</source>
        <translation>Робочі години</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вихідний</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Години у %1</translation>
    </message>
    <message>
        <source>For example 09:00-17:00, or 09:00-13:00, 14:00-18:00 with a break; empty: not working</source>
        <translation>Наприклад 09:00-17:00 або 09:00-13:00, 14:00-18:00 з перервою; порожньо: не працює</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Відпустки</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>Перший день відпустки</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>Останній день відпустки</translation>
    </message>
    <message>
        <source>Save wee&amp;kly hours</source>
        <translation>Зберегти &amp;години</translation>
    </message>
    <message>
        <source>&amp;Book time off</source>
        <translation>Дод&amp;ати відпустку</translation>
    </message>
    <message>
        <source>Remove time &amp;off</source>
        <translation>Видали&amp;ти відпустку</translation>
    </message>
    <message>
        <source>Time off:</source>
        <translation>Відпустки:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <source>Could not save the hours</source>
        <translation>Не вдалося зберегти години</translation>
    </message>
    <message>
        <source>Could not add the time off</source>
        <translation>Не вдалося додати відпустку</translation>
    </message>
    <message>
        <source>Could not remove the time off</source>
        <translation>Не вдалося видалити відпустку</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name of the new staff member</source>
        <translation>Ім’я нового працівника</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>Ім’я нового працівника</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>Посада нового працівника</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Додати осо&amp;бу</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Edit the selected name (F2)</source>
        <translation>Змінити вибране ім’я (F2)</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>Н&amp;овий:</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Пере&amp;йменувати</translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Д&amp;еактивувати</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Вил&amp;учити…</translation>
    </message>
    <message>
        <source>Inactive people stay on past records but are not offered for new bookings.</source>
        <translation>Деактивовані працівники залишаються в історії, але їх не пропонують для нових записів.</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>Вилучити працівника</translation>
    </message>
    <message>
        <source>Remove {name} from the staff list?

Their past visits, appointments and promises are kept, with no one named on them. To keep their name on those records, deactivate them instead.</source>
        <translation>Вилучити зі списку персоналу: {name}?

Минулі візити, записи й обіцянки збережуться, але без імені працівника. Щоб ім’я залишилося в історії, краще деактивуйте працівника.</translation>
    </message>
    <message>
        <source>React&amp;ivate</source>
        <translation>&amp;Активувати знову</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Працює</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Не працює</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>Сьогоднішню резервну копію не створено</translation>
    </message>
    <message>
        <source>ClientBook could not make today&apos;s automatic backup:
%1

Your data is not affected. Use File → Back up now… to copy it somewhere else.</source>
        <translation>ClientBook не вдалося створити сьогоднішню автоматичну резервну копію:
%1

Ваші дані не постраждали. Щоб скопіювати їх в інше місце, виберіть «Файл → Створити резервну копію…».</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data</source>
        <translation>ClientBook виявив пошкодження даних</translation>
    </message>
    <message>
        <source>Only the indexes of the data file are damaged:
%1

Rebuild them from the data now? Nothing is lost. Until then ClientBook saves no changes.</source>
        <translation>Пошкоджено лише індекси файлу даних:
%1

Перебудувати їх зараз із даних? Нічого не буде втрачено. Доти ClientBook не зберігає змін.</translation>
    </message>
    <message>
        <source>Data file repaired</source>
        <translation>Файл даних виправлено</translation>
    </message>
    <message>
        <source>The indexes were rebuilt, and the data file checks out again.</source>
        <translation>Індекси перебудовано, і файл даних знову проходить перевірку.</translation>
    </message>
    <message>
        <source>%1

There is no good backup to go back to. Stop using ClientBook on this data and ask for help; a copy of the file is safest kept as it is.</source>
        <translation>%1

Немає справної резервної копії, до якої можна повернутися. Припиніть працювати з цими даними в ClientBook і зверніться по допомогу; копію файлу найкраще зберегти без змін.</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data file:
%1

Go back to the newest good backup, from %2? Anything entered after it is lost; the damaged data is kept as a file.</source>
        <translation>ClientBook виявив пошкодження у файлі даних:
%1

Повернутися до найновішої справної резервної копії від %2? Усе, що внесено після неї, буде втрачено; пошкоджені дані збережуться окремим файлом.</translation>
    </message>
    <message>
        <source>The damaged data is still open: what it shows may be incomplete, and ClientBook saves no changes until a backup is restored (File → Restore from backup…).</source>
        <translation>Пошкоджені дані досі відкрито: показане може бути неповним, і ClientBook не зберігає змін, доки не буде відновлено резервну копію (Файл → Відновити з резервної копії…).</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Шаблони повідомлень</translation>
    </message>
    <message>
        <source>Signs every message, e.g. Salon Luz</source>
        <translation>Підпис кожного повідомлення, напр. Салон «Луч»</translation>
    </message>
    <message>
        <source>For clients without a language of their own</source>
        <translation>Для клієнтів без власної мови</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Текст шаблону</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation>&amp;Відновити початковий текст</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Заповнювачі: %1</translation>
    </message>
    <message>
        <source>&amp;Firm&apos;s name:</source>
        <translation>&amp;Назва фірми:</translation>
    </message>
    <message>
        <source>Messages &amp;default to:</source>
        <translation>Типова &amp;мова повідомлень:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>Н&amp;агода:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>М&amp;ова:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Нагода</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Booked</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>На місці</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Уникати: %1</translation>
    </message>
    <message>
        <source>Reward due: visit %1</source>
        <translation>Належить бонус: %1-й візит</translation>
    </message>
    <message>
        <source>Close to a reward</source>
        <translation>Скоро бонус</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Сьогодні день народження</translation>
    </message>
    <message>
        <source>Birthday soon</source>
        <translation>Скоро день народження</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Термін обіцянки</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>Обіцянку прострочено</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>Належить бонус</translation>
    </message>
    <message>
        <source>1 visit to a reward</source>
        <translation>До бонусу 1 візит</translation>
    </message>
    <message>
        <source>Other designer</source>
        <translation>Інший майстер</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Увага</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Зверніть увагу</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Show or hide the birthdays list</source>
        <translation>Показати або сховати список днів народження</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Сьогодні записів немає.</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Записи на сьогодні</translation>
    </message>
    <message>
        <source>Arr&amp;ived</source>
        <translation>Н&amp;а місці</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Завер&amp;шено</translation>
    </message>
    <message>
        <source>No-sho&amp;w</source>
        <translation>Не&amp;явка</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сьогодні, %1</translation>
    </message>
    <message>
        <source>&amp;Birthdays (%1)</source>
        <translation>Дн&amp;і народження (%1)</translation>
    </message>
    <message>
        <source>Could not change the appointment</source>
        <translation>Не вдалося змінити запис</translation>
    </message>
</context>
<context>
    <name>TomorrowDialog</name>
    <message>
        <source>Tomorrow&apos;s reminders</source>
        <translation>Завтрашні нагадування</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments to remind</source>
        <translation>Завтрашні записи для нагадування</translation>
    </message>
    <message>
        <source>Nothing is booked for tomorrow.</source>
        <translation>На завтра записів немає.</translation>
    </message>
    <message>
        <source>Appointments on %1</source>
        <translation>Записи на %1</translation>
    </message>
    <message>
        <source>Reminder sent today</source>
        <translation>Нагадування надіслано сьогодні</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Open %1 with the reminder and log it</source>
        <translation>Відкрити %1 з нагадуванням і записати контакт</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the reminder to paste it anywhere, and log it</source>
        <translation>Скопіювати нагадування, щоб вставити будь-де, і записати контакт</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link.</source>
        <translation>Жодна програма на цьому комп’ютері не відкриває такі посилання.</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>Не вдалося записати контакт</translation>
    </message>
    <message>
        <source>Reminder for %1 logged.</source>
        <translation>Нагадування для %1 записано.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo archive of %1</source>
        <translation>&amp;Скасувати архівування: %1</translation>
    </message>
    <message>
        <source>&amp;Undo contact log</source>
        <translation>&amp;Скасувати відмітку про контакт</translation>
    </message>
    <message>
        <source>&amp;Undo reward for %1</source>
        <translation>&amp;Скасувати бонус: %1</translation>
    </message>
    <message>
        <source>&amp;Undo visit change of %1</source>
        <translation>&amp;Скасувати зміну візиту: %1</translation>
    </message>
    <message>
        <source>&amp;Undo visit deletion of %1</source>
        <translation>&amp;Скасувати видалення візиту: %1</translation>
    </message>
    <message>
        <source>&amp;Undo promise change of %1</source>
        <translation>&amp;Скасувати зміну обіцянки: %1</translation>
    </message>
    <message>
        <source>&amp;Undo booking for %1</source>
        <translation>&amp;Скасувати запис для %1</translation>
    </message>
    <message>
        <source>&amp;Undo resize of %1&apos;s booking</source>
        <translation>&amp;Скасувати зміну тривалості запису %1</translation>
    </message>
    <message>
        <source>&amp;Undo move of %1&apos;s booking</source>
        <translation>&amp;Скасувати перенесення запису %1</translation>
    </message>
    <message>
        <source>&amp;Undo cancellation for %1</source>
        <translation>&amp;Скасувати скасування для %1</translation>
    </message>
    <message>
        <source>&amp;Undo no-show of %1</source>
        <translation>&amp;Скасувати неявку %1</translation>
    </message>
    <message>
        <source>&amp;Undo status change for %1</source>
        <translation>&amp;Скасувати зміну стану для %1</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit — {name}</source>
        <translation>Візит — {name}</translation>
    </message>
    <message>
        <source>This appointment&apos;s visit was logged already: correct it here.</source>
        <translation>Візит за цим записом уже зареєстровано: виправте його тут.</translation>
    </message>
    <message>
        <source>Correcting a visit already logged.</source>
        <translation>Виправлення вже зареєстрованого візиту.</translation>
    </message>
    <message>
        <source>From the {time} appointment, which will be marked done.</source>
        <translation>Із запису на {time}; його буде позначено як завершений.</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>напр., стрижка</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>Пр&amp;ацівник:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>По&amp;слуга:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>S&amp;pend:</source>
        <translation>Су&amp;ма:</translation>
    </message>
    <message>
        <source>Spend in {currency}</source>
        <translation>Сума, {currency}</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>A visit in the future?</source>
        <translation>Візит у майбутньому?</translation>
    </message>
    <message>
        <source>This visit is logged for %1 at %2, but it is now %3 on %4. Log it anyway?</source>
        <translation>Цей візит записується на %1 о %2, але зараз %3, %4. Усе одно записати?</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Not working</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>%1 booked
%2 free</source>
        <translation>%1 записів
%2 вільно</translation>
    </message>
    <message>
        <source>%1, %2: %3 bookings, %4 h booked, %5 h free</source>
        <translation>%1, %2: записів — %3, зайнято %4 год, вільно %5 год</translation>
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
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Цінність</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>Зазвичай раз на</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Майстер</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Спосіб зв’язку</translation>
    </message>
    <message>
        <source>Lapsed since</source>
        <translation>Не приходить з</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>не зв’язуватися</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>не частіше ніж раз на %n день</numerusform>
            <numerusform>не частіше ніж раз на %n дні</numerusform>
            <numerusform>не частіше ніж раз на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>частота зв’язку не обмежена</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to ClientBook</source>
        <translation>Вітаємо в ClientBook</translation>
    </message>
    <message>
        <source>Read-only data</source>
        <translation>Дані лише для читання</translation>
    </message>
    <message>
        <source>%1

ClientBook shows the data, but cannot save any change until the folder can be written to again.</source>
        <translation>%1

ClientBook показує дані, але не може зберегти жодної зміни, доки в теку знову не можна буде записувати.</translation>
    </message>
    <message>
        <source>There are no clients yet. Try ClientBook on a sample book of made-up clients with visits, appointments and promises, or start with an empty book for your own clients.

You can remove the sample data later: File → Remove the sample data…</source>
        <translation>Клієнтів ще немає. Спробуйте ClientBook на демонстраційній книзі з вигаданими клієнтами, візитами, записами й обіцянками або почніть з порожньої книги для власних клієнтів.

Демонстраційні дані можна видалити пізніше: Файл → Видалити демонстраційні дані…</translation>
    </message>
    <message>
        <source>&amp;Load the sample book</source>
        <translation>&amp;Завантажити демонстраційну книгу</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Почати з &amp;порожньої</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data:
%1

Go back to the newest good backup, from %2? The unusable file is kept in the backups folder.</source>
        <translation>ClientBook не може відкрити свої дані:
%1

Повернутися до найновішої справної резервної копії від %2? Непридатний файл буде збережено в теці резервних копій.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data</source>
        <translation>ClientBook не може відкрити свої дані</translation>
    </message>
    <message>
        <source>The data is on a network share</source>
        <translation>Дані зберігаються в мережевій теці</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>ClientBook is already open</source>
        <translation>ClientBook уже відкрито</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 on the computer %2. Close it there first: two computers must not work on one book at the same time.</source>
        <translation>ClientBook уже відкрито з даними в %1 на комп’ютері %2. Спершу закрийте його там: два комп’ютери не можуть одночасно працювати з однією базою.</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 but does not answer. If it is stuck, close it (or end it in the task manager) and start ClientBook again.</source>
        <translation>ClientBook уже відкрито з даними в %1, але програма не відповідає. Якщо вона зависла, закрийте її (або завершіть у диспетчері завдань) і знову запустіть ClientBook.</translation>
    </message>
</context>
</TS>
