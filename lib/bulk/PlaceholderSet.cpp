#include "PlaceholderSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace Portrait {

bool PlaceholderSet::addImage(const QByteArray& bytes, const QString& label)
{
    const PhotoFingerprint f = PhotoFingerprint::compute(bytes);
    if (!f.decoded) {
        return false;
    }
    addFingerprint(f, label);
    return true;
}

bool PlaceholderSet::addFingerprint(const PhotoFingerprint& fingerprint, const QString& label)
{
    if (fingerprint.sha256.isEmpty() && !fingerprint.decoded) {
        return false;
    }
    for (const Entry& e : std::as_const(m_entries)) {
        if (!fingerprint.sha256.isEmpty() && e.fingerprint.sha256 == fingerprint.sha256) {
            return false;
        }
    }
    m_entries.append(Entry{label, fingerprint});
    return true;
}

bool PlaceholderSet::addFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    if (!addImage(file.readAll(), QFileInfo(path).fileName())) {
        if (error) {
            *error = QCoreApplication::translate("Portrait::PlaceholderSet", "not an image Portrait can decode");
        }
        return false;
    }
    return true;
}

PlaceholderSet::Match PlaceholderSet::match(const PhotoFingerprint& photo) const
{
    Match best;
    for (const Entry& e : m_entries) {
        if (!photo.sha256.isEmpty() && e.fingerprint.sha256 == photo.sha256) {
            return Match{true, true, 0, 0, e.label};
        }
        const int d = PhotoFingerprint::distance(e.fingerprint, photo);
        const int c = PhotoFingerprint::colourDistance(e.fingerprint, photo);
        const bool within = d <= m_threshold && c <= kColourTolerance;
        // Prefer an entry within both limits; among the rest, the nearest by dHash (for diagnostics).
        if ((within && !best.matched) || (within == best.matched && d < best.distance)) {
            best.distance = d;
            best.colourDistance = c;
            best.label = e.label;
            best.matched = within;
        }
    }
    return best;
}

QJsonArray PlaceholderSet::toJson() const
{
    QJsonArray array;
    for (const Entry& e : m_entries) {
        QJsonObject o;
        o.insert(QLatin1String("label"), e.label);
        if (!e.fingerprint.sha256.isEmpty()) {
            o.insert(QLatin1String("sha256"), e.fingerprint.sha256);
        }
        if (e.fingerprint.decoded) {
            o.insert(QLatin1String("dhash"), e.fingerprint.dhashHex());
            o.insert(QLatin1String("colours"), e.fingerprint.coloursHex());
        }
        array.append(o);
    }
    return array;
}

PlaceholderSet PlaceholderSet::fromJson(const QJsonArray& array)
{
    PlaceholderSet set;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        PhotoFingerprint f;
        f.sha256 = o.value(QLatin1String("sha256")).toString();
        f.setDhashHex(o.value(QLatin1String("dhash")).toString());
        f.colours = QByteArray::fromHex(o.value(QLatin1String("colours")).toString().toLatin1());
        set.addFingerprint(f, o.value(QLatin1String("label")).toString());
    }
    return set;
}

} // namespace Portrait
