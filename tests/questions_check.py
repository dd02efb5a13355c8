"""Read back what `snipquiz questions` writes (tests/questions.test).

    questions_check.py json FILE.json
        every object's fields, in order, with their types; for every
        question answered by letters, the options marked right are exactly
        the answer's letters; an ordering's answer is a permutation of
        its right lines (a line that does not belong, at most one, is left
        out).
    questions_check.py gift FILE.gift [FILE.json]
        the GIFT read as Moodle's importer reads it (qformat_gift's
        readquestion: comment lines, blank-line separated questions, the
        escapes, names, the answer section, weights, feedback): each
        question a choice whose right answers weigh 100% in all, or a
        short answer; with the JSON lines of the same seed, compared with
        them: the same options, the right ones weighted, the wrong ones
        not, the labels as feedback, the code in the question text.
    questions_check.py md FILE.md FILE.json
        the worksheet numbers every question once, with an answer for each.

Prints what is wrong and exits 1, or prints a summary and exits 0.
"""

import html
import json
import re
import sys

FIELDS = ["item", "exam", "objective", "form", "stem_kind", "stem", "code",
          "input", "aim", "options", "pick", "answer", "explanation", "key",
          "source"]
# Whose key: the oracle's run, the bank's (a concept item), or a checker's.
KEYS = ["run", "authored", "pycodestyle", "pydocstyle", "pep8-naming"]
OPTION_FIELDS = ["letter", "text", "right", "source", "label"]
FORMS = ["output", "choice", "select", "gap", "order", "error"]
STEM_KINDS = ["output", "value", "select", "insert", "order", "error_line",
              "count", "behaviour", "variable", "type", "length"]
SOURCES = ["truth", "misreading", "generic", "bank", "trace"]

problems = []


def bad(item, what):
    problems.append("%s: %s" % (item, what))


def str_or_none(v):
    return v is None or isinstance(v, str)


def check_question(q):
    item = q.get("item", "?")
    if list(q) != FIELDS:
        bad(item, "fields %r" % list(q))
        return
    if q["key"] not in KEYS or not str_or_none(q["source"]):
        bad(item, "key %r, source %r" % (q["key"], q["source"]))
    if not isinstance(q["item"], str) or "#" not in q["item"]:
        bad(item, "item %r" % q["item"])
    for f in ("exam", "objective", "code", "input", "aim", "explanation"):
        if not str_or_none(q[f]):
            bad(item, "%s is %r" % (f, q[f]))
    if q["objective"] is not None and q["exam"] != q["objective"].split()[0]:
        bad(item, "exam %r, objective %r" % (q["exam"], q["objective"]))
    if q["form"] not in FORMS or q["stem_kind"] not in STEM_KINDS:
        bad(item, "form %r, stem kind %r" % (q["form"], q["stem_kind"]))
    if not isinstance(q["stem"], str) or not q["stem"]:
        bad(item, "stem %r" % q["stem"])
    # Code shown but for an order; a concept item or fragments for a
    # checker may have no program to show.
    if ((q["code"] is None) != (q["form"] == "order") and
            (q["code"] is not None or q["key"] == "run")):
        bad(item, "code %r in form %s" % (q["code"], q["form"]))
    if q["form"] in ("gap", "order") and q["aim"] is None:
        bad(item, "no aim in form %s" % q["form"])
    if not isinstance(q["pick"], int) or isinstance(q["pick"], bool) or \
            q["pick"] < 0:
        bad(item, "pick %r" % q["pick"])
        return
    # Only a typed output may be empty: a program that prints nothing.
    if not isinstance(q["answer"], str) or \
            (not q["answer"] and q["form"] != "output"):
        bad(item, "answer %r" % q["answer"])
        return
    letters = ""
    for i, o in enumerate(q["options"]):
        if list(o) != OPTION_FIELDS:
            bad(item, "option fields %r" % list(o))
            return
        if o["letter"] != chr(ord("A") + i):
            bad(item, "option %d is lettered %r" % (i, o["letter"]))
        if not isinstance(o["text"], str) or not isinstance(o["right"], bool):
            bad(item, "option %r" % o)
        if o["source"] not in SOURCES or not str_or_none(o["label"]):
            bad(item, "option %r" % o)
        letters += o["letter"]
    right = "".join(o["letter"] for o in q["options"] if o["right"])
    if q["pick"] == 0:
        # Typed: the output, or a gap's fill; no options.
        if q["options"] or q["form"] not in ("output", "gap"):
            bad(item, "typed, with %d options" % len(q["options"]))
    elif q["form"] == "order":
        # The program's lines, in some order; a line that does not
        # belong, at most one, is left out.
        if sorted(q["answer"]) != sorted(right) or \
                q["pick"] != len(right) or \
                len(letters) - len(right) not in (0, 1):
            bad(item, "order answer %r of %r" % (q["answer"], letters))
    else:
        # choice, select, error, gap with options: the marks are the key.
        if right != q["answer"]:
            bad(item, "right options %r, answer %r" % (right, q["answer"]))
        want = len(right) if q["form"] == "select" else 1
        if q["pick"] != want or (q["form"] == "select") != (want >= 2):
            bad(item, "pick %d for %d right in form %s" %
                (q["pick"], len(right), q["form"]))
        if len(q["options"]) < 2:
            bad(item, "%d options" % len(q["options"]))


