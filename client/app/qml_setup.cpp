#include "app/qml_setup.h"

#include <QQmlEngine>

namespace medvandrer {

void setUpEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
}

} // namespace medvandrer
