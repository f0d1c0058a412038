"""Public facts about Tokyo's city diplomacy, as data for the demo database.

Dates of agreements, networks and the 2014 visits are public record; dates
marked approximate in the source are illustrative. Every person and every
meeting in the demo is fictional.
"""

from __future__ import annotations

from datetime import date

from ..models import AgreementKind, MembershipRole, RelationshipLevel

# key: (English, local script, Japanese, country, IANA zone, lat, lon, level, region)
CITIES: dict[str, tuple] = {
    "tokyo": ("Tokyo", "東京", "東京", "JP", "Asia/Tokyo", 35.6895, 139.6917, RelationshipLevel.NONE, "Tokyo Metropolis"),
    "new_york": ("New York City", "New York City", "ニューヨーク", "US", "America/New_York", 40.7128, -74.0060, RelationshipLevel.SISTER, "New York"),
    "beijing": ("Beijing", "北京", "北京", "CN", "Asia/Shanghai", 39.9042, 116.4074, RelationshipLevel.SISTER, None),
    "paris": ("Paris", "Paris", "パリ", "FR", "Europe/Paris", 48.8566, 2.3522, RelationshipLevel.SISTER, "Île-de-France"),
    "nsw": ("New South Wales", "New South Wales", "ニューサウスウェールズ州", "AU", "Australia/Sydney", -33.8688, 151.2093, RelationshipLevel.SISTER, "state"),
    "seoul": ("Seoul", "서울", "ソウル", "KR", "Asia/Seoul", 37.5665, 126.9780, RelationshipLevel.SISTER, None),
    "jakarta": ("Jakarta", "Jakarta", "ジャカルタ", "ID", "Asia/Jakarta", -6.2088, 106.8456, RelationshipLevel.SISTER, None),
    "sao_paulo": ("São Paulo", "São Paulo", "サンパウロ州", "BR", "America/Sao_Paulo", -23.5505, -46.6333, RelationshipLevel.SISTER, "state"),
    "cairo": ("Cairo", "القاهرة", "カイロ", "EG", "Africa/Cairo", 30.0444, 31.2357, RelationshipLevel.SISTER, None),
    "moscow": ("Moscow", "Москва", "モスクワ", "RU", "Europe/Moscow", 55.7558, 37.6173, RelationshipLevel.SISTER, None),
    "berlin": ("Berlin", "Berlin", "ベルリン", "DE", "Europe/Berlin", 52.5200, 13.4050, RelationshipLevel.SISTER, None),
    "rome": ("Rome", "Roma", "ローマ", "IT", "Europe/Rome", 41.9028, 12.4964, RelationshipLevel.SISTER, None),
    "london": ("London", "London", "ロンドン", "GB", "Europe/London", 51.5074, -0.1278, RelationshipLevel.PARTNER, "Greater London"),
    "tomsk": ("Tomsk", "Томск", "トムスク", "RU", "Asia/Tomsk", 56.4977, 84.9744, RelationshipLevel.FRIENDSHIP, "Tomsk Region"),
    "los_angeles": ("Los Angeles", "Los Angeles", "ロサンゼルス", "US", "America/Los_Angeles", 34.0522, -118.2437, RelationshipLevel.FRIENDSHIP, "California"),
    "sochi": ("Sochi", "Сочи", "ソチ", "RU", "Europe/Moscow", 43.6028, 39.7342, RelationshipLevel.CONTACT, None),
    "incheon": ("Incheon", "인천", "仁川", "KR", "Asia/Seoul", 37.4563, 126.7052, RelationshipLevel.CONTACT, None),
    "bangkok": ("Bangkok", "กรุงเทพมหานคร", "バンコク", "TH", "Asia/Bangkok", 13.7563, 100.5018, RelationshipLevel.CONTACT, None),
    "delhi": ("Delhi", "दिल्ली", "デリー", "IN", "Asia/Kolkata", 28.7041, 77.1025, RelationshipLevel.CONTACT, None),
    "hanoi": ("Hanoi", "Hà Nội", "ハノイ", "VN", "Asia/Ho_Chi_Minh", 21.0278, 105.8342, RelationshipLevel.CONTACT, None),
    "kuala_lumpur": ("Kuala Lumpur", "Kuala Lumpur", "クアラルンプール", "MY", "Asia/Kuala_Lumpur", 3.1390, 101.6869, RelationshipLevel.CONTACT, None),
    "manila": ("Manila", "Maynila", "マニラ", "PH", "Asia/Manila", 14.5995, 120.9842, RelationshipLevel.CONTACT, None),
    "singapore": ("Singapore", "新加坡", "シンガポール", "SG", "Asia/Singapore", 1.3521, 103.8198, RelationshipLevel.CONTACT, None),
    "taipei": ("Taipei", "臺北", "台北", "TW", "Asia/Taipei", 25.0330, 121.5654, RelationshipLevel.CONTACT, None),
    "ulaanbaatar": ("Ulaanbaatar", "Улаанбаатар", "ウランバートル", "MN", "Asia/Ulaanbaatar", 47.8864, 106.9057, RelationshipLevel.CONTACT, None),
    "yangon": ("Yangon", "ရန်ကုန်", "ヤンゴン", "MM", "Asia/Yangon", 16.8409, 96.1735, RelationshipLevel.CONTACT, None),
}

