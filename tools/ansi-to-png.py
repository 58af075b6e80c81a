#!/usr/bin/env python3
"""Draws a terminal capture (text with SGR colour codes, as `tmux capture-pane -e -p` prints it)
as a PNG in a plain terminal window, so the README's screenshots are the tool's real output.

Usage: ansi-to-png.py CAPTURE.ans OUT.png [--cols 80] [--title TITLE]
Needs Pillow (python3-pil) and DejaVu Sans Mono (fonts-dejavu-core); tools/screenshots.sh
installs both. Only SGR sequences are understood: tmux sends nothing else with -e.
"""

import argparse
import re

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    (False, False): "DejaVuSansMono.ttf",
    (True, False): "DejaVuSansMono-Bold.ttf",
    (False, True): "DejaVuSansMono-Oblique.ttf",
    (True, True): "DejaVuSansMono-BoldOblique.ttf",
}
SIZE = 26  # drawn at about twice the usual size, so the picture stays sharp when scaled down
PAD = 28
BAR = 52  # the title bar's height
BACKGROUND = (30, 30, 30)
FOREGROUND = (212, 212, 212)
BAR_COLOUR = (50, 50, 52)
# The 16 ANSI colours of a common dark theme (VS Code's).
PALETTE = [
    (0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16),
    (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229),
    (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67),
    (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255),
]
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def colour256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    grey = 8 + (n - 232) * 10
    return (grey, grey, grey)


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.inverse = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.inverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.inverse = False
            elif 30 <= c <= 37:
                self.fg = PALETTE[c - 30]
            elif 90 <= c <= 97:
                self.fg = PALETTE[c - 90 + 8]
            elif 40 <= c <= 47:
                self.bg = PALETTE[c - 40]
            elif 100 <= c <= 107:
                self.bg = PALETTE[c - 100 + 8]
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 1 < len(codes):
                # 38;5;n for the 256 colours, 38;2;r;g;b for true colour.
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    rgb, i = colour256(codes[i + 2]), i + 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    rgb, i = tuple(codes[i + 2:i + 5]), i + 4
                else:
                    rgb = None
                if rgb is not None:
                    if c == 38:
                        self.fg = rgb
                    else:
                        self.bg = rgb
            i += 1

    def colours(self):
        fg, bg = self.fg or FOREGROUND, self.bg
        if self.bold and self.fg in PALETTE[:8]:
            fg = PALETTE[PALETTE.index(self.fg) + 8]  # as most terminals show bold colours
        if self.dim:
            fg = tuple((a + b) // 2 for a, b in zip(fg, bg or BACKGROUND))
        if self.inverse:
            fg, bg = bg or BACKGROUND, fg
        return fg, bg


def cells(text):
    """Each line as a list of (character, fg, bg, bold, italic, underline); style carries across lines."""
    style = Style()
    lines, line = [], []
    pos = 0
    for match in list(SGR.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        for ch in text[pos:end]:
            if ch == "\n":
                lines.append(line)
                line = []
            elif ch >= " ":
                fg, bg = style.colours()
                line.append((ch, fg, bg, style.bold, style.italic, style.underline))
        if match:
            style.apply(match.group(1))
            pos = match.end()
    lines.append(line)
    while lines and not any(ch.strip() for ch, *_ in lines[-1]):
        lines.pop()
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("capture")
    parser.add_argument("out")
    parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--title", default="")
    args = parser.parse_args()

    with open(args.capture, encoding="utf-8") as f:
        lines = cells(f.read())
    fonts = {key: ImageFont.truetype(f"{FONT_DIR}/{name}", SIZE) for key, name in FONTS.items()}
    regular = fonts[(False, False)]
    cell_w = regular.getlength("M")
    ascent, descent = regular.getmetrics()
    cell_h = round((ascent + descent) * 1.15)

    width = round(PAD * 2 + cell_w * args.cols)
    height = BAR + PAD * 2 + cell_h * len(lines)
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, BAR], fill=BAR_COLOUR)
    for i, dot in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        x, y, r = 30 + i * 30, BAR // 2, 9
        draw.ellipse([x - r, y - r, x + r, y + r], fill=dot)
    if args.title:
        title_font = ImageFont.truetype(f"{FONT_DIR}/DejaVuSans.ttf", round(SIZE * 0.8))
        draw.text((width / 2, BAR / 2), args.title, font=title_font, fill=(170, 170, 170), anchor="mm")

    for row, line in enumerate(lines):
        y = BAR + PAD + row * cell_h
        for col, (ch, fg, bg, bold, italic, underline) in enumerate(line):
            x = PAD + col * cell_w
            if bg is not None:
                draw.rectangle([x, y, x + cell_w, y + cell_h], fill=bg)
            if ch != " ":
                draw.text((x, y + (cell_h - ascent - descent) / 2), ch, font=fonts[(bold, italic)], fill=fg)
            if underline:
                draw.line([x, y + ascent + 3, x + cell_w, y + ascent + 3], fill=fg, width=2)
    # 256 colours are plenty for text on flat colours, and halve the file the repository keeps.
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(args.out, optimize=True)


if __name__ == "__main__":
    main()
