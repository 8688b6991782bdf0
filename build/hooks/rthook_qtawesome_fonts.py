# Runtime hook: the bundle carries only the qtawesome fonts the program draws from (see
# QTAWESOME_FONTS in pengaduan.spec), but qtawesome opens all twelve of its fonts at the
# first icon and fails on a missing file. Once qtawesome is imported, its font list is cut
# down to the fonts that are in the bundle. qtawesome itself is still imported lazily.
import os
import sys
from importlib.machinery import PathFinder


class _BundledFontsOnly:
    """A meta path finder for qtawesome alone: its module, once run, lists only the fonts
    found next to it. (It stays in place: importlib.util.find_spec() calls it too.)"""

    def find_spec(self, name, path=None, target=None):
        if name != "qtawesome":
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module  # a loader of its own: PathFinder makes one per spec

        def exec_module(module):
            run(module)
            fonts = os.path.join(os.path.dirname(os.path.realpath(module.__file__)), "fonts")
            module._BUNDLED_FONTS = tuple(
                entry for entry in module._BUNDLED_FONTS
                if os.path.isfile(os.path.join(fonts, entry[1])))

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _BundledFontsOnly())
