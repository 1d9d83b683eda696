#include "core/qt_records.h"

#include <QDate>
#include <QDateTime>
#include <QVariantList>
#include <QVariantMap>

namespace medvandrer {

QVariant toVariant(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return qs(value.get<std::string>());
    case Json::value_t::boolean:
        return value.get<bool>();
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return QVariant::fromValue(value.get<qint64>());
    case Json::value_t::number_float:
        return value.get<double>();
    case Json::value_t::array: {
        QVariantList list;
        for (const auto &item : value)
            list.push_back(toVariant(item));
        return list;
    }
    case Json::value_t::object: {
        QVariantMap map;
        for (auto it = value.begin(); it != value.end(); ++it)
            map.insert(qs(it.key()), toVariant(it.value()));
        return map;
    }
    default:
        return {};
    }
}

Json fromVariant(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return nullptr;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        // QML hands whole numbers over as double; keep them integral so Int fields validate.
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<int64_t>(d)))
            return static_cast<int64_t>(d);
        return d;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        Json list = Json::array();
        for (const auto &item : value.toList())
            list.push_back(fromVariant(item));
        return list;
    }
    default:
        return ss(value.toString());
    }
}

std::string nowDateTime()
{
    return ss(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

std::string todayDate()
{
    return ss(QDate::currentDate().toString(Qt::ISODate));
}

} // namespace medvandrer
