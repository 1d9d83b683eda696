#include "app/accessibility_probe.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace medvandrer {

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::EditableText:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ListItem:
    case QAccessible::List:
    case QAccessible::Chart: // the check-in chart takes the keyboard as one control
        return true;
    default:
        return false;
    }
}

// Accessible.ignored, read from the item's attached Accessible object (a child of the item).
bool ignored(QQuickItem *item)
{
    for (QObject *child : item->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child->property("ignored").toBool();
    }
    return false;
}

// The item's accessible face, unless it has none or hides from assistive technology.
QAccessibleInterface *exposed(QQuickItem *item)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(item);
    if (!face || !face->isValid() || face->role() == QAccessible::NoRole || ignored(item))
        return nullptr;
    // Qt Quick reports a Page as a tab; only a button is one.
    if (face->role() == QAccessible::PageTab && !item->inherits("QQuickAbstractButton"))
        return nullptr;
    return face;
}

bool coveredByControl(QQuickItem *item)
{
    for (QQuickItem *p = item; p; p = p->parentItem()) {
        if (QAccessibleInterface *face = exposed(p); face && interactive(face->role()))
            return true;
    }
    return false;
}

QString describe(QQuickItem *item, const QRectF &rect)
{
    QString what = QString::fromLatin1(item->metaObject()->className()).section(QLatin1Char('_'), 0, 0);
    if (!item->objectName().isEmpty())
        what += QStringLiteral(" «%1»").arg(item->objectName());
    const QString text = item->property("text").toString();
    if (!text.isEmpty())
        what += QStringLiteral(" “%1”").arg(text.left(40));
    return QStringLiteral("%1 at %2,%3 %4×%5")
        .arg(what)
        .arg(qRound(rect.x()))
        .arg(qRound(rect.y()))
        .arg(qRound(rect.width()))
        .arg(qRound(rect.height()));
}

// A Tab stop at the item or inside it (a spin box's text field is the spin box's stop).
bool reachableByTab(QQuickItem *item)
{
    if (item->activeFocusOnTab())
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(),
                       [](QQuickItem *child) { return child->isVisible() && child->isEnabled() && reachableByTab(child); });
}

// One of a group with a single Tab stop that the arrow keys move through (the rating, a month's days): a sibling
// of the same type is the stop.
bool inRovingGroup(QQuickItem *item)
{
    if (!item->parentItem())
        return false;
    const auto siblings = item->parentItem()->childItems();
    return std::any_of(siblings.begin(), siblings.end(), [item](QQuickItem *sibling) {
        return sibling != item && sibling->metaObject() == item->metaObject() && sibling->isVisible()
               && sibling->activeFocusOnTab();
    });
}

// 2.1.1: a button a tap presses must be reached by Tab (Qt Quick's ItemDelegate, for one, is no Tab stop unless
// told). By type rather than role: Qt 6.4 reports some controls' roles as the control's default.
bool tapOnly(QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") && item->isEnabled() && !reachableByTab(item) && !inRovingGroup(item);
}

bool showing(QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.01 && item->width() > 0 && item->height() > 0;
}

void visit(QQuickItem *item, const QRectF &clip, const QRectF &window, QStringList &findings)
{
    if (!showing(item))
        return;
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF seen = clip.intersected(rect);
    if (seen.isEmpty())
        return; // scrolled away or clipped: the bus audit checks what is on screen
    if (item->inherits("QQuickMouseArea") && item->isEnabled() && !coveredByControl(item))
        findings << QStringLiteral("pointer-only target (MouseArea without an accessible control): %1").arg(describe(item, rect));
    // (The text field inside a spin box or combo box is part of that control.)
    if (item->activeFocusOnTab() && item->isEnabled() && !exposed(item) && !coveredByControl(item))
        findings << QStringLiteral("keyboard stop hidden from assistive technology: %1").arg(describe(item, rect));
    if (item->inherits("QQuickText")) {
        if (item->property("truncated").toBool())
            findings << QStringLiteral("text cut short: %1").arg(describe(item, rect));
        const qreal inkRight = rect.x() + qMin<qreal>(item->property("contentWidth").toReal(), rect.width());
        if (rect.x() < window.left() - 1 || inkRight > window.right() + 1)
            findings << QStringLiteral("text runs out of the window sideways: %1").arg(describe(item, rect));
        // A word longer than the line (a long Norwegian compound at 200 %) runs past the box of a text that wraps.
        if (!item->clip() && item->property("wrapMode").toInt() != 0
            && item->property("contentWidth").toReal() > item->width() - item->property("leftPadding").toReal()
                                                          - item->property("rightPadding").toReal() + 2)
            findings << QStringLiteral("a word runs past the edge of its text box: %1").arg(describe(item, rect));
        // Lines below the box a layout gave it are drawn over whatever follows (1.4.4: text at 200 %).
        const qreal room = item->height() - item->property("topPadding").toReal()
                           - item->property("bottomPadding").toReal();
        if (!item->clip() && item->property("contentHeight").toReal() > room + 2)
            findings << QStringLiteral("text taller than its box, drawn over what follows: %1").arg(describe(item, rect));
    }
    if (QAccessibleInterface *face = exposed(item); face && interactive(face->role())) {
        // Names as the app gives them (the AT-SPI bridge of Qt 6.4 sends none for password fields).
        if (face->text(QAccessible::Name).trimmed().isEmpty())
            findings << QStringLiteral("no accessible name: %1").arg(describe(item, rect));
        if (tapOnly(item))
            findings << QStringLiteral("no Tab stop (a tap reaches it, the keyboard does not): %1").arg(describe(item, rect));
        if (seen.width() + 1 < rect.width() && seen.height() >= rect.height() - 1)
            findings << QStringLiteral("control cut sideways by a clipping parent: %1").arg(describe(item, rect));
    }
    const QRectF inner = item->clip() ? seen : clip;
    for (QQuickItem *child : item->childItems())
        visit(child, inner, window, findings);
}

} // namespace

QStringList accessibilityProbe(QQuickWindow *window)
{
    QStringList findings;
    if (!window)
        return findings;
    const QRectF area(0, 0, window->width(), window->height());
    visit(window->contentItem(), area, area, findings);
    // Open popups (menus, dialogs, a combo box's list) live in the overlay, which is a child of the content item.
    return findings;
}

} // namespace medvandrer
