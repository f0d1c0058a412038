"""Icons, all from the style's own standard set so they match the platform and each other."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap

PAGE_ICONS = {
    "dashboard": SP.SP_ComputerIcon,
    "cities": SP.SP_DirHomeIcon,
    "counterparts": SP.SP_FileDialogContentsView,
    "trips": SP.SP_ArrowRight,
    "meetings": SP.SP_FileDialogDetailedView,
    "commitments": SP.SP_DialogApplyButton,
    "gifts": SP.SP_DialogYesButton,
    "networks": SP.SP_DriveNetIcon,
    "projects": SP.SP_FileDialogListView,
    "programmes": SP.SP_FileDialogInfoView,
    "staff": SP.SP_DirIcon,
    "reports": SP.SP_FileIcon,
}


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def page_icon(key: str) -> QIcon:
    return standard(PAGE_ICONS.get(key, SP.SP_FileIcon))
