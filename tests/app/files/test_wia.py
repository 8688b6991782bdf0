"""WIA scanning against a fake of the WIA automation layer as pywin32 presents it: a
`WIA.DeviceManager` from `win32com.client.Dispatch`, 1-based collections, properties that
refuse values outside their list or range, `Item.Transfer(FormatID)` returning an ImageFile,
and failures raised as `pywintypes.com_error(hresult, text, excepinfo, argerr)` with the WIA
code in excepinfo's scode when it came through IDispatch (DISP_E_EXCEPTION)."""

from __future__ import annotations

import io
import sys
import types

import pytest
from PIL import Image

from app.files import wia
from app.files.scanning import (
    DUPLEX,
    FEEDER,
    FLATBED,
    ScanDevice,
    ScanError,
    ScanInterrupted,
    ScanOptions,
    WiaBackend,
    discover,
)

E_INVALIDARG = 0x80070057
E_ACCESSDENIED = 0x80070005


def signed(code: int) -> int:
    return code - (1 << 32) if code >= 1 << 31 else code


class com_error(Exception):  # noqa: N801 - the name pywintypes gives it
    """pywintypes.com_error: args (hresult, strerror, excepinfo, argerror), also as
    attributes."""

    def __init__(self, hresult, strerror, excepinfo, argerror):
        super().__init__(hresult, strerror, excepinfo, argerror)
        self.hresult, self.strerror, self.excepinfo, self.argerror = (hresult, strerror,
                                                                      excepinfo, argerror)


def raised_by_server(code: int, text: str = "") -> com_error:
    """How win32com's dynamic dispatch reports a WIA failure: DISP_E_EXCEPTION, the WIA
    code as the last element (scode) of the 6-tuple excepinfo."""
    return com_error(signed(wia.DISP_E_EXCEPTION), "Exception occurred.",
                     (0, "WIA.Item", text, None, 0, signed(code)), None)


class Collection:
    """A WIA automation collection: Count, Item(1-based), callable like Item."""

    def __init__(self, members):
        self.members = list(members)

    @property
    def Count(self):  # noqa: N802 - COM names
        return len(self.members)

    def Item(self, index):  # noqa: N802
        if not 1 <= index <= len(self.members):
            raise raised_by_server(E_INVALIDARG)
        return self.members[index - 1]

    __call__ = Item


class Property:
    def __init__(self, pid, name, value, *, values=None, range_=None, read_only=False):
        self.PropertyID, self.Name, self._value = pid, name, value
        self.values, self.range, self.IsReadOnly = values, range_, read_only
        self.SubType = 2 if values else 1 if range_ else 0
        self.written = []

    @property
    def SubTypeValues(self):  # noqa: N802
        if self.SubType not in (2, 3):
            raise raised_by_server(E_INVALIDARG, "no list")
        return Collection(self.values)

    def _range(self, index):
        if self.SubType != 1:
            raise raised_by_server(E_INVALIDARG, "no range")
        return self.range[index]

    SubTypeMin = property(lambda self: self._range(0))
    SubTypeMax = property(lambda self: self._range(1))
    SubTypeStep = property(lambda self: self._range(2))

    @property
    def Value(self):  # noqa: N802
        return self._value

    @Value.setter
    def Value(self, value):  # noqa: N802
        low, high, step = self.range or (None, None, None)
        if self.IsReadOnly:
            raise raised_by_server(E_ACCESSDENIED, "read-only")
        if (self.values and value not in self.values) or (
                self.range and not (low <= value <= high and (value - low) % step == 0)):
            raise raised_by_server(E_INVALIDARG, f"{self.Name}: {value} not allowed")
        self._value = value
        self.written.append(value)


def page_image(number: int, fmt: str) -> bytes:
    # The page number is the width, so the order can be checked.
    out = io.BytesIO()
    Image.new("L", (100 + number, 140), 255).save(out, fmt)
    return out.getvalue()


