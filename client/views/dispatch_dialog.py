"""The dispatch board's dialog: send an on-site order to an engineer or an outlet with
an appointment, give a slip that is out to someone else (with the reason), or change
its appointment.

The dialog saves by itself (one statement, in the background) and closes only once
the database took it; a refusal shows under its field, or below the fields, and
everything typed stays. Enter moves from field to field and saves from the last one
(UI.md)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from server_schema import dispatching
from server_schema.dispatch_board import Person
from server_schema.dispatching import MAX_NOTE, SavedDispatch
from server_schema.errors import ConflictError, DomainError

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..widgets.enter_navigation import EnterMovesFocus
from .order_form import as_qdatetime, error_label, qdatetime_value

DISPATCH, REDISPATCH, RESCHEDULE = "dispatch", "redispatch", "reschedule"
#: How far back and ahead an appointment may be typed (the field keeps to it).
PAST_DAYS, AHEAD_DAYS = 7, 366
WARNING_STYLE = "color: #a15c00"


def default_appointment(now: datetime | None = None) -> datetime:
    """The next whole hour at least an hour from now (10:20 -> 12:00, 10:00 -> 11:00):
    time for the engineer to get there, on a time customers are told."""
    now = now or datetime.now()
    soon = now + timedelta(hours=1)
    whole = soon.replace(minute=0, second=0, microsecond=0)
    return whole if whole == soon else whole + timedelta(hours=1)


def same_person(person: Person, order: dict[str, Any]) -> bool:
    """Whether the slip that is out on ``order`` is with this engineer or outlet."""
    key = "engineer_id" if person.kind == "engineer" else "outlet_id"
    return order.get("dispatch_id") is not None and order.get(key) == person.id


class DispatchDialog(QDialog):
    """Dispatch, re-dispatch or reschedule one order (``mode``). ``candidates`` are who
    may be sent (the board's ``candidates(order)``); ``person`` is preselected. After
    ``run_modal`` returns True, ``saved`` is the new slip (dispatch, re-dispatch) or
    the slip's new version (reschedule), and ``assignee_name`` and ``appointment_text``
    say what was saved. ``stale`` tells that the board should be read again (someone
    else was quicker)."""

    def __init__(self, database: Database, order: dict[str, Any], candidates: Sequence[Person], *,
                 mode: str = DISPATCH, person: Person | None = None, region: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in (DISPATCH, REDISPATCH, RESCHEDULE):
            raise ValueError(mode)
        self.database = database
        self.order = order
        self.mode = mode
        self.busy = False
        self.stale = False
        self.saved: SavedDispatch | int | None = None
        self.version: int | None = order.get("dispatch_version")
        self.assignee_name = ""
        self.appointment_text = ""
        self.slip_read = False  # a new appointment: the slip's note and version are in
        # A slip is not re-dispatched to whom it is out with (that is a new appointment).
        self.people = [p for p in candidates if not (mode == REDISPATCH and same_person(p, order))]
        titles = {DISPATCH: self.tr("Dispatch {number}"), REDISPATCH: self.tr("Re-dispatch {number}"),
                  RESCHEDULE: self.tr("Change the appointment of {number}")}
        self.setWindowTitle(titles[mode].format(number=order["number"]))
        self.setMinimumWidth(480)

        self.about = QLabel(self._about(region))
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        for candidate in self.people:
            self.assignee.addItem(self.person_text(candidate), candidate)
        if person is not None:
            found = [n for n, p in enumerate(self.people) if (p.kind, p.id) == (person.kind, person.id)]
            self.assignee.setCurrentIndex(found[0] if found else 0)
        self.assignee_fixed = QLabel(order.get("assignee") or "")
        self.appointment = QDateTimeEdit()
        self.appointment.setObjectName("appointment")
        self.appointment.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.appointment.setCalendarPopup(True)
        now = QDateTime.currentDateTime()
        self.appointment.setDateTimeRange(now.addDays(-PAST_DAYS), now.addDays(AHEAD_DAYS))
        current = order.get("appointment_at") if mode == RESCHEDULE else None
        self.appointment.setDateTime(as_qdatetime(current or default_appointment()))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(MAX_NOTE)
        self.reason.setPlaceholderText(self.tr("Why someone else goes (required)"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("For the engineer or outlet (optional)"))
        self.errors = {key: error_label() for key in ("assignee", "appointment_at", "reason", "note")}
        self.hint = QLabel()
        self.hint.setStyleSheet(WARNING_STYLE)
        self.hint.hide()
        self.message = error_label()

        ok_text = {DISPATCH: self.tr("Dispatch"), REDISPATCH: self.tr("Re-dispatch"),
                   RESCHEDULE: self.tr("Change appointment")}[mode]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)

        form = QFormLayout(self)
        form.addRow(self.about)
        if mode == RESCHEDULE:
            form.addRow(self.tr("Assignee:"), self.assignee_fixed)
            self.assignee.setParent(self)  # unused: deleted with the dialog, never shown
            self.assignee.hide()
        else:
            form.addRow(self.tr("&Send to:"), self.assignee)
        form.addRow("", self.errors["assignee"])
        form.addRow(self.tr("&Appointment:"), self.appointment)
        form.addRow("", self.errors["appointment_at"])
        form.addRow("", self.hint)
        if mode == REDISPATCH:
            form.addRow(self.tr("&Reason:"), self.reason)
            form.addRow("", self.errors["reason"])
        else:
            self.reason.setParent(self)
            self.reason.hide()
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.errors["note"])
        form.addRow(self.message)
        form.addRow(self.buttons)

        fields: list[QWidget] = [self.appointment, self.note]
        if mode == REDISPATCH:
            fields.insert(1, self.reason)
        if mode != RESCHEDULE:
            fields.insert(0, self.assignee)
        self.enter = EnterMovesFocus(fields, on_last=self.save)
        self.appointment.dateTimeChanged.connect(lambda _value: self._check_time())
        self._check_time()
        if mode != RESCHEDULE and not self.people:
            self.errors["assignee"].setText(self.tr(
                "Nobody serves this customer's region: link an engineer or an outlet to it first."))
            self.ok_button.setEnabled(False)
        (self.reason if mode == REDISPATCH else self.appointment).setFocus()
        if mode == RESCHEDULE:
            self._load_slip()

    # -- what the dialog shows ------------------------------------------------------------
    def _about(self, region: str) -> str:
        order = self.order
        lines = [" · ".join(str(part) for part in (
            order["number"], order.get("customer_name"), order.get("product_name"), order.get("fault"))
            if part)]
        address = " ".join(str(p) for p in (region, order.get("customer_address_masked")) if p)
        if address:
            lines.append(address)
        if order.get("dispatch_id") is not None:
            lines.append(self.tr("Out with {who} for {when} (slip {slip})").format(
                who=order.get("assignee") or "", when=moment_text(order.get("appointment_at")),
                slip=order.get("dispatch_number") or ""))
        return "\n".join(lines)

    def person_text(self, person: Person) -> str:
        kind = self.tr("Engineer") if person.kind == "engineer" else self.tr("Outlet")
        times = ", ".join(at.astimezone().strftime("%H:%M") for at, _number in person.today)
        text = self.tr("{kind} {name} · {n} out").format(kind=kind, name=person.name, n=person.workload)
        if times:
            text += " · " + self.tr("today {times}").format(times=times)
        return text

    def _check_time(self) -> None:
        """A time already past is allowed (a visit booked by phone and entered late)
        but said."""
        past = self.appointment.dateTime() < QDateTime.currentDateTime()
        self.hint.setText(self.tr("This time has already passed.") if past else "")
        self.hint.setVisible(past)

    def _load_slip(self) -> None:
        """A new appointment replaces the slip's note too: show the note it has (one
        read), and take its current version."""
        self.ok_button.setEnabled(False)
        self.note.setEnabled(False)
        database, dispatch_id = self.database, self.order["dispatch_id"]

        def job() -> dict[str, Any]:
            with database.read() as session:
                return dispatching.load_dispatch(session, dispatch_id)

        operations.run(job, on_done=self._slip_loaded, on_error=self._failed)

    def _slip_loaded(self, slip: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.version = slip["version"]
        self.slip_read = True
        self.note.setText(slip.get("note") or "")
        self.note.setEnabled(True)
        if slip["status"] == "dispatched":
            self.ok_button.setEnabled(True)
            if slip.get("appointment_at") != self.order.get("appointment_at"):
                self.appointment.setDateTime(as_qdatetime(slip["appointment_at"]))
        else:
            self.stale = True
            self.message.setText(self.tr(
                "Slip {slip} is no longer out (completed or re-dispatched meanwhile).").format(
                slip=slip["number"]))

    # -- saving ----------------------------------------------------------------------------
    def person(self) -> Person | None:
        data = self.assignee.currentData()
        return data if isinstance(data, Person) else None

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
        self.message.clear()

    def save(self) -> None:
        """Check what can be checked here (no round trip), then save in one statement;
        the dialog closes once the database took it."""
        if self.busy or not self.ok_button.isEnabled():
            return
        self._clear_errors()
        person = self.person() if self.mode != RESCHEDULE else None
        engineer = person.id if person is not None and person.kind == "engineer" else None
        outlet = person.id if person is not None and person.kind == "outlet" else None
        at, note, reason = qdatetime_value(self.appointment), self.note.text(), self.reason.text()
        problems = dispatching.check_dispatch(
            engineer_id=engineer, outlet_id=outlet, appointment_at=at, note=note,
            reason=reason if self.mode == REDISPATCH else None)
        if self.mode == RESCHEDULE:  # the assignee stays: only the time and note are checked
            problems = [p for p in problems if p.field != "assignee"]
        if problems:
            for problem in problems:
                self._show(problem)
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        self.assignee_name = person.name if person is not None else (self.order.get("assignee") or "")
        self.appointment_text = at.strftime("%Y-%m-%d %H:%M")
        database, permissions, order = self.database, self.database.info.permissions, self.order
        mode, version = self.mode, self.version

        def job() -> SavedDispatch | int:
            # One statement each: autocommit, one round trip (the database's triggers do
            # the rest in that statement: the order moves on, the old slip is closed).
            with database.read() as session:
                if mode == DISPATCH:
                    return dispatching.dispatch(session, order["id"], appointment_at=at, engineer_id=engineer,
                                                outlet_id=outlet, note=note, permissions=permissions)
                if mode == REDISPATCH:
                    return dispatching.redispatch(session, order["dispatch_id"], appointment_at=at,
                                                  reason=reason, engineer_id=engineer, outlet_id=outlet,
                                                  note=note, permissions=permissions)
                return dispatching.reschedule(session, order["dispatch_id"], version, appointment_at=at,
                                              note=note, permissions=permissions)

        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saving…"))
        operations.run(job, on_done=self._saved, on_error=self._failed)

    def _show(self, problem: DomainError) -> None:
        """A problem under its field (the message below the fields for the others)."""
        label = self.errors.get(problem.field or "")
        if label is None or (self.mode == RESCHEDULE and problem.field == "assignee"):
            label = self.message
            label.setStyleSheet("color: #b00020")
        label.setText(tr_error(problem))

    def _saved(self, saved: SavedDispatch | int) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.saved = saved
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """Nothing typed is lost: only the messages change."""
        if not shiboken6.isValid(self):
            return
        self.busy = False
        # Without the slip read, a new appointment would blank its note: not saved.
        self.ok_button.setEnabled(self.slip_read if self.mode == RESCHEDULE else bool(self.people))
        self.note.setEnabled(self.mode != RESCHEDULE or self.slip_read)
        self.message.setStyleSheet("color: #b00020")
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        if isinstance(error, ConflictError):
            self.stale = True
            text += " " + self.tr("(The board is read again when this dialog closes.)")
        if isinstance(error, DomainError) and error.field in self.errors:
            self._show(error)
        else:
            self.message.setText(text)

    def reject(self) -> None:
        """Not while saving: the answer would find no dialog."""
        if not self.busy:
            super().reject()


def moment_text(moment: datetime | None) -> str:
    """An aware time as the operator reads it: yyyy-MM-dd HH:mm, local."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


__all__ = ["DISPATCH", "REDISPATCH", "RESCHEDULE", "DispatchDialog", "default_appointment", "moment_text",
           "same_person"]
