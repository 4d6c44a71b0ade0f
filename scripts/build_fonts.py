"""Build the self-hosted web fonts for Tamil, Burmese and Chinese from the @fontsource npm packages.

    python scripts/build_fonts.py        (make fonts; make run and make test do it)

Writes, from node_modules/@fontsource/ (installed by `npm ci`, pinned in package-lock.json):

- static/fonts/*.woff2: the script's own subsets of Noto Sans Tamil and Noto
  Sans Myanmar, regular and bold. The Latin subsets are left out: Latin text
  keeps the system font.
- static/css/fonts.css: an @font-face per file with its `unicode-range`, under
  the families "Site Tamil" and "Site Myanmar" that static/css/site.css
  puts last in each script's font list, after the fonts phones and computers
  ship. A browser downloads a file only for characters a page shows in that
  language and no installed font covers, so English and Malay pages download none.
- In the same CSS, "Site language names": the few glyphs of the language names
  in the switcher on every page (தமிழ், မြန်မာဘာသာ, 简体中文), as tiny fonts inside
  the CSS itself (data: URLs), so no page downloads a font file to show them.

Both outputs are generated (git ignores them); collectstatic copies them in production.
"""

import base64
import io
import re
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTSOURCE = ROOT / "node_modules" / "@fontsource"
FONT_DIR = ROOT / "static" / "fonts"
CSS_FILE = ROOT / "static" / "css" / "fonts.css"
WEIGHTS = (400, 700)

# package: (our family name, the fontsource subsets to keep: a name, or a pattern for numbered slices)
FAMILIES = {
    "noto-sans-tamil": ("Site Tamil", re.compile(r"^tamil$")),
    "noto-sans-myanmar": ("Site Myanmar", re.compile(r"^myanmar$")),
}
# Chinese text keeps the system's fonts: every phone and desktop system ships one
# (PingFang, Microsoft YaHei, Noto Sans CJK), and Noto Sans SC in slices would cost
# every Chinese page 60 KB of @font-face rules. Only its language name is built in.
NAME_ONLY = {"noto-sans-sc": re.compile(r"^\[\d+\]$")}
# The switcher's language names, by the package whose glyphs they need.
LANGUAGE_NAMES = {
    "noto-sans-tamil": "தமிழ்",
    "noto-sans-myanmar": "မြန်မာဘာသာ",
    "noto-sans-sc": "简体中文",
}
FACE = re.compile(r"/\* (?P<name>[^*]+?) \*/\s*@font-face \{(?P<body>.*?)\}", re.S)


def subset_name(package, face_name, weight):
    """'noto-sans-sc-[12]-400-normal' -> '[12]'; 'noto-sans-tamil-tamil-400-normal' -> 'tamil'."""
    return face_name[len(package) + 1 : -len(f"-{weight}-normal")]


def faces(package, weight):
    """(subset, woff2 file name, unicode-range) for each of the package's faces at this weight."""
    css = (FONTSOURCE / package / f"{weight}.css").read_text(encoding="utf-8")
    for match in FACE.finditer(css):
        body = match.group("body")
        woff2 = re.search(r"url\(\./files/([^)]+\.woff2)\)", body).group(1)
        unicode_range = re.search(r"unicode-range:\s*([^;]+);", body).group(1).strip()
        yield subset_name(package, match.group("name").strip(), weight), woff2, unicode_range


def font_face(family, weight, src, unicode_range):
    return (
        f"@font-face {{ font-family: '{family}'; font-style: normal; font-weight: {weight}; "
        f"font-display: swap; src: {src}; unicode-range: {unicode_range}; }}\n"
    )


def script_faces():
    """Copy the script subsets' woff2 files; return their @font-face rules."""
    rules = []
    for package, (family, keep) in FAMILIES.items():
        for weight in WEIGHTS:
            for name, woff2, unicode_range in faces(package, weight):
                if not keep.match(name):
                    continue
                shutil.copyfile(FONTSOURCE / package / "files" / woff2, FONT_DIR / woff2)
                src = f"url(../fonts/{woff2}) format('woff2')"
                rules.append(font_face(family, weight, src, unicode_range))
    return rules


def language_name_faces(package, text):
    """Fonts with only the glyphs `text` needs (shaping rules kept), as data: URL @font-face rules.

    One per subset file the characters are in: Tamil and Burmese names sit in
    one file (their letters must be shaped together), Chinese ones in several slices.
    """
    keep = FAMILIES[package][1] if package in FAMILIES else NAME_ONLY[package]
    rules = []
    remaining = set(text)
    for name, woff2, _range in faces(package, 400):
        if not keep.match(name) or not remaining:
            continue
        cmap = TTFont(FONTSOURCE / package / "files" / woff2).getBestCmap()
        here = {char for char in remaining if ord(char) in cmap}
        if here:
            rules.append(_subset_face(FONTSOURCE / package / "files" / woff2, "".join(sorted(here))))
            remaining -= here
    if remaining:
        sys.exit(f"{package} has no glyph for {''.join(sorted(remaining))!r}")
    return rules


def _subset_face(path, characters):
    font = TTFont(path)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # Tamil and Burmese need their shaping rules to join letters
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    data = io.BytesIO()
    font.save(data)
    encoded = base64.b64encode(data.getvalue()).decode("ascii")
    codepoints = ",".join(f"U+{ord(char):X}" for char in characters)
    src = f"url(data:font/woff2;base64,{encoded}) format('woff2')"
    return font_face("Site language names", 400, src, codepoints)


def main():
    if not FONTSOURCE.is_dir():
        sys.exit(f"{FONTSOURCE} is missing: run `npm ci` first (make fonts does).")
    FONT_DIR.mkdir(parents=True, exist_ok=True)
    for old in FONT_DIR.glob("*.woff2"):
        old.unlink()
    header = "/* Built by scripts/build_fonts.py from @fontsource (OFL 1.1). Do not edit. */\n"
    rules = script_faces()
    for package, text in LANGUAGE_NAMES.items():
        rules += language_name_faces(package, text)
    CSS_FILE.write_text(header + "".join(rules), encoding="utf-8")
    files = list(FONT_DIR.glob("*.woff2"))
    size = sum(path.stat().st_size for path in files)
    print(f"fonts: {len(rules)} faces, {len(files)} files ({size // 1024} KiB) in static/fonts/")


if __name__ == "__main__":
    main()