class Scanner:
    """A scanner and its paper: `sheets` in the feeder (two pages each in duplex), a jam
    after `jam_after` pages, the formats its items accept."""

    def __init__(self, *, name="Canon DR-C225 (WIA)", device_id="{6BDD1FC6}\\0001",
                 capabilities=wia.CAN_FEED | wia.CAN_FLAT, sheets=0, jam_after=None,
                 formats=(wia.FORMAT_BMP, wia.FORMAT_JPEG, wia.FORMAT_PNG),
                 accepted=None, resolutions=(100, 150, 200, 300, 600), res_range=None,
                 items=1, categories=None, wia2=False):
        self.name, self.device_id, self.sheets, self.jam_after = (name, device_id, sheets,
                                                                  jam_after)
        self.wia2 = wia2
        self.accepted = set(accepted if accepted is not None else formats)
        self.transfers: list[str | None] = []
        self.pages_sent = 0
        handling = [Property(wia.DPS_DOCUMENT_HANDLING_CAPABILITIES,
                             "Document Handling Capabilities", capabilities, read_only=True),
                    Property(wia.DPS_DOCUMENT_HANDLING_SELECT, "Document Handling Select",
                             wia.SELECT_FLATBED if capabilities & wia.CAN_FLAT
                             else wia.SELECT_FEEDER),
                    Property(wia.DPS_PAGES, "Pages", 1, range_=(0, 50, 1))]
        self.root = [Property(7, "Name", name)] + ([] if wia2 else handling)
        self.items = []
        for index in range(items):
            props = [Property(wia.IPS_CUR_INTENT, "Current Intent", 0),
                     Property(wia.IPS_XRES, "Horizontal Resolution", 150,
                              values=None if res_range else list(resolutions),
                              range_=res_range),
                     Property(wia.IPS_YRES, "Vertical Resolution", 150,
                              values=None if res_range else list(resolutions),
                              range_=res_range)]
            category = categories[index] if categories else None
            if category:
                props.append(Property(wia.IPA_ITEM_CATEGORY, "Item Category", category))
            if wia2 and category and category.strip("{}").upper() in wia.CATEGORY_FEEDER:
                props += handling
            self.items.append(ScanItem(self, index, props, formats,
                                       feeder=bool(wia2 and category and category.strip("{}")
                                                   .upper() in wia.CATEGORY_FEEDER)))
        self.handling = handling

    def prop(self, pid):
        return next(p for p in self.handling if p.PropertyID == pid)

    @property
    def select(self):
        return self.prop(wia.DPS_DOCUMENT_HANDLING_SELECT).Value

    def next_page(self, fmt, item) -> bytes:
        if fmt not in self.accepted:
            raise raised_by_server(E_INVALIDARG, "format not supported")
        self.transfers.append(fmt)
        # WIA 2.0: the feeder item feeds; older drivers: the root's selection decides.
        if item.feeder if self.wia2 else self.select & wia.SELECT_FEEDER:
            sides = 2 if self.select & wia.SELECT_DUPLEX else 1
            if self.jam_after is not None and self.pages_sent == self.jam_after:
                raise raised_by_server(wia.PAPER_JAM, "Paper jam")
            if self.pages_sent >= self.sheets * sides:
                raise raised_by_server(wia.PAPER_EMPTY, "No documents in the feeder")
        self.pages_sent += 1
        return page_image(self.pages_sent, "BMP" if fmt in (wia.FORMAT_BMP, None)
                          else "PNG" if fmt == wia.FORMAT_PNG else "JPEG")


class ScanItem:
    def __init__(self, scanner, index, props, formats, *, feeder=False):
        self.scanner, self.index, self.feeder = scanner, index, feeder
        self.Properties = Collection(props)
        self.Formats = Collection(formats)

    def Transfer(self, FormatID=None):  # noqa: N802, N803
        data = self.scanner.next_page(FormatID, self)
        return types.SimpleNamespace(FileData=types.SimpleNamespace(BinaryData=data),
                                     FormatID=FormatID)


class DeviceInfo:
    def __init__(self, scanner, device_type=wia.SCANNER_TYPE):
        self.scanner, self.Type, self.DeviceID = scanner, device_type, scanner.device_id
        self.Properties = Collection([Property(7, "Name", scanner.name)])

    def Connect(self):  # noqa: N802
        scanner = self.scanner
        return types.SimpleNamespace(Properties=Collection(scanner.root),
                                     Items=Collection(scanner.items))


@pytest.fixture
def wia_com(monkeypatch):
    """Installs the fake pywin32 modules; `add(scanner)` plugs a scanner in."""
    plugged: list[DeviceInfo] = []
    calls = []

    def dispatch(prog_id):
        calls.append(prog_id)
        assert prog_id == "WIA.DeviceManager"
        return types.SimpleNamespace(DeviceInfos=Collection(plugged))

    client = types.ModuleType("win32com.client")
    client.Dispatch = dispatch
    package = types.ModuleType("win32com")
    package.client = client
    pythoncom = types.ModuleType("pythoncom")
    pythoncom.CoInitialize = lambda: calls.append("CoInitialize")
    pywintypes = types.ModuleType("pywintypes")
    pywintypes.com_error = com_error
    for name, module in (("win32com", package), ("win32com.client", client),
                         ("pythoncom", pythoncom), ("pywintypes", pywintypes)):
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(wia, "WARMING_UP_WAIT", 0)

    def add(scanner: Scanner, device_type=wia.SCANNER_TYPE) -> ScanDevice | None:
        plugged.append(DeviceInfo(scanner, device_type))
        return next((d for d in WiaBackend().devices() if d.device_id == scanner.device_id),
                    None)

    add.calls = calls
    return add


