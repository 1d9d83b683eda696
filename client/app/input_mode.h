#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace medvandrer {

// Whether the person is using the keyboard right now (the last input was a key) or pointing and tapping: what
// browsers call :focus-visible. A page opened from the keyboard moves the keyboard focus into itself, with its
// ring; a tap moves none, so no ring pops up on a phone.
class InputMode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool keyboard READ keyboard NOTIFY keyboardChanged)
    // 1 while the last input was Tab, -1 Shift+Tab, else 0: lists tell a focus move by Tab from one by a tap.
    Q_PROPERTY(int tabDirection READ tabDirection)
public:
    explicit InputMode(QObject *parent = nullptr);

    bool keyboard() const { return m_keyboard; }
    int tabDirection() const { return m_tabDirection; }

Q_SIGNALS:
    void keyboardChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void set(bool keyboard);
    bool m_keyboard = false;
    int m_tabDirection = 0;
};

} // namespace medvandrer
