<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ClientBook %1</source>
        <translation>ClientBook %1</translation>
    </message>
    <message>
        <source>A front desk&apos;s memory of every client.</source>
        <translation>Η μνήμη της ρεσεψιόν για κάθε πελάτη.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation>Ελεύθερο λογισμικό με άδεια MIT: μπορείτε να το χρησιμοποιείτε, να το αντιγράφετε, να το τροποποιείτε και να το μοιράζεστε. Παρέχεται χωρίς καμία εγγύηση.</translation>
    </message>
    <message>
        <source>It uses Qt %1 and PySide6 %2 under the LGPL v3, and Python %3.</source>
        <translation>Χρησιμοποιεί Qt %1 και PySide6 %2 με άδεια LGPL v3, καθώς και Python %3.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Φάκελος δεδομένων: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Αρχείο καταγραφής: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Γλώσσα: %1</translation>
    </message>
    <message>
        <source>About ClientBook</source>
        <translation>Σχετικά με το ClientBook</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book {name}</source>
        <translation>Κλείσιμο ραντεβού για {name}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <source>Designer warning</source>
        <translation>Προειδοποίηση για τον στυλίστα</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>π.χ. Κούρεμα</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Διάρκεια:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Διάρκεια σε λεπτά</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Υπάλληλος:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Υπη&amp;ρεσία:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Σημειώσεις:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} λεπ.)</translation>
    </message>
    <message>
        <source>Usually with {usual} — booking with {chosen}</source>
        <translation>Συνήθως με {usual} — το ραντεβού κλείνεται με {chosen}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>ClientBook backups (*.db);;All files (*)</source>
        <translation>Αντίγραφα ασφαλείας ClientBook (*.db);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>Σε ποιον φάκελο να αποθηκευτεί το αντίγραφο ασφαλείας;</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Η δημιουργία αντιγράφου ασφαλείας απέτυχε</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Το αντίγραφο ασφαλείας δημιουργήθηκε</translation>
    </message>
    <message>
        <source>The data was copied and checked:
%1</source>
        <translation>Τα δεδομένα αντιγράφηκαν και ελέγχθηκαν:
%1</translation>
    </message>
    <message>
        <source>Replace all of ClientBook&apos;s data with the backup
%1?

The data as it is now is kept as a backup first.</source>
        <translation>Να αντικατασταθούν όλα τα δεδομένα του ClientBook με το αντίγραφο ασφαλείας
%1;

Τα δεδομένα όπως είναι τώρα φυλάσσονται πρώτα σε αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Η επαναφορά απέτυχε</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Η επαναφορά ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was is kept in
%1</source>
        <translation>Το αντίγραφο ασφαλείας επαναφέρθηκε. Τα προηγούμενα δεδομένα φυλάχτηκαν στο
%1</translation>
    </message>
</context>
<context>
    <name>BirthdaysPanel</name>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Κλείνει</translation>
    </message>
    <message>
        <source>Booked in</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>Δεν υπάρχουν γενέθλια αυτή την εβδομάδα</translation>
    </message>
    <message>
        <source>Birthdays today and in the coming days</source>
        <translation>Γενέθλια σήμερα και τις επόμενες ημέρες</translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Σήμερα (%n)</numerusform>
            <numerusform>Σήμερα (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week (%n)</source>
        <translation>
            <numerusform>Αυτή την εβδομάδα (%n)</numerusform>
            <numerusform>Αυτή την εβδομάδα (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Προσεχώς (%n)</numerusform>
            <numerusform>Προσεχώς (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 στις %2</translation>
    </message>
</context>
<context>
    <name>BriefingCard</name>
    <message>
        <source>Select an appointment or a client to see their briefing</source>
        <translation>Επιλέξτε ένα ραντεβού ή έναν πελάτη για να δείτε τη σύνοψή του</translation>
    </message>
    <message>
        <source>Phone: {phones}</source>
        <translation>Τηλέφωνο: {phones}</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Μήνυμα…</translation>
    </message>
    <message>
        <source>Write to the client: a reminder, birthday wishes, a reward</source>
        <translation>Γράψτε στον πελάτη: υπενθύμιση, ευχές γενεθλίων, επιβράβευση</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Έγινε</translation>
    </message>
    <message>
        <source>Mark promise kept: {text}</source>
        <translation>Η υπόσχεση τηρήθηκε: {text}</translation>
    </message>
    <message>
        <source>More for promise: {text}</source>
        <translation>Περισσότερα για την υπόσχεση: {text}</translation>
    </message>
    <message>
        <source>Reschedule or cancel</source>
        <translation>Αλλαγή προθεσμίας ή ακύρωση</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>&amp;Αλλαγή προθεσμίας…</translation>
    </message>
    <message>
        <source>&amp;Cancel promise…</source>
        <translation>Ακύ&amp;ρωση υπόσχεσης…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Δόθηκε</translation>
    </message>
    <message>
        <source>Record that the client received the reward today</source>
        <translation>Καταγραφή ότι ο πελάτης πήρε σήμερα την επιβράβευση</translation>
    </message>
    <message>
        <source>Mark the reward handed over</source>
        <translation>Σήμανση ότι η επιβράβευση δόθηκε</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Επικοινωνία…</translation>
    </message>
    <message>
        <source>Check their wishes and log a call, text or e-mail</source>
        <translation>Δείτε τις επιθυμίες επικοινωνίας και καταγράψτε κλήση, μήνυμα ή email</translation>
    </message>
</context>
<context>
    <name>BriefingWords</name>
    <message>
        <source>Drink</source>
        <translation>Ποτό</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>Σνακ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Χώρος</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Μουσική</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Υγεία</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Να είναι έτοιμα</translation>
    </message>
    <message>
        <source>⚠ Please avoid</source>
        <translation>⚠ Αποφύγετε</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Στυλίστας</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Τελευταία επίσκεψη</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Υποσχέσεις</translation>
    </message>
    <message>
        <source>Also likes</source>
        <translation>Επίσης προτιμά</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Greet as “{name}”</source>
        <translation>Προσφώνηση: «{name}»</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday today</source>
        <translation>{name}: σήμερα έχει γενέθλια — ευχηθείτε «Χρόνια πολλά»</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday — {age} today</source>
        <translation>{name}: σήμερα κλείνει τα {age} — ευχηθείτε «Χρόνια πολλά»</translation>
    </message>
    <message>
        <source>Birthday on {day}</source>
        <translation>Γενέθλια: {day}</translation>
    </message>
    <message>
        <source>Birthday on {day} — turns {age}</source>
        <translation>Γενέθλια: {day} — κλείνει τα {age}</translation>
    </message>
    <message>
        <source>No designer assigned</source>
        <translation>Δεν έχει οριστεί στυλίστας</translation>
    </message>
    <message>
        <source>⚠ Today with {staff} — usually {designer}</source>
        <translation>⚠ Σήμερα με {staff} — συνήθως με {designer}</translation>
    </message>
    <message>
        <source>First visit — no history yet</source>
        <translation>Πρώτη επίσκεψη — χωρίς ιστορικό ακόμη</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n επίσκεψη</numerusform>
            <numerusform>%n επισκέψεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Next: {when} {time}</source>
        <translation>Επόμενο ραντεβού: {when} {time}</translation>
    </message>
    <message>
        <source>was due {date}</source>
        <translation>έληγε στις {date}</translation>
    </message>
    <message>
        <source>due today {time}</source>
        <translation>λήγει σήμερα στις {time}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>λήγει στις {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμη</translation>
    </message>
    <message>
        <source>No consent recorded for health notes — ask the client</source>
        <translation>Δεν έχει καταγραφεί συγκατάθεση για τις σημειώσεις υγείας — ρωτήστε τον πελάτη</translation>
    </message>
    <message>
        <source>Reward handed over today: {reward}</source>
        <translation>Δόθηκε σήμερα επιβράβευση: {reward}</translation>
    </message>
    <message>
        <source>Reward handed over today</source>
        <translation>Δόθηκε σήμερα επιβράβευση</translation>
    </message>
    <message>
        <source>Reward due: this is visit {n}</source>
        <translation>Δικαιούται επιβράβευση: είναι η {n}η επίσκεψη</translation>
    </message>
    <message>
        <source>Reward due: {amount} spent since the last one</source>
        <translation>Δικαιούται επιβράβευση: {amount} από την τελευταία</translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) in the last 12 months</source>
        <translation>
            <numerusform>%n απουσία τους τελευταίους 12 μήνες</numerusform>
            <numerusform>%n απουσίες τους τελευταίους 12 μήνες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s) in the last 12 months</source>
        <translation>
            <numerusform>%n ακύρωση της τελευταίας στιγμής τους τελευταίους 12 μήνες</numerusform>
            <numerusform>%n ακυρώσεις της τελευταίας στιγμής τους τελευταίους 12 μήνες</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to a reward</source>
        <translation>Λείπουν {amount} για επιβράβευση</translation>
    </message>
    <message>
        <source>1 visit to a reward — their next visit earns it</source>
        <translation>1 επίσκεψη ακόμη για επιβράβευση — την κερδίζει στην επόμενη επίσκεψη</translation>
    </message>
    <message>
        <source>{kept} of {total} visits with {designer}</source>
        <translation>{kept} από {total} επισκέψεις με {designer}</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>τηλεφώνημα</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>γραπτό μήνυμα</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>συζήτηση από κοντά</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Χωρίς επικοινωνία</translation>
    </message>
    <message>
        <source>Prefers {channel}</source>
        <translation>Προτιμά {channel}</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>το πολύ μία φορά κάθε %n ημέρα</numerusform>
            <numerusform>το πολύ μία φορά κάθε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>χωρίς όριο επικοινωνίας</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>σήμερα στις {time}</translation>
    </message>
    <message>
        <source>Last contacted {when} by phone</source>
        <translation>Τελευταία επικοινωνία: {when}, τηλεφωνικά</translation>
    </message>
    <message>
        <source>Last contacted {when} by text message</source>
        <translation>Τελευταία επικοινωνία: {when}, με γραπτό μήνυμα</translation>
    </message>
    <message>
        <source>Last contacted {when} by e-mail</source>
        <translation>Τελευταία επικοινωνία: {when}, με email</translation>
    </message>
    <message>
        <source>Last spoken to in person {when}</source>
        <translation>Τελευταία συζήτηση από κοντά: {when}</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Could not move the booking</source>
        <translation>Δεν ήταν δυνατή η μετακίνηση του ραντεβού</translation>
    </message>
    <message>
        <source>New booking at %1</source>
        <translation>Νέο ραντεβού στις %1</translation>
    </message>
    <message>
        <source>Could not cancel the booking</source>
        <translation>Δεν ήταν δυνατή η ακύρωση του ραντεβού</translation>
    </message>
    <message>
        <source>Could not change the booking</source>
        <translation>Δεν ήταν δυνατή η αλλαγή του ραντεβού</translation>
    </message>
    <message>
        <source>Open client car&amp;d</source>
        <translation>Άνοιγμα &amp;καρτέλας πελάτη</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Σήμανση ά&amp;φιξης</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Σήμανση &amp;απουσίας</translation>
    </message>
    <message>
        <source>&amp;Back to booked</source>
        <translation>&amp;Επαναφορά σε κλεισμένο</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>Ακύ&amp;ρωση ραντεβού</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message>
        <source>Calendar exported to %1 (appointments: %2).</source>
        <translation>Το ημερολόγιο εξήχθη στο %1 (ραντεβού: %2).</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Εξαγωγή ημερολογίου</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Αρχεία iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>Εισαγωγή ημερολογίου</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Αρχείο ημερολογίου</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Επιλογή αρχείου…</translation>
    </message>
    <message>
        <source>&amp;New client from this name for events no client matches</source>
        <translation>&amp;Νέος πελάτης με αυτό το όνομα για γεγονότα χωρίς πελάτη</translation>
    </message>
    <message>
        <source>Choose an iCalendar (.ics) file from Google Calendar, Outlook, Apple Calendar or a booking system.</source>
        <translation>Επιλέξτε ένα αρχείο iCalendar (.ics) από το Google Calendar, το Outlook, το Apple Calendar ή ένα σύστημα κρατήσεων.</translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation>Γεγονότα που δεν εισήχθησαν</translation>
    </message>
    <message>
        <source>&amp;Pick a client…</source>
        <translation>Επιλογή &amp;πελάτη…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Ε&amp;ισαγωγή</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation>Αρχεία iCalendar (*.ics *.ical);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>%1 new, %2 moved, %3 cancelled, %4 unchanged; %5 without a matching client, %6 left out, %7 with problems.</source>
        <translation>%1 νέα, %2 μετακινήθηκαν, %3 ακυρώθηκαν, %4 αμετάβλητα· %5 χωρίς αντίστοιχο πελάτη, %6 παραλείφθηκαν, %7 με προβλήματα.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Γραμμή %1: %2</translation>
    </message>
    <message>
        <source>Line %1: no client matches “%2”</source>
        <translation>Γραμμή %1: κανένας πελάτης δεν ταιριάζει με «%2»</translation>
    </message>
    <message>
        <source>Line %1: “%2” is booked for %3</source>
        <translation>Γραμμή %1: το «%2» κλείνεται για %3</translation>
    </message>
    <message>
        <source>Line %1: left out (%2): %3</source>
        <translation>Γραμμή %1: παραλείφθηκε (%2): %3</translation>
    </message>
    <message>
        <source>Book “%1” for which client?</source>
        <translation>Για ποιον πελάτη είναι το «%1»;</translation>
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
        <translation>Προηγούμενη μέρα (Page Up)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Μετάβαση στο σήμερα (Alt+Home)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Page Down)</source>
        <translation>Επόμενη μέρα (Page Down)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Μετάβαση σε ημερομηνία</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Η&amp;μέρα</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Εβ&amp;δομάδα</translation>
    </message>
    <message>
        <source>Whose calendar</source>
        <translation>Ποιανού το ημερολόγιο</translation>
    </message>
    <message>
        <source>Find a free sl&amp;ot…</source>
        <translation>Εύρεση ελεύ&amp;θερης ώρας…</translation>
    </message>
    <message>
        <source>The next free slots for a service</source>
        <translation>Οι επόμενες ελεύθερες ώρες για μια υπηρεσία</translation>
    </message>
    <message>
        <source>Services &amp;menu…</source>
        <translation>Κατάλο&amp;γος υπηρεσιών…</translation>
    </message>
    <message>
        <source>The services the firm offers, their usual length and price</source>
        <translation>Οι υπηρεσίες της επιχείρησης, η συνήθης διάρκεια και η τιμή τους</translation>
    </message>
    <message>
        <source>&amp;Print day sheet</source>
        <translation>Εκτ&amp;ύπωση φύλλου ημέρας</translation>
    </message>
    <message>
        <source>Print the day sheet or save it as PDF</source>
        <translation>Εκτύπωση του φύλλου ημέρας ή αποθήκευση ως PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Εκτύπωση…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Αποθήκευση ως P&amp;DF…</translation>
    </message>
    <message>
        <source>Nobody works on this day.</source>
        <translation>Κανείς δεν εργάζεται αυτή τη μέρα.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Όλοι</translation>
    </message>
    <message>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Κανείς</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Client cancelled</source>
        <translation>Ακύρωσε ο πελάτης</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Ακύρωση της τελευταίας στιγμής</translation>
    </message>
    <message>
        <source>We cancelled</source>
        <translation>Ακυρώσαμε εμείς</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Με %1</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <source>Printed {date}</source>
        <translation>Εκτύπωση: {date}</translation>
    </message>
    <message>
        <source>Print briefing card</source>
        <translation>Εκτύπωση καρτέλας σύνοψης</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Η εκτύπωση απέτυχε</translation>
    </message>
    <message>
        <source>Save card as PDF</source>
        <translation>Αποθήκευση καρτέλας ως PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the card failed</source>
        <translation>Η αποθήκευση της καρτέλας απέτυχε</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Preference category</source>
        <translation>Κατηγορία προτίμησης</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>Διαβάστηκε %n γραμμή</numerusform>
            <numerusform>Διαβάστηκαν %n γραμμές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to add</source>
        <translation>
            <numerusform>%n έτοιμη για προσθήκη</numerusform>
            <numerusform>%n έτοιμες για προσθήκη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for someone already in the book or earlier in the file</source>
        <translation>
            <numerusform>%n για κάποιον που υπάρχει ήδη στο βιβλίο ή νωρίτερα στο αρχείο</numerusform>
            <numerusform>%n για κάποιον που υπάρχει ήδη στο βιβλίο ή νωρίτερα στο αρχείο</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n με προβλήματα</numerusform>
            <numerusform>%n με προβλήματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n rows with problems</source>
        <translation>
            <numerusform>Παράλειψη της %n γραμμής με πρόβλημα</numerusform>
            <numerusform>Παράλειψη των %n γραμμών με προβλήματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashPrompt</name>
    <message>
        <source>This booking clashes</source>
        <translation>Αυτό το ραντεβού συμπίπτει με άλλο</translation>
    </message>
    <message>
        <source>%1

Double bookings are sometimes meant (a colour processing while another client is cut).</source>
        <translation>%1

Μερικές φορές το διπλό ραντεβού είναι σκόπιμο (μια βαφή «πιάνει» ενώ κουρεύεται άλλος πελάτης).</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>&amp;Κλείσιμο παρ&apos; όλα αυτά</translation>
    </message>
    <message>
        <source>&amp;Pick another slot</source>
        <translation>Ε&amp;πιλογή άλλης ώρας</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Νέος πελάτης</translation>
    </message>
    <message>
        <source>Edit client — {name}</source>
        <translation>Επεξεργασία πελάτη — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Όνομα εμφάνισης</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Μικρό όνομα:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Μικρό όνομα</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Επώνυμο:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>G&amp;reet as:</source>
        <translation>&amp;Προσφώνηση:</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Προσφώνηση</translation>
    </message>
    <message>
        <source>How they like to be greeted, e.g. Mrs Smith</source>
        <translation>Η προσφώνηση που προτιμά, π.χ. κυρία Μαρία</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Τηλέφωνα:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Αριθμοί τηλεφώνου</translation>
    </message>
    <message>
        <source>Several numbers? Separate them with ;</source>
        <translation>Για περισσότερους αριθμούς, χωρίστε τους με ;</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Επι&amp;κοινωνία:</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Προτιμώμενος τρόπος επικοινωνίας</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>&amp;Στυλίστας:</translation>
    </message>
    <message>
        <source>Assigned designer</source>
        <translation>Στυλίστας του πελάτη</translation>
    </message>
    <message>
        <source>What to remember about the client</source>
        <translation>Τι να θυμάστε για τον πελάτη</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Σ&amp;ημειώσεις:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Arc&amp;hived — hidden from lists and reminders</source>
        <translation>&amp;Αρχειοθετημένος — δεν εμφανίζεται σε λίστες και υπενθυμίσεις</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετημένος</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>Αποθήκευση (Ctrl+Enter ή Ctrl+S)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>Ημέρα γενεθλίων</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Μήνας γενεθλίων</translation>
    </message>
    <message>
        <source>&amp;Year known</source>
        <translation>&amp;Γνωστό έτος</translation>
    </message>
    <message>
        <source>Birth year known</source>
        <translation>Γνωστό έτος γέννησης</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Έτος γέννησης</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Γενέθ&amp;λια:</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Κανένας</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (ανενεργός)</translation>
    </message>
    <message>
        <source>Given name + family name, e.g. Olena Shevchenko</source>
        <translation>Μικρό όνομα + επώνυμο, π.χ. Ελένη Παπαδοπούλου</translation>
    </message>
    <message>
        <source>Choose both a day and a month.</source>
        <translation>Επιλέξτε και ημέρα και μήνα.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Αυτή η ημερομηνία δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του πελάτη</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Απόρριψη αλλαγών;</translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this client will be lost.</source>
        <translation>Κλείσιμο χωρίς αποθήκευση; Ό,τι πληκτρολογήσατε για αυτόν τον πελάτη θα χαθεί.</translation>
    </message>
    <message>
        <source>name and phone number</source>
        <translation>όνομα και τηλέφωνο</translation>
    </message>
    <message>
        <source>name</source>
        <translation>όνομα</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>τηλέφωνο</translation>
    </message>
    <message>
        <source>{who} already has the same {what}.</source>
        <translation>{who} έχει ήδη το ίδιο {what}.</translation>
    </message>
    <message>
        <source>…and more. Similar clients in all: %1.</source>
        <translation>…και άλλοι. Σύνολο παρόμοιων πελατών: %1.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Αποθήκευση παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation>Πιθανός διπλός πελάτης</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Matched by phone, email or a preference</source>
        <translation>Βρέθηκε από τηλέφωνο, email ή προτίμηση</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Book for which client?</source>
        <translation>Ραντεβού για ποιον πελάτη;</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Όνομα, τηλέφωνο ή e-mail</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Αναζήτηση πελατών</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Πελάτες που ταιριάζουν</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Πελάτης:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Νέος πελάτης…</translation>
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
        <translation>Καρτέλα</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email or preference…</source>
        <translation>Αναζήτηση με όνομα, τηλέφωνο, email ή προτίμηση…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Αναζήτηση πελατών</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Συμπερίληψη αρχειοθετημένων</translation>
    </message>
    <message>
        <source>Also list clients who have been archived</source>
        <translation>Εμφάνιση και των αρχειοθετημένων πελατών</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>No client matches &apos;{query}&apos; — add a new client with Ctrl+N</source>
        <translation>Κανένας πελάτης δεν ταιριάζει με «{query}» — προσθέστε νέο πελάτη με Ctrl+N</translation>
    </message>
    <message>
        <source>Showing the first {count} matches — type more to narrow them down</source>
        <translation>Εμφανίζονται τα πρώτα {count} αποτελέσματα — πληκτρολογήστε περισσότερα για να τα περιορίσετε</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients found</source>
        <translation>
            <numerusform>Βρέθηκε %Ln πελάτης</numerusform>
            <numerusform>Βρέθηκαν %Ln πελάτες</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet — add the first with Ctrl+N</source>
        <translation>Δεν υπάρχουν ακόμη πελάτες — προσθέστε τον πρώτο με Ctrl+N</translation>
    </message>
    <message>
        <source>Every client is archived — tick &apos;Include archived&apos; to see them</source>
        <translation>Όλοι οι πελάτες είναι αρχειοθετημένοι — επιλέξτε «Συμπερίληψη αρχειοθετημένων» για να τους δείτε</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln πελάτης</numerusform>
            <numerusform>%Ln πελάτες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Περίσταση:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Περίσταση</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Γλώσσα του μηνύματος</translation>
    </message>
    <message>
        <source>Send an&amp;yway</source>
        <translation>Αποστολή &amp;ούτως ή άλλως</translation>
    </message>
    <message>
        <source>Go ahead although the client&apos;s contact wishes say not now</source>
        <translation>Συνέχεια, παρόλο που οι επιθυμίες επικοινωνίας του πελάτη λένε όχι τώρα</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Κείμενο του μηνύματος</translation>
    </message>
    <message>
        <source>Lo&amp;g the contact</source>
        <translation>Καταγρα&amp;φή της επικοινωνίας</translation>
    </message>
    <message>
        <source>Record the contact with its channel and occasion, so the contact rules know</source>
        <translation>Καταγραφή της επικοινωνίας με το κανάλι και την περίστασή της, ώστε να τη γνωρίζουν οι κανόνες επικοινωνίας</translation>
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
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Κλήση</translation>
    </message>
    <message>
        <source>Open the e-mail app with this message</source>
        <translation>Άνοιγμα της εφαρμογής e-mail με αυτό το μήνυμα</translation>
    </message>
    <message>
        <source>Open the text messaging app (Phone Link, Messages, KDE Connect) with this message</source>
        <translation>Άνοιγμα της εφαρμογής γραπτών μηνυμάτων (Phone Link, Μηνύματα, KDE Connect) με αυτό το μήνυμα</translation>
    </message>
    <message>
        <source>Open WhatsApp with this message</source>
        <translation>Άνοιγμα του WhatsApp με αυτό το μήνυμα</translation>
    </message>
    <message>
        <source>Open the chat in Viber; the text is copied, paste it there</source>
        <translation>Άνοιγμα της συνομιλίας στο Viber· το κείμενο αντιγράφεται, επικολλήστε το εκεί</translation>
    </message>
    <message>
        <source>Open the chat in Telegram; the text is copied, paste it there</source>
        <translation>Άνοιγμα της συνομιλίας στο Telegram· το κείμενο αντιγράφεται, επικολλήστε το εκεί</translation>
    </message>
    <message>
        <source>Copy the text to paste it anywhere</source>
        <translation>Αντιγραφή του κειμένου για επικόλληση οπουδήποτε</translation>
    </message>
    <message>
        <source>Call the client&apos;s number</source>
        <translation>Κλήση στον αριθμό του πελάτη</translation>
    </message>
    <message>
        <source>✓ The client&apos;s contact wishes allow a message now.</source>
        <translation>✓ Οι επιθυμίες επικοινωνίας του πελάτη επιτρέπουν μήνυμα τώρα.</translation>
    </message>
    <message>
        <source>Promised: %1 (due %2)</source>
        <translation>Υπόσχεση: %1 (λήξη %2)</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link; the text is on the clipboard.</source>
        <translation>Καμία εφαρμογή σε αυτόν τον υπολογιστή δεν ανοίγει τέτοιον σύνδεσμο· το κείμενο είναι στο πρόχειρο.</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>Δεν ήταν δυνατή η καταγραφή της επικοινωνίας</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another desk</source>
        <translation>Άλλο γραφείο</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Άλλαξε σε άλλο γραφείο</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it. Nothing of yours has been saved yet, and nothing is lost: choose what to keep.</source>
        <translation>Το %1 αποθήκευσε αυτή την εγγραφή αφού την ανοίξατε. Τίποτα δικό σας δεν έχει αποθηκευτεί ακόμη και τίποτα δεν χάνεται: επιλέξτε τι θα κρατήσετε.</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Πεδία που άλλαξαν</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Όταν το ανοίξατε</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Δικό σας</translation>
    </message>
    <message>
        <source>Theirs
%1</source>
        <translation>Δικό τους
%1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Συγχώνευση</translation>
    </message>
    <message>
        <source>Keep their changes and add yours</source>
        <translation>Κρατήστε τις αλλαγές τους και προσθέστε τις δικές σας</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>&amp;Χρήση των δικών μου</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Αποθήκευση της δικής σας έκδοσης πάνω στη δική τους</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Κράτηση των δικών τους</translation>
    </message>
    <message>
        <source>Throw your changes away and show theirs</source>
        <translation>Απόρριψη των αλλαγών σας και εμφάνιση των δικών τους</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Απόφαση &amp;αργότερα</translation>
    </message>
    <message>
        <source>Go back to your form as you typed it (Esc)</source>
        <translation>Επιστροφή στη φόρμα σας όπως την πληκτρολογήσατε (Esc)</translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation>Η δική τους έκδοση και η δική σας είναι ίδιες.</translation>
    </message>
    <message>
        <source>They and you changed different fields: Merge keeps their changes and adds yours.</source>
        <translation>Εκείνοι κι εσείς αλλάξατε διαφορετικά πεδία: η Συγχώνευση κρατά τις αλλαγές τους και προσθέτει τις δικές σας.</translation>
    </message>
    <message>
        <source>Keep their version or use yours.</source>
        <translation>Κρατήστε τη δική τους έκδοση ή χρησιμοποιήστε τη δική σας.</translation>
    </message>
    <message>
        <source>You both changed %1: keep their version or use yours.</source>
        <translation>Αλλάξατε και οι δύο %1: κρατήστε τη δική τους έκδοση ή χρησιμοποιήστε τη δική σας.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(άγνωστο)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Προσφώνηση</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Τηλέφωνα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Σχεδιαστής</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετημένος</translation>
    </message>
    <message>
        <source>Health consent</source>
        <translation>Συγκατάθεση υγείας</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Τηρήθηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Ώρα επίσκεψης</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Δαπάνη</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λεπτά</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Κλεισμένο</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Έφτασε</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Δεν εμφανίστηκε</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Επανασύνδεση…</translation>
    </message>
    <message>
        <source>The connection to the shared book&apos;s server was lost; ClientBook is connecting again and then shows every desk&apos;s changes.</source>
        <translation>Η σύνδεση με τον διακομιστή του κοινόχρηστου βιβλίου χάθηκε· το ClientBook συνδέεται ξανά και μετά δείχνει τις αλλαγές όλων των θέσεων εργασίας.</translation>
    </message>
    <message>
        <source>Offline — changes cannot be saved</source>
        <translation>Εκτός σύνδεσης — οι αλλαγές δεν αποθηκεύονται</translation>
    </message>
    <message>
        <source>The shared book&apos;s server cannot be reached: what you see may be out of date and no change can be saved. ClientBook keeps trying and shows everything again once it is back.</source>
        <translation>Ο διακομιστής του κοινόχρηστου βιβλίου δεν είναι προσβάσιμος: ό,τι βλέπετε μπορεί να μην είναι ενημερωμένο και καμία αλλαγή δεν αποθηκεύεται. Το ClientBook συνεχίζει να προσπαθεί και δείχνει ξανά τα πάντα μόλις επανέλθει.</translation>
    </message>
</context>
<context>
    <name>ConsistencyModel</name>
    <message>
        <source>Designer</source>
        <translation>Στυλίστας</translation>
    </message>
    <message>
        <source>Their clients&apos; visits</source>
        <translation>Επισκέψεις των πελατών του</translation>
    </message>
    <message>
        <source>With them</source>
        <translation>Από τον ίδιο</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ανενεργός)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact {name}</source>
        <translation>Επικοινωνία με {name}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Προειδοποιήσεις</translation>
    </message>
    <message>
        <source>&amp;Recent contacts:</source>
        <translation>&amp;Πρόσφατες επικοινωνίες:</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Πρόσφατες επικοινωνίες</translation>
    </message>
    <message>
        <source>e.g. Confirmed Tuesday&apos;s appointment</source>
        <translation>π.χ. Επιβεβαίωσε το ραντεβού της Τρίτης</translation>
    </message>
    <message>
        <source>What about?</source>
        <translation>Για ποιο θέμα;</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message>
        <source>What &amp;about?</source>
        <translation>Για ποιο &amp;θέμα;</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Υπάλληλος:</translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation>Καταγραφή &amp;κλήσης</translation>
    </message>
    <message>
        <source>Log &amp;text</source>
        <translation>Καταγραφή &amp;μηνύματος</translation>
    </message>
    <message>
        <source>Log &amp;e-mail</source>
        <translation>Καταγραφή &amp;email</translation>
    </message>
    <message>
        <source>Log &amp;in person</source>
        <translation>Καταγραφή &amp;συζήτησης από κοντά</translation>
    </message>
    <message>
        <source>{button} (preferred)</source>
        <translation>{button} (προτίμηση)</translation>
    </message>
    <message>
        <source>Write down this {channel} as made now, and close</source>
        <translation>Καταγράψτε {channel} με την τρέχουσα ώρα και κλείστε</translation>
    </message>
    <message>
        <source>call</source>
        <translation>την κλήση</translation>
    </message>
    <message>
        <source>text</source>
        <translation>το μήνυμα</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>το email</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>τη συζήτηση</translation>
    </message>
    <message>
        <source>by call</source>
        <translation>τηλεφωνικά</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>με μήνυμα</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>με email</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>από κοντά</translation>
    </message>
    <message>
        <source>no limit on how often</source>
        <translation>χωρίς όριο συχνότητας</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>το πολύ μία φορά κάθε %n ημέρα</numerusform>
            <numerusform>το πολύ μία φορά κάθε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>firm default: no limit</source>
        <translation>προεπιλογή της επιχείρησης: χωρίς όριο</translation>
    </message>
    <message numerus="yes">
        <source>firm default: once every %n days</source>
        <translation>
            <numerusform>προεπιλογή της επιχείρησης: μία φορά κάθε %n ημέρα</numerusform>
            <numerusform>προεπιλογή της επιχείρησης: μία φορά κάθε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Έχει ζητήσει να μην υπάρχει επικοινωνία</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Χωρίς προτίμηση</translation>
    </message>
    <message>
        <source>Prefers phone calls</source>
        <translation>Προτιμά τηλεφωνήματα</translation>
    </message>
    <message>
        <source>Prefers text messages</source>
        <translation>Προτιμά γραπτά μηνύματα</translation>
    </message>
    <message>
        <source>Prefers e-mail</source>
        <translation>Προτιμά email</translation>
    </message>
    <message>
        <source>Prefers to talk in person</source>
        <translation>Προτιμά να μιλάτε από κοντά</translation>
    </message>
    <message>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>χθες</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>πριν από %n ημέρα</numerusform>
            <numerusform>πριν από %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source> — {staff}: “{note}”</source>
        <translation> — {staff}: «{note}»</translation>
    </message>
    <message>
        <source>Never called, texted or e-mailed</source>
        <translation>Δεν έχει γίνει ποτέ κλήση, μήνυμα ή email</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Καμία επικοινωνία μέχρι τώρα</translation>
    </message>
    <message>
        <source>Last contacted {ago} ({when})</source>
        <translation>Τελευταία επικοινωνία {ago} ({when})</translation>
    </message>
    <message>
        <source>⚠ They asked not to be contacted.</source>
        <translation>⚠ Έχει ζητήσει να μην υπάρχει επικοινωνία.</translation>
    </message>
    <message>
        <source>⚠ Already contacted today — never call, text and e-mail about the same thing in one day:</source>
        <translation>⚠ Έγινε ήδη επικοινωνία σήμερα — μην τηλεφωνείτε, στέλνετε μήνυμα και email για το ίδιο θέμα την ίδια μέρα:</translation>
    </message>
    <message>
        <source>⚠ Too soon: last contacted {ago}; {wish}.</source>
        <translation>⚠ Πολύ νωρίς: τελευταία επικοινωνία {ago}· {wish}.</translation>
    </message>
    <message>
        <source>⚠ They prefer {channel}.</source>
        <translation>⚠ Προτιμά {channel}.</translation>
    </message>
    <message>
        <source>the firm contacts a client {often}</source>
        <translation>η επιχείρηση επικοινωνεί με κάθε πελάτη {often}</translation>
    </message>
    <message>
        <source>they asked for {often}</source>
        <translation>έχει ζητήσει επικοινωνία {often}</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>τηλεφώνημα</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>γραπτά μηνύματα</translation>
    </message>
    <message>
        <source>to talk in person</source>
        <translation>να μιλάτε από κοντά</translation>
    </message>
    <message>
        <source>Before you log this {channel}:</source>
        <translation>Πριν καταγράψετε {channel}:</translation>
    </message>
    <message>
        <source>Log it anyway?</source>
        <translation>Να καταγραφεί παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source>Contact {name}?</source>
        <translation>Επικοινωνία με {name};</translation>
    </message>
