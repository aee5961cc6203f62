"""Run by the system Python (which has LibreOffice's `uno`): LibreOffice itself accepts the
tracked changes of one clause and rejects those of another, then saves the file as DOCX.

`python3 uno_one_change.py IN.docx OUT.docx PROFILE_DIR ACCEPT_NUMBER REJECT_NUMBER`
(clause numbers such as 3.1: the clause paragraph starting with that number and a tab)
"""

import sys
from pathlib import Path

from uno_review import COMMANDS, prop, started_office


def paragraph_of(doc, number):
    for paragraph in doc.getText().createEnumeration():
        is_text = paragraph.supportsService("com.sun.star.text.Paragraph")
        if is_text and paragraph.getString().startswith(f"{number}\t"):
            return paragraph
    raise SystemExit(f"no clause {number}")


def inside(text, paragraph, redline):
    try:
        start = redline.RedlineStart
        return (
            text.compareRegionStarts(paragraph, start) >= 0
            and text.compareRegionEnds(start, paragraph) >= 0
        )
    except Exception:  # a change in another text (a comment, a header)
        return False


def decide(doc, helper, number, verb):
    """Select each change inside the clause and accept or reject it, as legal clicks it."""
    controller = doc.getCurrentController()
    command = COMMANDS[verb].replace("AllTrackedChanges", "TrackedChange")
    while True:
        paragraph = paragraph_of(doc, number)
        text = doc.getText()
        found = [r for r in doc.getRedlines() if inside(text, paragraph, r)]
        if not found:
            return
        redline = found[0]
        cursor = text.createTextCursorByRange(redline.RedlineStart)
        cursor.gotoRange(redline.RedlineEnd, True)
        controller.select(cursor)
        helper.executeDispatch(controller.getFrame(), command, "", 0, ())
        if len([r for r in doc.getRedlines() if inside(text, paragraph_of(doc, number), r)]) == len(
            found
        ):
            raise SystemExit(f"LibreOffice did not {verb} the change in {number}")


def main():
    source, target, profile = (Path(a).resolve() for a in sys.argv[1:4])
    accept, reject = sys.argv[4], sys.argv[5]
    with started_office(profile) as (context, desktop):
        smgr = context.ServiceManager
        doc = desktop.loadComponentFromURL(source.as_uri(), "_blank", 0, (prop("Hidden", True),))
        helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        decide(doc, helper, accept, "accept")
        decide(doc, helper, reject, "reject")
        doc.storeToURL(target.as_uri(), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)


if __name__ == "__main__":
    main()