def read_json(path):
    qs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                qs.append(json.loads(line))
            except ValueError as e:
                bad("%s:%d" % (path, n), "not JSON: %s" % e)
    return qs


# Moodle's GIFT importer, as qformat_gift::readquestion reads a question.
ESCAPES = [("\\:", "&&058;"), ("\\#", "&&035;"), ("\\=", "&&061;"),
           ("\\{", "&&123;"), ("\\}", "&&125;"), ("\\~", "&&126;"),
           ("\\n", "&&010")]
PLACEHOLDERS = [("&&058;", ":"), ("&&035;", "#"), ("&&061;", "="),
                ("&&123;", "{"), ("&&125;", "}"), ("&&126;", "~"),
                ("&&010", "\n")]
WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
PHP_SPACE = " \t\n\r\0\x0b"


def escaped_pre(s):
    s = s.replace("\\\\", "&&092;")
    for a, b in ESCAPES:
        s = s.replace(a, b)
    return s.replace("&&092;", "\\")


def escaped_post(s):
    for a, b in PLACEHOLDERS:
        s = s.replace(a, b)
    return s


def with_format(text, default):
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end]
        if name in ("moodle", "html", "plain", "markdown"):
            fmt, text = name, text[end + 1:]
    return escaped_post(text).strip(PHP_SPACE), fmt


def weight(answer):
    answer = answer[1:]
    end = answer.find("%")
    return float(answer[:end]) / 100, answer[end + 1:]


def comment(answer, fmt):
    bits = answer.split("#", 1)
    text = with_format(bits[0].strip(PHP_SPACE), fmt)
    fb = with_format(bits[1].strip(PHP_SPACE), fmt) if len(bits) > 1 \
        else ("", fmt)
    return text, fb


def gift_questions(data):
    blocks, cur = [], []
    for line in data.split("\n"):
        if line.strip(PHP_SPACE) == "":
            if cur:
                blocks.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    for lines in blocks:
        lines = [" " if l.strip(PHP_SPACE).startswith("//") else l
                 for l in lines]
        text = escaped_pre("\n".join(lines).strip(PHP_SPACE))
        q = {"name": None}
        if text.startswith("::"):
            text = text[2:]
            end = text.find("::")
            q["name"] = escaped_post(text[:end])
            text = text[end + 2:].strip(PHP_SPACE)
        start, finish = text.find("{"), text.find("}")
        if start < 0 or finish < 0 or finish < start:
            q["error"] = "no answer section"
            yield q
            continue
        answers = text[start + 1:finish].strip(PHP_SPACE)
        qtext = text[:start] + text[finish + 1:]
        general = ""
        if "####" in answers:
            k = answers.rfind("####")
            general, answers = answers[k + 4:], answers[:k].strip(PHP_SPACE)
        q["text"], fmt = with_format(qtext, "moodle")
        q["format"] = fmt
        q["general"] = with_format(general, fmt)[0]
        q["answers"] = []
        if "~" in answers:
            q["type"] = "multichoice"
            q["single"] = "=" in answers
            parts = answers.replace("=", "~=").split("~")
            if parts and parts[0].strip(PHP_SPACE) == "":
                parts = parts[1:]
            for a in parts:
                a = a.strip(PHP_SPACE)
                if a.startswith("="):
                    w, a = 1.0, a[1:]
                elif WEIGHT.match(a):
                    w, a = weight(a)
                else:
                    w = 0.0
                (t, tf), (fb, _) = comment(a, fmt)
                q["answers"].append((w, t, tf, fb))
        elif "=" in answers and "->" not in answers:
            q["type"] = "shortanswer"
            parts = answers.split("=")
            if parts and parts[0].strip(PHP_SPACE) == "":
                parts = parts[1:]
            for a in parts:
                a = a.strip(PHP_SPACE)
                w, a = weight(a) if WEIGHT.match(a) else (1.0, a)
                (t, tf), (fb, _) = comment(a, fmt)
                q["answers"].append((w, t, tf, fb))
        else:
            q["type"] = "other: %r" % answers
        yield q


def html_text(s):
    """What an HTML field shows, as text: tags dropped, entities read."""
    return html.unescape(re.sub(r"<[^>]*>", "", s))


