#include "team/qr_image_provider.h"

#include <QUrl>

#include <algorithm>

#include <qrencode.h>

#include <memory>

namespace medvandrer {

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                       &QRcode_free);
    if (!qr)
        return {};
    constexpr int quiet = 4;
    const int side = qr->width + 2 * quiet;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < qr->width; ++y) {
        for (int x = 0; x < qr->width; ++x) {
            if (qr->data[y * qr->width + x] & 1)
                image.setPixel(x + quiet, y + quiet, 1);
        }
    }
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image = encode(QUrl::fromPercentEncoding(id.toUtf8()));
    if (image.isNull())
        return image;
    if (size)
        *size = image.size();
    const int target = std::max(requestedSize.width(), requestedSize.height());
    if (target > image.width()) {
        const int scale = target / image.width();
        image = image.scaled(image.width() * scale, image.height() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    }
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace medvandrer
