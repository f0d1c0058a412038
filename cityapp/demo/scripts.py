"""Syllables in many writing systems, for names in the synthetic dataset.

Each syllable is (local script, Latin, katakana), so a made-up name has a
native spelling, a romanization and a Japanese rendering that agree.
"""

from __future__ import annotations

import random

SCRIPTS: dict[str, list[tuple[str, str, str]]] = {
    "latin": [
        ("ka", "ka", "カ"), ("ri", "ri", "リ"), ("mo", "mo", "モ"), ("sa", "sa", "サ"), ("te", "te", "テ"),
        ("lo", "lo", "ロ"), ("na", "na", "ナ"), ("ver", "ver", "ヴェル"), ("an", "an", "アン"),
        ("bel", "bel", "ベル"), ("do", "do", "ド"), ("mi", "mi", "ミ"), ("ra", "ra", "ラ"), ("sol", "sol", "ソル"),
        ("ten", "ten", "テン"), ("gra", "gra", "グラ"), ("nor", "nor", "ノル"), ("vil", "vil", "ヴィル"),
    ],
    "cyrillic": [
        ("ка", "ka", "カ"), ("ри", "ri", "リ"), ("мо", "mo", "モ"), ("са", "sa", "サ"), ("то", "to", "ト"),
        ("ло", "lo", "ロ"), ("на", "na", "ナ"), ("вол", "vol", "ヴォル"), ("ан", "an", "アン"),
        ("бер", "ber", "ベル"), ("до", "do", "ド"), ("ми", "mi", "ミ"), ("ра", "ra", "ラ"), ("ск", "sk", "スク"),
        ("гор", "gor", "ゴル"), ("ев", "ev", "エフ"), ("ня", "nya", "ニャ"), ("ов", "ov", "オフ"),
    ],
    "greek": [
        ("κα", "ka", "カ"), ("ρι", "ri", "リ"), ("μο", "mo", "モ"), ("σα", "sa", "サ"), ("το", "to", "ト"),
        ("λο", "lo", "ロ"), ("να", "na", "ナ"), ("πο", "po", "ポ"), ("αν", "an", "アン"), ("θε", "the", "テ"),
        ("δο", "do", "ド"), ("μι", "mi", "ミ"), ("ρα", "ra", "ラ"), ("νη", "ni", "ニ"),
    ],
    "hangul": [
        ("가", "ga", "カ"), ("나", "na", "ナ"), ("다", "da", "ダ"), ("라", "ra", "ラ"), ("마", "ma", "マ"),
        ("부", "bu", "プ"), ("산", "san", "サン"), ("서", "seo", "ソ"), ("인", "in", "イン"), ("주", "ju", "チュ"),
        ("천", "cheon", "チョン"), ("광", "gwang", "クァン"), ("수", "su", "ス"), ("원", "won", "ウォン"),
        ("영", "yeong", "ヨン"), ("민", "min", "ミン"), ("지", "ji", "ジ"), ("현", "hyeon", "ヒョン"),
    ],
    "han": [
        ("安", "an", "安"), ("北", "bei", "北"), ("城", "cheng", "城"), ("东", "dong", "東"), ("海", "hai", "海"),
        ("华", "hua", "華"), ("江", "jiang", "江"), ("京", "jing", "京"), ("林", "lin", "林"), ("南", "nan", "南"),
        ("平", "ping", "平"), ("山", "shan", "山"), ("天", "tian", "天"), ("西", "xi", "西"), ("阳", "yang", "陽"),
        ("州", "zhou", "州"), ("明", "ming", "明"), ("伟", "wei", "偉"),
    ],
    "arabic": [
        ("كا", "ka", "カ"), ("ري", "ri", "リ"), ("مو", "mu", "ム"), ("سا", "sa", "サ"), ("طا", "ta", "タ"),
        ("لو", "lu", "ル"), ("نا", "na", "ナ"), ("بو", "bu", "ブ"), ("عا", "a", "ア"), ("دي", "di", "ディ"),
        ("ها", "ha", "ハ"), ("مي", "mi", "ミ"), ("را", "ra", "ラ"), ("فا", "fa", "ファ"),
    ],
    "hebrew": [
        ("כ", "ka", "カ"), ("רי", "ri", "リ"), ("מו", "mo", "モ"), ("ש", "sha", "シャ"), ("ת", "ta", "タ"),
        ("לו", "lo", "ロ"), ("נ", "na", "ナ"), ("בי", "bi", "ビ"), ("אן", "an", "アン"), ("ד", "da", "ダ"),
    ],
    "devanagari": [
        ("क", "ka", "カ"), ("रि", "ri", "リ"), ("मो", "mo", "モ"), ("सा", "sa", "サ"), ("ता", "ta", "タ"),
        ("लो", "lo", "ロ"), ("ना", "na", "ナ"), ("पु", "pu", "プ"), ("अन", "an", "アン"), ("दे", "de", "デ"),
        ("मि", "mi", "ミ"), ("रा", "ra", "ラ"), ("गढ़", "garh", "ガル"), ("बा", "ba", "バ"),
    ],
    "thai": [
        ("กา", "ka", "カー"), ("รี", "ri", "リー"), ("โม", "mo", "モー"), ("สา", "sa", "サー"), ("ตา", "ta", "ター"),
        ("โล", "lo", "ロー"), ("นา", "na", "ナー"), ("บุ", "bu", "ブ"), ("อัน", "an", "アン"), ("ดา", "da", "ダー"),
        ("มิ", "mi", "ミ"), ("รา", "ra", "ラー"), ("พง", "phong", "ポン"), ("ชัย", "chai", "チャイ"),
    ],
    "georgian": [
        ("კა", "ka", "カ"), ("რი", "ri", "リ"), ("მო", "mo", "モ"), ("სა", "sa", "サ"), ("თა", "ta", "タ"),
        ("ლო", "lo", "ロ"), ("ნა", "na", "ナ"), ("ბა", "ba", "バ"), ("ანი", "ani", "アニ"), ("ში", "shi", "シ"),
    ],
    "kana": [
        ("か", "ka", "か"), ("さ", "sa", "さ"), ("た", "ta", "た"), ("な", "na", "な"), ("ま", "ma", "ま"),
        ("や", "ya", "や"), ("ら", "ra", "ら"), ("き", "ki", "き"), ("し", "shi", "し"), ("の", "no", "の"),
    ],
}

