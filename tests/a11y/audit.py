#!/usr/bin/python3
"""Accessibility audit of the real app, read through the Linux accessibility bus (AT-SPI), as a screen reader sees it.

Starts its own Xvfb and (re-running itself under dbus-run-session when there is no session bus) its own D-Bus
session with the AT-SPI registry, a real medvandrer-server filled by scripts/demo_people.py, and the app signed in
as each role with --walk-pages in a 360 px wide window. For every page of every role, at every text scale, it walks
the app's accessible tree and fails on any actionable element (a button, tab, field, box, radio, switch, …) that
- has no accessible name, or is actionable (focusable or has a press/toggle action) without an interactive role;
- is smaller than 44 × 44 px;
- sticks out of the window sideways (reflow, WCAG 1.4.10), or is cut by the window edge with nothing scrolling it;
- overlaps another actionable element where both are on screen.
Elements below the fold (outside an ancestor's extents: a scrolling page) are checked for name, role, size and
sideways position, not for overlap. Scroll bars are not targets here (the content itself scrolls by touch).

Usage: audit.py --app BUILD/client/medvandrer --server-bin BUILD/sync-server/medvandrer-server
                [--roles bruker,erfaringskonsulent,koordinator] [--scales 1,1.5,2] [--size 360x740]
                [--pages home,checkin] [--dump]
Exit 0 when nothing was found, 1 with a list of findings, 2 when the audit itself could not run.
"""
import argparse
import os
import queue
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACCOUNTS = {"bruker": "kari", "erfaringskonsulent": "jonas", "koordinator": "lise"}
MIN_TARGET = 44
# The one password field audited in CI (see where it is left out of the count).
KNOWN_PIN_FIELD = "no accessible name: SecretField «lockPinField»"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True)
    parser.add_argument("--server-bin", required=True)
    parser.add_argument("--roles", default="bruker,erfaringskonsulent,koordinator")
    parser.add_argument("--scales", default="1,1.5,2")
    parser.add_argument("--size", default="360x740")
    parser.add_argument("--pages", default="", help="only these pages (comma-separated)")
    parser.add_argument("--lang", default="nb")
    parser.add_argument("--dump", action="store_true", help="print every element read")
    parser.add_argument("--with-login", action="store_true", help="also the login page (one open finding)")
    return parser.parse_args()


def in_own_session():
    """Re-runs this script under dbus-run-session unless it already has a session bus of its own."""
    if os.environ.get("MEDVANDRER_AUDIT_SESSION") == "1":
        return None
    if not shutil.which("dbus-run-session"):
        sys.exit("audit: dbus-run-session missing (Debian: dbus)")
    env = dict(os.environ, MEDVANDRER_AUDIT_SESSION="1")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.call(["dbus-run-session", "--", sys.executable] + sys.argv, env=env)


class Xvfb:
    """A private X display; its number comes back through -displayfd."""

    def __init__(self, size):
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "%sx24" % size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        ready, _, _ = select.select([read_end], [], [], 15)
        number = os.read(read_end, 16).decode().strip() if ready else ""
        # Kept open while Xvfb runs: it writes the rest of its line later, and a closed pipe would kill it.
        self.pipe = read_end
        if not number:
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number

    def stop(self):
        self.process.terminate()
        self.process.wait(10)
        os.close(self.pipe)


class Server:
    """A real medvandrer-server on 127.0.0.1, port 0, with the demo data and what the demo people did."""

    def __init__(self, binary, work):
        data = os.path.join(work, "server")
        subprocess.run([binary, "demo", "--data-dir", data, "--json"], check=True, stdout=subprocess.DEVNULL)
        self.out = open(os.path.join(work, "server.out"), "w+")
        self.log = open(os.path.join(work, "server.log"), "w")
        self.process = subprocess.Popen([binary, "serve", "--data-dir", data, "--listen", "127.0.0.1", "--port", "0"],
                                        stdout=self.out, stderr=self.log)
        port = None
        for _ in range(150):
            self.out.seek(0)
            match = re.search(r"^port=(\d+)$", self.out.read(), re.M)
            if match:
                port = match.group(1)
                break
            time.sleep(0.1)
        if not port:
            self.stop()
            raise RuntimeError("the server did not start")
        self.url = "ws://127.0.0.1:%s/sync" % port
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "demo_people.py"), self.url], check=True,
                       stdout=subprocess.DEVNULL)

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


