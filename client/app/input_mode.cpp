#include "app/input_mode.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>

namespace medvandrer {

InputMode::InputMode(QObject *parent) : QObject(parent)
{
    // Every event of the application passes here first: cheap, as only the type is read.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool InputMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<const QKeyEvent *>(event);
        m_tabDirection = key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier))
                             ? -1
                         : key->key() == Qt::Key_Tab ? 1
                                                     : 0;
        set(true);
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_tabDirection = 0;
        set(false);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InputMode::set(bool keyboard)
{
    if (keyboard == m_keyboard)
        return;
    m_keyboard = keyboard;
    Q_EMIT keyboardChanged();
}

} // namespace medvandrer