</context>
<context>
    <name>ContactGroup</name>
    <message>
        <source>Contacting clients</source>
        <translation>Επικοινωνία με πελάτες</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Χωρίς όριο</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail to a client every so many days; 0 = no limit</source>
        <translation>Το πολύ μία κλήση, μήνυμα ή email σε κάθε πελάτη ανά τόσες ημέρες· 0 = χωρίς όριο</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> ημέρα</numerusform>
            <numerusform> ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> λεπτό</numerusform>
            <numerusform> λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>How soon a promised callback should happen; 0 = no target</source>
        <translation>Πόσο γρήγορα πρέπει να γίνεται μια επιστροφή κλήσης που υποσχεθήκατε· 0 = χωρίς στόχο</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail every so many days (0 = no limit); a client&apos;s own wish on their card comes first.</source>
        <translation>Το πολύ μία κλήση, μήνυμα ή email ανά τόσες ημέρες (0 = χωρίς όριο)· η επιθυμία του ίδιου του πελάτη στην καρτέλα του έχει προτεραιότητα.</translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation>Διάστημα &amp;ησυχίας:</translation>
    </message>
    <message>
        <source>Quiet period in days</source>
        <translation>Διάστημα ησυχίας σε ημέρες</translation>
    </message>
    <message>
        <source>Callback &amp;target:</source>
        <translation>Στόχος επιστροφής &amp;κλήσης:</translation>
    </message>
    <message>
        <source>Callback target in minutes</source>
        <translation>Στόχος επιστροφής κλήσης σε λεπτά</translation>
    </message>
</context>
<context>
    <name>ContactWishesEditor</name>
    <message>
        <source>Preferred channel</source>
        <translation>Προτιμώμενος τρόπος επικοινωνίας</translation>
    </message>
    <message>
        <source>How the client prefers to be contacted</source>
        <translation>Πώς προτιμά ο πελάτης να επικοινωνείτε μαζί του</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Χωρίς προτίμηση</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Τηλεφώνημα</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Γραπτό μήνυμα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Από κοντά</translation>
    </message>
    <message numerus="yes">
        <source>Firm default (%n days)</source>
        <translation>
            <numerusform>Προεπιλογή επιχείρησης (%n ημέρα)</numerusform>
            <numerusform>Προεπιλογή επιχείρησης (%n ημέρες)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most once every this many days</source>
        <translation>Το πολύ μία φορά ανά τόσες ημέρες</translation>
    </message>
    <message>
        <source>The shortest gap between calls, texts and e-mails to this client. 0 means no limit.</source>
        <translation>Το ελάχιστο διάστημα ανάμεσα σε κλήσεις, μηνύματα και email προς αυτόν τον πελάτη. Το 0 σημαίνει χωρίς όριο.</translation>
    </message>
    <message>
        <source>At mo&amp;st once every</source>
        <translation>Το πολύ μία &amp;φορά κάθε</translation>
    </message>
    <message>
        <source>Do not conta&amp;ct</source>
        <translation>&amp;Χωρίς επικοινωνία</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Χωρίς επικοινωνία</translation>
    </message>
    <message>
        <source>The client asked not to be called, texted or e-mailed</source>
        <translation>Ο πελάτης ζήτησε να μην του τηλεφωνείτε ούτε να του στέλνετε μηνύματα ή email</translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation>Γλώσσα μηνυμάτων</translation>
    </message>
    <message>
        <source>The language messages to this client are written in</source>
        <translation>Η γλώσσα στην οποία γράφονται τα μηνύματα προς αυτόν τον πελάτη</translation>
    </message>
    <message>
        <source>The firm&apos;s language</source>
        <translation>Η γλώσσα της επιχείρησης</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Γλώσσα μην&amp;υμάτων:</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> ημέρα</numerusform>
            <numerusform> ημέρες</numerusform>
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
        <translation>Το ClientBook αντιμετώπισε ένα απρόβλεπτο πρόβλημα. Ό,τι είχε ήδη αποθηκευτεί είναι ασφαλές· μια φόρμα που ήταν ανοιχτή μπορεί να μην αποθηκεύτηκε.

Οι λεπτομέρειες βρίσκονται στο αρχείο καταγραφής:
%1

Αν συμβεί ξανά, στείλτε αυτό το αρχείο σε όποιον φροντίζει το ClientBook σας.</translation>
    </message>
    <message>
        <source>ClientBook ran into a problem</source>
        <translation>Το ClientBook αντιμετώπισε πρόβλημα</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>Άνοιγμα φακέλου &amp;καταγραφής</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Συνέχεια εργασίας</translation>
    </message>
    <message>
        <source>&amp;Quit ClientBook</source>
        <translation>Έ&amp;ξοδος από το ClientBook</translation>
    </message>
    <message>
        <source>ClientBook could not do that</source>
        <translation>Το ClientBook δεν μπόρεσε να το κάνει αυτό</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>No one</source>
        <translation>Κανείς</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Εκτυπώθηκε %1</translation>
    </message>
    <message>
        <source>Have ready: %1</source>
        <translation>Να είναι έτοιμα: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Αποφυγή: %1</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Γενέθλια σήμερα</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>Οφειλόμενη ανταμοιβή</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Εκτύπωση του φύλλου ημέρας</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Η εκτύπωση απέτυχε</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Αποθήκευση του φύλλου ημέρας ως PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the day sheet failed</source>
        <translation>Η αποθήκευση του φύλλου ημέρας απέτυχε</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day calendar</source>
        <translation>Ημερολόγιο ημέρας</translation>
    </message>
</context>
<context>
    <name>DesignersModel</name>
    <message>
        <source>Designer</source>
        <translation>Στυλίστας</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Επισκέψεις</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Έσοδα</translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation>Ίδιος στυλίστας</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>Υποσχέσεις στην ώρα τους</translation>
    </message>
