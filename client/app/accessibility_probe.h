#pragma once

#include <QStringList>

class QQuickWindow;

namespace medvandrer {

// What the accessibility bus cannot show, checked inside the app through QAccessible and the Qt Quick items:
// a MouseArea no accessible control covers (a target only a mouse finds), a keyboard stop hidden from assistive
// technology (Accessible.ignored), text cut short (elided), running out of the window sideways or taller than the box
// a layout gave it, and a control cut sideways by a clipping parent. One readable line per finding; none = nothing found.
QStringList accessibilityProbe(QQuickWindow *window);

} // namespace medvandrer