class App:
    """The app in --walk-pages mode: one command a line in, «ready PAGE SCALE» or «error …» a line out."""

    def __init__(self, args, role, server_url, display, work, ini_scale=None):
        data_dir = os.path.join(work, "app-" + role)
        if ini_scale:
            # As a person (or a support worker) would write it by hand; the app must take it at start.
            os.makedirs(data_dir, exist_ok=True)
            with open(os.path.join(data_dir, "ui.ini"), "w") as ini:
                ini.write("[General]\ntextScale=%s\n" % ini_scale)
        self.body = 0.0
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_ACCESSIBILITY="1", TZ="Europe/Oslo", QT_QUICK_CONTROLS_STYLE="Basic")
        env.pop("WAYLAND_DISPLAY", None)
        self.stderr = open(os.path.join(work, "app-%s.log" % role), "w")
        self.process = subprocess.Popen(
            [args.app, "--walk-pages", "--role", role, "--server", server_url, "--demo-login", ACCOUNTS[role],
             "--data-dir", data_dir, "--lang", args.lang, "--window-size", args.size],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, env=env, text=True, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=self.read_all, daemon=True).start()
        first = self.read_line(90)
        if not first.startswith("pages "):
            self.process.kill()
            self.stderr.flush()
            with open(self.stderr.name) as log:
                raise RuntimeError("the app did not start its walk (%r):\n%s" % (first, log.read()[-3000:]))
        self.pages = first.split()[1:]

    def read_line(self, timeout):
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return ""

    def read_all(self):
        # On a thread: select() on the pipe cannot see lines already in Python's buffer.
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def ask(self, command):
        """Sends one command; returns the «finding …» lines that came before its «ready», and keeps the text size
        the app's QML uses (the last field of «ready PAGE SCALE BODY_PT») in self.body."""
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        findings = []
        while True:
            reply = self.read_line(30)
            if reply.startswith("finding "):
                findings.append(reply[len("finding "):])
            elif reply.startswith("ready "):
                self.body = float(reply.split()[-1])
                return findings
            else:
                raise RuntimeError("%s: %s" % (command, reply or "no answer"))

    def stop(self):
        try:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            return self.process.wait(15)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            self.process.kill()
            return self.process.wait()


# --- reading the tree -------------------------------------------------------------------------------------------

def interactive_roles(pyatspi):
    return {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
            pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM,
            pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
            pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PUSH_BUTTON_MENU}


def container_roles(pyatspi):
    # Take focus to move inside them by arrow keys; their items are the targets.
    return {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
            pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_GROUPING, pyatspi.ROLE_TOOL_BAR, pyatspi.ROLE_SCROLL_BAR,
            pyatspi.ROLE_CHART, pyatspi.ROLE_CALENDAR}


def textual_roles(pyatspi):
    return {pyatspi.ROLE_TEXT, pyatspi.ROLE_PARAGRAPH, pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC, pyatspi.ROLE_HEADING,
            pyatspi.ROLE_STATUS_BAR, pyatspi.ROLE_ALERT, pyatspi.ROLE_IMAGE, pyatspi.ROLE_LAYERED_PANE}


TARGET_ACTIONS = {"press", "toggle", "increase", "decrease", "showmenu", "click", "activate"}


class Element:
    __slots__ = ("role", "role_name", "name", "rect", "visible", "scrolled", "actions", "focusable", "editable",
                 "ancestors")


def intersect(a, b):
    x1, y1 = max(a[0], b[0]), max(a[1], b[1])
    x2, y2 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    return (x1, y1, x2 - x1, y2 - y1) if x2 > x1 and y2 > y1 else None


