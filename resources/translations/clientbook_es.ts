<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ClientBook %1</source>
        <translation>ClientBook %1</translation>
    </message>
    <message>
        <source>A front desk&apos;s memory of every client.</source>
        <translation>Todo lo que la recepción recuerda de cada cliente.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation>Software libre bajo la licencia MIT: puedes usarlo, copiarlo, modificarlo y compartirlo. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>It uses Qt %1 and PySide6 %2 under the LGPL v3, and Python %3.</source>
        <translation>Usa Qt %1 y PySide6 %2 bajo la LGPL v3, y Python %3.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>About ClientBook</source>
        <translation>Acerca de ClientBook</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book {name}</source>
        <translation>Cita para {name}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Designer warning</source>
        <translation>Aviso sobre el profesional</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>p. ej. Corte de pelo</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
    <message>
        <source>Usually with {usual} — booking with {chosen}</source>
        <translation>Suele venir con {usual} — esta cita es con {chosen}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>ClientBook backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad de ClientBook (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>¿En qué carpeta guardar la copia de seguridad?</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>The data was copied and checked:
%1</source>
        <translation>Los datos se han copiado y verificado:
%1</translation>
    </message>
    <message>
        <source>Replace all of ClientBook&apos;s data with the backup
%1?

The data as it is now is kept as a backup first.</source>
        <translation>¿Reemplazar todos los datos de ClientBook por la copia de seguridad
%1?

Antes se guarda una copia de seguridad de los datos tal como están ahora.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was is kept in
%1</source>
        <translation>Se ha restaurado la copia de seguridad. Los datos tal como estaban se guardan en
%1</translation>
    </message>
</context>
<context>
    <name>BirthdaysPanel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Booked in</source>
        <translation>Tiene cita</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>No hay cumpleaños esta semana</translation>
    </message>
    <message>
        <source>Birthdays today and in the coming days</source>
        <translation>Cumpleaños de hoy y de los próximos días</translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Hoy (%n)</numerusform>
            <numerusform>Hoy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week (%n)</source>
        <translation>
            <numerusform>Esta semana (%n)</numerusform>
            <numerusform>Esta semana (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Próximamente (%n)</numerusform>
            <numerusform>Próximamente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
</context>
<context>
    <name>BriefingCard</name>
    <message>
        <source>Select an appointment or a client to see their briefing</source>
        <translation>Selecciona una cita o un cliente para ver su ficha</translation>
    </message>
    <message>
        <source>Phone: {phones}</source>
        <translation>Teléfono: {phones}</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Mensaje…</translation>
    </message>
    <message>
        <source>Write to the client: a reminder, birthday wishes, a reward</source>
        <translation>Escribir al cliente: un recordatorio, una felicitación de cumpleaños, un premio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Mark promise kept: {text}</source>
        <translation>Marcar compromiso como cumplido: {text}</translation>
    </message>
    <message>
        <source>More for promise: {text}</source>
        <translation>Más opciones del compromiso: {text}</translation>
    </message>
    <message>
        <source>Reschedule or cancel</source>
        <translation>Reprogramar o cancelar</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>Cambiar &amp;fecha…</translation>
    </message>
    <message>
        <source>&amp;Cancel promise…</source>
        <translation>&amp;Cancelar compromiso…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Record that the client received the reward today</source>
        <translation>Registrar que el cliente ha recibido hoy su premio</translation>
    </message>
    <message>
        <source>Mark the reward handed over</source>
        <translation>Marcar el premio como entregado</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Contactar…</translation>
    </message>
    <message>
        <source>Check their wishes and log a call, text or e-mail</source>
        <translation>Consultar sus preferencias de contacto y registrar una llamada, un mensaje o un correo</translation>
    </message>
</context>
<context>
    <name>BriefingWords</name>
    <message>
        <source>Drink</source>
        <translation>Bebida</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>Snack</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Tener preparado</translation>
    </message>
    <message>
        <source>⚠ Please avoid</source>
        <translation>⚠ Evitar</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Also likes</source>
        <translation>También le gusta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Greet as “{name}”</source>
        <translation>Saludar como “{name}”</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday today</source>
        <translation>Felicitar hoy a {name} por su cumpleaños</translation>
    </message>
    <message>
        <source>Wish {name} a happy birthday — {age} today</source>
        <translation>Felicitar a {name} por su cumpleaños — hoy cumple {age}</translation>
    </message>
    <message>
        <source>Birthday on {day}</source>
        <translation>Cumpleaños: {day}</translation>
    </message>
    <message>
        <source>Birthday on {day} — turns {age}</source>
        <translation>Cumpleaños: {day} — cumple {age}</translation>
    </message>
    <message>
        <source>No designer assigned</source>
        <translation>Sin profesional asignado</translation>
    </message>
    <message>
        <source>⚠ Today with {staff} — usually {designer}</source>
        <translation>⚠ Hoy con {staff} — su profesional es {designer}</translation>
    </message>
    <message>
        <source>First visit — no history yet</source>
        <translation>Primera visita — aún sin historial</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Next: {when} {time}</source>
        <translation>Próxima cita: {when}, {time}</translation>
    </message>
    <message>
        <source>was due {date}</source>
        <translation>vencía el {date}</translation>
    </message>
    <message>
        <source>due today {time}</source>
        <translation>vence hoy a las {time}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>No consent recorded for health notes — ask the client</source>
        <translation>No consta el consentimiento para las notas de salud — pregunta al cliente</translation>
    </message>
    <message>
        <source>Reward handed over today: {reward}</source>
        <translation>Premio entregado hoy: {reward}</translation>
    </message>
    <message>
        <source>Reward handed over today</source>
        <translation>Premio entregado hoy</translation>
    </message>
    <message>
        <source>Reward due: this is visit {n}</source>
        <translation>Toca premio: es la visita n.º {n}</translation>
    </message>
    <message>
        <source>Reward due: {amount} spent since the last one</source>
        <translation>Toca premio: {amount} gastados desde el último</translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) in the last 12 months</source>
        <translation>
            <numerusform>%n no asistencia en los últimos 12 meses</numerusform>
            <numerusform>%n no asistencias en los últimos 12 meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s) in the last 12 months</source>
        <translation>
            <numerusform>%n cancelación tardía en los últimos 12 meses</numerusform>
            <numerusform>%n cancelaciones tardías en los últimos 12 meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to a reward</source>
        <translation>Faltan {amount} para un premio</translation>
    </message>
    <message>
        <source>1 visit to a reward — their next visit earns it</source>
        <translation>Falta 1 visita para un premio — lo consigue en su próxima visita</translation>
    </message>
    <message>
        <source>{kept} of {total} visits with {designer}</source>
        <translation>{kept} de {total} visitas con {designer}</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>mensaje de texto</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Prefers {channel}</source>
        <translation>Prefiere: {channel}</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>como máximo una vez cada %n día</numerusform>
            <numerusform>como máximo una vez cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>sin límite de contacto</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>Last contacted {when} by phone</source>
        <translation>Último contacto: {when}, por teléfono</translation>
    </message>
    <message>
        <source>Last contacted {when} by text message</source>
        <translation>Último contacto: {when}, por mensaje de texto</translation>
    </message>
    <message>
        <source>Last contacted {when} by e-mail</source>
        <translation>Último contacto: {when}, por correo electrónico</translation>
    </message>
    <message>
        <source>Last spoken to in person {when}</source>
        <translation>Última conversación en persona: {when}</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Could not move the booking</source>
        <translation>No se pudo mover la cita</translation>
    </message>
    <message>
        <source>New booking at %1</source>
        <translation>Nueva cita a las %1</translation>
    </message>
    <message>
        <source>Could not cancel the booking</source>
        <translation>No se pudo cancelar la cita</translation>
    </message>
    <message>
        <source>Could not change the booking</source>
        <translation>No se pudo cambiar la cita</translation>
    </message>
    <message>
        <source>Open client car&amp;d</source>
        <translation>Abrir &amp;ficha del cliente</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marcar &amp;llegada</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Marcar no a&amp;sistencia</translation>
    </message>
    <message>
        <source>&amp;Back to booked</source>
        <translation>&amp;Volver a pendiente</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>&amp;Cancelar cita</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Calendar exported to %1 (appointments: %2).</source>
        <translation>Calendario exportado a %1 (citas: %2).</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;New client from this name for events no client matches</source>
        <translation>&amp;Nuevo cliente con este nombre para los eventos sin cliente</translation>
    </message>
    <message>
        <source>Choose an iCalendar (.ics) file from Google Calendar, Outlook, Apple Calendar or a booking system.</source>
        <translation>Elija un archivo iCalendar (.ics) de Google Calendar, Outlook, Apple Calendar o un sistema de reservas.</translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation>Eventos no importados</translation>
    </message>
    <message>
        <source>&amp;Pick a client…</source>
        <translation>Elegir un clien&amp;te…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics *.ical);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 new, %2 moved, %3 cancelled, %4 unchanged; %5 without a matching client, %6 left out, %7 with problems.</source>
        <translation>%1 nuevas, %2 movidas, %3 canceladas, %4 sin cambios; %5 sin cliente coincidente, %6 omitidas, %7 con problemas.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1: no client matches “%2”</source>
        <translation>Línea %1: ningún cliente coincide con «%2»</translation>
    </message>
    <message>
        <source>Line %1: “%2” is booked for %3</source>
        <translation>Línea %1: «%2» se reserva para %3</translation>
    </message>
    <message>
        <source>Line %1: left out (%2): %3</source>
        <translation>Línea %1: omitido (%2): %3</translation>
    </message>
    <message>
        <source>Book “%1” for which client?</source>
        <translation>¿Para qué cliente es «%1»?</translation>
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
        <translation>Día anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Ir a hoy (Alt+Inicio)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Page Down)</source>
        <translation>Día siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>D&amp;ía</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;mana</translation>
    </message>
    <message>
        <source>Whose calendar</source>
        <translation>De quién es la agenda</translation>
    </message>
    <message>
        <source>Find a free sl&amp;ot…</source>
        <translation>Buscar hueco &amp;libre…</translation>
    </message>
    <message>
        <source>The next free slots for a service</source>
        <translation>Los próximos huecos libres para un servicio</translation>
    </message>
    <message>
        <source>Services &amp;menu…</source>
        <translation>Ca&amp;rta de servicios…</translation>
    </message>
    <message>
        <source>The services the firm offers, their usual length and price</source>
        <translation>Los servicios que ofrece el negocio, su duración habitual y su precio</translation>
    </message>
    <message>
        <source>&amp;Print day sheet</source>
        <translation>Im&amp;primir hoja del día</translation>
    </message>
    <message>
        <source>Print the day sheet or save it as PDF</source>
        <translation>Imprimir la hoja del día o guardarla como PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar c&amp;omo PDF…</translation>
    </message>
    <message>
        <source>Nobody works on this day.</source>
        <translation>Nadie trabaja este día.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Client cancelled</source>
        <translation>Cancelada por el cliente</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Cancelación tardía</translation>
    </message>
    <message>
        <source>We cancelled</source>
        <translation>Cancelada por nosotros</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>Print briefing card</source>
        <translation>Imprimir ficha</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>Save card as PDF</source>
        <translation>Guardar ficha como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the card failed</source>
        <translation>No se pudo guardar la ficha</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Preference category</source>
        <translation>Categoría de preferencia</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to add</source>
        <translation>
            <numerusform>%n lista para añadir</numerusform>
            <numerusform>%n listas para añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for someone already in the book or earlier in the file</source>
        <translation>
            <numerusform>%n de alguien que ya está en la agenda o aparece antes en el archivo</numerusform>
            <numerusform>%n de alguien que ya está en la agenda o aparece antes en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n rows with problems</source>
        <translation>
            <numerusform>Omitir %n fila con problemas</numerusform>
            <numerusform>Omitir las %n filas con problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashPrompt</name>
    <message>
        <source>This booking clashes</source>
        <translation>Esta cita se solapa</translation>
    </message>
    <message>
        <source>%1

Double bookings are sometimes meant (a colour processing while another client is cut).</source>
        <translation>%1

A veces se quiere una cita doble (un tinte actuando mientras se corta a otro cliente).</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>&amp;Reservar igualmente</translation>
    </message>
    <message>
        <source>&amp;Pick another slot</source>
        <translation>&amp;Elegir otra hora</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Edit client — {name}</source>
        <translation>Editar cliente — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Nombre de &amp;pila:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>G&amp;reet as:</source>
        <translation>&amp;Saludar como:</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Saludar como</translation>
    </message>
    <message>
        <source>How they like to be greeted, e.g. Mrs Smith</source>
        <translation>Cómo prefiere que se le salude, p. ej. Sra. García</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Several numbers? Separate them with ;</source>
        <translation>¿Varios números? Sepáralos con ;</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
        <source>Assigned designer</source>
        <translation>Profesional asignado</translation>
    </message>
    <message>
        <source>What to remember about the client</source>
        <translation>Lo que conviene recordar del cliente</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Arc&amp;hived — hidden from lists and reminders</source>
        <translation>Arc&amp;hivado — oculto en listas y recordatorios</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>Guardar (Ctrl+Enter o Ctrl+S)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>Día del cumpleaños</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Mes del cumpleaños</translation>
    </message>
    <message>
        <source>&amp;Year known</source>
        <translation>Año conoc&amp;ido</translation>
    </message>
    <message>
        <source>Birth year known</source>
        <translation>Año de nacimiento conocido</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>C&amp;umpleaños:</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactivo)</translation>
    </message>
    <message>
        <source>Given name + family name, e.g. Olena Shevchenko</source>
        <translation>Nombre de pila + apellidos, p. ej. Olena Shevchenko</translation>
    </message>
    <message>
        <source>Choose both a day and a month.</source>
        <translation>Elige un día y un mes.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Esta fecha no existe.</translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation>No se pudo guardar el cliente</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this client will be lost.</source>
        <translation>¿Cerrar sin guardar? Se perderá lo que has escrito para este cliente.</translation>
    </message>
    <message>
        <source>name and phone number</source>
        <translation>nombre y teléfono</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>{who} already has the same {what}.</source>
        <translation>{who} ya tiene el mismo {what}.</translation>
    </message>
    <message>
        <source>…and more. Similar clients in all: %1.</source>
        <translation>…y más. Clientes parecidos en total: %1.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation>Posible cliente duplicado</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Matched by phone, email or a preference</source>
        <translation>Coincide por teléfono, correo o una preferencia</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Book for which client?</source>
        <translation>¿Cita para qué cliente?</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Nombre, teléfono o correo</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clientes que coinciden</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
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
        <translation>Ficha</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email or preference…</source>
        <translation>Buscar por nombre, teléfono, correo o preferencia…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Incluir archivados</translation>
    </message>
    <message>
        <source>Also list clients who have been archived</source>
        <translation>Mostrar también los clientes archivados</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>No client matches &apos;{query}&apos; — add a new client with Ctrl+N</source>
        <translation>Ningún cliente coincide con “{query}” — añade uno nuevo con Ctrl+N</translation>
    </message>
    <message>
        <source>Showing the first {count} matches — type more to narrow them down</source>
        <translation>Se muestran las primeras {count} coincidencias — escribe más para acotar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients found</source>
        <translation>
            <numerusform>%Ln cliente encontrado</numerusform>
            <numerusform>%Ln clientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet — add the first with Ctrl+N</source>
        <translation>Aún no hay clientes — añade el primero con Ctrl+N</translation>
    </message>
    <message>
        <source>Every client is archived — tick &apos;Include archived&apos; to see them</source>
        <translation>Todos los clientes están archivados — marca “Incluir archivados” para verlos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Ocasión:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Idioma del mensaje</translation>
    </message>
    <message>
        <source>Send an&amp;yway</source>
        <translation>Enviar de todos &amp;modos</translation>
    </message>
    <message>
        <source>Go ahead although the client&apos;s contact wishes say not now</source>
        <translation>Seguir adelante aunque las preferencias de contacto del cliente digan que ahora no</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Lo&amp;g the contact</source>
        <translation>&amp;Registrar el contacto</translation>
    </message>
    <message>
        <source>Record the contact with its channel and occasion, so the contact rules know</source>
        <translation>Registrar el contacto con su canal y su ocasión, para que las reglas de contacto lo tengan en cuenta</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Corr&amp;eo</translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <source>Open the e-mail app with this message</source>
        <translation>Abrir la aplicación de correo con este mensaje</translation>
    </message>
    <message>
        <source>Open the text messaging app (Phone Link, Messages, KDE Connect) with this message</source>
        <translation>Abrir la aplicación de mensajes de texto (Enlace Móvil, Mensajes, KDE Connect) con este mensaje</translation>
    </message>
    <message>
        <source>Open WhatsApp with this message</source>
        <translation>Abrir WhatsApp con este mensaje</translation>
    </message>
    <message>
        <source>Open the chat in Viber; the text is copied, paste it there</source>
        <translation>Abrir el chat en Viber; el texto queda copiado, péguelo allí</translation>
    </message>
    <message>
        <source>Open the chat in Telegram; the text is copied, paste it there</source>
        <translation>Abrir el chat en Telegram; el texto queda copiado, péguelo allí</translation>
    </message>
    <message>
        <source>Copy the text to paste it anywhere</source>
        <translation>Copiar el texto para pegarlo donde quiera</translation>
    </message>
    <message>
        <source>Call the client&apos;s number</source>
        <translation>Llamar al número del cliente</translation>
    </message>
    <message>
        <source>✓ The client&apos;s contact wishes allow a message now.</source>
        <translation>✓ Las preferencias de contacto del cliente permiten enviarle un mensaje ahora.</translation>
    </message>
    <message>
        <source>Promised: %1 (due %2)</source>
        <translation>Compromiso: %1 (vence el %2)</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link; the text is on the clipboard.</source>
        <translation>Ninguna aplicación de este equipo abre este tipo de enlace; el texto está en el portapapeles.</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>No se pudo registrar el contacto</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another desk</source>
        <translation>Otro puesto</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Cambiado en otro puesto</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it. Nothing of yours has been saved yet, and nothing is lost: choose what to keep.</source>
        <translation>%1 guardó este registro después de que usted lo abriera. Todavía no se ha guardado nada suyo y no se pierde nada: elija qué conservar.</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Campos cambiados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Cuando lo abrió</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Lo de usted</translation>
    </message>
    <message>
        <source>Theirs
%1</source>
        <translation>Lo suyo
