#include "app/qml_setup.h"

#include "team/qr_image_provider.h"

#include <QQmlEngine>

namespace medvandrer {

void setUpEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
}

} // namespace medvandrer
