"""Windows Image Acquisition through the WIA automation layer (wiaaut.dll) and pywin32.

What the automation layer does, and what this module relies on (Microsoft's WIA and
"WIA Automation" reference):
- `WIA.DeviceManager` lists devices (`DeviceInfos`, 1-based); `DeviceInfo.Connect()` gives
  the `Device`, whose `Items` (1-based) are what can be scanned: one item on older drivers,
  a flatbed and a feeder item (told apart by WIA_IPA_ITEM_CATEGORY) on WIA 2.0 ones.
- WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES (3086) says whether there is a flatbed, a feeder and
  a duplexer; WIA_DPS_DOCUMENT_HANDLING_SELECT (3088) chooses (FEEDER, FLATBED, DUPLEX);
  WIA_DPS_PAGES (3096) is how many pages one transfer asks for. They sit on the device's
  root (older drivers) or on the item (WIA 2.0); both are looked at.
- `Item.Transfer(FormatID)` returns one page as an `ImageFile`. A feeder is read by
  transferring until the driver answers WIA_ERROR_PAPER_EMPTY.
- pywin32's dynamic dispatch reports a failing call as `com_error(hresult, text, excepinfo,
  argerr)`: when the server raised the error through IDispatch, `hresult` is
  DISP_E_EXCEPTION and the WIA code is the last element (scode) of the 6-tuple `excepinfo`;
  otherwise the code is `hresult` itself. Both are read (`com_error_code`).
- Resolutions are a list (`SubType` ListSubType, `SubTypeValues`) or a range (RangeSubType,
  `SubTypeMin`/`Max`/`Step`); a value outside them is refused, so the wanted DPI is moved to
  the nearest the device lists, and the pages carry the DPI actually used.
"""

from __future__ import annotations

import logging
import time

from app.files.scan_base import (
    DUPLEX,
    FEEDER,
    FLATBED,
    ScanBackend,
    ScanCancelled,
    ScanDevice,
    ScanError,
    ScanInterrupted,
    ScanOptions,
    ScanPage,
    page_from_image,
)
from app.i18n import _

log = logging.getLogger(__name__)

SCANNER_TYPE = 1  # WiaDeviceType.ScannerDeviceType
FORMAT_BMP = "{B96B3CAB-0728-11D3-9D7B-0000F81EF32E}"
FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"
FORMAT_JPEG = "{B96B3CAE-0728-11D3-9D7B-0000F81EF32E}"
# Property ids (wiadef.h).
DPS_DOCUMENT_HANDLING_CAPABILITIES = 3086
DPS_DOCUMENT_HANDLING_SELECT = 3088
DPS_PAGES = 3096
IPA_ITEM_CATEGORY = 4125
IPS_CUR_INTENT = 6146
IPS_XRES = 6147
IPS_YRES = 6148
# WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES bits and WIA_DPS_DOCUMENT_HANDLING_SELECT values.
CAN_FEED, CAN_FLAT, CAN_DUPLEX = 0x1, 0x2, 0x4
SELECT_FEEDER, SELECT_FLATBED, SELECT_DUPLEX = 0x1, 0x2, 0x4
CATEGORY_FLATBED = "{FB607B1F-43F3-488B-855B-FB703EC342A6}"
CATEGORY_FEEDER = "{FE131934-F84C-42AD-8DA4-6129CDDD7288}"
INTENT = {"color": 1, "gray": 2, "lineart": 4}  # WiaImageIntent
RANGE_SUBTYPE, LIST_SUBTYPE = 1, 2  # WiaSubType

# HRESULTs (unsigned), from wiadef.h / winerror.h.
DISP_E_EXCEPTION = 0x80020009
PAPER_JAM = 0x80210002
PAPER_EMPTY = 0x80210003
PAPER_PROBLEM = 0x80210004
OFFLINE = 0x80210005
BUSY = 0x80210006
WARMING_UP = 0x80210007
USER_INTERVENTION = 0x80210008
DEVICE_COMMUNICATION = 0x8021000A
DEVICE_LOCKED = 0x8021000D
COVER_OPEN = 0x80210016
LAMP_OFF = 0x80210017
MULTI_FEED = 0x80210020
# Conditions of the paper or the device: trying another image format will not help.
DEVICE_CONDITIONS = {PAPER_JAM, PAPER_EMPTY, PAPER_PROBLEM, OFFLINE, BUSY, WARMING_UP,
                     USER_INTERVENTION, DEVICE_COMMUNICATION, DEVICE_LOCKED, COVER_OPEN,
                     LAMP_OFF, MULTI_FEED}
WARMING_UP_WAIT, WARMING_UP_TRIES = 2.0, 5


