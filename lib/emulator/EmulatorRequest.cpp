#include "EmulatorRequest.h"

namespace Portrait {

QByteArray EmulatorRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool EmulatorRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray EmulatorRequest::target() const
{
    return rawQuery.isEmpty() ? rawPath : rawPath + '?' + rawQuery;
}

} // namespace Portrait