def read_tree(pyatspi, frame, everything=False):
    """Every showing element under the window, with its extents, the part of it its ancestors leave visible, and
    its ancestors (by index) so nested targets are not taken for overlaps. Each AT-SPI call is a round trip to the
    app, so names and actions are read only where the checks need them (all of them with everything=True)."""
    interactive, containers, textual = interactive_roles(pyatspi), container_roles(pyatspi), textual_roles(pyatspi)
    elements = []

    def visit(node, clip, ancestors_clip, ancestors):
        try:
            states = node.getState()
            if not states.contains(pyatspi.STATE_VISIBLE) or not states.contains(pyatspi.STATE_SHOWING):
                return
            ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            e = Element()
            e.role = node.getRole()
            e.role_name = node.getRoleName()
            e.rect = (ext.x, ext.y, ext.width, ext.height)
            e.visible = intersect(e.rect, clip) if clip else None
            # Cut by an ancestor's extents: part of it lies in a scrolling page's unseen part (below the fold).
            inside = intersect(e.rect, ancestors_clip) if ancestors_clip else e.rect
            e.scrolled = inside != e.rect
            e.focusable = states.contains(pyatspi.STATE_FOCUSABLE)
            e.editable = states.contains(pyatspi.STATE_EDITABLE)
            e.actions = set()
            plain = e.role in containers or e.role in textual
            if everything or not (plain or e.role in interactive):
                try:
                    action = node.queryAction()
                    e.actions = {action.getName(i).lower() for i in range(action.nActions)}
                except NotImplementedError:
                    pass
            e.name = (node.name or "").strip() if everything or not plain or e.editable else ""
            e.ancestors = ancestors
            index = len(elements)
            elements.append(e)
            # What lies outside an element with extents is scrolled away (or clipped) from its descendants.
            sized = e.rect[2] > 0 and e.rect[3] > 0
            child_clip = intersect(clip, e.rect) if sized else clip
            child_ancestors_clip = (intersect(ancestors_clip, e.rect) if ancestors_clip else e.rect) if sized else ancestors_clip
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is not None:
                    visit(child, child_clip, child_ancestors_clip, ancestors + (index,))
        except NotImplementedError:
            return  # no component: nothing on screen to check

    ext = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    window = (ext.x, ext.y, ext.width, ext.height)
    for i in range(frame.childCount):
        child = frame.getChildAtIndex(i)
        if child is not None:
            visit(child, window, None, ())
    return window, elements


def audit(pyatspi, window, elements):
    """The findings on one page at one scale, as readable lines."""
    interactive, containers = interactive_roles(pyatspi), container_roles(pyatspi)
    targets = []
    findings = []

    def describe(e):
        return "%s «%s» at %d,%d %d×%d" % (e.role_name, e.name, e.rect[0] - window[0], e.rect[1] - window[1],
                                           e.rect[2], e.rect[3])

    for index, e in enumerate(elements):
        acts = bool(e.actions & TARGET_ACTIONS)
        if e.role in containers:
            continue
        if e.role == pyatspi.ROLE_PAGE_TAB and not acts:
            continue  # a Page (Qt Quick reports pages as tabs); the navigation's tabs can be pressed
        textual = e.role in textual_roles(pyatspi)
        if e.role in interactive or (e.role == pyatspi.ROLE_TEXT and e.editable):
            pass
        elif acts or (e.focusable and not textual):
            findings.append("wrong role (actionable, not a control): " + describe(e))
        else:
            continue
        targets.append(index)
        if not e.name and e.role != pyatspi.ROLE_PASSWORD_TEXT:
            # (Qt 6.4's bridge sends no name for password text; the in-process probe checks those names.)
            findings.append("no accessible name: " + describe(e))
        if e.rect[2] < MIN_TARGET or e.rect[3] < MIN_TARGET:
            findings.append("target under %d×%d: %s" % (MIN_TARGET, MIN_TARGET, describe(e)))
        x, y, w, h = e.rect
        if x < window[0] - 1 or x + w > window[0] + window[2] + 1:
            findings.append("outside the window sideways: " + describe(e))
        elif (y < window[1] - 1 or y + h > window[1] + window[3] + 1) and not e.scrolled:
            # Nothing but the window edge cuts it: no scrolling page brings it into view.
            findings.append("cut off by the window edge: " + describe(e))

    for i, a_index in enumerate(targets):
        a = elements[a_index]
        for b_index in targets[i + 1:]:
            b = elements[b_index]
            if not a.visible or not b.visible or a_index in b.ancestors or b_index in a.ancestors:
                continue
            overlap = intersect(a.visible, b.visible)
            if overlap and overlap[2] > 1 and overlap[3] > 1:
                findings.append("overlap %d×%d: %s and %s" % (overlap[2], overlap[3], describe(a), describe(b)))
    return findings, len(targets)


# A minute: in CI the second role's app starts while the rest of the suite runs on both cores (20 s once ran out).
def find_frame(pyatspi, pid, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    for j in range(app.childCount):
                        frame = app.getChildAtIndex(j)
                        if frame is not None and frame.getRole() in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW):
                            return frame
            except Exception:
                continue
        time.sleep(0.2)
    return None