def check_gift_alone(g):
    """What Moodle would import, whatever the questions were."""
    name = g["name"]
    if "error" in g:
        bad(name, g["error"])
        return
    if name is None or "#" not in name or g["format"] != "html":
        bad(name, "name %r, format %s" % (name, g["format"]))
    weights = [a[0] for a in g["answers"]]
    if g["type"] == "shortanswer":
        if weights != [1.0] or g["answers"][0][1] == "":
            bad(name, "short answer %r" % g["answers"])
        return
    if g["type"] != "multichoice" or len(weights) < 2:
        bad(name, "type %s, %d answers" % (g["type"], len(weights)))
        return
    right = [w for w in weights if w > 0]
    if abs(sum(right) - 1) > 1e-4:
        bad(name, "right answers weigh %g in all" % sum(right))
    if g["single"] and sorted(weights) != [0.0] * (len(weights) - 1) + [1.0]:
        bad(name, "single choice weighed %r" % weights)
    if right and not g["single"] and any(abs(abs(w) - right[0]) > 1e-6
                               for w in weights):
        bad(name, "select weighed %r" % weights)
    for w, t, tf, fb in g["answers"]:
        if tf != "html" or html_text(t) == "":
            bad(name, "answer %r (%s)" % (t, tf))


def check_gift(gift_path, json_path):
    with open(gift_path, encoding="utf-8") as f:
        data = f.read()
    if json_path is None:
        n = 0
        for g in gift_questions(data):
            n += 1
            check_gift_alone(g)
        return "%d GIFT questions read as Moodle reads them" % n
    byname = {}
    for q in read_json(json_path):
        byname[q["item"]] = q
    seen = 0
    for g in gift_questions(data):
        seen += 1
        check_gift_alone(g)
        name = g["name"]
        q = byname.pop(name, None)
        if q is None:
            bad(name, "in the GIFT, not in the JSON")
            continue
        if "error" in g:
            continue
        if q["code"] is not None and \
                q["code"].rstrip("\n") not in html_text(g["text"]):
            bad(name, "the code is not in the question text: %r" % g["text"])
        if q["pick"] == 0:
            want = [(1.0, q["answer"].rstrip("\n"))]
            got = [(w, t) for w, t, _, _ in g["answers"]]
            if g["type"] != "shortanswer" or got != want:
                bad(name, "short answer %r, want %r" % (got, want))
            continue
        if g["type"] != "multichoice" or g["single"] != (q["pick"] == 1):
            bad(name, "type %s, single %s, pick %d" %
                (g["type"], g.get("single"), q["pick"]))
            continue
        if len(g["answers"]) != len(q["options"]):
            bad(name, "%d answers for %d options" %
                (len(g["answers"]), len(q["options"])))
            continue
        total = 0
        for (w, t, tf, fb), o in zip(g["answers"], q["options"]):
            want = o["text"].rstrip("\n")
            # A statement's quotes ("`x` is 5 ...") are HTML code spans.
            if (q["stem_kind"] == "select" and o["source"] in
                    ("truth", "misreading") and want.count("`") >= 2 and
                    want.count("`") % 2 == 0):
                spans = want.split("`")[1::2]
                want = want.replace("`", "")
                if [html.unescape(x) for x in re.findall(
                        r"<code>(.*?)</code>", t)] != spans:
                    bad(name, "answer %r: not code %r" % (t, spans))
            if tf != "html" or html_text(t) != want:
                bad(name, "answer %r (%s) for option %r" % (t, tf, o["text"]))
            if (w > 0) != o["right"]:
                bad(name, "weight %g for option %r" % (w, o["text"]))
            if html_text(fb) != (o["label"] or ""):
                bad(name, "feedback %r for label %r" % (fb, o["label"]))
            total += max(w, 0)
        if abs(total - 1) > 1e-4:
            bad(name, "right answers weigh %g in all" % total)
        if html_text(g["general"]).strip() == "" and q["explanation"]:
            bad(name, "the explanation is missing")
    # What the GIFT left out: ordering, and typed answers it cannot hold.
    for name, q in byname.items():
        if q["form"] != "order" and q["pick"] != 0:
            bad(name, "in the JSON (%s), not in the GIFT" % q["form"])
    return "%d GIFT questions read as Moodle reads them, %d left out" % (
        seen, len(byname))


def check_md(md_path, json_path):
    qs = read_json(json_path)
    with open(md_path, encoding="utf-8") as f:
        text = f.read()
    heads = re.findall(r"^## Question (\d+)$", text, re.M)
    if heads != [str(i) for i in range(1, len(qs) + 1)]:
        bad(md_path, "%d questions numbered %s" % (len(qs), heads[:5]))
    if "\n## Answers\n" not in text:
        bad(md_path, "no answers")
        return ""
    key = text.split("\n## Answers\n", 1)[1]
    nums = re.findall(r"^\*\*(\d+)\.\*\*", key, re.M)
    if nums != heads:
        bad(md_path, "answers %s for questions %s" % (nums[:5], heads[:5]))
    return "%d questions in the worksheet, each answered" % len(heads)


def main():
    if sys.argv[1] == "json":
        qs = read_json(sys.argv[2])
        for q in qs:
            check_question(q)
        summary = "%d questions, every field as documented" % len(qs)
    elif sys.argv[1] == "gift":
        summary = check_gift(sys.argv[2],
                             sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        summary = check_md(sys.argv[2], sys.argv[3])
    for p in problems[:40]:
        print(p)
    if problems:
        sys.exit(1)
    print(summary)


main()