%1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>Keep their changes and add yours</source>
        <translation>Conservar sus cambios y añadir los de usted</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>&amp;Usar lo mío</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Guardar su versión sobre la de ellos</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Mantener lo suyo</translation>
    </message>
    <message>
        <source>Throw your changes away and show theirs</source>
        <translation>Descartar sus cambios y mostrar los de ellos</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;después</translation>
    </message>
    <message>
        <source>Go back to your form as you typed it (Esc)</source>
        <translation>Volver a su formulario tal como lo escribió (Esc)</translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation>Su versión y la de ellos son iguales.</translation>
    </message>
    <message>
        <source>They and you changed different fields: Merge keeps their changes and adds yours.</source>
        <translation>Ellos y usted cambiaron campos distintos: Combinar conserva sus cambios y añade los de usted.</translation>
    </message>
    <message>
        <source>Keep their version or use yours.</source>
        <translation>Conserve la versión de ellos o use la suya.</translation>
    </message>
    <message>
        <source>You both changed %1: keep their version or use yours.</source>
        <translation>Ambos cambiaron %1: conserve la versión de ellos o use la suya.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Estilista</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Health consent</source>
        <translation>Consentimiento de salud</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Hora de la visita</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>The connection to the shared book&apos;s server was lost; ClientBook is connecting again and then shows every desk&apos;s changes.</source>
        <translation>Se perdió la conexión con el servidor del libro compartido; ClientBook se está conectando de nuevo y después mostrará los cambios de todos los puestos.</translation>
    </message>
    <message>
        <source>Offline — changes cannot be saved</source>
        <translation>Sin conexión: no se pueden guardar cambios</translation>
    </message>
    <message>
        <source>The shared book&apos;s server cannot be reached: what you see may be out of date and no change can be saved. ClientBook keeps trying and shows everything again once it is back.</source>
        <translation>No se puede contactar con el servidor del libro compartido: lo que ve puede estar desactualizado y no se puede guardar ningún cambio. ClientBook sigue intentándolo y lo muestra todo de nuevo cuando vuelva.</translation>
    </message>
</context>
<context>
    <name>ConsistencyModel</name>
    <message>
        <source>Designer</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Their clients&apos; visits</source>
        <translation>Visitas de sus clientes</translation>
    </message>
    <message>
        <source>With them</source>
        <translation>Con su profesional</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact {name}</source>
        <translation>Contacto con {name}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>&amp;Recent contacts:</source>
        <translation>Contactos &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Contactos recientes</translation>
    </message>
    <message>
        <source>e.g. Confirmed Tuesday&apos;s appointment</source>
        <translation>p. ej. Confirmada la cita del martes</translation>
    </message>
    <message>
        <source>What about?</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>What &amp;about?</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>Respon&amp;sable:</translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation>Registrar &amp;llamada</translation>
    </message>
    <message>
        <source>Log &amp;text</source>
        <translation>Registrar &amp;mensaje</translation>
    </message>
    <message>
        <source>Log &amp;e-mail</source>
        <translation>Registrar &amp;correo</translation>
    </message>
    <message>
        <source>Log &amp;in person</source>
        <translation>Registrar en &amp;persona</translation>
    </message>
    <message>
        <source>{button} (preferred)</source>
        <translation>{button} (preferido)</translation>
    </message>
    <message>
        <source>Write down this {channel} as made now, and close</source>
        <translation>Registrar este contacto ({channel}) con la hora actual y cerrar</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>by call</source>
        <translation>por llamada</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>por mensaje</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>por correo</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>no limit on how often</source>
        <translation>sin límite de frecuencia</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>como máximo una vez cada %n día</numerusform>
            <numerusform>como máximo una vez cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>firm default: no limit</source>
        <translation>norma del negocio: sin límite</translation>
    </message>
    <message numerus="yes">
        <source>firm default: once every %n days</source>
        <translation>
            <numerusform>norma del negocio: una vez cada %n día</numerusform>
            <numerusform>norma del negocio: una vez cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Pidió que no se le contacte</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Prefers phone calls</source>
        <translation>Prefiere llamadas</translation>
    </message>
    <message>
        <source>Prefers text messages</source>
        <translation>Prefiere mensajes de texto</translation>
    </message>
    <message>
        <source>Prefers e-mail</source>
        <translation>Prefiere correo electrónico</translation>
    </message>
    <message>
        <source>Prefers to talk in person</source>
        <translation>Prefiere hablar en persona</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source> — {staff}: “{note}”</source>
        <translation> — {staff}: “{note}”</translation>
    </message>
    <message>
        <source>Never called, texted or e-mailed</source>
        <translation>Nunca se le ha llamado ni escrito</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca se le ha contactado</translation>
    </message>
    <message>
        <source>Last contacted {ago} ({when})</source>
        <translation>Último contacto: {ago} ({when})</translation>
    </message>
    <message>
        <source>⚠ They asked not to be contacted.</source>
        <translation>⚠ Pidió que no se le contacte.</translation>
    </message>
    <message>
        <source>⚠ Already contacted today — never call, text and e-mail about the same thing in one day:</source>
        <translation>⚠ Ya se le ha contactado hoy — no llames, escribas y mandes un correo por lo mismo en un solo día:</translation>
    </message>
    <message>
        <source>⚠ Too soon: last contacted {ago}; {wish}.</source>
        <translation>⚠ Demasiado pronto: último contacto {ago}; {wish}.</translation>
    </message>
    <message>
        <source>⚠ They prefer {channel}.</source>
        <translation>⚠ Prefiere {channel}.</translation>
    </message>
    <message>
        <source>the firm contacts a client {often}</source>
        <translation>el negocio contacta a cada cliente {often}</translation>
    </message>
    <message>
        <source>they asked for {often}</source>
        <translation>pidió que se le contacte {often}</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>una llamada</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>mensajes de texto</translation>
    </message>
    <message>
        <source>to talk in person</source>
        <translation>hablar en persona</translation>
    </message>
    <message>
        <source>Before you log this {channel}:</source>
        <translation>Antes de registrar este contacto ({channel}):</translation>
    </message>
    <message>
        <source>Log it anyway?</source>
        <translation>¿Registrarlo de todos modos?</translation>
    </message>
    <message>
        <source>Contact {name}?</source>
        <translation>¿Registrar el contacto con {name}?</translation>
    </message>
</context>
<context>
    <name>ContactGroup</name>
    <message>
        <source>Contacting clients</source>
        <translation>Contacto con clientes</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail to a client every so many days; 0 = no limit</source>
        <translation>Como máximo una llamada, mensaje o correo a un cliente cada tantos días; 0 = sin límite</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>How soon a promised callback should happen; 0 = no target</source>
        <translation>En cuánto tiempo hay que devolver una llamada prometida; 0 = sin objetivo</translation>
    </message>
    <message>
        <source>At most one call, text or e-mail every so many days (0 = no limit); a client&apos;s own wish on their card comes first.</source>
        <translation>Como máximo una llamada, mensaje o correo cada tantos días (0 = sin límite); lo que cada cliente haya pedido en su ficha tiene prioridad.</translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation>&amp;Descanso entre contactos:</translation>
    </message>
    <message>
        <source>Quiet period in days</source>
        <translation>Descanso entre contactos en días</translation>
    </message>
    <message>
        <source>Callback &amp;target:</source>
        <translation>Devolver &amp;llamadas en:</translation>
    </message>
    <message>
        <source>Callback target in minutes</source>
        <translation>Plazo para devolver llamadas, en minutos</translation>
    </message>