# country: (script, IANA zone, latitude, longitude, English country name)
COUNTRIES: dict[str, tuple[str, str, float, float]] = {
    "US": ("latin", "America/New_York", 39.0, -90.0), "CA": ("latin", "America/Toronto", 50.0, -95.0),
    "MX": ("latin", "America/Mexico_City", 21.0, -100.0), "BR": ("latin", "America/Sao_Paulo", -15.0, -48.0),
    "AR": ("latin", "America/Argentina/Buenos_Aires", -34.0, -62.0), "CL": ("latin", "America/Santiago", -33.0, -71.0),
    "PE": ("latin", "America/Lima", -10.0, -76.0), "CO": ("latin", "America/Bogota", 5.0, -74.0),
    "GB": ("latin", "Europe/London", 53.0, -2.0), "FR": ("latin", "Europe/Paris", 46.0, 2.0),
    "DE": ("latin", "Europe/Berlin", 51.0, 10.0), "IT": ("latin", "Europe/Rome", 42.0, 12.0),
    "ES": ("latin", "Europe/Madrid", 40.0, -4.0), "PT": ("latin", "Europe/Lisbon", 39.5, -8.0),
    "NL": ("latin", "Europe/Amsterdam", 52.2, 5.3), "PL": ("latin", "Europe/Warsaw", 52.0, 19.0),
    "CZ": ("latin", "Europe/Prague", 49.8, 15.5), "HU": ("latin", "Europe/Budapest", 47.2, 19.5),
    "SE": ("latin", "Europe/Stockholm", 60.0, 15.0), "FI": ("latin", "Europe/Helsinki", 62.0, 26.0),
    "TR": ("latin", "Europe/Istanbul", 39.0, 35.0), "ID": ("latin", "Asia/Jakarta", -6.5, 107.0),
    "VN": ("latin", "Asia/Ho_Chi_Minh", 16.0, 107.0), "PH": ("latin", "Asia/Manila", 13.0, 122.0),
    "MY": ("latin", "Asia/Kuala_Lumpur", 3.5, 102.0), "AU": ("latin", "Australia/Sydney", -33.0, 148.0),
    "NZ": ("latin", "Pacific/Auckland", -40.0, 175.0), "ZA": ("latin", "Africa/Johannesburg", -29.0, 25.0),
    "KE": ("latin", "Africa/Nairobi", -1.0, 37.0), "NG": ("latin", "Africa/Lagos", 9.0, 8.0),
    "RU": ("cyrillic", "Europe/Moscow", 56.0, 40.0), "UA": ("cyrillic", "Europe/Kyiv", 49.0, 32.0),
    "KZ": ("cyrillic", "Asia/Almaty", 48.0, 68.0), "MN": ("cyrillic", "Asia/Ulaanbaatar", 47.0, 104.0),
    "BG": ("cyrillic", "Europe/Sofia", 42.7, 25.5), "RS": ("cyrillic", "Europe/Belgrade", 44.0, 21.0),
    "GR": ("greek", "Europe/Athens", 39.0, 22.0), "CY": ("greek", "Asia/Nicosia", 35.0, 33.0),
    "KR": ("hangul", "Asia/Seoul", 36.5, 127.8), "CN": ("han", "Asia/Shanghai", 32.0, 112.0),
    "TW": ("han", "Asia/Taipei", 23.7, 121.0), "SG": ("han", "Asia/Singapore", 1.35, 103.8),
    "EG": ("arabic", "Africa/Cairo", 27.0, 30.0), "SA": ("arabic", "Asia/Riyadh", 24.0, 45.0),
    "AE": ("arabic", "Asia/Dubai", 24.0, 54.0), "MA": ("arabic", "Africa/Casablanca", 32.0, -6.0),
    "JO": ("arabic", "Asia/Amman", 31.0, 36.0), "QA": ("arabic", "Asia/Qatar", 25.3, 51.2),
    "IL": ("hebrew", "Asia/Jerusalem", 31.5, 35.0), "IN": ("devanagari", "Asia/Kolkata", 23.0, 79.0),
    "NP": ("devanagari", "Asia/Kathmandu", 28.0, 84.0), "TH": ("thai", "Asia/Bangkok", 15.0, 101.0),
    "GE": ("georgian", "Asia/Tbilisi", 42.0, 43.5), "JP": ("kana", "Asia/Tokyo", 36.0, 138.0),
}

CJK_SCRIPTS = frozenset({"hangul", "han", "kana"})


def make_name(rng: random.Random, script: str, syllables: int) -> tuple[str, str, str]:
    """A made-up word: (local spelling, Latin romanization, Japanese rendering)."""
    parts = [rng.choice(SCRIPTS[script]) for _ in range(syllables)]
    local = "".join(p[0] for p in parts)
    latin = "".join(p[1] for p in parts)
    japanese = "".join(p[2] for p in parts)
    if script in ("latin",):
        local = local.capitalize()
    return local, latin.capitalize(), japanese
