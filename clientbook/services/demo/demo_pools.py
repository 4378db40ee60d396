"""Word pools for the demo client book: names in five languages, preferences, notes.

Kept apart from demo.py so the generator stays readable. Names are written the way
the clients write them (Greek with tonos, Ukrainian Cyrillic, Simplified Chinese);
preference and note text is English, the staff's language.
"""

from __future__ import annotations

from clientbook.domain.models import ContactChannel, PreferenceCategory

# Staff ------------------------------------------------------------------------
# (name, role, active). Nikos left the studio; his past visits stay in the history.
STAFF = (
    ("Mei", "designer", True),
    ("Carlos", "designer", True),
    ("Sofia", "designer", True),
    ("Oksana", "designer", True),
    ("Nikos", "designer", False),
    ("Emma", "receptionist", True),
)

# Names: every language has female and male given names and family names ------
# Family names are (male form, female form) where the language inflects them.

EN_FEMALE = ("Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace", "Hannah", "Lucy",
             "Margaret", "Eleanor", "Rebecca", "Jessica", "Chloe", "Alice", "Harriet",
             "Victoria", "Mary", "Isla", "Poppy", "Ruth")
EN_MALE = ("James", "Oliver", "Thomas", "William", "Harry", "George", "Jack", "Daniel",
           "Edward", "Samuel", "Henry", "Michael", "David", "Arthur")
EN_FAMILY = ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
             "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
             "Hall", "Wood", "Jackson", "Clarke", "O'Brien", "Marshall", "Hughes", "Patel",
             "Khan", "Murphy", "Fletcher", "Bennett")

ES_FEMALE = ("María", "Carmen", "Lucía", "Sofía", "Marta", "Elena", "Paula", "Laura", "Ana",
             "Isabel", "Rocío", "Pilar", "Inés", "Begoña", "María José", "Nuria", "Alba")
ES_MALE = ("Carlos", "Javier", "José", "Manuel", "Alejandro", "Pablo", "Miguel", "Álvaro",
           "Sergio", "Jorge", "Raúl", "Andrés", "Íñigo")
ES_FAMILY = ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
             "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
             "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez",
             "Castillo", "Ortega", "Ibáñez", "Peña")

ZH_FAMILY = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
             "胡", "郭", "何", "林", "高", "罗")
ZH_FEMALE = ("娜", "芳", "静", "丽", "秀英", "敏", "婷", "雪", "慧", "佳怡", "晓燕", "梅", "玉兰",
             "欣怡", "小红")
ZH_MALE = ("小明", "伟", "强", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "浩然", "子轩",
           "建华")

EL_FEMALE = ("Ζωή", "Μαρία", "Ελένη", "Κατερίνα", "Σοφία", "Αναστασία", "Δήμητρα", "Γεωργία",
             "Βασιλική", "Ευαγγελία", "Χριστίνα", "Ιωάννα", "Αγγελική", "Δέσποινα", "Φωτεινή")
# (nominative, vocative): a Greek man is greeted in the vocative ("Κύριε Νίκο").
EL_MALE = (("Γιώργος", "Γιώργο"), ("Νίκος", "Νίκο"), ("Δημήτρης", "Δημήτρη"),
           ("Γιάννης", "Γιάννη"), ("Κώστας", "Κώστα"), ("Παναγιώτης", "Παναγιώτη"),
           ("Αλέξανδρος", "Αλέξανδρε"), ("Σπύρος", "Σπύρο"), ("Μιχάλης", "Μιχάλη"),
           ("Θανάσης", "Θανάση"))
EL_FAMILY = (("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαδάκης", "Παπαδάκη"),
             ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"), ("Νικολάου", "Νικολάου"),
             ("Βλάχος", "Βλάχου"), ("Αντωνίου", "Αντωνίου"),
             ("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Μαυρίδης", "Μαυρίδου"),
             ("Ιωάννου", "Ιωάννου"), ("Δημητρίου", "Δημητρίου"), ("Καραγιάννης", "Καραγιάννη"),
             ("Μακρής", "Μακρή"), ("Σταματόπουλος", "Σταματοπούλου"),
             ("Χατζηδάκης", "Χατζηδάκη"))

UK_FEMALE = ("Олена", "Оксана", "Наталія", "Ірина", "Тетяна", "Юлія", "Софія", "Марія",
             "Анастасія", "Людмила", "Галина", "Вікторія", "Дарина", "Катерина")
UK_MALE = ("Андрій", "Олександр", "Дмитро", "Тарас", "Богдан", "Микола", "Сергій", "Іван",
           "Максим", "Віктор", "Юрій", "Остап")