</context>
<context>
    <name>ContactWishesEditor</name>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>How the client prefers to be contacted</source>
        <translation>Cómo prefiere el cliente que se le contacte</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message numerus="yes">
        <source>Firm default (%n days)</source>
        <translation>
            <numerusform>Norma del negocio (%n día)</numerusform>
            <numerusform>Norma del negocio (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most once every this many days</source>
        <translation>Como máximo una vez cada tantos días</translation>
    </message>
    <message>
        <source>The shortest gap between calls, texts and e-mails to this client. 0 means no limit.</source>
        <translation>El tiempo mínimo entre llamadas, mensajes y correos a este cliente. 0 significa sin límite.</translation>
    </message>
    <message>
        <source>At mo&amp;st once every</source>
        <translation>Como &amp;máximo una vez cada</translation>
    </message>
    <message>
        <source>Do not conta&amp;ct</source>
        <translation>No contacta&amp;r</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>The client asked not to be called, texted or e-mailed</source>
        <translation>El cliente pidió que no se le llame, escriba ni mande correos</translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation>Idioma de los mensajes</translation>
    </message>
    <message>
        <source>The language messages to this client are written in</source>
        <translation>El idioma en que se escriben los mensajes a este cliente</translation>
    </message>
    <message>
        <source>The firm&apos;s language</source>
        <translation>El idioma de la empresa</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
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
        <translation>ClientBook se ha encontrado con un problema inesperado. Lo que ya estaba guardado está a salvo; un formulario que estuviera abierto puede no haberse guardado.

Los detalles están en el archivo de registro:
%1

Si vuelve a ocurrir, envía ese archivo a quien se encargue de tu ClientBook.</translation>
    </message>
    <message>
        <source>ClientBook ran into a problem</source>
        <translation>ClientBook ha tenido un problema</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Abrir carpeta del registro</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuar trabajando</translation>
    </message>
    <message>
        <source>&amp;Quit ClientBook</source>
        <translation>&amp;Salir de ClientBook</translation>
    </message>
    <message>
        <source>ClientBook could not do that</source>
        <translation>ClientBook no ha podido hacerlo</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>No one</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Have ready: %1</source>
        <translation>Tener preparado: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Evitar: %1</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Cumpleaños hoy</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>Recompensa pendiente</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Imprimir la hoja del día</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Guardar la hoja del día como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the day sheet failed</source>
        <translation>No se pudo guardar la hoja del día</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Day calendar</source>
        <translation>Agenda del día</translation>
    </message>
</context>
<context>
    <name>DesignersModel</name>
    <message>
        <source>Designer</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation>Mismo profesional</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>Compromisos a tiempo</translation>
    </message>
</context>
<context>
    <name>DeskNameRow</name>
    <message>
        <source>Who made a change, in the history and when two desks change the same record; kept on this computer (empty: the computer&apos;s name)</source>
        <translation>Quién hizo un cambio, en el historial y cuando dos puestos cambian el mismo registro; se guarda en este ordenador (vacío: el nombre del ordenador)</translation>
    </message>
    <message>
        <source>Could not keep the desk name</source>
        <translation>No se pudo guardar el nombre del puesto</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n fila con problemas</numerusform>
            <numerusform>%n filas con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second e-mail(s) kept in the clients&apos; notes.</source>
        <translation>
            <numerusform>%n segundo correo electrónico guardado en las notas del cliente.</numerusform>
            <numerusform>%n segundos correos electrónicos guardados en las notas de los clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes of %n merged row(s) appended to the clients&apos; notes.</source>
        <translation>
            <numerusform>Notas de %n fila combinada añadidas a las notas del cliente.</numerusform>
            <numerusform>Notas de %n filas combinadas añadidas a las notas de los clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s) kept without the year, which was not a plausible birth year (line(s) %1).</source>
        <translation>
            <numerusform>%n cumpleaños guardado sin el año, que no era un año de nacimiento verosímil (línea %1).</numerusform>
            <numerusform>%n cumpleaños guardados sin el año, que no era un año de nacimiento verosímil (líneas %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Birthday month %1 is not between 1 and 12.</source>
        <translation>El mes del cumpleaños (%1) debe estar entre 1 y 12.</translation>
    </message>
    <message>
        <source>Birthday year %1 is not plausible.</source>
        <translation>El año de nacimiento %1 no parece correcto.</translation>
    </message>
    <message>
        <source>%1 is not a real date: that month has %2 days.</source>
        <translation>%1 no es una fecha real: ese mes tiene %2 días.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation>El día %1 no existe en el mes %2.</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date: use YYYY-MM-DD, or --MM-DD when the year is unknown.</source>
        <translation>El cumpleaños %1 no es una fecha: usa AAAA-MM-DD, o --MM-DD si no se sabe el año.</translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation>El número de días de antelación no puede ser negativo.</translation>
    </message>
    <message>
        <source>Birthday %1 is not a date ClientBook can read; write it like %2.</source>
        <translation>ClientBook no entiende el cumpleaños %1; escríbelo de una de estas formas: %2.</translation>
    </message>
    <message>
        <source>%1 The birthday was written %2.</source>
        <translation>%1 El cumpleaños estaba escrito así: %2.</translation>
    </message>
    <message>
        <source>The quiet period is 0 to %1 days.</source>
        <translation>El descanso entre contactos debe ser de 0 a %1 días.</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount; write it like 45.50.</source>
        <translation>%1: %2 no es un importe; escríbelo así: 45.50.</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount.</source>
        <translation>%1: %2 no es un importe válido.</translation>
    </message>
    <message>
        <source>%1 %2 is negative.</source>
        <translation>%1: %2 no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 %2 is too large for an amount.</source>
        <translation>%1: %2 es demasiado grande para un importe.</translation>
    </message>
    <message>
        <source>%1 %2 has more than two decimals.</source>
        <translation>%1: %2 tiene más de dos decimales.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre no puede tener más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Notes are longer than %1 characters.</source>
        <translation>Las notas no pueden tener más de %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation>%1 no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>A preference needs a value.</source>
        <translation>Cada preferencia necesita un valor.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Nothing was changed.</source>
        <translation>No se pudo guardar la copia de seguridad en %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Cannot restore from this file: %1 Nothing was changed.</source>
        <translation>No se puede restaurar desde este archivo: %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restoring failed: %1. The data as it was is in %2.</source>
        <translation>No se pudo restaurar: %1. Los datos tal como estaban se guardan en %2.</translation>
    </message>
    <message>
        <source>Restoring failed: %1.</source>
        <translation>No se pudo restaurar: %1.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>No hay ningún cliente con el id. %1.</translation>
    </message>
    <message>
        <source>This service is not on the menu.</source>
        <translation>Este servicio no está en la carta de servicios.</translation>
    </message>
    <message>
        <source>Only a booking still to come can be moved; this one is %1.</source>
        <translation>Solo se puede mover una cita pendiente; esta está en estado %1.</translation>
    </message>
    <message>
        <source>A cancellation reason is client, late or firm.</source>
        <translation>El motivo de cancelación es client, late o firm.</translation>
    </message>
    <message>
        <source>The assigned designer does not exist.</source>
        <translation>El profesional asignado ya no existe; elige otro.</translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted.</source>
        <translation>Este cliente ya no existe; puede que se haya borrado.</translation>
    </message>
    <message>
        <source>No client given.</source>
        <translation>No se ha indicado ningún cliente.</translation>
    </message>
    <message>
        <source>%1 matches %2 clients; use the client id instead.</source>
        <translation>%1 coincide con %2 clientes; usa mejor el id. del cliente.</translation>
    </message>
    <message>
        <source>No client matches %1.</source>
        <translation>Ningún cliente coincide con %1.</translation>
    </message>
    <message>
        <source>Choose which column holds the client&apos;s name.</source>
        <translation>Elige qué columna contiene el nombre del cliente.</translation>
    </message>
    <message>
        <source>Only one column can be %1.</source>
        <translation>Solo una columna puede importarse como %1.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>id %1 is not a whole number.</source>
        <translation>El id %1 no es un número entero.</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>No hay ningún miembro del equipo con el id. %1.</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>La nota debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Cells can be separated by a comma, a semicolon or a tab, not %1.</source>
        <translation>Las celdas pueden separarse con coma, punto y coma o tabulador, no con %1.</translation>
    </message>
    <message>
        <source>Cannot export %1; choose one of %2.</source>
        <translation>No se puede exportar %1; elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not %2.</source>
        <translation>%1 debe ser yes o no, pero es %2.</translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time; use YYYY-MM-DD HH:MM.</source>
        <translation>%1: %2 no es una fecha y hora; usa el formato AAAA-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>Cannot import %1; choose one of %2.</source>
        <translation>No se puede importar %1; elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1 looks like %2, not ClientBook clients CSV. Import it as contacts: clientbook import contacts %3 (in the window: File → Import contacts…).</source>
        <translation>%1 parece %2, no un CSV de clientes de ClientBook. Impórtalo como contactos: clientbook import contacts %3 (en la ventana: Archivo → Importar contactos…).</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): unknown column(s) %4; the columns are: %5.</source>
        <translation>%1 no es un CSV de ClientBook de tipo %2 (parece ser %3): columnas desconocidas: %4; las columnas válidas son: %5.</translation>
    </message>
    <message>
        <source>%1 is not ClientBook %2 CSV (it looks like %3): a column it needs is missing; the columns are: %4.</source>
        <translation>%1 no es un CSV de ClientBook de tipo %2 (parece ser %3): falta una columna necesaria; las columnas válidas son: %4.</translation>
    </message>
    <message>
        <source>%1 looks like ClientBook %2 CSV, not contacts; import it as that kind.</source>
        <translation>%1 parece un CSV de ClientBook de tipo %2, no de contactos; impórtalo como ese tipo.</translation>
    </message>
    <message>
        <source>%1 has no header row (it has no lines with text); the first line should name the columns.</source>
        <translation>%1 no tiene fila de encabezado (no hay ninguna línea con texto); la primera línea debe dar nombre a las columnas.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 columns but ClientBook reads at most %4; check that the right delimiter is chosen, or remove the columns you do not need.</source>
        <translation>La línea %1 de %2 tiene %3 columnas, pero ClientBook lee como máximo %4; comprueba que has elegido el delimitador correcto o quita las columnas que no necesites.</translation>
    </message>
    <message>
        <source>Line %1 of %2 contains a NUL character, which text never has; the file is damaged or not saved as text (CSV).</source>
        <translation>La línea %1 de %2 contiene un carácter NUL, que nunca aparece en un texto; el archivo está dañado o no se ha guardado como texto (CSV).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell is never closed; check for a stray &quot; on that line (a cell that starts with a quote must end with one).</source>
        <translation>Línea %1 de %2: una celda entre comillas no se cierra nunca; busca unas comillas &quot; sueltas en esa línea (una celda que empieza con comillas debe terminar con comillas).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a quoted cell has more text after its closing quote; check for a stray &quot; (inside a quoted cell a quote is written twice: &quot;&quot;).</source>
        <translation>Línea %1 de %2: una celda entre comillas tiene más texto después de las comillas de cierre; busca unas comillas &quot; sueltas (dentro de una celda entre comillas, las comillas se escriben dobles: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as CSV (%3).</source>
        <translation>La línea %1 de %2 no se puede leer como CSV (%3).</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; this usually means a &quot; opens a quoted cell that is never closed; check the file in a spreadsheet program.</source>
        <translation>Línea %1 de %2: una celda ocupa más de 1 MB; normalmente eso significa que unas comillas &quot; abren una celda que nunca se cierra; revisa el archivo en un programa de hojas de cálculo.</translation>
    </message>
    <message>
        <source>Line %1 of %2: a cell is larger than 1 MB; check the file in a spreadsheet program.</source>
        <translation>Línea %1 de %2: una celda ocupa más de 1 MB; revisa el archivo en un programa de hojas de cálculo.</translation>
    </message>
    <message>
        <source>This client book already has data; use --force to add demo data anyway.</source>
        <translation>Esta agenda ya tiene datos; usa --force para añadir los datos de ejemplo de todos modos.</translation>
    </message>
    <message>
        <source>The number of demo clients cannot be negative.</source>
        <translation>El número de clientes de ejemplo no puede ser negativo.</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>Spend is too large for an amount.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>An appointment needs a duration.</source>
        <translation>La cita necesita una duración.</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>Indica qué se prometió.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Esta cita ya no existe.</translation>
    </message>
    <message>
        <source>This appointment already has its visit (id %1); correct that visit instead of logging a second one.</source>
        <translation>Esta cita ya tiene su visita (id %1); corrija esa visita en lugar de registrar una segunda.</translation>
    </message>
    <message>
        <source>This promise no longer exists.</source>
        <translation>Este compromiso ya no existe.</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled.</source>
        <translation>Este compromiso ya está cumplido o cancelado.</translation>
    </message>
    <message>
        <source>Choose a new due time that is still to come.</source>
        <translation>Elige un nuevo plazo que aún no haya pasado.</translation>
    </message>
    <message>
        <source>Nothing imported: the file has rows with problems (%1). Fix them in the file, or choose to skip those rows.</source>
        <translation>No se ha importado nada: el archivo tiene filas con problemas (%1). Corrígelas en el archivo o elige omitir esas filas.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <source>The last import (%1, %2) was already undone. To undo an earlier import, list them and name the one to undo.</source>
        <translation>La última importación (%1, %2) ya se deshizo. Para deshacer una importación anterior, lístelas e indique cuál deshacer.</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>No hay ninguna importación con id %1.</translation>
    </message>
    <message>
        <source>Import %1 (%2) was already undone.</source>
        <translation>La importación %1 (%2) ya se deshizo.</translation>
    </message>
    <message>
        <source>Nothing undone: %1</source>
        <translation>No se deshizo nada: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was saved.</source>
        <translation>Importación cancelada; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>%1 cells but the header has %2.</source>
        <translation>%1 celdas, pero el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>id %1 is also on line %2.</source>
        <translation>El id %1 también aparece en la línea %2.</translation>
    </message>
    <message>
        <source>%1 has no header row: its first line is empty.</source>
        <translation>%1 no tiene fila de encabezado: su primera línea está vacía.</translation>
    </message>
    <message>
        <source>%1: the column %2 appears twice in the header.</source>
        <translation>%1: la columna %2 aparece dos veces en el encabezado.</translation>
    </message>
    <message>
        <source>There is no loyalty rule; set one in Settings first.</source>
        <translation>No hay ninguna regla de fidelización; define una primero en Configuración.</translation>
    </message>
    <message>
        <source>No reward is due for this client yet.</source>
        <translation>A este cliente aún no le toca ningún premio.</translation>
    </message>
    <message>
        <source>This reward is no longer recorded.</source>
        <translation>Este premio ya no está registrado.</translation>
    </message>
    <message>
        <source>client_id %1 is not a client in this book.</source>
        <translation>client_id %1 no corresponde a ningún cliente de esta agenda.</translation>
    </message>
    <message>
        <source>Give the client: a client_id, or a phone, email or name.</source>
        <translation>Indica el cliente: un client_id, o un teléfono, correo electrónico o nombre.</translation>
    </message>
    <message>
        <source>id %1 is not a whole number above 0.</source>
        <translation>El id %1 no es un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>%1 id %2 is already in this book; leave the id empty to add it as a new one.</source>
        <translation>Ya hay un registro %1 con el id %2 en esta agenda; deja el id vacío para añadirlo como nuevo.</translation>
    </message>
    <message>
        <source>category %1 is not one of: %2.</source>
        <translation>La categoría (category) %1 no es ninguna de estas: %2.</translation>
    </message>
    <message>
        <source>value is empty.</source>
        <translation>La columna value está vacía.</translation>
    </message>
    <message>
        <source>status %1 is not one of: %2.</source>
        <translation>El estado (status) %1 no es ninguno de estos: %2.</translation>
    </message>
    <message>
        <source>duration_min %1 is not a whole number.</source>
        <translation>duration_min %1 no es un número entero.</translation>
    </message>
    <message>
        <source>duration_min must be more than 0.</source>
        <translation>duration_min debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>duration_min %1 is longer than a day (%2 minutes).</source>
        <translation>duration_min %1 es más de un día (%2 minutos).</translation>
    </message>
    <message>
        <source>text is empty: say what was promised.</source>
        <translation>La columna text está vacía: indica qué se prometió.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>La columna %1 está vacía.</translation>
    </message>
    <message>
        <source>The currency needs a three-letter code such as EUR.</source>
        <translation>La moneda necesita un código de tres letras, como EUR.</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use one such as GB, ES or CN, or leave it empty.</source>
        <translation>“%1” no es un código de país para números de teléfono; usa uno como ES, MX o GB, o déjalo vacío.</translation>
    </message>
    <message>
        <source>Birthday reminders look 0 to %1 days ahead.</source>
        <translation>Los recordatorios de cumpleaños admiten de 0 a %1 días de antelación.</translation>
    </message>
    <message>
        <source>The loyalty rule is off, by visits or by spend.</source>
        <translation>La regla de fidelización puede estar desactivada, ser por visitas o por gasto.</translation>
    </message>
    <message>
        <source>A reward comes every 2 to %1 visits.</source>
        <translation>El número de visitas por premio debe estar entre 2 y %1.</translation>
    </message>
    <message>
        <source>Describe the reward in at most %1 characters.</source>
        <translation>Describe el premio en %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Call back within 0 (no target) to %1 minutes.</source>
        <translation>El plazo para devolver llamadas debe ser de 0 (sin objetivo) a %1 minutos.</translation>
    </message>
    <message>
        <source>Flag clients not seen for 1 to %1 years, or 0 for never.</source>
        <translation>Para señalar a los clientes que no vienen, elige de 1 a %1 años, o 0 para no hacerlo nunca.</translation>
    </message>
    <message>
        <source>Nudge 1 to %1 minutes before an appointment, or 0 for never.</source>
        <translation>El aviso de cita debe ser de 1 a %1 minutos antes, o 0 para no avisar nunca.</translation>
    </message>
    <message>
        <source>Start at login is 1 (yes) or 0 (no).</source>
        <translation>El inicio automático debe ser 1 (sí) o 0 (no).</translation>
    </message>
    <message>
        <source>Keep the firm&apos;s name under %1 characters.</source>
        <translation>El nombre de la empresa debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use one such as Europe/London, or leave it empty for this computer&apos;s.</source>
        <translation>«%1» no es una zona horaria; use una como Europe/London, o déjelo vacío para usar la de este ordenador.</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>No hay ningún ajuste llamado %1.</translation>
    </message>
    <message>
        <source>The spend for a reward needs an amount above 0, such as 500.</source>
        <translation>El gasto por premio necesita un importe mayor que 0, como 500.</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>El miembro del equipo necesita un nombre.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Este miembro del equipo ya no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an encoding ClientBook knows; choose one from the list.</source>
        <translation>%1 no es una codificación que ClientBook conozca; elige una de la lista.</translation>
    </message>
    <message>
        <source>%1 is empty, so there is nothing to import; check that you chose the right file.</source>
        <translation>%1 está vacío, así que no hay nada que importar; comprueba que has elegido el archivo correcto.</translation>
    </message>
    <message>
        <source>%1 does not look like a text file (CSV or vCard); save or export the contacts as CSV or vCard and choose that file.</source>
        <translation>%1 no parece un archivo de texto (CSV o vCard); guarda o exporta los contactos como CSV o vCard y elige ese archivo.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding, perhaps %4.</source>
        <translation>La línea %1 de %2 no se puede leer como %3; elige otra codificación, quizá %4.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read as %3; choose another encoding.</source>
        <translation>La línea %1 de %2 no se puede leer como %3; elige otra codificación.</translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line, so it was not read; the file may have been cut short.</source>
        <translation>este contacto no tiene línea END:VCARD, así que no se ha leído; puede que el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (a line cannot be read: %1).</source>
        <translation>este contacto está dañado y no se ha leído (no se puede leer una línea: %1).</translation>
    </message>
    <message>
        <source>this contact is damaged and was not read (%1).</source>
        <translation>este contacto está dañado y no se ha leído (%1).</translation>
    </message>
    <message>
        <source>%1 has no contacts in vCard format (no BEGIN:VCARD line); export the contacts again as vCard (.vcf) or CSV.</source>
        <translation>%1 no contiene contactos en formato vCard (no hay ninguna línea BEGIN:VCARD); vuelve a exportar los contactos como vCard (.vcf) o CSV.</translation>
    </message>
    <message>
        <source>this contact was not read: line %1 is larger than 1 MB (%2 characters); check the file in a contacts program.</source>
        <translation>este contacto no se ha leído: la línea %1 ocupa más de 1 MB (%2 caracteres); revisa el archivo en un programa de contactos.</translation>
    </message>
    <message>
        <source>this contact was not read: it is larger than 2 MB (past line %1); check the file in a contacts program.</source>
        <translation>este contacto no se ha leído: ocupa más de 2 MB (pasada la línea %1); revisa el archivo en un programa de contactos.</translation>
    </message>
    <message>
        <source>its text is not in the character set it declares</source>
        <translation>su texto no está en el juego de caracteres que declara</translation>
    </message>
    <message>
        <source>SQLite could not copy the data (%1)</source>
        <translation>SQLite no pudo copiar los datos (%1)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database.</source>
        <translation>%1 no es una base de datos de ClientBook.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3).</source>
        <translation>%1 se creó con una versión más reciente de ClientBook (formato de datos %2; esta versión lee hasta el %3).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation>%1 no se puede leer como base de datos (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 no se puede leer (%2).</translation>
    </message>
    <message>
        <source>the new backup did not check out: %1</source>
        <translation>la nueva copia de seguridad no ha superado la comprobación: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>El disco donde está %1 está lleno, así que el cambio no se ha guardado. Libera espacio y vuelve a intentarlo; no se ha perdido nada de lo que ya estaba guardado.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open its data. Free some space and try again.</source>
        <translation>El disco donde está %1 está lleno, así que ClientBook no puede abrir sus datos. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so the change was not saved. Close it (or wait for it to finish) and try again; nothing already saved was lost.</source>
        <translation>Otro programa está usando los datos de ClientBook en %1, así que el cambio no se ha guardado. Ciérralo (o espera a que termine) y vuelve a intentarlo; no se ha perdido nada de lo que ya estaba guardado.</translation>
    </message>
    <message>
        <source>Another program is using the ClientBook data in %1, so ClientBook cannot open its data. Close it (or wait for it to finish) and try again.</source>
        <translation>Otro programa está usando los datos de ClientBook en %1, así que ClientBook no puede abrir sus datos. Ciérralo (o espera a que termine) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so the change was not saved. Restore a backup or move it away.</source>
        <translation>%1 no es una base de datos de ClientBook utilizable: está dañada (%2), así que el cambio no se ha guardado. Restaura una copia de seguridad o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it is damaged (%2), so ClientBook cannot open its data. Restore a backup or move it away.</source>
        <translation>%1 no es una base de datos de ClientBook utilizable: está dañada (%2), así que ClientBook no puede abrir sus datos. Restaura una copia de seguridad o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so the change was not saved. Check the disk or network connection and try again; nothing already saved was lost.</source>
        <translation>El disco ha dado un error (%1) con %2, así que el cambio no se ha guardado. Comprueba el disco o la conexión de red y vuelve a intentarlo; no se ha perdido nada de lo que ya estaba guardado.</translation>
    </message>
    <message>
        <source>The disk reported an error (%1) for %2, so ClientBook cannot open its data. Check the disk or network connection and try again.</source>
        <translation>El disco ha dado un error (%1) con %2, así que ClientBook no puede abrir sus datos. Comprueba el disco o la conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server %1 refused the user or password. Put the password in PostgreSQL&apos;s password file (.pgpass) or a service file, or ask the administrator for access; ClientBook never stores it.</source>
        <translation>El servidor %1 rechazó el usuario o la contraseña. Ponga la contraseña en el archivo de contraseñas de PostgreSQL (.pgpass) o en un archivo de servicio, o pida acceso al administrador; ClientBook nunca la guarda.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check its name, or ask the administrator to create it (createdb).</source>
        <translation>La base de datos %1 no existe en el servidor. Compruebe su nombre o pida al administrador que la cree (createdb).</translation>
    </message>
    <message>
        <source>The user %1 may not use the database %2. Ask the administrator to grant access.</source>
        <translation>El usuario %1 no tiene permiso para usar la base de datos %2. Pida acceso al administrador.</translation>
    </message>
    <message>
        <source>The PostgreSQL server for %1 could not be reached (%2). Check that it is running and that this computer may connect to it, then try again.</source>
        <translation>No se pudo conectar con el servidor PostgreSQL de %1 (%2). Compruebe que está en marcha y que este equipo puede conectarse a él, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Leave the password out of the address %1: ClientBook never keeps one. Put it in PostgreSQL&apos;s password file (.pgpass) or a service file, then try again.</source>
        <translation>Quite la contraseña de la dirección %1: ClientBook nunca guarda ninguna. Póngala en el archivo de contraseñas de PostgreSQL (.pgpass) o en un archivo de servicio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The user may read %1 but not set up ClientBook&apos;s tables there (%2). Ask the administrator to make this user the database&apos;s owner.</source>
        <translation>El usuario puede leer %1 pero no crear allí las tablas de ClientBook (%2). Pida al administrador que haga a este usuario propietario de la base de datos.</translation>
    </message>
    <message>
        <source>The book %1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook on this computer; the book was left untouched.</source>
        <translation>El libro %1 lo escribió un ClientBook más reciente (formato de datos %2; esta versión lee hasta el %3). Instale el ClientBook más reciente en este equipo; el libro no se ha tocado.</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, so it is not a ClientBook book. ClientBook left it untouched; give it an empty database of its own.</source>
        <translation>La base de datos %1 contiene tablas de otro programa, así que no es un libro de ClientBook. ClientBook no la ha tocado; dele una base de datos vacía propia.</translation>
    </message>
    <message>
        <source>Another desk was saving the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Otro puesto estaba guardando los mismos registros en el mismo momento; no se guardó nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation>La base de datos ha rechazado el cambio: %1.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to make that change; ask the administrator. Nothing was saved.</source>
        <translation>El servidor %1 no permite a este usuario hacer ese cambio; consulte al administrador. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to read that; ask the administrator.</source>
        <translation>El servidor %1 no permite a este usuario leer eso; consulte al administrador.</translation>
    </message>
    <message>
        <source>The change was not saved: the server %1 could not be reached (%2). Check the network and try again; nothing already saved was lost.</source>
        <translation>El cambio no se ha guardado: no se pudo conectar con el servidor %1 (%2). Compruebe la red y vuelva a intentarlo; no se ha perdido nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the folder exists and that you may read and write it.</source>
        <translation>No se puede abrir %1: %2. Comprueba que la carpeta existe y que tienes permiso para leer y escribir en ella.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1.</source>
        <translation>No se pudo guardar el cambio: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>No se puede usar %1: %2.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>El archivo de datos %1 es de solo lectura, así que el cambio no se ha guardado. Revisa los permisos del archivo y de su carpeta (o si el disco está protegido contra escritura); no se ha perdido nada de lo que ya estaba guardado.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so the change was not saved. Check the permissions of the file and of its folder (or whether the disk is write-protected); nothing already saved was lost.</source>
        <translation>La carpeta de datos %1 es de solo lectura, así que el cambio no se ha guardado. Revisa los permisos del archivo y de su carpeta (o si el disco está protegido contra escritura); no se ha perdido nada de lo que ya estaba guardado.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>El archivo de datos %1 es de solo lectura, así que ClientBook no puede abrir sus datos. Revisa los permisos del archivo y de su carpeta (o si el disco está protegido contra escritura).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so ClientBook cannot open its data. Check the permissions of the file and of its folder (or whether the disk is write-protected).</source>
        <translation>La carpeta de datos %1 es de solo lectura, así que ClientBook no puede abrir sus datos. Revisa los permisos del archivo y de su carpeta (o si el disco está protegido contra escritura).</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook no puede leer %1: %2. Revisa los permisos de la carpeta (o si el disco está protegido contra escritura).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot read it. Free some space and try again.</source>
        <translation>El disco donde está %1 está lleno, así que ClientBook no puede leerlo. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>ClientBook cannot read %1: %2.</source>
        <translation>ClientBook no puede leer %1: %2.</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook no puede abrir %1: %2. Revisa los permisos de la carpeta (o si el disco está protegido contra escritura).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot open it. Free some space and try again.</source>
        <translation>El disco donde está %1 está lleno, así que ClientBook no puede abrirlo. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>ClientBook cannot open %1: %2.</source>
        <translation>ClientBook no puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2. Check the folder&apos;s permissions (or whether the disk is write-protected).</source>
        <translation>ClientBook no puede crear su archivo de datos en %1: %2. Revisa los permisos de la carpeta (o si el disco está protegido contra escritura).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so ClientBook cannot create its data file in it. Free some space and try again.</source>
        <translation>El disco donde está %1 está lleno, así que ClientBook no puede crear en él su archivo de datos. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>ClientBook cannot create its data file in %1: %2.</source>
        <translation>ClientBook no puede crear su archivo de datos en %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a usable ClientBook database (it may have been damaged). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 está vacío (0 bytes), así que no es una base de datos de ClientBook utilizable (puede que se haya dañado). ClientBook no lo ha tocado; restaura una copia de seguridad o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header (the first 100 bytes) is damaged. ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 no es una base de datos de ClientBook utilizable: su encabezado (los primeros 100 bytes) está dañado. ClientBook no lo ha tocado; restaura una copia de seguridad o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>%1 is not a ClientBook database: it is not a database file at all. ClientBook left it untouched; move it away or choose another data folder with --data-dir.</source>
        <translation>%1 no es una base de datos de ClientBook: ni siquiera es un archivo de base de datos. ClientBook no lo ha tocado; muévelo a otro sitio o elige otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: its header is damaged (page size %2). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 no es una base de datos de ClientBook utilizable: su encabezado está dañado (tamaño de página %2). ClientBook no lo ha tocado; restaura una copia de seguridad o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>%1 is not a usable ClientBook database: it has been cut short (%2 of %3 bytes). ClientBook left it untouched; restore a backup or move it away.</source>
        <translation>%1 no es una base de datos de ClientBook utilizable: el archivo está incompleto (%2 de %3 bytes). ClientBook no lo ha tocado; restaura una copia de seguridad o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file from another program, not a ClientBook database. Choose another data folder with --data-dir.</source>
        <translation>%1 es un archivo SQLite de otro programa, no una base de datos de ClientBook. Elige otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClientBook (data format %2; this version reads up to %3). Install the newer ClientBook to open it; the file was left untouched.</source>
        <translation>%1 se creó con una versión más reciente de ClientBook (formato de datos %2; esta versión lee hasta el %3). Instala la versión más reciente de ClientBook para abrirlo; el archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>%1 was found damaged (%2), so ClientBook saves no changes to it until a backup is restored (File → Restore from backup…, or `clientbook restore --latest`) or it is repaired (`clientbook check --repair`).</source>
        <translation>Se encontró que %1 está dañado (%2), así que ClientBook no guarda cambios en él hasta que se restaure una copia de seguridad (Archivo → Restaurar copia de seguridad…, o `clientbook restore --latest`) o se repare (`clientbook check --repair`).</translation>
    </message>
    <message>
        <source>another program is reading the book</source>
        <translation>otro programa está leyendo la agenda</translation>
    </message>
    <message>
        <source>The data folder %1 is a link to %2, which does not exist (a drive not connected, or a folder moved or deleted). Connect or restore it, or choose another data folder with --data-dir.</source>
        <translation>La carpeta de datos %1 es un enlace a %2, que no existe (una unidad sin conectar, o una carpeta movida o borrada). Conéctala o recupérala, o elige otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>appointment %1 has an unreadable time (%2)</source>
        <translation>la cita %1 tiene una hora ilegible (%2)</translation>
    </message>
    <message>
        <source>visit %1 has an unreadable time (%2)</source>
        <translation>la visita %1 tiene una hora ilegible (%2)</translation>
    </message>
    <message>
        <source>promise %1 has an unreadable time (%2)</source>
        <translation>el compromiso %1 tiene una hora ilegible (%2)</translation>
    </message>
    <message>
        <source>client %1 has an unreadable time (%2)</source>
        <translation>el cliente %1 tiene una hora ilegible (%2)</translation>
    </message>
    <message>
        <source>row %1 of %3 has an unreadable time (%2)</source>
        <translation>la fila %1 de %3 tiene una hora ilegible (%2)</translation>
    </message>
    <message>
        <source>client %1 has an unreadable birthday (%2)</source>
        <translation>el cliente %1 tiene un cumpleaños ilegible (%2)</translation>
    </message>
    <message>
        <source>A template needs some text.</source>
        <translation>Una plantilla necesita algo de texto.</translation>
    </message>
    <message>
        <source>Keep a template under %1 characters.</source>
        <translation>La plantilla debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use %2.</source>
        <translation>%1 no es un marcador; use %2.</translation>
    </message>
    <message>
        <source>Client %1 has no appointment with id %2.</source>
        <translation>El cliente %1 no tiene ninguna cita con el id %2.</translation>
    </message>
    <message>
        <source>%1 has no appointment coming up to remind them of.</source>
        <translation>%1 no tiene ninguna cita próxima que recordar.</translation>
    </message>
    <message>
        <source>Keep a message under %1 characters.</source>
        <translation>El mensaje debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Not logged for %1: %2</source>
        <translation>No se registró para %1: %2</translation>
    </message>
    <message>
        <source>There is no message kind %1; use one of %2.</source>
        <translation>No existe el tipo de mensaje %1; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Messages can be written in %1.</source>
        <translation>Los mensajes pueden escribirse en %1.</translation>
    </message>
    <message>
        <source>There is no channel %1; use one of %2.</source>
        <translation>No existe el canal %1; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>No hay ninguna visita con id %1.</translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days (YYYY-MM-DD..YYYY-MM-DD).</source>
        <translation>«%1» no es un día ni un intervalo de días (AAAA-MM-DD..AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Time off must end on or after its first day.</source>
        <translation>El tiempo libre debe terminar el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>“%1” is not a working-hours line; write it like “mon-fri 09:00-17:00”, “sat 10:00-13:00,14:00-16:00” or “sun off”.</source>
        <translation>«%1» no es una línea de horario; escríbala como «mon-fri 09:00-17:00», «sat 10:00-13:00,14:00-16:00» o «sun off».</translation>
    </message>
    <message>
        <source>A booking lasts 1 to %1 minutes.</source>
        <translation>Una cita dura de 1 a %1 minutos.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Un servicio necesita un nombre.</translation>
    </message>
    <message>
        <source>A price is zero or more, and less than the largest amount.</source>
        <translation>Un precio es cero o más, y menor que el importe máximo.</translation>
    </message>
    <message>
        <source>The menu already has a service called “%1”.</source>
        <translation>La carta ya tiene un servicio llamado «%1».</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Elija un servicio.</translation>
    </message>
    <message>
        <source>This book does not hold only the sample data, so nothing was removed.</source>
        <translation>Este libro no contiene solo los datos de ejemplo, así que no se ha quitado nada.</translation>
    </message>
    <message>
        <source>This book holds %1 client(s) of your own beside the sample data, so nothing was removed. Archive or delete the sample clients one by one instead.</source>
        <translation>Este libro tiene %1 cliente(s) propios además de los datos de ejemplo, así que no se ha quitado nada. Archiva o elimina los clientes de ejemplo uno a uno.</translation>
    </message>
    <message>
        <source>This book holds staff of your own (%1) beside the sample team, so nothing was removed.</source>
        <translation>Este libro tiene personal propio (%1) además del equipo de ejemplo, así que no se ha quitado nada.</translation>
    </message>
    <message>
        <source>The calendar window ends before it starts.</source>
        <translation>El periodo del calendario termina antes de empezar.</translation>
    </message>
    <message>
        <source>Line %1 of the calendar file: %2</source>
        <translation>Línea %1 del archivo de calendario: %2</translation>
    </message>
    <message>
        <source>The book is already at %1.</source>
        <translation>El libro ya está en %1.</translation>
    </message>
    <message>
        <source>%1 already exists: ClientBook moves a book only into a new file, so nothing is overwritten. Choose another name.</source>
        <translation>%1 ya existe: ClientBook solo traslada un libro a un archivo nuevo, para no sobrescribir nada. Elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address ClientBook can use (%2). Write it like postgresql://user@host/database.</source>
        <translation>%1 no es una dirección de PostgreSQL que ClientBook pueda usar (%2). Escríbala así: postgresql://usuario@servidor/base_de_datos.</translation>
    </message>
    <message>
        <source>The copy of the book differs from the original in the table %1, so it was not kept. Nothing was changed; try again.</source>
        <translation>La copia del libro no coincide con el original en la tabla %1, así que no se ha conservado. No se ha cambiado nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The book at %1 is not empty, so nothing was copied there. Move a book only into a new, empty database.</source>
        <translation>El libro de %1 no está vacío, así que no se ha copiado nada allí. Traslade un libro solo a una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>La base de datos</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>El usuario</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>No existe ese miembro del equipo.</translation>
    </message>
    <message>
        <source>No calendar feed is set up (clientbook feed set URL).</source>
        <translation>No hay ningún calendario suscrito (clientbook feed set URL).</translation>
    </message>
    <message>
        <source>The feed sent ClientBook to an address that is not https:// (%1); it was not followed.</source>
        <translation>El calendario suscrito envió a ClientBook a una dirección que no es https:// (%1); no se siguió.</translation>
    </message>
    <message>
        <source>The feed moved to another site (%1); it was not followed. If you trust it, enter its new address in Settings → Calendar feed.</source>
        <translation>El calendario suscrito se ha trasladado a otro sitio (%1); no se siguió. Si confía en él, escriba su nueva dirección en Ajustes → Calendario suscrito.</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://.</source>
        <translation>La dirección del calendario suscrito debe empezar por https://.</translation>
    </message>
    <message>
        <source>The feed&apos;s server answered %1 (%2) instead of the calendar.</source>
        <translation>El servidor del calendario suscrito respondió %1 (%2) en lugar del calendario.</translation>
    </message>
    <message>
        <source>The feed did not answer within %1 seconds.</source>
        <translation>El calendario suscrito no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not prove who it is: its certificate is not valid. Nothing was read.</source>
        <translation>El sitio del calendario suscrito (%1) no pudo demostrar quién es: su certificado no es válido. No se leyó nada.</translation>
    </message>
    <message>
        <source>The feed&apos;s site (%1) could not be reached: %2</source>
        <translation>No se pudo conectar con el sitio del calendario suscrito (%1): %2</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB, more than a booking calendar holds; it was not read.</source>
        <translation>El calendario suscrito ocupa más de %1 MB, más de lo que contiene un calendario de citas; no se leyó.</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address.</source>
        <translation>Escriba la dirección del calendario suscrito.</translation>
    </message>
    <message>
        <source>That is not a web address a calendar feed has.</source>
        <translation>Esa no es una dirección web de un calendario suscrito.</translation>
    </message>
    <message>
        <source>The feed&apos;s address must begin with https://. Plain http:// would send its secret token and your clients&apos; names unprotected.</source>
        <translation>La dirección del calendario suscrito debe empezar por https://. Con http:// su clave secreta y los nombres de sus clientes viajarían sin protección.</translation>
    </message>
    <message>
        <source>The feed is read every 1 to %1 minutes.</source>
        <translation>El calendario suscrito se lee cada 1 a %1 minutos.</translation>
    </message>
    <message>
        <source>The feed has %1 event(s) ClientBook cannot read (line %2: %3); nothing was changed.</source>
        <translation>El calendario suscrito tiene %1 evento(s) que ClientBook no puede leer (línea %2: %3); no se cambió nada.</translation>
    </message>
    <message>
        <source>The designer this feed belongs to is no longer on the staff; choose another in Settings → Calendar feed.</source>
        <translation>El diseñador al que pertenece este calendario ya no está en el equipo; elija otro en Ajustes → Calendario suscrito.</translation>
    </message>
    <message>
        <source>The feed could not be kept while importing it: %1</source>
        <translation>No se pudo guardar el calendario suscrito al importarlo: %1</translation>
    </message>
    <message>
        <source>%1 changed this record after you opened it; nothing was saved yet.</source>
        <translation>%1 cambió este registro después de que usted lo abriera; todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>A desk name is at most %1 characters.</source>
        <translation>El nombre de un puesto tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Another desk deleted this record after you opened it; nothing was saved.</source>
        <translation>Otro puesto eliminó este registro después de que usted lo abriera; no se guardó nada.</translation>
    </message>
    <message>
        <source>A branch needs a name of 1 to %1 characters.</source>
        <translation>Una sucursal necesita un nombre de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no branch called %1 (clientbook branches lists them).</source>
        <translation>No hay ninguna sucursal llamada %1 (clientbook branches las enumera).</translation>
    </message>
    <message>
        <source>There is already a branch called %1.</source>
        <translation>Ya existe una sucursal llamada %1.</translation>
    </message>
    <message>
        <source>The role %1 does not have the desks&apos; table privileges and this user may not give them: ask the administrator to run GRANT clientbook_desk TO %1.</source>
        <translation>El rol %1 no tiene los permisos sobre las tablas que necesitan los puestos y este usuario no puede concedérselos: pida al administrador que ejecute GRANT clientbook_desk TO %1.</translation>
    </message>
    <message>
        <source>The role %1 is not a member of the branch %2.</source>
        <translation>El rol %1 no es miembro de la sucursal %2.</translation>
    </message>
    <message>
        <source>There is no role called %1 on the PostgreSQL server. Create it first (CREATE ROLE … LOGIN), then grant it a branch.</source>
        <translation>No existe ningún rol llamado %1 en el servidor PostgreSQL. Créelo primero (CREATE ROLE … LOGIN) y después asígnele una sucursal.</translation>
    </message>
    <message>
        <source>Only the book&apos;s owner may manage branches: a member of the role clientbook_owner, the database&apos;s owner or a superuser.</source>
        <translation>Solo el propietario del libro puede gestionar las sucursales: un miembro del rol clientbook_owner, el propietario de la base de datos o un superusuario.</translation>
    </message>
    <message>
        <source>Branches belong to books shared on a PostgreSQL server; this book is a file on one computer, so it has one branch.</source>
        <translation>Las sucursales son propias de los libros compartidos en un servidor PostgreSQL; este libro es un archivo en un solo equipo, así que tiene una sola sucursal.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>preferencias</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <source>&amp;Clients: one row each, preferences in readable columns</source>
        <translation>&amp;Clientes: una fila por cliente, con las preferencias en columnas legibles</translation>
    </message>
    <message>
        <source>&amp;Preferences: one row per preference (to edit and import)</source>
        <translation>&amp;Preferencias: una fila por preferencia (para editar e importar)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visitas</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>C&amp;itas</translation>
    </message>
    <message>
        <source>P&amp;romises</source>
        <translation>Co&amp;mpromisos</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export client</source>
        <translation>Exportar cliente</translation>
    </message>
    <message>
        <source>Everything ClientBook keeps about &lt;b&gt;%1&lt;/b&gt;, for a data-access request: the client with phones and preferences, visits, appointments, promises and the contact log, one CSV file each.</source>
        <translation>Todo lo que ClientBook guarda sobre &lt;b&gt;%1&lt;/b&gt;, para una solicitud de acceso a sus datos: el cliente con sus teléfonos y preferencias, las visitas, las citas, los compromisos y el registro de contactos, cada uno en un archivo CSV.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 con &amp;BOM (para Excel)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Excel needs the byte-order mark to show Greek, Cyrillic, Chinese and accented names; turn it off only for a program that does not expect it.</source>
        <translation>Excel necesita la marca de orden de bytes (BOM) para mostrar bien los nombres griegos, cirílicos, chinos y con tildes; desactívala solo para un programa que no la admita.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Excel splits columns on a semicolon where numbers are written 3,5 and on a comma elsewhere; the default follows this computer&apos;s language settings.</source>
        <translation>Excel separa las columnas por punto y coma donde los números se escriben 3,5 y por coma en los demás casos; la opción predeterminada sigue la configuración regional de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>Dates are written 2026-11-22 14:30 and amounts 45.50, whatever the language; cells that start with = + - or @ get a &apos; in front so no spreadsheet runs them as formulas.</source>
        <translation>Las fechas se escriben 2026-11-22 14:30 y los importes 45.50, sea cual sea el idioma; a las celdas que empiezan por = + - o @ se les antepone &apos; para que ninguna hoja de cálculo las ejecute como fórmulas.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Elige dónde guardar.</translation>
    </message>
    <message>
        <source>That is a folder; add a file name, e.g. %1.</source>
        <translation>Eso es una carpeta; añade un nombre de archivo, p. ej. %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Reemplazar archivo</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Reemplazar archivos</translation>
    </message>
    <message>
        <source>This client&apos;s files are already in %1. Replace them?</source>
        <translation>Los archivos de este cliente ya están en %1. ¿Reemplazarlos?</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files about the client to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n archivo sobre el cliente a %1.</numerusform>
            <numerusform>Se han exportado %n archivos sobre el cliente a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Se ha exportado %Ln fila a %1.</numerusform>
            <numerusform>Se han exportado %Ln filas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message numerus="yes">
        <source>Exporting %1: %2 of %Ln rows</source>
        <translation>
            <numerusform>Exportando %1: %2 de %Ln fila</numerusform>
            <numerusform>Exportando %1: %2 de %Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>No calendar feed: ClientBook makes no network connection</source>
        <translation>Sin calendario suscrito: ClientBook no hace ninguna conexión de red</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>Calendario suscrito</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved address</source>
        <translation>Déjelo vacío para conservar la dirección guardada</translation>
    </message>
    <message>
        <source>As each event says</source>
        <translation>Lo que diga cada evento</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read this feed</source>
        <translation>&amp;Leer este calendario</translation>
    </message>
    <message>
        <source>Bookings from an online booking system or a shared calendar, imported like a calendar file. This is the only connection ClientBook makes to the internet, and only while a feed is set up. The address often holds a secret key: it is kept in a private file on this computer, never in backups, exports or the log.</source>
        <translation>Citas de un sistema de reservas en línea o de un calendario compartido, importadas como un archivo de calendario. Es la única conexión a internet que hace ClientBook, y solo mientras haya un calendario suscrito. La dirección suele llevar una clave secreta: se guarda en un archivo privado de este equipo, nunca en copias de seguridad, exportaciones ni en el registro.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Dirección del calendario</translation>
    </message>
    <message>
        <source>Bookings &amp;with:</source>
        <translation>Citas &amp;con:</translation>
    </message>
    <message>
        <source>Bookings with</source>
        <translation>Citas con</translation>
    </message>
    <message>
        <source>Read e&amp;very:</source>
        <translation>Leer c&amp;ada:</translation>
    </message>
    <message>
        <source>Read every, in minutes</source>
        <translation>Leer cada, en minutos</translation>
    </message>
    <message>
        <source>Re&amp;move feed</source>
        <translation>&amp;Quitar calendario</translation>
    </message>
    <message>
        <source>Saved address: %1</source>
        <translation>Dirección guardada: %1</translation>
    </message>
    <message>
        <source>Remove the calendar feed</source>
        <translation>Quitar el calendario suscrito</translation>
    </message>
    <message>
        <source>Stop reading the feed and forget its address? The bookings it brought stay in the book.</source>
        <translation>¿Dejar de leer el calendario y olvidar su dirección? Las citas que trajo se quedan en la agenda.</translation>
    </message>
</context>
<context>
    <name>FeedSettingsRow</name>
    <message>
        <source>Set &amp;up…</source>
        <translation>Config&amp;urar…</translation>
    </message>
    <message>
        <source>Read bookings from an online booking system or a shared calendar (https://)</source>
        <translation>Leer citas de un sistema de reservas en línea o de un calendario compartido (https://)</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Calendar feed off</source>
        <translation>Calendario suscrito desactivado</translation>
    </message>
    <message>
        <source>Calendar feed: not read yet</source>
        <translation>Calendario suscrito: aún sin leer</translation>
    </message>
    <message>
        <source>Feed refreshed at %1: %2 new, %3 moved, %4 cancelled</source>
        <translation>Calendario actualizado a las %1: %2 nuevas, %3 movidas, %4 canceladas</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1</source>
        <translation>No se pudo conectar con el calendario a las %1</translation>
    </message>
    <message>
        <source>Feed could not be used at %1</source>
        <translation>No se pudo usar el calendario a las %1</translation>
    </message>
    <message>
        <source>Feed could not be reached at %1 — using the bookings from %2</source>
        <translation>No se pudo conectar con el calendario a las %1 — se usan las citas de las %2</translation>
    </message>
    <message>
        <source>Feed could not be used at %1 — using the bookings from %2</source>
        <translation>No se pudo usar el calendario a las %1 — se usan las citas de las %2</translation>
    </message>
</context>
<context>
    <name>FiguresColumn</name>
    <message>
        <source>Loyal clients and repeat business</source>
        <translation>Clientes fieles y clientes que repiten</translation>
    </message>
    <message>
        <source>Latest period: %1</source>
        <translation>Último periodo: %1</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Nobody to tell right now.</source>
        <translation>Ahora no hay nadie a quien avisar.</translation>
    </message>
    <message>
        <source>Clients to tell about their reward</source>
        <translation>Clientes a los que avisar de su premio</translation>
    </message>
    <message>
        <source>Co&amp;ntact…</source>
        <translation>C&amp;ontactar…</translation>
    </message>
    <message>
        <source>Call, text or e-mail the selected client</source>
        <translation>Llamar, escribir o mandar un correo al cliente seleccionado</translation>
    </message>
    <message>
        <source>Messa&amp;ge…</source>
        <translation>Mensa&amp;je…</translation>
    </message>
    <message>
        <source>Tell the selected client about their reward</source>
        <translation>Avisar al cliente seleccionado de su premio</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>Mostrar la ficha del cliente seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Set a loyalty &amp;rule…</source>
        <translation>Definir una regla de fide&amp;lización…</translation>
    </message>
    <message>
        <source>Everyone has been seen within the period.</source>
        <translation>Todos los clientes han venido dentro del periodo.</translation>
    </message>
    <message>
        <source>Clients not seen for years</source>
        <translation>Clientes que no vienen desde hace años</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>Hide the selected client from lists and reminders; their history is kept</source>
        <translation>Ocultar al cliente seleccionado de las listas y los recordatorios; su historial se conserva</translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data; anonymous visit figures stay</source>
        <translation>Borrar los datos personales del cliente seleccionado; las cifras anónimas de sus visitas se conservan</translation>
    </message>
    <message>
        <source>Open Settings to flag clients not seen for some years</source>
        <translation>Abrir Configuración para señalar a los clientes que no vienen desde hace años</translation>
    </message>
    <message>
        <source>Promises &amp;kept on time</source>
        <translation>Compromisos c&amp;umplidos a tiempo</translation>
    </message>
    <message>
        <source>A promise counts in the month it fell due; kept = done by its due time and not moved after it was late; cancelled promises don&apos;t count.</source>
        <translation>Un compromiso cuenta en el mes en que vence; cumplido = hecho antes de su plazo y sin moverlo después de vencer; los compromisos cancelados no cuentan.</translation>
    </message>
    <message>
        <source>Promises kept on time, by month</source>
        <translation>Compromisos cumplidos a tiempo, por mes</translation>
    </message>
    <message>
        <source>Promises kept on time, by staff member</source>
        <translation>Compromisos cumplidos a tiempo, por miembro del equipo</translation>
    </message>
    <message>
        <source>Re&amp;wards to tell</source>
        <translation>&amp;Premios por avisar</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>A&amp;brir ficha</translation>
    </message>
    <message>
        <source>For&amp;get…</source>
        <translation>Olvi&amp;dar…</translation>
    </message>
    <message>
        <source>Choose a &amp;period…</source>
        <translation>Ele&amp;gir un periodo…</translation>
    </message>
    <message>
        <source>Sa&amp;me designer</source>
        <translation>&amp;Mismo profesional</translation>
    </message>
    <message>
        <source>Of the visits by clients currently assigned to a designer, the share that designer did (current assignment, not who it was at the time; archived clients left out).</source>
        <translation>De las visitas de los clientes que tienen un profesional asignado, la parte que hizo ese profesional (según la asignación actual, no la de entonces; sin contar los clientes archivados).</translation>
    </message>
    <message>
        <source>No client with an assigned designer has a visit yet.</source>
        <translation>Ningún cliente con profesional asignado tiene visitas todavía.</translation>
    </message>
    <message>
        <source>Clients seen by their own designer</source>
        <translation>Clientes atendidos por su propio profesional</translation>
    </message>
    <message>
        <source>Loyalty rewards are off, so there is nobody to tell. To reward regular clients, choose a rule in Settings (Loyalty).</source>
        <translation>Los premios de fidelidad están desactivados, así que no hay nadie a quien avisar. Para premiar a los clientes habituales, elige una regla en Configuración (Fidelización).</translation>
    </message>
    <message numerus="yes">
        <source>A reward every %n visits.</source>
        <translation>
            <numerusform>Un premio cada %n visita.</numerusform>
            <numerusform>Un premio cada %n visitas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward for every %1 spent.</source>
        <translation>Un premio por cada %1 de gasto.</translation>
    </message>
    <message>
        <source>Their next visit earns: %1.</source>
        <translation>Con su próxima visita consiguen: %1.</translation>
    </message>
    <message>
        <source>Their next visit earns a reward.</source>
        <translation>Con su próxima visita consiguen un premio.</translation>
    </message>
    <message>
        <source>They have nothing booked yet — tell them; it is a good reason to come back.</source>
        <translation>Aún no tienen nada reservado — avísales; es un buen motivo para volver.</translation>
    </message>
    <message>
        <source>Off — set a period in Settings (Privacy) to list clients not seen for years.</source>
        <translation>Desactivado — elige un periodo en Configuración (Privacidad) para ver los clientes que no vienen desde hace años.</translation>
    </message>
    <message>
        <source>No visit or appointment since %1 (one booked ahead counts). Nothing is deleted automatically.</source>
        <translation>Sin visitas ni citas desde el %1 (cuenta también una cita ya reservada). No se borra nada automáticamente.</translation>
    </message>
    <message>
        <source>Not seen for &amp;years</source>
        <translation>Sin veni&amp;r desde hace años</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n &amp;years</source>
        <translation>
            <numerusform>Sin veni&amp;r desde hace %n año</numerusform>
            <numerusform>Sin veni&amp;r desde hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 of %2 kept on time (%3).</source>
        <translation>En total: %1 de %2 cumplidos a tiempo (%3).</translation>
    </message>
    <message>
        <source>No promise has fallen due yet.</source>
        <translation>Aún no ha vencido ningún compromiso.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept. To bring them back, tick Include archived on the Clients page and edit them.</source>
        <translation>¿Archivar a %1? Desaparecerá de las listas y los recordatorios; su historial se conserva. Para recuperarlo, marca “Incluir archivados” en la página Clientes y edítalo.</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>No se pudo archivar</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget client</source>
        <translation>Olvidar cliente</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>¿Olvidar a %1?</translation>
    </message>
    <message>
        <source>For a request to erase their data. Their visits stay in the reports, without their name.</source>
        <translation>Para una solicitud de supresión de datos. Sus visitas siguen en los informes, sin su nombre.</translation>
    </message>
    <message>
        <source>This cannot be undone. Automatic backups made before now still hold this client until they age out of rotation: up to a year. Files you exported or backed up yourself are not changed.</source>
        <translation>No se puede deshacer. Las copias de seguridad automáticas hechas hasta ahora conservan a este cliente hasta que se eliminan por antigüedad: como mucho, un año. Los archivos que hayas exportado o copiado por tu cuenta no cambian.</translation>
    </message>
    <message>
        <source>&amp;I understand: forget this client for good</source>
        <translation>&amp;Entendido: olvidar a este cliente para siempre</translation>
    </message>
    <message>
        <source>Confirm forgetting this client</source>
        <translation>Confirmar que se olvida a este cliente</translation>
    </message>
    <message>
        <source>&amp;Forget client</source>
        <translation>&amp;Olvidar cliente</translation>
    </message>
    <message>
        <source>Erased now, for good</source>
        <translation>Se borra ahora, para siempre</translation>
    </message>
    <message>
        <source>Kept, without their name</source>
        <translation>Se conserva, sin su nombre</translation>
    </message>
    <message>
        <source>Name, phone numbers, e-mail, birthday and notes</source>
        <translation>Nombre, teléfonos, correo electrónico, cumpleaños y notas</translation>
    </message>
    <message numerus="yes">
        <source>%n preferences (health notes included)</source>
        <translation>
            <numerusform>%n preferencia (incluidas las notas de salud)</numerusform>
            <numerusform>%n preferencias (incluidas las notas de salud)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact wishes and %n contact-log entries</source>
        <translation>
            <numerusform>Preferencias de contacto y %n entrada del registro de contactos</numerusform>
            <numerusform>Preferencias de contacto y %n entradas del registro de contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact wishes</source>
        <translation>Preferencias de contacto</translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n compromiso pendiente</numerusform>
            <numerusform>%n compromisos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n kept or cancelled promises</source>
        <translation>
            <numerusform>El texto de %n compromiso cumplido o cancelado</numerusform>
            <numerusform>El texto de %n compromisos cumplidos o cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments from today on</source>
        <translation>
            <numerusform>%n cita de hoy en adelante</numerusform>
            <numerusform>%n citas de hoy en adelante</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes written on their visits and appointments</source>
        <translation>Las notas escritas en sus visitas y citas</translation>
    </message>
    <message>
        <source>Their entries in the search index and the import log</source>
        <translation>Sus entradas en el índice de búsqueda y en el registro de importaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n visits: date, service, staff and spend</source>
        <translation>
            <numerusform>%n visita: fecha, servicio, profesional e importe</numerusform>
            <numerusform>%n visitas: fecha, servicio, profesional e importe</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits to keep</source>
        <translation>No hay visitas que conservar</translation>
    </message>
    <message numerus="yes">
        <source>%n past appointments</source>
        <translation>
            <numerusform>%n cita pasada</numerusform>
            <numerusform>%n citas pasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewards handed over</source>
        <translation>
            <numerusform>%n premio entregado</numerusform>
            <numerusform>%n premios entregados</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether their promises were kept on time</source>
        <translation>Si sus compromisos se cumplieron a tiempo</translation>
    </message>
    <message>
        <source>This client was already forgotten on %1; nothing that identifies them is left.</source>
        <translation>Este cliente ya fue olvidado el %1; no queda ningún dato que permita identificarlo.</translation>
    </message>
    <message>
        <source>The client is forgotten. The data file still holds an old copy (%1); it goes when every program using the book has closed it.</source>
        <translation>Cliente olvidado. El archivo de datos aún guarda una copia antigua (%1); desaparecerá cuando todos los programas que usan la agenda lo hayan cerrado.</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation>Buscar hueco libre</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Huecos libres</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation>&amp;Reservar este hueco</translation>
    </message>
    <message>
        <source>%1  %2–%3  %4</source>
        <translation>%1  %2–%3  %4</translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation>No hay huecos libres en los próximos 30 días.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show in the history</source>
        <translation>Mostrar en el historial</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>The client&apos;s history</source>
        <translation>El historial del cliente</translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation>Corregir visita…</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Eliminar visita…</translation>
    </message>
    <message>
        <source>Correct promise…</source>
        <translation>Corregir compromiso…</translation>
    </message>
    <message>
        <source>Correct what was promised, or who promised it (Enter)</source>
        <translation>Corregir lo prometido o quién lo prometió (Intro)</translation>
    </message>
    <message>
        <source>Correct the selected visit (Enter)</source>
        <translation>Corregir la visita seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Delete the selected visit (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar la visita seleccionada (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Choose a client to see their history.</source>
        <translation>Elija un cliente para ver su historial.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>client name: entries count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the visit</source>
        <translation>No se pudo abrir la visita</translation>
    </message>
    <message>
        <source>Could not open the promise</source>
        <translation>No se pudo abrir el compromiso</translation>
    </message>
    <message>
        <source>Could not delete the visit</source>
        <translation>No se pudo eliminar la visita</translation>
    </message>
    <message>
        <source>Delete the visit of %1 (%2)? It leaves their visit count, rewards and reports; Ctrl+Z brings it back.</source>
        <translation>¿Eliminar la visita de %1 (%2)? Deja de contar en sus visitas, recompensas e informes; Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Eliminar visita</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Cumplido a tiempo</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Cumplido tarde</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>address as</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>estilista</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>preferencias</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>health consent</source>
        <translation>consentimiento de salud</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>visit time</source>
        <translation>hora de la visita</translation>
    </message>
    <message>
        <source>visit staff</source>
        <translation>personal de la visita</translation>
    </message>
    <message>
        <source>visit service</source>
        <translation>servicio de la visita</translation>
    </message>
    <message>
        <source>visit spend</source>
        <translation>gasto de la visita</translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation>notas de la visita</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>promise staff</source>
        <translation>personal del compromiso</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>booking time</source>
        <translation>hora de la cita</translation>
    </message>
    <message>
        <source>booking status</source>
        <translation>estado de la cita</translation>
    </message>
    <message>
        <source>promise due</source>
        <translation>vencimiento del compromiso</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>compromiso cumplido</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>compromiso cancelado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1, undoing the import of %2</source>
        <translation>%1, al deshacer la importación de %2</translation>
    </message>
    <message>
        <source>%1, by the import of %2</source>
        <translation>%1, por la importación de %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(leave out)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Title (Mr, Dr…)</source>
        <translation>Tratamiento (Sr., Dra.…)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Saludar como</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>ClientBook id</source>
        <translation>Id. de ClientBook</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Actualizado el</translation>
    </message>
    <message>
        <source>Consent to health notes</source>
        <translation>Consentimiento para notas de salud</translation>
    </message>
    <message>
        <source>Google Contacts (older export)</source>
        <translation>Google Contacts (exportación antigua)</translation>
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
        <translation>vCard (contactos del teléfono)</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>una hoja de cálculo</translation>
    </message>
    <message>
        <source>ClientBook clients</source>
        <translation>clientes de ClientBook</translation>
    </message>
    <message>
        <source>ClientBook visits</source>
        <translation>visitas de ClientBook</translation>
    </message>
    <message>
        <source>ClientBook appointments</source>
        <translation>citas de ClientBook</translation>
    </message>
    <message>
        <source>ClientBook preferences</source>
        <translation>preferencias de ClientBook</translation>
    </message>
    <message>
        <source>ClientBook promises</source>
        <translation>compromisos de ClientBook</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Revisa las columnas</translation>
    </message>
    <message>
        <source>Each column of the file feeds one field. Change any guess that is wrong; the preview on the right follows.</source>
        <translation>Cada columna del archivo va a un campo. Corrige cualquier suposición equivocada; la vista previa de la derecha se actualiza.</translation>
    </message>
    <message>
        <source>Dates are day/month/year</source>
        <translation>Las fechas están en formato día/mes/año</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Birthday / problem</source>
        <translation>Cumpleaños / problema</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (detectada)</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Se ha reconocido como %1.</translation>
    </message>
    <message>
        <source>Imports as, for column %1</source>
        <translation>Se importa como, para la columna %1</translation>
    </message>
    <message>
        <source>A ClientBook file: its columns are fixed. Check that the rows read right.</source>
        <translation>Un archivo de ClientBook: sus columnas son fijas. Comprueba que las filas se leen bien.</translation>
    </message>
    <message>
        <source>Dates like %1 are read as %2. If they mean %3, switch “Dates are day/month/year”.</source>
        <translation>Fechas como %1 se leen como %2. Si significan %3, cambie «Las fechas son día/mes/año».</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Revisa todas las filas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>What is wrong or similar</source>
        <translation>Problema o posible duplicado</translation>
    </message>
    <message>
        <source>Merge into the existing client (fill in only what is missing)</source>
        <translation>Combinar con el cliente existente (rellenar solo lo que falte)</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlas</translation>
    </message>
    <message>
        <source>Rows for someone already in the book or earlier in the file:</source>
        <translation>Filas de alguien que ya está en la agenda o que aparece antes en el archivo:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>Volver a leer el archivo después de corregirlo en tu hoja de cálculo</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Fix the file, then press Check again.</source>
        <translation>Corrige el archivo y pulsa “Volver a comprobar”.</translation>
    </message>
    <message>
        <source>Press Import to add them.</source>
        <translation>Pulsa “Importar” para añadirlas.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same name and birthday</source>
        <translation>mismo nombre y cumpleaños</translation>
    </message>
    <message>
        <source>Same person as line %1 (%2)</source>
        <translation>La misma persona que en la línea %1 (%2)</translation>
    </message>
    <message>
        <source>Looks like %1 (%2)</source>
        <translation>Se parece a %1 (%2)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>From Google Contacts, Outlook, a phone (vCard .vcf), a spreadsheet saved as CSV, or a ClientBook export.</source>
        <translation>Desde Google Contacts, Outlook, un teléfono (vCard .vcf), una hoja de cálculo guardada como CSV o una exportación de ClientBook.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elige un archivo…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Nothing is saved until the last step, and an import can be undone with File → Undo last import.</source>
        <translation>No se guarda nada hasta el último paso, y una importación se puede deshacer con Archivo → Deshacer última importación.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>%1 added, %2 merged into existing clients.</source>
        <translation>%1 añadidos, %2 combinados con clientes existentes.</translation>
    </message>
    <message>
        <source>%1 updated by their ClientBook id.</source>
        <translation>%1 actualizados por su id. de ClientBook.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Left out: %1, %2.</source>
        <translation>Omitidos: %1, %2.</translation>
    </message>
    <message>
        <source>New staff: %1.</source>
        <translation>Nuevos miembros del equipo: %1.</translation>
    </message>
    <message>
        <source>Changed your mind? File → Undo last import removes it.</source>
        <translation>¿Has cambiado de idea? Archivo → Deshacer última importación la elimina.</translation>
    </message>
    <message>
        <source>Cannot read the file that way</source>
        <translation>No se puede leer el archivo así</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando todas las filas…</translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>No se puede comprobar el archivo</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged.</source>
        <translation>Importación: %1 añadidos, %2 combinados.</translation>
    </message>
    <message>
        <source>%1 stays: added by the import, but seen, contacted or edited since.</source>
        <translation>%1 se queda: lo añadió la importación, pero desde entonces ha venido, se le ha contactado o se ha editado.</translation>
    </message>
    <message>
        <source>%1 keeps a field changed since the import (%2).</source>
        <translation>%1 conserva un campo cambiado después de la importación (%2).</translation>
    </message>
    <message>
        <source>The bookings the import moved or cancelled go back as they were.</source>
        <translation>Las citas que la importación movió o canceló vuelven a quedar como estaban.</translation>
    </message>
    <message>
        <source>%1&apos;s booking stays as it is now: changed again since the import.</source>
        <translation>La cita de %1 se queda como está ahora: ha cambiado otra vez desde la importación.</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Deshacer última importación</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? It removes the %3 records it added and puts the %4 merged clients back as they were, except what was changed since. A backup is taken first.</source>
        <translation>¿Deshacer la importación de %1 (%2)? Elimina los %3 registros que añadió y deja los %4 clientes fusionados como estaban, salvo lo que se haya cambiado desde entonces. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
</context>
<context>
    <name>LoyaltyGroup</name>
    <message>
        <source>Loyalty</source>
        <translation>Fidelización</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Every N visits</source>
        <translation>Cada N visitas</translation>
    </message>
    <message>
        <source>By spend</source>
        <translation>Por gasto</translation>
    </message>
    <message numerus="yes">
        <source> visits</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> visita</numerusform>
            <numerusform> visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit that earns the reward, e.g. every 10th</source>
        <translation>La visita que da derecho al premio, p. ej. cada 10.ª</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>p. ej. 500</translation>
    </message>
    <message>
        <source>A reward each time a client has spent this much</source>
        <translation>Un premio cada vez que un cliente ha gastado esta cantidad</translation>
    </message>
    <message>
        <source>e.g. free Earl Grey and dessert</source>
        <translation>p. ej. un Earl Grey y un postre gratis</translation>
    </message>
    <message>
        <source>Shown on the briefing card when a reward is due</source>
        <translation>Se muestra en la ficha cuando toca un premio</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>Re&amp;gla:</translation>
    </message>
    <message>
        <source>Loyalty rule</source>
        <translation>Regla de fidelización</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>C&amp;ada:</translation>
    </message>
    <message>
        <source>Visits per reward</source>
        <translation>Visitas por premio</translation>
    </message>
    <message>
        <source>Spen&amp;d per reward:</source>
        <translation>Gasto &amp;por premio:</translation>
    </message>
    <message>
        <source>Spend per reward</source>
        <translation>Gasto por premio</translation>
    </message>
    <message>
        <source>Re&amp;ward:</source>
        <translation>Pr&amp;emio:</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Spend per reward in %1</source>
        <translation>Gasto por premio en %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>Ci&amp;ta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>ClientBook</source>
        <translation>ClientBook</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>Clie&amp;ntes</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>Connect to a s&amp;hared book…</source>
        <translation>Co&amp;nectar a un libro compartido…</translation>
    </message>
    <message>
        <source>Open a book kept on a PostgreSQL server, shared by several desks</source>
        <translation>Abrir un libro guardado en un servidor PostgreSQL y compartido por varios puestos</translation>
    </message>
    <message>
        <source>Clients in the book: %1</source>
        <translation>Clientes en la agenda: %1</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>ClientBook — shared book %1</source>
        <translation>ClientBook — libro compartido %1</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>Calen&amp;dario</translation>
    </message>
    <message>
        <source>Damaged data: may be incomplete, nothing is saved</source>
        <translation>Datos dañados: puede faltar algo y no se guarda nada</translation>
    </message>
    <message>
        <source>Damaged data: what you see may be incomplete, and no change is saved until a backup is restored (File → Restore from backup…) or the file is repaired.</source>
        <translation>Datos dañados: lo que ve puede estar incompleto y no se guarda ningún cambio hasta que se restaure una copia de seguridad (Archivo → Restaurar copia de seguridad…) o se repare el archivo.</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Imprimir ficha…</translation>
    </message>
    <message>
        <source>Save card as P&amp;DF…</source>
        <translation>Guardar ficha como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation>&amp;Archivar cliente</translation>
    </message>
    <message>
        <source>C&amp;ontact client…</source>
        <translation>&amp;Contactar cliente…</translation>
    </message>
    <message>
        <source>See their contact wishes and log a call, text or e-mail</source>
        <translation>Ver sus preferencias de contacto y registrar una llamada, un mensaje o un correo</translation>
    </message>
    <message>
        <source>&amp;Forget client…</source>
        <translation>&amp;Olvidar cliente…</translation>
    </message>
    <message>
        <source>Erase this client&apos;s personal data (a request to be forgotten); anonymous visit figures stay</source>
        <translation>Borrar los datos personales de este cliente (derecho al olvido); las cifras anónimas de sus visitas se conservan</translation>
    </message>
    <message>
        <source>Reward &amp;handed over</source>
        <translation>Pre&amp;mio entregado</translation>
    </message>
    <message>
        <source>Record that the client received the reward due today</source>
        <translation>Registrar que el cliente ha recibido el premio que le toca hoy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Client &amp;history</source>
        <translation>&amp;Historial del cliente</translation>
    </message>
    <message>
        <source>Every visit, appointment, promise, contact, reward and change; correct a visit</source>
        <translation>Cada visita, cita, compromiso, contacto, recompensa y cambio; corregir una visita</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Nueva cita…</translation>
    </message>
    <message>
        <source>&amp;Log visit…</source>
        <translation>&amp;Registrar visita…</translation>
    </message>
    <message>
        <source>Add &amp;promise…</source>
        <translation>Añadir &amp;compromiso…</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marcar &amp;llegada</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Marcar no a&amp;sistencia</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Undo last i&amp;mport…</source>
        <translation>Deshacer ú&amp;ltima importación…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export clients, visits… to CSV</source>
        <translation>Exportar clientes, visitas… a CSV</translation>
    </message>
    <message>
        <source>E&amp;xport client…</source>
        <translation>E&amp;xportar cliente…</translation>
    </message>
    <message>
        <source>Export everything about this client to CSV files</source>
        <translation>Exportar todo lo relativo a este cliente a archivos CSV</translation>
    </message>
    <message>
        <source>&amp;Message client…</source>
        <translation>Enviar &amp;mensaje al cliente…</translation>
    </message>
    <message>
        <source>Write to the client in their language: a reminder, birthday wishes, a reward, a follow-up</source>
        <translation>Escribir al cliente en su idioma: un recordatorio, una felicitación de cumpleaños, un premio, un seguimiento</translation>
    </message>
    <message>
        <source>&amp;Tomorrow&apos;s reminders…</source>
        <translation>Recorda&amp;torios de mañana…</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>Importar calendari&amp;o…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
    <message>
        <source>Remove the sample &amp;data…</source>
        <translation>Quitar los &amp;datos de ejemplo…</translation>
    </message>
    <message>
        <source>Empty a book that holds only the sample clients</source>
        <translation>Vaciar un libro que solo contiene los clientes de ejemplo</translation>
    </message>
    <message>
        <source>&amp;About ClientBook</source>
        <translation>&amp;Acerca de ClientBook</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Copy all of ClientBook&apos;s data to a folder you choose</source>
        <translation>Copiar todos los datos de ClientBook a la carpeta que elijas</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Archive %1? They disappear from lists and reminders; their history is kept and you can undo this.</source>
        <translation>¿Archivar a %1? Desaparecerá de las listas y los recordatorios; su historial se conserva y puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>No se pudo archivar</translation>
    </message>
    <message>
        <source>%1 archived. Undo with Ctrl+Z.</source>
        <translation>%1 archivado. Deshazlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Could not record the reward</source>
        <translation>No se pudo registrar el premio</translation>
    </message>
    <message>
        <source>Reward for %1 recorded. Undo with Ctrl+Z.</source>
        <translation>Premio de %1 registrado. Deshazlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MessageWiring</name>
    <message>
        <source>&amp;Message…</source>
        <translation>&amp;Mensaje…</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>Felicitación de cumpleaños</translation>
    </message>
    <message>
        <source>Reward waiting</source>
        <translation>Premio pendiente</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>Le echamos de menos</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Seguimiento de un compromiso</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>1985-03-15, --03-15 (no year), 19850315, 1985/03/15, 3/15/1985 or 3/15/85 (month first), 15.03.1985 (day first)</source>
        <translation>1985-03-15, --03-15 (sin año), 19850315, 1985/03/15, 3/15/1985 o 3/15/85 (primero el mes), 15.03.1985 (primero el día)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the prefix</source>
        <translation>el tratamiento</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>el nombre de pila</translation>
    </message>
    <message>
        <source>the middle name</source>
        <translation>el segundo nombre</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>los apellidos</translation>
    </message>
    <message>
        <source>the suffix</source>
        <translation>el sufijo del nombre</translation>
    </message>
    <message>
        <source>the nickname</source>
        <translation>el apodo</translation>
    </message>
    <message>
        <source>the “greet as” name</source>
        <translation>el nombre de “Saludar como”</translation>
    </message>
    <message>
        <source>the birthday</source>
        <translation>el cumpleaños</translation>
    </message>
    <message>
        <source>the designer</source>
        <translation>el profesional</translation>
    </message>
    <message>
        <source>the ClientBook id</source>
        <translation>el id. de ClientBook</translation>
    </message>
    <message>
        <source>the archived flag</source>
        <translation>la marca de archivado</translation>
    </message>
    <message>
        <source>the date added</source>
        <translation>la fecha de alta</translation>
    </message>
    <message>
        <source>the date last changed</source>
        <translation>la fecha del último cambio</translation>
    </message>
    <message>
        <source>the date of consent to health notes</source>
        <translation>la fecha del consentimiento para notas de salud</translation>
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
        <translation>Europa occidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (Windows-1251)</source>
        <translation>Cirílico / ucraniano (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic / Ukrainian (KOI8-U)</source>
        <translation>Cirílico / ucraniano (KOI8-U)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Griego (Windows-1253)</translation>
    </message>
    <message>
        <source>Greek (ISO 8859-7)</source>
        <translation>Griego (ISO 8859-7)</translation>
    </message>
    <message>
        <source>Chinese Simplified (GB18030, covers GBK and GB2312)</source>
        <translation>Chino simplificado (GB18030, incluye GBK y GB2312)</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>Chino tradicional (Big5)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-1)</source>
        <translation>Europa occidental (ISO 8859-1)</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share (%2). SQLite data can be damaged there if the connection drops or two computers write at once: keep the data on this computer&apos;s own disk, and put backups on the share instead.</source>
        <translation>La carpeta de datos %1 está en una ubicación de red (%2). Ahí los datos de SQLite pueden dañarse si se corta la conexión o si dos equipos escriben a la vez: guarda los datos en el disco de este equipo y usa la carpeta de red para las copias de seguridad.</translation>
    </message>
    <message>
        <source>a network path</source>
        <translation>una ruta de red</translation>
    </message>
    <message>
        <source>network drive %1</source>
        <translation>la unidad de red %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>El cliente no tiene número de teléfono.</translation>
    </message>
    <message>
        <source>%1 has no country code and the firm&apos;s phone region is not set: set it in Settings or write the number with + and the country code.</source>
        <translation>%1 no tiene prefijo de país y la región telefónica de la empresa no está configurada: configúrela en Ajustes o escriba el número con + y el prefijo del país.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in region %2.</source>
        <translation>%1 no es un número de teléfono válido en la región %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid international phone number.</source>
        <translation>%1 no es un número de teléfono internacional válido.</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>una llamada</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>mensajes de texto</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>The client asked not to be contacted.</source>
        <translation>El cliente pidió que no se le contacte.</translation>
    </message>
    <message>
        <source>The client was already contacted today.</source>
        <translation>Ya se contactó con el cliente hoy.</translation>
    </message>
    <message>
        <source>Inside the quiet period: at most one contact every %1 days, and the last was on %2.</source>
        <translation>Dentro del periodo de descanso: como máximo un contacto cada %1 días, y el último fue el %2.</translation>
    </message>
    <message>
        <source>The client prefers another channel: %1.</source>
        <translation>El cliente prefiere otro canal: %1.</translation>
    </message>
    <message>
        <source>The client has no e-mail address.</source>
        <translation>El cliente no tiene dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 has %2 %3</source>
        <translation>%1 tiene a %2 %3</translation>
    </message>
    <message>
        <source>%1 is already booked %2 with %3</source>
        <translation>%1 ya tiene cita %2 con %3</translation>
    </message>
    <message>
        <source>%1 is off on %2</source>
        <translation>%1 libra el %2</translation>
    </message>
    <message>
        <source>%1 does not work on %2</source>
        <translation>%1 no trabaja el %2</translation>
    </message>
    <message>
        <source>%1 works %2 on %3</source>
        <translation>%1 trabaja %2 el %3</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 ya ha pasado</translation>
    </message>
    <message>
        <source>%1 is not the client&apos;s usual designer</source>
        <translation>%1 no es el profesional habitual del cliente</translation>
    </message>
</context>
<context>
    <name>NoShowModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancelaciones tardías</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>NoShowSection</name>
    <message>
        <source>No-shows and late cancellat&amp;ions</source>
        <translation>Ausencias y cance&amp;laciones tardías</translation>
    </message>
    <message>
        <source>No-shows and late cancellations, by month</source>
        <translation>Ausencias y cancelaciones tardías, por mes</translation>
    </message>
    <message>
        <source>Rate = no-shows ÷ bookings due that month. Bookings cancelled by the firm or in good time don&apos;t count; late cancellations do, and are shown beside.</source>
        <translation>Tasa = ausencias ÷ citas previstas ese mes. No cuentan las citas canceladas por la empresa ni con antelación; las cancelaciones tardías sí, y se muestran al lado.</translation>
    </message>
    <message>
        <source>Last 12 months: no-shows %1 of %2 due (%3); late cancellations %4.</source>
        <translation>Últimos 12 meses: ausencias %1 de %2 previstas (%3); cancelaciones tardías %4.</translation>
    </message>
    <message>
        <source>No booking has fallen due in the last 12 months.</source>
        <translation>Ninguna cita ha llegado a su fecha en los últimos 12 meses.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursGroup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>e.g. mon-fri 09:00-18:00; sat 10:00-14:00</source>
        <translation>p. ej. mon-fri 09:00-18:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Days not named are closed; separate the parts with a semicolon</source>
        <translation>Los días no nombrados están cerrados; separe las partes con punto y coma (días en inglés: mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Horario de apertura:</translation>
    </message>
    <message>
        <source>The calendar&apos;s day shows these hours, and designers with no hours of their own work them. Leave empty to follow the designers&apos; hours.</source>
        <translation>El día del calendario muestra este horario, y los profesionales sin horario propio trabajan en él. Déjelo vacío para seguir el horario de cada profesional.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Activos al inicio</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>First visit spend</source>
        <translation>Gasto 1.ª visita</translation>
    </message>
    <message>
        <source>New returned ≤ 90 days</source>
        <translation>Nuevos que volvieron ≤ 90 días</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation>De clientes que repiten</translation>
    </message>
</context>
<context>
    <name>PreferenceCategory</name>
    <message>
        <source>Drink</source>
        <translation>Bebida</translation>
    </message>
    <message>
        <source>Food/snack</source>
        <translation>Comida/snack</translation>
    </message>
    <message>
        <source>Room/ambience</source>
        <translation>Sala/ambiente</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Allergy/health</source>
        <translation>Alergias/salud</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>PreferencesEditor</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Add preference</source>
        <translation>A&amp;ñadir preferencia</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>Añadir preferencia</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove selected preferences</source>
        <translation>Quitar las preferencias seleccionadas</translation>
    </message>
    <message>
        <source>Remove the selected preferences (Del)</source>
        <translation>Quitar las preferencias seleccionadas (Supr)</translation>
    </message>
</context>
<context>
    <name>PreferencesModel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Tick for things to avoid: no upselling, no small talk, no perfume.</source>
        <translation>Marca lo que hay que evitar: no ofrecer más servicios, no dar conversación, nada de perfume.</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Pr&amp;eferences (how they like things, and what not to do):</source>
        <translation>Pr&amp;eferencias (cómo le gustan las cosas y qué no hacer):</translation>
    </message>
    <message>
        <source>Consent to keep health notes</source>
        <translation>Consentimiento para guardar notas de salud</translation>
    </message>
    <message>
        <source>Allergies and health conditions (the Allergy/health preferences) are sensitive personal data: keep them only with the client&apos;s consent. Tick when they agree; the date is recorded.</source>
        <translation>Las alergias y los problemas de salud (las preferencias de Alergias/salud) son datos personales sensibles: guárdalos solo con el consentimiento del cliente. Marca la casilla cuando dé su permiso; se registra la fecha.</translation>
    </message>
    <message>
        <source>⚠ This client has health notes but no consent is recorded. Ask them, then tick the box. The notes are saved and shown on the card either way.</source>
        <translation>⚠ Este cliente tiene notas de salud, pero no consta su consentimiento. Pregúntale y marca la casilla. Las notas se guardan y se muestran en la ficha en cualquier caso.</translation>
    </message>
    <message>
        <source>Consent to &amp;keep health notes (allergies, conditions)</source>
        <translation>Consentimiento para &amp;guardar notas de salud (alergias, problemas de salud)</translation>
    </message>
    <message>
        <source>{consent} — recorded on {date}</source>
        <translation>{consent} — registrado el {date}</translation>
    </message>
</context>
<context>
    <name>PrivacyGroup</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Clients with no visit or appointment for this many years are listed for you to review; 0 = off</source>
        <translation>Los clientes sin visitas ni citas durante este número de años se muestran en una lista para que los revises; 0 = desactivado</translation>
    </message>
    <message>
        <source>Never deletes anything; they are listed under Follow-ups.</source>
        <translation>Nunca borra nada; aparecen en Seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Flag clients not seen for:</source>
        <translation>&amp;Señalar clientes sin venir desde hace:</translation>
    </message>
    <message>
        <source>Flag clients not seen for, in years</source>
        <translation>Señalar clientes sin venir desde hace, en años</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> año</numerusform>
            <numerusform> años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseActions</name>
    <message>
        <source>Could not mark the promise as done</source>
        <translation>No se pudo marcar el compromiso como cumplido</translation>
    </message>
    <message>
        <source>Could not reschedule the promise</source>
        <translation>No se pudo reprogramar el compromiso</translation>
    </message>
    <message>
        <source>This promise is already done or cancelled, or no longer exists.</source>
        <translation>Este compromiso ya está cumplido o cancelado, o ya no existe.</translation>
    </message>
    <message>
        <source>Cancel this promise? It will no longer be shown as due.</source>
        <translation>¿Cancelar este compromiso? Dejará de aparecer como pendiente.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Cancelar compromiso</translation>
    </message>
    <message>
        <source>Could not cancel the promise</source>
        <translation>No se pudo cancelar el compromiso</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>En 1 &amp;hora</translation>
    </message>
    <message>
        <source>Due one hour from now</source>
        <translation>Vence dentro de una hora</translation>
    </message>
    <message>
        <source>&amp;End of day 17:00</source>
        <translation>&amp;Fin del día 17:00</translation>
    </message>
    <message>
        <source>Due today at 17:00</source>
        <translation>Vence hoy a las 17:00</translation>
    </message>
    <message>
        <source>T&amp;omorrow 10:00</source>
        <translation>&amp;Mañana 10:00</translation>
    </message>
    <message>
        <source>Due tomorrow at 10:00</source>
        <translation>Vence mañana a las 10:00</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Viernes</translation>
    </message>
    <message>
        <source>Due the coming Friday at 17:00</source>
        <translation>Vence este viernes a las 17:00</translation>
    </message>
    <message>
        <source>Promise to {name}</source>
        <translation>Compromiso con {name}</translation>
    </message>
    <message>
        <source>e.g. Call back about the colour shade</source>
        <translation>p. ej. Llamar para hablar del tono del color</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>&amp;Qué se prometió:</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Qué se prometió</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Responsable</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Missed call: call back within %n min</source>
        <translation>
            <numerusform>Llamada perdi&amp;da: devolver en %n min</numerusform>
            <numerusform>Llamada perdi&amp;da: devolver en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed call: call back within %n minutes</source>
        <translation>
            <numerusform>Llamada perdida: devolver en %n minuto</numerusform>
            <numerusform>Llamada perdida: devolver en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back (missed call)</source>
        <translation>Devolver la llamada (llamada perdida)</translation>
    </message>
</context>
<context>
    <name>PromiseEditDialog</name>
    <message>
        <source>Promise — {name}</source>
        <translation>Compromiso — {name}</translation>
    </message>
    <message>
        <source>Correcting a promise already written down.</source>
        <translation>Corrigiendo un compromiso ya anotado.</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>C&amp;ompromiso:</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>Who promised it</source>
        <translation>Quién lo prometió</translation>
    </message>
</context>
<context>
    <name>PromiseMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>A cumplir</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Cumplidos a tiempo</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PromiseStaffModel</name>
    <message>
        <source>Staff</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>A cumplir</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Miembro del equipo n.º %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>Com&amp;promisos</translation>
    </message>
    <message>
        <source>No promises due today.</source>
        <translation>No hay compromisos para hoy.</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>C&amp;umplido</translation>
    </message>
    <message>
        <source>Mark the selected promise as kept (Alt+O)</source>
        <translation>Marcar el compromiso seleccionado como cumplido (Alt+D)</translation>
    </message>
    <message>
        <source>Promise done</source>
        <translation>Compromiso cumplido</translation>
    </message>
    <message>
        <source>Cancel pro&amp;mise</source>
        <translation>Cance&amp;lar compromiso</translation>
    </message>
    <message>
        <source>Give the selected promise a new due time (Alt+R)</source>
        <translation>Dar un nuevo plazo al compromiso seleccionado (Alt+R)</translation>
    </message>
    <message>
        <source>Chan&amp;ge date…</source>
        <translation>Cambiar &amp;fecha…</translation>
    </message>
    <message>
        <source>Reschedule promise</source>
        <translation>Reprogramar compromiso</translation>
    </message>
    <message>
        <source>Cancel the selected promise; you are asked first (Alt+I or Delete)</source>
        <translation>Cancelar el compromiso seleccionado; se pide confirmación antes (Alt+I o Supr)</translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation>Cancelar compromiso</translation>
    </message>
    <message>
        <source>List every open promise, not only the first ones</source>
        <translation>Mostrar todos los compromisos pendientes, no solo los primeros</translation>
    </message>
    <message>
        <source>Show all promises</source>
        <translation>Mostrar todos los compromisos</translation>
    </message>
    <message>
        <source>Promises overdue and due today</source>
        <translation>Compromisos vencidos y para hoy</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Vencido (%n)</numerusform>
            <numerusform>Vencidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Para hoy (%n)</numerusform>
            <numerusform>Para hoy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n &amp;more)</source>
        <translation>
            <numerusform>E&amp;xpandir la lista (%n más)</numerusform>
            <numerusform>E&amp;xpandir la lista (%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>No one</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactivo)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Open the next client&apos;s briefing</source>
        <translation>Abrir la ficha del próximo cliente</translation>
    </message>
    <message>
        <source>Show the birthdays list</source>
        <translation>Mostrar la lista de cumpleaños</translation>
    </message>
    <message>
        <source>Dismiss the next-client reminder</source>
        <translation>Descartar el aviso del próximo cliente</translation>
    </message>
    <message>
        <source>Dismiss the birthday reminder</source>
        <translation>Descartar el aviso de cumpleaños</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
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
        <translation>Cumpleaños de &amp;hoy (%1)</translation>
    </message>
    <message>
        <source>No birthdays today</source>
        <translation>Hoy no hay cumpleaños</translation>
    </message>
    <message>
        <source>This &amp;week (%1)</source>
        <translation>Esta s&amp;emana (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No other birthdays this week</source>
        <translation>No hay más cumpleaños esta semana</translation>
    </message>
    <message>
        <source>&amp;Remind me again</source>
        <translation>&amp;Recordármelo otra vez</translation>
    </message>
    <message>
        <source>&amp;Open ClientBook</source>
        <translation>&amp;Abrir ClientBook</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <translation>
            <numerusform>%n más…</numerusform>
            <numerusform>%n más…</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook is still running</source>
        <translation>ClientBook sigue en marcha</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>El próximo %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>el próximo %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>%1, +%2 more</source>
        <translation>%1, +%2 más</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today: %1</source>
        <translation>
            <numerusform>Hoy cumple años %n cliente: %1</numerusform>
            <numerusform>Hoy cumplen años %n clientes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays this week: %1</source>
        <translation>
            <numerusform>Esta semana cumple años %n cliente: %1</numerusform>
            <numerusform>Esta semana cumplen años %n clientes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays coming up: %1</source>
        <translation>
            <numerusform>Próximamente cumple años %n cliente: %1</numerusform>
            <numerusform>Próximamente cumplen años %n clientes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week: %1</source>
        <translation>
            <numerusform>%n esta semana: %1</numerusform>
            <numerusform>%n esta semana: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming up: %1</source>
        <translation>
            <numerusform>%n próximamente: %1</numerusform>
            <numerusform>%n próximamente: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more this week</source>
        <translation>
            <numerusform>%n más esta semana</numerusform>
            <numerusform>%n más esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more coming up</source>
        <translation>
            <numerusform>%n más próximamente</numerusform>
            <numerusform>%n más próximamente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3, on their birthday</source>
        <translation>%1 viene %2 a las %3, el día de su cumpleaños</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3; their birthday is %4</source>
        <translation>%1 viene %2 a las %3; su cumpleaños es %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more booked in around their birthday</source>
        <translation>
            <numerusform>%n más tiene cita cerca de su cumpleaños</numerusform>
            <numerusform>%n más tienen cita cerca de su cumpleaños</numerusform>
        </translation>
    </message>
    <message>
        <source>No birthdays this week</source>
        <translation>No hay cumpleaños esta semana</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>No birthdays</source>
        <translation>No hay cumpleaños</translation>
    </message>
    <message numerus="yes">
        <source>%n birthdays today</source>
        <translation>
            <numerusform>Hoy cumple años %n cliente</numerusform>
            <numerusform>Hoy cumplen años %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation>%1 a las %2 con %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>cumpleaños hoy</translation>
    </message>
    <message>
        <source>reward due</source>
        <translation>toca premio</translation>
    </message>
    <message numerus="yes">
        <source>%n promises overdue</source>
        <translation>
            <numerusform>%n compromiso vencido</numerusform>
            <numerusform>%n compromisos vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next client now: open the briefing</source>
        <translation>Próximo cliente ahora: abre su ficha</translation>
    </message>
    <message numerus="yes">
        <source>Next client in %n minutes: open the briefing</source>
        <translation>
            <numerusform>Próximo cliente en %n minuto: abre su ficha</numerusform>
            <numerusform>Próximo cliente en %n minutos: abre su ficha</numerusform>
        </translation>
    </message>
    <message>
        <source>ClientBook keeps running in the tray to remind you of birthdays; Quit from its menu.</source>
        <translation>ClientBook sigue funcionando en la bandeja del sistema para recordarte los cumpleaños; para cerrarlo, elige Salir en su menú.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lost</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Average first-visit spend</source>
        <translation>Gasto medio en la primera visita</translation>
    </message>
    <message>
        <source>New clients back within 90 days</source>
        <translation>Clientes nuevos que volvieron en 90 días</translation>
    </message>
    <message>
        <source>Loyal clients</source>
        <translation>Clientes fieles</translation>
    </message>
    <message>
        <source>Average loyal tenure</source>
        <translation>Antigüedad media de los clientes fieles</translation>
    </message>
    <message>
        <source>Revenue from loyal clients</source>
        <translation>Ingresos de clientes fieles</translation>
    </message>
    <message>
        <source>Revenue from repeat clients</source>
        <translation>Ingresos de clientes que repiten</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients lapsed today, not archived or forgotten, most valuable (total spend) first.</source>
        <translation>Clientes que a día de hoy han dejado de venir, sin contar los archivados ni los olvidados, empezando por los más valiosos (gasto total).</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable of %1 are listed.</source>
        <translation>
            <numerusform>Solo se muestra el más valioso de un total de %1.</numerusform>
            <numerusform>Solo se muestran los %n más valiosos de un total de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The median number of days between a client&apos;s visits.</source>
        <translation>La mediana de días entre las visitas de un cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Clients who went without a visit for longer than %1 × their usual interval (with %2 or more visits) or %n days (fewer visits), counted in the period the threshold passed. Every lapse counts, including clients who joined in the period and a client who lapsed twice.</source>
        <translation>
            <numerusform>Clientes que han pasado sin venir más de %1 × su intervalo habitual (si tienen %2 visitas o más) o más de %n día (si tienen menos), contados en el periodo en que superaron ese umbral. Cuenta cada vez que alguien deja de venir, también los clientes que llegaron en el periodo y quien lo ha hecho dos veces.</numerusform>
            <numerusform>Clientes que han pasado sin venir más de %1 × su intervalo habitual (si tienen %2 visitas o más) o más de %n días (si tienen menos), contados en el periodo en que superaron ese umbral. Cuenta cada vez que alguien deja de venir, también los clientes que llegaron en el periodo y quien lo ha hecho dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lapsed clients who came back, counted in the period of that visit.</source>
        <translation>Clientes que habían dejado de venir y volvieron, contados en el periodo de esa visita.</translation>
    </message>
    <message>
        <source>Clients who had visited before the period began and had not lapsed by then. Archived clients are left out.</source>
        <translation>Clientes que habían venido antes de empezar el periodo y que aún no habían dejado de venir. No se cuentan los clientes archivados.</translation>
    </message>
    <message>
        <source>Of the clients active at the period&apos;s start, the share who lapsed during it (each client once; never more than 100 %).</source>
        <translation>De los clientes activos al inicio del periodo, la proporción que dejó de venir durante él (cada cliente una sola vez; nunca más del 100 %).</translation>
    </message>
    <message>
        <source>Clients whose first visit fell in the period.</source>
        <translation>Clientes cuya primera visita fue en el periodo.</translation>
    </message>
    <message>
        <source>The average spend on those new clients&apos; first visit.</source>
        <translation>El gasto medio de esos clientes nuevos en su primera visita.</translation>
    </message>
    <message numerus="yes">
        <source>Share of the period&apos;s new clients who came back within %n days of their first visit (blank until every one of them has had that long).</source>
        <translation>
            <numerusform>Proporción de los clientes nuevos del periodo que volvieron como máximo %n día después de su primera visita (en blanco hasta que haya pasado ese plazo para todos ellos).</numerusform>
            <numerusform>Proporción de los clientes nuevos del periodo que volvieron como máximo %n días después de su primera visita (en blanco hasta que haya pasado ese plazo para todos ellos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in the period, including zero-spend visits.</source>
        <translation>Visitas en el periodo, incluidas las visitas sin importe.</translation>
    </message>
    <message>
        <source>Revenue from visits that were not a client&apos;s first.</source>
        <translation>Ingresos de las visitas que no fueron la primera de un cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Clients with %n or more visits.</source>
        <translation>
            <numerusform>Clientes con %n visita o más.</numerusform>
            <numerusform>Clientes con %n visitas o más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their average time from first to latest visit.</source>
        <translation>Su tiempo medio entre la primera y la última visita.</translation>
    </message>
    <message>
        <source>Everything loyal clients have spent.</source>
        <translation>Todo lo que han gastado los clientes fieles.</translation>
    </message>
    <message>
        <source>Share of all revenue ever from visits that were not a client&apos;s first.</source>
        <translation>Proporción de todos los ingresos, desde el principio, que procede de visitas que no fueron la primera de un cliente.</translation>
    </message>
    <message>
        <source>Visits the designer did in the periods shown.</source>
        <translation>Visitas que hizo el profesional en los periodos mostrados.</translation>
    </message>
    <message>
        <source>Spend on those visits.</source>
        <translation>Importe de esas visitas.</translation>
    </message>
    <message>
        <source>Of all visits by the designer&apos;s current clients, the share the designer did.</source>
        <translation>De todas las visitas de los clientes actuales del profesional, la proporción que hizo ese profesional.</translation>
    </message>
    <message>
        <source>Promises the staff member kept by their due time.</source>
        <translation>Compromisos que el miembro del equipo cumplió dentro de su plazo.</translation>
    </message>
    <message>
        <source>Archived clients are left out of active, lapsed, won back, churn, consistency and the win-back list; their visits and spend still count.</source>
        <translation>Los clientes archivados no se cuentan en activos, perdidos, recuperados, abandono, mismo profesional ni en la lista para recuperar; sus visitas e importes sí cuentan.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Same designer</source>
        <translation>Mismo profesional</translation>
    </message>
    <message>
        <source>Promises on time</source>
        <translation>Compromisos a tiempo</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Activos al inicio</translation>
    </message>
    <message>
        <source>From repeat clients</source>
        <translation>De clientes que repiten</translation>
    </message>
    <message>
        <source>Nobody has lapsed: every client came back within their usual time.</source>
        <translation>Nadie ha dejado de venir: todos los clientes han vuelto dentro de su intervalo habitual.</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>Suele venir cada</translation>
    </message>
    <message>
        <source>No periods to show.</source>
        <translation>No hay periodos que mostrar.</translation>
    </message>
    <message>
        <source>Clients lost and won back</source>
        <translation>Clientes perdidos y recuperados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Share of revenue: repeat clients and first visits</source>
        <translation>Parte de los ingresos: clientes que repiten y primeras visitas</translation>
    </message>
    <message>
        <source>Repeat clients</source>
        <translation>Clientes que repiten</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Primeras visitas</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period length</source>
        <translation>Duración del periodo</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Número de periodos</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>E&amp;xport tables to CSV…</source>
        <translation>E&amp;xportar tablas a CSV…</translation>
    </message>
    <message>
        <source>Write every table of this report as a CSV file into a folder</source>
        <translation>Guardar cada tabla de este informe como archivo CSV en una carpeta</translation>
    </message>
    <message>
        <source>Save the figures, charts and tables as a PDF</source>
        <translation>Guardar las cifras, los gráficos y las tablas en un PDF</translation>
    </message>
    <message>
        <source>Desi&amp;gner:</source>
        <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
        <source>Working the report out</source>
        <translation>Calculando el informe</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lapsed clients worth winning back</source>
        <translation>Clientes que han dejado de venir y vale la pena recuperar</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar c&amp;omo PDF…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <source>Per&amp;iods:</source>
        <translation>Pe&amp;riodos:</translation>
    </message>
    <message>
        <source>Ho&amp;w many:</source>
        <translation>Cu&amp;ántos:</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>&amp;Sucursal:</translation>
    </message>
    <message>
        <source>Log co&amp;ntact…</source>
        <translation>Re&amp;gistrar contacto…</translation>
    </message>
    <message>
        <source>Note a call, text or e-mail to the selected client</source>
        <translation>Registrar una llamada, un mensaje o un correo al cliente seleccionado</translation>
    </message>
    <message>
        <source>Add pro&amp;mise…</source>
        <translation>Añadir co&amp;mpromiso…</translation>
    </message>
    <message>
        <source>Promise the selected client something, with a date</source>
        <translation>Prometer algo al cliente seleccionado, con fecha</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Abrir ficha</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s card (Enter)</source>
        <translation>Mostrar la ficha del cliente seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>Cifras por periodo</translation>
    </message>
    <message>
        <source>Figures per designer</source>
        <translation>Cifras por profesional</translation>
    </message>
    <message>
        <source>Win &amp;back</source>
        <translation>Rec&amp;uperar</translation>
    </message>
    <message>
        <source>B&amp;y designer</source>
        <translation>Por profesiona&amp;l</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Todas las sucursales</translation>
    </message>
    <message>
        <source>Win &amp;back (%1)</source>
        <translation>Rec&amp;uperar (%1)</translation>
    </message>
    <message>
        <source>Per peri&amp;od</source>
        <translation>&amp;Por periodo</translation>
    </message>
    <message>
        <source>All designers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>No se pudo generar el informe</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Por periodo</translation>
    </message>
    <message>
        <source>Per designer</source>
        <translation>Por profesional</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule promise</source>
        <translation>Reprogramar compromiso</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Compromiso:</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Plazo actual:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Moved before:</source>
        <translation>Cambios anteriores:</translation>
    </message>
    <message>
        <source>&amp;New due time:</source>
        <translation>&amp;Nuevo plazo:</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>Nuevo plazo</translation>
    </message>
    <message>
        <source>%1 → %2 (moved %3)</source>
        <translation>%1 → %2 (movido el %3)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything entered since it was made is replaced; the data as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Elige la copia de seguridad a la que volver. Todo lo introducido desde que se hizo se reemplaza; antes se guarda una copia de seguridad de los datos actuales, así que puedes deshacerlo restaurando esa copia.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation>Todavía no hay copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Hecha manualmente</translation>
    </message>
    <message>
        <source>Restore which file?</source>
        <translation>¿Qué archivo restaurar?</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez que vino</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>never — added %1</source>
        <translation>nunca — en la agenda desde el %1</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Spent since last reward</source>
        <translation>Gastado desde el último premio</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>visita n.º %1</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Remove the sample data</source>
        <translation>Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <source>Remove the %1 sample clients with their visits, appointments and promises, and the demo team? The book is then empty, ready for your own clients. This cannot be undone.</source>
        <translation>¿Quitar los %1 clientes de ejemplo con sus visitas, citas y compromisos, y el equipo de ejemplo? El libro quedará vacío, listo para tus propios clientes. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not remove the sample data</source>
        <translation>No se pudieron quitar los datos de ejemplo</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services menu</source>
        <translation>Carta de servicios</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Hide from menu</source>
        <translation>&amp;Ocultar de la carta</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <source>S&amp;how on menu</source>
        <translation>Mos&amp;trar en la carta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Three-letter ISO code, e.g. EUR or GBP</source>
        <translation>Código ISO de tres letras, p. ej. EUR o MXN</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Two-letter country code for numbers typed without +, e.g. GB, ES, CN, GR, UA</source>
        <translation>Código de país de dos letras para los números escritos sin +, p. ej. ES, MX, GB, CN, GR, UA</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>Solo hoy</translation>
    </message>
    <message numerus="yes">
        <source> days ahead</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> día de antelación</numerusform>
            <numerusform> días de antelación</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Región telefónica:</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Región telefónica</translation>
    </message>
    <message>
        <source>&amp;Birthday reminders:</source>
        <translation>Recordatorios de &amp;cumpleaños:</translation>
    </message>
    <message>
        <source>Birthday reminder days</source>
        <translation>Días de antelación de los recordatorios de cumpleaños</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <source> minutes before</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> minuto antes</numerusform>
            <numerusform> minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder to open the client&apos;s briefing before each appointment</source>
        <translation>Un aviso para abrir la ficha del cliente antes de cada cita</translation>
    </message>
    <message>
        <source>Appointment &amp;nudge:</source>
        <translation>A&amp;viso de cita:</translation>
    </message>
    <message>
        <source>Minutes before an appointment to remind you</source>
        <translation>Minutos antes de una cita para avisarte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Des&amp;k name:</source>
        <translation>Nom&amp;bre del puesto:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <source>&amp;Start ClientBook when I log in</source>
        <translation>Abrir ClientBook al i&amp;niciar sesión</translation>
    </message>
    <message>
        <source>Start ClientBook when I log in</source>
        <translation>Abrir ClientBook al iniciar sesión</translation>
    </message>
    <message>
        <source>Messa&amp;ge templates…</source>
        <translation>Plan&amp;tillas de mensajes…</translation>
    </message>
    <message>
        <source>The firm&apos;s name and the words of messages to clients</source>
        <translation>El nombre de la empresa y el texto de los mensajes a los clientes</translation>
    </message>
    <message>
        <source>Calendar feed:</source>
        <translation>Calendario suscrito:</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>Calendario suscrito</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language of ClientBook&apos;s window on this computer</source>
        <translation>El idioma de la ventana de ClientBook en este equipo</translation>
    </message>
    <message>
        <source>ClientBook will use %1 the next time it starts.</source>
        <translation>ClientBook usará este idioma la próxima vez que se abra: %1.</translation>
    </message>
    <message>
        <source>ClientBook will follow the system&apos;s language the next time it starts.</source>
        <translation>ClientBook usará el idioma del sistema la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>No se pudo cambiar el inicio automático: %1</translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <source>Connect to a shared book</source>
        <translation>Conectar a un libro compartido</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate is checked</source>
        <translation>Obligatorio, comprobando el certificado del servidor</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>ClientBook never asks for or keeps the password: put it in PostgreSQL&apos;s password file (.pgpass) on this computer. The first desk to connect to an empty database sets it up; a database holding anything else is refused.</source>
        <translation>ClientBook nunca pide ni guarda la contraseña: póngala en el archivo de contraseñas de PostgreSQL (.pgpass) de este equipo. El primer puesto que se conecta a una base de datos vacía la prepara; una base de datos con cualquier otra cosa se rechaza.</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Use this desk&apos;s &amp;own book</source>
        <translation>Usar el libro pr&amp;opio de este puesto</translation>
    </message>
    <message>
        <source>Shared book</source>
        <translation>Libro compartido</translation>
    </message>
    <message>
        <source>This desk opens the shared book %1 from its next start. Close ClientBook and start it again to work in it.</source>
        <translation>Este puesto abrirá el libro compartido %1 a partir de su próximo inicio. Cierre ClientBook y vuelva a abrirlo para trabajar en él.</translation>
    </message>
    <message>
        <source>This desk opens its own book again from its next start.</source>
        <translation>Este puesto volverá a abrir su propio libro a partir de su próximo inicio.</translation>
    </message>
</context>
<context>
    <name>StaffHoursEditor</name>
    <message>
        <source>Working hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>off</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Horario del %1</translation>
    </message>
    <message>
        <source>For example 09:00-17:00, or 09:00-13:00, 14:00-18:00 with a break; empty: not working</source>
        <translation>Por ejemplo 09:00-17:00, o 09:00-13:00, 14:00-18:00 con descanso; vacío: no trabaja</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Días libres</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>Primer día libre</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>Último día libre</translation>
    </message>
    <message>
        <source>Save wee&amp;kly hours</source>
        <translation>&amp;Guardar horario</translation>
    </message>
    <message>
        <source>&amp;Book time off</source>
        <translation>Añadir días &amp;libres</translation>
    </message>
    <message>
        <source>Remove time &amp;off</source>
        <translation>Quitar d&amp;ías libres</translation>
    </message>
    <message>
        <source>Time off:</source>
        <translation>Días libres:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Could not save the hours</source>
        <translation>No se pudo guardar el horario</translation>
    </message>
    <message>
        <source>Could not add the time off</source>
        <translation>No se pudieron añadir los días libres</translation>
    </message>
    <message>
        <source>Could not remove the time off</source>
        <translation>No se pudieron quitar los días libres</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name of the new staff member</source>
        <translation>Nombre del nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>Nombre del nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>Función del nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Añadir &amp;persona</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Edit the selected name (F2)</source>
        <translation>Editar el nombre seleccionado (F2)</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>Nuev&amp;o:</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar no&amp;mbre</translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Desactiva&amp;r</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Q&amp;uitar…</translation>
    </message>
    <message>
        <source>Inactive people stay on past records but are not offered for new bookings.</source>
        <translation>Las personas inactivas siguen en los registros anteriores, pero ya no se ofrecen para nuevas citas.</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>Quitar miembro del equipo</translation>
    </message>
    <message>
        <source>Remove {name} from the staff list?

Their past visits, appointments and promises are kept, with no one named on them. To keep their name on those records, deactivate them instead.</source>
        <translation>¿Quitar a {name} de la lista del equipo?

Sus visitas, citas y compromisos anteriores se conservan, sin nadie asignado. Si quieres que su nombre siga en esos registros, usa Desactivar.</translation>
    </message>
    <message>
        <source>React&amp;ivate</source>
        <translation>Reactiva&amp;r</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>No se ha hecho la copia de seguridad de hoy</translation>
    </message>
    <message>
        <source>ClientBook could not make today&apos;s automatic backup:
%1

Your data is not affected. Use File → Back up now… to copy it somewhere else.</source>
        <translation>ClientBook no ha podido hacer la copia de seguridad automática de hoy:
%1

Tus datos no se ven afectados. Usa Archivo → Hacer copia de seguridad ahora… para copiarlos en otro sitio.</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data</source>
        <translation>ClientBook ha encontrado daños en sus datos</translation>
    </message>
    <message>
        <source>Only the indexes of the data file are damaged:
%1

Rebuild them from the data now? Nothing is lost. Until then ClientBook saves no changes.</source>
        <translation>Solo están dañados los índices del archivo de datos:
%1

¿Reconstruirlos ahora a partir de los datos? No se pierde nada. Hasta entonces, ClientBook no guarda cambios.</translation>
    </message>
    <message>
        <source>Data file repaired</source>
        <translation>Archivo de datos reparado</translation>
    </message>
    <message>
        <source>The indexes were rebuilt, and the data file checks out again.</source>
        <translation>Se han reconstruido los índices y el archivo de datos vuelve a superar la comprobación.</translation>
    </message>
    <message>
        <source>%1

There is no good backup to go back to. Stop using ClientBook on this data and ask for help; a copy of the file is safest kept as it is.</source>
        <translation>%1

No hay ninguna copia de seguridad en buen estado a la que volver. Deja de usar ClientBook con estos datos y pide ayuda; lo más seguro es conservar una copia del archivo tal como está.</translation>
    </message>
    <message>
        <source>ClientBook found damage in its data file:
%1

Go back to the newest good backup, from %2? Anything entered after it is lost; the damaged data is kept as a file.</source>
        <translation>ClientBook ha encontrado daños en su archivo de datos:
%1

¿Volver a la copia de seguridad en buen estado más reciente, del %2? Se perderá todo lo introducido después; los datos dañados se guardan en un archivo.</translation>
    </message>
    <message>
        <source>The damaged data is still open: what it shows may be incomplete, and ClientBook saves no changes until a backup is restored (File → Restore from backup…).</source>
        <translation>Los datos dañados siguen abiertos: lo que muestran puede estar incompleto, y ClientBook no guarda cambios hasta que se restaure una copia de seguridad (Archivo → Restaurar copia de seguridad…).</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Signs every message, e.g. Salon Luz</source>
        <translation>Firma todos los mensajes, p. ej. Salón Luz</translation>
    </message>
    <message>
        <source>For clients without a language of their own</source>
        <translation>Para los clientes sin idioma propio</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation>&amp;Restaurar el texto original</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>&amp;Firm&apos;s name:</source>
        <translation>Nombre de la &amp;empresa:</translation>
    </message>
    <message>
        <source>Messages &amp;default to:</source>
        <translation>Idioma &amp;por defecto:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Ocasión:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ha llegado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Evitar: %1</translation>
    </message>
    <message>
        <source>Reward due: visit %1</source>
        <translation>Toca premio: visita n.º %1</translation>
    </message>
    <message>
        <source>Close to a reward</source>
        <translation>Cerca de un premio</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Cumpleaños hoy</translation>
    </message>
    <message>
        <source>Birthday soon</source>
        <translation>Cumpleaños pronto</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Compromiso para hoy</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>Compromiso vencido</translation>
    </message>
    <message>
        <source>Reward due</source>
        <translation>Toca premio</translation>
    </message>
    <message>
        <source>1 visit to a reward</source>
        <translation>Falta 1 visita para un premio</translation>
    </message>
    <message>
        <source>Other designer</source>
        <translation>Otro profesional</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Atención</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Show or hide the birthdays list</source>
        <translation>Mostrar u ocultar la lista de cumpleaños</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>No hay citas hoy.</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Citas de hoy</translation>
    </message>
    <message>
        <source>Arr&amp;ived</source>
        <translation>Ha lle&amp;gado</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Ter&amp;minada</translation>
    </message>
    <message>
        <source>No-sho&amp;w</source>
        <translation>N&amp;o asistió</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>&amp;Birthdays (%1)</source>
        <translation>Cumplea&amp;ños (%1)</translation>
    </message>
    <message>
        <source>Could not change the appointment</source>
        <translation>No se pudo cambiar la cita</translation>
    </message>
</context>
<context>
    <name>TomorrowDialog</name>
    <message>
        <source>Tomorrow&apos;s reminders</source>
        <translation>Recordatorios de mañana</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments to remind</source>
        <translation>Citas de mañana que recordar</translation>
    </message>
    <message>
        <source>Nothing is booked for tomorrow.</source>
        <translation>No hay nada reservado para mañana.</translation>
    </message>
    <message>
        <source>Appointments on %1</source>
        <translation>Citas del %1</translation>
    </message>
    <message>
        <source>Reminder sent today</source>
        <translation>Recordatorio enviado hoy</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Open %1 with the reminder and log it</source>
        <translation>Abrir %1 con el recordatorio y registrarlo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the reminder to paste it anywhere, and log it</source>
        <translation>Copiar el recordatorio para pegarlo donde quiera, y registrarlo</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link.</source>
        <translation>Ninguna aplicación de este equipo abre este tipo de enlace.</translation>
    </message>
    <message>
        <source>Could not log the contact</source>
        <translation>No se pudo registrar el contacto</translation>
    </message>
    <message>
        <source>Reminder for %1 logged.</source>
        <translation>Recordatorio para %1 registrado.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo archive of %1</source>
        <translation>&amp;Deshacer archivado de %1</translation>
    </message>
    <message>
        <source>&amp;Undo contact log</source>
        <translation>&amp;Deshacer registro de contacto</translation>
    </message>
    <message>
        <source>&amp;Undo reward for %1</source>
        <translation>&amp;Deshacer premio de %1</translation>
    </message>
    <message>
        <source>&amp;Undo visit change of %1</source>
        <translation>&amp;Deshacer cambio de visita de %1</translation>
    </message>
    <message>
        <source>&amp;Undo visit deletion of %1</source>
        <translation>&amp;Deshacer eliminación de visita de %1</translation>
    </message>
    <message>
        <source>&amp;Undo promise change of %1</source>
        <translation>&amp;Deshacer cambio de compromiso de %1</translation>
    </message>
    <message>
        <source>&amp;Undo booking for %1</source>
        <translation>&amp;Deshacer la cita de %1</translation>
    </message>
    <message>
        <source>&amp;Undo resize of %1&apos;s booking</source>
        <translation>&amp;Deshacer el cambio de duración de la cita de %1</translation>
    </message>
    <message>
        <source>&amp;Undo move of %1&apos;s booking</source>
        <translation>&amp;Deshacer el cambio de la cita de %1</translation>
    </message>
    <message>
        <source>&amp;Undo cancellation for %1</source>
        <translation>&amp;Deshacer la cancelación de %1</translation>
    </message>
    <message>
        <source>&amp;Undo no-show of %1</source>
        <translation>&amp;Deshacer la no asistencia de %1</translation>
    </message>
    <message>
        <source>&amp;Undo status change for %1</source>
        <translation>&amp;Deshacer el cambio de estado de %1</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit — {name}</source>
        <translation>Visita — {name}</translation>
    </message>
    <message>
        <source>This appointment&apos;s visit was logged already: correct it here.</source>
        <translation>La visita de esta cita ya se registró: corríjala aquí.</translation>
    </message>
    <message>
        <source>Correcting a visit already logged.</source>
        <translation>Corrigiendo una visita ya registrada.</translation>
    </message>
    <message>
        <source>From the {time} appointment, which will be marked done.</source>
        <translation>De la cita de las {time}, que se marcará como terminada.</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>p. ej. Corte de pelo</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>S&amp;pend:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Spend in {currency}</source>
        <translation>Importe en {currency}</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A visit in the future?</source>
        <translation>¿Una visita en el futuro?</translation>
    </message>
    <message>
        <source>This visit is logged for %1 at %2, but it is now %3 on %4. Log it anyway?</source>
        <translation>Esta visita se registra para el %1 a las %2, pero ahora son las %3 del %4. ¿Registrarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Not working</source>
        <translation>No trabaja</translation>
    </message>
    <message>
        <source>%1 booked
%2 free</source>
        <translation>%1 citas
%2 libre</translation>
    </message>
    <message>
        <source>%1, %2: %3 bookings, %4 h booked, %5 h free</source>
        <translation>%1, %2: %3 citas, %4 h reservadas, %5 h libres</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>Suele venir cada</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Prefiere</translation>
    </message>
    <message>
        <source>Lapsed since</source>
        <translation>Sin venir desde</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message numerus="yes">
        <source>at most once every %n days</source>
        <translation>
            <numerusform>como máximo una vez cada %n día</numerusform>
            <numerusform>como máximo una vez cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit on contact</source>
        <translation>sin límite de contacto</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to ClientBook</source>
        <translation>Te damos la bienvenida a ClientBook</translation>
    </message>
    <message>
        <source>Read-only data</source>
        <translation>Datos de solo lectura</translation>
    </message>
    <message>
        <source>%1

ClientBook shows the data, but cannot save any change until the folder can be written to again.</source>
        <translation>%1

ClientBook muestra los datos, pero no puede guardar ningún cambio hasta que se pueda volver a escribir en la carpeta.</translation>
    </message>
    <message>
        <source>There are no clients yet. Try ClientBook on a sample book of made-up clients with visits, appointments and promises, or start with an empty book for your own clients.

You can remove the sample data later: File → Remove the sample data…</source>
        <translation>Aún no hay clientes. Prueba ClientBook con un libro de ejemplo de clientes inventados, con visitas, citas y compromisos, o empieza con un libro vacío para tus propios clientes.

Puedes quitar los datos de ejemplo más tarde: Archivo → Quitar los datos de ejemplo…</translation>
    </message>
    <message>
        <source>&amp;Load the sample book</source>
        <translation>&amp;Cargar el libro de ejemplo</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacío</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data:
%1

Go back to the newest good backup, from %2? The unusable file is kept in the backups folder.</source>
        <translation>ClientBook no puede abrir sus datos:
%1

¿Volver a la copia de seguridad en buen estado más reciente, del %2? El archivo inservible se guarda en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>ClientBook cannot open its data</source>
        <translation>ClientBook no puede abrir sus datos</translation>
    </message>
    <message>
        <source>The data is on a network share</source>
        <translation>Los datos están en una carpeta de red</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>ClientBook is already open</source>
        <translation>ClientBook ya está abierto</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 on the computer %2. Close it there first: two computers must not work on one book at the same time.</source>
        <translation>ClientBook ya está abierto con los datos de %1 en el equipo %2. Ciérralo allí primero: dos equipos no pueden trabajar a la vez con la misma agenda.</translation>
    </message>
    <message>
        <source>ClientBook is already open with the data in %1 but does not answer. If it is stuck, close it (or end it in the task manager) and start ClientBook again.</source>
        <translation>ClientBook ya está abierto con los datos de %1, pero no responde. Si se ha quedado bloqueado, ciérralo (o finalízalo desde el administrador de tareas) y vuelve a abrir ClientBook.</translation>
    </message>
</context>
</TS>
