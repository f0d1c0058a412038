"""Native charts (QtCharts) that can be copied or saved as PNG, and the dashboard's charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cityapp.formats import fiscal_year
from cityapp.i18n import QT_TRANSLATE_NOOP
from cityapp.services.objectives import KINDS, ObjectiveSummary
from cityapp.services.strategy import TargetProgress
from ui import language, semantic
from ui.dialogs.messages import ErrorDialog


class ChartPanel(QWidget):
    """A chart with Copy and Save as PNG, as buttons and in its context menu."""

    def __init__(self, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_stem = file_stem
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(self.tr("&Copy chart"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.save_action = QAction(self.tr("&Save chart as PNG…"), self)
        self.save_action.triggered.connect(lambda: self.save())
        self.view.addAction(self.copy_action)
        self.view.addAction(self.save_action)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        copy_button = QPushButton(self.tr("Copy chart"), self)
        copy_button.clicked.connect(self.copy)
        save_button = QPushButton(self.tr("Save as PNG…"), self)
        save_button.clicked.connect(lambda: self.save())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy_button)
        buttons.addWidget(save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def chart(self) -> QChart:
        return self.view.chart()

    def set_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        if semantic.is_dark():
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def pixmap(self) -> QPixmap:
        return self.view.grab()

    def copy(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.pixmap())
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Chart copied."), 4000)

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.PicturesLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart"),
                str(Path(folder or ".") / f"{self.file_stem}.png"),
                self.tr("PNG image (*.png)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = (
                path.with_suffix(path.suffix + ".png") if path.suffix else path.with_suffix(".png")
            )
        if not self.pixmap().save(str(path), "PNG"):
            ErrorDialog.ask(
                self,
                self.tr("Save chart"),
                self.tr(
                    "The chart could not be written to {path}. Check that the folder exists and "
                    "that you may write there, then try again."
                ).format(path=path),
            )
            return None
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Chart saved to {path}.").format(path=path), 6000
            )
        return path


def _year_axis(first: int, last: int, fiscal_years: bool = False) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(first - 0.3, last + 0.3)
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(first)
    axis.setTickInterval(1 if last - first <= 12 else 2)
    axis.setTitleText(
        QGuiApplication.translate("Charts", "Fiscal year")
        if fiscal_years
        else QGuiApplication.translate("Charts", "Year")
    )
    return axis


def target_chart(progress: TargetProgress) -> QChart:
    """Cities counting at each year's end, against the milestones and the target."""
    chart = QChart()
    chart.setTitle(
        progress.title_ja if language.current() == "ja" and progress.title_ja else progress.title
    )
    counted = QLineSeries()
    counted.setName(QGuiApplication.translate("Charts", "Cities counting"))
    for year, count in progress.by_year:
        counted.append(QPointF(year, count))
    counted.setPointsVisible(True)
    pen = QPen(semantic.level_color("sister"))
    pen.setWidth(3)
    counted.setPen(pen)
    goal = QLineSeries()
    goal.setName(QGuiApplication.translate("Charts", "Milestones and target"))
    start = progress.by_year[0][0] if progress.by_year else progress.deadline.year
    year_of = fiscal_year if progress.fiscal_years else (lambda day: day.year)
    points = sorted({(year_of(m.on), m.count) for m in progress.milestones})
    for year, count in points:
        goal.append(QPointF(year, count))
    goal.setPointsVisible(True)
    goal_pen = QPen(semantic.color("soon"))
    goal_pen.setWidth(2)
    goal_pen.setStyle(Qt.PenStyle.DashLine)
    goal.setPen(goal_pen)
    chart.addSeries(counted)
    chart.addSeries(goal)
    last = max([start, year_of(progress.deadline), *[y for y, _ in progress.by_year]])
    x = _year_axis(start, last, progress.fiscal_years)
    top = max([progress.target_count, *[c for _, c in progress.by_year]])
    y = QValueAxis()
    y.setRange(0, top + max(2, top // 10))
    y.applyNiceNumbers()
    y.setLabelFormat("%d")
    y.setTitleText(QGuiApplication.translate("Charts", "Cities"))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for series in (counted, goal):
        series.attachAxis(x)
        series.attachAxis(y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


KIND_LABELS = {
    "trips": QT_TRANSLATE_NOOP("Charts", "Trips and visits"),
    "meetings": QT_TRANSLATE_NOOP("Charts", "Meetings"),
    "agreements": QT_TRANSLATE_NOOP("Charts", "Agreements"),
    "commitments": QT_TRANSLATE_NOOP("Charts", "Commitments"),
    "projects": QT_TRANSLATE_NOOP("Charts", "Joint projects"),
    "lessons": QT_TRANSLATE_NOOP("Charts", "Lessons"),
}


def objective_chart(summary: ObjectiveSummary, years: list[int]) -> QChart:
    """What served one objective, by year and kind, stacked."""
    chart = QChart()
    title = summary.title_ja if language.current() == "ja" and summary.title_ja else summary.title
    chart.setTitle(f"{summary.number}. {title}")
    series = QStackedBarSeries()
    for kind in KINDS:
        bars = QBarSet(QGuiApplication.translate("Charts", KIND_LABELS[kind]))
        for year in years:
            bars.append(summary.counts.get(kind, {}).get(year, 0))
        series.append(bars)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append([f"’{y % 100:02d}" if len(years) > 8 else str(y) for y in years])
    y = QValueAxis()
    y.setLabelFormat("%d")
    most = max(
        [sum(summary.counts.get(k, {}).get(year, 0) for k in KINDS) for year in years] or [0]
    )
    y.setRange(0, max(4, most + 1))
    y.applyNiceNumbers()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def recent_years(today: date, count: int = 12, fiscal_years: bool = False) -> list[int]:
    """The last `count` years up to today's (fiscal years where the office counts in them)."""
    this = fiscal_year(today) if fiscal_years else today.year
    return list(range(this - count + 1, this + 1))