UK_FAMILY = (("Шевченко", "Шевченко"), ("Коваленко", "Коваленко"),
             ("Бондаренко", "Бондаренко"), ("Ткаченко", "Ткаченко"), ("Кравченко", "Кравченко"),
             ("Олійник", "Олійник"), ("Мельник", "Мельник"), ("Шевчук", "Шевчук"),
             ("Поліщук", "Поліщук"), ("Бойко", "Бойко"), ("Ковальчук", "Ковальчук"),
             ("Лисенко", "Лисенко"), ("Марченко", "Марченко"), ("Савченко", "Савченко"),
             ("Петренко", "Петренко"), ("Ковальський", "Ковальська"),
             ("Левицький", "Левицька"), ("Гнатюк", "Гнатюк"), ("Мороз", "Мороз"))

# Phone numbers as people write them, by language; each # is a random digit.
# UK ones may omit +44: the demo book's phone region is GB.
PHONE_FORMATS = {
    "en": ("074## ######", "+44 79## ######", "+44 (0)20 7946 0###", "020 7946 0###",
           "+44 7700 900###"),
    "es": ("+34 6## ### ###", "+34 6## ## ## ##", "0034 6########", "+34 91 ### ## ##"),
    "zh": ("+86 138 #### ####", "+86 139########", "+86-150-####-####", "+86 10 #### ####",
           "+86 186 #### ####"),
    "el": ("+30 694 ### ####", "+30 697#######", "+30 699 #######", "+30 210 ### ####"),
    "uk": ("+380 67 ### ####", "+380 (50) ###-##-##", "+380 93#######", "+380 44 ### ####",
           "+380 97 ### ## ##"),
}

# Email domains are the reserved example ones: demo data must never reach a real inbox.
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com")

# Preferences: (value, detail) per category -----------------------------------
PREFERENCES: dict[PreferenceCategory, tuple[tuple[str, str], ...]] = {
    PreferenceCategory.DRINK: (
        ("Earl Grey", "no sugar, porcelain cup"), ("Flat white", "oat milk"),
        ("Espresso", "double, no sugar"), ("Green tea", "jasmine if we have it"),
        ("Sparkling water", "with a slice of lemon"), ("Still water", "room temperature"),
        ("Chamomile tea", "honey on the side"), ("Cappuccino", "extra hot"),
        ("Prosecco", "birthdays only"), ("Oolong tea", ""), ("Black coffee", ""),
        ("Mint tea", "fresh mint"), ("Hot chocolate", "skimmed milk"),
    ),
    PreferenceCategory.FOOD: (
        ("Shortbread", ""), ("Almond biscuits", ""), ("Fruit plate", "no grapes"),
        ("Dark chocolate", "one square"), ("Gluten-free biscuits", "keep a pack aside"),
        ("Nothing to eat", "fasting in the mornings"), ("Baklava", "from the bakery opposite"),
    ),
    PreferenceCategory.ROOM: (
        ("Quiet room", ""), ("Window seat", "likes the light"), ("Chair nearest the door", ""),
        ("Private room", "for colour appointments"), ("Warm room", "feels the cold"),
        ("Ground floor", "avoids the stairs"),
    ),
    PreferenceCategory.MUSIC: (
        ("Jazz", "low volume"), ("Classical", ""), ("No music", ""), ("Greek pop", ""),
        ("Flamenco", ""), ("Lo-fi", ""), ("Chinese classical", "guzheng"),
        ("Brings headphones", "podcasts"), ("Ukrainian folk", ""),
    ),
    PreferenceCategory.CONVERSATION: (
        ("Grandchildren", "loves to show photos"), ("Football", "Real Madrid fan"),
        ("Travel", "just back from Crete"), ("Gardening", "roses"),
        ("Prefers to read", "leave a magazine"), ("Likes to practise English", ""),
        ("Art and museums", ""), ("Cooking", "swaps recipes with Mei"),
    ),
    PreferenceCategory.HEALTH: (
        ("Nut allergy", "no almond biscuits"), ("Sensitive scalp", "patch test before colour"),
        ("Latex allergy", "use nitrile gloves"), ("Pregnant", "no ammonia-based colour"),
        ("Bad back", "cushion at the basin"), ("Hard of hearing", "speak on the left side"),
        ("Migraines", "dim the lights"),
    ),
    PreferenceCategory.PRODUCTS: (
        ("Olaplex No.3", ""), ("Sulphate-free shampoo", ""), ("Argan oil", "a few drops"),
        ("Matte wax", ""), ("Heat protection spray", ""),
        ("Purple shampoo", "keeps the blonde cool"),
        ("Kérastase mask", ""),
    ),
}

