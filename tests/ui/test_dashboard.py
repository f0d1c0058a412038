"""The Dashboard, drawn offscreen on the demo office: targets, objectives, health, map."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from sqlalchemy import select

from cityapp.changes import ChangeSet
from cityapp.clock import CLOCK
from cityapp.models import Agreement, AgreementKind, City
from tests.demo_counts import DEMO_CITIES
from tests.ui.helpers import figures_shown

TODAY = date(2026, 11, 27)


def dashboard(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = window.pages["dashboard"]
    CLOCK.set(TODAY)
    window.show_page("dashboard")
    page.reload()
    figures_shown(qtbot, page)
    return window, page


def test_targets_show_progress_the_cities_that_count_and_those_near(
    start, demo_copy, tmp_path, qtbot
):
    window, page = dashboard(start, demo_copy, qtbot)
    tab = page.targets
    assert tab.choice.count() == 2
    tab.choice.setCurrentIndex(1)
    text = tab.summary.text()
    assert "<b>27</b> of <b>30</b>" in text and "3 short" in text and "17 count today" in text
    assert "2017-12-31: 15 (22 ✓)" in text and "2020-12-31: 30 (27 ✗)" in text
    assert "a head-of-city meeting in the last 5 years" in tab.rule.text()
    chart = tab.chart.chart()
    counted, goal = chart.series()
    points = {int(p.x()): int(p.y()) for p in counted.points()}
    assert (points[2013], points[2014], points[2017], points[2020]) == (11, 14, 22, 27)
    assert [(int(p.x()), int(p.y())) for p in goal.points()][-1] == (2020, 30)
    assert tab.counting.row_count() == 17
    names = [tab.near.text(r, 0) for r in range(tab.near.row_count())]
    athens = names.index("Athens")
    assert tab.near.text(athens, 1) == (
        "a head-of-city meeting (the last was 2020-03-12) or relationship level friendship (now contact)"
    )
    # A city opens from either list.
    tab.near.open_row(athens)
    assert window.current_page() is window.pages["cities"]
    assert window.pages["cities"].heading.text() == "Athens"


def test_office_wide_figures_come_from_a_worker_after_the_page_is_shown(start, demo_copy, qtbot):
    from cityapp.services import health, strategy

    window = start("--db", str(demo_copy))
    CLOCK.set(TODAY)
    page = window.pages["dashboard"]
    strategy._CACHE.clear()
    health._CACHE.clear()
    window.show_page("dashboard")
    # Nothing is known yet: the page is on screen at once and says what it works out.
    assert page.isVisible() and page.busy()
    assert "Working out" in page.targets.summary.text() and page.targets.choice.count() == 0
    page.show_tab("objectives")  # before the targets arrive: both are worked out
    assert set(page.working) == {"targets", "objectives"}
    figures_shown(qtbot, page)
    assert page.targets.choice.count() == 2 and "<b>" in page.targets.summary.text()
    assert page.objectives.overview.row_count() == 3
    page.show_tab("targets")
    # Nothing changed since: shown straight from the cache.
    page.reload()
    assert not page.busy() and page.targets.choice.count() == 2
    # A change while a worker works on the health table: the older answer is dropped.
    page.show_tab("health")
    assert page.busy() and "Working out" in page.health.counts.text()
    with window.ctx.database.factory.begin() as s:
        s.scalar(select(City).where(City.name_en == "Athens")).name_en = "Athína"
    window.ctx.publish(ChangeSet(frozenset({("city", None)})))
    assert page.busy()
    figures_shown(qtbot, page)
    cities = {page.health.table.text(r, 0) for r in range(page.health.table.row_count())}
    assert len(cities) == DEMO_CITIES - 1 and "Athína" in cities and "Athens" not in cities


def test_charts_copy_and_save_as_png(start, demo_copy, tmp_path, dialogs, qtbot):
    _window, page = dashboard(start, demo_copy, qtbot)
    panel = page.targets.chart
    panel.copy()
    assert not QGuiApplication.clipboard().pixmap().isNull()
    saved = panel.save(tmp_path / "progress")  # the suffix is added
    assert saved == tmp_path / "progress.png"
    image = QImage(str(saved))
    assert not image.isNull() and image.width() > 200
    assert panel.save(tmp_path / "no such folder" / "chart.png") is None
    assert "could not be written" in dialogs["error"][-1]


def test_the_dashboard_follows_changes(start, demo_copy, qtbot):
    window, page = dashboard(start, demo_copy, qtbot)
    tab = page.targets
    before = tab.counting.row_count()
    with window.ctx.database.factory.begin() as s:
        athens = s.scalar(select(City).where(City.name_en == "Athens"))
        s.add(
            Agreement(
                kind=AgreementKind.MOU, title="Culture MoU", city=athens, signed_on=date(2026, 1, 5)
            )
        )
    window.ctx.publish(ChangeSet(frozenset({("agreement", None)})))
    figures_shown(qtbot, page)
    assert tab.counting.row_count() == before + 1
    assert "health" in page.stale  # the other tabs catch up when looked at


def test_objectives_list_what_serves_each(start, demo_copy, qtbot):
    window, page = dashboard(start, demo_copy, qtbot)
    page.show_tab("objectives")
    figures_shown(qtbot, page)
    tab = page.objectives
    assert tab.overview.row_count() == 3
    assert tab.overview.text(0, 0) == "1. A successful 2020 Olympic and Paralympic Games"
    tab.overview.selectRow(2)
    by_year = tab.by_year.model()
    headers = [
        by_year.headerData(c, Qt.Orientation.Horizontal) for c in range(by_year.columnCount())
    ]
    assert headers[0] == "Earlier" and headers[-2:] == ["2026", "Total"]
    total = tab.by_year.text(2, by_year.columnCount() - 1)  # agreements, objective 3
    assert total == tab.overview.text(2, 3) == "21"
    kinds = {tab.items.text(r, 1) for r in range(tab.items.row_count())}
    assert kinds == {"Trip or visit", "Meeting", "Agreement", "Commitment", "Lesson and action"}
    tab.items.open_row(0)
    assert window.current_page() is window.pages["trips"]
    assert len(tab.chart.chart().series()) == 1


def test_relationship_health_table_and_the_cities_list(start, demo_copy, qtbot):
    from ui import semantic

    window, page = dashboard(start, demo_copy, qtbot)
    page.show_tab("health")
    figures_shown(qtbot, page)
    tab = page.health
    table = tab.table
    assert table.row_count() == DEMO_CITIES - 1  # all but our own city
    scores = [int(table.text(r, 3)) for r in range(table.row_count())]
    assert scores == sorted(scores)  # weakest first
    row = next(r for r in range(table.row_count()) if table.text(r, 0) == "Seoul")
    assert table.text(row, 3) == "75"
    assert table.cell(row, 3, Qt.ItemDataRole.ForegroundRole) == semantic.band_color("strong")
    assert "visits both ways" in table.cell(row, 6, Qt.ItemDataRole.ToolTipRole)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert table.text(0, 0) == "Athens"
    assert not tab.explanation.isVisibleTo(tab)
    tab.explain_button.click()
    assert tab.explanation.isVisibleTo(tab) and "Recency (30)" in tab.explanation.text()
    # The Cities list carries the same colour, and the reasons in the tooltip.
    cities = window.pages["cities"]
    window.show_page("cities")
    cities.model.load_until(cities.model.total())
    index = next(
        cities.model.index(r, 0)
        for r in range(cities.model.rowCount())
        if cities.model.index(r, 0).data() == "Seoul"
    )
    # The colours arrive from a worker thread a moment after the list.
    qtbot.waitUntil(lambda: index.data(Qt.ItemDataRole.DecorationRole) is not None)
    assert index.data(Qt.ItemDataRole.DecorationRole) == semantic.band_color("strong")
    assert "Relationship health 75/100 (strong)" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_map_places_partners_and_opens_them(start, demo_copy, qtbot):
    from ui import semantic

    window, page = dashboard(start, demo_copy, qtbot)
    page.show_tab("map")
    figures_shown(qtbot, page)
    world = page.map.map
    assert world.has_outlines
    assert len(world.dots) == DEMO_CITIES - 1
    assert "Sister (11)" in page.map.legend.text()
    with window.ctx.database.factory() as s:
        berlin = s.scalar(select(City.id).where(City.name_en == "Berlin"))
    dot = world.dots[berlin]
    assert dot.brush().color() == semantic.level_color("sister")
    point = world.mapFromScene(dot.scenePos())
    qtbot.mouseClick(world.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_page() is window.pages["cities"]
    assert window.pages["cities"].heading.text() == "Berlin"


def test_every_tab_renders_offscreen(start, demo_copy, tmp_path, qtbot):
    window, page = dashboard(start, demo_copy, qtbot)
    window.resize(1300, 850)
    for key in page.TABS:
        page.show_tab(key)
        figures_shown(qtbot, page)
        image = window.grab().toImage()
        assert not image.isNull() and image.width() >= 1000
        # Something is drawn besides the window's background.
        colours = {image.pixel(x, y) for x in range(300, 1200, 13) for y in range(150, 800, 7)}
        assert len(colours) > 3, key
    assert not page.stale


def test_targets_are_added_edited_and_deleted_with_undo(
    start, demo_copy, monkeypatch, dialogs, qtbot
):
    from ui.dialogs.target import TargetDialog

    window, page = dashboard(start, demo_copy, qtbot)
    tab = page.targets
    given: dict = {}
    seen: list[dict] = []

    def ask(cls, parent, title, provider, values):
        seen.append(dict(values))
        return {**values, **given}

    monkeypatch.setattr(TargetDialog, "ask", classmethod(ask))
    given.update(
        title="Five Asian capitals met by 2030",
        target_count=5,
        deadline=date(2030, 12, 31),
        milestones=[{"on": "2028-12-31", "count": 3}],
        rule={"any": [{"head_of_city_meeting_within_years": 10}]},
    )
    assert tab.new_button.isEnabled() and tab.new_target()
    figures_shown(qtbot, page)
    assert tab.choice.count() == 3
    assert tab.current().title == "Five Asian capitals met by 2030"
    assert tab.current().target_count == 5 and "2028-12-31: 3" in tab.summary.text()
    given.clear()
    given.update(target_count=8)
    assert tab.edit_target()
    figures_shown(qtbot, page)
    assert seen[-1]["rule"] == {"any": [{"head_of_city_meeting_within_years": 10}]}
    assert tab.current().target_count == 8
    window.undo_action.trigger()
    figures_shown(qtbot, page)
    assert tab.current().target_count == 5
    assert tab.delete_target()
    figures_shown(qtbot, page)
    assert tab.choice.count() == 2
    assert "Delete the target" in dialogs["confirm"][-1]
    window.undo_action.trigger()
    figures_shown(qtbot, page)
    assert tab.choice.count() == 3


def test_the_target_dialog_builds_and_checks_rules(qtbot):
    from ui.dialogs.target import TargetDialog

    rule = {
        "all": [{"agreement_in_force": ["mou"]}, {"visit_within_years": 3, "direction": "inbound"}]
    }
    values = {"title": "T", "target_count": 3, "deadline": date(2030, 12, 31), "rule": rule}
    dialog = TargetDialog(None, "Edit", lambda kind: [], values)
    qtbot.addWidget(dialog)
    editor = dialog.rule_editor
    assert editor.rule() == rule  # shown as it is, read back the same
    assert "all of: an agreement in force (mou)" in dialog.words.text()
    editor.meeting.setChecked(True)
    editor.meeting_level.setCurrentIndex(editor.meeting_level.findData("deputy"))
    assert {"meeting_within_years": 5, "level_at_least": "deputy"} in editor.rule()["all"]
    dialog.milestones.setPlainText("2028-12-31: 2\nsoon: 3")
    dialog._accept_if_valid()
    assert dialog.result_values is None and "line 2" in dialog.problem.text()
    dialog.milestones.setPlainText("2029-12-31 3\n2028-12-31: 2")
    for box in (editor.agreement, editor.meeting, editor.visit, editor.level):
        box.setChecked(False)
    dialog._accept_if_valid()
    assert dialog.result_values is None and "rule" in dialog.problem.text()
    editor.level.setChecked(True)
    dialog._accept_if_valid()
    assert dialog.result_values["milestones"] == [
        {"on": "2028-12-31", "count": 2},
        {"on": "2029-12-31", "count": 3},
    ]
    assert dialog.result_values["rule"] == {"all": [{"relationship_level_at_least": "friendship"}]}
    # A nested rule the editor cannot show is kept unless conditions are ticked.
    nested = {"any": [{"all": [{"agreement_in_force": True}, {"visit_within_years": 2}]}]}
    editor.set_rule(nested)
    assert editor.kept.isVisibleTo(dialog) and editor.rule() == nested


def test_the_office_counts_by_fiscal_year_when_it_chooses(start, demo_copy, qtbot, monkeypatch):
    from cityapp.services.office import Conventions, conventions
    from ui.dialogs.conventions import ConventionsDialog

    window, page = dashboard(start, demo_copy, qtbot)
    page.show_tab("objectives")
    figures_shown(qtbot, page)
    tab = page.objectives
    tab.overview.selectRow(2)
    calendar_total = tab.by_year.text(2, tab.by_year.model().columnCount() - 1)

    dialog = ConventionsDialog(window, Conventions())
    qtbot.addWidget(dialog)
    assert "2026年" in dialog.example.text() and "2026年度" not in dialog.example.text()
    dialog.fiscal.click()
    dialog.era.click()
    assert "令和8年度" in dialog.example.text() and "令和8年11月" in dialog.example.text()
    assert dialog.chosen() == Conventions(era=True, fiscal_years=True)

    monkeypatch.setattr(ConventionsDialog, "ask", classmethod(lambda cls, p, c: dialog.chosen()))
    assert window.set_conventions()
    with window.ctx.database.factory() as s:
        assert conventions(s) == Conventions(era=True, fiscal_years=True)
    window.show_page("dashboard")
    page.reload()
    page.show_tab("objectives")
    figures_shown(qtbot, page)
    tab.overview.selectRow(2)
    by_year = tab.by_year.model()
    headers = [
        by_year.headerData(c, Qt.Orientation.Horizontal) for c in range(by_year.columnCount())
    ]
    assert headers[-2:] == ["FY2026", "Total"]
    # The same agreements, counted in other years: the total stays.
    assert tab.by_year.text(2, by_year.columnCount() - 1) == calendar_total
    page.show_tab("targets")
    figures_shown(qtbot, page)
    progress = page.targets.progress[0]
    assert progress.fiscal_years and progress.by_year[-1][0] == 2026  # fiscal 2026 runs to March
    axis = page.targets.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.titleText() == "Fiscal year"
