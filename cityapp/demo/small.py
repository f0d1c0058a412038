"""The demo office: Tokyo's partners, networks, strategy and the 2014 visits.

Public facts come from `facts`; people, meetings, commitments and gifts are
fictional and attribute nothing to real officials.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    ActionStatus,
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    BudgetCategory,
    BudgetLine,
    Bureau,
    City,
    CityStatus,
    Classification,
    Commitment,
    CommitmentProgress,
    CommitmentStatus,
    ContactRole,
    Counterpart,
    DelegateRole,
    Fund,
    Gift,
    GiftDirection,
    GiftDisposition,
    Indicator,
    ItineraryItem,
    ItineraryKind,
    Lesson,
    Measurement,
    Meeting,
    MeetingAttendee,
    MeetingLevel,
    MembershipRole,
    Milestone,
    MilestoneStatus,
    NationalBody,
    NationalContact,
    Network,
    NetworkMembership,
    NetworkPlenary,
    Objective,
    Organization,
    OrganizationKind,
    OwnerSide,
    PrecedenceOffice,
    Programme,
    ProgrammeKind,
    ProgrammeParticipant,
    ProgrammeYear,
    Project,
    ProjectStatus,
    Side,
    StaffMember,
    Target,
    Trip,
    TripContact,
    TripDelegate,
    TripDirection,
    TripStatus,
    TripStop,
)
from ..models.enums import TRANSPORT
from . import facts

HOME_ZONE = "Asia/Tokyo"

# key: (family, given, Japanese name, title, department)
# How Japanese read each name, family name first (the key for 五十音順 lists): our officers'
# フリガナ, and the katakana forms of our counterparts' names.
READINGS = {
    "governor": "カンダ ハルト",
    "director": "モリ アイコ",
    "deputy": "ヤマダ ダイチ",
    "protocol": "サトウ ケンジ",
    "interp_ru": "タカハシ ユイ",
    "interp_ko": "コバヤシ メイ",
    "press": "イトウ レン",
    "security": "ナカムラ ショウ",
    "olympics": "スズキ ハナ",
    "environment": "ワタナベ カイト",
    "sochi": "オルロフ ドミトリー",
    "beijing": "ワン ウェイ",
    "seoul": "キム ミンジュン",
    "seoul_2": "パク ジウ",
    "tomsk": "ヴォルコワ アンナ",
    "moscow": "ソコロフ イワン",
    "incheon": "イ ソヨン",
    "london": "カーター エミリー",
    "berlin": "ヴェーバー ヨナス",
    "jakarta": "ラフマ シティ",
    "jakarta_2": "サントソ ブディ",
    "los_angeles": "リベラ ダニエル",
}

STAFF = {
    "governor": ("Kanda", "Haruto", "神田 陽翔", "Governor", "Office of the Governor"),
    "director": (
        "Mori",
        "Aiko",
        "森 愛子",
        "Director, International Affairs",
        "Office for City Diplomacy",
    ),
    "deputy": (
        "Yamada",
        "Daichi",
        "山田 大地",
        "Deputy Director, Protocol",
        "Office for City Diplomacy",
    ),
    "protocol": ("Sato", "Kenji", "佐藤 健二", "Protocol Officer", "Office for City Diplomacy"),
    "interp_ru": (
        "Takahashi",
        "Yui",
        "高橋 結衣",
        "Interpreter (Russian, English)",
        "Office for City Diplomacy",
    ),
    "interp_ko": (
        "Kobayashi",
        "Mei",
        "小林 芽衣",
        "Interpreter (Korean, Chinese)",
        "Office for City Diplomacy",
    ),
    "press": ("Ito", "Ren", "伊藤 蓮", "Press Secretary", "Office of the Governor"),
    "security": ("Nakamura", "Sho", "中村 翔", "Security Liaison", "General Affairs Bureau"),
    "olympics": (
        "Suzuki",
        "Hana",
        "鈴木 花",
        "Manager, Games Preparation",
        "Bureau of Olympic and Paralympic Games Preparation",
    ),
    "environment": (
        "Watanabe",
        "Kaito",
        "渡辺 海斗",
        "Manager, Climate Policy",
        "Bureau of Environment",
    ),
}

# The languages our staff speak (counterparts' are in COUNTERPARTS).
STAFF_LANGUAGES = {
    "governor": "ja",
    "director": "ja, en",
    "deputy": "ja, en",
    "protocol": "ja, en",
    "interp_ru": "ja, ru, en",
    "interp_ko": "ja, ko, zh",
    "press": "ja",
    "security": "ja",
    "olympics": "ja, en",
    "environment": "ja, en",
}

# Each person's office in the order of precedence (its English name, as the table starts),
# and for our staff the day they took it up.
OFFICES = {
    "governor": ("Governor or mayor", date(2014, 2, 11)),
    "director": ("Director-general", date(2013, 4, 1)),
    "deputy": ("Director", date(2012, 7, 1)),
    "protocol": ("Officer", date(2010, 4, 1)),
    "interp_ru": ("Officer", date(2011, 4, 1)),
    "interp_ko": ("Officer", date(2013, 10, 1)),
    "press": ("Officer", date(2012, 4, 1)),
    "security": ("Officer", date(2014, 4, 1)),
    "olympics": ("Manager", date(2013, 9, 8)),
    "environment": ("Manager", date(2011, 4, 1)),
    "sochi": ("Vice-governor or deputy mayor", None),
    "beijing": ("Vice-governor or deputy mayor", None),
    "seoul": ("Vice-governor or deputy mayor", None),
    "seoul_2": ("Director-general", None),
    "tomsk": ("Vice-governor or deputy mayor", None),
    "moscow": ("Director-general", None),
    "incheon": ("Vice-governor or deputy mayor", None),
    "london": ("Vice-governor or deputy mayor", None),
    "berlin": ("Director-general", None),
    "jakarta": ("Vice-governor or deputy mayor", None),
    "jakarta_2": ("Director-general", None),
    "los_angeles": ("Vice-governor or deputy mayor", None),
}

# key: (family, given, family local, given local, family first, honorific, form of address,
#       position, organization key, city key, languages, interpreter, dietary, protocol notes)
COUNTERPARTS = {
    "sochi": (
        "Orlov",
        "Dmitry",
        "Орлов",
        "Дмитрий",
        False,
        "Mr",
        "Mr Orlov",
        "Deputy Head of the City Administration",
        "sochi_admin",
        "sochi",
        "ru",
        True,
        None,
        None,
    ),
    "beijing": (
        "Wang",
        "Wei",
        "王",
        "伟",
        True,
        "Mr",
        "Vice Mayor Wang",
        "Vice Mayor (fictional)",
        "beijing_gov",
        "beijing",
        "zh",
        True,
        "No alcohol at lunch.",
        None,
    ),
    "seoul": (
        "Kim",
        "Min-jun",
        "김",
        "민준",
        True,
        "Mr",
        "Vice Mayor Kim",
        "First Vice Mayor (fictional)",
        "seoul_gov",
        "seoul",
        "ko, en",
        True,
        None,
        "Prefers to be seated facing the door; exchanges cards with both hands.",
    ),
    "seoul_2": (
        "Park",
        "Ji-woo",
        "박",
        "지우",
        True,
        "Ms",
        "Director General Park",
        "Director General for International Relations",
        "seoul_gov",
        "seoul",
        "ko, en, ja",
        False,
        "Vegetarian.",
        None,
    ),
    "tomsk": (
        "Volkova",
        "Anna",
        "Волкова",
        "Анна",
        False,
        "Ms",
        "Deputy Governor Volkova",
        "Deputy Governor for Science and Education",
        "tomsk_region",
        "tomsk",
        "ru, en",
        True,
        None,
        None,
    ),
    "moscow": (
        "Sokolov",
        "Ivan",
        "Соколов",
        "Иван",
        False,
        "Mr",
        "Minister Sokolov",
        "Minister of the Government of Moscow, External Economic Relations",
        "moscow_gov",
        "moscow",
        "ru",
        True,
        "Allergic to shellfish.",
        "Use full title in correspondence.",
    ),
    "incheon": (
        "Lee",
        "Seo-yeon",
        "이",
        "서연",
        True,
        "Ms",
        "Vice Mayor Lee",
        "Vice Mayor for Administrative Affairs",
        "incheon_gov",
        "incheon",
        "ko",
        True,
        None,
        None,
    ),
    "london": (
        "Carter",
        "Emily",
        None,
        None,
        False,
        "Ms",
        "Deputy Mayor Carter",
        "Deputy Mayor for Culture and Legacy (fictional)",
        "gla",
        "london",
        "en",
        False,
        None,
        None,
    ),
    "berlin": (
        "Weber",
        "Jonas",
        None,
        None,
        False,
        "Mr",
        "State Secretary Weber",
        "State Secretary for International Relations",
        "berlin_senate",
        "berlin",
        "de, en",
        True,
        "Vegetarian; no pork.",
        None,
    ),
    "jakarta": (
        "Rahma",
        "Siti",
        None,
        None,
        False,
        "Ms",
        "Deputy Governor Rahma",
        "Deputy Governor for Development",
        "jakarta_gov",
        "jakarta",
        "id, en",
        True,
        "Halal meals only.",
        "Avoid scheduling during Friday prayers.",
    ),
    "jakarta_2": (
        "Santoso",
        "Budi",
        None,
        None,
        False,
        "Mr",
        "Mr Santoso",
        "Head of the Cooperation Bureau",
        "jakarta_gov",
        "jakarta",
        "id, en",
        False,
        "Halal meals only.",
        None,
    ),
    "los_angeles": (
        "Rivera",
        "Daniel",
        None,
        None,
        False,
        "Mr",
        "Deputy Mayor Rivera",
        "Deputy Mayor for International Affairs",
        "la_mayor",
        "los_angeles",
        "en, es",
        False,
        None,
        None,
    ),
}


# The demo's meetings as the office names them in Japanese (lists, briefings and exports in
# Japanese show these; a meeting without one shows its English title).
MEETING_TITLES_JA = {
    "Call on the Sochi City Administration": "ソチ市行政府表敬訪問",
    "Talks on air quality with the Beijing Municipal Government": "北京市人民政府との大気環境に関する会談",
    "Talks with the Seoul Metropolitan Government": "ソウル特別市との会談",
    "Bilateral talks with the Administration of Tomsk Region": "トムスク州行政府との二国間会談",
    "ANMC21 side meeting on the joint project on urban disaster preparedness": (
        "ANMC21共同事業（都市の防災）に関するサイドミーティング"
    ),
    "Talks with the Government of Moscow": "モスクワ市政府との会談",
    "Delegation debrief: Moscow talks": "代表団内報告：モスクワ会談",
    "Games operations briefing with Incheon Metropolitan City": "仁川広域市との大会運営に関する説明会",
    "Talks with the Greater London Authority on Games legacy": "大ロンドン庁との大会レガシーに関する会談",
    "Talks with the Senate of Berlin": "ベルリン州政府との会談",
    "Video call with Los Angeles on Games cooperation": "ロサンゼルス市との大会協力に関するビデオ会議",
    "Courtesy call on the Governor": "知事表敬",
    "Courtesy call by the Jakarta Cooperation Bureau (planning)": "ジャカルタ協力局の表敬（調整中）",
}


def local(zone: str, text: str) -> datetime:
    """An aware datetime from a local wall-clock time, 'YYYY-MM-DD HH:MM', in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