# The twelve sister and friendship partners: (city, kind, title, signed)
PARTNER_AGREEMENTS: list[tuple[str, AgreementKind, str, date]] = [
    ("new_york", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1960, 2, 29)),
    ("beijing", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1979, 3, 14)),
    ("paris", AgreementKind.SISTER_CITY, "Sister city agreement (friendship and cooperation)", date(1982, 7, 14)),
    ("nsw", AgreementKind.SISTER_CITY, "Sister state affiliation", date(1984, 5, 9)),
    ("seoul", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1988, 9, 3)),
    ("jakarta", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1989, 10, 23)),
    ("sao_paulo", AgreementKind.SISTER_CITY, "Sister state affiliation", date(1990, 6, 13)),
    ("cairo", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1990, 10, 23)),
    ("moscow", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1991, 7, 16)),
    ("berlin", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1994, 5, 14)),
    ("rome", AgreementKind.SISTER_CITY, "Sister city affiliation", date(1996, 7, 5)),
    ("london", AgreementKind.PARTNERSHIP, "Friendship and partner city agreement (Greater London Authority)", date(2015, 10, 14)),
]

# (city, kind, title, signed, renewed, fields of cooperation, legally binding, organization key)
OTHER_AGREEMENTS: list[tuple] = [
    ("seoul", AgreementKind.MOU, "Memorandum of understanding on cooperation", date(2014, 7, 23), None, "urban policy; environment; culture; 2018 and 2020 Games", True, None),
    ("berlin", AgreementKind.MOU, "Memorandum of understanding on cooperation", date(2014, 10, 29), None, "urban development; environment; culture; Games preparation", True, None),
    ("seoul", AgreementKind.JOINT_STATEMENT, "Joint statement on exchange and cooperation", date(2015, 2, 3), None, "tourism; culture; youth exchange", True, None),
    ("nsw", AgreementKind.MOU, "Memorandum of understanding", date(2015, 5, 19), date(2024, 2, 6), "sport; environment; tourism; education", True, None),
    ("tomsk", AgreementKind.MOU, "Memorandum of understanding (Tomsk Region)", date(2015, 6, 10), None, "science and education; culture", True, "tomsk_region"),
    ("london", AgreementKind.MOU, "Memorandum of understanding", date(2015, 10, 14), None,
     "urban development; environment; culture; transport; tourism; major sporting events", False, "gla"),
    ("moscow", AgreementKind.MOU, "Memorandum of understanding", date(2015, 10, 22), None, "urban economy; culture; sport", True, None),
    ("london", AgreementKind.MOU, "Memorandum of understanding on finance (City of London Corporation)", date(2017, 12, 4), None, "financial services; green finance", True, "city_of_london"),
    ("los_angeles", AgreementKind.MOU, "Memorandum of understanding", date(2018, 7, 25), date(2021, 7, 25), "Olympic and Paralympic Games; environment; tourism", True, None),
    ("berlin", AgreementKind.JOINT_STATEMENT, "Joint communiqué on the 30th anniversary of the sister city affiliation", date(2024, 5, 14), None, "climate; culture; start-ups", True, None),
]

# key: (name, local name, kind, city key)
ORGANIZATIONS: dict[str, tuple] = {
    "gla": ("Greater London Authority", None, "city_government", "london"),
    "city_of_london": ("City of London Corporation", None, "city_government", "london"),
    "tomsk_region": ("Administration of Tomsk Region", "Администрация Томской области", "regional_government", "tomsk"),
    "moscow_gov": ("Government of Moscow", "Правительство Москвы", "city_government", "moscow"),
    "seoul_gov": ("Seoul Metropolitan Government", "서울특별시", "city_government", "seoul"),
    "beijing_gov": ("Beijing Municipal Government", "北京市人民政府", "city_government", "beijing"),
    "berlin_senate": ("Senate of Berlin", "Senat von Berlin", "city_government", "berlin"),
    "sochi_admin": ("Administration of Sochi", "Администрация города Сочи", "city_government", "sochi"),
    "incheon_gov": ("Incheon Metropolitan City", "인천광역시", "city_government", "incheon"),
    "jakarta_gov": ("Provincial Government of Jakarta", "Pemerintah Provinsi DKI Jakarta", "city_government", "jakarta"),
    "la_mayor": ("Office of the Mayor of Los Angeles", None, "city_government", "los_angeles"),
    "anmc21_sec": ("ANMC21 Secretariat", None, "network_body", "tokyo"),
}