def main():
    status = in_own_session()
    if status is not None:
        return status
    args = parse_args()
    started = time.time()
    scales = [s.strip() for s in args.scales.split(",") if s.strip()]
    only = {p for p in args.pages.split(",") if p}
    work = tempfile.mkdtemp(prefix="medvandrer-a11y-")
    xvfb = server = None
    findings = []
    checked = 0
    try:
        xvfb = Xvfb("1280x900")
        os.environ["DISPLAY"] = xvfb.display
        import pyatspi  # after DISPLAY and the session bus exist
        server = Server(args.server_bin, work)
        for number, role in enumerate([r for r in args.roles.split(",") if r]):
            # The first role starts from a hand-written ui.ini at 150 %: QML must use it (it once made its own
            # Appearance and ignored the file).
            app = App(args, role, server.url, xvfb.display, work, ini_scale="1.5" if number == 0 else None)
            try:
                frame = find_frame(pyatspi, app.process.pid)
                if frame is None:
                    raise RuntimeError("the app's window is not on the accessibility bus")
                current_scale = None
                if number == 0:
                    app.ask("show " + app.pages[0])
                    from_ini = app.body
                    app.ask("scale 1")
                    current_scale = "1"
                    if abs(from_ini - 1.5 * app.body) > 0.05:
                        findings.append("%s: textScale=1.5 in ui.ini not used: text %.2f pt, at 100 %% %.2f pt" % (
                            role, from_ini, app.body))
                # --with-login adds the login page (shown signed in; the page a new person meets). Left out of CI
                # until its password field has a name: Qt 6.4 reports none there (docs/testing.md, open finding).
                for page in app.pages + (["welcome"] if number == 0 and args.with_login else []):
                    if only and page not in only:
                        continue
                    # Opened at the largest text first, as a person with 200 % text opens it: a layout that only
                    # settles when the text size changes under it (the goal page once drew its lines over each
                    # other when opened at 200 %) is caught there; then the other sizes.
                    largest = max(scales, key=float)
                    if current_scale != largest:
                        app.ask("scale " + largest)
                    app.ask("show " + page)
                    base = None
                    for scale in [largest] + [s for s in scales if s != largest]:
                        app.ask("scale " + scale)
                        current_scale = scale
                        base = base or app.body / float(scale)
                        if abs(app.body - base * float(scale)) > 0.05:
                            findings.append("%s/%s: text %.2f pt at scale %s, not %s × %.2f: QML ignores the text "
                                            "size" % (role, page, app.body, scale, scale, base))
                        window, elements = read_tree(pyatspi, frame, args.dump)
                        found, targets = audit(pyatspi, window, elements)
                        found += ["in-process (QAccessible): " + f for f in app.ask("probe")]
                        checked += targets
                        if args.dump:
                            print("== %s %s %s%%: %d elements, %d targets" % (role, page, scale, len(elements), targets))
                            for e in elements:
                                print("   %s%s «%s» %s visible=%s actions=%s%s" % (
                                    "  " * len(e.ancestors), e.role_name, e.name, e.rect, e.visible,
                                    ",".join(sorted(e.actions)), " focusable" if e.focusable else ""))
                        where = "%s/%s at %d %%" % (role, page, round(float(scale) * 100))
                        # The lock screen's PIN field: the login page's open finding (Qt 6.4 gives a password field
                        # no name in-process, docs/testing.md). Printed, not counted, so the rest of the lock screen
                        # is audited in CI.
                        for f in [f for f in found if f.endswith(KNOWN_PIN_FIELD) or KNOWN_PIN_FIELD + " at " in f]:
                            print("known, not counted: %s: %s" % (where, f))
                        found = [f for f in found if KNOWN_PIN_FIELD + " at " not in f]
                        findings += ["%s: %s" % (where, f) for f in found]
                        if not targets:
                            findings.append("%s: no actionable element read (is the page on the bus?)" % where)
            finally:
                # 2 is QML warnings, which client.self_test fails on; here only a crash or an error counts.
                code = app.stop()
                if code not in (0, 2, None):
                    findings.append("%s: the app exited with %s, see its log below" % (role, code))
                    with open(app.stderr.name) as log:
                        sys.stderr.write(log.read()[-3000:])
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print("audit could not run: %s" % error, file=sys.stderr)
        for log in sorted(f for f in os.listdir(work) if f.endswith(".log")):
            with open(os.path.join(work, log), errors="replace") as text:
                print("--- %s (end)\n%s" % (log, text.read()[-2500:]), file=sys.stderr)
        return 2
    finally:
        if server:
            server.stop()
        if xvfb:
            xvfb.stop()
        shutil.rmtree(work, ignore_errors=True)
    for f in findings:
        print(f)
    print("a11y audit: %d targets checked over roles %s at %s, %d findings, %.0f s" % (
        checked, args.roles, "/".join(scales), len(findings), time.time() - started))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