</context>
<context>
    <name>DeskNameRow</name>
    <message>
        <source>Who made a change, in the history and when two desks change the same record; kept on this computer (empty: the computer&apos;s name)</source>
        <translation>Ποιος έκανε μια αλλαγή, στο ιστορικό και όταν δύο γραφεία αλλάζουν την ίδια εγγραφή· φυλάσσεται σε αυτόν τον υπολογιστή (κενό: το όνομα του υπολογιστή)</translation>
    </message>
    <message>
        <source>Could not keep the desk name</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του ονόματος γραφείου</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n διπλότυπο</numerusform>
            <numerusform>%n διπλότυπα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n γραμμή με προβλήματα</numerusform>
            <numerusform>%n γραμμές με προβλήματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second e-mail(s) kept in the clients&apos; notes.</source>
        <translation>
            <numerusform>%n δεύτερο e-mail κρατήθηκε στις σημειώσεις του πελάτη.</numerusform>
            <numerusform>%n δεύτερα e-mail κρατήθηκαν στις σημειώσεις των πελατών.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes of %n merged row(s) appended to the clients&apos; notes.</source>
        <translation>
            <numerusform>Οι σημειώσεις %n συγχωνευμένης γραμμής προστέθηκαν στις σημειώσεις του πελάτη.</numerusform>
            <numerusform>Οι σημειώσεις %n συγχωνευμένων γραμμών προστέθηκαν στις σημειώσεις των πελατών.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s) kept without the year, which was not a plausible birth year (line(s) %1).</source>
        <translation>
            <numerusform>%n ημερομηνία γενεθλίων κρατήθηκε χωρίς το έτος, που δεν ήταν πιθανό έτος γέννησης (γραμμή %1).</numerusform>
            <numerusform>%n ημερομηνίες γενεθλίων κρατήθηκαν χωρίς το έτος, που δεν ήταν πιθανό έτος γέννησης (γραμμές %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Birthday month %1 is not between 1 and 12.</source>
        <translation>Ο μήνας γενεθλίων %1 δεν είναι από 1 έως 12.</translation>
    </message>
    <message>
        <source>Birthday year %1 is not plausible.</source>
        <translation>Το έτος γέννησης %1 δεν φαίνεται σωστό.</translation>
    </message>
    <message>
        <source>%1 is not a real date: that month has %2 days.</source>
        <translation>Η ημερομηνία %1 δεν υπάρχει: αυτός ο μήνας έχει %2 ημέρες.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation>Ο μήνας %2 δεν έχει ημέρα %1.</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date: use YYYY-MM-DD, or --MM-DD when the year is unknown.</source>
        <translation>Η ημερομηνία γενεθλίων %1 δεν είναι έγκυρη: χρησιμοποιήστε τη μορφή YYYY-MM-DD ή --MM-DD όταν το έτος δεν είναι γνωστό.</translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation>Ο αριθμός των επόμενων ημερών δεν μπορεί να είναι αρνητικός.</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date ClientBook can read; write it like %2.</source>
        <translation>Το ClientBook δεν μπορεί να διαβάσει την ημερομηνία γενεθλίων %1· γράψτε την όπως σε ένα από αυτά τα παραδείγματα: %2.</translation>
    </message>
    <message>
        <source>%1 The birthday was written %2.</source>
        <translation>%1 Τα γενέθλια ήταν γραμμένα ως %2.</translation>
    </message>
    <message>
        <source>The quiet period is 0 to %1 days.</source>
        <translation>Το διάστημα ησυχίας μπορεί να είναι από 0 έως %1 ημέρες.</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount; write it like 45.50.</source>
        <translation>%1: το %2 δεν είναι έγκυρο ποσό· γράψτε το π.χ. 45.50.</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount.</source>
        <translation>%1: το %2 δεν είναι έγκυρο ποσό.</translation>
    </message>
    <message>
        <source>%1 %2 is negative.</source>
        <translation>%1: το %2 είναι αρνητικό· το ποσό δεν μπορεί να είναι κάτω από 0.</translation>
    </message>
    <message>
        <source>%1 %2 is too large for an amount.</source>
        <translation>%1: το %2 είναι υπερβολικά μεγάλο για ποσό.</translation>
    </message>
    <message>
        <source>%1 %2 has more than two decimals.</source>
        <translation>%1: το %2 έχει περισσότερα από δύο δεκαδικά ψηφία.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Ο πελάτης χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Το όνομα ξεπερνά τους %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Notes are longer than %1 characters.</source>
        <translation>Οι σημειώσεις ξεπερνούν τους %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>Το %1 δεν είναι έγκυρη διεύθυνση email.</translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation>Το %1 δεν είναι έγκυρος αριθμός τηλεφώνου.</translation>
    </message>
    <message>
        <source>A preference needs a value.</source>
        <translation>Η προτίμηση δεν μπορεί να είναι κενή.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Nothing was changed.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αντιγράφου ασφαλείας στο %1: %2. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Ο φάκελος %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Το αρχείο %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Cannot restore from this file: %1 Nothing was changed.</source>
        <translation>Δεν είναι δυνατή η επαναφορά από αυτό το αρχείο: %1 Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Restoring failed: %1. The data as it was is in %2.</source>
        <translation>Η επαναφορά απέτυχε: %1. Τα προηγούμενα δεδομένα βρίσκονται στο %2.</translation>
    </message>
    <message>
        <source>Restoring failed: %1.</source>
        <translation>Η επαναφορά απέτυχε: %1.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Δεν υπάρχει πελάτης με αναγνωριστικό %1.</translation>
    </message>
    <message>
        <source>This service is not on the menu.</source>
        <translation>Αυτή η υπηρεσία δεν υπάρχει στον κατάλογο.</translation>
    </message>
    <message>
        <source>Only a booking still to come can be moved; this one is %1.</source>
        <translation>Μόνο ένα ραντεβού που δεν έχει γίνει ακόμη μετακινείται· αυτό είναι %1.</translation>
    </message>
    <message>
        <source>A cancellation reason is client, late or firm.</source>
        <translation>Ο λόγος ακύρωσης είναι client, late ή firm.</translation>
    </message>
    <message>
        <source>The assigned designer does not exist.</source>
        <translation>Ο στυλίστας που ορίστηκε δεν υπάρχει.</translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation>Αυτός ο πελάτης δεν υπάρχει πια· μπορεί να έχει διαγραφεί.</translation>
    </message>
    <message>
        <source>No client given.</source>
        <translation>Δεν δόθηκε πελάτης.</translation>
    </message>
    <message>
        <source>%1 matches %2 clients; use the client id instead.</source>
        <translation>Με το %1 ταιριάζουν %2 πελάτες· χρησιμοποιήστε καλύτερα το αναγνωριστικό (id) του πελάτη.</translation>
    </message>
    <message>
        <source>No client matches %1.</source>
        <translation>Κανένας πελάτης δεν ταιριάζει με %1.</translation>
    </message>
    <message>
        <source>Choose which column holds the client&apos;s name.</source>
        <translation>Επιλέξτε ποια στήλη περιέχει το όνομα του πελάτη.</translation>
    </message>
    <message>
        <source>Only one column can be %1.</source>
        <translation>Μόνο μία στήλη μπορεί να περιέχει %1.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Το όνομα είναι κενό.</translation>
    </message>
    <message>
        <source>id %1 is not a whole number.</source>
        <translation>Το αναγνωριστικό (id) %1 δεν είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>Δεν υπάρχει υπάλληλος με αναγνωριστικό %1.</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>Η σημείωση μπορεί να έχει έως %1 χαρακτήρες· συντομέψτε την.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε· δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>Cells can be separated by a comma, a semicolon or a tab, not %1.</source>
        <translation>Τα κελιά μπορούν να χωρίζονται με κόμμα, ερωτηματικό ή στηλοθέτη (Tab), όχι με %1.</translation>
    </message>
    <message>
        <source>Cannot export %1; choose one of %2.</source>
        <translation>Το %1 δεν μπορεί να εξαχθεί· επιλέξτε ένα από τα εξής: %2.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not %2.</source>
        <translation>Η στήλη %1 πρέπει να έχει yes ή no, όχι %2.</translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time; use YYYY-MM-DD HH:MM.</source>
        <translation>%1: το %2 δεν είναι ημερομηνία και ώρα· χρησιμοποιήστε τη μορφή YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>Cannot import %1; choose one of %2.</source>
        <translation>Το %1 δεν μπορεί να εισαχθεί· επιλέξτε ένα από τα εξής: %2.</translation>
    </message>
    <message>
        <source>%1 looks like %2, not ClientBook clients CSV. Import it as contacts: clientbook import contacts %3 (in the window: File → Import contacts…).</source>
        <translation>Το %1 μοιάζει με %2, όχι με αρχείο CSV πελατών του ClientBook. Εισαγάγετέ το ως επαφές: clientbook import contacts %3 (στο παράθυρο: Αρχείο → Εισαγωγή επαφών…).</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): unknown column(s) %4; the columns are: %5.</source>
        <translation>Το %1 δεν είναι αρχείο CSV του ClientBook τύπου %2 (μοιάζει με: %3): άγνωστες στήλες %4· οι σωστές στήλες είναι: %5.</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): a column it needs is missing; the columns are: %4.</source>
        <translation>Το %1 δεν είναι αρχείο CSV του ClientBook τύπου %2 (μοιάζει με: %3): λείπει μια απαραίτητη στήλη· οι σωστές στήλες είναι: %4.</translation>
    </message>
    <message>
        <source>%1 looks like ClientBook %2 CSV, not contacts; import it as that kind.</source>
        <translation>Το %1 μοιάζει με αρχείο CSV του ClientBook τύπου %2, όχι με επαφές· εισαγάγετέ το ως αυτόν τον τύπο.</translation>
    </message>
    <message>
        <source>%1 has no header row (it has no lines with text); the first line should name the columns.</source>
        <translation>Το %1 δεν έχει γραμμή επικεφαλίδων (δεν έχει καμία γραμμή με κείμενο)· η πρώτη γραμμή πρέπει να περιέχει τα ονόματα των στηλών.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 columns but ClientBook reads at most %4; check that the right delimiter is chosen, or remove the columns you do not need.</source>
        <translation>Η γραμμή %1 του %2 έχει %3 στήλες, αλλά το ClientBook διαβάζει το πολύ %4· ελέγξτε ότι έχει επιλεγεί το σωστό διαχωριστικό ή αφαιρέστε τις στήλες που δεν χρειάζεστε.</translation>
    </message>
    <message>
        <source>Line %1 of %2 contains a NUL character, which text never has; the file is damaged or not saved as text (CSV).</source>
        <translation>Η γραμμή %1 του %2 περιέχει χαρακτήρα NUL, που δεν υπάρχει ποτέ σε κείμενο· το αρχείο είναι κατεστραμμένο ή δεν έχει αποθηκευτεί ως κείμενο (CSV).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell is never closed; check for a stray &quot; on that line (a cell that starts with a quote must end with one).</source>
        <translation>Γραμμή %1 του %2: ένα κελί σε εισαγωγικά δεν κλείνει ποτέ· ελέγξτε αν υπάρχει περιττό &quot; σε αυτή τη γραμμή (ένα κελί που αρχίζει με εισαγωγικό πρέπει να τελειώνει επίσης με εισαγωγικό).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell has more text after its closing quote; check for a stray &quot; (inside a quoted cell a quote is written twice: &quot;&quot;).</source>
        <translation>Γραμμή %1 του %2: ένα κελί σε εισαγωγικά έχει κι άλλο κείμενο μετά το εισαγωγικό που το κλείνει· ελέγξτε αν υπάρχει περιττό &quot; (μέσα σε κελί με εισαγωγικά, το εισαγωγικό γράφεται διπλό: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as CSV (%3).</source>
        <translation>Η γραμμή %1 του %2 δεν μπορεί να διαβαστεί ως CSV (%3).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; this usually means a &quot; opens a quoted cell that is never closed; check the file in a spreadsheet program.</source>
        <translation>Γραμμή %1 του %2: ένα κελί ξεπερνά το 1 MB· συνήθως αυτό σημαίνει ότι ένα &quot; ανοίγει κελί σε εισαγωγικά που δεν κλείνει ποτέ· ελέγξτε το αρχείο σε πρόγραμμα υπολογιστικών φύλλων.</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; check the file in a spreadsheet program.</source>
        <translation>Γραμμή %1 του %2: ένα κελί ξεπερνά το 1 MB· ελέγξτε το αρχείο σε πρόγραμμα υπολογιστικών φύλλων.</translation>
    </message>
    <message>
        <source>This client book already has data; use --force to add demo data anyway.</source>
        <translation>Αυτό το βιβλίο πελατών έχει ήδη δεδομένα· χρησιμοποιήστε --force για να προσθέσετε δεδομένα επίδειξης παρ&apos; όλα αυτά.</translation>
    </message>
    <message>
        <source>The number of demo clients cannot be negative.</source>
        <translation>Ο αριθμός των πελατών επίδειξης δεν μπορεί να είναι αρνητικός.</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Το ποσό δεν μπορεί να είναι αρνητικό.</translation>
    </message>
    <message>
        <source>Spend is too large for an amount.</source>
        <translation>Το ποσό είναι υπερβολικά μεγάλο.</translation>
    </message>
    <message>
        <source>An appointment needs a duration.</source>
        <translation>Το ραντεβού χρειάζεται διάρκεια.</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>Συμπληρώστε τι υποσχεθήκαμε.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Αυτό το ραντεβού δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>This appointment already has its visit (id %1); correct that visit instead of logging a second one.</source>
        <translation>Αυτό το ραντεβού έχει ήδη την επίσκεψή του (id %1)· διορθώστε εκείνη την επίσκεψη αντί να καταχωρίσετε δεύτερη.</translation>
    </message>
    <message>
        <source>This promise no longer exists.</source>
        <translation>Αυτή η υπόσχεση δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled.</source>
        <translation>Αυτή η υπόσχεση έχει ήδη τηρηθεί ή ακυρωθεί.</translation>
    </message>
    <message>
        <source>Choose a new due time that is still to come.</source>
        <translation>Επιλέξτε μια νέα προθεσμία στο μέλλον.</translation>
    </message>
    <message>
        <source>Nothing imported: the file has rows with problems (%1). Fix them in the file, or choose to skip those rows.</source>
        <translation>Δεν εισήχθη τίποτα: το αρχείο έχει γραμμές με προβλήματα (%1). Διορθώστε τις στο αρχείο ή επιλέξτε να παραλειφθούν.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Δεν εισήχθη τίποτα: %1</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Δεν υπάρχει εισαγωγή για αναίρεση.</translation>
    </message>
    <message>
        <source>The last import (%1, %2) was already undone. To undo an earlier import, list them and name the one to undo.</source>
        <translation>Η τελευταία εισαγωγή (%1, %2) έχει ήδη αναιρεθεί. Για να αναιρέσετε μια προηγούμενη, εμφανίστε τη λίστα και ορίστε ποια θα αναιρεθεί.</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>Δεν υπάρχει εισαγωγή με id %1.</translation>
    </message>
    <message>
        <source>Import %1 (%2) was already undone.</source>
        <translation>Η εισαγωγή %1 (%2) έχει ήδη αναιρεθεί.</translation>
    </message>
    <message>
        <source>Nothing undone: %1</source>
        <translation>Δεν αναιρέθηκε τίποτα: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was saved.</source>
        <translation>Η εισαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>%1 cells but the header has %2.</source>
        <translation>%1 κελιά, ενώ η γραμμή επικεφαλίδων έχει %2.</translation>
    </message>
    <message>
        <source>id %1 is also on line %2.</source>
        <translation>Το αναγνωριστικό (id) %1 υπάρχει και στη γραμμή %2.</translation>
    </message>
    <message>
        <source>%1 has no header row: its first line is empty.</source>
        <translation>Το %1 δεν έχει γραμμή επικεφαλίδων: η πρώτη του γραμμή είναι κενή.</translation>
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header.</source>
        <translation>%1: η στήλη %2 εμφανίζεται δύο φορές στη γραμμή επικεφαλίδων.</translation>
    </message>
    <message>
        <source>There is no loyalty rule; set one in Settings first.</source>
        <translation>Δεν έχει οριστεί κανόνας επιβράβευσης· ορίστε πρώτα έναν στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>No reward is due for this client yet.</source>
        <translation>Ο πελάτης δεν δικαιούται ακόμη επιβράβευση.</translation>
    </message>
    <message>
        <source>This reward is no longer recorded.</source>
        <translation>Αυτή η επιβράβευση δεν είναι πια καταγεγραμμένη.</translation>
    </message>
    <message>
        <source>client_id %1 is not a client in this book.</source>
        <translation>Το client_id %1 δεν αντιστοιχεί σε πελάτη αυτού του βιβλίου.</translation>
    </message>
    <message>
        <source>Give the client: a client_id, or a phone, email or name.</source>
        <translation>Δηλώστε τον πελάτη: με client_id ή με τηλέφωνο, email ή όνομα.</translation>
    </message>
    <message>
        <source>id %1 is not a whole number above 0.</source>
        <translation>Το αναγνωριστικό (id) %1 δεν είναι ακέραιος αριθμός μεγαλύτερος από 0.</translation>
    </message>
    <message>
        <source>%1 id %2 is already in this book; leave the id empty to add it as a new one.</source>
        <translation>Το id %2 (%1) υπάρχει ήδη σε αυτό το βιβλίο· αφήστε το id κενό για να προστεθεί ως νέα εγγραφή.</translation>
    </message>
    <message>
        <source>category %1 is not one of: %2.</source>
        <translation>Η κατηγορία (category) %1 δεν είναι μία από τις εξής: %2.</translation>
    </message>
    <message>
        <source>value is empty.</source>
        <translation>Η στήλη value είναι κενή.</translation>
    </message>
    <message>
        <source>status %1 is not one of: %2.</source>
        <translation>Η κατάσταση (status) %1 δεν είναι μία από τις εξής: %2.</translation>
    </message>
    <message>
        <source>duration_min %1 is not a whole number.</source>
        <translation>Η διάρκεια (duration_min) %1 δεν είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>duration_min must be more than 0.</source>
        <translation>Η διάρκεια (duration_min) πρέπει να είναι μεγαλύτερη από 0.</translation>
    </message>
    <message>
        <source>duration_min %1 is longer than a day (%2 minutes).</source>
        <translation>Η διάρκεια (duration_min) %1 ξεπερνά τη μία ημέρα (%2 λεπτά).</translation>
    </message>
    <message>
        <source>text is empty: say what was promised.</source>
        <translation>Η στήλη text είναι κενή: γράψτε τι υποσχεθήκαμε.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Η στήλη %1 είναι κενή.</translation>
    </message>
    <message>
        <source>The currency needs a three-letter code such as EUR.</source>
        <translation>Το νόμισμα χρειάζεται κωδικό τριών γραμμάτων, π.χ. EUR.</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use one such as GB, ES or CN, or leave it empty.</source>
        <translation>Το «%1» δεν είναι κωδικός χώρας για αριθμούς τηλεφώνου· χρησιμοποιήστε έναν όπως GR, GB ή ES, ή αφήστε το πεδίο κενό.</translation>
    </message>
    <message>
        <source>Birthday reminders look 0 to %1 days ahead.</source>
        <translation>Οι υπενθυμίσεις γενεθλίων μπορούν να γίνονται από 0 έως %1 ημέρες νωρίτερα.</translation>
    </message>
    <message>
        <source>The loyalty rule is off, by visits or by spend.</source>
        <translation>Ο κανόνας επιβράβευσης μπορεί να είναι: ανενεργός, ανά επισκέψεις ή με βάση το ποσό.</translation>
    </message>
    <message>
        <source>A reward comes every 2 to %1 visits.</source>
        <translation>Η επιβράβευση μπορεί να δίνεται ανά 2 έως %1 επισκέψεις.</translation>
    </message>
    <message>
        <source>Describe the reward in at most %1 characters.</source>
        <translation>Περιγράψτε την επιβράβευση με το πολύ %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Call back within 0 (no target) to %1 minutes.</source>
        <translation>Ο στόχος επιστροφής κλήσης μπορεί να είναι από 0 (χωρίς στόχο) έως %1 λεπτά.</translation>
    </message>
    <message>
        <source>Flag clients not seen for 1 to %1 years, or 0 for never.</source>
        <translation>Ορίστε από 1 έως %1 χρόνια για την επισήμανση πελατών που δεν έχουν έρθει, ή 0 για να μη γίνεται ποτέ.</translation>
    </message>
    <message>
        <source>Nudge 1 to %1 minutes before an appointment, or 0 for never.</source>
        <translation>Ορίστε την υπενθύμιση ραντεβού από 1 έως %1 λεπτά πριν, ή 0 για να μη γίνεται ποτέ.</translation>
    </message>
    <message>
        <source>Start at login is 1 (yes) or 0 (no).</source>
        <translation>Η εκκίνηση κατά τη σύνδεση παίρνει τιμή 1 (ναι) ή 0 (όχι).</translation>
    </message>
    <message>
        <source>Keep the firm&apos;s name under %1 characters.</source>
        <translation>Το όνομα της επιχείρησης πρέπει να έχει λιγότερους από %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use one such as Europe/London, or leave it empty for this computer&apos;s.</source>
        <translation>Το «%1» δεν είναι ζώνη ώρας· χρησιμοποιήστε μία όπως Europe/London ή αφήστε το κενό για τη ζώνη αυτού του υπολογιστή.</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>Δεν υπάρχει ρύθμιση με το όνομα %1.</translation>
    </message>
    <message>
        <source>The spend for a reward needs an amount above 0, such as 500.</source>
        <translation>Το ποσό ανά επιβράβευση πρέπει να είναι μεγαλύτερο από 0, π.χ. 500.</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>Ο υπάλληλος χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Αυτός ο υπάλληλος δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an encoding ClientBook knows; choose one from the list.</source>
        <translation>Το ClientBook δεν γνωρίζει την κωδικοποίηση %1· επιλέξτε μία από τη λίστα.</translation>
    </message>
    <message>
        <source>%1 is empty, so there is nothing to import; check that you chose the right file.</source>
        <translation>Το %1 είναι κενό, οπότε δεν υπάρχει τίποτα για εισαγωγή· ελέγξτε ότι επιλέξατε το σωστό αρχείο.</translation>
    </message>
    <message>
        <source>%1 does not look like a text file (CSV or vCard); save or export the contacts as CSV or vCard and choose that file.</source>
        <translation>Το %1 δεν μοιάζει με αρχείο κειμένου (CSV ή vCard)· αποθηκεύστε ή εξαγάγετε τις επαφές ως CSV ή vCard και επιλέξτε εκείνο το αρχείο.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding, perhaps %4.</source>
        <translation>Η γραμμή %1 του %2 δεν μπορεί να διαβαστεί ως %3· επιλέξτε άλλη κωδικοποίηση, ίσως %4.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding.</source>
        <translation>Η γραμμή %1 του %2 δεν μπορεί να διαβαστεί ως %3· επιλέξτε άλλη κωδικοποίηση.</translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line, so it was not read; the file may have been cut short.</source>
        <translation>αυτή η επαφή δεν έχει γραμμή END:VCARD, οπότε δεν διαβάστηκε· το αρχείο μπορεί να έχει κοπεί.</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (a line cannot be read: %1).</source>
        <translation>αυτή η επαφή είναι κατεστραμμένη και δεν διαβάστηκε (μια γραμμή δεν μπορεί να διαβαστεί: %1).</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (%1).</source>
        <translation>αυτή η επαφή είναι κατεστραμμένη και δεν διαβάστηκε (%1).</translation>
    </message>
    <message>
        <source>%1 has no contacts in vCard format (no BEGIN:VCARD line); export the contacts again as vCard (.vcf) or CSV.</source>
        <translation>Το %1 δεν περιέχει επαφές σε μορφή vCard (δεν υπάρχει γραμμή BEGIN:VCARD)· εξαγάγετε ξανά τις επαφές ως vCard (.vcf) ή CSV.</translation>
    </message>
    <message>
        <source>this contact was not read: line %1 is larger than 1 MB (%2 characters); check the file in a contacts program.</source>
        <translation>αυτή η επαφή δεν διαβάστηκε: η γραμμή %1 είναι μεγαλύτερη από 1 MB (%2 χαρακτήρες)· ελέγξτε το αρχείο σε ένα πρόγραμμα επαφών.</translation>
    </message>
    <message>
        <source>this contact was not read: it is larger than 2 MB (past line %1); check the file in a contacts program.</source>
        <translation>αυτή η επαφή δεν διαβάστηκε: είναι μεγαλύτερη από 2 MB (μετά τη γραμμή %1)· ελέγξτε το αρχείο σε ένα πρόγραμμα επαφών.</translation>
    </message>
    <message>
        <source>its text is not in the character set it declares</source>
        <translation>το κείμενό της δεν είναι στο σύνολο χαρακτήρων που δηλώνει</translation>
    </message>
    <message>
        <source>SQLite could not copy the data (%1)</source>
        <translation>Το SQLite δεν μπόρεσε να αντιγράψει τα δεδομένα (%1)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>Το %1 είναι κατεστραμμένο: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Το %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>Το %1 είναι κενό (0 byte).</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του ClientBook.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3).</source>
        <translation>Το %1 γράφτηκε από νεότερη έκδοση του ClientBook (μορφή δεδομένων %2· αυτή η έκδοση διαβάζει έως %3).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation>Το %1 δεν μπορεί να διαβαστεί ως βάση δεδομένων (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Το %1 δεν μπορεί να διαβαστεί (%2).</translation>
    </message>
    <message>
        <source>the new backup did not check out: %1</source>
        <translation>ο έλεγχος του νέου αντιγράφου ασφαλείας απέτυχε: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Ο δίσκος όπου βρίσκεται το %1 είναι γεμάτος, οπότε η αλλαγή δεν αποθηκεύτηκε. Ελευθερώστε λίγο χώρο και δοκιμάστε ξανά· ό,τι είχε ήδη αποθηκευτεί δεν χάθηκε.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open its data. Free some space and try again.</source>
        <translation>Ο δίσκος όπου βρίσκεται το %1 είναι γεμάτος, οπότε το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του. Ελευθερώστε λίγο χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so the change was not saved. Close it (or wait for it to finish) and try again; nothing already saved was lost.</source>
        <translation>Κάποιο άλλο πρόγραμμα χρησιμοποιεί τα δεδομένα του ClientBook στο %1, οπότε η αλλαγή δεν αποθηκεύτηκε. Κλείστε το (ή περιμένετε να τελειώσει) και δοκιμάστε ξανά· ό,τι είχε ήδη αποθηκευτεί δεν χάθηκε.</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so ClientBook cannot open its data. Close it (or wait for it to finish) and try again.</source>
        <translation>Κάποιο άλλο πρόγραμμα χρησιμοποιεί τα δεδομένα του ClientBook στο %1, οπότε το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του. Κλείστε το (ή περιμένετε να τελειώσει) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so the change was not saved. Restore a backup or move it away.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του ClientBook που μπορεί να χρησιμοποιηθεί: είναι κατεστραμμένο (%2), οπότε η αλλαγή δεν αποθηκεύτηκε. Κάντε επαναφορά από αντίγραφο ασφαλείας ή μετακινήστε το αρχείο αλλού.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so ClientBook cannot open its data. Restore a backup or move it away.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του ClientBook που μπορεί να χρησιμοποιηθεί: είναι κατεστραμμένο (%2), οπότε το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του. Κάντε επαναφορά από αντίγραφο ασφαλείας ή μετακινήστε το αρχείο αλλού.</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so the change was not saved. Check the disk or network connection and try again; nothing already saved was lost.</source>
        <translation>Ο δίσκος ανέφερε σφάλμα (%1) για το %2, οπότε η αλλαγή δεν αποθηκεύτηκε. Ελέγξτε τον δίσκο ή τη σύνδεση δικτύου και δοκιμάστε ξανά· ό,τι είχε ήδη αποθηκευτεί δεν χάθηκε.</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so ClientBook cannot open its data. Check the disk or network connection and try again.</source>
        <translation>Ο δίσκος ανέφερε σφάλμα (%1) για το %2, οπότε το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του. Ελέγξτε τον δίσκο ή τη σύνδεση δικτύου και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The server %1 refused the user or password. Put the password in PostgreSQL&apos;s password file (.pgpass) or a service file, or ask the administrator for access; ClientBook never stores it.</source>
        <translation>Ο διακομιστής %1 απέρριψε τον χρήστη ή τον κωδικό. Βάλτε τον κωδικό στο αρχείο κωδικών της PostgreSQL (.pgpass) ή σε αρχείο υπηρεσίας ή ζητήστε πρόσβαση από τον διαχειριστή· το ClientBook δεν τον αποθηκεύει ποτέ.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check its name, or ask the administrator to create it (createdb).</source>
        <translation>Η βάση δεδομένων %1 δεν υπάρχει στον διακομιστή. Ελέγξτε το όνομα ή ζητήστε από τον διαχειριστή να τη δημιουργήσει (createdb).</translation>
    </message>
    <message>
        <source>The user %1 may not use the database %2. Ask the administrator to grant access.</source>
        <translation>Ο χρήστης %1 δεν έχει δικαίωμα να χρησιμοποιεί τη βάση δεδομένων %2. Ζητήστε πρόσβαση από τον διαχειριστή.</translation>
    </message>
    <message>
        <source>The PostgreSQL server for %1 could not be reached (%2). Check that it is running and that this computer may connect to it, then try again.</source>
        <translation>Δεν ήταν δυνατή η σύνδεση με τον διακομιστή PostgreSQL του %1 (%2). Ελέγξτε ότι λειτουργεί και ότι αυτός ο υπολογιστής μπορεί να συνδεθεί και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Leave the password out of the address %1: ClientBook never keeps one. Put it in PostgreSQL&apos;s password file (.pgpass) or a service file, then try again.</source>
        <translation>Αφαιρέστε τον κωδικό από τη διεύθυνση %1: το ClientBook δεν κρατά ποτέ κωδικούς. Βάλτε τον στο αρχείο κωδικών της PostgreSQL (.pgpass) ή σε αρχείο υπηρεσίας και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The user may read %1 but not set up ClientBook&apos;s tables there (%2). Ask the administrator to make this user the database&apos;s owner.</source>
        <translation>Ο χρήστης μπορεί να διαβάζει το %1 αλλά όχι να δημιουργήσει εκεί τους πίνακες του ClientBook (%2). Ζητήστε από τον διαχειριστή να κάνει αυτόν τον χρήστη κάτοχο της βάσης.</translation>
    </message>
    <message>
        <source>The book %1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook on this computer; the book was left untouched.</source>
        <translation>Το βιβλίο %1 γράφτηκε από νεότερο ClientBook (μορφή δεδομένων %2· αυτή η έκδοση διαβάζει έως %3). Εγκαταστήστε το νεότερο ClientBook σε αυτόν τον υπολογιστή· το βιβλίο έμεινε ανέγγιχτο.</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, so it is not a ClientBook book. ClientBook left it untouched; give it an empty database of its own.</source>
        <translation>Η βάση δεδομένων %1 περιέχει πίνακες άλλου προγράμματος, άρα δεν είναι βιβλίο του ClientBook. Το ClientBook την άφησε ανέγγιχτη· δώστε του μια δική του κενή βάση.</translation>
    </message>
    <message>
        <source>Another desk was saving the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Άλλο γραφείο αποθήκευε τις ίδιες εγγραφές την ίδια στιγμή· δεν αποθηκεύτηκε τίποτα. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation>Η βάση δεδομένων απέρριψε την αλλαγή: %1.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to make that change; ask the administrator. Nothing was saved.</source>
        <translation>Ο διακομιστής %1 δεν επιτρέπει σε αυτόν τον χρήστη αυτή την αλλαγή· ρωτήστε τον διαχειριστή. Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to read that; ask the administrator.</source>
        <translation>Ο διακομιστής %1 δεν επιτρέπει σε αυτόν τον χρήστη να το διαβάσει· ρωτήστε τον διαχειριστή.</translation>
    </message>
    <message>
        <source>The change was not saved: the server %1 could not be reached (%2). Check the network and try again; nothing already saved was lost.</source>
        <translation>Η αλλαγή δεν αποθηκεύτηκε: δεν ήταν δυνατή η σύνδεση με τον διακομιστή %1 (%2). Ελέγξτε το δίκτυο και δοκιμάστε ξανά· τίποτα από όσα είχαν αποθηκευτεί δεν χάθηκε.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the folder exists and that you may read and write it.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2. Ελέγξτε ότι ο φάκελος υπάρχει και ότι έχετε δικαίωμα ανάγνωσης και εγγραφής σε αυτόν.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1.</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της αλλαγής: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>Δεν είναι δυνατή η χρήση του %1: %2.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>Το αρχείο δεδομένων %1 είναι μόνο για ανάγνωση, οπότε η αλλαγή δεν αποθηκεύτηκε. Ελέγξτε τα δικαιώματα του αρχείου και του φακέλου του (ή αν ο δίσκος έχει προστασία εγγραφής)· ό,τι είχε ήδη αποθηκευτεί δεν χάθηκε.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>Ο φάκελος δεδομένων %1 είναι μόνο για ανάγνωση, οπότε η αλλαγή δεν αποθηκεύτηκε. Ελέγξτε τα δικαιώματα του αρχείου και του φακέλου του (ή αν ο δίσκος έχει προστασία εγγραφής)· ό,τι είχε ήδη αποθηκευτεί δεν χάθηκε.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>Το αρχείο δεδομένων %1 είναι μόνο για ανάγνωση, οπότε το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του. Ελέγξτε τα δικαιώματα του αρχείου και του φακέλου του (ή αν ο δίσκος έχει προστασία εγγραφής).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>Ο φάκελος δεδομένων %1 είναι μόνο για ανάγνωση, οπότε το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του. Ελέγξτε τα δικαιώματα του αρχείου και του φακέλου του (ή αν ο δίσκος έχει προστασία εγγραφής).</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>Το ClientBook δεν μπορεί να διαβάσει το %1: %2. Ελέγξτε τα δικαιώματα του φακέλου (ή αν ο δίσκος έχει προστασία εγγραφής).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot read it. Free some space and try again.</source>
        <translation>Ο δίσκος όπου βρίσκεται το %1 είναι γεμάτος, οπότε το ClientBook δεν μπορεί να το διαβάσει. Ελευθερώστε λίγο χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2.</source>
        <translation>Το ClientBook δεν μπορεί να διαβάσει το %1: %2.</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>Το ClientBook δεν μπορεί να ανοίξει το %1: %2. Ελέγξτε τα δικαιώματα του φακέλου (ή αν ο δίσκος έχει προστασία εγγραφής).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open it. Free some space and try again.</source>
        <translation>Ο δίσκος όπου βρίσκεται το %1 είναι γεμάτος, οπότε το ClientBook δεν μπορεί να το ανοίξει. Ελευθερώστε λίγο χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2.</source>
        <translation>Το ClientBook δεν μπορεί να ανοίξει το %1: %2.</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>Το ClientBook δεν μπορεί να δημιουργήσει το αρχείο δεδομένων του στο %1: %2. Ελέγξτε τα δικαιώματα του φακέλου (ή αν ο δίσκος έχει προστασία εγγραφής).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot create its data file in it. Free some space and try again.</source>
        <translation>Ο δίσκος όπου βρίσκεται το %1 είναι γεμάτος, οπότε το ClientBook δεν μπορεί να δημιουργήσει εκεί το αρχείο δεδομένων του. Ελευθερώστε λίγο χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2.</source>
        <translation>Το ClientBook δεν μπορεί να δημιουργήσει το αρχείο δεδομένων του στο %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a usable ClientBook database (it may have been damaged). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>Το %1 είναι κενό (0 byte), οπότε δεν είναι βάση δεδομένων του ClientBook που μπορεί να χρησιμοποιηθεί (ίσως έχει καταστραφεί). Το ClientBook δεν το άγγιξε· κάντε επαναφορά από αντίγραφο ασφαλείας ή μετακινήστε το αρχείο αλλού.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header (the first 100 bytes) is damaged. ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του ClientBook που μπορεί να χρησιμοποιηθεί: η κεφαλίδα του (τα πρώτα 100 byte) είναι κατεστραμμένη. Το ClientBook δεν το άγγιξε· κάντε επαναφορά από αντίγραφο ασφαλείας ή μετακινήστε το αρχείο αλλού.</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database: it is not a database file at all. ClientBook left it untouched; move it away or choose another data folder with --data-dir.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του ClientBook: δεν είναι καν αρχείο βάσης δεδομένων. Το ClientBook δεν το άγγιξε· μετακινήστε το αρχείο αλλού ή επιλέξτε άλλο φάκελο δεδομένων με --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header is damaged (page size %2). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του ClientBook που μπορεί να χρησιμοποιηθεί: η κεφαλίδα του είναι κατεστραμμένη (μέγεθος σελίδας %2). Το ClientBook δεν το άγγιξε· κάντε επαναφορά από αντίγραφο ασφαλείας ή μετακινήστε το αρχείο αλλού.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it has been cut short (%2 of %3 bytes). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του ClientBook που μπορεί να χρησιμοποιηθεί: έχει κοπεί (%2 από %3 byte). Το ClientBook δεν το άγγιξε· κάντε επαναφορά από αντίγραφο ασφαλείας ή μετακινήστε το αρχείο αλλού.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file from another program, not a ClientBook database. Choose another data folder with --data-dir.</source>
        <translation>Το %1 είναι αρχείο SQLite άλλου προγράμματος, όχι βάση δεδομένων του ClientBook. Επιλέξτε άλλο φάκελο δεδομένων με --data-dir.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook to open it; the file was left untouched.</source>
        <translation>Το %1 γράφτηκε από νεότερη έκδοση του ClientBook (μορφή δεδομένων %2· αυτή η έκδοση διαβάζει έως %3). Εγκαταστήστε τη νεότερη έκδοση του ClientBook για να το ανοίξετε· το αρχείο δεν άλλαξε.</translation>
    </message>
    <message>
        <source>%1 was found damaged (%2), so ClientBook saves no changes to it until a backup is restored (File → Restore from backup…, or `clientbook restore --latest`) or it is repaired (`clientbook check --repair`).</source>
        <translation>Το %1 βρέθηκε κατεστραμμένο (%2), οπότε το ClientBook δεν αποθηκεύει αλλαγές σε αυτό μέχρι να γίνει επαναφορά ενός αντιγράφου ασφαλείας (Αρχείο → Επαναφορά από αντίγραφο ασφαλείας…, ή `clientbook restore --latest`) ή να επιδιορθωθεί (`clientbook check --repair`).</translation>
    </message>
    <message>
        <source>another program is reading the book</source>
        <translation>κάποιο άλλο πρόγραμμα διαβάζει το βιβλίο</translation>
    </message>
    <message>
        <source>The data folder %1 is a link to %2, which does not exist (a drive not connected, or a folder moved or deleted). Connect or restore it, or choose another data folder with --data-dir.</source>
        <translation>Ο φάκελος δεδομένων %1 είναι σύνδεσμος προς το %2, που δεν υπάρχει (μονάδα δίσκου που δεν έχει συνδεθεί, ή φάκελος που μετακινήθηκε ή διαγράφηκε). Συνδέστε ή επαναφέρετέ το, ή επιλέξτε άλλο φάκελο δεδομένων με --data-dir.</translation>
    </message>
    <message>
        <source>appointment %1 has an unreadable time (%2)</source>
        <translation>το ραντεβού %1 έχει μη αναγνώσιμη ώρα (%2)</translation>
    </message>
    <message>
        <source>visit %1 has an unreadable time (%2)</source>
        <translation>η επίσκεψη %1 έχει μη αναγνώσιμη ώρα (%2)</translation>
    </message>
    <message>
        <source>promise %1 has an unreadable time (%2)</source>
        <translation>η υπόσχεση %1 έχει μη αναγνώσιμη ώρα (%2)</translation>
    </message>
    <message>
        <source>client %1 has an unreadable time (%2)</source>
        <translation>ο πελάτης %1 έχει μη αναγνώσιμη ώρα (%2)</translation>
    </message>
    <message>
        <source>row %1 of %3 has an unreadable time (%2)</source>
        <translation>η γραμμή %1 του %3 έχει μη αναγνώσιμη ώρα (%2)</translation>
    </message>
    <message>
        <source>client %1 has an unreadable birthday (%2)</source>
        <translation>ο πελάτης %1 έχει μη αναγνώσιμα γενέθλια (%2)</translation>
    </message>
    <message>
        <source>A template needs some text.</source>
        <translation>Ένα πρότυπο χρειάζεται κείμενο.</translation>
    </message>
    <message>
        <source>Keep a template under %1 characters.</source>
        <translation>Το πρότυπο πρέπει να έχει λιγότερους από %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use %2.</source>
        <translation>Το %1 δεν είναι σύμβολο αντικατάστασης· χρησιμοποιήστε %2.</translation>
    </message>
    <message>
        <source>Client %1 has no appointment with id %2.</source>
        <translation>Ο πελάτης %1 δεν έχει ραντεβού με αναγνωριστικό %2.</translation>
    </message>
    <message>
        <source>%1 has no appointment coming up to remind them of.</source>
        <translation>Ο/Η %1 δεν έχει επερχόμενο ραντεβού για υπενθύμιση.</translation>
    </message>
    <message>
        <source>Keep a message under %1 characters.</source>
        <translation>Το μήνυμα πρέπει να έχει λιγότερους από %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Not logged for %1: %2</source>
        <translation>Δεν καταγράφηκε για %1: %2</translation>
    </message>
    <message>
        <source>There is no message kind %1; use one of %2.</source>
        <translation>Δεν υπάρχει είδος μηνύματος %1· χρησιμοποιήστε ένα από: %2.</translation>
    </message>
    <message>
        <source>Messages can be written in %1.</source>
        <translation>Τα μηνύματα μπορούν να γραφτούν σε: %1.</translation>
    </message>
    <message>
        <source>There is no channel %1; use one of %2.</source>
        <translation>Δεν υπάρχει κανάλι %1· χρησιμοποιήστε ένα από: %2.</translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>Δεν υπάρχει επίσκεψη με id %1.</translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days (YYYY-MM-DD..YYYY-MM-DD).</source>
        <translation>Το «%1» δεν είναι μέρα ή διάστημα ημερών (ΕΕΕΕ-ΜΜ-ΗΗ..ΕΕΕΕ-ΜΜ-ΗΗ).</translation>
    </message>
    <message>
        <source>Time off must end on or after its first day.</source>
        <translation>Η άδεια πρέπει να λήγει την πρώτη της μέρα ή αργότερα.</translation>
    </message>
    <message>
        <source>“%1” is not a working-hours line; write it like “mon-fri 09:00-17:00”, “sat 10:00-13:00,14:00-16:00” or “sun off”.</source>
        <translation>Το «%1» δεν είναι γραμμή ωραρίου· γράψτε το όπως «mon-fri 09:00-17:00», «sat 10:00-13:00,14:00-16:00» ή «sun off».</translation>
    </message>
    <message>
        <source>A booking lasts 1 to %1 minutes.</source>
        <translation>Ένα ραντεβού διαρκεί από 1 έως %1 λεπτά.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Μια υπηρεσία χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>A price is zero or more, and less than the largest amount.</source>
        <translation>Μια τιμή είναι μηδέν ή περισσότερο και μικρότερη από το μέγιστο ποσό.</translation>
    </message>
    <message>
        <source>The menu already has a service called “%1”.</source>
        <translation>Ο κατάλογος έχει ήδη υπηρεσία με όνομα «%1».</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Επιλέξτε υπηρεσία.</translation>
    </message>
    <message>
        <source>This book does not hold only the sample data, so nothing was removed.</source>
        <translation>Αυτό το βιβλίο δεν περιέχει μόνο τα δειγματικά δεδομένα, οπότε δεν αφαιρέθηκε τίποτα.</translation>
    </message>
    <message>
        <source>This book holds %1 client(s) of your own beside the sample data, so nothing was removed. Archive or delete the sample clients one by one instead.</source>
        <translation>Αυτό το βιβλίο έχει %1 δικούς σας πελάτες εκτός από τα δειγματικά δεδομένα, οπότε δεν αφαιρέθηκε τίποτα. Αρχειοθετήστε ή διαγράψτε τους δειγματικούς πελάτες έναν έναν.</translation>
    </message>
    <message>
        <source>This book holds staff of your own (%1) beside the sample team, so nothing was removed.</source>
        <translation>Αυτό το βιβλίο έχει δικό σας προσωπικό (%1) εκτός από τη δειγματική ομάδα, οπότε δεν αφαιρέθηκε τίποτα.</translation>
    </message>
    <message>
        <source>The calendar window ends before it starts.</source>
        <translation>Το διάστημα του ημερολογίου τελειώνει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Line %1 of the calendar file: %2</source>
        <translation>Γραμμή %1 του αρχείου ημερολογίου: %2</translation>
    </message>
    <message>
        <source>The book is already at %1.</source>
        <translation>Το βιβλίο βρίσκεται ήδη στο %1.</translation>
    </message>
    <message>
        <source>%1 already exists: ClientBook moves a book only into a new file, so nothing is overwritten. Choose another name.</source>
        <translation>Το %1 υπάρχει ήδη: το ClientBook μεταφέρει βιβλίο μόνο σε νέο αρχείο, ώστε να μην αντικαθίσταται τίποτα. Επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address ClientBook can use (%2). Write it like postgresql://user@host/database.</source>
        <translation>Το %1 δεν είναι διεύθυνση PostgreSQL που μπορεί να χρησιμοποιήσει το ClientBook (%2). Γράψτε την ως postgresql://χρήστης@διακομιστής/βάση.</translation>
    </message>
    <message>
        <source>The copy of the book differs from the original in the table %1, so it was not kept. Nothing was changed; try again.</source>
        <translation>Το αντίγραφο του βιβλίου διαφέρει από το πρωτότυπο στον πίνακα %1, οπότε δεν κρατήθηκε. Δεν άλλαξε τίποτα· δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The book at %1 is not empty, so nothing was copied there. Move a book only into a new, empty database.</source>
        <translation>Το βιβλίο στο %1 δεν είναι κενό, οπότε δεν αντιγράφηκε τίποτα εκεί. Μεταφέρετε βιβλίο μόνο σε νέα, κενή βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Ο διακομιστής</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Η βάση δεδομένων</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>Ο χρήστης</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>Δεν υπάρχει τέτοιο μέλος του προσωπικού.</translation>
    </message>
    <message>
        <source>No calendar feed is set up (clientbook feed set URL).</source>
        <translation>Δεν έχει οριστεί συνδρομή ημερολογίου (clientbook feed set URL).</translation>
    </message>
    <message>
        <source>The feed sent ClientBook to an address that is not https:// (%1); it was not followed.</source>
        <translation>Η συνδρομή ημερολογίου έστειλε το ClientBook σε διεύθυνση που δεν είναι https:// (%1)· δεν ακολουθήθηκε.</translation>
    </message>
    <message>
        <source>The feed moved to another site (%1); it was not followed. If you trust it, enter its new address in Settings → Calendar feed.</source>
        <translation>Η συνδρομή ημερολογίου μεταφέρθηκε σε άλλον ιστότοπο (%1)· δεν ακολουθήθηκε. Αν τον εμπιστεύεστε, γράψτε τη νέα διεύθυνση στις Ρυθμίσεις → Συνδρομή ημερολογίου.</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://.</source>
        <translation>Η διεύθυνση της συνδρομής ημερολογίου πρέπει να αρχίζει με https://.</translation>
    </message>
    <message>
        <source>The feed&apos;s server answered %1 (%2) instead of the calendar.</source>
        <translation>Ο διακομιστής της συνδρομής απάντησε %1 (%2) αντί για το ημερολόγιο.</translation>
    </message>
    <message>
        <source>The feed did not answer within %1 seconds.</source>
        <translation>Η συνδρομή ημερολογίου δεν απάντησε μέσα σε %1 δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not prove who it is: its certificate is not valid. Nothing was read.</source>
        <translation>Ο ιστότοπος της συνδρομής (%1) δεν μπόρεσε να αποδείξει ποιος είναι: το πιστοποιητικό του δεν είναι έγκυρο. Δεν διαβάστηκε τίποτα.</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not be reached: %2</source>
        <translation>Ο ιστότοπος της συνδρομής (%1) δεν ήταν προσβάσιμος: %2</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB, more than a booking calendar holds; it was not read.</source>
        <translation>Η συνδρομή ημερολογίου ξεπερνά τα %1 MB, περισσότερα απ&apos; όσα χωρά ένα ημερολόγιο ραντεβού· δεν διαβάστηκε.</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address.</source>
        <translation>Γράψτε τη διεύθυνση της συνδρομής ημερολογίου.</translation>
    </message>
    <message>
        <source>That is not a web address a calendar feed has.</source>
        <translation>Αυτή δεν είναι διεύθυνση ιστού συνδρομής ημερολογίου.</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://. Plain http:// would send its secret token and your clients&apos; names unprotected.</source>
        <translation>Η διεύθυνση της συνδρομής πρέπει να αρχίζει με https://. Με απλό http:// το μυστικό κλειδί της και τα ονόματα των πελατών σας θα ταξίδευαν απροστάτευτα.</translation>
    </message>
    <message>
        <source>The feed is read every 1 to %1 minutes.</source>
        <translation>Η συνδρομή ημερολογίου διαβάζεται κάθε 1 έως %1 λεπτά.</translation>
    </message>
    <message>
        <source>The feed has %1 event(s) ClientBook cannot read (line %2: %3); nothing was changed.</source>
        <translation>Η συνδρομή έχει %1 συμβάν(τα) που το ClientBook δεν μπορεί να διαβάσει (γραμμή %2: %3)· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The designer this feed belongs to is no longer on the staff; choose another in Settings → Calendar feed.</source>
        <translation>Ο σχεδιαστής στον οποίο ανήκει αυτή η συνδρομή δεν είναι πια στο προσωπικό· επιλέξτε άλλον στις Ρυθμίσεις → Συνδρομή ημερολογίου.</translation>
    </message>
    <message>
        <source>The feed could not be kept while importing it: %1</source>
        <translation>Η συνδρομή δεν μπόρεσε να αποθηκευτεί κατά την εισαγωγή: %1</translation>
    </message>
    <message>
        <source>%1 changed this record after you opened it; nothing was saved yet.</source>
        <translation>Το %1 άλλαξε αυτή την εγγραφή αφού την ανοίξατε· δεν αποθηκεύτηκε τίποτα ακόμη.</translation>
    </message>
    <message>
        <source>A desk name is at most %1 characters.</source>
        <translation>Το όνομα γραφείου έχει το πολύ %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Another desk deleted this record after you opened it; nothing was saved.</source>
        <translation>Άλλο γραφείο διέγραψε αυτή την εγγραφή αφού την ανοίξατε· δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>A branch needs a name of 1 to %1 characters.</source>
        <translation>Ένα κατάστημα χρειάζεται όνομα από 1 έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>There is no branch called %1 (clientbook branches lists them).</source>
        <translation>Δεν υπάρχει κατάστημα με όνομα %1 (η εντολή clientbook branches τα απαριθμεί).</translation>
    </message>
    <message>
        <source>There is already a branch called %1.</source>
        <translation>Υπάρχει ήδη κατάστημα με όνομα %1.</translation>
    </message>
    <message>
        <source>The role %1 does not have the desks&apos; table privileges and this user may not give them: ask the administrator to run GRANT clientbook_desk TO %1.</source>
        <translation>Ο ρόλος %1 δεν έχει τα δικαιώματα στους πίνακες που χρειάζονται οι θέσεις εργασίας και αυτός ο χρήστης δεν μπορεί να τα δώσει: ζητήστε από τον διαχειριστή να εκτελέσει GRANT clientbook_desk TO %1.</translation>
    </message>
    <message>
        <source>The role %1 is not a member of the branch %2.</source>
        <translation>Ο ρόλος %1 δεν ανήκει στο κατάστημα %2.</translation>
    </message>
    <message>
        <source>There is no role called %1 on the PostgreSQL server. Create it first (CREATE ROLE … LOGIN), then grant it a branch.</source>
        <translation>Δεν υπάρχει ρόλος με όνομα %1 στον διακομιστή PostgreSQL. Δημιουργήστε τον πρώτα (CREATE ROLE … LOGIN) και μετά δώστε του ένα κατάστημα.</translation>
    </message>
    <message>
        <source>Only the book&apos;s owner may manage branches: a member of the role clientbook_owner, the database&apos;s owner or a superuser.</source>
        <translation>Μόνο ο κάτοχος του βιβλίου μπορεί να διαχειρίζεται τα καταστήματα: μέλος του ρόλου clientbook_owner, ο κάτοχος της βάσης ή ένας υπερχρήστης.</translation>
    </message>
    <message>
        <source>Branches belong to books shared on a PostgreSQL server; this book is a file on one computer, so it has one branch.</source>
        <translation>Τα καταστήματα υπάρχουν μόνο σε βιβλία κοινόχρηστα σε διακομιστή PostgreSQL· αυτό το βιβλίο είναι αρχείο σε έναν υπολογιστή, άρα έχει ένα κατάστημα.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation>Εξαγωγή σε</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Εξαγωγή σε φάκελο</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>πελατών</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>προτιμήσεων</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>επισκέψεων</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>ραντεβού</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>υποσχέσεων</translation>
    </message>
    <message>
        <source>&amp;Clients: one row each, preferences in readable columns</source>
        <translation>&amp;Πελάτες: μία γραμμή ο καθένας, οι προτιμήσεις σε ευανάγνωστες στήλες</translation>
    </message>
    <message>
        <source>&amp;Preferences: one row per preference (to edit and import)</source>
        <translation>Προτι&amp;μήσεις: μία γραμμή ανά προτίμηση (για επεξεργασία και εισαγωγή)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Επισκέψεις</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>&amp;Ραντεβού</translation>
    </message>
    <message>
        <source>P&amp;romises</source>
        <translation>&amp;Υποσχέσεις</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Εξαγωγή σε CSV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Τι θα εξαχθεί</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln γραμμή</numerusform>
            <numerusform>%Ln γραμμές</numerusform>
        </translation>
    </message>
    <message>
        <source>Export client</source>
        <translation>Εξαγωγή πελάτη</translation>
    </message>
    <message>
        <source>Everything ClientBook keeps about &lt;b&gt;%1&lt;/b&gt;, for a data-access request: the client with phones and preferences, visits, appointments, promises and the contact log, one CSV file each.</source>
        <translation>Όλα όσα κρατά το ClientBook για τον πελάτη &lt;b&gt;%1&lt;/b&gt;, για αίτημα πρόσβασης στα δεδομένα: ο πελάτης με τα τηλέφωνα και τις προτιμήσεις του, οι επισκέψεις, τα ραντεβού, οι υποσχέσεις και το ιστορικό επικοινωνίας, ένα αρχείο CSV για το καθένα.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Αναζήτηση…</translation>
    </message>
    <message>
        <source>&amp;UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 με &amp;BOM (για Excel)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Αποθήκευση &amp;σε:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Διαχωριστικό:</translation>
    </message>
    <message>
        <source>Excel needs the byte-order mark to show Greek, Cyrillic, Chinese and accented names; turn it off only for a program that does not expect it.</source>
        <translation>Το Excel χρειάζεται το σημάδι σειράς byte (BOM) για να εμφανίζει σωστά ελληνικά, κυριλλικά, κινέζικα και ονόματα με τόνους· απενεργοποιήστε το μόνο για πρόγραμμα που δεν το περιμένει.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Κόμμα (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Ερωτηματικό (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Στηλοθέτης (Tab)</translation>
    </message>
    <message>
        <source>Excel splits columns on a semicolon where numbers are written 3,5 and on a comma elsewhere; the default follows this computer&apos;s language settings.</source>
        <translation>Το Excel χωρίζει τις στήλες με ερωτηματικό (;) όπου οι αριθμοί γράφονται 3,5 και με κόμμα αλλού· η προεπιλογή ακολουθεί τις ρυθμίσεις γλώσσας αυτού του υπολογιστή.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Φάκελος:</translation>
    </message>
    <message>
        <source>Dates are written 2026-11-22 14:30 and amounts 45.50, whatever the language; cells that start with = + - or @ get a &apos; in front so no spreadsheet runs them as formulas.</source>
        <translation>Οι ημερομηνίες γράφονται 2026-11-22 14:30 και τα ποσά 45.50, όποια κι αν είναι η γλώσσα· στα κελιά που αρχίζουν με = + - ή @ μπαίνει μπροστά ένα &apos; ώστε κανένα υπολογιστικό φύλλο να μην τα εκτελέσει ως τύπους.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Επιλέξτε πού θα γίνει η αποθήκευση.</translation>
    </message>
    <message>
        <source>That is a folder; add a file name, e.g. %1.</source>
        <translation>Αυτό είναι φάκελος· προσθέστε όνομα αρχείου, π.χ. %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Ο φάκελος %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Αντικατάσταση αρχείου</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Το %1 υπάρχει ήδη. Να αντικατασταθεί;</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Αντικατάσταση αρχείων</translation>
    </message>
    <message>
        <source>This client&apos;s files are already in %1. Replace them?</source>
        <translation>Τα αρχεία αυτού του πελάτη υπάρχουν ήδη στο %1. Να αντικατασταθούν;</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Εξαγωγή %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files about the client to %1.</source>
        <translation>
            <numerusform>Εξήχθη %n αρχείο για τον πελάτη στο %1.</numerusform>
            <numerusform>Εξήχθησαν %n αρχεία για τον πελάτη στο %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε· δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Εξήχθη %Ln γραμμή στο %1.</numerusform>
            <numerusform>Εξήχθησαν %Ln γραμμές στο %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message numerus="yes">
        <source>Exporting %1: %2 of %Ln rows</source>
        <translation>
            <numerusform>Εξαγωγή %1: %2 από %Ln γραμμή</numerusform>
            <numerusform>Εξαγωγή %1: %2 από %Ln γραμμές</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>No calendar feed: ClientBook makes no network connection</source>
        <translation>Χωρίς συνδρομή ημερολογίου: το ClientBook δεν κάνει καμία σύνδεση δικτύου</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>Συνδρομή ημερολογίου</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved address</source>
        <translation>Κενό: μένει η αποθηκευμένη διεύθυνση</translation>
    </message>
    <message>
        <source>As each event says</source>
        <translation>Όπως λέει κάθε συμβάν</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> λεπτό</numerusform>
            <numerusform> λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read this feed</source>
        <translation>&amp;Ανάγνωση αυτής της συνδρομής</translation>
    </message>
    <message>
        <source>Bookings from an online booking system or a shared calendar, imported like a calendar file. This is the only connection ClientBook makes to the internet, and only while a feed is set up. The address often holds a secret key: it is kept in a private file on this computer, never in backups, exports or the log.</source>
        <translation>Ραντεβού από ένα ηλεκτρονικό σύστημα κρατήσεων ή ένα κοινόχρηστο ημερολόγιο, εισαγόμενα όπως ένα αρχείο ημερολογίου. Είναι η μόνη σύνδεση του ClientBook στο διαδίκτυο, και μόνο όσο υπάρχει συνδρομή. Η διεύθυνση συχνά περιέχει μυστικό κλειδί: φυλάσσεται σε ιδιωτικό αρχείο σε αυτόν τον υπολογιστή, ποτέ σε αντίγραφα ασφαλείας, εξαγωγές ή στο αρχείο καταγραφής.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Διεύθυνση συνδρομής</translation>
    </message>
    <message>
        <source>Bookings &amp;with:</source>
        <translation>Ραντεβού &amp;με:</translation>
    </message>
    <message>
        <source>Bookings with</source>
        <translation>Ραντεβού με</translation>
    </message>
    <message>
        <source>Read e&amp;very:</source>
        <translation>Ανάγνωση &amp;κάθε:</translation>
    </message>
    <message>
        <source>Read every, in minutes</source>
        <translation>Ανάγνωση κάθε, σε λεπτά</translation>
    </message>
    <message>
        <source>Re&amp;move feed</source>
        <translation>Αφαί&amp;ρεση συνδρομής</translation>
    </message>
    <message>
        <source>Saved address: %1</source>
        <translation>Αποθηκευμένη διεύθυνση: %1</translation>
    </message>
    <message>
        <source>Remove the calendar feed</source>
        <translation>Αφαίρεση της συνδρομής ημερολογίου</translation>
    </message>
    <message>
        <source>Stop reading the feed and forget its address? The bookings it brought stay in the book.</source>
        <translation>Να σταματήσει η ανάγνωση της συνδρομής και να ξεχαστεί η διεύθυνσή της; Τα ραντεβού που έφερε μένουν στο βιβλίο.</translation>
    </message>
</context>
<context>
    <name>FeedSettingsRow</name>
    <message>
        <source>Set &amp;up…</source>
        <translation>Ρύ&amp;θμιση…</translation>
    </message>
    <message>
        <source>Read bookings from an online booking system or a shared calendar (https://)</source>
        <translation>Ανάγνωση ραντεβού από ηλεκτρονικό σύστημα κρατήσεων ή κοινόχρηστο ημερολόγιο (https://)</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Calendar feed off</source>
        <translation>Συνδρομή ημερολογίου ανενεργή</translation>
    </message>
    <message>
        <source>Calendar feed: not read yet</source>
        <translation>Συνδρομή ημερολογίου: δεν έχει διαβαστεί ακόμη</translation>
    </message>
    <message>
        <source>Feed refreshed at %1: %2 new, %3 moved, %4 cancelled</source>
        <translation>Η συνδρομή ενημερώθηκε στις %1: %2 νέα, %3 μετακινήθηκαν, %4 ακυρώθηκαν</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1</source>
        <translation>Η συνδρομή δεν ήταν προσβάσιμη στις %1</translation>
    </message>
    <message>
        <source>Feed could not be used at %1</source>
        <translation>Η συνδρομή δεν μπόρεσε να χρησιμοποιηθεί στις %1</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1 — using the bookings from %2</source>
        <translation>Η συνδρομή δεν ήταν προσβάσιμη στις %1 — χρησιμοποιούνται τα ραντεβού των %2</translation>
    </message>
    <message>
        <source>Feed could not be used at %1 — using the bookings from %2</source>
        <translation>Η συνδρομή δεν μπόρεσε να χρησιμοποιηθεί στις %1 — χρησιμοποιούνται τα ραντεβού των %2</translation>
    </message>
</context>
<context>
    <name>FiguresColumn</name>
    <message>
        <source>Loyal clients and repeat business</source>
        <translation>Πιστοί και επανερχόμενοι πελάτες</translation>
    </message>
    <message>
        <source>Latest period: %1</source>
        <translation>Τελευταία περίοδος: %1</translation>
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
        <translation>Δεν υπάρχει κανείς να ενημερώσετε αυτή τη στιγμή.</translation>
    </message>
    <message>
        <source>Clients to tell about their reward</source>
        <translation>Πελάτες που πρέπει να ενημερωθούν για την επιβράβευσή τους</translation>
    </message>
    <message>
        <source>Co&amp;ntact…</source>
        <translation>Επικοι&amp;νωνία…</translation>
    </message>
    <message>
        <source>Call, text or e-mail the selected client</source>
        <translation>Κλήση, μήνυμα ή email στον επιλεγμένο πελάτη</translation>
    </message>
    <message>
        <source>Messa&amp;ge…</source>
        <translation>Μ&amp;ήνυμα…</translation>
    </message>
    <message>
        <source>Tell the selected client about their reward</source>
        <translation>Ενημερώστε τον επιλεγμένο πελάτη για την επιβράβευσή του</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>Εμφάνιση της καρτέλας του επιλεγμένου πελάτη (Enter)</translation>
    </message>
    <message>
        <source>Set a loyalty &amp;rule…</source>
        <translation>&amp;Ορισμός κανόνα επιβράβευσης…</translation>
    </message>
    <message>
        <source>Everyone has been seen within the period.</source>
        <translation>Όλοι οι πελάτες έχουν έρθει μέσα στην περίοδο.</translation>
    </message>
    <message>
        <source>Clients not seen for years</source>
        <translation>Πελάτες που δεν έχουν έρθει εδώ και χρόνια</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>Αρχειο&amp;θέτηση</translation>
    </message>
    <message>
        <source>Hide the selected client from lists and reminders; their history is kept</source>
        <translation>Απόκρυψη του επιλεγμένου πελάτη από λίστες και υπενθυμίσεις· το ιστορικό του διατηρείται</translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data; anonymous visit figures stay</source>
        <translation>Διαγραφή των προσωπικών δεδομένων του επιλεγμένου πελάτη· τα ανώνυμα στοιχεία επισκέψεων παραμένουν</translation>
    </message>
    <message>
        <source>Open Settings to flag clients not seen for some years</source>
        <translation>Ανοίξτε τις Ρυθμίσεις για να επισημαίνονται οι πελάτες που δεν έχουν έρθει εδώ και κάποια χρόνια</translation>
    </message>
    <message>
        <source>Promises &amp;kept on time</source>
        <translation>Υποσχέσεις που τ&amp;ηρήθηκαν εγκαίρως</translation>
    </message>
    <message>
        <source>A promise counts in the month it fell due; kept = done by its due time and not moved after it was late; cancelled promises don&apos;t count.</source>
        <translation>Μια υπόσχεση μετράει στον μήνα που έληξε η προθεσμία της· τηρήθηκε = έγινε μέσα στην προθεσμία και δεν μετατέθηκε αφού είχε καθυστερήσει· οι ακυρωμένες υποσχέσεις δεν μετράνε.</translation>
    </message>
    <message>
        <source>Promises kept on time, by month</source>
        <translation>Υποσχέσεις που τηρήθηκαν εγκαίρως, ανά μήνα</translation>
    </message>
    <message>
        <source>Promises kept on time, by staff member</source>
        <translation>Υποσχέσεις που τηρήθηκαν εγκαίρως, ανά υπάλληλο</translation>
    </message>
    <message>
        <source>Re&amp;wards to tell</source>
        <translation>Ενη&amp;μέρωση για επιβραβεύσεις</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>Άνο&amp;ιγμα καρτέλας</translation>
    </message>
    <message>
        <source>For&amp;get…</source>
        <translation>&amp;Οριστική διαγραφή…</translation>
    </message>
    <message>
        <source>Choose a &amp;period…</source>
        <translation>Επιλογή περιόδο&amp;υ…</translation>
    </message>
    <message>
        <source>Sa&amp;me designer</source>
        <translation>Ί&amp;διος στυλίστας</translation>
    </message>
    <message>
        <source>Of the visits by clients currently assigned to a designer, the share that designer did (current assignment, not who it was at the time; archived clients left out).</source>
        <translation>Από τις επισκέψεις των πελατών που έχουν τώρα δικό τους στυλίστα, το ποσοστό που έκανε ο ίδιος ο στυλίστας τους (με βάση τον τωρινό στυλίστα, όχι αυτόν της εποχής· χωρίς τους αρχειοθετημένους πελάτες).</translation>
    </message>
    <message>
        <source>No client with an assigned designer has a visit yet.</source>
        <translation>Κανένας πελάτης με δικό του στυλίστα δεν έχει ακόμη επίσκεψη.</translation>
    </message>
    <message>
        <source>Clients seen by their own designer</source>
        <translation>Πελάτες που εξυπηρετήθηκαν από τον δικό τους στυλίστα</translation>
    </message>
    <message>
        <source>Loyalty rewards are off, so there is nobody to tell. To reward regular clients, choose a rule in Settings (Loyalty).</source>
        <translation>Οι επιβραβεύσεις είναι απενεργοποιημένες, οπότε δεν υπάρχει κανείς να ενημερώσετε. Για να επιβραβεύετε τους τακτικούς πελάτες, επιλέξτε κανόνα στις Ρυθμίσεις (Πρόγραμμα επιβράβευσης).</translation>
    </message>
    <message numerus="yes">
        <source>A reward every %n visits.</source>
        <translation>
            <numerusform>Μία επιβράβευση κάθε %n επίσκεψη.</numerusform>
            <numerusform>Μία επιβράβευση κάθε %n επισκέψεις.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward for every %1 spent.</source>
        <translation>Μία επιβράβευση για κάθε %1 που ξοδεύει ο πελάτης.</translation>
    </message>
    <message>
        <source>Their next visit earns: %1.</source>
        <translation>Με την επόμενη επίσκεψή τους κερδίζουν: %1.</translation>
    </message>
    <message>
        <source>Their next visit earns a reward.</source>
        <translation>Με την επόμενη επίσκεψή τους κερδίζουν επιβράβευση.</translation>
    </message>
    <message>
        <source>They have nothing booked yet — tell them; it is a good reason to come back.</source>
        <translation>Δεν έχουν κλείσει ακόμη ραντεβού — ενημερώστε τους· είναι καλός λόγος να ξαναέρθουν.</translation>
    </message>
    <message>
        <source>Off — set a period in Settings (Privacy) to list clients not seen for years.</source>
        <translation>Ανενεργό — ορίστε περίοδο στις Ρυθμίσεις (Απόρρητο) για να εμφανίζονται οι πελάτες που δεν έχουν έρθει εδώ και χρόνια.</translation>
    </message>
    <message>
        <source>No visit or appointment since %1 (one booked ahead counts). Nothing is deleted automatically.</source>
        <translation>Καμία επίσκεψη ή ραντεβού από %1 (μετράει και ραντεβού που έχει κλειστεί για αργότερα). Τίποτα δεν διαγράφεται αυτόματα.</translation>
    </message>
    <message>
        <source>Not seen for &amp;years</source>
        <translation>Δεν έχουν έρθει εδώ και &amp;χρόνια</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n &amp;years</source>
        <translation>
            <numerusform>Δεν έχουν έρθει εδώ και %n &amp;χρόνο</numerusform>
            <numerusform>Δεν έχουν έρθει εδώ και %n &amp;χρόνια</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 of %2 kept on time (%3).</source>
        <translation>Συνολικά: %1 από %2 τηρήθηκαν εγκαίρως (%3).</translation>
    </message>
    <message>
        <source>No promise has fallen due yet.</source>
        <translation>Δεν έχει λήξει ακόμη η προθεσμία καμίας υπόσχεσης.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Αρχειοθέτηση πελάτη</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept. To bring them back, tick Include archived on the Clients page and edit them.</source>
        <translation>Να αρχειοθετηθεί ο πελάτης %1; Δεν θα εμφανίζεται σε λίστες και υπενθυμίσεις· το ιστορικό του διατηρείται. Για να εμφανιστεί ξανά, επιλέξτε «Συμπερίληψη αρχειοθετημένων» στη σελίδα Πελάτες και επεξεργαστείτε τον.</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>Η αρχειοθέτηση απέτυχε</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget client</source>
        <translation>Οριστική διαγραφή πελάτη</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>Οριστική διαγραφή του πελάτη %1;</translation>
    </message>
    <message>
        <source>For a request to erase their data. Their visits stay in the reports, without their name.</source>
        <translation>Για αίτημα διαγραφής των δεδομένων του. Οι επισκέψεις του παραμένουν στις αναφορές, χωρίς το όνομά του.</translation>
    </message>
    <message>
        <source>This cannot be undone. Automatic backups made before now still hold this client until they age out of rotation: up to a year. Files you exported or backed up yourself are not changed.</source>
        <translation>Αυτό δεν αναιρείται. Τα αυτόματα αντίγραφα ασφαλείας που έγιναν ως τώρα εξακολουθούν να περιέχουν αυτόν τον πελάτη, ώσπου να διαγραφούν με τη σειρά τους: έως και έναν χρόνο. Αρχεία που εξαγάγατε ή αντιγράψατε εσείς δεν αλλάζουν.</translation>
    </message>
    <message>
        <source>&amp;I understand: forget this client for good</source>
        <translation>&amp;Κατάλαβα: να διαγραφεί οριστικά αυτός ο πελάτης</translation>
    </message>
    <message>
        <source>Confirm forgetting this client</source>
        <translation>Επιβεβαίωση οριστικής διαγραφής αυτού του πελάτη</translation>
    </message>
    <message>
        <source>&amp;Forget client</source>
        <translation>&amp;Οριστική διαγραφή πελάτη</translation>
    </message>
    <message>
        <source>Erased now, for good</source>
        <translation>Διαγράφονται τώρα, οριστικά</translation>
    </message>
    <message>
        <source>Kept, without their name</source>
        <translation>Διατηρούνται, χωρίς το όνομά του</translation>
    </message>
    <message>
        <source>Name, phone numbers, e-mail, birthday and notes</source>
        <translation>Όνομα, τηλέφωνα, email, γενέθλια και σημειώσεις</translation>
    </message>
    <message numerus="yes">
        <source>%n preferences (health notes included)</source>
        <translation>
            <numerusform>%n προτίμηση (μαζί με τις σημειώσεις υγείας)</numerusform>
            <numerusform>%n προτιμήσεις (μαζί με τις σημειώσεις υγείας)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact wishes and %n contact-log entries</source>
        <translation>
            <numerusform>Επιθυμίες επικοινωνίας και %n καταχώριση στο ιστορικό επικοινωνίας</numerusform>
            <numerusform>Επιθυμίες επικοινωνίας και %n καταχωρίσεις στο ιστορικό επικοινωνίας</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact wishes</source>
        <translation>Επιθυμίες επικοινωνίας</translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n ανοιχτή υπόσχεση</numerusform>
            <numerusform>%n ανοιχτές υποσχέσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n kept or cancelled promises</source>
        <translation>
            <numerusform>Το κείμενο %n υπόσχεσης που τηρήθηκε ή ακυρώθηκε</numerusform>
            <numerusform>Το κείμενο %n υποσχέσεων που τηρήθηκαν ή ακυρώθηκαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments from today on</source>
        <translation>
            <numerusform>%n ραντεβού από σήμερα και μετά</numerusform>
            <numerusform>%n ραντεβού από σήμερα και μετά</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes written on their visits and appointments</source>
        <translation>Σημειώσεις στις επισκέψεις και στα ραντεβού του</translation>
    </message>
    <message>
        <source>Their entries in the search index and the import log</source>
        <translation>Οι καταχωρίσεις του στο ευρετήριο αναζήτησης και στο ιστορικό εισαγωγών</translation>
    </message>
    <message numerus="yes">
        <source>%n visits: date, service, staff and spend</source>
        <translation>
            <numerusform>%n επίσκεψη: ημερομηνία, υπηρεσία, υπάλληλος και ποσό</numerusform>
            <numerusform>%n επισκέψεις: ημερομηνία, υπηρεσία, υπάλληλος και ποσό</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits to keep</source>
        <translation>Καμία επίσκεψη προς διατήρηση</translation>
    </message>
    <message numerus="yes">
        <source>%n past appointments</source>
        <translation>
            <numerusform>%n παλαιότερο ραντεβού</numerusform>
            <numerusform>%n παλαιότερα ραντεβού</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewards handed over</source>
        <translation>
            <numerusform>%n επιβράβευση που δόθηκε</numerusform>
            <numerusform>%n επιβραβεύσεις που δόθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether their promises were kept on time</source>
        <translation>Αν τηρήθηκαν εγκαίρως οι υποσχέσεις προς αυτόν</translation>
    </message>
    <message>
        <source>This client was already forgotten on %1; nothing that identifies them is left.</source>
        <translation>Αυτός ο πελάτης έχει ήδη διαγραφεί οριστικά στις %1· δεν έχει μείνει τίποτα που να τον ταυτοποιεί.</translation>
    </message>
    <message>
        <source>The client is forgotten. The data file still holds an old copy (%1); it goes when every program using the book has closed it.</source>
        <translation>Ο πελάτης διαγράφηκε οριστικά. Το αρχείο δεδομένων κρατά ακόμη ένα παλιό αντίγραφο (%1)· θα σβηστεί όταν το κλείσουν όλα τα προγράμματα που χρησιμοποιούν το βιβλίο.</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation>Εύρεση ελεύθερης ώρας</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 λεπ.)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λεπ.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Οποιοσδήποτε</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Α&amp;ναζήτηση</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Ελεύθερες ώρες</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Υπη&amp;ρεσία:</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>Σ&amp;τυλίστας:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation>&amp;Κλείσιμο αυτής της ώρας</translation>
    </message>
    <message>
        <source>%1  %2–%3  %4</source>
        <translation>%1  %2–%3  %4</translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation>Καμία ελεύθερη ώρα τις επόμενες 30 μέρες.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show in the history</source>
        <translation>Εμφάνιση στο ιστορικό</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Εμφάνιση:</translation>
    </message>
    <message>
        <source>The client&apos;s history</source>
        <translation>Το ιστορικό του πελάτη</translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation>Διόρθωση επίσκεψης…</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Διαγραφή επίσκεψης…</translation>
    </message>
    <message>
        <source>Correct promise…</source>
        <translation>Διόρθωση υπόσχεσης…</translation>
    </message>
    <message>
        <source>Correct what was promised, or who promised it (Enter)</source>
        <translation>Διόρθωση του τι υποσχεθήκαμε ή ποιος το υποσχέθηκε (Enter)</translation>
    </message>
    <message>
        <source>Correct the selected visit (Enter)</source>
        <translation>Διόρθωση της επιλεγμένης επίσκεψης (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected visit (Delete); Ctrl+Z brings it back</source>
        <translation>Διαγραφή της επιλεγμένης επίσκεψης (Delete)· το Ctrl+Z την επαναφέρει</translation>
    </message>
    <message>
        <source>Choose a client to see their history.</source>
        <translation>Επιλέξτε πελάτη για να δείτε το ιστορικό του.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>client name: entries count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n καταχώριση</numerusform>
            <numerusform>%n καταχωρίσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the visit</source>
        <translation>Δεν ήταν δυνατό να ανοίξει η επίσκεψη</translation>
    </message>
    <message>
        <source>Could not open the promise</source>
        <translation>Δεν ήταν δυνατό να ανοίξει η υπόσχεση</translation>
    </message>
    <message>
        <source>Could not delete the visit</source>
        <translation>Δεν ήταν δυνατή η διαγραφή της επίσκεψης</translation>
    </message>
    <message>
        <source>Delete the visit of %1 (%2)? It leaves their visit count, rewards and reports; Ctrl+Z brings it back.</source>
        <translation>Διαγραφή της επίσκεψης του/της %1 (%2); Φεύγει από το πλήθος επισκέψεων, τις ανταμοιβές και τις αναφορές· το Ctrl+Z την επαναφέρει.</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Διαγραφή επίσκεψης</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Visit</source>
        <translation>Επίσκεψη</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Ανταμοιβή</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Επισκέψεις</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Υποσχέσεις</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επικοινωνίες</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Ανταμοιβές</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Αλλαγές</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Κλεισμένο</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ήρθε</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Δεν ήρθε</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Εκκρεμεί</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Τηρήθηκε εγκαίρως</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Τηρήθηκε με καθυστέρηση</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Αυτοπροσώπως</translation>
    </message>
    <message>
        <source>name</source>
        <translation>όνομα</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>μικρό όνομα</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>επώνυμο</translation>
    </message>
    <message>
        <source>address as</source>
        <translation>προσφώνηση</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>τηλέφωνα</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>γενέθλια</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>σημειώσεις</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>σχεδιαστής</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>προτιμήσεις</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>αρχειοθετημένος</translation>
    </message>
    <message>
        <source>health consent</source>
        <translation>συναίνεση για υγεία</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>επίσκεψη</translation>
    </message>
    <message>
        <source>visit time</source>
        <translation>ώρα επίσκεψης</translation>
    </message>
    <message>
        <source>visit staff</source>
        <translation>προσωπικό επίσκεψης</translation>
    </message>
    <message>
        <source>visit service</source>
        <translation>υπηρεσία επίσκεψης</translation>
    </message>
    <message>
        <source>visit spend</source>
        <translation>δαπάνη επίσκεψης</translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation>σημειώσεις επίσκεψης</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>υπόσχεση</translation>
    </message>
    <message>
        <source>promise staff</source>
        <translation>προσωπικό υπόσχεσης</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>ραντεβού</translation>
    </message>
    <message>
        <source>booking time</source>
        <translation>ώρα ραντεβού</translation>
    </message>
    <message>
        <source>booking status</source>
        <translation>κατάσταση ραντεβού</translation>
    </message>
    <message>
        <source>promise due</source>
        <translation>προθεσμία υπόσχεσης</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>υπόσχεση τηρήθηκε</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>υπόσχεση ακυρώθηκε</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>%1, undoing the import of %2</source>
        <translation>%1, με την αναίρεση της εισαγωγής του %2</translation>
    </message>
    <message>
        <source>%1, by the import of %2</source>
        <translation>%1, με την εισαγωγή του %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(leave out)</source>
        <translation>(παράλειψη)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <source>Title (Mr, Dr…)</source>
        <translation>Τίτλος (κ., Δρ…)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Μικρό όνομα</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Μεσαίο όνομα</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Επίθημα ονόματος</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Ψευδώνυμο</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Προσφώνηση</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Στυλίστας</translation>
    </message>
    <message>
        <source>ClientBook id</source>
        <translation>Αναγνωριστικό ClientBook</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετημένος</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <source>Consent to health notes</source>
        <translation>Συγκατάθεση για σημειώσεις υγείας</translation>
    </message>
    <message>
        <source>Google Contacts (older export)</source>
        <translation>Google Contacts (παλαιότερη εξαγωγή)</translation>
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
        <translation>vCard (επαφές τηλεφώνου)</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>υπολογιστικό φύλλο</translation>
    </message>
    <message>
        <source>ClientBook clients</source>
        <translation>Πελάτες ClientBook</translation>
    </message>
    <message>
        <source>ClientBook visits</source>
        <translation>Επισκέψεις ClientBook</translation>
    </message>
    <message>
        <source>ClientBook appointments</source>
        <translation>Ραντεβού ClientBook</translation>
    </message>
    <message>
        <source>ClientBook preferences</source>
        <translation>Προτιμήσεις ClientBook</translation>
    </message>
    <message>
        <source>ClientBook promises</source>
        <translation>Υποσχέσεις ClientBook</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Κόμμα ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Ερωτηματικό ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Στηλοθέτης (Tab)</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Έλεγχος στηλών</translation>
    </message>
    <message>
        <source>Each column of the file feeds one field. Change any guess that is wrong; the preview on the right follows.</source>
        <translation>Κάθε στήλη του αρχείου συμπληρώνει ένα πεδίο. Διορθώστε όποια εκτίμηση είναι λάθος· η προεπισκόπηση στα δεξιά ενημερώνεται αμέσως.</translation>
    </message>
    <message>
        <source>Dates are day/month/year</source>
        <translation>Οι ημερομηνίες είναι ημέρα/μήνας/έτος</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Εισάγεται ως</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Παράδειγμα</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Τηλέφωνα</translation>
    </message>
    <message>
        <source>Birthday / problem</source>
        <translation>Γενέθλια / πρόβλημα</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Διαχωριστικό:</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (εντοπίστηκε)</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Αναγνωρίστηκε ως %1.</translation>
    </message>
    <message>
        <source>Imports as, for column %1</source>
        <translation>Εισάγεται ως, για τη στήλη %1</translation>
    </message>
    <message>
        <source>A ClientBook file: its columns are fixed. Check that the rows read right.</source>
        <translation>Αρχείο ClientBook: οι στήλες του είναι σταθερές. Ελέγξτε ότι οι γραμμές διαβάζονται σωστά.</translation>
    </message>
    <message>
        <source>Dates like %1 are read as %2. If they mean %3, switch “Dates are day/month/year”.</source>
        <translation>Ημερομηνίες όπως %1 διαβάζονται ως %2. Αν σημαίνουν %3, αλλάξτε το «Οι ημερομηνίες είναι ημέρα/μήνας/έτος».</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Έλεγχος όλων των γραμμών</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <source>What is wrong or similar</source>
        <translation>Πρόβλημα ή ομοιότητα</translation>
    </message>
    <message>
        <source>Merge into the existing client (fill in only what is missing)</source>
        <translation>Συγχώνευση με τον υπάρχοντα πελάτη (συμπληρώνονται μόνο όσα λείπουν)</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Παράλειψή τους</translation>
    </message>
    <message>
        <source>Rows for someone already in the book or earlier in the file:</source>
        <translation>Γραμμές για κάποιον που υπάρχει ήδη στο βιβλίο ή πιο πάνω στο αρχείο:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Νέος έλεγχος</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>Νέα ανάγνωση του αρχείου αφού το διορθώσετε στο υπολογιστικό σας φύλλο</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Fix the file, then press Check again.</source>
        <translation>Διορθώστε το αρχείο και πατήστε «Νέος έλεγχος».</translation>
    </message>
    <message>
        <source>Press Import to add them.</source>
        <translation>Πατήστε «Εισαγωγή» για να προστεθούν.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>ίδιο τηλέφωνο</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>ίδιο email</translation>
    </message>
    <message>
        <source>same name and birthday</source>
        <translation>ίδιο όνομα και γενέθλια</translation>
    </message>
    <message>
        <source>Same person as line %1 (%2)</source>
        <translation>Ίδιο άτομο με τη γραμμή %1 (%2)</translation>
    </message>
    <message>
        <source>Looks like %1 (%2)</source>
        <translation>Μοιάζει με %1 (%2)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Εισαγωγή επαφών</translation>
    </message>
    <message>
        <source>From Google Contacts, Outlook, a phone (vCard .vcf), a spreadsheet saved as CSV, or a ClientBook export.</source>
        <translation>Από Google Contacts, Outlook, κινητό (vCard .vcf), υπολογιστικό φύλλο αποθηκευμένο ως CSV ή εξαγωγή του ClientBook.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Επιλέξτε αρχείο…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Αρχείο για εισαγωγή</translation>
    </message>
    <message>
        <source>Nothing is saved until the last step, and an import can be undone with File → Undo last import.</source>
        <translation>Τίποτα δεν αποθηκεύεται πριν από το τελευταίο βήμα, και μια εισαγωγή μπορεί να αναιρεθεί από Αρχείο → Αναίρεση τελευταίας εισαγωγής.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Η εισαγωγή ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>%1 added, %2 merged into existing clients.</source>
        <translation>Προστέθηκαν: %1, συγχωνεύτηκαν σε υπάρχοντες πελάτες: %2.</translation>
    </message>
    <message>
        <source>%1 updated by their ClientBook id.</source>
        <translation>Ενημερώθηκαν μέσω αναγνωριστικού ClientBook: %1.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Αναζήτηση…</translation>
    </message>
    <message>
        <source>Left out: %1, %2.</source>
        <translation>Παραλείφθηκαν: %1, %2.</translation>
    </message>
    <message>
        <source>New staff: %1.</source>
        <translation>Νέοι υπάλληλοι: %1.</translation>
    </message>
    <message>
        <source>Changed your mind? File → Undo last import removes it.</source>
        <translation>Αλλάξατε γνώμη; Η εντολή Αρχείο → Αναίρεση τελευταίας εισαγωγής την αναιρεί.</translation>
    </message>
    <message>
        <source>Cannot read the file that way</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί με αυτόν τον τρόπο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Έλεγχος όλων των γραμμών…</translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>Δεν είναι δυνατός ο έλεγχος του αρχείου</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Η εισαγωγή ακυρώθηκε</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Η εισαγωγή απέτυχε</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged.</source>
        <translation>Εισαγωγή: προστέθηκαν %1, συγχωνεύτηκαν %2.</translation>
    </message>
    <message>
        <source>%1 stays: added by the import, but seen, contacted or edited since.</source>
        <translation>Ο/Η %1 μένει: προστέθηκε από την εισαγωγή, αλλά από τότε ήρθε, έγινε επικοινωνία ή επεξεργασία.</translation>
    </message>
    <message>
        <source>%1 keeps a field changed since the import (%2).</source>
        <translation>Ο/Η %1 κρατά ένα πεδίο που άλλαξε μετά την εισαγωγή (%2).</translation>
    </message>
    <message>
        <source>The bookings the import moved or cancelled go back as they were.</source>
        <translation>Τα ραντεβού που μετακίνησε ή ακύρωσε η εισαγωγή επιστρέφουν όπως ήταν.</translation>
    </message>
    <message>
        <source>%1&apos;s booking stays as it is now: changed again since the import.</source>
        <translation>Το ραντεβού του/της %1 μένει όπως είναι: άλλαξε ξανά μετά την εισαγωγή.</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Αναίρεση τελευταίας εισαγωγής</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Δεν υπάρχει εισαγωγή για αναίρεση.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? It removes the %3 records it added and puts the %4 merged clients back as they were, except what was changed since. A backup is taken first.</source>
        <translation>Αναίρεση της εισαγωγής του %1 (%2); Αφαιρεί τις %3 εγγραφές που πρόσθεσε και επαναφέρει τους %4 συγχωνευμένους πελάτες όπως ήταν, εκτός από όσα άλλαξαν από τότε. Πρώτα λαμβάνεται αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Η αναίρεση απέτυχε</translation>
    </message>
</context>
<context>
    <name>LoyaltyGroup</name>
    <message>
        <source>Loyalty</source>
        <translation>Πρόγραμμα επιβράβευσης</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>Every N visits</source>
        <translation>Ανά N επισκέψεις</translation>
    </message>
    <message>
        <source>By spend</source>
        <translation>Με βάση το ποσό</translation>
    </message>
    <message numerus="yes">
        <source> visits</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> επίσκεψη</numerusform>
            <numerusform> επισκέψεις</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit that earns the reward, e.g. every 10th</source>
        <translation>Η επίσκεψη που κερδίζει την επιβράβευση, π.χ. κάθε 10η</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>π.χ. 500</translation>
    </message>
    <message>
        <source>A reward each time a client has spent this much</source>
        <translation>Μία επιβράβευση κάθε φορά που ένας πελάτης ξοδεύει αυτό το ποσό</translation>
    </message>
    <message>
        <source>e.g. free Earl Grey and dessert</source>
        <translation>π.χ. δωρεάν καφές και γλυκό</translation>
    </message>
    <message>
        <source>Shown on the briefing card when a reward is due</source>
        <translation>Εμφανίζεται στην καρτέλα σύνοψης όταν ο πελάτης δικαιούται επιβράβευση</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>Κα&amp;νόνας:</translation>
    </message>
    <message>
        <source>Loyalty rule</source>
        <translation>Κανόνας επιβράβευσης</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Ανά:</translation>
    </message>
    <message>
        <source>Visits per reward</source>
        <translation>Επισκέψεις ανά επιβράβευση</translation>
    </message>
    <message>
        <source>Spen&amp;d per reward:</source>
        <translation>&amp;Ποσό ανά επιβράβευση:</translation>
    </message>
    <message>
        <source>Spend per reward</source>
        <translation>Ποσό ανά επιβράβευση</translation>
    </message>
    <message>
        <source>Re&amp;ward:</source>
        <translation>&amp;Επιβράβευση:</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Επιβράβευση</translation>
    </message>
    <message>
        <source>Spend per reward in %1</source>
        <translation>Ποσό ανά επιβράβευση σε %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>Πελά&amp;της</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Ραντεβού</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Περισσότερες ενέργειες</translation>
    </message>
    <message>
        <source>ClientBook</source>
        <translation>ClientBook</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Σήμερα</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>Πε&amp;λάτες</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>Παρα&amp;κολούθηση</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>Προσ&amp;ωπικό</translation>
    </message>
    <message>
        <source>Connect to a s&amp;hared book…</source>
        <translation>&amp;Σύνδεση σε κοινόχρηστο βιβλίο…</translation>
    </message>
    <message>
        <source>Open a book kept on a PostgreSQL server, shared by several desks</source>
        <translation>Άνοιγμα βιβλίου που φυλάσσεται σε διακομιστή PostgreSQL και το μοιράζονται πολλά γραφεία</translation>
    </message>
    <message>
        <source>Clients in the book: %1</source>
        <translation>Πελάτες στο βιβλίο: %1</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Νέος πελάτης…</translation>
    </message>
    <message>
        <source>ClientBook — shared book %1</source>
        <translation>ClientBook — κοινόχρηστο βιβλίο %1</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>Ημερολ&amp;όγιο</translation>
    </message>
    <message>
        <source>Damaged data: may be incomplete, nothing is saved</source>
        <translation>Κατεστραμμένα δεδομένα: ίσως ελλιπή, τίποτα δεν αποθηκεύεται</translation>
    </message>
    <message>
        <source>Damaged data: what you see may be incomplete, and no change is saved until a backup is restored (File → Restore from backup…) or the file is repaired.</source>
        <translation>Κατεστραμμένα δεδομένα: όσα βλέπετε μπορεί να είναι ελλιπή, και καμία αλλαγή δεν αποθηκεύεται μέχρι να γίνει επαναφορά αντιγράφου ασφαλείας (Αρχείο → Επαναφορά από αντίγραφο ασφαλείας…) ή να επιδιορθωθεί το αρχείο.</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Επεξεργασία πελάτη…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Εύρεση &amp;πελάτη</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>Εκ&amp;τύπωση καρτέλας…</translation>
    </message>
    <message>
        <source>Save card as P&amp;DF…</source>
        <translation>Αποθήκευση καρτέλας ως P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation>&amp;Αρχειοθέτηση πελάτη</translation>
    </message>
    <message>
        <source>C&amp;ontact client…</source>
        <translation>Επι&amp;κοινωνία με τον πελάτη…</translation>
    </message>
    <message>
        <source>See their contact wishes and log a call, text or e-mail</source>
        <translation>Δείτε τις επιθυμίες επικοινωνίας του πελάτη και καταγράψτε κλήση, μήνυμα ή email</translation>
    </message>
    <message>
        <source>&amp;Forget client…</source>
        <translation>&amp;Οριστική διαγραφή πελάτη…</translation>
    </message>
    <message>
        <source>Erase this client&apos;s personal data (a request to be forgotten); anonymous visit figures stay</source>
        <translation>Διαγραφή των προσωπικών δεδομένων του πελάτη (αίτημα διαγραφής)· τα ανώνυμα στοιχεία επισκέψεων παραμένουν</translation>
    </message>
    <message>
        <source>Reward &amp;handed over</source>
        <translation>Δόθηκε η επι&amp;βράβευση</translation>
    </message>
    <message>
        <source>Record that the client received the reward due today</source>
        <translation>Καταγραφή ότι ο πελάτης πήρε την επιβράβευση που δικαιούται σήμερα</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>Client &amp;history</source>
        <translation>&amp;Ιστορικό πελάτη</translation>
    </message>
    <message>
        <source>Every visit, appointment, promise, contact, reward and change; correct a visit</source>
        <translation>Κάθε επίσκεψη, ραντεβού, υπόσχεση, επικοινωνία, ανταμοιβή και αλλαγή· διόρθωση επίσκεψης</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Κλείσιμο ραντεβού…</translation>
    </message>
    <message>
        <source>&amp;Log visit…</source>
        <translation>Καταγραφή &amp;επίσκεψης…</translation>
    </message>
    <message>
        <source>Add &amp;promise…</source>
        <translation>Νέα &amp;υπόσχεση…</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Σήμανση ά&amp;φιξης</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Σήμανση &amp;απουσίας</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Εισαγωγή επαφών…</translation>
    </message>
    <message>
        <source>Undo last i&amp;mport…</source>
        <translation>Αναίρεση &amp;τελευταίας εισαγωγής…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Εξα&amp;γωγή…</translation>
    </message>
    <message>
        <source>Export clients, visits… to CSV</source>
        <translation>Εξαγωγή πελατών, επισκέψεων… σε CSV</translation>
    </message>
    <message>
        <source>E&amp;xport client…</source>
        <translation>Ε&amp;ξαγωγή πελάτη…</translation>
    </message>
    <message>
        <source>Export everything about this client to CSV files</source>
        <translation>Εξαγωγή όλων των στοιχείων αυτού του πελάτη σε αρχεία CSV</translation>
    </message>
    <message>
        <source>&amp;Message client…</source>
        <translation>&amp;Μήνυμα στον πελάτη…</translation>
    </message>
    <message>
        <source>Write to the client in their language: a reminder, birthday wishes, a reward, a follow-up</source>
        <translation>Γράψτε στον πελάτη στη γλώσσα του: υπενθύμιση, ευχές γενεθλίων, επιβράβευση, συνέχεια</translation>
    </message>
    <message>
        <source>&amp;Tomorrow&apos;s reminders…</source>
        <translation>Αυριανές υπενθυ&amp;μίσεις…</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>Εισαγωγή η&amp;μερολογίου…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Εξαγωγή ημερο&amp;λογίου…</translation>
    </message>
    <message>
        <source>Remove the sample &amp;data…</source>
        <translation>Αφαίρεση δειγματικών &amp;δεδομένων…</translation>
    </message>
    <message>
        <source>Empty a book that holds only the sample clients</source>
        <translation>Άδειασμα ενός βιβλίου που περιέχει μόνο δειγματικούς πελάτες</translation>
    </message>
    <message>
        <source>&amp;About ClientBook</source>
        <translation>&amp;Σχετικά με το ClientBook</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Σχετικά &amp;με το Qt</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Αντίγραφο ασφαλείας τώρα…</translation>
    </message>
    <message>
        <source>Copy all of ClientBook&apos;s data to a folder you choose</source>
        <translation>Αντιγραφή όλων των δεδομένων του ClientBook σε φάκελο της επιλογής σας</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Επανα&amp;φορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Ανα&amp;φορές</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept and you can undo this.</source>
        <translation>Να αρχειοθετηθεί ο πελάτης %1; Δεν θα εμφανίζεται σε λίστες και υπενθυμίσεις· το ιστορικό του διατηρείται και μπορείτε να το αναιρέσετε.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Αρχειοθέτηση πελάτη</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>Η αρχειοθέτηση απέτυχε</translation>
    </message>
    <message>
        <source>%1 archived. Undo with Ctrl+Z.</source>
        <translation>Αρχειοθετήθηκε: %1. Αναίρεση με Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Η αναίρεση απέτυχε</translation>
    </message>
    <message>
        <source>Could not record the reward</source>
        <translation>Δεν ήταν δυνατή η καταγραφή της επιβράβευσης</translation>
    </message>
    <message>
        <source>Reward for %1 recorded. Undo with Ctrl+Z.</source>
        <translation>Καταγράφηκε η επιβράβευση: %1. Αναίρεση με Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MessageWiring</name>
    <message>
        <source>&amp;Message…</source>
        <translation>&amp;Μήνυμα…</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>Appointment reminder</source>
        <translation>Υπενθύμιση ραντεβού</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>Ευχές γενεθλίων</translation>
    </message>
    <message>
        <source>Reward waiting</source>
        <translation>Επιβράβευση σε αναμονή</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>Μας λείψατε</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Συνέχεια υπόσχεσης</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Ελεύθερο κείμενο</translation>
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
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>1985-03-15, --03-15 (no year), 19850315, 1985/03/15, 3/15/1985 or 3/15/85 (month first), 15.03.1985 (day first)</source>
        <translation>1985-03-15, --03-15 (χωρίς έτος), 19850315, 1985/03/15, 3/15/1985 ή 3/15/85 (πρώτα ο μήνας), 15.03.1985 (πρώτα η ημέρα)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>το όνομα</translation>
    </message>
    <message>
        <source>the prefix</source>
        <translation>τον τίτλο</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>το μικρό όνομα</translation>
    </message>
    <message>
        <source>the middle name</source>
        <translation>το μεσαίο όνομα</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>το επώνυμο</translation>
    </message>
    <message>
        <source>the suffix</source>
        <translation>το επίθημα ονόματος</translation>
    </message>
    <message>
        <source>the nickname</source>
        <translation>το ψευδώνυμο</translation>
    </message>
    <message>
        <source>the “greet as” name</source>
        <translation>την προσφώνηση</translation>
    </message>
    <message>
        <source>the birthday</source>
        <translation>τα γενέθλια</translation>
    </message>
    <message>
        <source>the designer</source>
        <translation>τον στυλίστα</translation>
    </message>
    <message>
        <source>the ClientBook id</source>
        <translation>το αναγνωριστικό ClientBook</translation>
    </message>
    <message>
        <source>the archived flag</source>
        <translation>την ένδειξη αρχειοθέτησης</translation>
    </message>
    <message>
        <source>the date added</source>
        <translation>την ημερομηνία προσθήκης</translation>
    </message>
    <message>
        <source>the date last changed</source>
        <translation>την ημερομηνία τελευταίας αλλαγής</translation>
    </message>
    <message>
        <source>the date of consent to health notes</source>
        <translation>την ημερομηνία συγκατάθεσης για σημειώσεις υγείας</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Δυτικοευρωπαϊκά (Windows-1252)</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (Windows-1251)</source>
        <translation>Κυριλλικά / Ουκρανικά (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (KOI8-U)</source>
        <translation>Κυριλλικά / Ουκρανικά (KOI8-U)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Ελληνικά (Windows-1253)</translation>
    </message>
    <message>
        <source>Greek (ISO 8859-7)</source>
        <translation>Ελληνικά (ISO 8859-7)</translation>
    </message>
    <message>
        <source>Chinese Simplified (GB18030, covers GBK and GB2312)</source>
        <translation>Απλοποιημένα κινεζικά (GB18030, καλύπτει GBK και GB2312)</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>Παραδοσιακά κινεζικά (Big5)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-1)</source>
        <translation>Δυτικοευρωπαϊκά (ISO 8859-1)</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share (%2). SQLite data can be damaged there if the connection drops or two computers write at once: keep the data on this computer&apos;s own disk, and put backups on the share instead.</source>
        <translation>Ο φάκελος δεδομένων %1 βρίσκεται σε κοινόχρηστο φάκελο δικτύου (%2). Εκεί τα δεδομένα SQLite μπορεί να καταστραφούν αν διακοπεί η σύνδεση ή αν γράφουν δύο υπολογιστές ταυτόχρονα: κρατήστε τα δεδομένα στον δίσκο αυτού του υπολογιστή και βάλτε στον κοινόχρηστο φάκελο τα αντίγραφα ασφαλείας.</translation>
    </message>
    <message>
        <source>a network path</source>
        <translation>διαδρομή δικτύου</translation>
    </message>
    <message>
        <source>network drive %1</source>
        <translation>μονάδα δικτύου %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>Ο πελάτης δεν έχει αριθμό τηλεφώνου.</translation>
    </message>
    <message>
        <source>%1 has no country code and the firm&apos;s phone region is not set: set it in Settings or write the number with + and the country code.</source>
        <translation>Ο αριθμός %1 δεν έχει κωδικό χώρας και η περιοχή τηλεφώνων της επιχείρησης δεν έχει οριστεί: ορίστε την στις Ρυθμίσεις ή γράψτε τον αριθμό με + και τον κωδικό χώρας.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in region %2.</source>
        <translation>Ο αριθμός %1 δεν είναι έγκυρος αριθμός τηλεφώνου στην περιοχή %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid international phone number.</source>
        <translation>Ο αριθμός %1 δεν είναι έγκυρος διεθνής αριθμός τηλεφώνου.</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>τηλεφωνική κλήση</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>γραπτά μηνύματα</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>αυτοπροσώπως</translation>
    </message>
    <message>
        <source>The client asked not to be contacted.</source>
        <translation>Ο πελάτης ζήτησε να μην επικοινωνούμε μαζί του.</translation>
    </message>
    <message>
        <source>The client was already contacted today.</source>
        <translation>Έγινε ήδη επικοινωνία με τον πελάτη σήμερα.</translation>
    </message>
    <message>
        <source>Inside the quiet period: at most one contact every %1 days, and the last was on %2.</source>
        <translation>Εντός της περιόδου ησυχίας: το πολύ μία επικοινωνία κάθε %1 ημέρες, και η τελευταία ήταν στις %2.</translation>
    </message>
    <message>
        <source>The client prefers another channel: %1.</source>
        <translation>Ο πελάτης προτιμά άλλο κανάλι: %1.</translation>
    </message>
    <message>
        <source>The client has no e-mail address.</source>
        <translation>Ο πελάτης δεν έχει διεύθυνση e-mail.</translation>
    </message>
    <message>
        <source>%1 has %2 %3</source>
        <translation>Ο/Η %1 έχει %2 %3</translation>
    </message>
    <message>
        <source>%1 is already booked %2 with %3</source>
        <translation>Ο/Η %1 έχει ήδη ραντεβού %2 με %3</translation>
    </message>
    <message>
        <source>%1 is off on %2</source>
        <translation>Ο/Η %1 έχει άδεια στις %2</translation>
    </message>
    <message>
        <source>%1 does not work on %2</source>
        <translation>Ο/Η %1 δεν εργάζεται στις %2</translation>
    </message>
    <message>
        <source>%1 works %2 on %3</source>
        <translation>Ο/Η %1 εργάζεται %2 στις %3</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>Η %1 έχει ήδη περάσει</translation>
    </message>
    <message>
        <source>%1 is not the client&apos;s usual designer</source>
        <translation>Ο/Η %1 δεν είναι ο συνηθισμένος στυλίστας του πελάτη</translation>
    </message>
</context>
<context>
    <name>NoShowModel</name>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Απουσίες</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Αργές ακυρώσεις</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>NoShowSection</name>
    <message>
        <source>No-shows and late cancellat&amp;ions</source>
        <translation>Μη εμφαν&amp;ίσεις και καθυστερημένες ακυρώσεις</translation>
    </message>
    <message>
        <source>No-shows and late cancellations, by month</source>
        <translation>Μη εμφανίσεις και καθυστερημένες ακυρώσεις, ανά μήνα</translation>
    </message>
    <message>
        <source>Rate = no-shows ÷ bookings due that month. Bookings cancelled by the firm or in good time don&apos;t count; late cancellations do, and are shown beside.</source>
        <translation>Ποσοστό = μη εμφανίσεις ÷ αναμενόμενα ραντεβού του μήνα. Όσα ακύρωσε η επιχείρηση ή ακυρώθηκαν εγκαίρως δεν μετράνε· οι καθυστερημένες ακυρώσεις μετράνε και φαίνονται δίπλα.</translation>
    </message>
    <message>
        <source>Last 12 months: no-shows %1 of %2 due (%3); late cancellations %4.</source>
        <translation>Τελευταίοι 12 μήνες: μη εμφανίσεις %1 από %2 αναμενόμενα (%3)· καθυστερημένες ακυρώσεις %4.</translation>
    </message>
    <message>
        <source>No booking has fallen due in the last 12 months.</source>
        <translation>Δεν υπήρξε κανένα ραντεβού τους τελευταίους 12 μήνες.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursGroup</name>
    <message>
        <source>Calendar</source>
        <translation>Ημερολόγιο</translation>
    </message>
    <message>
        <source>e.g. mon-fri 09:00-18:00; sat 10:00-14:00</source>
        <translation>π.χ. mon-fri 09:00-18:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Days not named are closed; separate the parts with a semicolon</source>
        <translation>Οι ημέρες που δεν αναφέρονται είναι κλειστές· χωρίστε τα μέρη με «;» (ημέρες στα αγγλικά: mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Ωράριο λειτουργίας</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Ωράριο λειτουργίας:</translation>
    </message>
    <message>
        <source>The calendar&apos;s day shows these hours, and designers with no hours of their own work them. Leave empty to follow the designers&apos; hours.</source>
        <translation>Η ημέρα του ημερολογίου δείχνει αυτές τις ώρες, και οι στυλίστες χωρίς δικό τους ωράριο δουλεύουν σε αυτές. Αφήστε το κενό για να ακολουθεί το ωράριο κάθε στυλίστα.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Ενεργοί στην αρχή</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χάθηκαν</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Επέστρεψαν</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Απώλεια</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Νέοι πελάτες</translation>
    </message>
    <message>
        <source>First visit spend</source>
        <translation>Ποσό πρώτης επίσκεψης</translation>
    </message>
    <message>
        <source>New returned ≤ 90 days</source>
        <translation>Νέοι που επέστρεψαν ≤ 90 ημέρες</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Επισκέψεις</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Έσοδα</translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation>Από παλιούς πελάτες</translation>
    </message>
</context>
<context>
    <name>PreferenceCategory</name>
    <message>
        <source>Drink</source>
        <translation>Ποτό</translation>
    </message>
    <message>
        <source>Food/snack</source>
        <translation>Φαγητό/σνακ</translation>
    </message>
    <message>
        <source>Room/ambience</source>
        <translation>Χώρος/ατμόσφαιρα</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Μουσική</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>Allergy/health</source>
        <translation>Αλλεργία/υγεία</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
</context>
<context>
    <name>PreferencesEditor</name>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>&amp;Add preference</source>
        <translation>Προσ&amp;θήκη προτίμησης</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>Προσθήκη προτίμησης</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Αφαί&amp;ρεση</translation>
    </message>
    <message>
        <source>Remove selected preferences</source>
        <translation>Αφαίρεση επιλεγμένων προτιμήσεων</translation>
    </message>
    <message>
        <source>Remove the selected preferences (Del)</source>
        <translation>Αφαίρεση των επιλεγμένων προτιμήσεων (Del)</translation>
    </message>
</context>
<context>
    <name>PreferencesModel</name>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Προτίμηση</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Λεπτομέρεια</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>Αποφυγή</translation>
    </message>
    <message>
        <source>Tick for things to avoid: no upselling, no small talk, no perfume.</source>
        <translation>Επιλέξτε το για ό,τι πρέπει να αποφεύγεται: όχι πιεστικές πωλήσεις, όχι κουβεντούλα, όχι άρωμα.</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Pr&amp;eferences (how they like things, and what not to do):</source>
        <translation>Πρ&amp;οτιμήσεις (πώς τους αρέσουν τα πράγματα και τι να αποφεύγετε):</translation>
    </message>
    <message>
        <source>Consent to keep health notes</source>
        <translation>Συγκατάθεση για διατήρηση σημειώσεων υγείας</translation>
    </message>
    <message>
        <source>Allergies and health conditions (the Allergy/health preferences) are sensitive personal data: keep them only with the client&apos;s consent. Tick when they agree; the date is recorded.</source>
        <translation>Οι αλλεργίες και οι παθήσεις (οι προτιμήσεις «Αλλεργία/υγεία») είναι ευαίσθητα προσωπικά δεδομένα: κρατήστε τις μόνο με τη συγκατάθεση του πελάτη. Επιλέξτε το πλαίσιο όταν συμφωνήσει· η ημερομηνία καταγράφεται.</translation>
    </message>
    <message>
        <source>⚠ This client has health notes but no consent is recorded. Ask them, then tick the box. The notes are saved and shown on the card either way.</source>
        <translation>⚠ Αυτός ο πελάτης έχει σημειώσεις υγείας, αλλά δεν έχει καταγραφεί συγκατάθεση. Ρωτήστε τον και μετά επιλέξτε το πλαίσιο. Οι σημειώσεις αποθηκεύονται και εμφανίζονται στην καρτέλα σε κάθε περίπτωση.</translation>
    </message>
    <message>
        <source>Consent to &amp;keep health notes (allergies, conditions)</source>
        <translation>Συγκατάθεση για &amp;διατήρηση σημειώσεων υγείας (αλλεργίες, παθήσεις)</translation>
    </message>
    <message>
        <source>{consent} — recorded on {date}</source>
        <translation>{consent} — καταγράφηκε στις {date}</translation>
    </message>
</context>
<context>
    <name>PrivacyGroup</name>
    <message>
        <source>Privacy</source>
        <translation>Απόρρητο</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>Clients with no visit or appointment for this many years are listed for you to review; 0 = off</source>
        <translation>Οι πελάτες χωρίς επίσκεψη ή ραντεβού για τόσα χρόνια εμφανίζονται σε λίστα για να τους ελέγξετε· 0 = ανενεργό</translation>
    </message>
    <message>
        <source>Never deletes anything; they are listed under Follow-ups.</source>
        <translation>Δεν διαγράφει ποτέ τίποτα· εμφανίζονται στην Παρακολούθηση.</translation>
    </message>
    <message>
        <source>&amp;Flag clients not seen for:</source>
        <translation>Επισή&amp;μανση πελατών που δεν έχουν έρθει για:</translation>
    </message>
    <message>
        <source>Flag clients not seen for, in years</source>
        <translation>Επισήμανση πελατών που δεν έχουν έρθει, σε χρόνια</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> χρόνο</numerusform>
            <numerusform> χρόνια</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseActions</name>
    <message>
        <source>Could not mark the promise as done</source>
        <translation>Δεν ήταν δυνατή η σήμανση της υπόσχεσης ως τηρημένης</translation>
    </message>
    <message>
        <source>Could not reschedule the promise</source>
        <translation>Δεν ήταν δυνατή η αλλαγή προθεσμίας της υπόσχεσης</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled, or no longer exists.</source>
        <translation>Αυτή η υπόσχεση έχει ήδη τηρηθεί ή ακυρωθεί, ή δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>Cancel this promise? It will no longer be shown as due.</source>
        <translation>Ακύρωση αυτής της υπόσχεσης; Δεν θα εμφανίζεται πλέον ως εκκρεμής.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Ακύρωση υπόσχεσης</translation>
    </message>
    <message>
        <source>Could not cancel the promise</source>
        <translation>Δεν ήταν δυνατή η ακύρωση της υπόσχεσης</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>Σε 1 &amp;ώρα</translation>
    </message>
    <message>
        <source>Due one hour from now</source>
        <translation>Προθεσμία: σε μία ώρα από τώρα</translation>
    </message>
    <message>
        <source>&amp;End of day 17:00</source>
        <translation>&amp;Τέλος ημέρας 17:00</translation>
    </message>
    <message>
        <source>Due today at 17:00</source>
        <translation>Προθεσμία: σήμερα στις 17:00</translation>
    </message>
    <message>
        <source>T&amp;omorrow 10:00</source>
        <translation>&amp;Αύριο 10:00</translation>
    </message>
    <message>
        <source>Due tomorrow at 10:00</source>
        <translation>Προθεσμία: αύριο στις 10:00</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Παρασκευή</translation>
    </message>
    <message>
        <source>Due the coming Friday at 17:00</source>
        <translation>Προθεσμία: την ερχόμενη Παρασκευή στις 17:00</translation>
    </message>
    <message>
        <source>Promise to {name}</source>
        <translation>Υπόσχεση προς {name}</translation>
    </message>
    <message>
        <source>e.g. Call back about the colour shade</source>
        <translation>π.χ. Να τηλεφωνήσουμε για την απόχρωση</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>Τι υποσχε&amp;θήκαμε:</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Τι υποσχεθήκαμε</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Προθεσ&amp;μία:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Υπάλληλος:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Missed call: call back within %n min</source>
        <translation>
            <numerusform>Αναπάντητη κλή&amp;ση: επιστροφή κλήσης μέσα σε %n λεπτό</numerusform>
            <numerusform>Αναπάντητη κλή&amp;ση: επιστροφή κλήσης μέσα σε %n λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed call: call back within %n minutes</source>
        <translation>
            <numerusform>Αναπάντητη κλήση: επιστροφή κλήσης μέσα σε %n λεπτό</numerusform>
            <numerusform>Αναπάντητη κλήση: επιστροφή κλήσης μέσα σε %n λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back (missed call)</source>
        <translation>Επιστροφή κλήσης (αναπάντητη)</translation>
    </message>
</context>
<context>
    <name>PromiseEditDialog</name>
    <message>
        <source>Promise — {name}</source>
        <translation>Υπόσχεση — {name}</translation>
    </message>
    <message>
        <source>Correcting a promise already written down.</source>
        <translation>Διόρθωση υπόσχεσης που έχει ήδη καταγραφεί.</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>&amp;Υπόσχεση:</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>Who promised it</source>
        <translation>Ποιος το υποσχέθηκε</translation>
    </message>
</context>
<context>
    <name>PromiseMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Έληξαν</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Τηρήθηκαν εγκαίρως</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>PromiseStaffModel</name>
    <message>
        <source>Staff</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Έληξαν</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Τηρήθηκαν</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Υπάλληλος #%1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Χωρίς υπεύθυνο</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>&amp;Υποσχέσεις</translation>
    </message>
    <message>
        <source>No promises due today.</source>
        <translation>Καμία υπόσχεση για σήμερα.</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Έγι&amp;νε</translation>
    </message>
    <message>
        <source>Mark the selected promise as kept (Alt+O)</source>
        <translation>Σήμανση της επιλεγμένης υπόσχεσης ως τηρημένης (Alt+Ν)</translation>
    </message>
    <message>
        <source>Promise done</source>
        <translation>Η υπόσχεση τηρήθηκε</translation>
    </message>
    <message>
        <source>Cancel pro&amp;mise</source>
        <translation>Ακ&amp;ύρωση υπόσχεσης</translation>
    </message>
    <message>
        <source>Give the selected promise a new due time (Alt+R)</source>
        <translation>Νέα προθεσμία για την επιλεγμένη υπόσχεση (Alt+Μ)</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>Αλλαγή προθεσ&amp;μίας…</translation>
    </message>
    <message>
        <source>Reschedule promise</source>
        <translation>Αλλαγή προθεσμίας υπόσχεσης</translation>
    </message>
    <message>
        <source>Cancel the selected promise; you are asked first (Alt+I or Delete)</source>
        <translation>Ακύρωση της επιλεγμένης υπόσχεσης· θα ερωτηθείτε πρώτα (Alt+Η ή Delete)</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Ακύρωση υπόσχεσης</translation>
    </message>
    <message>
        <source>List every open promise, not only the first ones</source>
        <translation>Εμφάνιση όλων των ανοιχτών υποσχέσεων, όχι μόνο των πρώτων</translation>
    </message>
    <message>
        <source>Show all promises</source>
        <translation>Εμφάνιση όλων των υποσχέσεων</translation>
    </message>
    <message>
        <source>Promises overdue and due today</source>
        <translation>Εκπρόθεσμες υποσχέσεις και υποσχέσεις για σήμερα</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Εκπρόθεσμη (%n)</numerusform>
            <numerusform>Εκπρόθεσμες (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Για σήμερα (%n)</numerusform>
            <numerusform>Για σήμερα (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n &amp;more)</source>
        <translation>
            <numerusform>Εμ&amp;φάνιση όλων (%n ακόμη)</numerusform>
            <numerusform>Εμ&amp;φάνιση όλων (%n ακόμη)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμη</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>No one</source>
        <translation>Κανένας</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (ανενεργός)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Αποθήκευση (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>Υπενθυμίσεις</translation>
    </message>
    <message>
        <source>Open the next client&apos;s briefing</source>
        <translation>Άνοιγμα της σύνοψης του επόμενου πελάτη</translation>
    </message>
    <message>
        <source>Show the birthdays list</source>
        <translation>Εμφάνιση της λίστας γενεθλίων</translation>
    </message>
    <message>
        <source>Dismiss the next-client reminder</source>
        <translation>Κλείσιμο της υπενθύμισης για τον επόμενο πελάτη</translation>
    </message>
    <message>
        <source>Dismiss the birthday reminder</source>
        <translation>Κλείσιμο της υπενθύμισης γενεθλίων</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Κλείσιμο</translation>
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
        <translation>&amp;Σημερινά γενέθλια (%1)</translation>
    </message>
    <message>
        <source>No birthdays today</source>
        <translation>Κανείς δεν έχει γενέθλια σήμερα</translation>
    </message>
    <message>
        <source>This &amp;week (%1)</source>
        <translation>Αυτή την &amp;εβδομάδα (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No other birthdays this week</source>
        <translation>Κανείς άλλος δεν έχει γενέθλια αυτή την εβδομάδα</translation>
    </message>
    <message>
        <source>&amp;Remind me again</source>
        <translation>&amp;Υπενθύμιση ξανά</translation>
    </message>
    <message>
        <source>&amp;Open ClientBook</source>
        <translation>Ά&amp;νοιγμα του ClientBook</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <translation>
            <numerusform>Ακόμη %n…</numerusform>
            <numerusform>Ακόμη %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook is still running</source>
        <translation>Το ClientBook εξακολουθεί να εκτελείται</translation>
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
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Αύριο</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>%1 της επόμενης εβδομάδας</translation>
    </message>
    <message>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>αύριο</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>%1 της επόμενης εβδομάδας</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1, +%2 more</source>
        <translation>%1, +%2 ακόμη</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today: %1</source>
        <translation>
            <numerusform>%n άτομο έχει γενέθλια σήμερα: %1</numerusform>
            <numerusform>%n άτομα έχουν γενέθλια σήμερα: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays this week: %1</source>
        <translation>
            <numerusform>%n άτομο έχει γενέθλια αυτή την εβδομάδα: %1</numerusform>
            <numerusform>%n άτομα έχουν γενέθλια αυτή την εβδομάδα: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays coming up: %1</source>
        <translation>
            <numerusform>%n άτομο έχει γενέθλια τις επόμενες ημέρες: %1</numerusform>
            <numerusform>%n άτομα έχουν γενέθλια τις επόμενες ημέρες: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week: %1</source>
        <translation>
            <numerusform>%n αυτή την εβδομάδα: %1</numerusform>
            <numerusform>%n αυτή την εβδομάδα: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming up: %1</source>
        <translation>
            <numerusform>%n τις επόμενες ημέρες: %1</numerusform>
            <numerusform>%n τις επόμενες ημέρες: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more this week</source>
        <translation>
            <numerusform>%n ακόμη αυτή την εβδομάδα</numerusform>
            <numerusform>%n ακόμη αυτή την εβδομάδα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more coming up</source>
        <translation>
            <numerusform>%n ακόμη τις επόμενες ημέρες</numerusform>
            <numerusform>%n ακόμη τις επόμενες ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3, on their birthday</source>
        <translation>%1 έρχεται %2 στις %3, ανήμερα των γενεθλίων</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3; their birthday is %4</source>
        <translation>%1 έρχεται %2 στις %3· έχει γενέθλια %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more booked in around their birthday</source>
        <translation>
            <numerusform>Ακόμη %n άτομο έχει ραντεβού κοντά στα γενέθλιά του</numerusform>
            <numerusform>Ακόμη %n άτομα έχουν ραντεβού κοντά στα γενέθλιά τους</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>Δεν υπάρχουν γενέθλια αυτή την εβδομάδα</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>No birthdays</source>
        <translation>Δεν υπάρχουν γενέθλια</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today</source>
        <translation>
            <numerusform>%n άτομο έχει γενέθλια σήμερα</numerusform>
            <numerusform>%n άτομα έχουν γενέθλια σήμερα</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation>%1 στις %2 με %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 στις %2</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>γενέθλια σήμερα</translation>
    </message>
    <message>
        <source>reward due</source>
        <translation>δικαιούται επιβράβευση</translation>
    </message>
    <message numerus="yes">
        <source>%n promises overdue</source>
        <translation>
            <numerusform>%n εκπρόθεσμη υπόσχεση</numerusform>
            <numerusform>%n εκπρόθεσμες υποσχέσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next client now: open the briefing</source>
        <translation>Επόμενος πελάτης τώρα: ανοίξτε τη σύνοψη</translation>
    </message>
    <message numerus="yes">
        <source>Next client in %n minutes: open the briefing</source>
        <translation>
            <numerusform>Επόμενος πελάτης σε %n λεπτό: ανοίξτε τη σύνοψη</numerusform>
            <numerusform>Επόμενος πελάτης σε %n λεπτά: ανοίξτε τη σύνοψη</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook keeps running in the tray to remind you of birthdays; Quit from its menu.</source>
        <translation>Το ClientBook συνεχίζει να εκτελείται στην περιοχή ειδοποιήσεων για να σας υπενθυμίζει γενέθλια· κλείστε το με «Έξοδος» από το μενού του.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Months</source>
        <translation>Μήνες</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Τρίμηνα</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Έτη</translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n τρίμηνο</numerusform>
            <numerusform>%n τρίμηνα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n έτος</numerusform>
            <numerusform>%n έτη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n μήνας</numerusform>
            <numerusform>%n μήνες</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lost</source>
        <translation>Πελάτες που χάθηκαν</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Επέστρεψαν</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Ποσοστό απώλειας</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Νέοι πελάτες</translation>
    </message>
    <message>
        <source>Average first-visit spend</source>
        <translation>Μέσο ποσό πρώτης επίσκεψης</translation>
    </message>
    <message>
        <source>New clients back within 90 days</source>
        <translation>Νέοι πελάτες που επέστρεψαν μέσα σε 90 ημέρες</translation>
    </message>
    <message>
        <source>Loyal clients</source>
        <translation>Πιστοί πελάτες</translation>
    </message>
    <message>
        <source>Average loyal tenure</source>
        <translation>Μέση διάρκεια πιστότητας</translation>
    </message>
    <message>
        <source>Revenue from loyal clients</source>
        <translation>Έσοδα από πιστούς πελάτες</translation>
    </message>
    <message>
        <source>Revenue from repeat clients</source>
        <translation>Έσοδα από επανερχόμενους πελάτες</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 έτη</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lapsed today, not archived or forgotten, most valuable (total spend) first.</source>
        <translation>Πελάτες που θεωρούνται σήμερα χαμένοι, εκτός από τους αρχειοθετημένους και τους οριστικά διαγραμμένους· πρώτοι οι πιο πολύτιμοι (συνολικό ποσό).</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable of %1 are listed.</source>
        <translation>
            <numerusform>Εμφανίζεται ο %n πιο πολύτιμος από τους %1.</numerusform>
            <numerusform>Εμφανίζονται οι %n πιο πολύτιμοι από τους %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The median number of days between a client&apos;s visits.</source>
        <translation>Η διάμεση τιμή των ημερών ανάμεσα στις επισκέψεις ενός πελάτη.</translation>
    </message>
    <message numerus="yes">
        <source>Clients who went without a visit for longer than %1 × their usual interval (with %2 or more visits) or %n days (fewer visits), counted in the period the threshold passed. Every lapse counts, including clients who joined in the period and a client who lapsed twice.</source>
        <translation>
            <numerusform>Πελάτες που έμειναν χωρίς επίσκεψη περισσότερο από %1 × το συνηθισμένο τους διάστημα (αν έχουν %2 ή περισσότερες επισκέψεις) ή από %n ημέρα (αν έχουν λιγότερες), μετρημένοι στην περίοδο όπου ξεπεράστηκε το όριο. Μετράει κάθε απώλεια, ακόμη και πελατών που ήρθαν πρώτη φορά μέσα στην περίοδο ή πελάτη που χάθηκε δύο φορές.</numerusform>
            <numerusform>Πελάτες που έμειναν χωρίς επίσκεψη περισσότερο από %1 × το συνηθισμένο τους διάστημα (αν έχουν %2 ή περισσότερες επισκέψεις) ή από %n ημέρες (αν έχουν λιγότερες), μετρημένοι στην περίοδο όπου ξεπεράστηκε το όριο. Μετράει κάθε απώλεια, ακόμη και πελατών που ήρθαν πρώτη φορά μέσα στην περίοδο ή πελάτη που χάθηκε δύο φορές.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lapsed clients who came back, counted in the period of that visit.</source>
        <translation>Χαμένοι πελάτες που επέστρεψαν, μετρημένοι στην περίοδο εκείνης της επίσκεψης.</translation>
    </message>
    <message>
        <source>Clients who had visited before the period began and had not lapsed by then. Archived clients are left out.</source>
        <translation>Πελάτες που είχαν έρθει πριν από την αρχή της περιόδου και δεν είχαν χαθεί ως τότε. Οι αρχειοθετημένοι πελάτες δεν περιλαμβάνονται.</translation>
    </message>
    <message>
        <source>Of the clients active at the period&apos;s start, the share who lapsed during it (each client once; never more than 100 %).</source>
        <translation>Από τους πελάτες που ήταν ενεργοί στην αρχή της περιόδου, το ποσοστό όσων χάθηκαν μέσα σε αυτήν (κάθε πελάτης μετράει μία φορά· ποτέ πάνω από 100 %).</translation>
    </message>
    <message>
        <source>Clients whose first visit fell in the period.</source>
        <translation>Πελάτες των οποίων η πρώτη επίσκεψη έγινε μέσα στην περίοδο.</translation>
    </message>
    <message>
        <source>The average spend on those new clients&apos; first visit.</source>
        <translation>Το μέσο ποσό της πρώτης επίσκεψης αυτών των νέων πελατών.</translation>
    </message>
    <message numerus="yes">
        <source>Share of the period&apos;s new clients who came back within %n days of their first visit (blank until every one of them has had that long).</source>
        <translation>
            <numerusform>Ποσοστό των νέων πελατών της περιόδου που επέστρεψαν μέσα σε %n ημέρα από την πρώτη τους επίσκεψη (κενό μέχρι να περάσει αυτό το διάστημα για όλους).</numerusform>
            <numerusform>Ποσοστό των νέων πελατών της περιόδου που επέστρεψαν μέσα σε %n ημέρες από την πρώτη τους επίσκεψη (κενό μέχρι να περάσει αυτό το διάστημα για όλους).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in the period, including zero-spend visits.</source>
        <translation>Επισκέψεις μέσα στην περίοδο, μαζί με όσες είχαν μηδενικό ποσό.</translation>
    </message>
    <message>
        <source>Revenue from visits that were not a client&apos;s first.</source>
        <translation>Έσοδα από επισκέψεις που δεν ήταν η πρώτη του πελάτη.</translation>
    </message>
    <message numerus="yes">
        <source>Clients with %n or more visits.</source>
        <translation>
            <numerusform>Πελάτες με %n ή περισσότερες επισκέψεις.</numerusform>
            <numerusform>Πελάτες με %n ή περισσότερες επισκέψεις.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their average time from first to latest visit.</source>
        <translation>Ο μέσος χρόνος από την πρώτη έως την πιο πρόσφατη επίσκεψή τους.</translation>
    </message>
    <message>
        <source>Everything loyal clients have spent.</source>
        <translation>Όλα όσα έχουν ξοδέψει οι πιστοί πελάτες.</translation>
    </message>
    <message>
        <source>Share of all revenue ever from visits that were not a client&apos;s first.</source>
        <translation>Το μερίδιο όλων των εσόδων, από την αρχή, που προέρχεται από επισκέψεις που δεν ήταν η πρώτη του πελάτη.</translation>
    </message>
    <message>
        <source>Visits the designer did in the periods shown.</source>
        <translation>Επισκέψεις που έκανε ο στυλίστας στις περιόδους που εμφανίζονται.</translation>
    </message>
    <message>
        <source>Spend on those visits.</source>
        <translation>Το ποσό αυτών των επισκέψεων.</translation>
    </message>
    <message>
        <source>Of all visits by the designer&apos;s current clients, the share the designer did.</source>
        <translation>Από όλες τις επισκέψεις των τωρινών πελατών του στυλίστα, το ποσοστό που έκανε ο ίδιος.</translation>
    </message>
    <message>
        <source>Promises the staff member kept by their due time.</source>
        <translation>Υποσχέσεις που τήρησε ο υπάλληλος μέσα στην προθεσμία τους.</translation>
    </message>
    <message>
        <source>Archived clients are left out of active, lapsed, won back, churn, consistency and the win-back list; their visits and spend still count.</source>
        <translation>Οι αρχειοθετημένοι πελάτες δεν περιλαμβάνονται στους ενεργούς, στους χαμένους, σε όσους επέστρεψαν, στο ποσοστό απώλειας, στον δείκτη «Ίδιος στυλίστας» και στη λίστα «Ανάκτηση»· οι επισκέψεις και τα ποσά τους μετράνε κανονικά.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Επισκέψεις</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Έσοδα</translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation>Ίδιος στυλίστας</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>Υποσχέσεις στην ώρα τους</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Ενεργοί στην αρχή</translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation>Από παλιούς πελάτες</translation>
    </message>
    <message>
        <source>Nobody has lapsed: every client came back within their usual time.</source>
        <translation>Κανείς δεν έχει χαθεί: όλοι οι πελάτες επέστρεψαν μέσα στο συνηθισμένο τους διάστημα.</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>Συνήθως κάθε</translation>
    </message>
    <message>
        <source>No periods to show.</source>
        <translation>Δεν υπάρχουν περίοδοι για εμφάνιση.</translation>
    </message>
    <message>
        <source>Clients lost and won back</source>
        <translation>Πελάτες που χάθηκαν και επέστρεψαν</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χάθηκαν</translation>
    </message>
    <message>
        <source>Share of revenue: repeat clients and first visits</source>
        <translation>Μερίδιο εσόδων: επανερχόμενοι πελάτες και πρώτες επισκέψεις</translation>
    </message>
    <message>
        <source>Repeat clients</source>
        <translation>Επανερχόμενοι πελάτες</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Πρώτες επισκέψεις</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period length</source>
        <translation>Διάρκεια περιόδου</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Αριθμός περιόδων</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Στυλίστας</translation>
    </message>
    <message>
        <source>E&amp;xport tables to CSV…</source>
        <translation>Ε&amp;ξαγωγή πινάκων σε CSV…</translation>
    </message>
    <message>
        <source>Write every table of this report as a CSV file into a folder</source>
        <translation>Αποθήκευση κάθε πίνακα αυτής της αναφοράς ως αρχείο CSV σε φάκελο</translation>
    </message>
    <message>
        <source>Save the figures, charts and tables as a PDF</source>
        <translation>Αποθήκευση των αριθμών, των γραφημάτων και των πινάκων σε PDF</translation>
    </message>
    <message>
        <source>Desi&amp;gner:</source>
        <translation>Στ&amp;υλίστας:</translation>
    </message>
    <message>
        <source>Working the report out</source>
        <translation>Υπολογισμός της αναφοράς</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lapsed clients worth winning back</source>
        <translation>Χαμένοι πελάτες που αξίζει να ανακτήσετε</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Αποθήκευση ως P&amp;DF…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Κατάστημα</translation>
    </message>
    <message>
        <source>Per&amp;iods:</source>
        <translation>Περί&amp;οδοι:</translation>
    </message>
    <message>
        <source>Ho&amp;w many:</source>
        <translation>Πλή&amp;θος:</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>&amp;Κατάστημα:</translation>
    </message>
    <message>
        <source>Log co&amp;ntact…</source>
        <translation>Κατα&amp;γραφή επικοινωνίας…</translation>
    </message>
    <message>
        <source>Note a call, text or e-mail to the selected client</source>
        <translation>Καταγραφή κλήσης, μηνύματος ή email προς τον επιλεγμένο πελάτη</translation>
    </message>
    <message>
        <source>Add pro&amp;mise…</source>
        <translation>Νέα υπόσ&amp;χεση…</translation>
    </message>
    <message>
        <source>Promise the selected client something, with a date</source>
        <translation>Δώστε μια υπόσχεση στον επιλεγμένο πελάτη, με προθεσμία</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Άνοιγμα καρτέλας</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>Εμφάνιση της καρτέλας του επιλεγμένου πελάτη (Enter)</translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>Στοιχεία ανά περίοδο</translation>
    </message>
    <message>
        <source>Figures per designer</source>
        <translation>Στοιχεία ανά στυλίστα</translation>
    </message>
    <message>
        <source>Win &amp;back</source>
        <translation>Ανάκτ&amp;ηση</translation>
    </message>
    <message>
        <source>B&amp;y designer</source>
        <translation>Α&amp;νά στυλίστα</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Όλα τα καταστήματα</translation>
    </message>
    <message>
        <source>Win &amp;back (%1)</source>
        <translation>Ανάκτ&amp;ηση (%1)</translation>
    </message>
    <message>
        <source>Per peri&amp;od</source>
        <translation>Ανά περίο&amp;δο</translation>
    </message>
    <message>
        <source>All designers</source>
        <translation>Όλοι οι στυλίστες</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>Η αναφορά απέτυχε</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Ανάκτηση</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Ανά περίοδο</translation>
    </message>
    <message>
        <source>Per designer</source>
        <translation>Ανά στυλίστα</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule promise</source>
        <translation>Αλλαγή προθεσμίας υπόσχεσης</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Υπόσχεση:</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (εκπρόθεσμη)</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Τρέχουσα προθεσμία:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Υπεύθυνος:</translation>
    </message>
    <message>
        <source>Moved before:</source>
        <translation>Προηγούμενες αλλαγές:</translation>
    </message>
    <message>
        <source>&amp;New due time:</source>
        <translation>&amp;Νέα προθεσμία:</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>Νέα προθεσμία</translation>
    </message>
    <message>
        <source>%1 → %2 (moved %3)</source>
        <translation>%1 → %2 (αλλαγή: %3)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything entered since it was made is replaced; the data as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Επιλέξτε το αντίγραφο ασφαλείας στο οποίο θέλετε να επιστρέψετε. Ό,τι καταχωρίστηκε μετά τη δημιουργία του αντικαθίσταται· τα δεδομένα όπως είναι τώρα φυλάσσονται πρώτα σε αντίγραφο ασφαλείας, οπότε η ενέργεια αναιρείται με επαναφορά εκείνου.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Αντίγραφα ασφαλείας, τα νεότερα πρώτα</translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation>Δεν υπάρχουν ακόμη αυτόματα αντίγραφα ασφαλείας.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>Ά&amp;λλο αρχείο…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Επαναφορά</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ημερήσιο</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Πριν από εισαγωγή</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Πριν από επαναφορά</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Πριν από αναβάθμιση</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Χειροκίνητο</translation>
    </message>
    <message>
        <source>Restore which file?</source>
        <translation>Ποιο αρχείο να επαναφερθεί;</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Τελευταία φορά</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Επισκέψεις</translation>
    </message>
    <message>
        <source>never — added %1</source>
        <translation>ποτέ — προστέθηκε στις %1</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Επόμενη επίσκεψη</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Τελευταία επίσκεψη</translation>
    </message>
    <message>
        <source>Spent since last reward</source>
        <translation>Ποσό από την τελευταία επιβράβευση</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>%1η επίσκεψη</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Remove the sample data</source>
        <translation>Αφαίρεση δειγματικών δεδομένων</translation>
    </message>
    <message>
        <source>Remove the %1 sample clients with their visits, appointments and promises, and the demo team? The book is then empty, ready for your own clients. This cannot be undone.</source>
        <translation>Αφαίρεση των %1 δειγματικών πελατών με τις επισκέψεις, τα ραντεβού και τις υποσχέσεις τους, και της δειγματικής ομάδας; Το βιβλίο θα μείνει άδειο, έτοιμο για τους δικούς σας πελάτες. Δεν αναιρείται.</translation>
    </message>
    <message>
        <source>Could not remove the sample data</source>
        <translation>Δεν ήταν δυνατή η αφαίρεση των δειγματικών δεδομένων</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services menu</source>
        <translation>Κατάλογος υπηρεσιών</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Λεπτά</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Υπηρεσίες</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Λεπτά:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Τιμή:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Κατηγορία:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Αποθήκευση &amp;αλλαγών</translation>
    </message>
    <message>
        <source>&amp;Hide from menu</source>
        <translation>Απόκ&amp;ρυψη από τον κατάλογο</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (κρυφή)</translation>
    </message>
    <message>
        <source>S&amp;how on menu</source>
        <translation>Εμ&amp;φάνιση στον κατάλογο</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Three-letter ISO code, e.g. EUR or GBP</source>
        <translation>Κωδικός ISO τριών γραμμάτων, π.χ. EUR ή GBP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Two-letter country code for numbers typed without +, e.g. GB, ES, CN, GR, UA</source>
        <translation>Κωδικός χώρας δύο γραμμάτων για αριθμούς που πληκτρολογούνται χωρίς +, π.χ. GR, CY, GB, ES, UA</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>Μόνο σήμερα</translation>
    </message>
    <message numerus="yes">
        <source> days ahead</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> ημέρα νωρίτερα</numerusform>
            <numerusform> ημέρες νωρίτερα</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Νόμι&amp;σμα:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Περιοχή &amp;τηλεφώνου:</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Περιοχή τηλεφώνου</translation>
    </message>
    <message>
        <source>&amp;Birthday reminders:</source>
        <translation>Υπενθύμιση &amp;γενεθλίων:</translation>
    </message>
    <message>
        <source>Birthday reminder days</source>
        <translation>Ημέρες υπενθύμισης γενεθλίων</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message numerus="yes">
        <source> minutes before</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> λεπτό πριν</numerusform>
            <numerusform> λεπτά πριν</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder to open the client&apos;s briefing before each appointment</source>
        <translation>Υπενθύμιση για να ανοίξετε τη σύνοψη του πελάτη πριν από κάθε ραντεβού</translation>
    </message>
    <message>
        <source>Appointment &amp;nudge:</source>
        <translation>Υπενθύμιση &amp;ραντεβού:</translation>
    </message>
    <message>
        <source>Minutes before an appointment to remind you</source>
        <translation>Πόσα λεπτά πριν από ένα ραντεβού να γίνεται η υπενθύμιση</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Γ&amp;λώσσα:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Des&amp;k name:</source>
        <translation>Όνομα γρα&amp;φείου:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Όνομα γραφείου</translation>
    </message>
    <message>
        <source>&amp;Start ClientBook when I log in</source>
        <translation>Εκκίνηση του ClientBook όταν συν&amp;δέομαι</translation>
    </message>
    <message>
        <source>Start ClientBook when I log in</source>
        <translation>Εκκίνηση του ClientBook όταν συνδέομαι</translation>
    </message>
    <message>
        <source>Messa&amp;ge templates…</source>
        <translation>Πρότυπα μην&amp;υμάτων…</translation>
    </message>
    <message>
        <source>The firm&apos;s name and the words of messages to clients</source>
        <translation>Το όνομα της επιχείρησης και το κείμενο των μηνυμάτων προς τους πελάτες</translation>
    </message>
    <message>
        <source>Calendar feed:</source>
        <translation>Συνδρομή ημερολογίου:</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>Συνδρομή ημερολογίου</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Προεπιλογή συστήματος</translation>
    </message>
    <message>
        <source>The language of ClientBook&apos;s window on this computer</source>
        <translation>Η γλώσσα του παραθύρου του ClientBook σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>ClientBook will use %1 the next time it starts.</source>
        <translation>Από την επόμενη εκκίνηση, το ClientBook θα εμφανίζεται σε αυτή τη γλώσσα: %1.</translation>
    </message>
    <message>
        <source>ClientBook will follow the system&apos;s language the next time it starts.</source>
        <translation>Από την επόμενη εκκίνηση, το ClientBook θα ακολουθεί τη γλώσσα του συστήματος.</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Δεν ήταν δυνατή η αλλαγή της εκκίνησης κατά τη σύνδεση: %1</translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <source>Connect to a shared book</source>
        <translation>Σύνδεση σε κοινόχρηστο βιβλίο</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate is checked</source>
        <translation>Υποχρεωτική, με έλεγχο πιστοποιητικού</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Υποχρεωτική</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Όταν την προσφέρει ο διακομιστής</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργή</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Θύρα:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Βάση δεδομένων:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Χρήστης:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Κρυπτογράφηση:</translation>
    </message>
    <message>
        <source>ClientBook never asks for or keeps the password: put it in PostgreSQL&apos;s password file (.pgpass) on this computer. The first desk to connect to an empty database sets it up; a database holding anything else is refused.</source>
        <translation>Το ClientBook δεν ζητά ούτε κρατά ποτέ τον κωδικό: βάλτε τον στο αρχείο κωδικών της PostgreSQL (.pgpass) σε αυτόν τον υπολογιστή. Το πρώτο γραφείο που συνδέεται σε κενή βάση την προετοιμάζει· μια βάση με οτιδήποτε άλλο απορρίπτεται.</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Use this desk&apos;s &amp;own book</source>
        <translation>Χρήση του &amp;ίδιου βιβλίου αυτού του γραφείου</translation>
    </message>
    <message>
        <source>Shared book</source>
        <translation>Κοινόχρηστο βιβλίο</translation>
    </message>
    <message>
        <source>This desk opens the shared book %1 from its next start. Close ClientBook and start it again to work in it.</source>
        <translation>Αυτό το γραφείο ανοίγει το κοινόχρηστο βιβλίο %1 από την επόμενη εκκίνηση. Κλείστε το ClientBook και ανοίξτε το ξανά για να δουλέψετε σε αυτό.</translation>
    </message>
    <message>
        <source>This desk opens its own book again from its next start.</source>
        <translation>Αυτό το γραφείο ανοίγει ξανά το δικό του βιβλίο από την επόμενη εκκίνηση.</translation>
    </message>
</context>
<context>
    <name>StaffHoursEditor</name>
    <message>
        <source>Working hours</source>
        <translation>Ωράριο εργασίας</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ρεπό</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Ωράριο για %1</translation>
    </message>
    <message>
        <source>For example 09:00-17:00, or 09:00-13:00, 14:00-18:00 with a break; empty: not working</source>
        <translation>Για παράδειγμα 09:00-17:00, ή 09:00-13:00, 14:00-18:00 με διάλειμμα· κενό: δεν εργάζεται</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Άδειες</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>Πρώτη μέρα άδειας</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>Τελευταία μέρα άδειας</translation>
    </message>
    <message>
        <source>Save wee&amp;kly hours</source>
        <translation>Απ&amp;οθήκευση ωραρίου</translation>
    </message>
    <message>
        <source>&amp;Book time off</source>
        <translation>Προσθήκη ά&amp;δειας</translation>
    </message>
    <message>
        <source>Remove time &amp;off</source>
        <translation>Αφαίρεση &amp;άδειας</translation>
    </message>
    <message>
        <source>Time off:</source>
        <translation>Άδειες:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 έως %2</translation>
    </message>
    <message>
        <source>Could not save the hours</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του ωραρίου</translation>
    </message>
    <message>
        <source>Could not add the time off</source>
        <translation>Δεν ήταν δυνατή η προσθήκη της άδειας</translation>
    </message>
    <message>
        <source>Could not remove the time off</source>
        <translation>Δεν ήταν δυνατή η αφαίρεση της άδειας</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name of the new staff member</source>
        <translation>Όνομα του νέου υπαλλήλου</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>Όνομα νέου υπαλλήλου</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>Ρόλος νέου υπαλλήλου</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Προσ&amp;θήκη ατόμου</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <source>Edit the selected name (F2)</source>
        <translation>Επεξεργασία του επιλεγμένου ονόματος (F2)</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>&amp;Νέος:</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Μετονομασία</translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Απενερ&amp;γοποίηση</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Αφα&amp;ίρεση…</translation>
    </message>
    <message>
        <source>Inactive people stay on past records but are not offered for new bookings.</source>
        <translation>Οι ανενεργοί παραμένουν στις παλιές εγγραφές, αλλά δεν προτείνονται για νέα ραντεβού.</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>Αφαίρεση υπαλλήλου</translation>
    </message>
    <message>
        <source>Remove {name} from the staff list?

Their past visits, appointments and promises are kept, with no one named on them. To keep their name on those records, deactivate them instead.</source>
        <translation>Να αφαιρεθεί το μέλος «{name}» από τη λίστα του προσωπικού;

Οι προηγούμενες επισκέψεις, τα ραντεβού και οι υποσχέσεις διατηρούνται, αλλά χωρίς όνομα υπαλλήλου. Για να μείνει το όνομα σε αυτές τις εγγραφές, προτιμήστε την απενεργοποίηση.</translation>
    </message>
    <message>
        <source>React&amp;ivate</source>
        <translation>Επανενεργ&amp;οποίηση</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ανενεργός</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>Το σημερινό αντίγραφο ασφαλείας δεν δημιουργήθηκε</translation>
    </message>
    <message>
        <source>ClientBook could not make today&apos;s automatic backup:
%1

Your data is not affected. Use File → Back up now… to copy it somewhere else.</source>
        <translation>Το ClientBook δεν μπόρεσε να δημιουργήσει το σημερινό αυτόματο αντίγραφο ασφαλείας:
%1

Τα δεδομένα σας δεν επηρεάζονται. Χρησιμοποιήστε Αρχείο → Αντίγραφο ασφαλείας τώρα… για να τα αντιγράψετε κάπου αλλού.</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data</source>
        <translation>Το ClientBook εντόπισε φθορά στα δεδομένα του</translation>
    </message>
    <message>
        <source>Only the indexes of the data file are damaged:
%1

Rebuild them from the data now? Nothing is lost. Until then ClientBook saves no changes.</source>
        <translation>Μόνο τα ευρετήρια του αρχείου δεδομένων είναι κατεστραμμένα:
%1

Να ξαναχτιστούν τώρα από τα δεδομένα; Δεν χάνεται τίποτα. Μέχρι τότε το ClientBook δεν αποθηκεύει αλλαγές.</translation>
    </message>
    <message>
        <source>Data file repaired</source>
        <translation>Το αρχείο δεδομένων επιδιορθώθηκε</translation>
    </message>
    <message>
        <source>The indexes were rebuilt, and the data file checks out again.</source>
        <translation>Τα ευρετήρια ξαναχτίστηκαν και το αρχείο δεδομένων περνά ξανά τον έλεγχο.</translation>
    </message>
    <message>
        <source>%1

There is no good backup to go back to. Stop using ClientBook on this data and ask for help; a copy of the file is safest kept as it is.</source>
        <translation>%1

Δεν υπάρχει έγκυρο αντίγραφο ασφαλείας για επαναφορά. Σταματήστε να χρησιμοποιείτε το ClientBook με αυτά τα δεδομένα και ζητήστε βοήθεια· το ασφαλέστερο είναι να κρατήσετε ένα αντίγραφο του αρχείου όπως είναι.</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data file:
%1

Go back to the newest good backup, from %2? Anything entered after it is lost; the damaged data is kept as a file.</source>
        <translation>Το ClientBook εντόπισε φθορά στο αρχείο δεδομένων του:
%1

Επιστροφή στο πιο πρόσφατο έγκυρο αντίγραφο ασφαλείας (%2); Ό,τι καταχωρίστηκε μετά από αυτό θα χαθεί· τα φθαρμένα δεδομένα φυλάσσονται σε αρχείο.</translation>
    </message>
    <message>
        <source>The damaged data is still open: what it shows may be incomplete, and ClientBook saves no changes until a backup is restored (File → Restore from backup…).</source>
        <translation>Τα κατεστραμμένα δεδομένα είναι ακόμη ανοιχτά: όσα δείχνουν μπορεί να είναι ελλιπή, και το ClientBook δεν αποθηκεύει αλλαγές μέχρι να γίνει επαναφορά ενός αντιγράφου ασφαλείας (Αρχείο → Επαναφορά από αντίγραφο ασφαλείας…).</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Πρότυπα μηνυμάτων</translation>
    </message>
    <message>
        <source>Signs every message, e.g. Salon Luz</source>
        <translation>Υπογράφει κάθε μήνυμα, π.χ. Κομμωτήριο Ρόδον</translation>
    </message>
    <message>
        <source>For clients without a language of their own</source>
        <translation>Για πελάτες χωρίς δική τους γλώσσα</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Κείμενο προτύπου</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation>Επανα&amp;φορά του αρχικού κειμένου</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Σύμβολα αντικατάστασης: %1</translation>
    </message>
    <message>
        <source>&amp;Firm&apos;s name:</source>
        <translation>&amp;Επωνυμία επιχείρησης:</translation>
    </message>
    <message>
        <source>Messages &amp;default to:</source>
        <translation>Προεπιλογή &amp;γλώσσας μηνυμάτων:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Περίσταση:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Γ&amp;λώσσα:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Περίσταση</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Booked</source>
        <translation>Κλεισμένο</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ήρθε</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Δεν ήρθε</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Αποφυγή: %1</translation>
    </message>
    <message>
        <source>Reward due: visit %1</source>
        <translation>Επιβράβευση: %1η επίσκεψη</translation>
    </message>
    <message>
        <source>Close to a reward</source>
        <translation>Κοντά σε επιβράβευση</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Γενέθλια σήμερα</translation>
    </message>
    <message>
        <source>Birthday soon</source>
        <translation>Γενέθλια σύντομα</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Υπόσχεση για σήμερα</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>Εκπρόθεσμη υπόσχεση</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>Δικαιούται επιβράβευση</translation>
    </message>
    <message>
        <source>1 visit to a reward</source>
        <translation>1 επίσκεψη για επιβράβευση</translation>
    </message>
    <message>
        <source>Other designer</source>
        <translation>Άλλος στυλίστας</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Προσοχή</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Στυλίστας</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Χρειάζεται προσοχή</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Show or hide the birthdays list</source>
        <translation>Εμφάνιση ή απόκρυψη της λίστας γενεθλίων</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Δεν υπάρχουν ραντεβού σήμερα.</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Σημερινά ραντεβού</translation>
    </message>
    <message>
        <source>Arr&amp;ived</source>
        <translation>Ήρ&amp;θε</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>No-sho&amp;w</source>
        <translation>&amp;Δεν ήρθε</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Σήμερα, %1</translation>
    </message>
    <message>
        <source>&amp;Birthdays (%1)</source>
        <translation>&amp;Γενέθλια (%1)</translation>
    </message>
    <message>
        <source>Could not change the appointment</source>
        <translation>Δεν ήταν δυνατή η αλλαγή του ραντεβού</translation>
    </message>
</context>
<context>
    <name>TomorrowDialog</name>
    <message>
        <source>Tomorrow&apos;s reminders</source>
        <translation>Αυριανές υπενθυμίσεις</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments to remind</source>
        <translation>Αυριανά ραντεβού για υπενθύμιση</translation>
    </message>
    <message>
        <source>Nothing is booked for tomorrow.</source>
        <translation>Δεν υπάρχει κανένα ραντεβού για αύριο.</translation>
    </message>
    <message>
        <source>Appointments on %1</source>
        <translation>Ραντεβού για %1</translation>
    </message>
    <message>
        <source>Reminder sent today</source>
        <translation>Η υπενθύμιση στάλθηκε σήμερα</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Open %1 with the reminder and log it</source>
        <translation>Άνοιγμα του %1 με την υπενθύμιση και καταγραφή της</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy the reminder to paste it anywhere, and log it</source>
        <translation>Αντιγραφή της υπενθύμισης για επικόλληση οπουδήποτε, και καταγραφή της</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link.</source>
        <translation>Καμία εφαρμογή σε αυτόν τον υπολογιστή δεν ανοίγει τέτοιον σύνδεσμο.</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>Δεν ήταν δυνατή η καταγραφή της επικοινωνίας</translation>
    </message>
    <message>
        <source>Reminder for %1 logged.</source>
        <translation>Η υπενθύμιση για %1 καταγράφηκε.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo archive of %1</source>
        <translation>&amp;Αναίρεση αρχειοθέτησης: %1</translation>
    </message>
    <message>
        <source>&amp;Undo contact log</source>
        <translation>&amp;Αναίρεση καταγραφής επικοινωνίας</translation>
    </message>
    <message>
        <source>&amp;Undo reward for %1</source>
        <translation>&amp;Αναίρεση επιβράβευσης: %1</translation>
    </message>
    <message>
        <source>&amp;Undo visit change of %1</source>
        <translation>&amp;Αναίρεση αλλαγής επίσκεψης του/της %1</translation>
    </message>
    <message>
        <source>&amp;Undo visit deletion of %1</source>
        <translation>&amp;Αναίρεση διαγραφής επίσκεψης του/της %1</translation>
    </message>
    <message>
        <source>&amp;Undo promise change of %1</source>
        <translation>&amp;Αναίρεση αλλαγής υπόσχεσης του/της %1</translation>
    </message>
    <message>
        <source>&amp;Undo booking for %1</source>
        <translation>&amp;Αναίρεση ραντεβού για %1</translation>
    </message>
    <message>
        <source>&amp;Undo resize of %1&apos;s booking</source>
        <translation>&amp;Αναίρεση αλλαγής διάρκειας ραντεβού του/της %1</translation>
    </message>
    <message>
        <source>&amp;Undo move of %1&apos;s booking</source>
        <translation>&amp;Αναίρεση μετακίνησης ραντεβού του/της %1</translation>
    </message>
    <message>
        <source>&amp;Undo cancellation for %1</source>
        <translation>&amp;Αναίρεση ακύρωσης για %1</translation>
    </message>
    <message>
        <source>&amp;Undo no-show of %1</source>
        <translation>&amp;Αναίρεση απουσίας του/της %1</translation>
    </message>
    <message>
        <source>&amp;Undo status change for %1</source>
        <translation>&amp;Αναίρεση αλλαγής κατάστασης για %1</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit — {name}</source>
        <translation>Επίσκεψη — {name}</translation>
    </message>
    <message>
        <source>This appointment&apos;s visit was logged already: correct it here.</source>
        <translation>Η επίσκεψη αυτού του ραντεβού έχει ήδη καταχωριστεί: διορθώστε την εδώ.</translation>
    </message>
    <message>
        <source>Correcting a visit already logged.</source>
        <translation>Διόρθωση επίσκεψης που έχει ήδη καταχωριστεί.</translation>
    </message>
    <message>
        <source>From the {time} appointment, which will be marked done.</source>
        <translation>Από το ραντεβού των {time}, που θα σημειωθεί ως ολοκληρωμένο.</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>π.χ. Κούρεμα</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Πότε:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Υπάλληλος:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Υπη&amp;ρεσία:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>S&amp;pend:</source>
        <translation>Πο&amp;σό:</translation>
    </message>
    <message>
        <source>Spend in {currency}</source>
        <translation>Ποσό σε {currency}</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ση&amp;μειώσεις:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>A visit in the future?</source>
        <translation>Επίσκεψη στο μέλλον;</translation>
    </message>
    <message>
        <source>This visit is logged for %1 at %2, but it is now %3 on %4. Log it anyway?</source>
        <translation>Αυτή η επίσκεψη καταγράφεται για %1 στις %2, αλλά τώρα είναι %3, %4. Να καταγραφεί παρ’ όλα αυτά;</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Not working</source>
        <translation>Δεν εργάζεται</translation>
    </message>
    <message>
        <source>%1 booked
%2 free</source>
        <translation>%1 ραντεβού
%2 ελεύθερα</translation>
    </message>
    <message>
        <source>%1, %2: %3 bookings, %4 h booked, %5 h free</source>
        <translation>%1, %2: %3 ραντεβού, %4 ώρ. κλεισμένες, %5 ώρ. ελεύθερες</translation>
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
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Αξία</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Τελευταία επίσκεψη</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>Συνήθως κάθε</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Στυλίστας</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Τελευταία επικοινωνία</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Προτιμά</translation>
    </message>
    <message>
        <source>Lapsed since</source>
        <translation>Χάθηκε από</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>χωρίς επικοινωνία</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>το πολύ μία φορά κάθε %n ημέρα</numerusform>
            <numerusform>το πολύ μία φορά κάθε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>χωρίς όριο επικοινωνίας</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to ClientBook</source>
        <translation>Καλώς ήρθατε στο ClientBook</translation>
    </message>
    <message>
        <source>Read-only data</source>
        <translation>Δεδομένα μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>%1

ClientBook shows the data, but cannot save any change until the folder can be written to again.</source>
        <translation>%1

Το ClientBook εμφανίζει τα δεδομένα, αλλά δεν μπορεί να αποθηκεύσει καμία αλλαγή μέχρι να είναι ξανά δυνατή η εγγραφή στον φάκελο.</translation>
    </message>
    <message>
        <source>There are no clients yet. Try ClientBook on a sample book of made-up clients with visits, appointments and promises, or start with an empty book for your own clients.

You can remove the sample data later: File → Remove the sample data…</source>
        <translation>Δεν υπάρχουν ακόμη πελάτες. Δοκιμάστε το ClientBook με ένα δειγματικό βιβλίο φανταστικών πελατών με επισκέψεις, ραντεβού και υποσχέσεις, ή ξεκινήστε με ένα άδειο βιβλίο για τους δικούς σας πελάτες.

Μπορείτε να αφαιρέσετε τα δειγματικά δεδομένα αργότερα: Αρχείο → Αφαίρεση δειγματικών δεδομένων…</translation>
    </message>
    <message>
        <source>&amp;Load the sample book</source>
        <translation>&amp;Φόρτωση δειγματικού βιβλίου</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Έναρξη με &amp;άδειο</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data:
%1

Go back to the newest good backup, from %2? The unusable file is kept in the backups folder.</source>
        <translation>Το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του:
%1

Επιστροφή στο πιο πρόσφατο έγκυρο αντίγραφο ασφαλείας (%2); Το αρχείο που δεν μπορεί να χρησιμοποιηθεί φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data</source>
        <translation>Το ClientBook δεν μπορεί να ανοίξει τα δεδομένα του</translation>
    </message>
    <message>
        <source>The data is on a network share</source>
        <translation>Τα δεδομένα βρίσκονται σε κοινόχρηστο φάκελο δικτύου</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>ClientBook is already open</source>
        <translation>Το ClientBook είναι ήδη ανοιχτό</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 on the computer %2. Close it there first: two computers must not work on one book at the same time.</source>
        <translation>Το ClientBook είναι ήδη ανοιχτό με τα δεδομένα στο %1 στον υπολογιστή %2. Κλείστε το εκεί πρώτα: δύο υπολογιστές δεν πρέπει να δουλεύουν στο ίδιο βιβλίο ταυτόχρονα.</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 but does not answer. If it is stuck, close it (or end it in the task manager) and start ClientBook again.</source>
        <translation>Το ClientBook είναι ήδη ανοιχτό με τα δεδομένα στο %1, αλλά δεν αποκρίνεται. Αν έχει κολλήσει, κλείστε το (ή τερματίστε το από τη Διαχείριση εργασιών) και ξεκινήστε ξανά το ClientBook.</translation>
    </message>
</context>
</TS>
