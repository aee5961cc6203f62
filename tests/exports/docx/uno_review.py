"""Run by the system Python (which has LibreOffice's `uno`): open a DOCX in LibreOffice, accept
or reject every tracked change as legal would, and print each clause paragraph as JSON.

`python3 uno_review.py FILE.docx accept|reject PROFILE_DIR`
"""

import contextlib
import json
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno  # also registers the com.sun.star importer
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

COMMANDS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}
# Comments hidden in the view: Debian's libreoffice-writer-nogui lacks the dialog file a shown
# comment loads (annotation.ui), and a view showing one aborts. The text is unaffected.
SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Writer/Content/Display">
<prop oor:name="Note" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


@contextlib.contextmanager
def started_office(profile):
    """A private headless LibreOffice, its component context and desktop; stopped after."""
    pipe = f"atelier-{uuid.uuid4().hex}"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(SETTINGS, encoding="utf-8")
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _ in range(300):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                time.sleep(0.1)
        else:
            raise SystemExit("LibreOffice did not answer")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        yield context, desktop
        with contextlib.suppress(Exception):  # the bridge goes down with the office
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


def main():
    path, verb, profile = Path(sys.argv[1]).resolve(), sys.argv[2], Path(sys.argv[3])
    with started_office(profile) as (context, desktop):
        smgr = context.ServiceManager
        doc = desktop.loadComponentFromURL(path.as_uri(), "_blank", 0, (prop("Hidden", True),))
        frame = doc.getCurrentController().getFrame()
        helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        helper.executeDispatch(frame, COMMANDS[verb], "", 0, ())
        clauses = []
        for paragraph in doc.getText().createEnumeration():
            is_text = paragraph.supportsService("com.sun.star.text.Paragraph")
            if is_text and paragraph.ParaStyleName == "Clause":
                clauses.append(paragraph.getString())
        print(json.dumps({"clauses": clauses}, ensure_ascii=False))
        doc.close(True)


if __name__ == "__main__":
    main()
