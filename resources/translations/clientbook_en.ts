<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ClientBook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A front desk&apos;s memory of every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses Qt %1 and PySide6 %2 under the LGPL v3, and Python %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClientBook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually with {usual} — booking with {chosen}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>ClientBook backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was copied and checked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all of ClientBook&apos;s data with the backup
%1?

The data as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was is kept in
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdaysPanel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays today and in the coming days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Today (%n)</numerusform>
            <numerusform>Today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week (%n)</source>
        <translation>
            <numerusform>This week (%n)</numerusform>
            <numerusform>This week (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Coming up (%n)</numerusform>
            <numerusform>Coming up (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingCard</name>
    <message>
        <source>Select an appointment or a client to see their briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {phones}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the client: a reminder, birthday wishes, a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark promise kept: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More for promise: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the client received the reward today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the reward handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check their wishes and log a call, text or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingWords</name>
    <message>
        <source>Drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Please avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday — {age} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday on {day} — turns {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No designer assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Today with {staff} — usually {designer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit — no history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {when} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded for health notes — ask the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward handed over today: {reward}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward handed over today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward due: this is visit {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward due: {amount} spent since the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) in the last 12 months</source>
        <translation>
            <numerusform>%n no-show in the last 12 months</numerusform>
            <numerusform>%n no-shows in the last 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s) in the last 12 months</source>
        <translation>
            <numerusform>%n late cancellation in the last 12 months</numerusform>
            <numerusform>%n late cancellations in the last 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 visit to a reward — their next visit earns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kept} of {total} visits with {designer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>at most once every %n day</numerusform>
            <numerusform>at most once every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted {when} by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted {when} by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted {when} by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last spoken to in person {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Could not move the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open client car&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar exported to %1 (appointments: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client from this name for events no client matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an iCalendar (.ics) file from Google Calendar, Outlook, Apple Calendar or a booking system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 moved, %3 cancelled, %4 unchanged; %5 without a matching client, %6 left out, %7 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no client matches “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is booked for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: left out (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book “%1” for which client?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a free sl&amp;ot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next free slots for a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services &amp;menu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services the firm offers, their usual length and price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day sheet or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody works on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Client cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print briefing card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the card failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Preference category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to add</source>
        <translation>
            <numerusform>%n ready to add</numerusform>
            <numerusform>%n ready to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for someone already in the book or earlier in the file</source>
        <translation>
            <numerusform>%n for someone already in the book or earlier in the file</numerusform>
            <numerusform>%n for someone already in the book or earlier in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n rows with problems</source>
        <translation>
            <numerusform>Leave out the %n row with problems</numerusform>
            <numerusform>Leave out the %n rows with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashPrompt</name>
    <message>
        <source>This booking clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Double bookings are sometimes meant (a colour processing while another client is cut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick another slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;reet as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they like to be greeted, e.g. Mrs Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several numbers? Separate them with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to remember about the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hived — hidden from lists and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name + family name, e.g. Olena Shevchenko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both a day and a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this client will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} already has the same {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and more. Similar clients in all: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by phone, email or a preference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Book for which client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email or preference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list clients who have been archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches &apos;{query}&apos; — add a new client with Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {count} matches — type more to narrow them down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients found</source>
        <translation>
            <numerusform>%Ln client found</numerusform>
            <numerusform>%Ln clients found</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet — add the first with Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client is archived — tick &apos;Include archived&apos; to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an&amp;yway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead although the client&apos;s contact wishes say not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the contact with its channel and occasion, so the contact rules know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Viber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e-mail app with this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the text messaging app (Phone Link, Messages, KDE Connect) with this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WhatsApp with this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat in Viber; the text is copied, paste it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat in Telegram; the text is copied, paste it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text to paste it anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the client&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The client&apos;s contact wishes allow a message now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link; the text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it. Nothing of yours has been saved yet, and nothing is lost: choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their changes and add yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw your changes away and show theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to your form as you typed it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They and you changed different fields: Merge keeps their changes and adds yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their version or use yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both changed %1: keep their version or use yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared book&apos;s server was lost; ClientBook is connecting again and then shows every desk&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared book&apos;s server cannot be reached: what you see may be out of date and no change can be saved. ClientBook keeps trying and shows everything again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyModel</name>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their clients&apos; visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Confirmed Tuesday&apos;s appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{button} (preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down this {channel} as made now, and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit on how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>at most once every %n day</numerusform>
            <numerusform>at most once every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>firm default: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>firm default: once every %n days</source>
        <translation>
            <numerusform>firm default: once every %n day</numerusform>
            <numerusform>firm default: once every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers to talk in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source> — {staff}: “{note}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never called, texted or e-mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted {ago} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ They asked not to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Already contacted today — never call, text and e-mail about the same thing in one day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Too soon: last contacted {ago}; {wish}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ They prefer {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firm contacts a client {often}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they asked for {often}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to talk in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you log this {channel}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactGroup</name>
    <message>
        <source>Contacting clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one call, text or e-mail to a client every so many days; 0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon a promised callback should happen; 0 = no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one call, text or e-mail every so many days (0 = no limit); a client&apos;s own wish on their card comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet period in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback target in minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactWishesEditor</name>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client prefers to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Firm default (%n days)</source>
        <translation>
            <numerusform>Firm default (%n day)</numerusform>
            <numerusform>Firm default (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most once every this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest gap between calls, texts and e-mails to this client. 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At mo&amp;st once every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not conta&amp;ct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked not to be called, texted or e-mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language messages to this client are written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit ClientBook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook could not do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the day sheet failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignersModel</name>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskNameRow</name>
    <message>
        <source>Who made a change, in the history and when two desks change the same record; kept on this computer (empty: the computer&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the desk name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second e-mail(s) kept in the clients&apos; notes.</source>
        <translation>
            <numerusform>%n second e-mail kept in the client&apos;s notes.</numerusform>
            <numerusform>%n second e-mails kept in the clients&apos; notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes of %n merged row(s) appended to the clients&apos; notes.</source>
        <translation>
            <numerusform>Notes of %n merged row appended to the client&apos;s notes.</numerusform>
            <numerusform>Notes of %n merged rows appended to the clients&apos; notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s) kept without the year, which was not a plausible birth year (line(s) %1).</source>
        <translation>
            <numerusform>%n birthday kept without its year, which was not a plausible birth year (line %1).</numerusform>
            <numerusform>%n birthdays kept without their years, which were not plausible birth years (lines %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Birthday month %1 is not between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday year %1 is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date: that month has %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday %1 is not a date: use YYYY-MM-DD, or --MM-DD when the year is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday %1 is not a date ClientBook can read; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The birthday was written %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiet period is 0 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an amount; write it like 45.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too large for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has more than two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preference needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore from this file: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed: %1. The data as it was is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not on the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booking still to come can be moved; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation reason is client, late or firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assigned designer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 clients; use the client id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column can be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells can be separated by a comma, a semicolon or a tab, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time; use YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like %2, not ClientBook clients CSV. Import it as contacts: clientbook import contacts %3 (in the window: File → Import contacts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): unknown column(s) %4; the columns are: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): a column it needs is missing; the columns are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like ClientBook %2 CSV, not contacts; import it as that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row (it has no lines with text); the first line should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 columns but ClientBook reads at most %4; check that the right delimiter is chosen, or remove the columns you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 contains a NUL character, which text never has; the file is damaged or not saved as text (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell is never closed; check for a stray &quot; on that line (a cell that starts with a quote must end with one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell has more text after its closing quote; check for a stray &quot; (inside a quoted cell a quote is written twice: &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as CSV (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; this usually means a &quot; opens a quoted cell that is never closed; check the file in a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; check the file in a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client book already has data; use --force to add demo data anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo clients cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend is too large for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment already has its visit (id %1); correct that visit instead of logging a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This promise no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This promise is already done or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new due time that is still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: the file has rows with problems (%1). Fix them in the file, or choose to skip those rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last import (%1, %2) was already undone. To undo an earlier import, list them and name the one to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (%2) was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row: its first line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no loyalty rule; set one in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reward is due for this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reward is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id %1 is not a client in this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client: a client_id, or a phone, email or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is not a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id %2 is already in this book; leave the id empty to add it as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_min %1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_min must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_min %1 is longer than a day (%2 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is empty: say what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency needs a three-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use one such as GB, ES or CN, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday reminders look 0 to %1 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loyalty rule is off, by visits or by spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward comes every 2 to %1 visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the reward in at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back within 0 (no target) to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag clients not seen for 1 to %1 years, or 0 for never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge 1 to %1 minutes before an appointment, or 0 for never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login is 1 (yes) or 0 (no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the firm&apos;s name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use one such as Europe/London, or leave it empty for this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend for a reward needs an amount above 0, such as 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encoding ClientBook knows; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, so there is nothing to import; check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a text file (CSV or vCard); save or export the contacts as CSV or vCard and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding, perhaps %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line, so it was not read; the file may have been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (a line cannot be read: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contacts in vCard format (no BEGIN:VCARD line); export the contacts again as vCard (.vcf) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact was not read: line %1 is larger than 1 MB (%2 characters); check the file in a contacts program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact was not read: it is larger than 2 MB (past line %1); check the file in a contacts program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text is not in the character set it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not copy the data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new backup did not check out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open its data. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so the change was not saved. Close it (or wait for it to finish) and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so ClientBook cannot open its data. Close it (or wait for it to finish) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so the change was not saved. Restore a backup or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so ClientBook cannot open its data. Restore a backup or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so the change was not saved. Check the disk or network connection and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so ClientBook cannot open its data. Check the disk or network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the user or password. Put the password in PostgreSQL&apos;s password file (.pgpass) or a service file, or ask the administrator for access; ClientBook never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check its name, or ask the administrator to create it (createdb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 may not use the database %2. Ask the administrator to grant access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server for %1 could not be reached (%2). Check that it is running and that this computer may connect to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address %1: ClientBook never keeps one. Put it in PostgreSQL&apos;s password file (.pgpass) or a service file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user may read %1 but not set up ClientBook&apos;s tables there (%2). Ask the administrator to make this user the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book %1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook on this computer; the book was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, so it is not a ClientBook book. ClientBook left it untouched; give it an empty database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk was saving the same records at the same moment; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to make that change; ask the administrator. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to read that; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: the server %1 could not be reached (%2). Check the network and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the folder exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot read it. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open it. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot create its data file in it. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a usable ClientBook database (it may have been damaged). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header (the first 100 bytes) is damaged. ClientBook left it untouched; restore a backup or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database: it is not a database file at all. ClientBook left it untouched; move it away or choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header is damaged (page size %2). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it has been cut short (%2 of %3 bytes). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file from another program, not a ClientBook database. Choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was found damaged (%2), so ClientBook saves no changes to it until a backup is restored (File → Restore from backup…, or `clientbook restore --latest`) or it is repaired (`clientbook check --repair`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is reading the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a link to %2, which does not exist (a drive not connected, or a folder moved or deleted). Connect or restore it, or choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 has an unreadable time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1 has an unreadable time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise %1 has an unreadable time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has an unreadable time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %3 has an unreadable time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has an unreadable birthday (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a template under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 has no appointment with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no appointment coming up to remind them of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a message under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message kind %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages can be written in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days (YYYY-MM-DD..YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off must end on or after its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a working-hours line; write it like “mon-fri 09:00-17:00”, “sat 10:00-13:00,14:00-16:00” or “sun off”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking lasts 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price is zero or more, and less than the largest amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu already has a service called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book does not hold only the sample data, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book holds %1 client(s) of your own beside the sample data, so nothing was removed. Archive or delete the sample clients one by one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book holds staff of your own (%1) beside the sample team, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the calendar file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: ClientBook moves a book only into a new file, so nothing is overwritten. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address ClientBook can use (%2). Write it like postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the book differs from the original in the table %1, so it was not kept. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book at %1 is not empty, so nothing was copied there. Move a book only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar feed is set up (clientbook feed set URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed sent ClientBook to an address that is not https:// (%1); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed moved to another site (%1); it was not followed. If you trust it, enter its new address in Settings → Calendar feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s server answered %1 (%2) instead of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not prove who it is: its certificate is not valid. Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB, more than a booking calendar holds; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a web address a calendar feed has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://. Plain http:// would send its secret token and your clients&apos; names unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is read every 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has %1 event(s) ClientBook cannot read (line %2: %3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designer this feed belongs to is no longer on the staff; choose another in Settings → Calendar feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be kept while importing it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record after you opened it; nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk deleted this record after you opened it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch called %1 (clientbook branches lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a branch called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 does not have the desks&apos; table privileges and this user may not give them: ask the administrator to run GRANT clientbook_desk TO %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 is not a member of the branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role called %1 on the PostgreSQL server. Create it first (CREATE ROLE … LOGIN), then grant it a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the book&apos;s owner may manage branches: a member of the role clientbook_owner, the database&apos;s owner or a superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches belong to books shared on a PostgreSQL server; this book is a file on one computer, so it has one branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients: one row each, preferences in readable columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences: one row per preference (to edit and import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;romises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Export client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything ClientBook keeps about &lt;b&gt;%1&lt;/b&gt;, for a data-access request: the client with phones and preferences, visits, appointments, promises and the contact log, one CSV file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UTF-8 with BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel needs the byte-order mark to show Greek, Cyrillic, Chinese and accented names; turn it off only for a program that does not expect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel splits columns on a semicolon where numbers are written 3,5 and on a comma elsewhere; the default follows this computer&apos;s language settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written 2026-11-22 14:30 and amounts 45.50, whatever the language; cells that start with = + - or @ get a &apos; in front so no spreadsheet runs them as formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder; add a file name, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s files are already in %1. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files about the client to %1.</source>
        <translation>
            <numerusform>Exported %n file about the client to %1.</numerusform>
            <numerusform>Exported %n files about the client to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message numerus="yes">
        <source>Exporting %1: %2 of %Ln rows</source>
        <translation>
            <numerusform>Exporting %1: %2 of %Ln row</numerusform>
            <numerusform>Exporting %1: %2 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>No calendar feed: ClientBook makes no network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As each event says</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read this feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings from an online booking system or a shared calendar, imported like a calendar file. This is the only connection ClientBook makes to the internet, and only while a feed is set up. The address often holds a secret key: it is kept in a private file on this computer, never in backups, exports or the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the calendar feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the feed and forget its address? The bookings it brought stay in the book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedSettingsRow</name>
    <message>
        <source>Set &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read bookings from an online booking system or a shared calendar (https://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Calendar feed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar feed: not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed refreshed at %1: %2 new, %3 moved, %4 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed could not be reached at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed could not be used at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed could not be reached at %1 — using the bookings from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed could not be used at %1 — using the bookings from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresColumn</name>
    <message>
        <source>Loyal clients and repeat business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Nobody to tell right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients to tell about their reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call, text or e-mail the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the selected client about their reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a loyalty &amp;rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has been seen within the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients not seen for years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected client from lists and reminders; their history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data; anonymous visit figures stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings to flag clients not seen for some years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises &amp;kept on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise counts in the month it fell due; kept = done by its due time and not moved after it was late; cancelled promises don&apos;t count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept on time, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept on time, by staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;wards to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;get…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;me designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the visits by clients currently assigned to a designer, the share that designer did (current assignment, not who it was at the time; archived clients left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client with an assigned designer has a visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients seen by their own designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty rewards are off, so there is nobody to tell. To reward regular clients, choose a rule in Settings (Loyalty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A reward every %n visits.</source>
        <translation>
            <numerusform>A reward every %n visit.</numerusform>
            <numerusform>A reward every %n visits.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward for every %1 spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their next visit earns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their next visit earns a reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have nothing booked yet — tell them; it is a good reason to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off — set a period in Settings (Privacy) to list clients not seen for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit or appointment since %1 (one booked ahead counts). Nothing is deleted automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for &amp;years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n &amp;years</source>
        <translation>
            <numerusform>Not seen for %n &amp;year</numerusform>
            <numerusform>Not seen for %n &amp;years</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 of %2 kept on time (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise has fallen due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept. To bring them back, tick Include archived on the Clients page and edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a request to erase their data. Their visits stay in the reports, without their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Automatic backups made before now still hold this client until they age out of rotation: up to a year. Files you exported or backed up yourself are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I understand: forget this client for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm forgetting this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased now, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, without their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone numbers, e-mail, birthday and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n preferences (health notes included)</source>
        <translation>
            <numerusform>%n preference (health notes included)</numerusform>
            <numerusform>%n preferences (health notes included)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact wishes and %n contact-log entries</source>
        <translation>
            <numerusform>Contact wishes and %n contact-log entry</numerusform>
            <numerusform>Contact wishes and %n contact-log entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n kept or cancelled promises</source>
        <translation>
            <numerusform>The text of %n kept or cancelled promise</numerusform>
            <numerusform>The text of %n kept or cancelled promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments from today on</source>
        <translation>
            <numerusform>%n appointment from today on</numerusform>
            <numerusform>%n appointments from today on</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes written on their visits and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their entries in the search index and the import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visits: date, service, staff and spend</source>
        <translation>
            <numerusform>%n visit: date, service, staff and spend</numerusform>
            <numerusform>%n visits: date, service, staff and spend</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n past appointments</source>
        <translation>
            <numerusform>%n past appointment</numerusform>
            <numerusform>%n past appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewards handed over</source>
        <translation>
            <numerusform>%n reward handed over</numerusform>
            <numerusform>%n rewards handed over</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether their promises were kept on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client was already forgotten on %1; nothing that identifies them is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is forgotten. The data file still holds an old copy (%1); it goes when every program using the book has closed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2–%3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what was promised, or who promised it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected visit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected visit (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client to see their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>client name: entries count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the visit of %1 (%2)? It leaves their visit count, rewards and reports; Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, undoing the import of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by the import of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Mr, Dr…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to health notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts (older export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (phone contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file feeds one field. Change any guess that is wrong; the preview on the right follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday / problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as, for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ClientBook file: its columns are fixed. Check that the rows read right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like %1 are read as %2. If they mean %3, switch “Dates are day/month/year”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong or similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the existing client (fill in only what is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows for someone already in the book or earlier in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Import to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Google Contacts, Outlook, a phone (vCard .vcf), a spreadsheet saved as CSV, or a ClientBook export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved until the last step, and an import can be undone with File → Undo last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 merged into existing clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated by their ClientBook id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed your mind? File → Undo last import removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays: added by the import, but seen, contacted or edited since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps a field changed since the import (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookings the import moved or cancelled go back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s booking stays as it is now: changed again since the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? It removes the %3 records it added and puts the %4 merged clients back as they were, except what was changed since. A backup is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyGroup</name>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> visits</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> visit</numerusform>
            <numerusform> visits</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit that earns the reward, e.g. every 10th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward each time a client has spent this much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. free Earl Grey and dessert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the briefing card when a reward is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spen&amp;d per reward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per reward in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a s&amp;hared book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book kept on a PostgreSQL server, shared by several desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients in the book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook — shared book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged data: may be incomplete, nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged data: what you see may be incomplete, and no change is saved until a backup is restored (File → Restore from backup…) or the file is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See their contact wishes and log a call, text or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this client&apos;s personal data (a request to be forgotten); anonymous visit figures stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward &amp;handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the client received the reward due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit, appointment, promise, contact, reward and change; correct a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last i&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients, visits… to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about this client to CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the client in their language: a reminder, birthday wishes, a reward, a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow&apos;s reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty a book that holds only the sample clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClientBook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all of ClientBook&apos;s data to a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept and you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward for %1 recorded. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWiring</name>
    <message>
        <source>&amp;Message…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>Appointment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>1985-03-15, --03-15 (no year), 19850315, 1985/03/15, 3/15/1985 or 3/15/85 (month first), 15.03.1985 (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “greet as” name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ClientBook id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archived flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of consent to health notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (Windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (KOI8-U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek (ISO 8859-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese Simplified (GB18030, covers GBK and GB2312)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (ISO 8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share (%2). SQLite data can be damaged there if the connection drops or two computers write at once: keep the data on this computer&apos;s own disk, and put backups on the share instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network drive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no country code and the firm&apos;s phone region is not set: set it in Settings or write the number with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in region %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid international phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked not to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was already contacted today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the quiet period: at most one contact every %1 days, and the last was on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client prefers another channel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not work on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the client&apos;s usual designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoShowModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoShowSection</name>
    <message>
        <source>No-shows and late cancellat&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows and late cancellations, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate = no-shows ÷ bookings due that month. Bookings cancelled by the firm or in good time don&apos;t count; late cancellations do, and are shown beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months: no-shows %1 of %2 due (%3); late cancellations %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking has fallen due in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningHoursGroup</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mon-fri 09:00-18:00; sat 10:00-14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days not named are closed; separate the parts with a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s day shows these hours, and designers with no hours of their own work them. Leave empty to follow the designers&apos; hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New returned ≤ 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferenceCategory</name>
    <message>
        <source>Drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food/snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room/ambience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesEditor</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected preferences (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick for things to avoid: no upselling, no small talk, no perfume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Pr&amp;eferences (how they like things, and what not to do):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to keep health notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and health conditions (the Allergy/health preferences) are sensitive personal data: keep them only with the client&apos;s consent. Tick when they agree; the date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This client has health notes but no consent is recorded. Ask them, then tick the box. The notes are saved and shown on the card either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to &amp;keep health notes (allergies, conditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{consent} — recorded on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyGroup</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with no visit or appointment for this many years are listed for you to review; 0 = off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never deletes anything; they are listed under Follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag clients not seen for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag clients not seen for, in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseActions</name>
    <message>
        <source>Could not mark the promise as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reschedule the promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This promise is already done or cancelled, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this promise? It will no longer be shown as due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the promise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>In 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due one hour from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End of day 17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today at 17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;omorrow 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow at 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due the coming Friday at 17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call back about the colour shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Missed call: call back within %n min</source>
        <translation>
            <numerusform>&amp;Missed call: call back within %n min</numerusform>
            <numerusform>&amp;Missed call: call back within %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed call: call back within %n minutes</source>
        <translation>
            <numerusform>Missed call: call back within %n minute</numerusform>
            <numerusform>Missed call: call back within %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back (missed call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseEditDialog</name>
    <message>
        <source>Promise — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting a promise already written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who promised it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseMonthsModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseStaffModel</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promises due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected promise as kept (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel pro&amp;mise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected promise a new due time (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected promise; you are asked first (Alt+I or Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every open promise, not only the first ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises overdue and due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Due today (%n)</numerusform>
            <numerusform>Due today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n &amp;more)</source>
        <translation>
            <numerusform>Show all (%n &amp;more)</numerusform>
            <numerusform>Show all (%n &amp;more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next client&apos;s briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the birthdays list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the next-client reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the birthday reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>ClientBook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s birthdays (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthdays today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open ClientBook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <translation>
            <numerusform>%n more…</numerusform>
            <numerusform>%n more…</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook is still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, +%2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today: %1</source>
        <translation>
            <numerusform>%n birthday today: %1</numerusform>
            <numerusform>%n birthdays today: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays this week: %1</source>
        <translation>
            <numerusform>%n birthday this week: %1</numerusform>
            <numerusform>%n birthdays this week: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays coming up: %1</source>
        <translation>
            <numerusform>%n birthday coming up: %1</numerusform>
            <numerusform>%n birthdays coming up: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week: %1</source>
        <translation>
            <numerusform>%n this week: %1</numerusform>
            <numerusform>%n this week: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming up: %1</source>
        <translation>
            <numerusform>%n coming up: %1</numerusform>
            <numerusform>%n coming up: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more this week</source>
        <translation>
            <numerusform>%n more this week</numerusform>
            <numerusform>%n more this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more coming up</source>
        <translation>
            <numerusform>%n more coming up</numerusform>
            <numerusform>%n more coming up</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 at %3, on their birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 at %3; their birthday is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more booked in around their birthday</source>
        <translation>
            <numerusform>%n more booked in around a birthday</numerusform>
            <numerusform>%n more booked in around their birthday</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today</source>
        <translation>
            <numerusform>%n birthday today</numerusform>
            <numerusform>%n birthdays today</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n promises overdue</source>
        <translation>
            <numerusform>%n promise overdue</numerusform>
            <numerusform>%n promises overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next client now: open the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next client in %n minutes: open the briefing</source>
        <translation>
            <numerusform>Next client in %n minute: open the briefing</numerusform>
            <numerusform>Next client in %n minutes: open the briefing</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook keeps running in the tray to remind you of birthdays; Quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average first-visit spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients back within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average loyal tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue from loyal clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue from repeat clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lapsed today, not archived or forgotten, most valuable (total spend) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable of %1 are listed.</source>
        <translation>
            <numerusform>The most valuable of %1 is listed.</numerusform>
            <numerusform>The %n most valuable of %1 are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The median number of days between a client&apos;s visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clients who went without a visit for longer than %1 × their usual interval (with %2 or more visits) or %n days (fewer visits), counted in the period the threshold passed. Every lapse counts, including clients who joined in the period and a client who lapsed twice.</source>
        <translation>
            <numerusform>Clients who went without a visit for longer than %1 × their usual interval (with %2 or more visits) or %n day (fewer visits), counted in the period the threshold passed. Every lapse counts, including clients who joined in the period and a client who lapsed twice.</numerusform>
            <numerusform>Clients who went without a visit for longer than %1 × their usual interval (with %2 or more visits) or %n days (fewer visits), counted in the period the threshold passed. Every lapse counts, including clients who joined in the period and a client who lapsed twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lapsed clients who came back, counted in the period of that visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients who had visited before the period began and had not lapsed by then. Archived clients are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the clients active at the period&apos;s start, the share who lapsed during it (each client once; never more than 100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose first visit fell in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average spend on those new clients&apos; first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Share of the period&apos;s new clients who came back within %n days of their first visit (blank until every one of them has had that long).</source>
        <translation>
            <numerusform>Share of the period&apos;s new clients who came back within %n day of their first visit (blank until every one of them has had that long).</numerusform>
            <numerusform>Share of the period&apos;s new clients who came back within %n days of their first visit (blank until every one of them has had that long).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in the period, including zero-spend visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue from visits that were not a client&apos;s first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clients with %n or more visits.</source>
        <translation>
            <numerusform>Clients with %n or more visits.</numerusform>
            <numerusform>Clients with %n or more visits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their average time from first to latest visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything loyal clients have spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all revenue ever from visits that were not a client&apos;s first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits the designer did in the periods shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend on those visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of all visits by the designer&apos;s current clients, the share the designer did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises the staff member kept by their due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived clients are left out of active, lapsed, won back, churn, consistency and the win-back list; their visits and spend still count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has lapsed: every client came back within their usual time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No periods to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients lost and won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue: repeat clients and first visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport tables to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every table of this report as a CSV file into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures, charts and tables as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desi&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working the report out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed clients worth winning back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;iods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log co&amp;ntact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a call, text or e-mail to the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pro&amp;mise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise the selected client something, with a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;y designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win &amp;back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per peri&amp;od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All designers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New due time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (moved %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything entered since it was made is replaced; the data as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never — added %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent since last reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Remove the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 sample clients with their visits, appointments and promises, and the demo team? The book is then empty, ready for your own clients. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide from menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how on menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter ISO code, e.g. EUR or GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code for numbers typed without +, e.g. GB, ES, CN, GR, UA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> days ahead</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> day ahead</numerusform>
            <numerusform> days ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday reminder days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> minutes before</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minute before</numerusform>
            <numerusform> minutes before</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder to open the client&apos;s briefing before each appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment &amp;nudge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before an appointment to remind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;k name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start ClientBook when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ClientBook when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ge templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s name and the words of messages to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of ClientBook&apos;s window on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook will use %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook will follow the system&apos;s language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <source>Connect to a shared book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook never asks for or keeps the password: put it in PostgreSQL&apos;s password file (.pgpass) on this computer. The first desk to connect to an empty database sets it up; a database holding anything else is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this desk&apos;s &amp;own book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk opens the shared book %1 from its next start. Close ClientBook and start it again to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk opens its own book again from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHoursEditor</name>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 09:00-17:00, or 09:00-13:00, 14:00-18:00 with a break; empty: not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save wee&amp;kly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove time &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the time off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name of the new staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive people stay on past records but are not offered for new bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the staff list?

Their past visits, appointments and promises are kept, with no one named on them. To keep their name on those records, deactivate them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React&amp;ivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook could not make today&apos;s automatic backup:
%1

Your data is not affected. Use File → Back up now… to copy it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook found damage in its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the indexes of the data file are damaged:
%1

Rebuild them from the data now? Nothing is lost. Until then ClientBook saves no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexes were rebuilt, and the data file checks out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

There is no good backup to go back to. Stop using ClientBook on this data and ask for help; a copy of the file is safest kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook found damage in its data file:
%1

Go back to the newest good backup, from %2? Anything entered after it is lost; the damaged data is kept as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged data is still open: what it shows may be incomplete, and ClientBook saves no changes until a backup is restored (File → Restore from backup…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs every message, e.g. Salon Luz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For clients without a language of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firm&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages &amp;default to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward due: visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 visit to a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Show or hide the birthdays list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arr&amp;ived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthdays (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TomorrowDialog</name>
    <message>
        <source>Tomorrow&apos;s reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments to remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is booked for tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 with the reminder and log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reminder to paste it anywhere, and log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder for %1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo reward for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo visit change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo visit deletion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo promise change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo booking for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo resize of %1&apos;s booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo move of %1&apos;s booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo cancellation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo no-show of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo status change for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment&apos;s visit was logged already: correct it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting a visit already logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the {time} appointment, which will be marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit in the future?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is logged for %1 at %2, but it is now %3 on %4. Log it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked
%2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 bookings, %4 h booked, %5 h free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>week view column heading: the day&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinBackModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>at most once every %n day</numerusform>
            <numerusform>at most once every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to ClientBook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

ClientBook shows the data, but cannot save any change until the folder can be written to again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no clients yet. Try ClientBook on a sample book of made-up clients with visits, appointments and promises, or start with an empty book for your own clients.

You can remove the sample data later: File → Remove the sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the sample book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot open its data:
%1

Go back to the newest good backup, from %2? The unusable file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is on a network share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>ClientBook is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 on the computer %2. Close it there first: two computers must not work on one book at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 but does not answer. If it is stuck, close it (or end it in the task manager) and start ClientBook again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
