#!/usr/bin/env python3
"""Sets French typography in the French translation (translations/essaim_fr.ts)
and in the French pages of the user guide (resources/help/fr/*.html).

The rule (README, "For developers"): « guillemets » with a non-breaking space
(U+00A0) inside, and a non-breaking space (U+00A0, the same everywhere) before
the high punctuation : ; ! ? when it ends a word (followed by a space, the end
of the text, a tag or a closing sign). Marks inside words are left alone, so
times (18:00), web addresses (https://), format tokens (code;level) and
placeholders followed by another (%1:%2) stay as written.

Usage: python3 scripts/french_typography.py [FILE...]   (default: both kinds)
Rewrites the files in place; only the French texts are touched."""
import glob
import html
import os
import re
import sys

NBSP = '\u00a0'
# A mark ending a word: after a word (not after an opening bracket, a comma
# or another mark, where it names the sign itself: "virgule (;)"), and not
# followed by a letter, digit or slash.
HIGH = re.compile(r'(?<=[^\s\u00a0\u202f:;!?(\[,"\'])[ \u202f]?([:;!?])(?=$|[\s\u00a0<)»"\'.,])')


def fix_text(text):
    text = text.replace('\u201c', '«' + NBSP).replace('\u201d', NBSP + '»')
    text = re.sub(r'«[ \u202f]?(?!\u00a0)', '«' + NBSP, text)
    text = re.sub(r'(?<!\u00a0)[ \u202f]?»', NBSP + '»', text)
    text = HIGH.sub(NBSP + r'\1', text)
    return text


def encode_ts(text):
    """Writes text back as lupdate does: &amp; &lt; &gt; &quot; &apos; and &#xa0;."""
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    text = text.replace('"', '&quot;').replace("'", '&apos;')
    return text.replace(NBSP, '&#xa0;')


def fix_ts(content):
    def element(m):
        decoded = html.unescape(m.group(2))
        fixed = fix_text(decoded)
        if fixed == decoded:
            return m.group(0)
        return m.group(1) + encode_ts(fixed) + m.group(3)
    pattern = r'(<translation(?: [^>]*)?>|<numerusform>)([^<]*)(</translation>|</numerusform>)'
    return re.sub(pattern, element, content)


def fix_html(content):
    # Only the text between tags, never inside <pre>, <code>, <kbd>, <style> or <script>.
    parts = re.split(r'(<[^>]+>)', content)
    out, verbatim = [], 0
    for part in parts:
        if part.startswith('<'):
            tag = re.match(r'</?(\w+)', part)
            if tag and tag.group(1).lower() in ('pre', 'code', 'kbd', 'tt', 'style', 'script'):
                verbatim += -1 if part.startswith('</') else 1
            out.append(part)
        elif verbatim or not part.strip():
            out.append(part)
        else:
            text = part.replace('&nbsp;', NBSP)
            out.append(fix_text(text))
    return ''.join(out)


def main(paths):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if not paths:
        paths = [os.path.join(root, 'translations', 'essaim_fr.ts')]
        paths += sorted(glob.glob(os.path.join(root, 'resources', 'help', 'fr', '*.html')))
    for path in paths:
        with open(path, encoding='utf-8') as f:
            content = f.read()
        fixed = fix_ts(content) if path.endswith('.ts') else fix_html(content)
        if fixed != content:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(fixed)
            print('french_typography: fixed', os.path.relpath(path, root))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
