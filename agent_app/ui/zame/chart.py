"""The member's daily points as a line chart (QtCharts), the level thresholds as dashed lines.

The figures are the daily run's (the points ledger: the nightly run counts every member). A
member no run has counted yet has none: a line in the chart says so, wrapped to its width (as
the chart's title it was cut in Slovenian, and it spoke of "daily snapshots", a table the
ledger replaced).

The date axis has as many labels as fit its width (QtCharts elides labels that do not fit, so a
narrow chart read "06...." under every tick): recounted on every resize."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agent_app.services.zame import DailyPointRow
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.zame.texts import level_name


def _msecs(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


class PointsChart(Retranslating, QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zamePointsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 180)
        self.rows: list[DailyPointRow] = []
        self.levels: tuple[tuple[str, int], ...] = ()
        self._chart = QChart()
        self._chart.legend().hide()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.setBackgroundRoundness(0)
        self._x_axis: QDateTimeAxis | None = None
        self.setChart(self._chart)
        self.empty_label = QLabel(objectName="zameChartEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("role", "subtitle")
        over = QVBoxLayout(self.viewport())  # over the empty chart, wrapped to its width
        over.setContentsMargins(16, 16, 16, 16)
        over.addWidget(self.empty_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Daily points history"))
        self._draw()

    @property
    def point_count(self) -> int:
        series = self._chart.series()
        first = series[0] if series else None
        return first.count() if isinstance(first, QLineSeries) else 0

    def set_history(
        self, rows: list[DailyPointRow], levels: tuple[tuple[str, int], ...] = ()
    ) -> None:
        self.rows = list(rows)
        self.levels = levels
        self._draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_ticks()

    def label_width(self) -> int:
        """The widest date label's width in pixels."""
        axis = self._x_axis
        if axis is None:
            return 0
        return QFontMetrics(axis.labelsFont()).horizontalAdvance("00.00.")

    def _fit_ticks(self) -> None:
        """As many date labels as fit side by side (at least the first and the last)."""
        axis = self._x_axis
        if axis is None or not self.rows:
            return
        plot = self._chart.plotArea().width()
        if plot <= 0:
            plot = self.viewport().width() - 80
        room = int(plot // (self.label_width() + 18)) + 1
        axis.setTickCount(max(2, min(6, len(self.rows), room)))

    def _draw(self) -> None:
        chart = self._chart
        chart.removeAllSeries()
        self._x_axis = None
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.empty_label.setText(
            self.tr("No points counted yet: the daily run counts them each night.")
        )
        self.empty_label.setVisible(not self.rows)
        if not self.rows:
            chart.setTitle("")
            return
        chart.setTitle(self.tr("Points at the close of each day"))
        series = QLineSeries()
        series.setName(self.tr("Points"))
        series.setPen(QPen(QColor("#c21b17"), 2))
        for row in self.rows:
            series.append(_msecs(row.day), row.points)
        chart.addSeries(series)
        first, last = self.rows[0].day, self.rows[-1].day
        top = max(max(r.points for r in self.rows), 100)
        shown_levels = [(key, minimum) for key, minimum in self.levels if 0 < minimum <= top * 1.5]
        if shown_levels:
            top = max(top, max(minimum for _key, minimum in shown_levels))
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd.MM.")
        self._x_axis = x_axis
        x_axis.setRange(
            QDateTime(datetime.combine(first, time(0))),
            QDateTime(datetime.combine(last, time(23, 59))),
        )
        y_axis = QValueAxis()
        y_axis.setRange(0, top * 1.1)
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        for key, minimum in shown_levels:
            threshold = QLineSeries()
            threshold.setName(level_name(key))
            pen = QPen(QColor("#8a8f98"), 1, Qt.PenStyle.DashLine)
            threshold.setPen(pen)
            threshold.append(_msecs(first), minimum)
            threshold.append(_msecs(last), minimum)
            chart.addSeries(threshold)
            threshold.attachAxis(x_axis)
            threshold.attachAxis(y_axis)
        self._fit_ticks()