def widths(pages) -> list[int]:
    return [page.width - 100 for page in pages]


# --------------------------------------------------------------------------- the feeder
def test_an_empty_feeder_ends_the_batch_and_keeps_every_page(wia_com):
    scanner = Scanner(sheets=3)
    device = wia_com(scanner)
    progress = []
    pages = WiaBackend().scan(device, ScanOptions(feeder=True, resolution=200),
                              progress=lambda done, _total: progress.append(done))
    assert widths(pages) == [1, 2, 3] and progress == [1, 2, 3]
    assert scanner.select == wia.SELECT_FEEDER
    # One page per transfer (WIA_DPS_PAGES), asked before every transfer.
    assert scanner.prop(wia.DPS_PAGES).written == [1, 1, 1, 1]
    assert {p.mime for p in pages} == {"image/jpeg"} and pages[0].dpi == 200
    assert "WIA.DeviceManager" in wia_com.calls and "CoInitialize" in wia_com.calls


def test_paper_empty_is_also_understood_as_a_plain_hresult():
    # Raised by a vtable call rather than IDispatch: the code is the hresult itself.
    plain = com_error(signed(wia.PAPER_EMPTY), "No documents", None, None)
    assert wia.com_error_code(plain) == wia.PAPER_EMPTY
    assert wia.com_error_code(raised_by_server(wia.PAPER_EMPTY)) == wia.PAPER_EMPTY
    assert wia.com_error_code(com_error(signed(wia.DISP_E_EXCEPTION), "x",
                                        (0, None, None, None, 0, 0), None)) \
        == wia.DISP_E_EXCEPTION
    assert wia.com_error_code(ValueError("no code")) is None


def test_an_empty_feeder_before_the_first_page_says_to_load_paper(wia_com):
    device = wia_com(Scanner(sheets=0))
    with pytest.raises(ScanError, match="Pengumpan dokumen .* kosong") as caught:
        WiaBackend().scan(device, ScanOptions(feeder=True))
    assert not isinstance(caught.value, ScanInterrupted)


def test_a_jam_after_page_two_keeps_both_pages_and_says_what_happened(wia_com):
    device = wia_com(Scanner(sheets=5, jam_after=2))
    with pytest.raises(ScanInterrupted, match="macet") as caught:
        WiaBackend().scan(device, ScanOptions(feeder=True))
    assert widths(caught.value.pages) == [1, 2]
    assert "setelah halaman 2" in str(caught.value)


def test_a_jam_on_the_first_page_is_an_error_without_pages(wia_com):
    device = wia_com(Scanner(sheets=5, jam_after=0))
    with pytest.raises(ScanError, match="macet") as caught:
        WiaBackend().scan(device, ScanOptions(feeder=True))
    assert not isinstance(caught.value, ScanInterrupted)


# --------------------------------------------------------------------------- duplex
def test_duplex_scans_both_sides_of_every_sheet(wia_com):
    scanner = Scanner(sheets=2, capabilities=wia.CAN_FEED | wia.CAN_FLAT | wia.CAN_DUPLEX)
    device = wia_com(scanner)
    assert device.sources == {FLATBED, FEEDER, DUPLEX} and device.offers(DUPLEX)
    pages = WiaBackend().scan(device, ScanOptions(feeder=True, duplex=True))
    assert widths(pages) == [1, 2, 3, 4]
    assert scanner.select == wia.SELECT_FEEDER | wia.SELECT_DUPLEX


def test_duplex_is_offered_only_by_a_device_with_a_duplexer(wia_com):
    device = wia_com(Scanner(sheets=2))
    assert device.sources == {FLATBED, FEEDER} and not device.offers(DUPLEX)
    with pytest.raises(ScanError, match="dua sisi"):
        WiaBackend().scan(device, ScanOptions(duplex=True))
    flatbed = wia_com(Scanner(device_id="flat", capabilities=wia.CAN_FLAT))
    assert flatbed.sources == {FLATBED} and not flatbed.offers(FEEDER)
    with pytest.raises(ScanError, match="pengumpan"):
        WiaBackend().scan(flatbed, ScanOptions(feeder=True))
    # A device that says nothing: the feeder may be tried, duplex is not offered.
    assert ScanDevice("sane", "x", "x").offers(FEEDER)
    assert not ScanDevice("sane", "x", "x").offers(DUPLEX)


def test_the_flatbed_gives_one_page_and_is_selected(wia_com):
    scanner = Scanner(sheets=3)
    device = wia_com(scanner)
    (page,) = WiaBackend().scan(device, ScanOptions())
    assert scanner.select == wia.SELECT_FLATBED and widths([page]) == [1]
    assert scanner.prop(wia.DPS_PAGES).written == []


