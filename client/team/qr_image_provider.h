#pragma once

#include <QQuickImageProvider>

namespace medvandrer {

// image://qr/<text>: the text as a QR code (libqrencode, error correction M), black on white with a quiet zone,
// scaled to the requested size without blurring the modules.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
    // The QR code of text with one pixel per module and a 4-module quiet zone; null if it cannot be encoded.
    static QImage encode(const QString &text);
};

} // namespace medvandrer