def com_error_code(exc: BaseException) -> int | None:
    """The HRESULT behind a pywin32 `com_error`, as an unsigned 32-bit number: the scode in
    `excepinfo` when the server raised it through IDispatch, else `hresult`; None for an
    exception that carries neither."""
    args = getattr(exc, "args", ())
    hresult = getattr(exc, "hresult", args[0] if args else None)
    excepinfo = getattr(exc, "excepinfo", args[2] if len(args) > 2 else None)
    if isinstance(excepinfo, tuple) and len(excepinfo) >= 6 and isinstance(excepinfo[5], int) \
            and excepinfo[5]:
        return excepinfo[5] & 0xFFFFFFFF
    return hresult & 0xFFFFFFFF if isinstance(hresult, int) else None


def _message(code: int | None, exc: BaseException) -> str:
    """What the user should do about a WIA failure, in Indonesian."""
    known = {
        PAPER_JAM: _("Kertas macet di pemindai. Keluarkan kertas yang macet."),
        PAPER_EMPTY: _("Pengumpan dokumen (ADF) kosong. Letakkan kertas lalu pindai lagi."),
        PAPER_PROBLEM: _("Ada masalah dengan kertas di pengumpan. Periksa letak kertas."),
        MULTI_FEED: _("Beberapa lembar tertarik sekaligus. Rapikan kertas di pengumpan."),
        OFFLINE: _("Pemindai tidak tersambung. Periksa kabel/jaringan dan daya pemindai."),
        BUSY: _("Pemindai sedang dipakai program lain. Tutup program itu lalu coba lagi."),
        DEVICE_LOCKED: _("Pemindai sedang dipakai program lain. Tutup program itu lalu "
                         "coba lagi."),
        WARMING_UP: _("Pemindai masih memanaskan lampu. Tunggu sebentar lalu coba lagi."),
        USER_INTERVENTION: _("Pemindai memerlukan tindakan di perangkatnya (lihat layar "
                             "pemindai)."),
        DEVICE_COMMUNICATION: _("Hubungan dengan pemindai terputus. Periksa kabel/jaringan."),
        COVER_OPEN: _("Penutup pemindai terbuka. Tutup lalu coba lagi."),
        LAMP_OFF: _("Lampu pemindai mati."),
    }
    if code in known:
        return known[code]
    detail = f"0x{code:08X}" if code is not None else str(exc)
    return _("Pemindaian gagal ({e}).").format(e=detail)


class WiaBackend(ScanBackend):
    """Windows Image Acquisition (WIA 2.0 automation) through pywin32. Every call runs on
    the worker thread that asks, so COM is initialised there (once per thread; the pool's
    threads live as long as the program)."""

    key = "wia"

    def label(self) -> str:
        return "WIA"

    def available(self) -> bool:
        try:
            import win32com.client  # noqa: F401 - pywin32 is installed on Windows only
        except ImportError:
            return False
        return True

    def _manager(self):
        import pythoncom
        import win32com.client

        pythoncom.CoInitialize()
        return win32com.client.Dispatch("WIA.DeviceManager")

    def devices(self) -> list[ScanDevice]:
        if not self.available():
            return []
        try:
            manager = self._manager()
            found = []
            for index in range(1, manager.DeviceInfos.Count + 1):
                info = manager.DeviceInfos.Item(index)
                if info.Type == SCANNER_TYPE:
                    found.append(ScanDevice(self.key, info.DeviceID,
                                            _property(info.Properties, "Name", "WIA"),
                                            self._sources(info)))
            return found
        except Exception as exc:  # noqa: BLE001 - COM raises com_error and friends
            raise ScanError(_("Daftar pemindai WIA tidak dapat dibaca: {e}").format(e=exc)) \
                from exc

    def _sources(self, info) -> frozenset[str]:
        """FLATBED/FEEDER/DUPLEX as the device's capabilities say; empty when it cannot be
        asked now (switched off: the choice is then not limited, and scanning says why)."""
        try:
            device = info.Connect()
            capabilities = _capabilities(device, _items(device))
        except Exception as exc:  # noqa: BLE001 - a device that is off is still listed
            log.info("WIA %s: capabilities unknown: %s", info.DeviceID, exc)
            return frozenset()
        if capabilities is None:
            return frozenset({FLATBED})
        return frozenset(source for source, bit in ((FLATBED, CAN_FLAT), (FEEDER, CAN_FEED),
                                                    (DUPLEX, CAN_DUPLEX))
                         if capabilities & bit)

    def scan(self, device, options, *, progress=None, cancelled=None):
        try:
            manager = self._manager()
            infos = manager.DeviceInfos
            info = next((infos.Item(i) for i in range(1, infos.Count + 1)
                         if infos.Item(i).DeviceID == device.device_id), None)
            if info is None:
                raise ScanError(_("Pemindai {d} tidak ditemukan lagi.").format(d=device.label))
            connected = info.Connect()
            items = _items(connected)
            chosen = _items_for(items, options.source)
            if not chosen:
                raise ScanError(_("Pemindai ini tidak memiliki bagian yang dapat dipindai."))
            _choose_source(connected, items, chosen, options)
            dpi = {id(item): _prepare(item, options) for item in chosen}
        except ScanError:
            raise
        except Exception as exc:  # noqa: BLE001 - com_error and friends
            raise ScanError(_("Pemindai tidak dapat disiapkan: {e}").format(
                e=_message(com_error_code(exc), exc))) from exc
        pages: list[ScanPage] = []
        for item in chosen:
            pages += _Batch(item, connected, options, dpi[id(item)], device.label,
                            progress, cancelled).run(pages)
        return pages


