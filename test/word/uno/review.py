#!/usr/bin/env python3
"""Reviewers' returned copies (征求意见稿的反馈), made by LibreOffice itself through its UNO API (Debian: python3-uno).

Usage: review.py SPEC.json

SPEC: {"input": "sent.docx", "profile": "/tmp/dir", "reviewers": [{"output": "…-市财政局.docx", "author": "市财政局",
       "date": "2024-01-05T10:30:00",
       "comments": [{"find": "text to anchor on", "text": "建议改为……"}],
       "insertions": [{"after": "text", "text": "inserted"}],
       "deletions": [{"find": "text"}],
       "replacements": [{"find": "text", "text": "new text"}]}]}

One headless soffice (its own profile, under SPEC's "profile") opens the sent copy once per reviewer, anchors each
comment (com.sun.star.text.textfield.Annotation: Author, Content, DateTimeValue) on the first occurrence of its text,
records the edits as tracked changes (RecordChanges) and stores the copy as MS Word 2007 XML. LibreOffice takes the
author of a tracked change from the user profile (UserProfile/Data givenname + sn, as Tools > Options > User Data
sets it): the script sets it per reviewer through the configuration API before the edits. Prints one JSON line per
copy written; exits non-zero, with the reason on stderr, when anything fails (a text not found included).
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.util import DateTime


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile):
    """A headless soffice listening on a pipe of its own, in a process group of its own; returns (process, component
    context, desktop)."""
    pipe = "wr_review_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # soffice starts soffice.bin under it: the whole group is ended at the end.
        start_new_session=True,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("soffice did not start (exit %s)" % proc.poll())
            time.sleep(0.3)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, ctx, desktop


def set_user_name(ctx, name):
    """The name LibreOffice records as the author of tracked changes (Tools > Options > User Data)."""
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", "/org.openoffice.UserProfile/Data"),)
    )
    access.setPropertyValue("givenname", name)
    access.setPropertyValue("sn", "")
    access.commitChanges()


def uno_date(iso):
    d = DateTime()
    date, _, clock = iso.partition("T")
    d.Year, d.Month, d.Day = (int(x) for x in date.split("-"))
    h, m, s = (int(x) for x in (clock or "00:00:00").split(":"))
    d.Hours, d.Minutes, d.Seconds = h, m, s
    return d


def find(doc, text):
    """A cursor over the first occurrence of `text` within one paragraph (findFirst needs a view; there is none)."""
    body = doc.getText()
    paragraphs = body.createEnumeration()
    while paragraphs.hasMoreElements():
        p = paragraphs.nextElement()
        if not p.supportsService("com.sun.star.text.Paragraph"):
            continue
        at = p.getString().find(text)
        if at < 0:
            continue
        # A comment's anchor is a character to the cursor but none in getString(): step past any before the text.
        for shift in range(0, 16):
            cursor = body.createTextCursorByRange(p.getStart())
            cursor.goRight(at + shift, False)
            cursor.goRight(len(text), True)
            if cursor.getString() == text:
                return cursor
    raise RuntimeError("text not found in the copy: %s" % text)


def review(ctx, source, r):
    # The model alone, with no frame or view: a view would lay comments out in sidebar windows, whose widget files
    # the no-GUI packages (libreoffice-writer-nogui) do not ship, and soffice aborts.
    doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
    doc.load((prop("URL", uno.systemPathToFileUrl(source)), prop("FilterName", "MS Word 2007 XML")))
    try:
        text = doc.getText()
        for c in r.get("comments", []):
            found = find(doc, c["find"])
            note = doc.createInstance("com.sun.star.text.textfield.Annotation")
            note.Author = r["author"]
            note.Content = c["text"]
            if r.get("date"):
                note.DateTimeValue = uno_date(r["date"])
            # Inserted over the found range (not collapsed): the comment is anchored on that text.
            text.insertTextContent(found, note, True)
        set_user_name(ctx, r["author"])
        doc.RecordChanges = True
        for d in r.get("deletions", []):
            find(doc, d["find"]).setString("")
        for x in r.get("replacements", []):
            find(doc, x["find"]).setString(x["text"])
        for i in r.get("insertions", []):
            at = find(doc, i["after"])
            at.collapseToEnd()
            at.setString(i["text"])
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(r["output"])),
            (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True)),
        )
    finally:
        doc.close(True)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    profile = spec.get("profile") or tempfile.mkdtemp(prefix="wr-uno-")
    proc, ctx, desktop = start_office(profile)
    try:
        for r in spec["reviewers"]:
            review(ctx, os.path.abspath(spec["input"]), r)
            print(json.dumps({"output": r["output"], "author": r["author"]}, ensure_ascii=False), flush=True)
    finally:
        try:
            desktop.terminate()
        except Exception:  # the office is going anyway
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:  # gone already
            pass


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # one line, for the test's message
        print("review.py: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        sys.exit(1)
