"""The messages ClientBook ships: one per occasion and language, in a formal register.

Formal by default, as a firm writes to its clients: "usted" in Spanish, "Ви" (capitalised,
as in a letter) in Ukrainian, "σας" in Greek, "您" in Chinese. Names are never declined: the
greeting puts {address_as} where any case reads right, and the firm can write the vocative
("Олено", "κυρία Μαρία") into the client's "address as" field. The firm's name only signs the
message, so an unnamed firm leaves no gap in a sentence.
"""

from __future__ import annotations

# (subject, body) per occasion and language. Subjects are only used for e-mail.
DEFAULTS: dict[str, dict[str, tuple[str, str]]] = {
    "reminder": {
        "en": ("Your appointment",
               "Hello {address_as},\n"
               "this is a reminder of your appointment on {date} at {time} with {designer}.\n"
               "If you need to change it, please let us know.\n{firm}"),
        "es": ("Su cita",
               "Hola, {address_as}:\n"
               "le recordamos su cita del {date} a las {time} con {designer}.\n"
               "Si necesita cambiarla, le rogamos que nos avise.\n{firm}"),
        "zh_CN": ("预约提醒",
                  "{address_as}，您好！\n"
                  "温馨提醒：您的预约时间为{date}{time}，由{designer}为您服务。\n"
                  "如需更改，请与我们联系。\n{firm}"),
        "el": ("Υπενθύμιση ραντεβού",
               "Γεια σας, {address_as}!\n"
               "Σας υπενθυμίζουμε το ραντεβού σας {date} στις {time} ({designer}).\n"
               "Αν χρειάζεστε αλλαγή, παρακαλούμε ενημερώστε μας.\n{firm}"),
        "uk": ("Нагадування про запис",
               "Добрий день, {address_as}!\n"
               "Нагадуємо, що Ви записані на {date} о {time} ({designer}).\n"
               "Якщо потрібно щось змінити, будь ласка, повідомте нас.\n{firm}"),
    },
    "birthday": {
        "en": ("Happy birthday!",
               "Happy birthday, {address_as}!\n"
               "All of us wish you a wonderful year ahead, and we look forward to seeing "
               "you soon.\n{firm}"),
        "es": ("¡Feliz cumpleaños!",
               "¡Feliz cumpleaños, {address_as}!\n"
               "Todo nuestro equipo le desea un año maravilloso. Esperamos verle pronto.\n"
               "{firm}"),
        "zh_CN": ("生日快乐！",
                  "{address_as}，祝您生日快乐！\n"
                  "我们全体同仁祝您在新的一岁里健康幸福，期待您再次光临。\n{firm}"),
        "el": ("Χρόνια πολλά!",
               "Χρόνια πολλά, {address_as}!\n"
               "Όλη η ομάδα μας σας εύχεται υγεία και μια υπέροχη χρονιά. "
               "Ανυπομονούμε να σας δούμε σύντομα.\n{firm}"),
        "uk": ("З днем народження!",
               "{address_as}, щиро вітаємо Вас із днем народження!\n"
               "Уся наша команда бажає Вам здоровʼя та чудового року. "
               "Будемо раді бачити Вас знову.\n{firm}"),
    },
    "reward": {
        "en": ("A thank-you is waiting for you",
               "Hello {address_as},\n"
               "thank you for your loyalty! Your next visit comes with {reward}. "
               "We look forward to seeing you.\n{firm}"),
        "es": ("Le espera un detalle",
               "Hola, {address_as}:\n"
               "¡gracias por su fidelidad! En su próxima visita le espera {reward}. "
               "Será un placer atenderle.\n{firm}"),
        "zh_CN": ("感谢您的支持",
                  "{address_as}，您好！\n"
                  "感谢您一直以来的支持！您下次到访时将获得：{reward}。期待您的光临。\n{firm}"),
        "el": ("Σας περιμένει ένα δώρο",
               "Γεια σας, {address_as}!\n"
               "Σας ευχαριστούμε για την προτίμησή σας! Στην επόμενη επίσκεψή σας "
               "σας περιμένει: {reward}. Ανυπομονούμε να σας δούμε.\n{firm}"),
        "uk": ("На Вас чекає подарунок",
               "Добрий день, {address_as}!\n"
               "Дякуємо, що Ви з нами! Під час наступного візиту на Вас чекає: {reward}. "
               "Будемо раді Вас бачити.\n{firm}"),
    },
    "winback": {
        "en": ("We miss you",
               "Hello {address_as},\n"
               "we have not seen you for {months}, and we miss you. We would be delighted "
               "to welcome you again: just reply and we will find a time that suits you.\n"
               "{firm}"),
        "es": ("Le echamos de menos",
               "Hola, {address_as}:\n"
               "hace {months} que no le vemos y le echamos de menos. Será un placer "
               "recibirle de nuevo: responda a este mensaje y buscaremos el momento que "
               "mejor le convenga.\n{firm}"),
        "zh_CN": ("我们想念您",
                  "{address_as}，您好！\n"
                  "距离您上次到访已经{months}了，我们很想念您。"
                  "欢迎您随时回复，我们将为您安排合适的时间。\n{firm}"),
        "el": ("Μας λείψατε",
               "Γεια σας, {address_as}!\n"
               "Έχουμε να σας δούμε {months} και μας λείψατε. Θα χαρούμε πολύ να σας "
               "ξαναδούμε: απαντήστε μας και θα βρούμε μια ώρα που σας βολεύει.\n{firm}"),
        "uk": ("Ми сумуємо за Вами",
               "Добрий день, {address_as}!\n"
               "Ми не бачили Вас уже {months} і сумуємо. Будемо щиро раді знову Вас "
               "прийняти: дайте відповідь на це повідомлення, і ми підберемо зручний "
               "для Вас час.\n{firm}"),
    },
    "promise": {
        "en": ("Following up",
               "Hello {address_as},\nas promised, we are getting back to you: \n\n{firm}"),
        "es": ("Seguimiento",
               "Hola, {address_as}:\ntal como le prometimos, nos ponemos en contacto con "
               "usted: \n\n{firm}"),
        "zh_CN": ("跟进",
                  "{address_as}，您好！\n按照之前的约定，我们特此与您联系：\n\n{firm}"),
        "el": ("Όπως σας υποσχεθήκαμε",
               "Γεια σας, {address_as}!\nΌπως σας υποσχεθήκαμε, επικοινωνούμε μαζί σας: "
               "\n\n{firm}"),
        "uk": ("Як ми й обіцяли",
               "Добрий день, {address_as}!\nЯк ми й обіцяли, звертаємося до Вас: \n\n{firm}"),
    },
    "free": {
        "en": ("", "Hello {address_as},\n\n\n{firm}"),
        "es": ("", "Hola, {address_as}:\n\n\n{firm}"),
        "zh_CN": ("", "{address_as}，您好！\n\n\n{firm}"),
        "el": ("", "Γεια σας, {address_as}!\n\n\n{firm}"),
        "uk": ("", "Добрий день, {address_as}!\n\n\n{firm}"),
    },
}

# What {designer} says when nobody is named, and {reward} when the firm names no reward.
OUR_TEAM = {"en": "our team", "es": "nuestro equipo", "zh_CN": "我们的团队",
            "el": "η ομάδα μας", "uk": "наша команда"}
A_REWARD = {"en": "a small thank-you gift", "es": "un pequeño obsequio",
            "zh_CN": "一份小礼物", "el": "ένα μικρό δώρο", "uk": "невеликий подарунок"}