# "Do not" preferences: (category, value, detail), stored with avoid=True.
AVOID = (
    (PreferenceCategory.PRODUCTS, "No upselling", "buys only what was asked for"),
    (PreferenceCategory.CONVERSATION, "No small talk", ""),
    (PreferenceCategory.OTHER, "No perfume", "migraines"),
    (PreferenceCategory.ROOM, "No strong fragrances", ""),
    (PreferenceCategory.CONTACT, "No phone calls", "text messages only"),
    (PreferenceCategory.OTHER, "No photos for social media", ""),
)

CLIENT_NOTES = (
    "Prefers appointments before 11:00.",
    "Comes with the children on Saturdays.",
    "Uses a wheelchair: book the ground-floor chair.",
    "Pays by card only.",
    "Wedding planner; sends us clients.",
    "Likes to keep the coat nearby.",
    "Often runs ten minutes late; leave a gap after.",
    "Parks at the back; the gate code is 4512.",
    "Likes a reminder text the day before.",
    "Bring the colour record card to every appointment.",
)

# Visits and appointments ------------------------------------------------------
# (service, weight, min cents, max cents, minutes).
# Weekly hours of the demo designers, in the order of STAFF (Carlos has a lunch break).
HOURS = (
    ["tue-sun 09:00-18:00", "mon off"],
    ["mon-sat 09:00-13:00,14:00-18:00", "sun off"],
    ["mon-fri 09:00-18:00", "sat off", "sun 10:00-16:00"],
    ["wed-sun 09:00-18:00", "mon-tue off"],
    ["mon-fri 09:00-17:00", "sat-sun off"],
)

SERVICES = (
    ("Haircut", 30, 3500, 6500, 60),
    ("Colour", 18, 8000, 18000, 120),
    ("Highlights", 8, 11000, 18000, 150),
    ("Blow-dry", 14, 3000, 4500, 45),
    ("Cut and colour", 10, 9500, 18000, 150),
    ("Consultation", 6, 3500, 5000, 30),
    ("Treatment", 8, 4000, 7000, 45),
    ("Event styling", 4, 6000, 12000, 90),
)

VISIT_NOTES = (
    "Went two shades lighter.",
    "Trim only; growing it out.",
    "Very happy with the result.",
    "Booked the next colour in six weeks.",
    "Asked about balayage for the summer.",
    "Toner a little too ash; adjust next time.",
    "Bought the sulphate-free shampoo.",
    "Brought photos for the wedding look.",
)

APPOINTMENT_NOTES = (
    "Wants to try a fringe.",
    "Bring the colour card.",
    "Wedding trial.",
    "First visit after the baby.",
    "Running late, called ahead.",
)

# Promises and the contact log -------------------------------------------------
PROMISES = (
    "Call back when the new colour range arrives",
    "Send photos of the finished style",
    "Hold the 10% loyalty discount for the next visit",
    "Order the Olaplex No.3 they asked about",
    "Book a trial for the wedding in spring",
    "Check whether the quiet room is free on Saturdays",
    "Email the aftercare instructions",
    "Ask Mei about a patch test date",
    "Set aside a gift voucher for the birthday",
    "Refund the double charge from last visit",
    "Find a gluten-free biscuit brand they like",
)

CONTACT_NOTES: dict[ContactChannel, tuple[str, ...]] = {
    ContactChannel.CALL: ("Confirmed Tuesday's appointment.", "Left a voicemail about the "
                          "colour refresh.", "Moved the appointment to next week."),
    ContactChannel.SMS: ("Reminder sent for tomorrow.", "Birthday wishes sent.",
                         "Sent the new opening hours."),
    ContactChannel.EMAIL: ("Sent the aftercare instructions.", "Sent the price list.",
                           "Sent photos of the finished style."),
    ContactChannel.IN_PERSON: ("Dropped by to buy shampoo.", "Picked up a gift voucher.",
                               "Asked about wedding packages."),
}

# The clients the README's search examples find: (display, given, family, greet as).
README_CLIENTS = (
    ("Олена Шевченко", "Олена", "Шевченко", "пані Олена"),
    ("Ζωή Παπαδοπούλου", "Ζωή", "Παπαδοπούλου", "Κυρία Ζωή"),
    ("王小明", "小明", "王", "王先生"),
)