class DemoBuilder:
    """Builds the demo rows step by step; keeps keys so later steps can refer back."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.cities: dict[str, City] = {}
        self.orgs: dict[str, Organization] = {}
        self.staff: dict[str, StaffMember] = {}
        self.people: dict[str, Counterpart] = {}
        self.objectives: dict[int, Objective] = {}
        self.networks: dict[str, Network] = {}

    def build(self) -> None:
        self.add_cities()
        self.add_strategy()
        self.add_agreements()
        self.add_networks()
        self.add_people()
        self.s.flush()
        self.add_trips()
        self.add_projects()
        self.s.flush()
        self.add_programmes()
        self.add_coordination_and_lessons()
        self.s.flush()
        # Our interpreters interpret at the meetings they attend (the seating checks).
        interpreters = {self.staff[k].id for k in STAFF if k.startswith("interp_")}
        for attendee in self.s.scalars(
            select(MeetingAttendee).where(MeetingAttendee.staff_id.in_(interpreters))
        ):
            attendee.interpreter = True
        self.s.flush()

    # -- the record ---------------------------------------------------------------------

    def add_cities(self) -> None:
        for key, (en, loc, ja, cc, tz, lat, lon, level, region) in facts.CITIES.items():
            city = City(
                name_en=en,
                name_local=loc,
                name_ja=ja,
                country_code=cc,
                timezone=tz,
                latitude=lat,
                longitude=lon,
                relationship_level=level,
                region=region,
                status=CityStatus.ACTIVE
                if level.value in ("sister", "partner", "friendship") or key == "tokyo"
                else CityStatus.PROSPECT,
                priority=1 if level.value in ("sister", "partner") else 3,
                is_home=key == "tokyo",
                population=facts.POPULATION.get(key),
                subdivision=facts.SUBDIVISION.get(key),
            )
            self.cities[key] = city
            self.s.add(city)
        for key, (name, name_local, kind, city_key) in facts.ORGANIZATIONS.items():
            city = self.cities[city_key]
            org = Organization(
                name=name,
                name_local=name_local,
                kind=OrganizationKind(kind),
                city=city,
                country_code=city.country_code,
            )
            self.orgs[key] = org
            self.s.add(org)

    def add_agreements(self) -> None:
        for key, kind, title, signed in facts.PARTNER_AGREEMENTS:
            self.s.add(
                Agreement(
                    kind=kind,
                    title=title,
                    city=self.cities[key],
                    signed_on=signed,
                    effective_on=signed,
                    legally_binding=True,
                    fields_of_cooperation="exchange in all fields of city government",
                    renewal_terms="In force until ended by either party.",
                    objectives=[self.objectives[3]],
                )
            )
        for key, kind, title, signed, renewed, fields, binding, org in facts.OTHER_AGREEMENTS:
            history = (
                [
                    AgreementEvent(
                        kind=AgreementEventKind.RENEWAL,
                        happened_on=renewed,
                        document_ref=f"Agreements/{renewed.year}/{key}-{kind.value}-renewal.pdf",
                        note="Renewed on the same terms.",
                    )
                ]
                if renewed
                else []
            )
            self.s.add(
                Agreement(
                    events=history,
                    kind=kind,
                    title=title,
                    city=self.cities[key],
                    signed_on=signed,
                    effective_on=signed,
                    renewed_on=renewed,
                    fields_of_cooperation=fields,
                    legally_binding=binding,
                    organization=self.orgs.get(org) if org else None,
                    document_ref=f"Agreements/{signed.year}/{key}-{kind.value}.pdf",
                    objectives=[self.objectives[n] for n in _serves(key, kind)],
                )
            )

    def add_networks(self) -> None:
        for spec in facts.NETWORKS:
            net = Network(
                name=spec["name"],
                short_name=spec["short_name"],
                name_ja=spec["name_ja"],
                founded_year=spec["founded_year"],
                description=spec["description"],
            )
            for city_key, role in spec["members"]:
                net.memberships.append(
                    NetworkMembership(
                        city=self.cities[city_key],
                        role=role or MembershipRole.MEMBER,
                        joined_on=spec["joined"] if city_key == "tokyo" else None,
                    )
                )
            for number, title, city_key, starts, ends in spec["plenaries"]:
                net.plenaries.append(
                    NetworkPlenary(
                        number=number,
                        title=title,
                        city=self.cities[city_key],
                        starts_on=starts,
                        ends_on=ends,
                    )
                )
            self.s.add(net)
            self.networks[spec["short_name"]] = net

    def add_projects(self) -> None:
        """Joint projects: Tokyo's cap-and-trade shared through C40 (public: the scheme began
        in 2010); the figures, milestones and the other projects are invented."""
        bureaus = {
            key: Bureau(name_en=en, name_ja=ja)
            for key, (en, ja) in {
                "environment": ("Bureau of Environment", "環境局"),
                "games": (
                    "Bureau of Olympic and Paralympic Games Preparation",
                    "オリンピック・パラリンピック準備局",
                ),
                "general": ("Bureau of General Affairs", "総務局"),
                "policy": ("Office of the Governor for Policy Planning", "政策企画局"),
                "urban": ("Bureau of Urban Development", "都市整備局"),
            }.items()
        }
        self.s.add_all(bureaus.values())
        cap = Project(
            title="Cap-and-trade knowledge sharing with C40 cities",
            title_ja="C40都市とのキャップ・アンド・トレード制度の知見共有",
            status=ProjectStatus.RUNNING,
            bureau=bureaus["environment"],
            starts_on=date(2015, 4, 1),
            budget_yen=Decimal(24_000_000),
            cities=[self.cities["seoul"], self.cities["los_angeles"]],
            networks=[self.networks["C40"]],
            objectives=[self.objectives[2]],
            description="Workshops and staff exchanges on running an urban emissions trading scheme.",
            results="Two partner cities drafted schemes of their own (invented).",
        )
        co2 = Indicator(
            name="CO₂ emitted by the covered facilities",
            unit="Mt-CO₂",
            baseline=Decimal("13.6"),
            target=Decimal("11.0"),
            target_on=date(2019, 3, 31),
        )
        for day, value in (
            (date(2016, 3, 31), "12.9"),
            (date(2017, 3, 31), "12.2"),
            (date(2018, 3, 31), "11.6"),
        ):
            co2.measurements.append(Measurement(measured_on=day, value=Decimal(value)))
        trained = Indicator(
            name="Partner-city staff trained", unit="people", baseline=0, target=120
        )
        trained.measurements.append(Measurement(measured_on=date(2017, 3, 31), value=45))
        cap.indicators += [co2, trained]
        cap.milestones += [
            Milestone(
                title="First workshop in Tokyo",
                due_on=date(2015, 10, 20),
                status=MilestoneStatus.REACHED,
                reached_on=date(2015, 10, 21),
            ),
            Milestone(
                title="Study tour of Seoul's officials",
                due_on=date(2016, 6, 30),
                status=MilestoneStatus.REACHED,
                reached_on=date(2016, 7, 8),
            ),
            Milestone(
                title="Joint report to the C40 summit",
                due_on=date(2019, 10, 9),
                status=MilestoneStatus.PENDING,
            ),
        ]
        legacy = Project(
            title="Games legacy exchange with London",
            title_ja="ロンドンとの大会レガシー交流",
            status=ProjectStatus.FINISHED,
            bureau=bureaus["games"],
            starts_on=date(2014, 10, 1),
            ends_on=date(2020, 9, 30),
            budget_yen=Decimal(15_000_000),
            cities=[self.cities["london"]],
            objectives=[self.objectives[1]],
            description="What London learned from 2012: venues after the Games, volunteers, transport.",
        )
        volunteers = Indicator(
            name="Volunteers trained with London's programme",
            unit="people",
            baseline=0,
            target=80_000,
        )
        volunteers.measurements.append(Measurement(measured_on=date(2019, 12, 31), value=62_000))
        legacy.indicators.append(volunteers)
        legacy.milestones.append(
            Milestone(
                title="Venue plans reviewed with London's advice",
                due_on=date(2015, 3, 31),
                status=MilestoneStatus.REACHED,
                reached_on=date(2015, 3, 27),
            )
        )
        resilience = Project(
            title="Urban flood resilience with Jakarta",
            title_ja="ジャカルタとの都市水害対策",
            status=ProjectStatus.PLANNED,
            bureau=bureaus["urban"],
            starts_on=date(2027, 4, 1),
            cities=[self.cities["jakarta"]],
            networks=[self.networks["ANMC21"]],
            objectives=[self.objectives[2]],
        )
        self.s.add_all([cap, legacy, resilience])

    def add_programmes(self) -> None:
        """The human-resources fund: 8 billion yen from fiscal 2015 (public); its programmes,
        participants and spending are invented."""
        fund = Fund(
            name="Human Resources Fund for City Diplomacy",
            name_ja="都市外交人材育成基金",
            total_yen=Decimal(8_000_000_000),
            start_fiscal_year=2015,
            notes="Launched in fiscal 2015 under the Basic Strategy for City Diplomacy.",
        )
        bureaus = {b.name_en: b for b in self.s.scalars(select(Bureau))}
        general, environment = (
            bureaus["Bureau of General Affairs"],
            bureaus["Bureau of Environment"],
        )
        asia = ["bangkok", "hanoi", "jakarta", "kuala_lumpur", "manila", "ulaanbaatar", "yangon"]
        programmes = [
            (
                "Scholarships for students from Asian capitals",
                "アジア諸都市からの留学生奨学金",
                ProgrammeKind.SCHOLARSHIP,
                general,
                asia,
                [3],
                [
                    (2015, 40, 210_000_000),
                    (2016, 55, 290_000_000),
                    (2017, 60, 320_000_000),
                    (2018, 62, 330_000_000),
                    (2019, 64, 340_000_000),
                ],
                "Graduates work in their cities' administrations; alumni network founded 2018.",
            ),
            (
                "Youth exchange with sister cities",
                "姉妹友好都市との青少年交流",
                ProgrammeKind.YOUTH_EXCHANGE,
                general,
                ["new_york", "paris", "berlin", "seoul", "nsw"],
                [1, 3],
                [
                    (2015, 120, 80_000_000),
                    (2016, 160, 95_000_000),
                    (2017, 180, 110_000_000),
                    (2018, 200, 120_000_000),
                    (2019, 210, 125_000_000),
                ],
                "High-school students in home stays; the 2019 group volunteered at test events.",
            ),
            (
                "Staff secondment to C40 and partner cities",
                "C40及び友好都市への職員派遣",
                ProgrammeKind.STAFF_SECONDMENT,
                environment,
                ["london", "los_angeles"],
                [2],
                [(2016, 2, 36_000_000), (2017, 3, 52_000_000), (2018, 3, 54_000_000)],
                "Seconded staff brought back the C40 methods for emissions inventories.",
            ),
            (
                "Training for officials of Asian cities",
                "アジア諸都市の行政官研修",
                ProgrammeKind.TRAINING,
                environment,
                ["jakarta", "bangkok", "hanoi"],
                [2],
                [(2016, 30, 45_000_000), (2017, 36, 50_000_000), (2018, 40, 55_000_000)],
                "Courses on flood control, waste and water supply in Tokyo's own works.",
            ),
        ]
        self.s.add(fund)
        self.s.flush()
        made = {}
        for title, title_ja, kind, bureau, cities, objectives, years, outcomes in programmes:
            programme = Programme(
                title=title,
                title_ja=title_ja,
                kind=kind,
                fund=fund,
                bureau=bureau,
                cities=[self.cities[c] for c in cities],
                objectives=[self.objectives[n] for n in objectives],
                outcomes=outcomes + " (invented)",
            )
            for fy, people, yen in years:
                programme.years.append(
                    ProgrammeYear(fiscal_year=fy, participants=people, spending_yen=Decimal(yen))
                )
            self.s.add(programme)
            made[kind] = programme
        self.s.flush()
        for key, fy, role in (
            ("environment", 2016, "Seconded to the C40 secretariat in London"),
            ("olympics", 2017, "Seconded to the Mayor of Los Angeles's office"),
        ):
            self.s.add(
                ProgrammeParticipant(
                    programme_id=made[ProgrammeKind.STAFF_SECONDMENT].id,
                    staff_id=self.staff[key].id,
                    fiscal_year=fy,
                    role=role,
                )
            )

    def add_coordination_and_lessons(self) -> None:
        """Contacts with the national government and lessons turned into policy. The review of
        the 2020 Games venue plans after London is public; the entries' dates and words are
        invented."""
        trips = {t.title: t for t in self.s.scalars(select(Trip))}
        meetings = {m.title: m for m in self.s.scalars(select(Meeting))}
        bureaus = {b.name_en: b for b in self.s.scalars(select(Bureau))}
        projects = {p.title: p for p in self.s.scalars(select(Project))}
        london = trips["London and Berlin: Games legacy and memorandum"]
        jakarta = trips["Jakarta delegation visit to Tokyo"]
        contacts = [
            (
                london,
                None,
                date(2014, 10, 1),
                NationalBody.FOREIGN_MINISTRY,
                "Ministry of Foreign Affairs, European Affairs Bureau",
                "Told of the Governor's visit; asked for briefing on UK and German affairs.",
                "Briefing papers received 10 October.",
            ),
            (
                london,
                None,
                date(2014, 10, 8),
                NationalBody.EMBASSY,
                "Embassy of Japan in the United Kingdom, political section",
                "Programme shared; a courtesy call on the Ambassador requested.",
                "Ambassador's dinner on 27 October.",
            ),
            (
                london,
                None,
                date(2014, 10, 10),
                NationalBody.EMBASSY,
                "Embassy of Japan in Germany",
                "Programme shared; the memorandum with Berlin explained.",
                "The Embassy attends the signing.",
            ),
            (
                jakarta,
                None,
                date(2026, 11, 20),
                NationalBody.FOREIGN_MINISTRY,
                "Ministry of Foreign Affairs, Southeast and Southwest Asian Affairs Department",
                "Told of the Jakarta delegation's visit and its programme.",
                None,
            ),
            (
                None,
                projects["Cap-and-trade knowledge sharing with C40 cities"],
                date(2016, 5, 12),
                NationalBody.OTHER_MINISTRY,
                "Ministry of the Environment, Climate Change Policy Division",
                "Shared the workshops' results; asked how they fit the national plan.",
                "Joint session at the 2016 C40 workshop.",
            ),
        ]
        for trip, project, on, body, whom, subject, follow_up in contacts:
            self.s.add(
                NationalContact(
                    trip_id=trip.id if trip else None,
                    project_id=project.id if project else None,
                    contacted_on=on,
                    body=body,
                    whom=whom,
                    subject=subject,
                    follow_up=follow_up,
                )
            )
        gla = meetings["Talks with the Greater London Authority on Games legacy"]
        lessons = [
            (
                None,
                gla,
                date(2014, 10, 28),
                "London built temporary venues where no lasting use was in sight, and planned the "
                "Olympic Park's use after the Games from the start.",
                1,
                "Bureau of Olympic and Paralympic Games Preparation",
                "Review of the 2020 Games venue plans: temporary or existing venues where no lasting "
                "use is in sight.",
                ActionStatus.ADOPTED,
                date(2014, 11, 12),
            ),
            (
                london,
                None,
                date(2014, 10, 31),
                "London's volunteers programme trained people in its boroughs a year ahead.",
                1,
                "Bureau of Olympic and Paralympic Games Preparation",
                "Volunteer training with London's programme as the model.",
                ActionStatus.ADOPTED,
                date(2015, 6, 1),
            ),
            (
                None,
                meetings["Talks with the Senate of Berlin"],
                date(2014, 10, 29),
                "Berlin's start-up support joins the city, universities and investors in one office.",
                3,
                "Office of the Governor for Policy Planning",
                "A single desk for start-ups from abroad.",
                ActionStatus.UNDER_WAY,
                None,
            ),
            (
                trips["Tomsk and Moscow: ANMC21 plenary and Moscow visit"],
                None,
                date(2014, 9, 6),
                "Asian members ask for help with land subsidence as much as with flooding.",
                2,
                "Bureau of Urban Development",
                None,
                ActionStatus.PROPOSED,
                None,
            ),
        ]
        for trip, meeting, on, learned, objective, bureau, action, status, action_on in lessons:
            self.s.add(
                Lesson(
                    trip_id=trip.id if trip else None,
                    meeting_id=meeting.id if meeting else None,
                    learned_on=on,
                    learned=learned,
                    objective_id=self.objectives[objective].id,
                    bureau_id=bureaus[bureau].id,
                    action=action,
                    action_status=status,
                    action_on=action_on,
                )
            )
        # Commitments the bureaus answer for.
        for text, bureau in (
            ("venue", "Bureau of Olympic and Paralympic Games Preparation"),
            ("flood", "Bureau of Urban Development"),
            ("emission", "Bureau of Environment"),
        ):
            for commitment in self.s.scalars(
                select(Commitment).where(Commitment.text.ilike(f"%{text}%"))
            ):
                commitment.bureau_id = bureaus[bureau].id

    def add_strategy(self) -> None:
        for number, title, title_ja, description in facts.OBJECTIVES:
            obj = Objective(number=number, title=title, title_ja=title_ja, description=description)
            self.objectives[number] = obj
            self.s.add(obj)
        self.s.flush()
        for spec in facts.TARGETS:
            self.s.add(
                Target(
                    title=spec["title"],
                    title_ja=spec["title_ja"],
                    target_count=spec["target_count"],
                    starts_on=spec["starts_on"],
                    deadline=spec["deadline"],
                    rule=facts.RELATIONS_RULE,
                    milestones=spec["milestones"],
                    objective_id=self.objectives[spec["objective"]].id,
                    notes="Existing partners included (Basic Strategy for City Diplomacy, December 2014).",
                )
            )

    def add_people(self) -> None:
        # The order of precedence the office starts with (written by the first migration).
        office = {o.name_en: o for o in self.s.scalars(select(PrecedenceOffice))}
        for key, (family, given, ja, title, dept) in STAFF.items():
            held, since = OFFICES[key]
            member = StaffMember(
                family_name=family,
                given_name=given,
                name_ja=ja,
                reading=READINGS.get(key),
                title=title,
                department=dept,
                email=f"{given.lower()}.{family.lower()}@citydesk.example",
                office=office[held],
                office_since=since,
                languages=STAFF_LANGUAGES[key],
            )
            self.staff[key] = member
            self.s.add(member)
        for key, row in COUNTERPARTS.items():
            (
                family,
                given,
                fam_loc,
                giv_loc,
                fam_first,
                honorific,
                address,
                position,
                org,
                city,
                languages,
                interpreter,
                dietary,
                protocol,
            ) = row
            person = Counterpart(
                family_name=family,
                given_name=given,
                reading=READINGS.get(key),
                family_name_local=fam_loc,
                given_name_local=giv_loc,
                family_name_first=fam_first,
                honorific=honorific,
                form_of_address=address,
                position=position,
                organization=self.orgs[org],
                city=self.cities[city],
                languages=languages,
                interpreter_needed=interpreter,
                dietary_notes=dietary,
                protocol_notes=protocol,
                term_start=date(2012, 4, 1),
                office=office[OFFICES[key][0]],
                email=f"{family.lower()}@{city.replace('_', '')}.example",
            )
            self.people[key] = person
            self.s.add(person)
        # A predecessor whose term has ended stays in the history.
        self.people["moscow_past"] = Counterpart(
            family_name="Morozov",
            given_name="Pavel",
            family_name_local="Морозов",
            given_name_local="Павел",
            honorific="Mr",
            form_of_address="Mr Morozov",
            position="Former Head of External Relations",
            organization=self.orgs["moscow_gov"],
            city=self.cities["moscow"],
            languages="ru",
            interpreter_needed=True,
            term_start=date(2008, 4, 1),
            term_end=date(2013, 12, 31),
        )
        self.s.add(self.people["moscow_past"])

    # -- trips --------------------------------------------------------------------------

    def trip(
        self,
        title: str,
        direction: TripDirection,
        status: TripStatus,
        start: date,
        end: date,
        dest: str,
        purpose: str,
        objectives: list[int],
        lead: str,
        delegation: list[tuple[str, DelegateRole]],
        classification=Classification.INTERNAL,
    ) -> Trip:
        trip = Trip(
            title=title,
            direction=direction,
            status=status,
            start_date=start,
            end_date=end,
            destination_city=self.cities[dest],
            purpose=purpose,
            classification=classification,
            objectives=[self.objectives[n] for n in objectives],
        )
        trip.stops.append(TripStop(position=0, city=self.cities[dest]))
        if direction is TripDirection.OUTBOUND:
            trip.lead_staff = self.staff[lead]
            for key, role in delegation:
                trip.delegates.append(TripDelegate(staff=self.staff[key], role=role))
        else:
            trip.lead_counterpart = self.people[lead]
            for key, role in delegation:
                trip.delegates.append(TripDelegate(counterpart=self.people[key], role=role))
        self.s.add(trip)
        return trip

    def item(
        self,
        trip: Trip,
        kind: ItineraryKind,
        title: str,
        city: str,
        start: str,
        end: str,
        venue: str | None = None,
        details: str | None = None,
        end_city: str | None = None,
        **leg: Any,
    ) -> ItineraryItem:
        """An item at `city`; a transport leg goes from `city` to `end_city` (its carrier,
        number, terminals, places and booking reference in `leg`)."""
        zone = self.cities[city].timezone
        end_zone = self.cities[end_city].timezone if end_city else zone
        item = ItineraryItem(
            kind=kind,
            title=title,
            city=self.cities[end_city or city],
            origin_city=self.cities[city] if kind in TRANSPORT else None,
            starts_at=local(zone, start),
            start_zone=zone,
            ends_at=local(end_zone, end),
            end_zone=end_zone,
            venue=venue,
            details=details,
            position=len(trip.itinerary),
            **leg,
        )
        trip.itinerary.append(item)
        return item

    def meeting(
        self,
        trip: Trip | None,
        title: str,
        city: str,
        start: str,
        end: str,
        venue: str,
        ours: list[str],
        theirs: list[str],
        *,
        outcome: str,
        decisions: str | None = None,
        agenda: str | None = None,
        talking_points: str | None = None,
        atmosphere: int = 4,
        objectives: list[int] = (),
        classification=Classification.INTERNAL,
        language: str = "English",
        interpreter: str | None = None,
        level: MeetingLevel | None = None,
    ) -> Meeting:
        zone = self.cities[city].timezone
        title_ja = MEETING_TITLES_JA.get(title)
        item = None
        if trip is not None:
            item = self.item(trip, ItineraryKind.MEETING, title, city, start, end, venue)
        meeting = Meeting(
            trip=trip,
            itinerary_item=item,
            title=title,
            title_ja=title_ja,
            starts_at=local(zone, start),
            ends_at=local(zone, end),
            zone=zone,
            city=self.cities[city],
            venue=venue,
            agenda=agenda,
            talking_points=talking_points,
            outcome=outcome,
            decisions=decisions,
            atmosphere=atmosphere,
            classification=classification,
            language=language,
            interpreter=interpreter,
            objectives=[self.objectives[n] for n in objectives],
            level=level or self._level(ours, theirs),
        )
        for key in ours:
            meeting.attendees.append(
                MeetingAttendee(side=Side.OURS, staff=self.staff[key], role=self.staff[key].title)
            )
        for key in theirs:
            meeting.attendees.append(
                MeetingAttendee(
                    side=Side.THEIRS, counterpart=self.people[key], role=self.people[key].position
                )
            )
        self.s.add(meeting)
        return meeting

    def _level(self, ours: list[str], theirs: list[str]) -> MeetingLevel:
        """The highest office at the table: the Governor makes it a head-of-city meeting."""
        if "governor" in ours:
            return MeetingLevel.HEAD_OF_CITY
        positions = [(self.people[k].position or "").lower() for k in theirs]
        if any("deputy" in p or "vice" in p for p in positions):
            return MeetingLevel.DEPUTY
        return MeetingLevel.WORKING

    def commit(
        self,
        meeting: Meeting,
        text: str,
        side: OwnerSide,
        due: date | None,
        status: CommitmentStatus,
        owner: str | None = None,
        completed: date | None = None,
        notes: str | None = None,
        invitation: bool = False,
    ) -> Commitment:
        c = Commitment(
            text=text,
            owner_side=side,
            due_on=due,
            status=status,
            completed_on=completed,
            is_invitation=invitation,
            notes=notes,
        )
        if owner in self.staff:
            c.owner_staff = self.staff[owner]
        elif owner in self.people:
            c.owner_counterpart = self.people[owner]
        meeting.commitments.append(c)
        return c

    def gift(
        self,
        direction: GiftDirection,
        person: str,
        description: str,
        value: int | None,
        on: date,
        meeting: Meeting | None,
        trip: Trip | None,
        disposition: str,
        declared: date | None = None,
        became: GiftDisposition | None = None,
    ) -> None:
        self.s.add(
            Gift(
                direction=direction,
                counterpart=self.people[person],
                description=description,
                value_jpy=value,
                exchanged_on=on,
                meeting=meeting,
                trip=trip,
                disposition=became,
                disposition_note=disposition,
                declared_on=declared,
                declaration_ref=f"GD-{on.year}-{(value or 0) % 997:03d}" if declared else None,
            )
        )

    def budget(
        self, trip: Trip, lines: list[tuple[BudgetCategory, str, str, str, str | None]]
    ) -> None:
        for category, description, amount, currency, rate in lines:
            trip.budget_lines.append(
                BudgetLine(
                    category=category,
                    description=description,
                    amount=Decimal(amount),
                    currency=currency,
                    rate_to_jpy=Decimal(rate) if rate else None,
                )
            )

    def add_trips(self) -> None:
        self._sochi()
        self._beijing()
        self._seoul()
        self._tomsk_moscow()
        self._incheon()
        self._london_berlin()
        self._standalone_and_future()
        self._strategy_years()

    def _sochi(self) -> None:
        t = self.trip(
            "Sochi: Winter Paralympic Games",
            TripDirection.OUTBOUND,
            TripStatus.COMPLETED,
            date(2014, 3, 7),
            date(2014, 3, 11),
            "sochi",
            "Observe the Paralympic Games (dates approximate) and learn how the host city made venues and transport accessible.",
            [1],
            "governor",
            [
                ("governor", DelegateRole.HEAD),
                ("olympics", DelegateRole.DEPUTY),
                ("protocol", DelegateRole.PROTOCOL),
                ("interp_ru", DelegateRole.INTERPRETER),
                ("press", DelegateRole.PRESS),
            ],
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Tokyo Narita → Moscow Sheremetyevo",
            "tokyo",
            "2014-03-07 11:55",
            "2014-03-07 16:45",
            end_city="moscow",
            details="Business class, 5 seats",
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Moscow → Sochi Adler",
            "moscow",
            "2014-03-07 19:30",
            "2014-03-07 22:05",
            end_city="sochi",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel, Imeretinsky coastal cluster",
            "sochi",
            "2014-03-07 23:00",
            "2014-03-10 09:00",
            venue="Coastal cluster hotel",
        )
        m = self.meeting(
            t,
            "Call on the Sochi City Administration",
            "sochi",
            "2014-03-08 10:00",
            "2014-03-08 11:00",
            "Sochi City Hall",
            ["governor", "olympics", "interp_ru"],
            ["sochi"],
            agenda="Accessibility of venues and transport; volunteers; legacy use of venues.",
            talking_points="Thank the city for its hospitality; ask about step-free access retrofits; invite a return visit.",
            outcome="The administration walked us through its barrier-free standards for the coastal cluster and offered its volunteer training material.",
            decisions="Exchange accessibility guidelines and volunteer training material.",
            objectives=[1],
            language="Russian",
            interpreter="Takahashi Yui (consecutive)",
        )
        self.commit(
            m,
            "Send the Tokyo 2020 accessibility working group's contacts to the Sochi administration.",
            OwnerSide.OURS,
            date(2014, 4, 15),
            CommitmentStatus.DONE,
            "olympics",
            completed=date(2014, 4, 2),
        )
        self.commit(
            m,
            "Share the volunteer training handbook in English.",
            OwnerSide.THEIRS,
            date(2014, 5, 31),
            CommitmentStatus.DONE,
            "sochi",
            completed=date(2014, 6, 20),
        )
        self.item(
            t,
            ItineraryKind.EVENT,
            "Para ice hockey: preliminary round",
            "sochi",
            "2014-03-08 14:00",
            "2014-03-08 17:00",
            venue="Shayba Arena",
        )
        self.item(
            t,
            ItineraryKind.EVENT,
            "Site visit: accessible transport hub",
            "sochi",
            "2014-03-09 10:00",
            "2014-03-09 12:30",
            venue="Olympic Park station",
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Sochi → Moscow → Tokyo Narita",
            "sochi",
            "2014-03-10 11:00",
            "2014-03-11 10:35",
            end_city="tokyo",
        )
        self.gift(
            GiftDirection.GIVEN,
            "sochi",
            "Edo kiriko cut-glass pair",
            45_000,
            date(2014, 3, 8),
            m,
            t,
            "Presented at the call on the administration",
        )
        self.budget(
            t,
            [
                (BudgetCategory.AIRFARE, "5 return tickets", "4200000", "JPY", None),
                (BudgetCategory.HOTEL, "3 nights, 5 rooms", "310000", "RUB", "2.95"),
                (BudgetCategory.PER_DIEM, "5 people, 5 days", "325000", "JPY", None),
            ],
        )

    def _beijing(self) -> None:
        t = self.trip(
            "Beijing: air quality cooperation",
            TripDirection.OUTBOUND,
            TripStatus.COMPLETED,
            date(2014, 4, 24),
            date(2014, 4, 26),
            "beijing",
            "Courtesy visit (dates approximate) and talks on air quality and environmental technology.",
            [2],
            "director",
            [
                ("director", DelegateRole.HEAD),
                ("environment", DelegateRole.STAFF),
                ("interp_ko", DelegateRole.INTERPRETER),
            ],
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Tokyo Haneda → Beijing Capital",
            "tokyo",
            "2014-04-24 09:30",
            "2014-04-24 12:20",
            end_city="beijing",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel near Dongcheng",
            "beijing",
            "2014-04-24 14:00",
            "2014-04-26 10:00",
        )
        m = self.meeting(
            t,
            "Talks on air quality with the Beijing Municipal Government",
            "beijing",
            "2014-04-25 10:00",
            "2014-04-25 11:30",
            "Beijing Municipal Government offices",
            ["director", "environment", "interp_ko"],
            ["beijing"],
            agenda="Air quality monitoring; vehicle emission controls; technology exchange.",
            talking_points="Tokyo's diesel vehicle regulations since 2003; offer expert exchange.",
            outcome="Both sides agreed that a joint technical workshop on emission controls would be useful.",
            decisions="Hold a joint workshop in Tokyo within a year.",
            atmosphere=4,
            objectives=[2],
            language="Chinese",
            interpreter="Kobayashi Mei",
        )
        self.commit(
            m,
            "Host a joint technical workshop on vehicle emission controls in Tokyo.",
            OwnerSide.JOINT,
            date(2015, 3, 31),
            CommitmentStatus.DONE,
            "environment",
            completed=date(2015, 2, 18),
        )
        self.commit(
            m,
            "Share monthly PM2.5 monitoring summaries.",
            OwnerSide.THEIRS,
            date(2014, 9, 30),
            CommitmentStatus.DROPPED,
            "beijing",
            notes="Replaced by the workshop's data exchange.",
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Beijing Capital → Tokyo Haneda",
            "beijing",
            "2014-04-26 13:10",
            "2014-04-26 17:30",
            end_city="tokyo",
        )
        self.gift(
            GiftDirection.RECEIVED,
            "beijing",
            "Cloisonné vase",
            60_000,
            date(2014, 4, 25),
            m,
            t,
            "Displayed in the reception room",
            became=GiftDisposition.DISPLAYED,
            declared=date(2014, 5, 7),
        )

    def _seoul(self) -> None:
        t = self.trip(
            "Seoul: memorandum of understanding",
            TripDirection.OUTBOUND,
            TripStatus.COMPLETED,
            date(2014, 7, 23),
            date(2014, 7, 25),
            "seoul",
            "Sign a memorandum of understanding on cooperation and talk about both cities' Games.",
            [1, 2],
            "governor",
            [
                ("governor", DelegateRole.HEAD),
                ("director", DelegateRole.DEPUTY),
                ("protocol", DelegateRole.PROTOCOL),
                ("interp_ko", DelegateRole.INTERPRETER),
                ("press", DelegateRole.PRESS),
                ("security", DelegateRole.SECURITY),
            ],
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Tokyo Haneda → Seoul Gimpo",
            "tokyo",
            "2014-07-23 08:55",
            "2014-07-23 11:15",
            end_city="seoul",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel, Jung-gu",
            "seoul",
            "2014-07-23 12:30",
            "2014-07-25 10:00",
        )
        self.item(
            t,
            ItineraryKind.CEREMONY,
            "Signing of the memorandum of understanding",
            "seoul",
            "2014-07-23 15:00",
            "2014-07-23 15:45",
            venue="Seoul City Hall",
        )
        m = self.meeting(
            t,
            "Talks with the Seoul Metropolitan Government",
            "seoul",
            "2014-07-23 16:00",
            "2014-07-23 17:00",
            "Seoul City Hall",
            ["governor", "director", "interp_ko"],
            ["seoul", "seoul_2"],
            agenda="Cooperation under the new MoU; PyeongChang 2018 and Tokyo 2020; tourism.",
            talking_points="Tokyo 2020 and PyeongChang 2018 as a shared chance; youth exchange; disaster preparedness.",
            outcome="Agreed a work plan under the MoU: youth exchange, tourism promotion and sharing Games preparation.",
            decisions="Start a youth exchange in 2015; a joint tourism event in both cities.",
            atmosphere=5,
            objectives=[1, 2],
            language="Korean",
            interpreter="Kobayashi Mei",
        )
        self.commit(
            m,
            "Launch a high-school youth exchange programme.",
            OwnerSide.OURS,
            date(2015, 3, 31),
            CommitmentStatus.DONE,
            "director",
            completed=date(2015, 3, 2),
        )
        self.tourism = self.commit(
            m,
            "Hold a joint tourism promotion event in both cities.",
            OwnerSide.JOINT,
            date(2015, 6, 30),
            CommitmentStatus.OPEN,
            "seoul_2",
            notes="Venue in Tokyo not yet found.",
        )
        self.commit(
            m,
            "Send the disaster-preparedness handbook in Korean.",
            OwnerSide.OURS,
            date(2014, 10, 31),
            CommitmentStatus.IN_PROGRESS,
            "deputy",
        )
        self.item(
            t,
            ItineraryKind.PRESS,
            "Joint press conference",
            "seoul",
            "2014-07-24 10:00",
            "2014-07-24 10:45",
            venue="Seoul City Hall briefing room",
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Seoul Gimpo → Tokyo Haneda",
            "seoul",
            "2014-07-25 12:10",
            "2014-07-25 14:20",
            end_city="tokyo",
        )
        self.gift(
            GiftDirection.RECEIVED,
            "seoul",
            "Celadon vase",
            80_000,
            date(2014, 7, 23),
            m,
            t,
            "Kept in the Governor's reception room",
            became=GiftDisposition.KEPT,
            declared=date(2014, 8, 1),
        )
        self.gift(
            GiftDirection.GIVEN,
            "seoul",
            "Lacquered writing box",
            70_000,
            date(2014, 7, 23),
            m,
            t,
            "Presented after the signing",
        )
        self.budget(
            t,
            [
                (BudgetCategory.AIRFARE, "6 return tickets", "540000", "JPY", None),
                (BudgetCategory.HOTEL, "2 nights, 6 rooms", "2400000", "KRW", "0.1"),
                (BudgetCategory.GIFTS, "Gifts for the signing", "70000", "JPY", None),
            ],
        )

    def _tomsk_moscow(self) -> None:
        t = self.trip(
            "Tomsk and Moscow: ANMC21 plenary and Moscow visit",
            TripDirection.OUTBOUND,
            TripStatus.COMPLETED,
            date(2014, 9, 3),
            date(2014, 9, 9),
            "tomsk",
            "Attend the 13th ANMC21 plenary in Tomsk, then talks in Moscow.",
            [2, 3],
            "governor",
            [
                ("governor", DelegateRole.HEAD),
                ("director", DelegateRole.DEPUTY),
                ("protocol", DelegateRole.PROTOCOL),
                ("interp_ru", DelegateRole.INTERPRETER),
                ("security", DelegateRole.SECURITY),
            ],
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Tokyo Narita → Moscow Sheremetyevo",
            "tokyo",
            "2014-09-03 11:55",
            "2014-09-03 16:30",
            end_city="moscow",
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Moscow Domodedovo → Tomsk",
            "moscow",
            "2014-09-03 22:40",
            "2014-09-04 06:35",
            end_city="tomsk",
            details="Overnight flight",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel, Tomsk centre",
            "tomsk",
            "2014-09-04 08:00",
            "2014-09-07 07:00",
        )
        self.item(
            t,
            ItineraryKind.EVENT,
            "ANMC21 13th Plenary Meeting",
            "tomsk",
            "2014-09-05 09:00",
            "2014-09-06 17:00",
            venue="Tomsk congress centre",
        )
        m = self.meeting(
            t,
            "Bilateral talks with the Administration of Tomsk Region",
            "tomsk",
            "2014-09-04 15:00",
            "2014-09-04 16:00",
            "Tomsk Region Administration",
            ["governor", "director", "interp_ru"],
            ["tomsk"],
            agenda="Science and education exchange; ANMC21 joint projects.",
            talking_points="Universities in Tomsk and Tokyo; a memorandum next year.",
            outcome="Tomsk proposed a memorandum on science and education; both sides will prepare a draft.",
            decisions="Work toward a memorandum in 2015.",
            objectives=[2],
            language="Russian",
            interpreter="Takahashi Yui",
        )
        self.commit(
            m,
            "Prepare a draft memorandum on science and education.",
            OwnerSide.JOINT,
            date(2015, 5, 31),
            CommitmentStatus.DONE,
            "director",
            completed=date(2015, 6, 10),
        )
        self.commit(
            m,
            "Arrange a student exchange between Tomsk universities and Tokyo Metropolitan University.",
            OwnerSide.THEIRS,
            date(2026, 12, 31),
            CommitmentStatus.IN_PROGRESS,
            "tomsk",
        )
        p = self.meeting(
            t,
            "ANMC21 side meeting on the joint project on urban disaster preparedness",
            "tomsk",
            "2014-09-06 12:30",
            "2014-09-06 13:30",
            "Tomsk congress centre",
            ["director"],
            ["seoul_2"],
            outcome="Seoul and Tokyo will co-write the joint project report.",
            objectives=[2],
            language="English",
        )
        self.commit(
            p,
            "Circulate the joint project report to ANMC21 members.",
            OwnerSide.OURS,
            date(2015, 1, 31),
            CommitmentStatus.OPEN,
            "deputy",
        )
        # Seoul's commitment from July is followed up at the plenary: carried into this meeting.
        self.tourism.status = CommitmentStatus.IN_PROGRESS
        self.s.add(
            CommitmentProgress(
                commitment=self.tourism,
                meeting=p,
                status_after=CommitmentStatus.IN_PROGRESS,
                note="Seoul proposed spring 2015 in Myeong-dong; Tokyo to find a venue.",
            )
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Tomsk → Moscow Domodedovo",
            "tomsk",
            "2014-09-07 08:45",
            "2014-09-07 09:50",
            end_city="moscow",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel, Tverskoy district",
            "moscow",
            "2014-09-07 12:00",
            "2014-09-09 10:00",
        )
        mm = self.meeting(
            t,
            "Talks with the Government of Moscow",
            "moscow",
            "2014-09-08 11:00",
            "2014-09-08 12:30",
            "Moscow City Hall, Tverskaya 13",
            ["governor", "director", "interp_ru"],
            ["moscow"],
            agenda="Urban economy; culture; preparation of a memorandum.",
            talking_points="The sister city relationship since 1991; transport and housing renewal.",
            outcome="Moscow agreed to prepare a memorandum for signature in 2015.",
            decisions="Officials to exchange drafts by spring 2015.",
            objectives=[2, 3],
            language="Russian",
            interpreter="Takahashi Yui",
        )
        self.commit(
            mm,
            "Exchange drafts of a memorandum of understanding.",
            OwnerSide.JOINT,
            date(2015, 4, 30),
            CommitmentStatus.DONE,
            "moscow",
            completed=date(2015, 10, 22),
        )
        self.commit(
            mm,
            "Invite a Moscow delegation to Tokyo for talks on urban renewal.",
            OwnerSide.OURS,
            date(2015, 6, 30),
            CommitmentStatus.OPEN,
            "director",
            invitation=True,
        )
        d = self.meeting(
            t,
            "Delegation debrief: Moscow talks",
            "moscow",
            "2014-09-08 18:00",
            "2014-09-08 18:45",
            "Hotel meeting room",
            ["governor", "director", "protocol"],
            [],
            outcome="Internal assessment of the Moscow side's priorities and sensitivities.",
            classification=Classification.CONFIDENTIAL,
            atmosphere=3,
            language="Japanese",
        )
        self.commit(
            d,
            "Brief the Governor's office on protocol points for a return visit.",
            OwnerSide.OURS,
            date(2014, 10, 15),
            CommitmentStatus.DONE,
            "protocol",
            completed=date(2014, 10, 1),
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Moscow Sheremetyevo → Tokyo Narita",
            "moscow",
            "2014-09-08 19:55",
            "2014-09-09 10:40",
            end_city="tokyo",
        )
        self.gift(
            GiftDirection.RECEIVED,
            "moscow",
            "Gzhel porcelain tea set",
            120_000,
            date(2014, 9, 8),
            mm,
            t,
            "Held by the protocol office",
            became=GiftDisposition.STORED,
        )
        self.gift(
            GiftDirection.RECEIVED,
            "tomsk",
            "Carved cedar box",
            25_000,
            date(2014, 9, 4),
            m,
            t,
            "Displayed in the International Affairs office",
            became=GiftDisposition.DISPLAYED,
        )
        self.budget(
            t,
            [
                (BudgetCategory.AIRFARE, "5 multi-city tickets", "3800000", "JPY", None),
                (BudgetCategory.HOTEL, "5 nights, 5 rooms", "520000", "RUB", "2.9"),
                (BudgetCategory.INTERPRETATION, "Local interpreter, Tomsk", "60000", "RUB", "2.9"),
            ],
        )

    def _incheon(self) -> None:
        t = self.trip(
            "Incheon: Asian Games",
            TripDirection.OUTBOUND,
            TripStatus.COMPLETED,
            date(2014, 10, 2),
            date(2014, 10, 4),
            "incheon",
            "Observe the Asian Games (dates approximate): operations, volunteers and transport.",
            [1],
            "olympics",
            [
                ("olympics", DelegateRole.HEAD),
                ("protocol", DelegateRole.PROTOCOL),
                ("interp_ko", DelegateRole.INTERPRETER),
            ],
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Tokyo Narita → Incheon",
            "tokyo",
            "2014-10-02 09:40",
            "2014-10-02 12:10",
            end_city="incheon",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel, Songdo",
            "incheon",
            "2014-10-02 14:00",
            "2014-10-04 10:00",
        )
        m = self.meeting(
            t,
            "Games operations briefing with Incheon Metropolitan City",
            "incheon",
            "2014-10-03 10:00",
            "2014-10-03 11:30",
            "Incheon City Hall",
            ["olympics", "interp_ko"],
            ["incheon"],
            outcome="Incheon shared its lessons on volunteer management and crowd transport.",
            objectives=[1],
            language="Korean",
            interpreter="Kobayashi Mei",
            atmosphere=4,
        )
        self.commit(
            m,
            "Send Incheon's volunteer management report.",
            OwnerSide.THEIRS,
            date(2014, 12, 31),
            CommitmentStatus.OPEN,
            "incheon",
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Incheon → Tokyo Narita",
            "incheon",
            "2014-10-04 13:00",
            "2014-10-04 15:20",
            end_city="tokyo",
        )

    def _london_berlin(self) -> None:
        t = self.trip(
            "London and Berlin: Games legacy and memorandum",
            TripDirection.OUTBOUND,
            TripStatus.COMPLETED,
            date(2014, 10, 26),
            date(2014, 10, 31),
            "london",
            "Learn from London's Games legacy; sign a memorandum of understanding with Berlin.",
            [1, 2, 3],
            "governor",
            [
                ("governor", DelegateRole.HEAD),
                ("director", DelegateRole.DEPUTY),
                ("protocol", DelegateRole.PROTOCOL),
                ("press", DelegateRole.PRESS),
                ("olympics", DelegateRole.STAFF),
                ("security", DelegateRole.SECURITY),
            ],
        )
        t.stops.append(TripStop(position=1, city=self.cities["berlin"]))
        for role, name, organization, city, phone in [
            (
                ContactRole.EMBASSY,
                "Tanaka Yui, First Secretary",
                "Embassy of Japan in the United Kingdom",
                "london",
                "+44 20 7465 6500",
            ),
            (
                ContactRole.LIAISON,
                "Oliver Grant",
                "Greater London Authority, International Unit",
                "london",
                "+44 20 7983 4000",
            ),
            (
                ContactRole.EMBASSY,
                "Ishii Ren, Counsellor",
                "Embassy of Japan in Germany",
                "berlin",
                "+49 30 21094 0",
            ),
            (
                ContactRole.INTERPRETER,
                "Katrin Vogel",
                "Contracted interpreter (German–Japanese)",
                "berlin",
                "+49 170 555 0142",
            ),
        ]:
            t.contacts.append(
                TripContact(
                    role=role,
                    name=name,
                    organization=organization,
                    city=self.cities[city],
                    phone=phone,
                )
            )
        for delegate, mobile, room in zip(
            t.delegates,
            [
                "+81 90 1111 2001",
                "+81 90 1111 2002",
                "+81 90 1111 2003",
                "+81 90 1111 2004",
                "+81 90 1111 2005",
                "+81 90 1111 2006",
            ],
            [
                "Suite 801",
                "Room 803",
                "Room 805 (shares with press officer)",
                "Room 805 (shares with protocol officer)",
                "Room 807",
                "Room 802 (adjoining the suite)",
            ],
            strict=True,
        ):
            delegate.mobile, delegate.rooming = mobile, room
        # The clocks in London go back on 2014-10-26, the day the delegation arrives.
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Tokyo Haneda → London Heathrow",
            "tokyo",
            "2014-10-26 11:30",
            "2014-10-26 15:55",
            end_city="london",
            origin_venue="Haneda Airport",
            venue="Heathrow Airport",
            carrier="Japan Airlines",
            service_number="JL 43",
            origin_terminal="International Terminal",
            destination_terminal="Terminal 3",
            booking_reference="JL7Q2K",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel, Westminster",
            "london",
            "2014-10-26 17:30",
            "2014-10-28 09:00",
            venue="Park Plaza Westminster Bridge",
            address="200 Westminster Bridge Road, London SE1 7UT",
            booking_reference="PPW-448120",
        )
        m = self.meeting(
            t,
            "Talks with the Greater London Authority on Games legacy",
            "london",
            "2014-10-27 10:00",
            "2014-10-27 11:30",
            "City Hall, London",
            ["governor", "director", "olympics"],
            ["london"],
            agenda="Legacy of the Olympic Park; transport operations; a partnership agreement.",
            talking_points="What London would do differently; the case for a formal partnership.",
            outcome="London offered its legacy study and agreed to work toward a partner city agreement.",
            decisions="Prepare a partner city agreement and an MoU.",
            objectives=[1, 3],
        )
        self.commit(
            m,
            "Share the Olympic Park legacy study.",
            OwnerSide.THEIRS,
            date(2014, 12, 31),
            CommitmentStatus.DONE,
            "london",
            completed=date(2014, 12, 5),
        )
        self.commit(
            m,
            "Send the Tokyo 2020 venue plan with the legacy intentions for each venue.",
            OwnerSide.OURS,
            date(2014, 12, 15),
            CommitmentStatus.OPEN,
            "olympics",
        )
        self.item(
            t,
            ItineraryKind.EVENT,
            "Site visit: Queen Elizabeth Olympic Park",
            "london",
            "2014-10-27 14:00",
            "2014-10-27 16:30",
            venue="Stratford",
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight London Heathrow → Berlin Tegel",
            "london",
            "2014-10-28 10:40",
            "2014-10-28 13:30",
            end_city="berlin",
            origin_venue="Heathrow Airport",
            venue="Tegel Airport",
            carrier="British Airways",
            service_number="BA 982",
            origin_terminal="Terminal 5",
            booking_reference="BA4XM9",
        )
        self.item(
            t,
            ItineraryKind.HOTEL,
            "Hotel, Mitte",
            "berlin",
            "2014-10-28 15:00",
            "2014-10-30 09:00",
            venue="Hotel Adlon Kempinski",
            address="Unter den Linden 77, 10117 Berlin",
            booking_reference="ADL-20141028-17",
        )
        self.item(
            t,
            ItineraryKind.CEREMONY,
            "Signing of the memorandum of understanding",
            "berlin",
            "2014-10-29 11:00",
            "2014-10-29 11:45",
            venue="Rotes Rathaus",
        )
        b = self.meeting(
            t,
            "Talks with the Senate of Berlin",
            "berlin",
            "2014-10-29 12:00",
            "2014-10-29 13:00",
            "Rotes Rathaus",
            ["governor", "director", "protocol"],
            ["berlin"],
            agenda="Cooperation under the MoU; the 20th anniversary of the sister city affiliation.",
            talking_points="Start-ups; climate; culture; the 2024 30th anniversary.",
            outcome="Agreed to hold an urban forum in both cities and to mark the anniversaries together.",
            decisions="Joint urban forum; anniversary events.",
            atmosphere=5,
            objectives=[2, 3],
            language="German",
            interpreter="Contracted interpreter (German)",
        )
        self.commit(
            b,
            "Hold a joint urban forum alternately in Tokyo and Berlin.",
            OwnerSide.JOINT,
            date(2027, 3, 31),
            CommitmentStatus.IN_PROGRESS,
            "berlin",
        )
        self.commit(
            b,
            "Propose dates for the 2024 anniversary programme.",
            OwnerSide.OURS,
            date(2023, 12, 31),
            CommitmentStatus.DONE,
            "director",
            completed=date(2023, 11, 20),
        )
        self.item(
            t,
            ItineraryKind.FLIGHT,
            "Flight Berlin Tegel → Frankfurt → Tokyo Haneda",
            "berlin",
            "2014-10-30 11:00",
            "2014-10-31 09:05",
            end_city="tokyo",
            origin_venue="Tegel Airport",
            venue="Haneda Airport",
            carrier="Lufthansa",
            service_number="LH 175 / LH 716",
            destination_terminal="International Terminal",
            booking_reference="LH8RT3",
        )
        self.gift(
            GiftDirection.GIVEN,
            "london",
            "Arita porcelain plate",
            50_000,
            date(2014, 10, 27),
            m,
            t,
            "Presented at City Hall",
        )
        self.gift(
            GiftDirection.RECEIVED,
            "berlin",
            "KPM porcelain bear",
            40_000,
            date(2014, 10, 29),
            b,
            t,
            "Displayed in the reception room",
            became=GiftDisposition.DISPLAYED,
            declared=date(2014, 11, 10),
        )
        self.gift(
            GiftDirection.RECEIVED,
            "berlin",
            "Book of photographs of Berlin's bridges",
            None,
            date(2014, 10, 29),
            b,
            t,
            "In the International Affairs office library",
            became=GiftDisposition.KEPT,
        )
        self.budget(
            t,
            [
                (BudgetCategory.AIRFARE, "6 multi-city tickets", "6300000", "JPY", None),
                (BudgetCategory.HOTEL, "2 nights London, 6 rooms", "3600", "GBP", "175"),
                (BudgetCategory.HOTEL, "2 nights Berlin, 6 rooms", "2400", "EUR", "140"),
                (BudgetCategory.INTERPRETATION, "German interpreter, 1 day", "900", "EUR", "140"),
            ],
        )

    def _standalone_and_future(self) -> None:
        self.meeting(
            None,
            "Video call with Los Angeles on Games cooperation",
            "tokyo",
            "2018-06-12 09:00",
            "2018-06-12 10:00",
            "Video conference, Tokyo Metropolitan Government Building No. 1",
            ["director", "olympics"],
            ["los_angeles"],
            outcome="Agreed the outline of a memorandum to be signed in July 2018.",
            objectives=[1],
            classification=Classification.PUBLIC,
        )
        visit = self.trip(
            "Jakarta delegation visit to Tokyo",
            TripDirection.INBOUND,
            TripStatus.CONFIRMED,
            date(2026, 12, 8),
            date(2026, 12, 10),
            "tokyo",
            "Flood control and the MRT: visits to the Metropolitan Area Outer Underground Discharge Channel and a rail depot.",
            [2],
            "jakarta",
            [("jakarta", DelegateRole.HEAD), ("jakarta_2", DelegateRole.DEPUTY)],
        )
        m = self.meeting(
            visit,
            "Courtesy call on the Governor",
            "tokyo",
            "2026-12-08 14:00",
            "2026-12-08 14:30",
            "Tokyo Metropolitan Government Building No. 1, 7th floor reception room",
            ["governor", "director", "protocol"],
            ["jakarta", "jakarta_2"],
            outcome="",
            agenda="Welcome; flood control cooperation; the 2029 40th anniversary.",
            talking_points="Thank Jakarta for the 1989 sister city affiliation; offer technical training on flood control.",
            objectives=[2],
            language="English",
        )
        m.outcome = None
        self.item(
            visit,
            ItineraryKind.EVENT,
            "Site visit: underground discharge channel",
            "tokyo",
            "2026-12-09 10:00",
            "2026-12-09 13:00",
            venue="Kasukabe",
        )
        self.meeting(
            None,
            "Courtesy call by the Jakarta Cooperation Bureau (planning)",
            "tokyo",
            "2026-09-15 10:00",
            "2026-09-15 11:00",
            "Tokyo Metropolitan Government Building No. 1",
            ["deputy"],
            ["jakarta_2"],
            outcome="Programme for the December visit agreed.",
            objectives=[2],
            classification=Classification.PUBLIC,
        )
        self.trip(
            "Los Angeles: Games partnership follow-up",
            TripDirection.OUTBOUND,
            TripStatus.PLANNING,
            date(2027, 2, 15),
            date(2027, 2, 19),
            "los_angeles",
            "Follow up the 2018 memorandum ahead of LA 2028.",
            [1, 3],
            "director",
            [("director", DelegateRole.HEAD), ("olympics", DelegateRole.STAFF)],
        )

    def _strategy_years(self) -> None:
        """Head-of-city contacts of 2015-2020 (illustrative dates, fictional people)."""
        for key, city, day, direction, person, objectives, subject in LATER_CONTACTS:
            if person is not None:
                family, given, fam_loc, giv_loc, fam_first, position, language = person
                self.people[key] = Counterpart(
                    family_name=family,
                    given_name=given,
                    family_name_local=fam_loc,
                    given_name_local=giv_loc,
                    family_name_first=fam_first,
                    position=position,
                    city=self.cities[city],
                    languages=language,
                    term_start=date(day.year - 2, 4, 1),
                    term_end=date(day.year + 2, 3, 31),
                )
                self.s.add(self.people[key])
            name = self.cities[city].name_en
            if direction is TripDirection.OUTBOUND:
                trip = self.trip(
                    f"Governor's visit to {name}: {subject}",
                    direction,
                    TripStatus.COMPLETED,
                    day,
                    date.fromordinal(day.toordinal() + 2),
                    city,
                    subject,
                    objectives,
                    "governor",
                    [("governor", DelegateRole.HEAD), ("director", DelegateRole.STAFF)],
                )
                place, title = city, f"Meeting with the city's leadership: {subject}"
            else:
                trip = self.trip(
                    f"Delegation from {name}: {subject}",
                    direction,
                    TripStatus.COMPLETED,
                    day,
                    date.fromordinal(day.toordinal() + 1),
                    "tokyo",
                    subject,
                    objectives,
                    key,
                    [(key, DelegateRole.HEAD)],
                )
                place, title = "tokyo", f"Courtesy call on the Governor: {subject}"
            self.meeting(
                trip,
                title,
                place,
                f"{day.isoformat()} 10:00",
                f"{day.isoformat()} 10:45",
                "Tokyo Metropolitan Government Building No. 1" if place == "tokyo" else "City hall",
                ["governor", "director"],
                [key],
                outcome=f"Exchange of views on {subject.lower()}; both sides agreed to keep in touch.",
                objectives=objectives,
                classification=Classification.PUBLIC,
            )


def _serves(city: str, kind) -> list[int]:
    """The objectives an agreement serves: the Games partners, then urban issues and standing."""
    if city == "los_angeles":
        return [1]
    if city == "london" and kind.value == "partnership":
        return [1, 2, 3]
    return [2, 3]


# (counterpart key, city, day, direction, new person or None for a known one, objectives,
#  subject). People: (family, given, family local, given local, family first, position, language)
LATER_CONTACTS: list[tuple] = [
    (
        "bangkok",
        "bangkok",
        date(2015, 5, 20),
        TripDirection.INBOUND,
        ("Srisuk", "Anan", "ศรีสุข", "อนันต์", False, "Deputy Governor (fictional)", "th"),
        [2],
        "Flood control and urban rail",
    ),
    (
        "singapore",
        "singapore",
        date(2015, 7, 8),
        TripDirection.INBOUND,
        ("Goh", "Hui Ling", "吴", "慧玲", True, "Deputy Secretary (fictional)", "en, zh"),
        [2, 3],
        "Water management and finance",
    ),
    (
        "taipei",
        "taipei",
        date(2015, 11, 16),
        TripDirection.INBOUND,
        ("Lin", "Chia-hao", "林", "家豪", True, "Deputy Mayor (fictional)", "zh"),
        [3],
        "Tourism and culture",
    ),
    (
        "rio",
        "rio",
        date(2016, 8, 21),
        TripDirection.OUTBOUND,
        (
            "Costa",
            "Marina",
            "Costa",
            "Marina",
            False,
            "Deputy Mayor for Olympic Legacy (fictional)",
            "pt",
        ),
        [1],
        "Olympic flag handover",
    ),
    (
        "hanoi",
        "hanoi",
        date(2016, 10, 12),
        TripDirection.INBOUND,
        (
            "Tran",
            "Thi Mai",
            "Trần",
            "Thị Mai",
            True,
            "Vice Chairwoman of the People's Committee (fictional)",
            "vi",
        ),
        [2],
        "Waste management",
    ),
    (
        "kuala_lumpur",
        "kuala_lumpur",
        date(2016, 11, 24),
        TripDirection.INBOUND,
        ("Ismail", "Farid", "Ismail", "Farid", False, "Deputy Mayor (fictional)", "ms, en"),
        [2],
        "Smart city planning",
    ),
    (
        "manila",
        "manila",
        date(2017, 4, 18),
        TripDirection.INBOUND,
        (
            "Santos",
            "Maria Cristina",
            "Santos",
            "Maria Cristina",
            False,
            "Vice Mayor (fictional)",
            "fil, en",
        ),
        [2],
        "Disaster preparedness",
    ),
    (
        "ulaanbaatar",
        "ulaanbaatar",
        date(2017, 9, 5),
        TripDirection.INBOUND,
        ("Batbayar", "Enkhjargal", "Батбаяр", "Энхжаргал", False, "Deputy Mayor (fictional)", "mn"),
        [2],
        "Air quality",
    ),
    (
        "delhi",
        "delhi",
        date(2018, 2, 14),
        TripDirection.INBOUND,
        (
            "Sharma",
            "Priya",
            "शर्मा",
            "प्रिया",
            False,
            "Additional Commissioner (fictional)",
            "hi, en",
        ),
        [2],
        "Urban transport",
    ),
    (
        "incheon",
        "incheon",
        date(2018, 6, 5),
        TripDirection.INBOUND,
        None,
        [1, 3],
        "Sports exchange after the Asian Games",
    ),
    (
        "yangon",
        "yangon",
        date(2018, 10, 30),
        TripDirection.INBOUND,
        ("Min Thu", None, "မင်းသူ", None, False, "Deputy Mayor (fictional)", "my"),
        [2],
        "Water supply",
    ),
    (
        "bangkok",
        "bangkok",
        date(2019, 10, 8),
        TripDirection.INBOUND,
        None,
        [2],
        "Follow-up on flood control training",
    ),
    (
        "buenos_aires",
        "buenos_aires",
        date(2019, 11, 13),
        TripDirection.INBOUND,
        (
            "Fernández",
            "Lucía",
            "Fernández",
            "Lucía",
            False,
            "Undersecretary for International Relations (fictional)",
            "es",
        ),
        [3],
        "Youth Olympic legacy",
    ),
    ("taipei", "taipei", date(2020, 1, 21), TripDirection.INBOUND, None, [3], "Tourism recovery"),
    (
        "sochi",
        "sochi",
        date(2020, 2, 11),
        TripDirection.INBOUND,
        None,
        [1],
        "Paralympic venue legacy",
    ),
    (
        "athens",
        "athens",
        date(2020, 3, 12),
        TripDirection.OUTBOUND,
        (
            "Papadopoulou",
            "Eleni",
            "Παπαδοπούλου",
            "Ελένη",
            False,
            "Deputy Mayor for Culture (fictional)",
            "el",
        ),
        [1],
        "Olympic flame lighting",
    ),
    # Since the pandemic.
    (
        "seoul",
        "seoul",
        date(2022, 11, 8),
        TripDirection.INBOUND,
        None,
        [2],
        "Resuming exchanges after the pandemic",
    ),
    (
        "bangkok",
        "bangkok",
        date(2023, 5, 16),
        TripDirection.INBOUND,
        None,
        [2],
        "Climate adaptation",
    ),
    (
        "paris",
        "paris",
        date(2023, 10, 3),
        TripDirection.OUTBOUND,
        (
            "Laurent",
            "Claire",
            "Laurent",
            "Claire",
            False,
            "Deputy Mayor for International Relations (fictional)",
            "fr",
        ),
        [1, 3],
        "Games legacy ahead of Paris 2024",
    ),
    (
        "nsw",
        "nsw",
        date(2024, 2, 6),
        TripDirection.INBOUND,
        ("Walker", "Emma", "Walker", "Emma", False, "Agent-General (fictional)", "en"),
        [3],
        "Renewal of the memorandum",
    ),
    (
        "berlin",
        "berlin",
        date(2024, 5, 14),
        TripDirection.OUTBOUND,
        None,
        [3],
        "30th anniversary of the sister city affiliation",
    ),
    (
        "los_angeles",
        "los_angeles",
        date(2025, 4, 22),
        TripDirection.INBOUND,
        None,
        [1],
        "LA 2028 preparations",
    ),
    (
        "singapore",
        "singapore",
        date(2025, 9, 10),
        TripDirection.OUTBOUND,
        None,
        [2],
        "Water and climate resilience",
    ),
    ("taipei", "taipei", date(2026, 6, 2), TripDirection.INBOUND, None, [3], "Tourism"),
    (
        "los_angeles",
        "los_angeles",
        date(2023, 8, 29),
        TripDirection.OUTBOUND,
        None,
        [1],
        "Olympic legacy exchange",
    ),
    (
        "seoul",
        "seoul",
        date(2025, 7, 23),
        TripDirection.OUTBOUND,
        None,
        [2],
        "Urban safety cooperation",
    ),
    (
        "london",
        "london",
        date(2026, 10, 20),
        TripDirection.OUTBOUND,
        None,
        [3],
        "Finance and culture",
    ),
]


def build_demo(session: Session) -> None:
    """Add the demo office's rows to an empty database, inside the caller's transaction."""
    DemoBuilder(session).build()