class _Batch:
    """The pages of one item: one page from the flatbed, every sheet in the feeder."""

    def __init__(self, item, device, options: ScanOptions, dpi: int, label: str,
                 progress, cancelled):
        self.item, self.device, self.options, self.dpi, self.label = (item, device, options,
                                                                      dpi, label)
        self.progress, self.cancelled = progress, cancelled
        self.formats = _formats(item, options)

    def run(self, earlier: list[ScanPage]) -> list[ScanPage]:
        """The pages of this item (`earlier`: those of items already scanned). Raises
        ScanInterrupted with every page so far when the device stops mid-batch."""
        feeder = self.options.source != FLATBED
        pages: list[ScanPage] = []
        warming = 0
        while True:
            if self.cancelled and self.cancelled():
                raise ScanCancelled(_("Pemindaian dibatalkan."))
            if feeder:
                self._one_page_per_transfer()
            try:
                data = self._transfer()
            except Exception as exc:  # noqa: BLE001 - com_error
                code = com_error_code(exc)
                done = earlier + pages
                if code == PAPER_EMPTY and feeder and done:
                    break  # the feeder is empty: the batch ended normally
                if code == WARMING_UP and warming < WARMING_UP_TRIES:
                    warming += 1
                    time.sleep(WARMING_UP_WAIT)
                    continue
                log.warning("WIA transfer failed after %d page(s): %s", len(done), exc)
                if done:
                    raise ScanInterrupted(_(
                        "{m} Pemindaian berhenti setelah halaman {n}; halaman yang sudah "
                        "terpindai tetap disimpan. Pindai sisanya setelah masalahnya "
                        "diatasi.").format(m=_message(code, exc), n=len(done)), done) from exc
                raise ScanError(_message(code, exc)) from exc
            pages += page_from_image(data, source=self.label, dpi=self.dpi)
            if self.progress:
                self.progress(len(earlier) + len(pages), 0)
            if not feeder:
                break
        return pages

    def _one_page_per_transfer(self) -> None:
        # Several drivers scan the whole feeder on one transfer yet return only its first
        # page unless WIA_DPS_PAGES asks for one page per transfer.
        for properties in (self.item.Properties, self.device.Properties):
            prop = _find(properties, DPS_PAGES)
            if prop is not None and not prop.IsReadOnly:
                prop.Value = _allowed(prop, 1)
                return

    def _transfer(self) -> bytes:
        """One page, in the first format the device accepts: JPEG (PNG for line art), then
        BMP, then whatever the device gives by default. A format that failed is not tried
        again for the next pages."""
        while True:
            fmt = self.formats[0]
            try:
                image = self.item.Transfer(fmt) if fmt else self.item.Transfer()
            except Exception as exc:  # noqa: BLE001 - com_error
                if com_error_code(exc) in DEVICE_CONDITIONS or len(self.formats) == 1:
                    raise
                log.info("WIA format %s refused (%s); trying the next", fmt, exc)
                self.formats = self.formats[1:]
                continue
            return bytes(image.FileData.BinaryData)


# --------------------------------------------------------------------------- properties
def _items(device) -> list:
    return [device.Items(index) for index in range(1, device.Items.Count + 1)]


def _find(properties, prop_id: int):
    for index in range(1, properties.Count + 1):
        prop = properties.Item(index)
        if prop.PropertyID == prop_id:
            return prop
    return None


def _property(properties, name: str, default):
    for index in range(1, properties.Count + 1):
        prop = properties.Item(index)
        if prop.Name == name:
            return prop.Value
    return default