NETWORKS: list[dict] = [
    {
        "name": "Asian Network of Major Cities 21", "short_name": "ANMC21", "name_ja": "アジア大都市ネットワーク21",
        "founded_year": 2001,
        "description": "Founded in 2001 on Tokyo's proposal; Asian capitals and major cities working together on common urban issues.",
        "members": [("bangkok", None), ("delhi", None), ("hanoi", None), ("jakarta", None), ("kuala_lumpur", None),
                    ("manila", None), ("seoul", None), ("singapore", None), ("taipei", None),
                    ("tokyo", MembershipRole.FOUNDER), ("tomsk", None), ("ulaanbaatar", None), ("yangon", None)],
        "joined": date(2001, 10, 1),
        "plenaries": [(13, "13th Plenary Meeting", "tomsk", date(2014, 9, 5), date(2014, 9, 6))],
    },
    {
        "name": "C40 Cities Climate Leadership Group", "short_name": "C40", "name_ja": "C40世界大都市気候先導グループ",
        "founded_year": 2005,
        "description": "Megacities committed to addressing climate change. Tokyo joined in 2006 and has been a vice chair since 2007.",
        "members": [("tokyo", MembershipRole.VICE_CHAIR), ("new_york", None), ("london", None), ("paris", None),
                    ("seoul", None), ("berlin", None), ("los_angeles", None), ("jakarta", None)],
        "joined": date(2006, 5, 1),
        "plenaries": [(None, "C40 Tokyo Conference on Climate Change", "tokyo", date(2008, 10, 21), date(2008, 10, 23))],
    },
    {
        "name": "World Association of the Major Metropolises", "short_name": "Metropolis", "name_ja": "世界大都市協会",
        "founded_year": 1985,
        "description": "Founded in 1985. Tokyo hosted its 5th World Congress in 1996.",
        "members": [("tokyo", None), ("seoul", None), ("paris", None), ("berlin", None), ("cairo", None)],
        "joined": date(1985, 4, 1),
        "plenaries": [(5, "5th Metropolis World Congress", "tokyo", date(1996, 4, 22), date(1996, 4, 25))],
    },
    {
        "name": "Urban 20", "short_name": "U20", "name_ja": "アーバン20",
        "founded_year": 2017,
        "description": "Cities of the G20 countries. Tokyo joined on 2018-01-24 and chaired it in 2019.",
        "members": [("tokyo", MembershipRole.CHAIR), ("paris", None), ("london", None), ("los_angeles", None),
                    ("new_york", None)],
        "joined": date(2018, 1, 24),
        "plenaries": [(None, "U20 Tokyo Mayors Summit", "tokyo", date(2019, 5, 21), date(2019, 5, 22))],
    },
]

OBJECTIVES: list[tuple[int, str, str, str]] = [
    (1, "A successful 2020 Olympic and Paralympic Games", "2020年オリンピック・パラリンピック競技大会の成功",
     "Learn from host cities, build support for the Games and promote Tokyo as their host."),
    (2, "Solving issues common to the world's metropolises", "世界の大都市に共通する課題の解決",
     "Environment, disaster preparedness, ageing, transport: share what works with partner cities."),
    (3, "Making Tokyo a global city", "東京のグローバル都市化",
     "Raise Tokyo's standing as a hub of finance, business, tourism and culture."),
]

# A city counts toward the relations target when it is a partner at friendship level or
# above, or has an agreement in force, or had a head-of-city meeting in the last years.
RELATIONS_RULE = {
    "any": [
        {"relationship_level_at_least": "friendship"},
        {"agreement_in_force": True},
        {"head_of_city_meeting_within_years": 5},
    ]
}

TARGETS: list[dict] = [
    {"title": "Relations with 15 cities by 2017", "title_ja": "2017年までに15都市との関係構築",
     "target_count": 15, "starts_on": date(2014, 12, 1), "deadline": date(2017, 12, 31), "objective": 3,
     "milestones": [{"on": "2015-12-31", "count": 13}, {"on": "2016-12-31", "count": 14}]},
    {"title": "Relations with 30 cities by 2020", "title_ja": "2020年までに30都市との関係構築",
     "target_count": 30, "starts_on": date(2014, 12, 1), "deadline": date(2020, 12, 31), "objective": 3,
     "milestones": [{"on": "2017-12-31", "count": 15}, {"on": "2018-12-31", "count": 20}, {"on": "2019-12-31", "count": 25}]},
]
