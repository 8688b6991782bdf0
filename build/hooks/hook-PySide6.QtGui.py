# Replaces PyInstaller's hook for PySide6.QtGui to leave out the Qt plugins a desktop
# program never loads. Done here rather than after Analysis so that the system libraries
# those plugins link against (GTK's theme stack, eglfs/KMS, evdev) are not collected either.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# plugin folder -> file names (without lib prefix / extension) to leave out; "*" = all
UNUSED_PLUGINS = {
    "egldeviceintegrations": "*",  # eglfs: embedded boards without a window system
    "generic": "*",  # evdev/tuio input for eglfs and linuxfb
    # SVG icons (libQt6Svg with them): qtawesome draws from its font, our icons are PNG
    "iconengines": {"qsvgicon"},
    # Qt decodes only the scan dialog's JPEG thumbnails (PNG is built into QtGui); every
    # other picture goes through Pillow
    "imageformats": {"qgif", "qicns", "qico", "qpdf", "qsvg", "qtga", "qtiff", "qwbmp",
                     "qwebp"},
    # Wayland sessions run the program through XWayland (xcb) instead
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qdirect2d",
                  "qwayland"},
    "platformthemes": {"qgtk3",  # drags in GTK, cairo, pango; we draw with Fusion
                       # native dialogs for Flatpak/Snap sandboxes: the bundle is not one
                       "qxdgdesktopportal"},
    "wayland-decoration-client": "*",
    "wayland-graphics-integration-client": "*",
    "wayland-shell-integration": "*",
}


def _unused(entry) -> bool:
    source, dest = entry[0], entry[1].replace("\\", "/")
    folder = dest.rsplit("/", 1)[-1]
    if dest.rsplit("/", 2)[-2:-1] != ["plugins"] or folder not in UNUSED_PLUGINS:
        return False
    names = UNUSED_PLUGINS[folder]
    stem = source.replace("\\", "/").rsplit("/", 1)[-1].split(".")[0].removeprefix("lib")
    return names == "*" or stem in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if not _unused(entry)]