def _capabilities(device, items) -> int | None:
    """WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES of the root, or of the items together (WIA
    2.0 puts it on the feeder item); None when no one has it (a plain flatbed)."""
    found = None
    for properties in [device.Properties] + [item.Properties for item in items]:
        prop = _find(properties, DPS_DOCUMENT_HANDLING_CAPABILITIES)
        if prop is not None:
            found = (found or 0) | int(prop.Value)
    if found is not None and any(_category(item) == CATEGORY_FLATBED for item in items):
        found |= CAN_FLAT
    return found


def _category(item) -> str | None:
    """The item's WIA_IPA_ITEM_CATEGORY as "{GUID}" in capitals (drivers differ in case and
    braces), or None."""
    prop = _find(item.Properties, IPA_ITEM_CATEGORY)
    if prop is None:
        return None
    return "{" + str(prop.Value).strip().strip("{}").upper() + "}"


def _choose_source(device, items, chosen, options: ScanOptions) -> None:
    """Set WIA_DPS_DOCUMENT_HANDLING_SELECT for the wanted source on the root (older
    drivers) and, for the feeder, on the feeder items to be scanned (WIA 2.0; a flatbed item
    needs no choice). Raises ScanError when the device does not offer the source."""
    capabilities = _capabilities(device, items)
    source = options.source
    if capabilities is None:
        if source != FLATBED:
            raise ScanError(_("Pemindai ini tidak memiliki pengumpan dokumen (ADF)."))
        return
    if source == DUPLEX and not capabilities & CAN_DUPLEX:
        raise ScanError(_("Pemindai ini tidak dapat memindai dua sisi (dupleks)."))
    if source != FLATBED and not capabilities & CAN_FEED:
        raise ScanError(_("Pemindai ini tidak memiliki pengumpan dokumen (ADF)."))
    value = {FLATBED: SELECT_FLATBED, FEEDER: SELECT_FEEDER,
             DUPLEX: SELECT_FEEDER | SELECT_DUPLEX}[source]
    if source == FLATBED and not capabilities & CAN_FLAT:
        return  # a feeder-only scanner: its one source is already selected
    targets = [device] + ([] if source == FLATBED else list(chosen))
    for target in targets:
        prop = _find(target.Properties, DPS_DOCUMENT_HANDLING_SELECT)
        if prop is not None and not prop.IsReadOnly:
            prop.Value = value


def _items_for(items, source: str) -> list:
    """The items to scan: those of the wanted source's category when the items name one
    (WIA 2.0: a flatbed item and a feeder item), else every item."""
    wanted = CATEGORY_FLATBED if source == FLATBED else CATEGORY_FEEDER
    categories = [_category(item) for item in items]
    if any(categories):
        matching = [item for item, category in zip(items, categories, strict=True)
                    if category == wanted]
        if matching:
            return matching
    return list(items)


def _prepare(item, options: ScanOptions) -> int:
    """Set intent and resolution on `item`; returns the DPI the device will use."""
    intent = _find(item.Properties, IPS_CUR_INTENT)
    if intent is not None and not intent.IsReadOnly:
        intent.Value = INTENT[options.color]
    dpi = options.resolution
    for prop_id in (IPS_XRES, IPS_YRES):
        prop = _find(item.Properties, prop_id)
        if prop is None:
            continue
        if prop.IsReadOnly:
            dpi = int(prop.Value)
            continue
        value = _allowed(prop, options.resolution)
        prop.Value = value
        if prop_id == IPS_XRES:
            dpi = value
    return dpi


def _allowed(prop, wanted: int) -> int:
    """`wanted`, or the nearest value the property allows (the higher one on a tie)."""
    subtype = prop.SubType
    if subtype == LIST_SUBTYPE:
        values = prop.SubTypeValues
        choices = [int(values.Item(i)) for i in range(1, values.Count + 1)]
        if choices and wanted not in choices:
            return min(choices, key=lambda v: (abs(v - wanted), -v))
    elif subtype == RANGE_SUBTYPE:
        low, high, step = int(prop.SubTypeMin), int(prop.SubTypeMax), int(prop.SubTypeStep)
        value = min(max(wanted, low), high)
        if step > 0:  # onto the range's steps, half way rounding up
            steps = min((2 * (value - low) + step) // (2 * step), (high - low) // step)
            value = low + steps * step
        return value
    return wanted


def _formats(item, options: ScanOptions) -> list[str | None]:
    """The formats to try in order; None means the device's default."""
    preferred = FORMAT_PNG if options.color == "lineart" else FORMAT_JPEG
    try:
        listed = {str(item.Formats.Item(i)).upper() for i in range(1, item.Formats.Count + 1)}
    except Exception:  # noqa: BLE001 - a driver without a format list: try them all
        listed = None
    tried = [f for f in (preferred, FORMAT_BMP) if listed is None or f in listed]
    return [*tried, None]