# --------------------------------------------------------------------------- resolution
def test_the_resolution_moves_to_the_nearest_one_the_device_lists(wia_com):
    scanner = Scanner(sheets=1, resolutions=(100, 150, 300, 600))
    device = wia_com(scanner)
    (page,) = WiaBackend().scan(device, ScanOptions(resolution=200))
    xres = scanner.items[0].Properties.Item(2)
    assert xres.Value == 150 and page.dpi == 150  # the page's size follows the real DPI


def test_the_resolution_is_clamped_into_a_range_and_onto_its_steps(wia_com):
    scanner = Scanner(sheets=1, res_range=(75, 300, 75))
    device = wia_com(scanner)
    (page,) = WiaBackend().scan(device, ScanOptions(resolution=600))
    assert page.dpi == 300
    prop = scanner.items[0].Properties.Item(2)
    assert wia._allowed(prop, 200) == 225 and wia._allowed(prop, 10) == 75


# --------------------------------------------------------------------------- formats
def test_a_device_without_jpeg_gives_bmp_pages_stored_losslessly(wia_com):
    scanner = Scanner(sheets=2, formats=(wia.FORMAT_BMP,))
    device = wia_com(scanner)
    pages = WiaBackend().scan(device, ScanOptions(feeder=True))
    assert scanner.transfers == [wia.FORMAT_BMP] * 3  # the third found the feeder empty
    assert {p.mime for p in pages} == {"image/png"} and widths(pages) == [1, 2]


def test_formats_the_device_refuses_fall_back_to_its_default(wia_com):
    # It lists JPEG and BMP but refuses both: the device's default format is used.
    scanner = Scanner(sheets=2, accepted={None})
    device = wia_com(scanner)
    pages = WiaBackend().scan(device, ScanOptions(feeder=True))
    assert scanner.transfers == [None, None, None] and widths(pages) == [1, 2]


def test_line_art_asks_for_png(wia_com):
    scanner = Scanner(sheets=1)
    (page,) = WiaBackend().scan(wia_com(scanner), ScanOptions(color="lineart"))
    assert scanner.transfers == [wia.FORMAT_PNG] and page.mime == "image/png"
    assert scanner.items[0].Properties.Item(1).Value == wia.INTENT["lineart"]


# --------------------------------------------------------------------------- items
def test_every_item_of_the_device_is_scanned(wia_com):
    scanner = Scanner(items=2)
    pages = WiaBackend().scan(wia_com(scanner), ScanOptions())
    assert widths(pages) == [1, 2]


def test_a_wia2_device_scans_its_feeder_item_for_the_feeder(wia_com):
    # WIA 2.0: a flatbed item and a feeder item; the handling properties are on the feeder.
    scanner = Scanner(sheets=2, items=2, wia2=True, categories=(
        wia.CATEGORY_FLATBED, wia.CATEGORY_FEEDER.lower().strip("{}")),
        capabilities=wia.CAN_FEED | wia.CAN_DUPLEX)
    device = wia_com(scanner)
    assert device.sources == {FLATBED, FEEDER, DUPLEX}
    pages = WiaBackend().scan(device, ScanOptions(duplex=True))
    assert widths(pages) == [1, 2, 3, 4]
    assert scanner.select == wia.SELECT_FEEDER | wia.SELECT_DUPLEX


def test_a_wia2_device_scans_only_its_flatbed_item_for_the_flatbed(wia_com):
    scanner = Scanner(sheets=2, items=2, wia2=True, categories=(
        wia.CATEGORY_FLATBED, wia.CATEGORY_FEEDER), capabilities=wia.CAN_FEED)
    (page,) = WiaBackend().scan(wia_com(scanner), ScanOptions())
    assert widths([page]) == [1]
    # The feeder item's selection is left alone (it takes no FLATBED value).
    assert scanner.prop(wia.DPS_DOCUMENT_HANDLING_SELECT).written == []


def test_only_scanners_are_listed_and_a_missing_one_is_reported(wia_com):
    wia_com(Scanner())
    wia_com(Scanner(name="Kamera", device_id="cam"), device_type=2)
    found = discover([WiaBackend()])
    assert [d.label for d in found.devices] == ["Canon DR-C225 (WIA)"]
    gone = ScanDevice("wia", "tidak-ada", "Epson")
    with pytest.raises(ScanError, match="tidak ditemukan lagi"):
        WiaBackend().scan(gone, ScanOptions())


def test_without_pywin32_there_is_no_wia():
    if "win32com.client" in sys.modules:
        pytest.skip("pywin32 is installed")
    assert not WiaBackend().available() and WiaBackend().devices() == []
