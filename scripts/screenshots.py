"""Regenerate the screenshots in docs/screenshots/ from the demo database.

Run with `uv run python scripts/screenshots.py` (the Japanese window:
`--lang ja`, into docs/screenshots/ja/). Works without a display
(Qt's offscreen platform). Fonts for every script shown (fonts-noto-cjk and
fonts-noto-core on Debian) make the names render instead of boxes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["en", "ja"], default="en")
    args = parser.parse_args()
    out = OUT / "ja" if args.lang == "ja" else OUT
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["CITYAPP_HOME"] = home
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication, QWidget

        from cityapp.demo import create_demo_database
        from ui.app import run
        from ui.dialogs.search_popup import SearchPopup
        from ui.dialogs.world_city import WorldCityDialog
        from ui.views.record_page import RecordPage

        db_path = Path(home) / "demo.sqlite3"
        create_demo_database(db_path).dispose()
        window = run(
            ["--db", str(db_path), "--officer", "Sato Kenji", "--lang", args.lang], exec=False
        )
        window.resize(*SIZE)
        out.mkdir(parents=True, exist_ok=True)

        def save(widget: QWidget, name: str) -> None:
            for _ in range(3):
                QApplication.processEvents()
            dashboard = window.pages["dashboard"]
            while dashboard.busy() or not window.badges_counted():  # a worker's figures
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            widget.grab().save(str(out / f"{name}.png"))
            print(f"wrote {(out / name).relative_to(ROOT)}.png")

        def open_page(key: str, label: str | None = None, tab: int = 0) -> RecordPage:
            window.show_page(key)
            page = window.pages[key]
            if label is not None:
                model = page.model
                model.load_until(model.total())
                for row in range(model.rowCount()):
                    if model.index(row, 0).data() == label:
                        page.table.selectRow(row)
                page.tabs.setCurrentIndex(tab)
            return page

        window.show_page("trips")
        trips = window.pages["trips"]
        for row in range(trips.model.rowCount()):
            if trips.model.index(row, 4).data().startswith("London and Berlin"):
                trips.table.selectRow(row)
        trips.tabs.setCurrentWidget(trips.itinerary)
        save(window, "main_window")
        trips.tabs.setCurrentWidget(trips.day_view)
        save(window, "trip_day_by_day")
        trips.tabs.setCurrentIndex(0)
        save(window, "trip_details")
        trips.tabs.setCurrentWidget(trips.budget)
        save(window, "trip_budget")
        for row in range(trips.model.rowCount()):
            if trips.model.index(row, 4).data().startswith("Sochi"):
                trips.table.selectRow(row)
        trips.tabs.setCurrentWidget(trips.warnings)
        save(window, "trip_warnings")
        trips.itinerary.table.selectRow(3)
        item = trips.itinerary.selected()
        from cityapp.services.itinerary import item_values
        from ui.dialogs.itinerary_item import ItineraryItemDialog

        dialog = ItineraryItemDialog(
            window,
            item.title,
            {**item_values(item), "participants": []},
            trips.form.inputs_provider(),
            trips.itinerary._city_zones(),
            trips.itinerary._delegates(),
        )
        dialog.show()
        save(dialog, "itinerary_item")
        dialog.close()
        window.show_page("dashboard")
        dashboard = window.pages["dashboard"]
        save(window, "dashboard")
        dashboard.targets.choice.setCurrentIndex(1)  # 30 cities by 2020
        save(window, "dashboard")
        for key in ("objectives", "health", "coming_up", "map"):
            dashboard.show_tab(key)
            save(window, f"dashboard_{key}")
        dashboard.show_tab("targets")
        from ui.dialogs.target import TargetDialog
        from ui.views.record_page import RefChoices

        current = dashboard.targets._record()
        editor = TargetDialog(
            window,
            "Edit target",
            RefChoices(window.ctx),
            {
                k: getattr(current, k)
                for k in (
                    "title",
                    "title_ja",
                    "target_count",
                    "starts_on",
                    "deadline",
                    "objective_id",
                    "notes",
                    "milestones",
                    "rule",
                )
            },
        )
        editor.show()
        save(editor, "target_editor")
        editor.close()
        open_page("cities", "Seoul")
        save(window, "cities")
        open_page("cities", "Seoul", tab=1)
        save(window, "cities_agreements")
        cities = open_page("cities", "New South Wales", tab=1)
        agreements = cities.agreements
        for row in range(agreements.table.model().rowCount()):
            if agreements.table.model().index(row, 1).data() == "Memorandum of understanding":
                agreements.table.selectRow(row)
        save(window, "agreement_history")
        open_page("cities", "Berlin", tab=3)
        save(window, "cities_timeline")
        meetings = open_page("meetings")
        for row in range(meetings.model.rowCount()):
            if meetings.model.index(row, 1).data() in (
                "Talks with the Seoul Metropolitan Government",
                "ソウル特別市との会談",  # its Japanese title, in the Japanese window
            ):
                meetings.table.selectRow(row)
                meetings.table.scrollTo(meetings.model.index(row, 0))
        save(window, "meeting_editor")
        meetings.tabs.setCurrentWidget(meetings.commitments)
        save(window, "meeting_commitments")
        commitments = open_page("commitments")
        for row in range(commitments.model.rowCount()):
            if commitments.model.index(row, 4).data().startswith("Hold a joint tourism"):
                commitments.table.selectRow(row)
        commitments.tabs.setCurrentWidget(commitments.progress)
        save(window, "commitments")
        open_page("counterparts", "Volkova")
        save(window, "counterparts")
        open_page("networks", "ANMC21", tab=1)
        save(window, "networks")
        open_page("staff", "Mori")
        save(window, "staff")
        projects = open_page("projects", "Cap-and-trade knowledge sharing with C40 cities")
        projects.tabs.setCurrentWidget(projects.indicators)
        save(window, "projects")
        projects.tabs.setCurrentWidget(projects.government)
        save(window, "project_government")
        programmes = open_page("programmes", "Staff secondment to C40 and partner cities")
        programmes.tabs.setCurrentWidget(programmes.years)
        save(window, "programmes")
        gifts = open_page("gifts")
        gifts.model.load_until(gifts.model.total())
        for row in range(gifts.model.rowCount()):
            if gifts.model.index(row, 2).data() == "Gzhel porcelain tea set":
                gifts.table.selectRow(row)
        save(window, "gifts")
        window.show_page("trips")
        for row in range(trips.model.rowCount()):
            if trips.model.index(row, 4).data().startswith("London and Berlin"):
                trips.table.selectRow(row)
        trips.tabs.setCurrentWidget(trips.government)
        save(window, "trip_government")
        trips.tabs.setCurrentWidget(trips.lessons)
        save(window, "trip_lessons")
        from ui.dialogs.funds import FundsDialog
        from ui.dialogs.prospects import ProspectsDialog

        funds = FundsDialog(window.ctx, window.undo_stack, window)
        funds.show()
        funds.page.ensure_loaded()
        funds.page.tabs.setCurrentWidget(funds.page.balance)
        save(funds, "funds")
        funds.close()
        prospects = ProspectsDialog(window.ctx, window)
        prospects.show()
        save(prospects, "prospects")
        prospects.close()

        window.show_page("reports")
        save(window, "reports")

        popup = SearchPopup(window.ctx, window)
        popup.box.setText("москва")
        popup.run_search()
        popup.show()
        save(popup, "search")
        popup.close()
        picker = WorldCityDialog(window)
        picker.box.setText("wien")
        picker.run_search()
        picker.show()
        save(picker, "new_city")
        picker.close()
        window.ctx.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
